"""Shared fixtures: the repository root and one build of the bundled corpus per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


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
