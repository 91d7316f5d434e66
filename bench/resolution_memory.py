"""Memory of the last stage's two largest parts, measured on a built graph's resolution graph.

Usage: python bench/resolution_memory.py OUT/graph.nq [--json]

A build's last stage holds the resolution graph (``id:graph/resolution``): on 100,000
documents 2.4 million triples, most of them ``mg:restsOn`` and the event counts.  This reads
that graph's triples back from a build's N-Quads (the lines of that graph only) and
measures, with ``tracemalloc`` (Python's allocations, not the process's resident memory):

* the validator reading it as any graph (``GraphValidator.add_graph``) and as the last
  graph (``add_last_graph``, as a build does): peak, what it keeps after, CPU seconds;
* the triples a build holds to the end and sorts (all but the deferred streams: ``mg:restsOn``
  and the event counts), beside what holding the event counts too would take.

Prints one JSON line.  Seconds on the bundled corpus, minutes at 100,000 documents.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Literal, URIRef

from movement_graph.rdf.build import RESOLUTION_GRAPH
from movement_graph.rdf.validate import GraphValidator
from movement_graph.rdf.write import triple_key

Triple = tuple[URIRef, URIRef, URIRef | Literal]
_STRING = "http://www.w3.org/2001/XMLSchema#string"


def resolution_triples(nquads: Path) -> list[Triple]:
    """The resolution graph's triples, in the order the build wrote them (sorted)."""
    terms: dict[tuple[type, str], URIRef | Literal] = {}

    def term(t: Any) -> URIRef | Literal:
        key = (type(t), str(t))
        found = terms.get(key)
        if found is None:
            if isinstance(t, ox.NamedNode):
                found = URIRef(t.value)
            elif t.language:
                found = Literal(t.value, lang=t.language)
            elif t.datatype.value == _STRING:
                found = Literal(t.value)
            else:
                found = Literal(t.value, datatype=URIRef(t.datatype.value))
            terms[key] = found
        return found

    graph = f"<{RESOLUTION_GRAPH}> .".encode()
    with nquads.open("rb") as fh:
        lines = b"".join(line for line in fh if line.rstrip().endswith(graph))
    return [
        (term(q.subject), term(q.predicate), term(q.object))  # type: ignore[misc]
        for q in ox.parse(lines, format=ox.RdfFormat.N_QUADS)
    ]


def _measure(work: Callable[[], object]) -> dict[str, float | int]:
    tracemalloc.start()
    c0 = time.process_time()
    kept = work()
    current, peak = tracemalloc.get_traced_memory()
    cpu = time.process_time() - c0
    del kept
    tracemalloc.stop()
    return {
        "peak_mb": round(peak / 2**20, 1),
        "kept_mb": round(current / 2**20, 1),
        "kept_bytes": current,
        "cpu_s": round(cpu, 2),
    }


def measure(nquads: Path) -> dict[str, Any]:
    triples = resolution_triples(nquads)
    restsOn = "https://w3id.org/movement-graph/ontology#restsOn"
    counts = "/id/event-count/"
    deferred = [t for t in triples if str(t[1]) == restsOn or counts in str(t[0])]
    held = [t for t in triples if not (str(t[1]) == restsOn or counts in str(t[0]))]
    with_counts = [t for t in triples if str(t[1]) != restsOn]

    GraphValidator()  # the shapes are read once, before anything is measured

    def validate(last: bool) -> Callable[[], object]:
        def run() -> object:
            v = GraphValidator()
            (v.add_last_graph if last else v.add_graph)(RESOLUTION_GRAPH, triples)
            return v

        return run

    def hold(ts: list[Triple]) -> Callable[[], object]:
        return lambda: sorted(set(ts), key=triple_key)

    return {
        "triples": len(triples),
        "deferred": len(deferred),
        "validator_any_graph": _measure(validate(last=False)),
        "validator_last_graph": _measure(validate(last=True)),
        "held_and_sorted": {"triples": len(held), **_measure(hold(held))},
        "held_and_sorted_with_event_counts": {"triples": len(with_counts), **_measure(hold(with_counts))},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("nquads", type=Path, help="a build's graph.nq")
    args = ap.parse_args(argv)
    print(json.dumps(measure(args.nquads)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
