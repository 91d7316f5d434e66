"""The extraction cache: an incremental build equals a full build, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from movement_graph.cache import ExtractionCache, file_key, fingerprint
from movement_graph.model import Document, DocumentAnalysis

ROOT = Path(__file__).resolve().parent.parent
SMALL = ["001_5da5a2c1ae49ad2f.txt", "003_a12c75e372628b75.txt", "004_55d33ac6f5b697e4.txt"]


def _analysis(doc_id: str = "a") -> DocumentAnalysis:
    d = Document(file=f"{doc_id}.txt", index=0, start=0, end=3, text="", title="T")
    return DocumentAnalysis(document=d, networks=("ICOR",))


def test_record_round_trip(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    assert cache.get("a.txt", "00" * 32) is None
    cache.put("a.txt", "00" * 32, [_analysis()])
    assert cache.get("a.txt", "00" * 32) == (_analysis(),)
    assert cache.get("b.txt", "00" * 32) is None  # the name is part of the key
    assert (cache.hits, cache.misses) == (1, 2)


def test_damaged_record_is_a_miss(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    cache.put("a.txt", "11" * 32, [_analysis()])
    key = file_key("a.txt", "11" * 32)
    (tmp_path / cache.version / key[:2] / f"{key}.pickle").write_bytes(b"not a pickle")
    assert cache.get("a.txt", "11" * 32) is None


def test_other_fingerprints_are_pruned(tmp_path: Path) -> None:
    old = ExtractionCache(tmp_path, version="old")
    old.put("a.txt", "22" * 32, [_analysis()])
    new = ExtractionCache(tmp_path, version="new")
    assert new.get("a.txt", "22" * 32) is None  # code or data changed: nothing is reused
    new.prune()
    assert not (tmp_path / "old").exists()


def test_fingerprint_is_stable() -> None:
    assert fingerprint() == fingerprint() and len(fingerprint()) == 24


def _build(inputs: Path, out: Path, *, cache: bool):  # noqa: ANN202
    from movement_graph.pipeline import BuildOptions, build

    return build([inputs], BuildOptions(out_dir=out, analyse=False, cache=cache))


@pytest.mark.model
@pytest.mark.slow
def test_changed_file_alone_is_extracted_again(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "data" / "corpus" / name, corpus / name)
    out = tmp_path / "out"
    first = _build(corpus, out, cache=True)
    assert first.cached == 0 and first.extracted == first.documents

    again = _build(corpus, out, cache=True)
    assert again.extracted == 0 and again.cached == first.documents

    changed = corpus / SMALL[1]
    changed.write_text(
        changed.read_text(encoding="utf-8").replace(" the ", " the very ", 1), encoding="utf-8"
    )
    (corpus / "005_new.txt").write_text(
        "Greetings to the workers\n\nICOR resolution, 1 May 2024\n\n"
        "We salute the workers of Peru in their general strike of April 2024.\n",
        encoding="utf-8",
    )
    incremental = _build(corpus, out, cache=True)
    # only the changed file and the new one were extracted again
    assert incremental.extracted == 2
    assert incremental.cached == first.documents - 1

    fresh = _build(corpus, tmp_path / "fresh", cache=False)
    assert fresh.cached == 0
    for name in ("graph.trig", "graph.nq"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes()
