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


@pytest.mark.model
def test_participants_attend_only_the_meeting_the_text_reports(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "report.txt").write_text(
        "Declaration of the 3rd Continental Conference of ICOR Atlantis\n\n"
        "The 3rd Continental Conference of ICOR Atlantis was held in Lisbon, Portugal, on 12 May 2031. "
        "The delegates discussed the war and the crisis, and the tasks of the revolutionary parties "
        "of the continent in the coming years of struggle against imperialism and fascism. "
        "They also prepared the 6th World Conference of ICOR.\n\n"
        "The following organisations took part in the Conference:\n"
        "- Workers' League of Atlantis (WLA), Portugal\n- Red Union of Ruritania (RUR), Spain\n\n"
        "Lisbon, 13 May 2031\n",
        encoding="utf-8",
    )
    assert _attended(corpus, tmp_path / "o") == {"icor-continental-conference-3"}


def _attended(corpus: Path, out: Path) -> set[str]:
    """The conferences attended in the build of ``corpus`` (their IRIs' last segment)."""
    import rdflib

    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--no-analyse", "--no-cache"])
    assert result.exit_code == 0, result.output
    ds = rdflib.Dataset()
    ds.parse(out / "graph.trig", format="trig")
    attended = rdflib.URIRef("https://w3id.org/movement-graph/ontology#attended")
    return {str(o).rsplit("/", 1)[-1] for _, _, o, _ in ds.quads((None, attended, None, None))}


@pytest.mark.model
def test_participants_attend_the_meeting_named_late_when_the_text_reports_none(tmp_path: Path) -> None:
    # no meeting in the head: the participants attend the network's meeting the text names
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "report.txt").write_text(
        "Against war and fascism\n\n"
        + "The delegates discussed the war and the crisis, and the tasks of the revolutionary parties "
        "of the continent in the coming years of struggle against imperialism and fascism. "
        * 5
        + "\n\nThe following organisations took part in the 3rd Continental Conference of ICOR Atlantis:\n"
        "- Workers' League of Atlantis (WLA), Portugal\n- Red Union of Ruritania (RUR), Spain\n\n"
        "Lisbon, 13 May 2031\n",
        encoding="utf-8",
    )
    assert _attended(corpus, tmp_path / "o") == {"icor-continental-conference-3"}


@pytest.mark.model
def test_participants_attend_their_networks_meeting_when_the_head_names_anothers(tmp_path: Path) -> None:
    # the head names another network's meeting: the text names none of its own there, so
    # its participants attend its network's meeting it names, as when the head names none
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "report.txt").write_text(
        "Statement of ICOR Atlantis on the 27th Plenary of the CIPOML\n\n"
        + "The delegates discussed the war and the crisis, and the tasks of the revolutionary parties "
        "of the continent in the coming years of struggle against imperialism and fascism. "
        * 5
        + "\n\nThe following organisations took part in the 3rd Continental Conference of ICOR Atlantis:\n"
        "- Workers' League of Atlantis (WLA), Portugal\n- Red Union of Ruritania (RUR), Spain\n\n"
        "Lisbon, 13 May 2031\n",
        encoding="utf-8",
    )
    assert _attended(corpus, tmp_path / "o") == {"icor-continental-conference-3"}
