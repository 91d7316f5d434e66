"""Load test of the SPARQL endpoint on loopback, and the big-input builds.

    .venv/bin/python bench/load.py                         # 32 clients, 30 s, bundled corpus
    .venv/bin/python bench/load.py --clients 8 --seconds 5 --store tests/fixtures/...
    .venv/bin/python bench/load.py --signatories 5000      # build one 5,000-name list
    .venv/bin/python bench/load.py --files 10000           # build a folder of 10,000 files

The endpoint runs in this process (``start_server``), its query workers in their own.
``clients`` threads send requests back to back for ``seconds``: the competency queries of
``queries/`` (GET and POST), malformed queries (expected 400 with a message), updates
(403), oversized bodies (413), a bad media type (415); one of the clients sends only heavy
queries that run into the time limit (503).  Reported: requests/s, p50/p99 latency of the
good queries, the count per kind and status, the error count (any answer other than the
expected one, or a failed connection), good answers per second throughout, and the peak
resident memory of the server and its workers.  ``--json`` writes the figures.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from memory import rss_mb  # noqa: E402  (bench/memory.py)

MALFORMED = [
    "SELECT ?s WHERE { ?s ?p ",
    "SELEC ?s WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s ?p ?o } ORDER BY",
    "} ; DROP ALL ; {",
    "<script>alert(1)</script>",
    "SELECT * WHERE { ?s unknown:prefix ?o }",
    'SELECT ?s WHERE { ?s ?p "unterminated }',
    "\x00\x01\x02",
    "ASK { FILTER(",
]
UPDATES = [
    "DROP ALL",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "CLEAR DEFAULT",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/x>",
]
HEAVY = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?q ?r ?t }",
    "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l",
]
# kind -> (weight, expected statuses)
KINDS = {
    "good": (80, {200}),
    "malformed": (8, {400}),
    "update": (5, {403}),
    "oversized": (3, {413}),
    "media-type": (2, {415}),
    "long-valid": (2, {200}),
}


@dataclass
class Record:
    kind: str
    status: int  # 0: the connection failed
    seconds: float
    at: float
    message: str = ""


@dataclass
class Results:
    records: list[Record] = field(default_factory=list)
    rss_server_mb: float = 0.0
    rss_workers_mb: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, r: Record) -> None:
        with self.lock:
            self.records.append(r)


def competency_queries() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "queries").glob("*.rq"))]


def _request(
    conn: http.client.HTTPConnection, kind: str, rng: random.Random, good: list[str]
) -> tuple[str, str, bytes | None, dict[str, str]]:
    """Return method, path, body and headers of one request of ``kind``."""
    accept = {
        "Accept": rng.choice(
            ["application/sparql-results+json", "text/csv", "application/sparql-results+xml", "*/*"]
        )
    }
    if kind == "good":
        q = rng.choice(good)
        if rng.random() < 0.5:
            return "GET", "/sparql?" + urllib.parse.urlencode({"query": q}), None, accept
        return (
            "POST",
            "/sparql",
            urllib.parse.urlencode({"query": q}).encode(),
            {**accept, "Content-Type": "application/x-www-form-urlencoded"},
        )
    if kind == "malformed":
        q = rng.choice(MALFORMED + [rng.choice(good)[: rng.randrange(5, 40)]])
        return (
            "POST",
            "/sparql",
            q.encode("utf-8", "surrogatepass"),
            {"Content-Type": "application/sparql-query"},
        )
    if kind == "update":
        q = rng.choice(UPDATES)
        if rng.random() < 0.5:
            return ("POST", "/sparql", q.encode(), {"Content-Type": "application/sparql-update"})
        return (
            "POST",
            "/sparql",
            urllib.parse.urlencode({"query": q}).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
    if kind == "oversized":
        body = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 1_100_000
        return "POST", "/sparql", body, {"Content-Type": "application/sparql-query"}
    if kind == "media-type":
        return "POST", "/sparql", b"SELECT * {}", {"Content-Type": "text/plain"}
    if kind == "long-valid":  # 200 kB of VALUES: long but within the limit
        values = " ".join(f'"v{i}"' for i in range(20_000))
        q = f"SELECT ?v WHERE {{ VALUES ?v {{ {values} }} }} LIMIT 3"
        return "POST", "/sparql", q.encode(), {"Content-Type": "application/sparql-query"}
    if kind == "slow":
        q = rng.choice(HEAVY)
        return "GET", "/sparql?" + urllib.parse.urlencode({"query": q}), None, accept
    raise ValueError(kind)


def _client(
    host: str, port: int, until: float, seed: int, results: Results, good: list[str], *, slow: bool, t0: float
) -> None:
    rng = random.Random(seed)
    kinds = list(KINDS)
    weights = [KINDS[k][0] for k in kinds]
    conn = http.client.HTTPConnection(host, port, timeout=60)
    while time.monotonic() < until:
        kind = "slow" if slow else rng.choices(kinds, weights)[0]
        method, path, body, headers = _request(conn, kind, rng, good)
        start = time.monotonic()
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            status = resp.status
            message = data[:200].decode("utf-8", "replace") if status >= 400 else ""
            if resp.getheader("Connection", "").lower() == "close" or resp.will_close:
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=60)
        except (OSError, http.client.HTTPException) as err:
            status, message = 0, f"{type(err).__name__}: {err}"
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=60)
        end = time.monotonic()
        results.add(Record(kind, status, end - start, end - t0, message))
    conn.close()


def _sample_memory(server, until: float, results: Results) -> None:  # noqa: ANN001
    while time.monotonic() < until:
        own = rss_mb(os.getpid())
        workers = sum(rss_mb(pid) for pid in server.endpoint.pool.pids())
        results.rss_server_mb = max(results.rss_server_mb, own)
        results.rss_workers_mb = max(results.rss_workers_mb, workers)
        time.sleep(0.25)


def run_load(
    store: Path,
    *,
    clients: int = 32,
    seconds: float = 30.0,
    timeout: float = 2.0,
    workers: int = 2,
    slow_clients: int = 1,
    seed: int = 0,
    queries: list[str] | None = None,
) -> dict:
    """Run the load test against a fresh endpoint on ``store``; return the figures."""
    from movement_graph.server import start_server

    good = queries or competency_queries()
    results = Results()
    with start_server(store, timeout=timeout, workers=workers) as server:
        host, port = "127.0.0.1", server.port
        t0 = time.monotonic()
        until = t0 + seconds
        threads = [
            threading.Thread(
                target=_client,
                args=(host, port, until, seed * 1000 + i, results, good),
                kwargs={"slow": i < slow_clients, "t0": t0},
                daemon=True,
            )
            for i in range(clients)
        ]
        sampler = threading.Thread(target=_sample_memory, args=(server, until, results), daemon=True)
        for t in threads + [sampler]:
            t.start()
        for t in threads:
            t.join(seconds + 120)
        sampler.join(5)
        elapsed = time.monotonic() - t0
        # the endpoint still answers after the storm
        after = _client_once(host, port, good[0])
    return summarise(
        results,
        elapsed,
        clients=clients,
        seconds=seconds,
        timeout=timeout,
        workers=workers,
        slow_clients=slow_clients,
        after=after,
    )


def _client_once(host: str, port: int, query: str) -> int:
    conn = http.client.HTTPConnection(host, port, timeout=30)
    try:
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}))
        return conn.getresponse().status
    finally:
        conn.close()


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def summarise(results: Results, elapsed: float, **setup: object) -> dict:
    recs = results.records
    expected = {k: v[1] for k, v in KINDS.items()} | {"slow": {503}}
    by_kind: dict[str, Counter] = defaultdict(Counter)
    errors = []
    for r in recs:
        by_kind[r.kind][r.status] += 1
        if r.status not in expected[r.kind] or (r.status >= 400 and not r.message.strip()):
            errors.append(r)
    good = [r.seconds for r in recs if r.kind == "good" and r.status == 200]
    seconds = int(elapsed)
    per_second = Counter(int(r.at) for r in recs if r.kind == "good" and r.status == 200)
    return {
        "setup": setup,
        "requests": len(recs),
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(recs) / elapsed, 1) if elapsed else 0.0,
        "good_p50_ms": round(_pct(good, 50) * 1000, 1),
        "good_p99_ms": round(_pct(good, 99) * 1000, 1),
        "good_max_ms": round(max(good, default=0) * 1000, 1),
        "errors": len(errors),
        # of them, refusals of a query that found every worker busy past the time limit ("try
        # again"): the server's back-pressure, whose number follows the machine's speed
        "busy": sum(1 for r in errors if r.status == 503 and "stayed busy" in r.message),
        "error_examples": sorted({f"{r.kind} {r.status} {r.message[:80]}" for r in errors})[:10],
        "by_kind": {k: {str(s): n for s, n in sorted(c.items())} for k, c in sorted(by_kind.items())},
        "good_answers_per_second_min": min((per_second.get(s, 0) for s in range(seconds)), default=0),
        "rss_server_mb": round(results.rss_server_mb, 1),
        "rss_workers_mb": round(results.rss_workers_mb, 1),
        "after_the_load": setup.get("after"),
    }


def render(fig: dict) -> str:
    lines = [
        f"{fig['setup']['clients']} clients for {fig['seconds']} s "
        f"({fig['setup']['workers']} query workers, {fig['setup']['timeout']} s time limit, "
        f"{fig['setup']['slow_clients']} clients sending only heavy queries)",
        f"requests        {fig['requests']} ({fig['requests_per_s']}/s)",
        f"good queries    p50 {fig['good_p50_ms']} ms, p99 {fig['good_p99_ms']} ms, "
        f"max {fig['good_max_ms']} ms; at least {fig['good_answers_per_second_min']} "
        "answered in every second",
        f"errors          {fig['errors']} ({fig['busy']} refused as busy)",
        f"memory (peak)   server {fig['rss_server_mb']} MB, workers {fig['rss_workers_mb']} MB",
    ]
    for kind, statuses in fig["by_kind"].items():
        lines.append(f"  {kind:<12} " + ", ".join(f"{s}: {n}" for s, n in statuses.items()))
    lines += [f"  error: {e}" for e in fig["error_examples"]]
    return "\n".join(lines)


def build_store(inputs: list[Path], out: Path) -> Path:
    from movement_graph.pipeline import BuildOptions, build

    t0 = time.perf_counter()
    summary = build(inputs, BuildOptions(out_dir=out, analyse=False, cache=False))
    print(
        f"built {summary.files} files, {summary.documents} documents, "
        f"{summary.organisations} organisations in {time.perf_counter() - t0:.1f} s",
        file=sys.stderr,
    )
    return out / "store"


def big_inputs(folder: Path, *, signatories: int = 0, files: int = 0) -> None:
    prose = (
        "The workers of the region continue their struggle for higher wages and for the "
        "right to organise, despite the repression the government ordered. "
    ) * 3
    folder.mkdir(parents=True, exist_ok=True)
    if signatories:
        names = "\n".join(f"{i + 1}. Communist Party of Region {i}" for i in range(signatories))
        (folder / "list.txt").write_text(
            f"Joint Declaration\n\n{prose}\n\nSignatories:\n{names}\n", encoding="utf-8"
        )
    for i in range(files):
        (folder / f"s{i:05d}.txt").write_text(
            f"Statement {i} of the Party\n\n{prose}\n\nMay {1 + i % 28}, {1990 + i % 30}\n", encoding="utf-8"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="a built store (default: build data/corpus)")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--timeout", type=float, default=2.0, help="query time limit, s")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--slow-clients", type=int, default=1)
    ap.add_argument("--signatories", type=int, default=0, help="build one list this long")
    ap.add_argument("--files", type=int, default=0, help="build a folder of this many files")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="mg-load-") as tmp:
        if args.signatories or args.files:
            big_inputs(Path(tmp) / "in", signatories=args.signatories, files=args.files)
            build_store([Path(tmp) / "in"], Path(tmp) / "out")
            return
        store = args.store or build_store([ROOT / "data" / "corpus"], Path(tmp) / "out")
        fig = run_load(
            store,
            clients=args.clients,
            seconds=args.seconds,
            timeout=args.timeout,
            workers=args.workers,
            slow_clients=args.slow_clients,
        )
    print(render(fig))
    if args.json:
        args.json.write_text(json.dumps(fig, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
