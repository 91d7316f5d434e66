"""The endpoint under load, short form (the full 32 clients x 30 s is ``bench/load.py``).

Eight clients for six seconds on loopback against the query fixture: competency queries,
malformed ones (400 with a message), updates (403), oversized bodies (413), a bad media
type (415), and one client sending only heavy queries that run into the time limit (503).
Every answer is the expected one (or, for a few, a refusal as busy when the machine is
loaded by other work), good queries are answered in every second, the workers
stay within their memory, and the endpoint answers normally afterwards.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _bench():
    spec = importlib.util.spec_from_file_location("load_bench", ROOT / "bench" / "load.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_endpoint_under_load(store: Path) -> None:
    bench = _bench()
    fig = bench.run_load(store, clients=8, seconds=6, timeout=1.5, workers=2, slow_clients=1)
    print(bench.render(fig))
    # every answer is the expected one, but a query may find both workers busy past the
    # time limit on a machine loaded by other work: that refusal ("try again") is the
    # server's back-pressure, allowed for a few queries, never a wrong answer
    assert fig["errors"] == fig["busy"], fig["error_examples"]
    assert fig["busy"] <= fig["requests"] // 50, fig["error_examples"]
    kinds = fig["by_kind"]
    for kind in ("good", "malformed", "update", "oversized", "slow"):
        assert kind in kinds, kind
    assert set(kinds["malformed"]) == {"400"}
    assert set(kinds["update"]) == {"403"}
    assert set(kinds["slow"]) == {"503"}
    assert fig["good_answers_per_second_min"] >= 1  # answered throughout
    assert fig["rss_workers_mb"] < 2048 and fig["rss_server_mb"] < 1024
    assert fig["after_the_load"] == 200


def test_a_repeated_heavy_query_is_refused_at_once(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second time a query hits the time limit it does not hold a worker again: it is
    refused without reaching the worker pool (no time is measured)."""
    from movement_graph.server import start_server

    heavy = _bench().HEAVY[0]
    with start_server(store, timeout=1.0, workers=1) as srv:
        first = srv.endpoint.query(heavy)
        assert first.status == 503 and "time limit" in first.body.decode()
        pool = srv.endpoint.pool
        run = pool.run
        jobs: list[object] = []

        def recording_run(job: object, **kw: float):
            jobs.append(job)
            return run(job, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(pool, "run", recording_run)
        again = srv.endpoint.query("  " + heavy.replace(" . ", " .\n "))
        assert again.status == 503 and jobs == []  # no worker asked
        assert "refused for" in again.body.decode() and "Retry-After" in again.headers
        assert srv.endpoint.query("ASK { ?s ?p ?o }").status == 200
