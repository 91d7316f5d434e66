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


def test_dask_build_interleaves_cached_and_fresh_files_in_input_order(tmp_path: Path) -> None:
    """Cached files and files extracted on the cluster go to the records in input order:
    the graph equals a fresh local build's, byte for byte."""
    pytest.importorskip("distributed")
    from movement_graph.pipeline import BuildOptions, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "data" / "corpus" / name, corpus / name)
    out = tmp_path / "dask"

    def dask_build():  # noqa: ANN202
        return build([corpus], BuildOptions(out_dir=out, analyse=False, engine="dask", processes=2))

    first = dask_build()
    assert first.cached == 0 and first.extracted == first.documents
    # the middle file changes and a file is added before the others: fresh, cached, fresh, cached
    changed = corpus / SMALL[1]
    changed.write_text(
        changed.read_text(encoding="utf-8").replace(" the ", " the very ", 1), encoding="utf-8"
    )
    shutil.copy(ROOT / "data" / "corpus" / "000_751936ff47a7b524.txt", corpus / "000_first.txt")
    again = dask_build()
    fresh_docs = _docs_in(corpus / "000_first.txt") + _docs_in(changed)
    assert again.extracted == fresh_docs and again.cached == again.documents - fresh_docs
    local = build([corpus], BuildOptions(out_dir=tmp_path / "local", analyse=False, cache=False))
    assert again.documents == local.documents
    for name in ("graph.trig", "graph.nq"):
        assert (out / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def _docs_in(path: Path) -> int:
    from movement_graph.ingest import read_source
    from movement_graph.segment import segment

    return len(list(segment(read_source(path))))


@pytest.mark.slow
def test_local_cluster_starts_while_another_holds_the_default_port() -> None:
    """A second cluster (another build, another test run) holding port 8787 is no error."""
    pytest.importorskip("distributed")
    import socket

    from movement_graph.engine import _client
    from movement_graph.pipeline import BuildOptions

    holder = socket.socket()
    try:
        holder.bind(("0.0.0.0", 8787))
    except OSError:
        pass  # already held by something else: the same situation
    else:
        holder.listen()
    try:
        with _client(BuildOptions(out_dir=Path("unused"), processes=1)) as client:
            assert client.submit(sum, [1, 2]).result() == 3
    finally:
        holder.close()
