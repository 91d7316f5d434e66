"""Build the bundled corpus and score it against the gold annotation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def scores(built_out: Path) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "movement_graph.scoring",
            str(built_out / "graph.trig"),
            "--gold",
            str(FIXTURES / "gold_seeds.json"),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)


def test_documents_are_segmented_dated_and_attributed(scores: dict) -> None:
    docs = scores["documents"]
    assert docs["files_segmented_right"] == "5/5"
    assert docs["documents_found"] == 1.0
    assert docs["date_accuracy"] == 1.0
    # the 1984 conference's message is not the ICMLPO's
    assert docs["network_accuracy"] == 1.0


def test_participation_countries_and_duplicates(scores: dict) -> None:
    part = scores["participation"]
    assert part["f1"] >= 0.97, (part["missed"], part["spurious"])
    assert part["country_accuracy"] >= 0.97
    assert part["duplicates"] == 0
    assert part["in_both_networks_predicted"] == 0


def test_event_recall(scores: dict) -> None:
    assert scores["documents"]["event_recall"] == 1.0


def test_every_statement_of_a_document_is_in_its_named_graph(built_out: Path) -> None:
    ds = Dataset()
    ds.parse(built_out / "graph.trig", format="trig")
    q = """PREFIX mg: <https://w3id.org/movement-graph/ontology#>
    SELECT ?g ?doc WHERE { GRAPH ?g { ?doc a mg:Document } }"""
    rows = list(ds.query(q))
    assert len(rows) == 8
    assert all(r.g == r.doc for r in rows)


def test_evidence_quotes_the_source_file(built_out: Path, root: Path) -> None:
    ds = Dataset()
    ds.parse(built_out / "graph.trig", format="trig")
    q = """PREFIX mg: <https://w3id.org/movement-graph/ontology#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?file ?s ?e ?quote WHERE { GRAPH ?g {
        ?ev a mg:Evidence ; rdf:predicate mg:signedBy ; mg:sourceFile ?file ;
            mg:charStart ?s ; mg:charEnd ?e ; mg:quote ?quote } }"""
    rows = list(ds.query(q))
    assert len(rows) >= 47
    texts: dict[str, str] = {}
    for r in rows:
        name = str(r.file)
        text = texts.setdefault(name, (root / "data" / "corpus" / name).read_text(encoding="utf-8"))
        assert text[int(r.s) : int(r.e)] == str(r.quote)


def test_two_builds_give_identical_bytes(built_out: Path, tmp_path: Path, root: Path) -> None:
    from movement_graph.pipeline import BuildOptions, build

    build([root / "data" / "corpus"], BuildOptions(out_dir=tmp_path, analyse=False, cache=False))
    assert (tmp_path / "graph.trig").read_bytes() == (built_out / "graph.trig").read_bytes()
    assert (tmp_path / "graph.nq").read_bytes() == (built_out / "graph.nq").read_bytes()


def test_store_is_queryable(built_out: Path, gold: dict[str, Any]) -> None:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(built_out / "store"))
    q = """PREFIX mg: <https://w3id.org/movement-graph/ontology#>
    SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o mg:participatesIn <https://w3id.org/movement-graph/id/network/ICOR> }"""
    [row] = list(store.query(q, use_default_graph_as_union=True))
    assert int(row["n"].value) == gold["ICOR"].participants


def test_evaluate_command_reports_missed_and_spurious(built_out: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from movement_graph.cli import app

    gold = json.loads((FIXTURES / "gold_seeds.json").read_text(encoding="utf-8"))
    # a user's annotation with one organisation the graph does not have
    gold[-1]["organisations"].append(
        {
            "name": "Union of Imaginary Communists",
            "country": "FJ",
            "role": "signatory",
            "acronym": None,
            "native_name": None,
        }
    )
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(path), "--graph", str(built_out)])
    assert result.exit_code == 0, result.output
    assert "missed:   Union of Imaginary Communists" in result.output
    assert "F1 0.989" in result.output


def test_participation_over_time_follows_the_org_membership_pattern(
    built_out: Path, gold: dict[str, Any]
) -> None:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(built_out / "store"))
    q = """PREFIX mg: <https://w3id.org/movement-graph/ontology#>
    PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX time: <http://www.w3.org/2006/time#>
    SELECT ?net (COUNT(DISTINCT ?m) AS ?n) (MIN(STR(?start)) AS ?first) WHERE {
        ?m a org:Membership ; org:member ?o ; org:organization ?net ; mg:restsOn ?doc ;
           org:memberDuring/time:hasBeginning ?b .
        ?b time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear ?start .
        ?o mg:participatesIn ?net .
    } GROUP BY ?net ORDER BY ?net"""
    rows = {
        str(r["net"].value).rsplit("/", 1)[-1]: (int(r["n"].value), r["first"].value)
        for r in store.query(q, use_default_graph_as_union=True)
    }
    # each network's participants, from the first document that names them
    assert rows == {net: (g.participants, g.first_date) for net, g in gold.items()}
