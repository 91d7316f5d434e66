"""The ontology, its SHACL shapes and the reference data agree with each other and with MG."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pycountry
import pytest
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, URIRef

from movement_graph.model import EVENT_TYPES
from movement_graph.vocab import MG

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
REFERENCE = ROOT / "data" / "reference"
NS = str(MG._NS)
PREFIXES = """
@prefix mg: <https://w3id.org/movement-graph/ontology#> .
@prefix id: <https://w3id.org/movement-graph/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
"""


def _mg_terms_in_vocab() -> set[str]:
    return {name for name in MG.__annotations__ if not name.startswith("_")}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "movement.ttl")


@pytest.fixture(scope="module")
def event_types() -> Graph:
    return Graph().parse(ONTOLOGY / "event-types.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY / "shapes.ttl")


# --- ontology ------------------------------------------------------------------------


def test_every_vocab_term_is_declared(ontology: Graph) -> None:
    declared = {
        str(s)[len(NS) :]
        for s in ontology.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }
    assert sorted(_mg_terms_in_vocab() - declared) == []


def test_every_declared_term_is_in_vocab(ontology: Graph) -> None:
    used = {
        str(t)[len(NS) :]
        for triple in ontology
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(NS)
    }
    assert sorted(used - _mg_terms_in_vocab()) == []


@pytest.mark.parametrize("term", sorted(_mg_terms_in_vocab()))
def test_term_is_documented(ontology: Graph, term: str) -> None:
    iri = MG[term]
    kinds = set(ontology.objects(iri, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, term
    assert not {OWL.ObjectProperty, OWL.DatatypeProperty} <= kinds, term
    assert ontology.value(iri, RDFS.label) is not None, term
    assert ontology.value(iri, RDFS.comment) is not None, term


@pytest.mark.parametrize(
    ("cls", "parent"),
    [
        (MG.Network, "http://www.w3.org/ns/org#Organization"),
        (MG.PoliticalOrganisation, "http://www.w3.org/ns/org#FormalOrganization"),
        (MG.Conference, "https://schema.org/Event"),
        (MG.Document, "https://schema.org/CreativeWork"),
        (MG.Document, "http://www.w3.org/ns/prov#Entity"),
        (MG.Event, "https://schema.org/Event"),
        (MG.Country, "https://schema.org/Country"),
        (MG.Evidence, "http://www.w3.org/ns/prov#Entity"),
        (MG.Participation, "http://www.w3.org/ns/org#Membership"),
        (MG.EventType, str(SKOS.Concept)),
    ],
)
def test_alignment(ontology: Graph, cls: URIRef, parent: str) -> None:
    assert (cls, RDFS.subClassOf, URIRef(parent)) in ontology


@pytest.mark.parametrize(
    ("prop", "kind"),
    [
        (MG.participatesIn, OWL.ObjectProperty),
        (MG.signedBy, OWL.ObjectProperty),
        (MG.restsOn, OWL.ObjectProperty),
        (MG.eventType, OWL.ObjectProperty),
        (MG.condemns, OWL.ObjectProperty),
        (MG.country, OWL.ObjectProperty),
        (MG.evidenceCount, OWL.DatatypeProperty),
        (MG.ordinal, OWL.DatatypeProperty),
        (MG.conferenceKind, OWL.DatatypeProperty),
        (MG.iso3166, OWL.DatatypeProperty),
        (MG.charStart, OWL.DatatypeProperty),
        (MG.quote, OWL.DatatypeProperty),
    ],
)
def test_property_kind(ontology: Graph, prop: URIRef, kind: URIRef) -> None:
    assert (prop, RDF.type, kind) in ontology


def test_ontology_has_no_blank_nodes(ontology: Graph, event_types: Graph) -> None:
    # the build may copy these triples into its byte-identical output
    assert not [t for g in (ontology, event_types) for triple in g for t in triple if isinstance(t, BNode)]


@pytest.mark.parametrize("name", EVENT_TYPES)
def test_event_type_concept(event_types: Graph, name: str) -> None:
    iri = URIRef(f"https://w3id.org/movement-graph/id/event-type/{name}")
    assert (iri, RDF.type, SKOS.Concept) in event_types
    assert (iri, RDF.type, MG.EventType) in event_types
    label = event_types.value(iri, SKOS.prefLabel)
    assert label is not None and label.language == "en"
    assert event_types.value(iri, SKOS.definition) is not None


def test_every_event_type_is_allowed_by_the_shapes(shapes: Graph) -> None:
    """The shapes' sh:in list of event types is the model's: a type the extractor makes and
    the shapes refuse would stop a build at the SHACL gate."""
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    lists = [o for s, p, o in shapes.triples((None, SH["in"], None))]
    allowed = {
        str(x).rsplit("/", 1)[1]
        for lst in lists
        for x in Collection(shapes, lst)
        if str(x).startswith("https://w3id.org/movement-graph/id/event-type/")
    }
    assert allowed == set(EVENT_TYPES)


# --- shapes --------------------------------------------------------------------------

CONFORMING = (
    PREFIXES
    + """
<https://w3id.org/movement-graph/id/network/ICOR> a mg:Network ;
    skos:prefLabel "International Coordination of Revolutionary Parties and Organizations"@en ;
    mg:acronym "ICOR" .
<https://w3id.org/movement-graph/id/country/PE> a mg:Country ;
    skos:prefLabel "Peru"@en ; mg:iso3166 "PE" ; mg:continent "South America" .
<https://w3id.org/movement-graph/id/country/HVBF> a mg:Country ;
    skos:prefLabel "Upper Volta"@en ; mg:iso3166 "BF" ; mg:iso3166Former "HVBF" .
<https://w3id.org/movement-graph/id/org/rwpd-de> a mg:PoliticalOrganisation ;
    skos:prefLabel "Revolutionary Workshop Party of Germany"@en ; mg:acronym "RWPD" ;
    mg:participatesIn <https://w3id.org/movement-graph/id/network/ICOR> .
<https://w3id.org/movement-graph/id/doc/x-0> a mg:Document ;
    mg:sourceFile "x.txt" ; mg:documentIndex 0 ; dcterms:title "Solidarity"@en ;
    dcterms:date "2023-02"^^xsd:gYearMonth ;
    mg:network <https://w3id.org/movement-graph/id/network/ICOR> ;
    mg:signedBy <https://w3id.org/movement-graph/id/org/rwpd-de> .
<https://w3id.org/movement-graph/id/evidence/1> a mg:Evidence ;
    rdf:subject <https://w3id.org/movement-graph/id/doc/x-0> ; rdf:predicate mg:signedBy ;
    rdf:object <https://w3id.org/movement-graph/id/org/rwpd-de> ;
    prov:wasQuotedFrom <https://w3id.org/movement-graph/id/doc/x-0> ;
    mg:sourceFile "x.txt" ; mg:charStart 10 ; mg:charEnd 14 ; mg:quote "RWPD" .
<https://w3id.org/movement-graph/id/participation/rwpd-de--ICOR> a mg:Participation ;
    org:member <https://w3id.org/movement-graph/id/org/rwpd-de> ;
    org:organization <https://w3id.org/movement-graph/id/network/ICOR> ;
    mg:restsOn <https://w3id.org/movement-graph/id/doc/x-0> ; mg:evidenceCount 1 .
<https://w3id.org/movement-graph/id/event/coup-pe-2022> a mg:Event ;
    mg:eventType <https://w3id.org/movement-graph/id/event-type/coup> ;
    schema:startDate "2022-12-07"^^xsd:date ;
    mg:country <https://w3id.org/movement-graph/id/country/PE> .
<https://w3id.org/movement-graph/id/person/pedro-castillo> a schema:Person ;
    skos:prefLabel "Pedro Castillo"@en .
<https://w3id.org/movement-graph/id/conference/icor-wc-2010> a mg:Conference ;
    mg:conferenceOf <https://w3id.org/movement-graph/id/network/ICOR> ;
    mg:conferenceKind "founding-conference" ; mg:ordinal 1 .
"""
)


def _validate(data: str, shapes: Graph) -> tuple[bool, str]:
    g = Graph().parse(data=data, format="turtle")
    conforms, _, text = validate(g, shacl_graph=shapes)
    return bool(conforms), str(text)


def test_shapes_are_shacl(shapes: Graph) -> None:
    shacl = "http://www.w3.org/ns/shacl#"
    assert len(set(shapes.subjects(RDF.type, URIRef(shacl + "NodeShape")))) >= 9
    # every property shape explains itself
    for prop_shape in shapes.objects(None, URIRef(shacl + "property")):
        assert shapes.value(prop_shape, URIRef(shacl + "message")) is not None


def test_conforming_graph(shapes: Graph) -> None:
    conforms, text = _validate(CONFORMING, shapes)
    assert conforms, text


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (
            """<https://w3id.org/movement-graph/id/country/PE> a mg:Country ;
               mg:iso3166 "Peru" .""",
            "two capital letters",
        ),
        (
            """<https://w3id.org/movement-graph/id/country/XX> a mg:Country .""",
            "exactly one ISO 3166-1 code",
        ),
        (
            """<https://w3id.org/movement-graph/id/doc/y-0> a mg:Document ;
         mg:sourceFile "y.txt", "z.txt" .""",
            "exactly one source file",
        ),
        (
            """<https://w3id.org/movement-graph/id/doc/y-0> a mg:Document ; mg:sourceFile "y.txt" ;
         dcterms:date "7 February 2023" .""",
            "xsd:date, xsd:gYearMonth or xsd:gYear",
        ),
        (
            """<https://w3id.org/movement-graph/id/doc/y-0> a mg:Document ; mg:sourceFile "y.txt" ;
         mg:signedBy <https://w3id.org/movement-graph/id/country/PE> .""",
            "signatory",
        ),
        (
            """<https://w3id.org/movement-graph/id/org/a> a mg:PoliticalOrganisation ;
         skos:prefLabel "A"@en, "B"@en .""",
            "exactly one preferred name",
        ),
        (
            """<https://w3id.org/movement-graph/id/network/X> a mg:Network ;
               skos:prefLabel "X" .""",
            "acronym",
        ),
        (
            """<https://w3id.org/movement-graph/id/evidence/2> a mg:Evidence ;
         rdf:subject <https://w3id.org/movement-graph/id/doc/x-0> ; rdf:predicate mg:signedBy ;
         prov:wasQuotedFrom <https://w3id.org/movement-graph/id/doc/x-0> ;
         mg:sourceFile "x.txt" ; mg:charStart -1 ; mg:charEnd 4 ; mg:quote "" .""",
            "0 or more",
        ),
        (
            """<https://w3id.org/movement-graph/id/evidence/3> a mg:Evidence ;
         rdf:subject <https://w3id.org/movement-graph/id/doc/x-0> ; rdf:predicate mg:signedBy ;
         prov:wasQuotedFrom <https://w3id.org/movement-graph/id/doc/x-0> ;
         mg:sourceFile "x.txt" ; mg:charStart 3 ; mg:charEnd 4 ; mg:quote "" .""",
            "non-empty",
        ),
        (
            """<https://w3id.org/movement-graph/id/participation/p> a mg:Participation ;
         org:member <https://w3id.org/movement-graph/id/org/rwpd-de> ;
         org:organization <https://w3id.org/movement-graph/id/network/ICOR> .""",
            "rest on at least one document",
        ),
        (
            """<https://w3id.org/movement-graph/id/event/e> a mg:Event ;
         mg:eventType <https://w3id.org/movement-graph/id/event-type/picnic> .""",
            "event-types.ttl",
        ),
        (
            """<https://w3id.org/movement-graph/id/person/p> a schema:Person .""",
            "A person must have a name",
        ),
        (
            """<https://w3id.org/movement-graph/id/conference/c> a mg:Conference ;
         mg:conferenceOf <https://w3id.org/movement-graph/id/country/PE> .""",
            "must be an mg:Network",
        ),
    ],
)
def test_broken_graph(shapes: Graph, broken: str, message: str) -> None:
    conforms, text = _validate(CONFORMING + broken, shapes)
    assert not conforms
    assert message in text, text


# --- reference data ------------------------------------------------------------------


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, strict=True))


def _multi(cell: str) -> list[str]:
    return [v for v in cell.split("|") if v]


def test_countries_csv() -> None:
    rows = _rows("countries.csv")
    codes = [r["iso2"] for r in rows]
    assert len(codes) == len(set(codes))
    assert {c.alpha_2 for c in pycountry.countries} == set(codes)
    for r in rows:
        assert r["name"], r
        assert r["continent"] in {
            "",
            "Africa",
            "Asia",
            "Europe",
            "North America",
            "South America",
            "Oceania",
        }, r
        assert re.fullmatch(r"(Q[1-9]\d*)?", r["wikidata"]), r
        for lang in _multi(r["languages"]):
            assert re.fullmatch(r"[a-z]{2,3}", lang), r


@pytest.mark.parametrize(
    ("iso2", "name", "wikidata", "native"),
    [
        ("DE", "Germany", "Q183", "Deutschlands"),
        ("PE", "Peru", "Q419", "Perú"),
        ("BO", "Bolivia", "Q750", "Bolivia"),
        ("CH", "Switzerland", "Q39", "Svizzera"),
        ("TR", "Turkey", "Q43", "Türkiye"),
        ("RU", "Russia", "Q159", "России"),
        ("GR", "Greece", "Q41", "Ελλάδας"),
        ("BA", "Bosnia and Herzegovina", "Q225", "ByH"),
    ],
)
def test_country_examples(iso2: str, name: str, wikidata: str, native: str) -> None:
    row = next(r for r in _rows("countries.csv") if r["iso2"] == iso2)
    assert (row["name"], row["wikidata"]) == (name, wikidata)
    assert native in _multi(row["native_names"])


def test_names_do_not_collide() -> None:
    """No name of one country is a name of another, or of a former country."""
    owner: dict[str, str] = {}
    for r in _rows("countries.csv"):
        for n in {r["name"], *_multi(r["aliases"]), *_multi(r["native_names"])}:
            assert owner.setdefault(n.casefold(), r["iso2"]) == r["iso2"], n
    for r in _rows("historical_countries.csv"):
        for n in {r["name"], *_multi(r["aliases"])}:
            assert owner.setdefault(n.casefold(), r["code"]) == r["code"], n


def test_historical_countries_csv() -> None:
    rows = _rows("historical_countries.csv")
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    iso2 = {c.alpha_2 for c in pycountry.countries}
    for r in rows:
        assert re.fullmatch(r"[A-Z]{4}", r["code"]), r
        assert r["successor"] in iso2, r
        assert re.fullmatch(r"(Q[1-9]\d*)?", r["wikidata"]), r
        if r["iso3166_3"]:
            assert r["code"] == r["iso3166_3"], r
            assert pycountry.historic_countries.get(alpha_4=r["iso3166_3"]) is not None, r
        else:
            assert r["code"].startswith("X"), r  # our own codes live in ISO's user space


def test_languages_csv() -> None:
    rows = _rows("languages.csv")
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    for r in rows:
        words = _multi(r["marker_words"])
        assert words and all(w == w.lower() for w in words), r
