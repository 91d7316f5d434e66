"""Validate a built graph against ``ontology/shapes.ttl`` with pySHACL."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from ..errors import OntologyError


def ontology_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "ontology"


@cache
def _shapes() -> Graph:
    g = Graph()
    g.parse(ontology_dir() / "shapes.ttl", format="turtle")
    return g


@cache
def _ontology() -> Graph:
    g = Graph()
    g.parse(ontology_dir() / "movement.ttl", format="turtle")
    return g


def validate(triples: Iterable[tuple[URIRef, URIRef, URIRef | Literal]]) -> None:
    """Validate the union of the graph's triples.

    Raises
    ------
    OntologyError
        with pySHACL's readable report when a shape is violated.
    """
    from pyshacl import validate as shacl_validate

    data = Graph()
    for t in triples:
        data.add(t)
    conforms, _, report = shacl_validate(data, shacl_graph=_shapes(), ont_graph=_ontology(),
                                         inference="none", advanced=True, allow_warnings=True)
    if not conforms:
        lines = [ln for ln in str(report).splitlines() if ln.strip()][:60]
        raise OntologyError("the built graph violates ontology/shapes.ttl:\n" + "\n".join(lines))
