"""`movement-graph query` on the built corpus: prefixes, bound values, refusals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from movement_graph.cli import app
from movement_graph.rdf.query import select

pytestmark = [pytest.mark.model, pytest.mark.slow]
runner = CliRunner()


def test_countries_in_both_networks(built_out: Path, gold: dict[str, Any]) -> None:
    q = (
        "SELECT DISTINCT ?iso WHERE { ?a mg:participatesIn net:ICOR ; mg:country/mg:iso3166 ?iso . "
        "?b mg:participatesIn net:ICMLPO ; mg:country/mg:iso3166 ?iso . } ORDER BY ?iso"
    )
    result = runner.invoke(app, ["query", q, "--store", str(built_out / "store"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    both = gold["ICOR"].countries & gold["ICMLPO"].countries
    assert both and result.output.split() == ["iso", *sorted(both)]


def test_bound_value_is_never_pasted(built_out: Path, icor_signatory: tuple[str, str]) -> None:
    _, acronym = icor_signatory
    q = "SELECT DISTINCT ?acro ?doc WHERE { ?org mg:acronym ?acro . ?doc mg:signedBy ?org }"
    ok = runner.invoke(
        app, ["query", q, "--store", str(built_out / "store"), "--bind", f"acro={acronym}", "--format", "csv"]
    )
    assert ok.exit_code == 0, ok.output
    header, *rows = csv.reader(io.StringIO(ok.output))
    # the same question with the acronym (taken from the store) written into the query
    written = json.dumps(acronym, ensure_ascii=False)
    _, docs = select(
        built_out / "store",
        f"SELECT DISTINCT ?doc WHERE {{ ?org mg:acronym {written} . ?doc mg:signedBy ?org }}",
    )
    assert header == ["acro", "doc"] and rows
    assert sorted(rows) == sorted([acronym, d] for (d,) in docs)
    hostile = runner.invoke(
        app,
        [
            "query",
            q,
            "--store",
            str(built_out / "store"),
            "--bind",
            'acro=x" } ; DROP ALL ; {',
            "--format",
            "csv",
        ],
    )
    assert hostile.exit_code == 0
    assert hostile.output.split() == ["acro,doc"]


def test_update_is_refused_and_syntax_error_has_a_position(built_out: Path) -> None:
    upd = runner.invoke(app, ["query", "DELETE WHERE { ?s ?p ?o }", "--store", str(built_out / "store")])
    assert upd.exit_code == 1 and "refused" in upd.output
    bad = runner.invoke(app, ["query", "SELECT * WHERE { ?s ?p }", "--store", str(built_out / "store")])
    assert bad.exit_code == 1 and "line 1, column" in bad.output
