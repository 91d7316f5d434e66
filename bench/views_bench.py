"""Benchmark the network pages: size and time to stabilise at 100, 1,000 and 5,000 nodes.

Synthetic graphs (two networks, organisations spread over countries, some in both
networks) are drawn with the same code as ``movement-graph views`` and opened in
headless Chromium; the time is from navigation to the page's "drawn" flag (after
physics stabilisation, or after the first drawing when physics is off).

    .venv/bin/python bench/views_bench.py [--sizes 100 1000 5000] [--out DIR]

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from movement_graph.analyse import (
    Country,
    Document,
    GraphData,
    Network,
    Organisation,
    Participation,
)
from movement_graph.views.chromium import Chromium
from movement_graph.views.network_page import network_page
from movement_graph.vocab import ID

ISO = (
    "AR BD BE BR CA CL CO DE DK DO EC ES FR GB GR HT IN IR IT KE MA MX NG NL NP PE PH PK "
    "PL PT RU SE TN TR UA US UY VE ZA"
).split()


def synthetic_data(n_nodes: int, *, seed: int = 0) -> GraphData:
    """Return graph data whose combined network page has exactly ``n_nodes`` nodes."""
    rng = random.Random(seed)
    n_countries = min(len(ISO), max(3, n_nodes // 40))
    n_orgs = n_nodes - 2 - n_countries
    nets = {
        ID + "network/" + k: Network(ID + "network/" + k, k, f"Network {k}", (k,)) for k in ("ICMLPO", "ICOR")
    }
    countries = {
        ID + "country/" + iso: Country(ID + "country/" + iso, f"Country {iso}", iso, continent="Europe")
        for iso in ISO[:n_countries]
    }
    cl = sorted(countries)
    orgs, participates, signed, parts = {}, set(), set(), []
    docs = {
        ID + f"doc/synthetic-{i}": Document(
            ID + f"doc/synthetic-{i}",
            f"Statement {i}",
            f"{2000 + i % 24}-01-01",
            "statement",
            f"synthetic_{i}.txt",
            (sorted(nets)[i % 2],),
        )
        for i in range(max(2, n_orgs // 20))
    }
    dl = sorted(docs)
    for i in range(n_orgs):
        iri = ID + f"org/synthetic-{i}"
        country = cl[i] if i < len(cl) else rng.choice(cl)  # every country has a participant
        orgs[iri] = Organisation(iri, f"Organisation <b>{i}</b>", (f"Alt name {i}",), (f"O{i}",), country)
        chosen = [n for n in sorted(nets) if rng.random() < 0.55] or [rng.choice(sorted(nets))]
        for n in chosen:
            participates.add((iri, n))
            doc = rng.choice([d for d in dl if n in docs[d].networks])
            signed.add((doc, iri))
            parts.append(Participation(iri, n, docs[doc].date, docs[doc].date, (doc,), 1))
    return GraphData(
        networks=nets,
        countries=countries,
        organisations=orgs,
        documents=docs,
        conferences={},
        events={},
        participates=frozenset(participates),
        members=frozenset(),
        signed=frozenset(signed),
        doc_participants=frozenset(),
        attended=frozenset(),
        adopted_at=frozenset(),
        doc_events=frozenset(),
        participations=tuple(parts),
        source="synthetic",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--out", type=Path, default=None, help="keep the pages here")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="mg-views-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    with Chromium() as browser:
        for n in args.sizes:
            t0 = time.perf_counter()
            page, G = network_page(synthetic_data(n), title=f"synthetic {n}")
            build_s = time.perf_counter() - t0
            path = out / f"synthetic-{n}.html"
            path.write_text(page, encoding="utf-8")
            report = browser.open(path, timeout=600, screenshot=False)
            drawn = report.state.get("mgNodesDrawn", "?")
            rows.append(
                (
                    n,
                    G.number_of_nodes(),
                    G.number_of_edges(),
                    drawn,
                    "on" if G.number_of_nodes() <= 1000 else "off",
                    path.stat().st_size / 1e6,
                    build_s,
                    report.load_ms / 1000,
                    report.ready_ms / 1000,
                    len(report.console_errors),
                )
            )
    print(
        "| nodes | drawn | edges | physics | page MB | write s | load event s "
        "| drawn and stable s | console errors |"
    )
    print("|---:|---:|---:|:---:|---:|---:|---:|---:|---:|")
    for _, nodes, edges, drawn, phys, mb, build_s, load_s, ready_s, errs in rows:
        print(
            f"| {nodes} | {drawn} | {edges} | {phys} | {mb:.2f} | {build_s:.2f} | "
            f"{load_s:.2f} | {ready_s:.2f} | {errs} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
