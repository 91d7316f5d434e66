"""Fixer 96: a name's language tag in each document's graph.

A signer's name given alone is tagged in the document graph with the language the
resolver reads it in (``name_language``): English @en, a name whose words the glossary
translates from one language with that language, untagged when the tool does not know
(of several languages, an acronym, a name of no known words).  Invented names.
"""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import SKOS

from movement_graph.extract.networks import load_networks
from movement_graph.model import Document, DocumentAnalysis, OrgMention, Quote, Role
from movement_graph.rdf.build import build_quads, doc_iri
from movement_graph.reference import load_countries, load_historical
from movement_graph.resolve import resolve
from movement_graph.resolve.organisations import name_language


def test_name_language_of_a_name_given_alone() -> None:
    assert name_language("Kommunistische Arbeiterfront Perus", "PE") == "de"
    assert name_language("Liga Obrera Comunista de Bolivia", "BO") == "es"
    assert name_language("Communist Workers' Front of Peru", "PE") == "en"
    assert name_language("Workers’ Communist League of Chile", "CL") == "en"  # a curly apostrophe
    # "Partido Comunista …" is Spanish or Portuguese: not known which
    assert name_language("Partido Comunista Revolucionario", "BR") is None
    assert name_language("Partido Comunista Operário", "BR") == "pt"  # a Portuguese word
    assert name_language("PCOB", "BO") is None  # an acronym has no language
    # a bracketed other name does not make the name another language's
    assert name_language("Communist Party of Bolivia (Bandera Roja)", "BO") == "en"


def _alt_labels(mentions: list[OrgMention]) -> dict[str, str | None]:
    text = " ".join(m.name for m in mentions)
    doc = Document(file="x.txt", index=0, start=0, end=len(text), text=text, title="Joint statement")
    a = DocumentAnalysis(document=doc, networks=("ICOR",), organisations=tuple(mentions))
    res = resolve([a])
    quads = build_quads(
        [a], res, networks=load_networks(), countries=load_countries(), historical=load_historical()
    )
    g = doc_iri(doc.doc_id)
    return {
        str(o): o.language
        for s, p, o, graph in quads
        if graph == g and p == SKOS.altLabel and isinstance(o, Literal)
    }


def test_document_graph_tags_a_name_given_alone_by_its_language() -> None:
    names = [
        ("Kommunistische Arbeiterfront Perus", "PE"),
        ("Liga Obrera Comunista de Bolivia", "BO"),
        ("Communist Workers' Front of Peru", "PE"),
        ("Partido Comunista Revolucionario", "BR"),
    ]
    mentions = []
    start = 0
    for name, country in names:
        mentions.append(
            OrgMention(
                doc_id="x-0",
                quote=Quote(start, start + len(name), name),
                name=name,
                role=Role.SIGNATORY,
                country=country,
            )
        )
        start += len(name) + 1
    tags = _alt_labels(mentions)
    assert tags["Kommunistische Arbeiterfront Perus"] == "de"  # was @en
    assert tags["Liga Obrera Comunista de Bolivia"] == "es"  # was @en
    assert tags["Communist Workers' Front of Peru"] == "en"
    assert tags["Partido Comunista Revolucionario"] is None  # was @en: Spanish or Portuguese


def test_document_graph_keeps_a_named_pair_english_and_native() -> None:
    name, native = "Communist Workers' League of Bolivia", "Liga Obrera Comunista de Bolivia"
    m = OrgMention(
        doc_id="x-0",
        quote=Quote(0, len(name), name),
        name=name,
        role=Role.SIGNATORY,
        native_name=native,
        native_lang="es",
        country="BO",
    )
    assert _alt_labels([m]) == {name: "en", native: "es"}
