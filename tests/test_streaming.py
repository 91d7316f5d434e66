"""A build holds per-document data on disk, not in memory, and writes the same graph.

The records of a build go to a ``RecordFile``; organisations are resolved from their
distinct forms; the resolution graph's per-document statements (``mg:restsOn``) are
streamed into the output instead of held.  Each must give exactly what holding
everything gave.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from movement_graph.model import OrgMention, Quote, Role
from movement_graph.records import RecordFile
from movement_graph.resolve.organisations import OrgForms, resolve_organisations

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"


def mention(name: str, doc: str, *, start: int = 0, acronym: str | None = None, country: str | None = None):  # noqa: ANN201
    return OrgMention(
        doc_id=doc,
        quote=Quote(start, start + len(name), name),
        name=name,
        role=Role.SIGNATORY,
        acronym=acronym,
        country=country,
    )


def test_label_is_voted_by_mentions_not_by_forms() -> None:
    # one cluster (same acronym and country); the short name is written in three
    # documents, the long one in two: the label is the name most mentions use
    short = [mention("Union of Ruritania", f"d{i}-0", acronym="UR", country="PE") for i in range(3)]
    long = [mention("Workers' Union of Ruritania", f"e{i}-0", acronym="UR", country="PE") for i in range(2)]
    forms = OrgForms()
    for m in short + long:
        forms.add([m])
    res = resolve_organisations(forms)
    [entity] = res.entities
    assert entity.label == "Union of Ruritania"
    # with the counts reversed, the other name wins: the votes are counted
    res2 = resolve_organisations(short[:1] + long)
    assert res2.entities[0].label == "Workers' Union of Ruritania"


def test_equal_mentions_in_one_document_count_once() -> None:
    a = mention("Union of Ruritania", "d-0", acronym="UR", country="PE")
    b = mention("Workers' Union of Ruritania", "e-0", start=5, acronym="UR", country="PE")
    b2 = mention("Workers' Union of Ruritania", "f-0", start=5, acronym="UR", country="PE")
    forms = OrgForms()
    forms.add([a, a, a])  # the same mention three times is one mention
    forms.add([b])
    forms.add([b2])
    assert resolve_organisations(forms).entities[0].label == "Workers' Union of Ruritania"


def test_keys_are_found_for_equal_mentions_read_back_later() -> None:
    a = mention("Union of Ruritania", "d-0", country="PE")
    res = resolve_organisations([a])
    again = mention("Union of Ruritania", "d-0", country="PE")  # an equal record, read from disk
    assert again in res.key_of
    assert res.key_of[again] == res.entities[0].key
    assert res.key_of.get(mention("Union of Arcadia", "d-0")) is None
    with pytest.raises(TypeError):
        list(res.key_of)


def test_record_file_reads_back_in_input_and_in_sorted_order(tmp_path: Path) -> None:
    from movement_graph.pipeline import BuildOptions, BuildSummary, documents, extract_all

    summary = BuildSummary()
    files = sorted(CORPUS.glob("*.txt"))[:2]
    with extract_all(
        documents(list(reversed(files)), summary, lambda m: None),
        BuildOptions(out_dir=tmp_path, cache=False),
    ) as records:
        assert isinstance(records, RecordFile)
        first = list(records)
        assert list(records) == first  # read twice, the same records
        assert [a.document.file for a in first] == sorted(
            (a.document.file for a in first), reverse=True
        )  # input order
        ids = [a.document.doc_id for a in records.sorted_by(str)]
        assert ids == sorted(ids) and len(ids) == len(first) > 1
        assert not any(a.document.text for a in first)  # kept without the documents' text
    assert not list(tmp_path.glob("movement-graph-records-*"))  # nothing left behind


@pytest.mark.model
def test_deferred_rests_on_and_event_counts_write_what_holding_them_writes(tmp_path: Path) -> None:
    from movement_graph.extract.networks import load_networks
    from movement_graph.pipeline import BuildOptions, BuildSummary, documents, extract_all
    from movement_graph.rdf.build import RESOLUTION_GRAPH, build_quads, doc_iri
    from movement_graph.rdf.write import GraphStream, group, write_nquads, write_trig
    from movement_graph.reference import load_countries, load_historical
    from movement_graph.resolve import resolve
    from movement_graph.vocab import MG, mint_iri

    with extract_all(
        documents([CORPUS], BuildSummary(), lambda m: None), BuildOptions(out_dir=tmp_path, cache=False)
    ) as records:
        res = resolve(records)
        ref = {"networks": load_networks(), "countries": load_countries(), "historical": load_historical()}
        ordered = lambda: records.sorted_by(lambda d: str(doc_iri(d)))  # noqa: E731
        held = group(build_quads(ordered(), res, **ref))
        stream = GraphStream(
            lambda: build_quads(ordered(), res, **ref, defer=stream.defer),
            stream_prefix=str(mint_iri("doc", "x"))[:-1],
        )
        graphs = dict(stream.items())
        rests_on = [t for t in held[RESOLUTION_GRAPH] if t[1] == MG.restsOn]
        assert len(rests_on) > 10
        # the event counts, deferred too (with and without a year: 6 or 5 triples each)
        counts = {t[0] for t in held[RESOLUTION_GRAPH] if t[1] == MG.countedEvent}
        assert len(counts) > 5
        assert {t[0] for t in held[RESOLUTION_GRAPH] if t[1] == MG.year} < counts
        # the resolution graph as written lists the same triples, in the same order
        assert list(graphs[RESOLUTION_GRAPH]) == held[RESOLUTION_GRAPH]
        assert len(graphs[RESOLUTION_GRAPH]) == len(held[RESOLUTION_GRAPH])
        for writer in (write_trig, write_nquads):
            writer(held, tmp_path / "a")
            writer(stream, tmp_path / "b")
            assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()
    assert all(isinstance(t[2], URIRef) for t in rests_on)


def _nquads(tmp_path: Path) -> Path:
    """N-Quads of a real build's graph (the query fixture: documents, evidence, resolution)."""
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(ROOT / "tests" / "fixtures" / "query_fixture.trig", format="trig")
    path = tmp_path / "g.nq"
    ds.serialize(path, format="nquads")
    return path


def test_store_loader_loads_what_create_store_loads(tmp_path: Path) -> None:
    import pyoxigraph as ox

    from movement_graph.rdf.store import StoreLoader, create_store

    nq = _nquads(tmp_path)
    # names in every script reach the store as they were written (pieces are cut as UTF-8 bytes)
    scripts = [f'<urn:x:s{i}> <urn:x:p> "Партия 党 حزب 𝔓 №{i}" <urn:x:g> .\n' for i in range(50)]
    with nq.open("a", encoding="utf-8") as fh:
        fh.writelines(scripts)
    lines = nq.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) > 100
    expected = create_store(nq, tmp_path / "a")
    with StoreLoader(tmp_path / "b", chunk=2000, depth=1) as loader:  # many small pieces
        for k in range(0, len(lines), 7):
            loader.write("".join(lines[k : k + 7]))
        loader.finish()
    a, b = ox.Store.read_only(str(tmp_path / "a")), ox.Store.read_only(str(tmp_path / "b"))
    assert set(a) == set(b) and len(a) == expected
    assert ox.Literal("Партия 党 حزب 𝔓 №7") in {q.object for q in b}


def test_store_loader_hands_a_load_error_to_the_writer_and_stops_on_failure(tmp_path: Path) -> None:
    from movement_graph.rdf.store import StoreLoader

    with pytest.raises(SyntaxError), StoreLoader(tmp_path / "s", chunk=10) as loader:
        loader.write("<a:s> <a:p> not-a-term <a:g> .\n")  # the loading thread fails on it
        for _ in range(1000):  # the writer hears of it at its next write (or at finish)
            loader.write("<a:s> <a:p> <a:o> <a:g> .\n")
        loader.finish()
    # an exception in the writer stops the loader even while pieces are waiting
    with (
        pytest.raises(RuntimeError, match="writer failed"),
        StoreLoader(tmp_path / "t", chunk=10, depth=1) as loader,
    ):
        loader.write("<a:s> <a:p> <a:o> <a:g> .\n")
        raise RuntimeError("writer failed")
