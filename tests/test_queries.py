"""The competency queries in queries/: each answers its question on the fixture graph and on
the bundled corpus."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from movement_graph.rdf.query import parse_bindings, select

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"
ID = "https://w3id.org/movement-graph/id/"


def org(slug: str) -> str:
    return f"{ID}org/{slug}"


def doc(name: str) -> str:
    return f"{ID}doc/{name}"


def run(store: Path, name: str, **bindings: str) -> list[dict[str, Any]]:
    """Run queries/<name>.rq with bindings given as --bind values; rows as dicts."""
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    items = [f"{k}={v}" for k, v in bindings.items()]
    variables, rows = select(store, text, bindings=parse_bindings(items))
    return [dict(zip(variables, r, strict=True)) for r in rows]


def test_every_query_file_states_its_question() -> None:
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 12
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert re.match(r"# Question: .+\?\n", text), f"{f.name}: no '# Question: ...?' line"
        assert "# Answer:" in text, f"{f.name}: no '# Answer:' comment"


# (query, bindings, columns compared, expected rows as tuples of those columns)
FIXTURE_ANSWERS: list[tuple[str, dict[str, str], tuple[str, ...], set[tuple[Any, ...]]]] = [
    (
        "icor-participants",
        {},
        ("org", "acronym", "country"),
        {
            (org("rwpd-de"), "RWPD", "DE"),
            (org("adkp-tr"), "ADKP", "TR"),
            (org("lrcml-co"), "LRC-ML", "CO"),
            (org("ocvt-fr"), "OC-VT", "FR"),
            (org("poap-pe"), "POAP", "PE"),
            (org("ulv-hvbf"), "", "BF"),
            (org("igw"), "", ""),
        },
    ),
    (
        "icmlpo-participants",
        {},
        ("org", "name", "country", "countryName"),
        {
            (org("pccf-fr"), "Communist Railworkers' Party of France", "FR", "France"),
            (org("tzp-tr"), "Workbench Party (Turkey)", "TR", "Turkey"),
            (org("lrdc-co"), "Red League of Colombia – Marxist-Leninist", "CO", "Colombia"),
            (org("pprv-bf"), "Revolutionary Peasants' Party of Volta", "BF", "Burkina Faso"),
        },
    ),
    (
        "countries-in-both-networks",
        {},
        ("country", "countryName", "icorParticipants", "icmlpoParticipants"),
        {
            ("BF", "Burkina Faso", 1, 1),
            ("CO", "Colombia", 1, 1),
            ("FR", "France", 1, 1),
            ("TR", "Turkey", 1, 1),
        },
    ),
    (
        "documents-signed-by",
        {"org": f"<{org('rwpd-de')}>"},
        ("org", "doc", "date"),
        {
            (org("rwpd-de"), doc("icor_a-0"), "2023-02-07"),
            (org("rwpd-de"), doc("icor_b-0"), "2009-07"),
        },
    ),
    (
        "documents-signed-by",
        {"org": f"<{org('pprv-bf')}>"},
        ("doc", "file"),
        {(doc("icmlpo_a-0"), "icmlpo_a.txt")},
    ),
    (
        "find-organisation",
        {"text": "rwpd"},
        ("org", "acronym", "country", "networks"),
        {(org("rwpd-de"), "RWPD", "DE", "ICOR")},
    ),
    ("find-organisation", {"text": "Colombia"}, ("org",), {(org("lrcml-co"),), (org("lrdc-co"),)}),
    (
        "participation-support",
        {},
        ("org", "network", "documents"),
        {
            (org("rwpd-de"), "ICOR", 2),
            (org("adkp-tr"), "ICOR", 1),
            (org("lrcml-co"), "ICOR", 1),
            (org("ocvt-fr"), "ICOR", 1),
            (org("poap-pe"), "ICOR", 1),
            (org("ulv-hvbf"), "ICOR", 1),
            (org("igw"), "ICOR", 1),
            (org("pccf-fr"), "ICMLPO", 2),
            (org("tzp-tr"), "ICMLPO", 1),
            (org("lrdc-co"), "ICMLPO", 1),
            (org("pprv-bf"), "ICMLPO", 1),
        },
    ),
    (
        "participations-on-one-document",
        {},
        ("org", "network", "file"),
        {
            (org("adkp-tr"), "ICOR", "icor_a.txt"),
            (org("lrcml-co"), "ICOR", "icor_a.txt"),
            (org("ocvt-fr"), "ICOR", "icor_a.txt"),
            (org("poap-pe"), "ICOR", "icor_a.txt"),
            (org("ulv-hvbf"), "ICOR", "icor_a.txt"),
            (org("igw"), "ICOR", "icor_a.txt"),
            (org("tzp-tr"), "ICMLPO", "icmlpo_a.txt"),
            (org("lrdc-co"), "ICMLPO", "icmlpo_a.txt"),
            (org("pprv-bf"), "ICMLPO", "icmlpo_a.txt"),
        },
    ),
    (
        "events-by-network-and-year",
        {},
        ("network", "year", "event", "type", "documents"),
        {
            ("ICOR", 2009, f"{ID}event/coup-hn-2009", "coup", 1),
            ("ICOR", 2023, f"{ID}event/coup-pe-2022", "coup", 1),
            ("ICMLPO", 2009, f"{ID}event/crisis-2008", "crisis", 1),
            ("ICMLPO", 2011, f"{ID}event/revolution-tn-2011", "revolution", 1),
        },
    ),
    (
        "documents-condemning-a-coup",
        {},
        ("doc", "network", "event", "country"),
        {
            (doc("icor_a-0"), "ICOR", f"{ID}event/coup-pe-2022", "PE"),
            (doc("icor_b-0"), "ICOR", f"{ID}event/coup-hn-2009", "HN"),
        },
    ),
    (
        "conference-attendance",
        {},
        ("conference", "network", "date", "org", "country"),
        {
            (f"{ID}conference/icmlpo-plenary-2009-11", "ICMLPO", "2009-11", org(o), c)
            for o, c in (("pccf-fr", "FR"), ("tzp-tr", "TR"), ("lrdc-co", "CO"))
        },
    ),
    (
        "persons-and-events",
        {},
        ("personName", "eventName", "documents", "files"),
        {
            ("Pedro Castillo", "coup in Peru, December 2022", 1, "icor_a.txt"),
            ("José Manuel Zelaya", "coup d'état in Honduras, 2009", 1, "icor_b.txt"),
            ("Mohamed Bouazizi", "Tunisian revolution", 1, "icmlpo_b.txt"),
        },
    ),
    (
        "participation-evidence",
        {"org": f"<{org('rwpd-de')}>", "network": f"<{ID}network/ICOR>"},
        ("doc", "predicate", "file", "start", "end", "quote"),
        {
            (
                doc("icor_a-0"),
                "https://w3id.org/movement-graph/ontology#participatesIn",
                "icor_a.txt",
                600,
                640,
                "Signatories (ICOR member organisations):",
            ),
            (
                doc("icor_a-0"),
                "https://w3id.org/movement-graph/ontology#signedBy",
                "icor_a.txt",
                650,
                735,
                "RWPD Revolutionäre Werkstattpartei Deutschlands (Revolutionary Workshop Party of Germany)",
            ),
            (
                doc("icor_b-0"),
                "https://w3id.org/movement-graph/ontology#signedBy",
                "icor_b.txt",
                420,
                424,
                "RWPD",
            ),
        },
    ),
    (
        "organisations-without-country",
        {},
        ("org", "name", "networks", "documents"),
        {(org("igw"), "Internationalist Workers' Group", "ICOR", 1)},
    ),
    (
        "network-sizes",
        {},
        ("network", "participants", "members", "countries", "documents"),
        {("ICOR", 7, 1, 6, 2), ("ICMLPO", 4, 0, 4, 2), ("RIM", 0, 0, 0, 0)},
    ),
]


@pytest.mark.parametrize(
    ("name", "bindings", "columns", "expected"),
    FIXTURE_ANSWERS,
    ids=[f"{a[0]}-{i}" for i, a in enumerate(FIXTURE_ANSWERS)],
)
def test_query_answers_on_the_fixture(
    store: Path,
    name: str,
    bindings: dict[str, str],
    columns: tuple[str, ...],
    expected: set[tuple[Any, ...]],
) -> None:
    rows = run(store, name, **bindings)
    got = [tuple("" if r[c] is None else r[c] for c in columns) for r in rows]
    assert len(got) == len(set(got)), f"{name}: duplicate rows {got}"
    assert set(got) == expected


def test_every_query_file_is_checked_on_the_fixture() -> None:
    assert {f.stem for f in QUERIES.glob("*.rq")} == {a[0] for a in FIXTURE_ANSWERS}


def test_queries_with_bindings_list_everything_when_unbound(store: Path) -> None:
    assert len(run(store, "documents-signed-by")) == 13
    assert len(run(store, "participation-evidence")) == 5
    assert run(store, "find-organisation") == []


# --------------------------------------------------- the listing queries, sorted and paged
# The three queries that list documents or quotes sort on short strings cut from the IRIs,
# the event counts on the position the build gives them, and each looks up the rest for one
# page at a time (see their headers). Their answers must be those of the plain formulation
# below, in the same order (ties of the plain ORDER BY excepted).
PLAIN: dict[str, tuple[str, tuple[str, ...]]] = {
    "events-by-network-and-year": (
        """SELECT ?network ?year ?event ?name ?type ?eventDate ?documents WHERE {
             GRAPH id:graph\\/resolution {
               ?count a mg:EventCount ; mg:countedEvent ?event ; mg:countedNetwork ?n ;
                   mg:documentCount ?documents .
               OPTIONAL { ?count mg:year ?y } OPTIONAL { ?event skos:prefLabel ?name }
               OPTIONAL { ?event mg:eventType ?t } OPTIONAL { ?event schema:startDate ?eventDate } }
             BIND(STRAFTER(STR(?n), "/network/") AS ?network) BIND(YEAR(?y) AS ?year)
             BIND(STRAFTER(STR(?t), "/event-type/") AS ?type)
           } ORDER BY ?network ?year ?event""",
        ("network", "year", "event"),
    ),
    "documents-signed-by": (
        """SELECT DISTINCT ?org ?doc ?date ?title ?network ?file WHERE {
             ?doc mg:signedBy ?org .
             OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc dcterms:title ?title }
             OPTIONAL { ?doc mg:network ?network } OPTIONAL { ?doc mg:sourceFile ?file }
           } ORDER BY ?org ?date ?doc""",
        ("org", "date", "doc"),
    ),
    "documents-condemning-a-coup": (
        """SELECT DISTINCT ?doc ?date ?title ?network ?event ?eventName ?eventDate ?country WHERE {
             ?event mg:eventType id:event-type\\/coup .
             OPTIONAL { ?event skos:prefLabel ?eventName } OPTIONAL { ?event schema:startDate ?eventDate }
             OPTIONAL { ?event mg:country ?c } OPTIONAL { ?c mg:iso3166 ?country }
             ?doc mg:condemns ?event .
             OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc dcterms:title ?title }
             OPTIONAL { ?doc mg:network ?n } BIND(STRAFTER(STR(?n), "/network/") AS ?network)
           } ORDER BY ?date ?doc""",
        ("date", "doc"),
    ),
    "participation-evidence": (
        """SELECT DISTINCT ?participation ?org ?network ?doc ?predicate ?file ?start ?end ?quote WHERE {
             ?participation a mg:Participation ;
                 org:member ?org ; org:organization ?network ; mg:restsOn ?doc .
             GRAPH ?doc {
               ?evidence a mg:Evidence ; rdf:predicate ?predicate ;
                   mg:sourceFile ?file ; mg:charStart ?start ; mg:charEnd ?end ; mg:quote ?quote .
               { ?evidence rdf:subject ?org } UNION { ?evidence rdf:object ?org } }
             FILTER(?predicate IN (mg:participatesIn, org:memberOf, mg:signedBy, mg:participant,
                                   mg:attended))
           } ORDER BY ?doc ?start""",
        ("doc", "start"),
    ),
}


def listing_bindings(store: Path, name: str) -> list[dict[str, str]]:
    """No binding, and each value of the query's bindings that the store holds."""
    if name == "documents-signed-by":
        _, rows = select(store, "SELECT DISTINCT ?o WHERE { ?d mg:signedBy ?o }")
        return [{}] + [{"org": f"<{o}>"} for (o,) in rows]
    if name == "documents-condemning-a-coup":
        _, rows = select(store, "SELECT DISTINCT ?e WHERE { ?d mg:condemns ?e }")
        return [{}] + [{"event": f"<{e}>"} for (e,) in rows]
    if name == "events-by-network-and-year":
        return [{}]
    _, rows = select(
        store, "SELECT ?p ?o ?n WHERE { ?p a mg:Participation ; org:member ?o ; org:organization ?n }"
    )
    return (
        [{}]
        + [{"participation": f"<{p}>"} for p, _, _ in rows]
        + [{"org": f"<{o}>", "network": f"<{n}>"} for _, o, n in rows]
        + [{"org": f"<{o}>"} for o in sorted({o for _, o, _ in rows})]
    )


def assert_answers_as_plain(store: Path, name: str) -> int:
    plain, keys = PLAIN[name]
    checked = 0
    for b in listing_bindings(store, name):
        rows = run(store, name, **b)
        variables, expected = select(
            store, plain, bindings=parse_bindings([f"{k}={v}" for k, v in b.items()])
        )
        want = [dict(zip(variables, r, strict=True)) for r in expected]
        assert sorted(map(repr, rows)) == sorted(map(repr, want)), (name, b)
        assert [tuple(r[k] for k in keys) for r in rows] == [tuple(r[k] for k in keys) for r in want], (
            name,
            b,
        )
        checked += len(rows)
    return checked


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_listing_query_answers_as_the_plain_query(store: Path, name: str) -> None:
    assert assert_answers_as_plain(store, name) > 0


# every attendance, as plainly asked; conference-attendance must give the same rows, sorted
# by the conference's date (the undated first), the conference, the organisation's name
PLAIN_ATTENDANCE = """SELECT DISTINCT ?conference ?conferenceName ?network ?date ?org ?name ?country WHERE {
  ?org mg:attended ?conference . ?conference a mg:Conference . ?org a mg:PoliticalOrganisation .
  OPTIONAL { GRAPH id:graph\\/resolution { ?conference skos:prefLabel ?conferenceName } }
  OPTIONAL { ?conference mg:conferenceOf ?n } BIND(STRAFTER(STR(?n), "/network/") AS ?network)
  OPTIONAL { ?conference schema:startDate ?date }
  OPTIONAL { GRAPH id:graph\\/resolution { ?org skos:prefLabel ?name } }
  OPTIONAL { ?org mg:country ?c . ?c mg:iso3166 ?country } }"""


def assert_attendance_as_plain(store: Path) -> int:
    rows = run(store, "conference-attendance")
    variables, plain = select(store, PLAIN_ATTENDANCE)
    want = [dict(zip(variables, r, strict=True)) for r in plain]
    assert sorted(map(repr, rows)) == sorted(map(repr, want))
    order = sorted(rows, key=lambda r: (str(r["date"] or ""), r["conference"], r["name"] or "", r["org"]))
    assert [(r["conference"], r["org"]) for r in rows] == [(r["conference"], r["org"]) for r in order]
    return len(rows)


def test_conference_attendance_answers_as_the_plain_query_in_order(store: Path) -> None:
    assert assert_attendance_as_plain(store) == 3


def pages(
    store: Path, name: str, size: int, count: int | None = None, **bindings: str
) -> list[list[dict[str, Any]]]:
    """The answer of queries/<name>.rq page by page: ``count`` pages, or up to the first empty one."""
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    bind = parse_bindings([f"{k}={v}" for k, v in bindings.items()])
    out: list[list[dict[str, Any]]] = []
    while count is None or len(out) < count:
        variables, rows = select(store, text, bindings=bind, limit=size, offset=size * len(out))
        if not rows and count is None:
            break
        out.append([dict(zip(variables, r, strict=True)) for r in rows])
    return out


@pytest.mark.parametrize(
    ("name", "bindings", "unit"),
    [
        ("documents-signed-by", {}, ("org", "doc")),
        ("documents-signed-by", {"org": f"<{org('rwpd-de')}>"}, ("org", "doc")),
        ("documents-condemning-a-coup", {}, ("doc", "event")),
        ("events-by-network-and-year", {}, ("network", "year", "event")),
        (
            "participation-evidence",
            {"org": f"<{org('rwpd-de')}>", "network": f"<{ID}network/ICOR>"},
            ("doc",),
        ),
        ("participation-evidence", {"participation": f"<{ID}participation/pccf-fr--ICMLPO>"}, ("doc",)),
    ],
)
@pytest.mark.parametrize("size", [1, 2, 5])
def test_pages_give_the_whole_answer_in_order(
    store: Path, name: str, bindings: dict[str, str], unit: tuple[str, ...], size: int
) -> None:
    whole = run(store, name, **bindings)
    got = pages(store, name, size, **bindings)
    assert [r for page in got for r in page] == whole
    # a page holds the rows of at most `size` of what the query pages by, none split
    assert all(len({tuple(r[k] for k in unit) for r in page}) <= size for page in got)
    assert len({tuple(r[k] for k in unit) for r in whole}) > size or len(got) == 1


def test_participation_evidence_pages_all_participations(store: Path) -> None:
    # unbound, a page holds pairs of participation and document: the pages hold the whole
    # answer, though a document's rows may be split between two of them
    # (the fixture's participations rest on documents where not every one is quoted: such a
    # pair gives an empty page, so all 13 pairs are read)
    whole = run(store, "participation-evidence")
    got = pages(store, "participation-evidence", 1, count=13)
    assert sorted(repr(r) for page in got for r in page) == sorted(map(repr, whole)) and len(whole) == 5
    assert pages(store, "participation-evidence", 1, count=14)[13] == []


# ------------------------------------------------------------ the bundled corpus
#: a query whose empty answer on the corpus is a good outcome, not a failure
MAY_BE_EMPTY = {"organisations-without-country"}


@pytest.fixture(scope="module")
def corpus_store(built_out: Path) -> Path:
    return built_out / "store"


@pytest.mark.model
@pytest.mark.slow
def test_corpus_participants_per_network(corpus_store: Path, gold: dict[str, Any]) -> None:
    assert len({r["org"] for r in run(corpus_store, "icor-participants")}) == gold["ICOR"].participants
    assert len({r["org"] for r in run(corpus_store, "icmlpo-participants")}) == gold["ICMLPO"].participants


@pytest.mark.model
@pytest.mark.slow
def test_corpus_countries_in_both_networks(corpus_store: Path, gold: dict[str, Any]) -> None:
    rows = run(corpus_store, "countries-in-both-networks")
    both = gold["ICOR"].countries & gold["ICMLPO"].countries
    assert both and [r["country"] for r in rows] == sorted(both)
    assert all(r["icorParticipants"] >= 1 and r["icmlpoParticipants"] >= 1 for r in rows)


@pytest.mark.model
@pytest.mark.slow
def test_corpus_icor_signatory_is_found_by_its_acronym(
    corpus_store: Path, icor_signatory: tuple[str, str]
) -> None:
    iri, acronym = icor_signatory
    # the acronym may name other organisations too: the one taken from the build is found once
    found = [r for r in run(corpus_store, "find-organisation", text=acronym) if r["org"] == iri]
    assert len(found) == 1, found
    assert acronym in found[0]["acronym"].split(", ") and "ICOR" in found[0]["networks"].split(", ")
    signed = run(corpus_store, "documents-signed-by", org=f"<{iri}>")
    _, direct = select(corpus_store, f"SELECT DISTINCT ?doc WHERE {{ ?doc mg:signedBy <{iri}> }}")
    assert signed and {r["doc"] for r in signed} == {d for (d,) in direct}
    assert all(r["org"] == iri for r in signed)


@pytest.mark.model
@pytest.mark.slow
def test_corpus_every_participation_rests_on_one_document(corpus_store: Path) -> None:
    support = run(corpus_store, "participation-support")
    assert support and {r["documents"] for r in support} == {1}
    alone = run(corpus_store, "participations-on-one-document")
    assert {r["participation"] for r in alone} == {r["participation"] for r in support}
    assert all(r["file"] for r in alone)


# the events of each network's documents per year, counted from the document graphs
EVENTS_FROM_DOCUMENTS = """
SELECT ?network ?year ?event (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  { SELECT DISTINCT ?doc ?event WHERE { ?event a mg:Event . ?doc schema:mentions|mg:condemns|mg:supports ?event } }
  { SELECT DISTINCT ?doc ?network WHERE { ?doc a mg:Document ; mg:network ?n
                                          BIND(STRAFTER(STR(?n), "/network/") AS ?network) } }
  OPTIONAL { SELECT DISTINCT ?doc ?year WHERE { ?doc dcterms:date ?date BIND(YEAR(?date) AS ?year) } }
} GROUP BY ?network ?year ?event"""


@pytest.mark.model
@pytest.mark.slow
def test_corpus_event_counts_are_those_of_the_document_graphs(corpus_store: Path) -> None:
    variables, rows = select(corpus_store, EVENTS_FROM_DOCUMENTS)
    counted = {tuple(r) for r in rows}
    summary = {
        (r["network"], r["year"], r["event"], r["documents"])
        for r in run(corpus_store, "events-by-network-and-year")
    }
    assert counted and summary == counted


@pytest.mark.model
@pytest.mark.slow
def test_corpus_network_document_counts_are_those_of_the_document_graphs(corpus_store: Path) -> None:
    _, rows = select(
        corpus_store,
        "SELECT ?n (COUNT(DISTINCT ?d) AS ?c) WHERE { ?d a mg:Document ; mg:network ?n } GROUP BY ?n",
    )
    counted = {str(n).rsplit("/", 1)[-1]: c for n, c in rows}
    sizes = {r["network"]: r["documents"] for r in run(corpus_store, "network-sizes")}
    assert counted and all(sizes[k] == v for k, v in counted.items())
    assert all(v == 0 for k, v in sizes.items() if k not in counted)


@pytest.mark.model
@pytest.mark.slow
def test_corpus_organisation_document_counts_are_those_of_the_document_graphs(corpus_store: Path) -> None:
    _, rows = select(
        corpus_store,
        "SELECT ?o (COUNT(DISTINCT ?d) AS ?c) WHERE { GRAPH ?d { ?d a mg:Document . ?o a mg:PoliticalOrganisation } }"
        " GROUP BY ?o",
    )
    _, stated = select(
        corpus_store,
        "SELECT ?o ?c WHERE { GRAPH id:graph\\/resolution { ?o mg:documentCount ?c ; a mg:PoliticalOrganisation } }",
    )
    assert rows and {(str(o), c) for o, c in rows} == {(str(o), c) for o, c in stated}


@pytest.mark.model
@pytest.mark.slow
def test_corpus_evidence_behind_one_participation(corpus_store: Path) -> None:
    one = run(corpus_store, "participation-support")[0]
    rows = run(corpus_store, "participation-evidence", participation=f"<{one['participation']}>")
    assert rows, f"no evidence for {one['participation']}"
    for r in rows:
        assert r["file"] and r["quote"] and 0 <= r["start"] < r["end"]


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(f.stem for f in QUERIES.glob("*.rq")))
def test_corpus_every_query_runs(corpus_store: Path, name: str) -> None:
    rows = run(corpus_store, name)
    head = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    if "# Bind:" not in head and name not in MAY_BE_EMPTY:
        assert rows, f"{name}: no answer on the bundled corpus"


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PLAIN))
def test_corpus_listing_query_answers_as_the_plain_query(corpus_store: Path, name: str) -> None:
    assert assert_answers_as_plain(corpus_store, name) > 0


@pytest.mark.model
@pytest.mark.slow
def test_corpus_conference_attendance_answers_as_the_plain_query_in_order(corpus_store: Path) -> None:
    assert assert_attendance_as_plain(corpus_store) > 0


@pytest.mark.model
@pytest.mark.slow
def test_corpus_positions_number_organisations_by_name_and_conferences_by_date(
    corpus_store: Path,
) -> None:
    for kind, key in (
        ("mg:PoliticalOrganisation", "skos:prefLabel"),
        ("mg:Conference", "schema:startDate"),
    ):
        _, rows = select(
            corpus_store,
            f"SELECT ?n ?position ?key WHERE {{ GRAPH id:graph\\/resolution {{ ?n a {kind} ; mg:sortPosition ?position"
            f" OPTIONAL {{ ?n {key} ?key }} }} }} ORDER BY ?position",
        )
        _, nodes = select(corpus_store, f"SELECT DISTINCT ?n WHERE {{ ?n a {kind} }}")
        assert [p for _, p, _ in rows] == list(range(1, len(nodes) + 1)), kind
        assert [n for n, _, _ in rows] == [
            n for n, _, _ in sorted(rows, key=lambda r: (str(r[2] or ""), r[0]))
        ]


@pytest.mark.model
@pytest.mark.slow
def test_corpus_iris_are_minted_where_the_sort_keys_expect_them(corpus_store: Path) -> None:
    # the listing queries sort documents and organisations on the characters after the 39 of
    # id:doc/ and id:org/: every document and signatory of a build is minted there
    _, docs = select(corpus_store, "SELECT DISTINCT ?d WHERE { GRAPH ?d { ?d a mg:Document } }")
    _, orgs = select(corpus_store, "SELECT DISTINCT ?o WHERE { ?d mg:signedBy ?o }")
    assert docs and all(d.startswith(f"{ID}doc/") and len(f"{ID}doc/") == 39 for (d,) in docs)
    assert orgs and all(o.startswith(f"{ID}org/") and len(f"{ID}org/") == 39 for (o,) in orgs)
