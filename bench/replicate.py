"""Load a built graph N times into one store, to time the competency queries at N× the size.

Usage: python bench/replicate.py OUT/graph.nq --copies 10 --store /tmp/big/store [--queries]

A build of 100,000 documents takes hours on a small machine; the query targets are about
the size of the graph, which this makes without a build.  Every document graph of
``graph.nq`` is loaded ``--copies`` times, its document and evidence IRIs renamed in each
copy (``…/id/doc/X`` becomes ``…/id/doc/r3-X``), so that the store holds N times as many
documents, evidence nodes and statements about organisations, events and conferences.
The reference graph and the resolution graph are loaded once, as a build of the larger
corpus would write them: each participation's ``mg:restsOn`` names every copy of its
documents and its ``mg:evidenceCount`` is multiplied by N.  The organisations, events and
conferences are the same in every copy (a larger archive of the same networks).

The quads are streamed to ``pyoxigraph.Store.bulk_load`` in pieces; nothing is written but the
store.
With ``--queries`` the competency queries are timed on it (``bench/run.py``'s method: the
median of ``--repeats`` runs after one warm-up run, and for the queries that page, their first
page of 100 too) and printed as a Markdown table.  ``--time-only`` times the queries of a
store loaded before, without loading anything: ``python bench/replicate.py --time-only
--store /tmp/big/store``.  The figures go to ``replicate.json`` beside the store.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from movement_graph.rdf.store import LOAD_CHUNK

BENCH = Path(__file__).resolve().parent
ID = "https://w3id.org/movement-graph/id/"
DOC_GRAPH = f"<{ID}doc/"
RESOLUTION = f"<{ID}graph/resolution> .\n"
RESTS_ON = "<https://w3id.org/movement-graph/ontology#restsOn>"
COUNT = re.compile(r'^(<[^>]+> <https://w3id.org/movement-graph/ontology#evidenceCount> )"(\d+)"')


def replicated_lines(nquads: Path, copies: int) -> Iterator[str]:
    """The lines of ``nquads``, document graphs ``copies`` times over, renamed after the first.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()) / "g.nq"
    >>> _ = d.write_text(
    ...     f"<{ID}doc/a-0> <p:> <{ID}evidence/e1> <{ID}doc/a-0> .\\n"
    ...     f"<{ID}participation/x> {RESTS_ON} <{ID}doc/a-0> {RESOLUTION}"
    ...     f'<{ID}participation/x> <https://w3id.org/movement-graph/ontology#evidenceCount> "1"^^<x:int> {RESOLUTION}'
    ... )
    >>> lines = list(replicated_lines(d, 2))
    >>> sum("doc/r1-a-0>" in ln for ln in lines), sum('"2"^^' in ln for ln in lines)
    (2, 1)
    """
    for k in range(copies):
        doc, evidence = f"{ID}doc/r{k}-", f"{ID}evidence/r{k}-"
        with nquads.open(encoding="utf-8") as fh:
            for line in fh:
                graph = line[line.rfind(" <", 0, len(line) - 3) + 1 :]
                if graph.startswith(DOC_GRAPH) or (graph == RESOLUTION and RESTS_ON in line):
                    if k:
                        line = line.replace(f"{ID}doc/", doc).replace(f"{ID}evidence/", evidence)
                    yield line
                elif k == 0:
                    m = COUNT.match(line) if graph == RESOLUTION else None
                    if m:
                        yield COUNT.sub(lambda m: f'{m.group(1)}"{int(m.group(2)) * copies}"', line)
                    else:
                        yield line


def load(nquads: Path, copies: int, store_dir: Path) -> dict:
    """Bulk-load the replicated graph into a new store at ``store_dir``."""
    if store_dir.exists():
        raise SystemExit(f"{store_dir}: exists; give a new folder")
    t0 = time.perf_counter()
    store = ox.Store(str(store_dir))
    # in pieces, as the build loads its store (one bulk load holds its input's index in memory)
    piece: list[str] = []
    size = 0
    for line in replicated_lines(nquads, copies):
        piece.append(line)
        size += len(line)
        if size >= LOAD_CHUNK:
            store.bulk_load("".join(piece).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            piece, size = [], 0
    if piece:
        store.bulk_load("".join(piece).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - t0
    quads = len(store)
    docs = next(
        iter(
            store.query(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?d a <https://w3id.org/movement-graph/ontology#Document> } }"
            )
        )
    )
    del store
    return {"copies": copies, "quads": quads, "documents": int(docs["n"].value), "load_seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("nquads", type=Path, nargs="?", help="the built graph.nq (not with --time-only)")
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--queries", action="store_true", help="time the competency queries")
    ap.add_argument(
        "--time-only", action="store_true", help="time the queries of an existing --store; load nothing"
    )
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args(argv)
    report = a.store.parent / "replicate.json"
    if a.time_only:
        if not a.store.is_dir():
            ap.error(f"--time-only: {a.store} is not a store")
        info = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
        info.pop("queries", None)
    elif a.nquads is None:
        ap.error("give the graph.nq to load, or --time-only")
    else:
        info = load(a.nquads, a.copies, a.store)
        print(json.dumps(info), flush=True)
    if a.queries or a.time_only:
        sys.path.insert(0, str(BENCH))
        from run import time_queries

        t0 = time.time()
        times = time_queries(a.store, a.repeats)
        if "documents" in info:
            print(f"\n{info['documents']:,} documents, {info['quads']:,} quads\n")
        print("| query | rows | ms | first page of 100: rows | ms |\n|---|---:|---:|---:|---:|")
        for name, t in times.items():
            page = t.get("first_page")
            cells = f"{page['rows']:,} | {page['median_seconds'] * 1000:,.0f}" if page else "– | –"
            print(f"| `{name}` | {t['rows']:,} | {t['median_seconds'] * 1000:,.0f} | {cells} |")
        info["queries"] = times
        info["queries_timed_at"] = time.strftime("%Y-%m-%d %H:%M", time.localtime(t0))
        report.write_text(json.dumps(info, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
