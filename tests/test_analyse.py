"""Analyses of a built graph: loading, graphs, metrics and the files written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from movement_graph.analyse import (
    analyse,
    analysis,
    centrality,
    communities,
    cosignature_graph,
    document_event_graph,
    document_graph,
    load_graph,
    participation_graph,
    supporting_documents,
)
from movement_graph.cli import app
from movement_graph.errors import MovementGraphError
from movement_graph.vocab import ID

FIXTURE = Path(__file__).parent / "fixtures" / "mini_graph.trig"
ICMLPO, ICOR = ID + "network/ICMLPO", ID + "network/ICOR"


def org(slug: str) -> str:
    return ID + "org/" + slug


@pytest.fixture(scope="module")
def data():
    return load_graph(FIXTURE)


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    shutil.copy(FIXTURE, tmp_path / "graph.trig")
    return tmp_path


def test_load_reads_names_countries_and_relations(data):
    assert len(data.organisations) == 8
    assert data.organisations[org("rwpd-de")].label == "Revolutionary Workshop Party of Germany"
    assert data.organisations[org("rwpd-de")].acronyms == ("RWPD",)
    assert data.networks[ICMLPO].acronyms == ("CIPOML", "ICMLPO")
    # a historical country is grouped under its successor's code
    assert data.org_iso(org("pprv-bf")) == "BF"
    assert data.country_label("BF") == "Upper Volta"
    assert data.continent("BF") == "Africa"
    assert data.documents[ID + "doc/002_bbbb-1"].year == 2024
    assert (ID + "doc/002_bbbb-0", org("evil-tn")) in data.signed


@pytest.mark.parametrize(
    ("network", "expected"),
    [
        (ICMLPO, {"pccf-fr", "tzp-tr", "pprv-bf", "lrcml-co"}),
        (ICOR, {"rwpd-de", "lrm-co", "evil-tn", "lrcml-co"}),
    ],
)
def test_participants(data, network, expected):
    assert set(data.participants(network)) == {org(s) for s in expected}


def test_graphs(data):
    P = participation_graph(data)
    assert P.number_of_nodes() == 2 + 7 and P.number_of_edges() == 8
    assert P[org("rwpd-de")][ICOR]["member"] is True
    Pc = participation_graph(data, networks=[ICOR], countries=True)
    assert sorted(a["country"] for _, a in Pc.nodes(data=True) if a["kind"] == "country") == [
        "CO",
        "DE",
        "TN",
    ]
    D = document_graph(data)
    assert D[org("tzp-tr")][ID + "conference/icmlpo-plenary-2009-11"]["relation"] == "attended"
    assert D[org("lrcml-co")][ID + "doc/001_aaaa-0"]["relation"] == "participant"
    C = cosignature_graph(data)
    assert C[org("rwpd-de")][org("evil-tn")]["weight"] == 2
    assert C[org("rwpd-de")][org("lrm-co")]["weight"] == 1
    assert not C.has_edge(org("pccf-fr"), org("rwpd-de"))
    E = document_event_graph(data)
    assert E[ID + "doc/001_aaaa-0"][ID + "event/coup-hn-2009"]["relation"] == "condemns mentions"


def test_supporting_documents(data):
    assert supporting_documents(data, org("rwpd-de"), ICOR) == [
        ID + "doc/002_bbbb-0",
        ID + "doc/002_bbbb-1",
    ]
    # attended the conference that adopted the declaration
    assert supporting_documents(data, org("tzp-tr"), ICMLPO) == [ID + "doc/001_aaaa-0"]


def test_metrics_are_deterministic():
    G = nx.barbell_graph(5, 1)
    assert communities(G, seed=1) == communities(G, seed=1)
    c = centrality(G, weight=None)
    assert c["5"]["betweenness"] == max(v["betweenness"] for v in c.values())
    assert centrality(nx.Graph()) == {} and communities(nx.Graph()) == []


def test_analysis(data):
    result = analysis(data)
    icmlpo, icor = result["networks"]["ICMLPO"], result["networks"]["ICOR"]
    assert (icmlpo["participant_count"], icmlpo["country_count"]) == (4, 4)
    assert (icor["participant_count"], icor["country_count"]) == (4, 3)
    assert icmlpo["continents"] == {"Africa": 1, "Asia": 1, "Europe": 1, "South America": 1}
    assert [c["iso"] for c in icmlpo["countries"]] == ["BF", "CO", "FR", "TR"]
    assert result["overlap"] == [
        {"networks": ["ICMLPO", "ICOR"], "organisations": [org("lrcml-co")], "countries": ["CO"]}
    ]
    assert result["unaffiliated"] == [org("pmp-pe")]
    assert icor["participants_by_year"] == {"2023": 4, "2024": 2}
    rows = {(r["organisation"], r["network"]): r for r in result["timeline"]}
    assert (
        rows[org("rwpd-de"), "ICOR"]["first_year"],
        rows[org("rwpd-de"), "ICOR"]["last_year"],
    ) == (2023, 2024)
    events = [(r["network"], r["year"], r["event"].rsplit("/", 1)[-1]) for r in result["events_by_year"]]
    assert events == [
        ("ICMLPO", 2009, "coup-hn-2009"),
        ("ICOR", 2023, "protests-pe-2023"),
        ("ICOR", 2024, "coup-hn-2009"),
    ]
    assert len(result["cosignature"]["communities"]) == 2


def test_analyse_writes_deterministic_files(out):
    written = analyse(out)
    names = {p.relative_to(out).as_posix() for p in written}
    assert {
        "analysis.json",
        "tables/participants.csv",
        "tables/centrality.csv",
        "exports/movement-graph.graphml",
        "exports/movement-graph.gexf",
        "exports/movement-graph-nodes.csv",
        "exports/cosignature.gexf",
    } <= names
    first = {p: p.read_bytes() for p in written}
    analyse(out)
    assert {p: p.read_bytes() for p in written} == first
    assert json.loads((out / "analysis.json").read_text())["networks"]["ICOR"]["participant_count"] == 4
    G = nx.read_graphml(out / "exports" / "movement-graph.graphml")
    assert G.nodes[org("evil-tn")]["label"] == "<script>alert(1)</script>"
    assert nx.read_gexf(out / "exports" / "cosignature.gexf").number_of_nodes() == 7
    assert not list(out.glob(".*"))  # no temporary files left behind


def test_no_built_graph_is_a_clear_error(tmp_path):
    with pytest.raises(MovementGraphError, match="no built graph"):
        analyse(tmp_path)
    result = CliRunner().invoke(app, ["analyse", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "no built graph" in " ".join(result.output.split())


@pytest.mark.slow
@pytest.mark.model
def test_built_out_networks(built_out):
    result = json.loads((built_out / "analysis.json").read_text(encoding="utf-8"))
    icmlpo, icor = result["networks"]["ICMLPO"], result["networks"]["ICOR"]
    assert icmlpo["participant_count"] == 16
    assert icmlpo["country_count"] == 16
    assert icor["participant_count"] == 31
    (pair,) = [r for r in result["overlap"] if set(r["networks"]) == {"ICMLPO", "ICOR"}]
    assert pair["organisations"] == []
    assert pair["countries"] == ["CO", "DO", "FR", "TN", "TR"]
