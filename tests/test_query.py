"""rdf/query.py and `movement-graph query` on the hand-written fixture graph."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

from movement_graph.cli import app
from movement_graph.errors import MovementGraphError, QueryError
from movement_graph.rdf.query import (
    QuerySyntaxError,
    inspect_query,
    parse_bindings,
    run_query,
    select,
)

ID = "https://w3id.org/movement-graph/id/"
RWPD = ID + "org/rwpd-de"
runner = CliRunner()


PARTICIPANTS = "SELECT DISTINCT ?org WHERE { ?org mg:participatesIn net:ICOR } ORDER BY ?org"


def test_table_is_aligned_with_prefixes_predeclared_over_the_union_of_graphs(store: Path) -> None:
    text = run_query(
        store,
        "SELECT DISTINCT ?org ?acronym WHERE { ?org mg:participatesIn "
        "net:ICOR ; mg:acronym ?acronym } ORDER BY ?acronym",
    )
    lines = text.splitlines()
    assert lines[0].split() == ["org", "acronym"]
    assert set(lines[1]) == {"-", " "}
    assert "id:org/rwpd-de   RWPD" in text
    # every row starts its second column at the same place
    assert len({line.index(line.split()[1]) for line in lines[2:-1]}) == 1
    assert lines[-1] == "(5 rows)"


def test_statements_in_document_graphs_are_seen_without_graph_clauses(store: Path) -> None:
    _, rows = select(store, PARTICIPANTS)
    assert len(rows) == 7


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])
def test_result_formats(store: Path, fmt: str) -> None:
    text = run_query(store, PARTICIPANTS, fmt=fmt)
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["org"] and [RWPD] in rows and len(rows) == 8
    elif fmt == "tsv":
        lines = text.splitlines()
        assert lines[0] == "?org" and f"<{RWPD}>" in lines and len(lines) == 8
    elif fmt == "json":
        doc = json.loads(text)
        assert doc["head"]["vars"] == ["org"]
        assert {"type": "uri", "value": RWPD} in [b["org"] for b in doc["results"]["bindings"]]
    else:
        root = ET.fromstring(text)
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        assert RWPD in [u.text for u in root.iterfind(".//r:uri", ns)]


def test_construct_gives_turtle_with_project_prefixes(store: Path) -> None:
    q = "CONSTRUCT { ?org mg:acronym ?a } WHERE { ?org mg:participatesIn net:ICOR ; mg:acronym ?a }"
    text = run_query(store, q)
    assert text == run_query(store, q, fmt="turtle")
    assert "@prefix mg: <https://w3id.org/movement-graph/ontology#>" in text
    g = rdflib.Graph().parse(data=text, format="turtle")
    assert (
        rdflib.URIRef(RWPD),
        rdflib.URIRef("https://w3id.org/movement-graph/ontology#acronym"),
        rdflib.Literal("RWPD"),
    ) in g
    nt = run_query(store, q, fmt="ntriples")
    assert len(rdflib.Graph().parse(data=nt, format="nt")) == len(g) == 5


def test_describe_and_ask(store: Path) -> None:
    described = run_query(store, f"DESCRIBE <{RWPD}>", fmt="ntriples")
    assert '"RWPD"' in described
    assert run_query(store, "ASK { ?o mg:participatesIn net:RIM }") == "false\n"
    assert json.loads(run_query(store, "ASK { ?o mg:participatesIn net:ICOR }", fmt="json")) == {
        "head": {},
        "boolean": True,
    }


@pytest.mark.parametrize(
    ("query", "fmt"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "turtle"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "csv"),
        ("SELECT * WHERE { ?s ?p ?o }", "yaml"),
    ],
)
def test_formats_that_do_not_fit_the_form_are_refused(store: Path, query: str, fmt: str) -> None:
    with pytest.raises(QueryError, match="format"):
        run_query(store, query, fmt=fmt)


def test_syntax_error_gives_message_and_position(store: Path) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        run_query(store, "SELECT ?org\nWHERE { ?org mg:participatesIn }")
    err = info.value
    assert (err.line, err.column) == (2, 32)
    assert "line 2, column 32" in str(err) and "expected" in str(err)
    # the offending line is quoted with a caret under the closing brace
    assert "  WHERE { ?org mg:participatesIn }\n" + " " * 33 + "^" in str(err)


def test_unknown_prefix_is_named(store: Path) -> None:
    with pytest.raises(QuerySyntaxError, match=r"unknown prefix 'foaf:'.*line 1, column 24"):
        run_query(store, "SELECT ?n WHERE { ?p a foaf:Person }")


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX ex: <urn:ex:>\n# a comment\ndelete where { ?s ?p ?o }",
        "DROP ALL",
        "LOAD <http://example.org/data.ttl>",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "CLEAR GRAPH <urn:g> ; INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    ],
)
def test_updates_are_refused(store: Path, update: str) -> None:
    before = len(select(store, "SELECT ?s WHERE { ?s ?p ?o }")[1])
    with pytest.raises(QueryError, match="refused"):
        run_query(store, update)
    assert before > 400 and len(select(store, "SELECT ?s WHERE { ?s ?p ?o }")[1]) == before


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o . service # sneaky\n ?endpoint { ?s ?p ?o } }",
        "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://example.org/remote.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "BASE <http://example.org/> SELECT * FROM <remote.ttl> WHERE { ?s ?p ?o }",
    ],
)
def test_outbound_access_is_refused(store: Path, query: str) -> None:
    with pytest.raises(QueryError, match="refused|not in the store"):
        run_query(store, query)


def test_keywords_inside_strings_comments_iris_and_names_are_harmless(store: Path) -> None:
    q = (
        "SELECT ?service WHERE { # SERVICE <http://x/> {} and DROP ALL\n"
        '  BIND("SERVICE <http://x/> { } LOAD" AS ?service) '
        "  FILTER(?service != <urn:SERVICE>) }"
    )
    assert inspect_query(q).form == "SELECT"
    _, rows = select(store, q)
    assert rows == [["SERVICE <http://x/> { } LOAD"]]


def test_from_a_graph_of_the_store_restricts_the_dataset(store: Path) -> None:
    q = (
        "SELECT DISTINCT ?org FROM <https://w3id.org/movement-graph/id/doc/icor_b-0> WHERE {\n"
        "  ?doc mg:signedBy ?org }"
    )
    assert select(store, q)[1] == [[RWPD]]
    q = (
        "SELECT (COUNT(DISTINCT ?g) AS ?n) FROM NAMED id:doc\\/icor_a-0 "
        "FROM NAMED id:doc\\/icor_b-0 WHERE { GRAPH ?g { ?s ?p ?o } }"
    )
    assert select(store, q)[1] == [[2]]


def test_bound_values_are_substituted_not_pasted(store: Path) -> None:
    q = "SELECT DISTINCT ?org ?doc WHERE { ?doc mg:signedBy ?org } ORDER BY ?doc"
    _, rows = select(store, q, bindings=parse_bindings([f"org=<{RWPD}>"]))
    assert [r[1] for r in rows] == [ID + "doc/icor_a-0", ID + "doc/icor_b-0"]
    _, rows = select(store, q, bindings={"?org": rdflib.URIRef(RWPD)})
    assert len(rows) == 2
    q = "SELECT ?acronym ?org WHERE { ?org mg:acronym ?acronym }"
    hostile = 'RWPD" } UNION { ?org ?p ?acronym } #'
    assert select(store, q, bindings={"acronym": hostile})[1] == []
    # two document graphs and id:graph/resolution state it
    assert len(select(store, q, bindings={"acronym": "RWPD"})[1]) == 3


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (["org"], "NAME=VALUE"),
        (["not a name=1"], "variable name"),
        (["org=<not an iri>"], "valid IRI"),
    ],
)
def test_bad_bindings(items: list[str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_bindings(items)


def test_parse_bindings_values() -> None:
    b = parse_bindings(["$a=<urn:x>", "b=plain text", "c=<", "d=x=y"])
    assert b == {
        "a": ox.NamedNode("urn:x"),
        "b": ox.Literal("plain text"),
        "c": ox.Literal("<"),
        "d": ox.Literal("x=y"),
    }


def test_binding_a_variable_the_query_does_not_project_is_an_error(store: Path) -> None:
    with pytest.raises(QueryError, match="zz"):
        run_query(store, "SELECT ?org WHERE { ?org a mg:PoliticalOrganisation }", bindings={"zz": "x"})


def test_missing_store(tmp_path: Path) -> None:
    with pytest.raises(MovementGraphError, match="no store"):
        run_query(tmp_path / "nowhere", "ASK {}")


# ------------------------------------------------------------------------------- CLI
def test_cli_query_argument_file_and_stdin(store: Path, tmp_path: Path) -> None:
    as_arg = runner.invoke(app, ["query", PARTICIPANTS, "--store", str(store), "--format", "csv"])
    assert as_arg.exit_code == 0, as_arg.output
    assert as_arg.output.splitlines()[0] == "org" and len(as_arg.output.splitlines()) == 8
    rq = tmp_path / "q.rq"
    rq.write_text("# Which participants?\n" + PARTICIPANTS, encoding="utf-8")
    from_file = runner.invoke(app, ["query", "--file", str(rq), "--store", str(store), "--format", "csv"])
    assert from_file.exit_code == 0 and from_file.output == as_arg.output
    from_stdin = runner.invoke(app, ["query", "--store", str(store), "--format", "csv"], input=PARTICIPANTS)
    assert from_stdin.exit_code == 0 and from_stdin.output == as_arg.output


def test_cli_bind_and_table(store: Path) -> None:
    result = runner.invoke(
        app,
        [
            "query",
            "SELECT DISTINCT ?org ?doc WHERE { ?doc mg:signedBy ?org } ORDER BY ?doc",
            "--store",
            str(store),
            "--bind",
            f"org=<{RWPD}>",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2:] == [
        "id:org/rwpd-de  id:doc/icor_a-0",
        "id:org/rwpd-de  id:doc/icor_b-0",
        "(2 rows)",
    ]


def test_cli_errors_exit_1_with_the_message(store: Path) -> None:
    bad = runner.invoke(app, ["query", "SELECT * WHERE { ?s ?p }", "--store", str(store)])
    assert bad.exit_code == 1 and "line 1, column" in bad.output
    upd = runner.invoke(app, ["query", "DELETE WHERE { ?s ?p ?o }", "--store", str(store)])
    assert upd.exit_code == 1 and "read-only" in upd.output
