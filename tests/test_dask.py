"""The Dask engine builds the same graph as the local engine."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SMALL = ["001_5da5a2c1ae49ad2f.txt", "003_a12c75e372628b75.txt", "004_55d33ac6f5b697e4.txt"]


def test_extract_paths_reports_a_bad_file(tmp_path: Path) -> None:
    from movement_graph.engine import extract_paths

    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    [result] = extract_paths([str(empty)])
    assert result.error is not None and "empty.txt" in result.error and result.analyses == ()


@pytest.mark.model
@pytest.mark.slow
def test_dask_local_cluster_equals_local_build(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from movement_graph.pipeline import BuildOptions, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "data" / "corpus" / name, corpus / name)
    (corpus / "bad.txt").write_bytes(b"")
    local = build([corpus], BuildOptions(out_dir=tmp_path / "local", analyse=False, cache=False))
    dask = build(
        [corpus],
        BuildOptions(out_dir=tmp_path / "dask", analyse=False, cache=False, engine="dask", processes=2),
    )
    assert dask.documents == local.documents and dask.files == local.files
    assert dask.skipped == local.skipped and len(local.skipped) == 1
    for name in ("graph.trig", "graph.nq"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
