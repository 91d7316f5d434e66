"""RDF: validation refuses a broken graph; TriG and N-Quads round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import RDF, SKOS

from movement_graph.errors import OntologyError
from movement_graph.rdf.build import date_literal
from movement_graph.rdf.validate import validate
from movement_graph.rdf.write import group, write_nquads, write_trig
from movement_graph.vocab import MG, mint_iri

G = mint_iri("doc", "f-0")


def good_quads() -> list[tuple]:
    c = mint_iri("country", "PE")
    o = mint_iri("org", "party-pe")
    return [
        (G, RDF.type, MG.Document, G),
        (G, MG.sourceFile, Literal("f.txt"), G),
        (G, MG.signedBy, o, G),
        (G, URIRef("http://purl.org/dc/terms/date"), date_literal("2020-05"), G),
        (o, RDF.type, MG.PoliticalOrganisation, G),
        (o, SKOS.prefLabel, Literal('Party "X"\nof Peru', lang="en"), G),
        (o, MG.country, c, G),
        (c, RDF.type, MG.Country, G),
        (c, MG.iso3166, Literal("PE"), G),
    ]


def test_valid_graph_passes() -> None:
    validate((s, p, o) for s, p, o, _ in good_quads())


def test_broken_graph_is_refused_with_a_readable_report() -> None:
    quads = good_quads() + [
        (G, MG.sourceFile, Literal("other.txt"), G),
        (mint_iri("country", "PE"), MG.iso3166, Literal("Peru"), G),
    ]
    with pytest.raises(OntologyError, match="shapes.ttl"):
        validate((s, p, o) for s, p, o, _ in quads)


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_round_trip(tmp_path: Path, fmt: str) -> None:
    graphs = group(good_quads())
    path = tmp_path / f"g.{fmt}"
    (write_trig if fmt == "trig" else write_nquads)(graphs, path)
    ds = Dataset()
    ds.parse(path, format=fmt)
    back = ds.graph(G)
    want = Dataset().graph(G)
    for s, p, o, _ in good_quads():
        want.add((s, p, o))
    if not isomorphic(back, want):
        _, only_back, only_want = graph_diff(to_isomorphic(back), to_isomorphic(want))
        pytest.fail(f"only written: {sorted(only_back)}\nonly expected: {sorted(only_want)}")


def test_mint_iri_refuses_unknown_kinds_and_dirty_slugs() -> None:
    with pytest.raises(OntologyError):
        mint_iri("thing", "x")
    with pytest.raises(OntologyError):
        mint_iri("org", "a b")


def test_closed_namespace() -> None:
    with pytest.raises(AttributeError):
        _ = MG.participatesInn  # noqa: B018
