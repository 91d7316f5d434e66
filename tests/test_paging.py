"""One page of an answer: rdf/query.py's ``paged`` and `movement-graph query --limit/--offset`,
on the hand-written fixture graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from movement_graph.cli import app
from movement_graph.errors import QueryError
from movement_graph.rdf.query import PAGE_MARK, paged, parse_bindings, select

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/movement-graph/id/"
SIGNED = ROOT / "queries" / "documents-signed-by.rq"
runner = CliRunner()

SIGNATURES = "SELECT ?doc ?org WHERE { GRAPH ?doc { ?doc mg:signedBy ?org } } ORDER BY ?doc ?org"


def test_without_a_mark_the_page_goes_at_the_end() -> None:
    assert paged(SIGNATURES) == SIGNATURES
    assert paged(SIGNATURES, 3).endswith("ORDER BY ?doc ?org\nLIMIT 3")
    assert paged(SIGNATURES, 3, 6).endswith("\nLIMIT 3 OFFSET 6")
    assert paged(SIGNATURES, offset=6).endswith("\nOFFSET 6")


def test_with_a_mark_the_page_replaces_it() -> None:
    text = SIGNED.read_text(encoding="utf-8")
    assert text.count(f"\n    {PAGE_MARK}\n") == 1
    out = paged(text, 10, 20)
    assert PAGE_MARK + "\n" not in out and "\n    LIMIT 10 OFFSET 20\n" in out
    # the query's own header (which mentions paging) is left alone
    assert out.splitlines()[:8] == text.splitlines()[:8]


@pytest.mark.parametrize(
    ("query", "limit", "offset", "message"),
    [
        (SIGNATURES, -1, None, "0 or more"),
        (SIGNATURES, 1, -5, "0 or more"),
        (SIGNATURES + " LIMIT 5", 2, None, "its own LIMIT"),
        (SIGNATURES + " OFFSET 5", 2, None, "its own OFFSET"),
        (
            "SELECT * WHERE { { SELECT * { ?s ?p ?o }\n# page\n} { SELECT * { ?s ?p ?o }\n# page\n} }",
            1,
            None,
            "one at most",
        ),
    ],
)
def test_bad_pages_are_refused(query: str, limit: int | None, offset: int | None, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        paged(query, limit, offset)


def test_a_limit_in_a_subquery_or_a_string_is_not_the_querys_own() -> None:
    q = 'SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p "LIMIT 3 # page" } LIMIT 3 } } ORDER BY ?s'
    assert paged(q, 2) == q + "\nLIMIT 2"


def test_pages_of_rows_give_the_whole_answer_in_order(store: Path) -> None:
    _, whole = select(store, SIGNATURES)
    assert len(whole) == 13
    pages = [select(store, SIGNATURES, limit=4, offset=o)[1] for o in range(0, 16, 4)]
    assert [len(p) for p in pages] == [4, 4, 4, 1]
    assert [r for p in pages for r in p] == whole


def test_pages_of_a_marked_query_count_its_items(store: Path) -> None:
    text = SIGNED.read_text(encoding="utf-8")
    bind = parse_bindings([f"org=<{ID}org/rwpd-de>"])
    _, whole = select(store, text, bindings=bind)
    first = select(store, text, bindings=bind, limit=1)[1]
    second = select(store, text, bindings=bind, limit=1, offset=1)[1]
    third = select(store, text, bindings=bind, limit=1, offset=2)[1]
    assert len(whole) == 2 and first + second == whole and third == []


def test_cli_limit_and_offset(store: Path) -> None:
    args = ["query", "--file", str(SIGNED), "--store", str(store), "--format", "csv"]
    whole = runner.invoke(app, args)
    assert whole.exit_code == 0, whole.output
    header, *rows = whole.output.splitlines()
    assert len(rows) == 13
    got = []
    for offset in range(0, 13, 5):
        page = runner.invoke(app, [*args, "--limit", "5", "--offset", str(offset)])
        assert page.exit_code == 0, page.output
        assert page.output.splitlines()[0] == header
        got += page.output.splitlines()[1:]
    assert got == rows
    negative = runner.invoke(app, [*args, "--limit", "-1"])
    assert negative.exit_code != 0
    own = runner.invoke(app, ["query", SIGNATURES + " LIMIT 2", "--store", str(store), "--limit", "1"])
    assert own.exit_code == 1 and "its own LIMIT" in own.output
