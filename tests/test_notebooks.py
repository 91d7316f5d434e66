"""notebooks/: stored without outputs, and run from top to bottom (nbclient) on the fixture
graph and on the bundled corpus."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import nbformat
import pyoxigraph as ox
import pytest
from nbclient import NotebookClient

from movement_graph.rdf.query import select

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
QUERIES = ROOT / "queries"
FIXTURE = Path(__file__).parent / "fixtures" / "query_fixture.trig"

pytestmark = pytest.mark.slow


def test_notebooks_are_stored_without_outputs() -> None:
    paths = sorted(NOTEBOOKS.glob("*.ipynb"))
    assert [p.name for p in paths] == ["explore.ipynb"]
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, path


def execute(out: Path, monkeypatch: pytest.MonkeyPatch) -> nbformat.NotebookNode:
    monkeypatch.setenv("MOVEMENT_GRAPH_OUT", str(out))
    nb = nbformat.read(NOTEBOOKS / "explore.ipynb", as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    return nb


def outputs(nb: nbformat.NotebookNode) -> list[dict]:
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]


def check(nb: nbformat.NotebookNode) -> str:
    """Check what every researcher should see; return all the text printed."""
    outs = outputs(nb)
    assert not [o for o in outs if o.output_type == "error"]
    stderr = [o.text for o in outs if o.output_type == "stream" and o.name == "stderr"]
    assert stderr == [], stderr  # no warnings either
    assert sum("image/png" in o.get("data", {}) for o in outs) >= 2  # the figures
    pyvis = [o for o in outs if "<iframe srcdoc=" in o.get("data", {}).get("text/html", "")]
    assert len(pyvis) == 1
    html = pyvis[0]["data"]["text/html"]
    assert "vis.Network" in html and 'src="https://' not in html and 'href="https://' not in html
    return "".join(o.text for o in outs if o.output_type == "stream")


def example_organisation(store: Path) -> str:
    """The organisation whose evidence the notebook shows (section 6): of the ICOR participants
    with an acronym, the one whose participation rests on the most documents."""

    def run(name: str) -> list[dict]:
        variables, rows = select(store, (QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
        return [dict(zip(variables, r, strict=True)) for r in rows]

    with_acronym = {r["org"] for r in run("icor-participants") if r["acronym"]}
    support = run("participation-support")
    return next(r["org"] for r in support if r["network"] == "ICOR" and r["org"] in with_acronym)


def test_explore_on_the_fixture_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    s = ox.Store(str(store))
    s.bulk_load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    s.flush()
    del s
    text = check(execute(tmp_path, monkeypatch))
    assert "ICOR: 7 participants, ICMLPO: 4 participants" in text
    assert "organisation: https://w3id.org/movement-graph/id/org/rwpd-de" in text
    assert example_organisation(store) == "https://w3id.org/movement-graph/id/org/rwpd-de"
    assert "quote: 'RWPD Revolutionäre Werkstattpartei Deutschlands" in text


@pytest.mark.model
def test_explore_on_the_bundled_corpus(
    built_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gold: dict[str, Any]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    shutil.copytree(built_out / "store", out / "store")  # a private copy: nothing shared is touched
    text = check(execute(out, monkeypatch))
    icor, icmlpo = gold["ICOR"].participants, gold["ICMLPO"].participants
    assert f"ICOR: {icor} participants, ICMLPO: {icmlpo} participants" in text
    assert f"organisation: {example_organisation(built_out / 'store')}\n" in text
    assert "matches the quote: True" in text
