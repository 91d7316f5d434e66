"""The command line: help, version, build with a bad file, --strict."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from movement_graph import __version__
from movement_graph.cli import app

runner = CliRunner()


@pytest.mark.parametrize("command", ["build", "query", "serve", "analyse", "views", "evaluate"])
def test_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.model
@pytest.mark.slow
def test_bad_file_is_skipped_and_strict_fails(tmp_path: Path, root: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(root / "data" / "corpus" / "004_55d33ac6f5b697e4.txt", corpus)
    (corpus / "broken.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--no-analyse"])
    assert result.exit_code == 0, result.output
    assert "broken.txt: binary file" in result.output
    assert "documents       1" in result.output
    trig = (out / "graph.trig").read_bytes()
    strict = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--no-analyse", "--strict"])
    assert strict.exit_code == 1
    assert (out / "graph.trig").read_bytes() == trig


def test_missing_input_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "nowhere" in result.output
