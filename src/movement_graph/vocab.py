"""The closed namespace of ``ontology/movement.ttl`` and the one IRI factory.

A misspelled term fails at import or attribute access, never silently in a user's
query: ``MG`` is an rdflib ``DefinedNamespace`` with ``_fail = True``.  A test checks
that every term here is declared in the ontology and vice versa.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from .errors import OntologyError

BASE = "https://w3id.org/movement-graph/"
ID = BASE + "id/"


class MG(DefinedNamespace):
    """movement-graph ontology terms."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Network: URIRef
    PoliticalOrganisation: URIRef
    Conference: URIRef
    Document: URIRef
    Event: URIRef
    Country: URIRef
    Evidence: URIRef
    Participation: URIRef
    EventType: URIRef
    # properties of the public contract
    acronym: URIRef
    country: URIRef
    iso3166: URIRef
    iso3166Former: URIRef
    participatesIn: URIRef
    signedBy: URIRef
    attended: URIRef
    conferenceOf: URIRef
    adoptedAt: URIRef
    network: URIRef
    issuedBy: URIRef
    sourceFile: URIRef
    # extensions
    condemns: URIRef
    supports: URIRef
    addressedTo: URIRef
    criticises: URIRef
    participant: URIRef
    ordinal: URIRef
    conferenceKind: URIRef
    region: URIRef
    eventType: URIRef
    documentKind: URIRef
    documentIndex: URIRef
    continent: URIRef
    charStart: URIRef
    charEnd: URIRef
    quote: URIRef
    restsOn: URIRef
    evidenceCount: URIRef
    EventCount: URIRef
    countedEvent: URIRef
    countedNetwork: URIRef
    year: URIRef
    documentCount: URIRef
    position: URIRef
    sortPosition: URIRef


SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
TIME = Namespace("http://www.w3.org/2006/time#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "mg": str(MG._NS),
    "id": ID,
    "net": ID + "network/",
    "country": ID + "country/",
    "org": str(ORG),
    "schema": str(SCHEMA),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "time": str(TIME),
    "wd": str(WD),
}

#: the kinds of resource IRIs may name; anything else is a programming error
KINDS = frozenset(
    {
        "network",
        "org",
        "country",
        "doc",
        "conference",
        "event",
        "person",
        "evidence",
        "participation",
        "event-type",
        "event-count",
        "interval",
        "graph",
    }
)

_SLUG_OK = re.compile(r"^[a-z0-9][a-z0-9._-]*$", re.IGNORECASE)


def slugify(text: str, *, max_length: int = 80) -> str:
    """Turn a label into an ASCII IRI slug.

    >>> slugify("Kommunistischer Arbeiterbund Deutschlands")
    'kommunistischer-arbeiterbund-deutschlands'
    >>> slugify("Parti Communiste du Côte d'Ivoire")
    'parti-communiste-du-cote-divoire'
    >>> slugify("СКП")
    'skp'
    >>> slugify("Κομμουνιστικό Κόμμα Ελλάδας")
    'kommounistiko-komma-elladas'
    """
    text = unicodedata.normalize("NFKD", _transliterate(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’`´]", "", text)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:max_length].rstrip("-") or "x"


_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sht",
            "a",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "e",
            "yi",
            "g",
        ],
        strict=True,
    )
)


#: Greek letters in Latin letters (ELOT 743, simplified): "Κομμουνιστικό Κόμμα" is
#: "kommounistiko komma", so that two parties named in Greek get two slugs, not "x"
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(),
        strict=True,
    )
)

_GREEK_OU = re.compile("[οΟ][υύΥΎ]")

#: Latin letters Unicode does not decompose into a base letter and a mark ("Aydınoğlu"
#: is "aydinoglu", not "ayd-noglu")
UNDECOMPOSED = {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ħ": "h"}


_UNDECOMPOSED_TABLE = str.maketrans(UNDECOMPOSED)


def fold(text: str) -> str:
    """Lower case without accents, the letters Unicode does not decompose spelled as their
    base ("Organização" is "organizacao", "Aydınoğlu" is "aydinoglu").

    >>> fold("Organização"), fold("AYDINOĞLU")
    ('organizacao', 'aydinoglu')
    """
    t = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in t if not unicodedata.combining(c)).translate(_UNDECOMPOSED_TABLE)


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression that matches where one of ``words`` starts, its alternatives
    sharing their prefixes, so that a search tries each character once per position
    instead of every word (the gazetteer's ~400 aliases, the ~300 month names of the date
    patterns).

    >>> p = trie_pattern(["coup", "coups", "commune"])
    >>> p
    'co(?:mmune|up(?:s)?)'
    >>> [bool(re.search(p, t)) for t in ("the commune", "a coup", "the co-op")]
    [True, True, False]
    """
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _transliterate(text: str) -> str:
    text = _GREEK_OU.sub("ou", text)
    out = []
    for ch in text:
        low = ch.lower()
        if low in _CYRILLIC:
            out.append(_CYRILLIC[low])
        elif (base := unicodedata.normalize("NFD", low)[:1]) in _GREEK:
            out.append(_GREEK[base])
        elif low in UNDECOMPOSED:
            out.append(UNDECOMPOSED[low])
        else:
            out.append(ch)
    return "".join(out)


def mint_iri(kind: str, *parts: str) -> URIRef:
    """Mint the IRI of a resource from its content; the one IRI factory.

    Parameters
    ----------
    kind:
        one of ``KINDS`` (``org``, ``doc``, ``country`` …)
    parts:
        path segments; each must already be a slug (see ``slugify``) or a code.

    Raises
    ------
    OntologyError
        for an unknown kind or a segment that is not a clean slug.

    >>> mint_iri("country", "PE")
    rdflib.term.URIRef('https://w3id.org/movement-graph/id/country/PE')
    """
    if kind not in KINDS:
        raise OntologyError(f"unknown IRI kind {kind!r}; expected one of {sorted(KINDS)}")
    for part in parts:
        if not _SLUG_OK.match(part):
            raise OntologyError(f"IRI segment {part!r} for {kind!r} is not a slug")
    return URIRef(ID + "/".join((kind, *parts)))
