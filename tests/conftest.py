"""Shared fixtures: the repository root, one build of the bundled corpus per session, and a
function running texts through segmentation and analysis (``analyses``)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from movement_graph.model import DocumentAnalysis

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass(frozen=True)
class GoldNetwork:
    """What the bundled corpus's reference annotation says of one network's participants."""

    participants: int  # distinct organisations (the scorer's participation pairs)
    countries: frozenset[str]  # each participant's most frequent country
    first_date: str  # the earliest date of a document that names participants


@cache
def gold_networks() -> dict[str, GoldNetwork]:
    """Figures of ``fixtures/gold_seeds.json``, per network, counted as the scorer counts them.

    The tests on the bundled corpus's build compare the graph with these instead of writing
    the bundled documents' facts (how many parties, which countries) into the tests.
    """
    gold = json.loads((FIXTURES / "gold_seeds.json").read_text(encoding="utf-8"))
    orgs: dict[str, dict[str, list[str | None]]] = {}
    dates: dict[str, list[str]] = {}
    for doc in gold:
        for o in doc.get("organisations", []):
            orgs.setdefault(doc["network"], {}).setdefault(o.get("id") or o["name"], []).append(
                o.get("country")
            )
        if doc.get("organisations") and doc.get("date"):
            dates.setdefault(doc["network"], []).append(doc["date"])
    out = {}
    for net, by_org in orgs.items():
        countries = set()
        for found in by_org.values():
            known = Counter(c for c in found if c)
            if known:
                countries.add(known.most_common(1)[0][0])
        out[net] = GoldNetwork(len(by_org), frozenset(countries), min(dates[net]))
    return out


@pytest.fixture(scope="session")
def gold() -> dict[str, GoldNetwork]:
    """The bundled corpus's reference figures per network (``gold_networks``)."""
    return gold_networks()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def analyses() -> Callable[[str], list[DocumentAnalysis]]:
    """A function that segments a text (as a file ``t.txt``) and analyses its documents
    (``pipeline.analyse_batch``): their ``DocumentAnalysis`` objects, in order.

    Skips the test when spaCy is not installed. Each test module keeps its own projection
    of the analyses (the events' facts, their keys, …) in a small fixture of its own.
    """
    pytest.importorskip("spacy")
    from helpers import source

    from movement_graph.pipeline import analyse_batch
    from movement_graph.segment import segment

    def run(text: str) -> list[DocumentAnalysis]:
        return analyse_batch(list(segment(source(text))))

    return run


@pytest.fixture(scope="session")
def built_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the bundled corpus once (graph, store, analyses, views, report)."""
    from movement_graph.pipeline import BuildOptions, build

    out = tmp_path_factory.mktemp("out")
    build(
        [ROOT / "data" / "corpus"],
        BuildOptions(out_dir=out, curation=ROOT / "data" / "curation.yaml", cache=False),
    )
    return out


#: an organisation of a build that has an acronym, takes part in ICOR and signed a document:
#: the first in the order of IRI and acronym
ICOR_SIGNATORY_WITH_ACRONYM = """
SELECT ?org ?acronym WHERE {
  GRAPH id:graph\\/resolution { ?org mg:participatesIn net:ICOR ; mg:acronym ?acronym }
  FILTER EXISTS { ?doc mg:signedBy ?org }
} ORDER BY ?org ?acronym LIMIT 1"""


@pytest.fixture(scope="session")
def icor_signatory(built_out: Path) -> tuple[str, str]:
    """An ICOR participant of the bundled corpus's build, with an acronym: (IRI, acronym).

    Taken from the built graph rather than named, so that the tests that use it hold for any
    corpus with such an organisation, not only for the parties of the bundled documents.
    """
    from movement_graph.rdf.query import select

    _, rows = select(built_out / "store", ICOR_SIGNATORY_WITH_ACRONYM)
    assert len(rows) == 1, "the build has no ICOR participant with an acronym that signed a document"
    [(org, acronym)] = rows
    return str(org), str(acronym)


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The query fixture (``fixtures/query_fixture.trig``) in an on-disk store, as ``build`` writes it.

    Opened read-only by the tests; shared by the query, paging, endpoint and load tests.
    """
    import pyoxigraph as ox

    path = tmp_path_factory.mktemp("fixture") / "store"
    s = ox.Store(str(path))
    s.bulk_load(path=str(FIXTURES / "query_fixture.trig"), format=ox.RdfFormat.TRIG)
    s.flush()
    del s
    return path
