"""Records to quads: pure functions, no I/O.

Each document's statements go to the named graph named by the document's IRI; each
extracted statement gets an ``mg:Evidence`` node (the statement reified with
``rdf:subject``/``rdf:predicate``/``rdf:object``, the file, the character span and the
quoted text).  Reference data sits in ``id/graph/reference``, what resolution derives
across documents in ``id/graph/resolution``.  No blank nodes: IRIs are minted from
content, so the same input always gives the same quads.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Protocol

from rdflib import Literal, URIRef
from rdflib import namespace as _ns

from .. import vocab as _vocab
from ..extract.networks import NetworkRecord
from ..model import EVENT_TYPES, PARTICIPATING_ROLES, DocumentAnalysis, Quote, Role
from ..reference import CountryRecord, HistoricalCountry
from ..resolve import Resolution
from ..resolve.organisations import name_language
from ..vocab import mint_iri, slugify
from .write import triple_key

Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef]
Triple = tuple[URIRef, URIRef, URIRef | Literal]


class _Terms:
    """A namespace whose terms are looked up once each.

    An rdflib namespace mints a new ``URIRef`` on every attribute access; here the first
    access stores the term as a plain attribute.  One object per term is also cheaper
    downstream: the sets and dictionaries of the writers and the validator find equal keys
    by identity before they call rdflib's ``__eq__``.

    >>> mg = _Terms(_vocab.MG)
    >>> mg.Document is mg.Document, mg.Document == _vocab.MG.Document
    (True, True)
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return self._namespace[name]


DCTERMS, OWL, PROV, RDF, RDFS = (_Terms(n) for n in (_ns.DCTERMS, _ns.OWL, _ns.PROV, _ns.RDF, _ns.RDFS))
SKOS, XSD = _Terms(_ns.SKOS), _Terms(_ns.XSD)
MG, ORG, SCHEMA, TIME, WD = (
    _Terms(n) for n in (_vocab.MG, _vocab.ORG, _vocab.SCHEMA, _vocab.TIME, _vocab.WD)
)

REFERENCE_GRAPH = mint_iri("graph", "reference")
RESOLUTION_GRAPH = mint_iri("graph", "resolution")

_ROLE_PREDICATE = {
    Role.SIGNATORY: MG.signedBy,
    Role.PARTICIPANT: MG.participant,
    Role.ADDRESSEE: MG.addressedTo,
    Role.CRITICISED: MG.criticises,
    Role.AUTHOR: MG.issuedBy,
}


@lru_cache(maxsize=1 << 12)
def date_literal(iso: str) -> Literal:
    """An ISO date as the XSD literal of its precision.

    >>> date_literal("2009-11").datatype.endswith("gYearMonth")
    True
    """
    dt = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(iso)]
    return Literal(iso, datatype=dt)


def _time_property(iso: str) -> URIRef:
    return {4: TIME.inXSDgYear, 7: TIME.inXSDgYearMonth, 10: TIME.inXSDDate}[len(iso)]


def doc_iri(doc_id: str) -> URIRef:
    return mint_iri("doc", slugify_id(doc_id))


def slugify_id(doc_id: str) -> str:
    return (
        doc_id if all(c.isalnum() or c in "._-" for c in doc_id) and doc_id[:1].isalnum() else slugify(doc_id)
    )


def network_iri(key: str) -> URIRef:
    return mint_iri("network", key)


def country_iri(code: str) -> URIRef:
    return mint_iri("country", code)


class _Doc:
    """Collects one document's quads and evidence."""

    def __init__(self, g: URIRef, source_file: str) -> None:
        self.g = g
        self.file = source_file
        self.quads: list[Quad] = []
        self._file = Literal(source_file)
        self._texts: dict[str, Literal] = {}  # a quote evidences several statements
        self._n3: dict[object, str] = {}

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal, quote: Quote | None = None) -> None:
        self.quads.append((s, p, o, self.g))
        if quote is not None:
            self.evidence(s, p, o, quote)

    def evidence(self, s: URIRef, p: URIRef, o: URIRef | Literal, quote: Quote) -> None:
        # o.n3() keeps a literal's language and datatype: "Congo"@en and "Congo"@fr differ
        h = hashlib.sha1(f"{s}|{p}|{self._term_n3(o)}|{self.g}|{quote.start}|{quote.end}".encode())
        ev = mint_iri("evidence", h.hexdigest()[:20])
        g = self.g
        text = self._texts.get(quote.text)
        if text is None:
            text = self._texts[quote.text] = Literal(quote.text)
        self.quads += [
            (ev, RDF.type, MG.Evidence, g),
            (ev, RDF.subject, s, g),
            (ev, RDF.predicate, p, g),
            (ev, RDF.object, o, g),
            (ev, PROV.wasQuotedFrom, g, g),
            (ev, MG.sourceFile, self._file, g),
            (ev, MG.charStart, _integer(quote.start), g),
            (ev, MG.charEnd, _integer(quote.end), g),
            (ev, MG.quote, text, g),
        ]

    def _term_n3(self, o: URIRef | Literal) -> str:
        # by term, not by value: a literal's key keeps its language tag's case
        key = (str(o), o.language, o.datatype) if isinstance(o, Literal) else o
        n3 = self._n3.get(key)
        if n3 is None:
            n3 = self._n3[key] = o.n3()
        return n3


@lru_cache(maxsize=1 << 14, typed=True)
def _integer(n: int) -> Literal:
    """The ``xsd:integer`` literal of ``n``, shared (literals are immutable)."""
    return Literal(n)


class Deferrer(Protocol):
    def __call__(self, g: URIRef, count: int, triples: Callable[[], Iterable[Triple]]) -> None: ...


class _Tally:
    """How many distinct documents, counted as the documents come one after another."""

    __slots__ = ("count", "last")

    def __init__(self) -> None:
        self.count = 0
        self.last: object = None

    def add(self, doc: object) -> None:
        if doc is not self.last:
            self.count += 1
            self.last = doc


class _Support:
    """The documents one participation rests on (in the order they come), and its first and last dates."""

    __slots__ = ("docs", "first", "last")

    def __init__(self) -> None:
        self.docs: list[URIRef] = []
        self.first: str | None = None
        self.last: str | None = None

    def add(self, g: URIRef, date: str | None) -> None:
        if not self.docs or self.docs[-1] is not g:
            self.docs.append(g)
        if date:
            k = (date[:4], date)
            if self.first is None or k < (self.first[:4], self.first):
                self.first = date
            if self.last is None or k > (self.last[:4], self.last):
                self.last = date


def build_quads(
    analyses: Iterable[DocumentAnalysis],
    res: Resolution,
    *,
    networks: Sequence[NetworkRecord],
    countries: Iterable[CountryRecord],
    historical: Iterable[HistoricalCountry],
    defer: Deferrer | None = None,
) -> Iterator[Quad]:
    """Every quad of the graph: reference, resolution, and one graph per document.

    ``analyses`` are read once, one document at a time; each document's graph is
    yielded before the next is read.  What the resolution graph states per document (a
    participation's ``mg:restsOn``, the bulk of it on a large corpus) is yielded as quads,
    or, with ``defer``, handed over as one sorted stream (``GraphStream.defer``) so that
    nobody holds it whole.
    """
    org_iri = {e.key: mint_iri("org", e.key) for e in res.orgs.entities}
    org_country = {e.key: e.country for e in res.orgs.entities}
    used_countries: set[str] = set()
    participation: dict[tuple[str, str], _Support] = defaultdict(_Support)
    # (organisation key, network or conference IRI): stated once more in the resolution graph
    members: set[tuple[str, URIRef]] = set()
    attended: set[tuple[str, URIRef]] = set()
    # (network, year or None, event key) -> how many documents refer to the event
    event_docs: dict[tuple[str, str | None, str], _Tally] = defaultdict(_Tally)
    network_docs: dict[str, _Tally] = defaultdict(_Tally)  # the documents of each network
    org_docs: dict[str, _Tally] = defaultdict(_Tally)  # the documents that name each organisation

    for a in analyses:
        d = a.document
        g = doc_iri(d.doc_id)
        q = _Doc(g, d.file)
        q.add(g, RDF.type, MG.Document)
        q.add(g, MG.sourceFile, Literal(d.file))
        q.add(g, MG.documentIndex, _integer(d.index))
        q.add(g, MG.charStart, _integer(d.start))
        q.add(g, MG.charEnd, _integer(d.end))
        q.add(g, DCTERMS.title, Literal(d.title), d.title_quote)
        q.add(g, DCTERMS.language, Literal(a.language))
        if d.kind:
            q.add(g, MG.documentKind, Literal(d.kind))
        if d.date:
            q.add(g, DCTERMS.date, date_literal(d.date), d.date_quote)
        for net in a.networks:
            q.add(g, MG.network, network_iri(net), a.network_quote)
        for c in a.conferences:
            key = res.conference_key.get(c)
            if key is None:
                continue
            ciri = mint_iri("conference", key)
            q.add(g, SCHEMA.mentions, ciri, c.quote)
        if a.adopted_at is not None:
            c = a.conferences[a.adopted_at]
            key = res.conference_key.get(c)
            if key:
                q.add(g, MG.adoptedAt, mint_iri("conference", key), c.quote)
                if d.kind in ("resolution", "declaration") and a.issuer is None:
                    q.add(g, MG.issuedBy, mint_iri("conference", key), c.quote)
        if a.issuer and a.issuer in {n.key for n in networks}:
            q.add(g, MG.issuedBy, network_iri(a.issuer), a.issuer_quote)
        # the meeting the document reports: the one it was adopted at or reports on when
        # it names one of its network's, not every meeting of its network it names ("They
        # also prepared the 6th World Conference"); else its network's meetings it names, as
        # before (a head that names another network's meeting names none of its own)
        own = [c for c in a.conferences if c in res.conference_key and c.network in a.networks]
        adopted = a.conferences[a.adopted_at] if a.adopted_at is not None else None
        reported = [res.conference_key[c] for c in ([adopted] if adopted in own else own)]
        # signers noted as members of another network than the document's: a joint text of
        # both networks' parties
        joint = any(m.networks and set(m.networks) - set(a.networks) for m in a.organisations)
        for m in a.organisations:
            key = res.orgs.key_of.get(m)
            if key is None:
                continue
            o = org_iri[key]
            org_docs[key].add(g)
            q.add(o, RDF.type, MG.PoliticalOrganisation)
            if m.name != m.native_name:  # a name only in its own language is not English too
                # a name beside its native name is the English one; a name given alone is
                # in the language the resolver reads it in ("Proletarische Front Indiens"@de,
                # "Partido Comunista Revolucionario" of no one language untagged)
                lang = "en" if m.native_name else name_language(m.name, org_country.get(key))
                q.add(o, SKOS.altLabel, Literal(m.name, lang=lang), m.quote)
            if m.native_name:
                q.add(o, SKOS.altLabel, Literal(m.native_name, lang=m.native_lang), m.quote)
            for name, lang in m.other_names:
                q.add(o, SKOS.altLabel, Literal(name, lang=lang), m.quote)
            if m.acronym:
                q.add(o, MG.acronym, Literal(m.acronym), m.quote)
            if m.country:
                used_countries.add(m.country)
                q.add(o, MG.country, country_iri(m.country), m.country_quote or m.quote)
            pred = _ROLE_PREDICATE.get(m.role)
            if pred is not None:
                q.add(g, pred, o, m.quote)
            else:
                q.add(g, SCHEMA.mentions, o, m.quote)
            # the author of a network's document takes part in that network; a signatory
            # whose entry names its own network ("… – ICMLPO", "… – not a member of either
            # network") in that one or in none, where the signers are of several networks;
            # but one that signs a single network's document takes part in it, a member or
            # not ("… (not member of ICOR)" under an ICOR resolution): it signed a document
            # of the network
            own_nets = a.networks if m.networks is None else m.networks
            if m.networks == () and m.role is Role.SIGNATORY and len(a.networks) == 1 and not joint:
                own_nets = a.networks
            if m.role in PARTICIPATING_ROLES or (m.role is Role.AUTHOR and a.networks):
                for net in own_nets:
                    q.add(o, MG.participatesIn, network_iri(net), m.quote)
                    participation[(key, net)].add(g, d.date)
                    if m.role is Role.MEMBER:
                        q.add(o, ORG.memberOf, network_iri(net), m.quote)
                        members.add((key, network_iri(net)))
                # participants of a meeting the document reports attended it; so did the
                # signatories of what a report says the meeting adopted
                if reported and (
                    m.role is Role.PARTICIPANT or (m.role is Role.SIGNATORY and d.kind == "article")
                ):
                    for ck in sorted(set(reported)):
                        q.add(o, MG.attended, mint_iri("conference", ck), m.quote)
                        attended.add((key, mint_iri("conference", ck)))
        for cm in a.countries:
            used_countries.add(cm.country)
            q.add(g, SCHEMA.mentions, country_iri(cm.country), cm.quote)
        for net in a.networks:
            network_docs[net].add(g)
        for em in a.events:
            key = res.event_key.get(em)
            if key is None:
                continue
            for net in a.networks:
                event_docs[(net, d.date[:4] if d.date else None, key)].add(g)
            e = mint_iri("event", slugify(key))
            q.add(g, SCHEMA.mentions, e, em.quote)
            if em.stance == "condemns":
                q.add(g, MG.condemns, e, em.quote)
            elif em.stance == "supports":
                q.add(g, MG.supports, e, em.quote)
        for pm in a.persons:
            key = res.person_key.get(pm)
            if key is None:
                continue
            q.add(g, SCHEMA.mentions, mint_iri("person", slugify(key)), pm.quote)
        yield from q.quads

    # resolution graph: canonical labels, conferences, events, persons, participation
    R = RESOLUTION_GRAPH
    # each organisation's and conference's place in the order queries list them (mg:sortPosition):
    # organisations by name, conferences by date with the undated first, then by IRI, so that
    # a listing of both (conference-attendance) sorts integers instead of reading and comparing
    # IRIs and labels at every comparison
    org_position = {
        ent.key: position
        for position, ent in enumerate(
            sorted(res.orgs.entities, key=lambda e: (e.label, str(org_iri[e.key]))), start=1
        )
    }
    conference_position = {
        conf.key: position
        for position, conf in enumerate(
            sorted(res.conferences, key=lambda c: (c.date or "", str(mint_iri("conference", c.key)))),
            start=1,
        )
    }
    for ent in res.orgs.entities:
        o = org_iri[ent.key]
        yield (o, RDF.type, MG.PoliticalOrganisation, R)
        yield (o, SKOS.prefLabel, Literal(ent.label, lang=ent.label_lang), R)
        yield (o, MG.sortPosition, _integer(org_position[ent.key]), R)
        if ent.country:
            used_countries.add(ent.country)
            yield (o, MG.country, country_iri(ent.country), R)
        # every name once, so that queries over many documents need not read each
        # document's copy (the document graphs keep what each document says)
        for acro in ent.acronyms:
            yield (o, MG.acronym, Literal(acro), R)
        for label, lang in ent.alt_labels:
            yield (o, SKOS.altLabel, Literal(label, lang=lang), R)
        if ent.key in org_docs:
            yield (o, MG.documentCount, Literal(org_docs[ent.key].count), R)
    for key, net in sorted(participation):
        yield (org_iri[key], MG.participatesIn, network_iri(net), R)
    # declared memberships and attendances once each (the documents state them per graph)
    for key, n in sorted(members):
        yield (org_iri[key], ORG.memberOf, n, R)
    for key, conf_iri in sorted(attended):
        yield (org_iri[key], MG.attended, conf_iri, R)
    for conf in res.conferences:
        ci = mint_iri("conference", conf.key)
        yield (ci, RDF.type, MG.Conference, R)
        yield (ci, SKOS.prefLabel, Literal(conf.label, lang="en"), R)
        yield (ci, MG.conferenceKind, Literal(conf.kind), R)
        yield (ci, MG.sortPosition, _integer(conference_position[conf.key]), R)
        if conf.network:
            yield (ci, MG.conferenceOf, network_iri(conf.network), R)
        if conf.region:
            yield (ci, MG.region, Literal(conf.region), R)
        if conf.ordinal is not None:
            yield (ci, MG.ordinal, Literal(conf.ordinal), R)
        if conf.date:
            yield (ci, SCHEMA.startDate, date_literal(conf.date), R)
        if conf.place:
            used_countries.add(conf.place)
            yield (ci, MG.country, country_iri(conf.place), R)
    for ev in res.events:
        e = mint_iri("event", slugify(ev.key))
        yield (e, RDF.type, MG.Event, R)
        yield (e, SKOS.prefLabel, Literal(ev.label, lang=ev.label_lang), R)
        for alt, lang in ev.alt_labels:
            yield (e, SKOS.altLabel, Literal(alt, lang=lang), R)
        yield (e, MG.eventType, mint_iri("event-type", slugify(ev.type)), R)
        if ev.date:
            yield (e, SCHEMA.startDate, date_literal(ev.date), R)
        if ev.country:
            used_countries.add(ev.country)
            yield (e, MG.country, country_iri(ev.country), R)
    for net, tally in sorted(network_docs.items()):
        yield (network_iri(net), MG.documentCount, Literal(tally.count), R)
    # how many of a network's documents of a year refer to an event, once per triple of them,
    # numbered in the order of the listing (network, year with the undated first, event IRI)
    # so that a page of the listing is found without reading and comparing every count's IRI
    listing = sorted(event_docs.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", slugify(kv[0][2])))
    counts = [
        (
            mint_iri("event-count", f"{net}--{year or 'undated'}--{slugify(key)}"),
            position,
            net,
            year,
            key,
            tally.count,
        )
        for position, ((net, year, key), tally) in enumerate(listing, start=1)
    ]
    del listing
    if defer is None:
        for row in counts:
            for cs, cp, co in _event_count_triples(*row):
                yield (cs, cp, co, R)
    elif counts:
        # one count per network, year and event: on a large corpus more than any other node
        # of the resolution graph, so handed over as a sorted stream rather than held
        counts.sort(key=lambda row: str(row[0]))

        def event_count_triples() -> Iterator[Triple]:
            for row in counts:
                yield from sorted(_event_count_triples(*row), key=triple_key)

        defer(R, sum(6 if row[3] else 5 for row in counts), event_count_triples)
    for p in res.persons:
        pi = mint_iri("person", slugify(p.key))
        yield (pi, RDF.type, SCHEMA.Person, R)
        yield (pi, SKOS.prefLabel, Literal(p.label, lang="en"), R)
        yield (pi, SCHEMA.name, Literal(p.label), R)
        for alt in p.alt_labels:
            if alt != p.label:
                yield (pi, SKOS.altLabel, Literal(alt, lang="en"), R)
    rests_on: list[tuple[URIRef, list[URIRef]]] = []
    for (key, net), support in sorted(participation.items()):
        slug = f"{key}--{net}"
        pi = mint_iri("participation", slug)
        yield (pi, RDF.type, MG.Participation, R)
        yield (pi, RDF.type, ORG.Membership, R)
        yield (pi, ORG.member, org_iri[key], R)
        yield (pi, ORG.organization, network_iri(net), R)
        docs = support.docs
        if defer is None:
            for doc in docs:
                yield (pi, MG.restsOn, doc, R)
        else:
            rests_on.append((pi, docs))
        yield (pi, MG.evidenceCount, Literal(len(docs)), R)
        if support.first and support.last:
            first, last = support.first, support.last
            yield (pi, SCHEMA.startDate, date_literal(first), R)
            yield (pi, SCHEMA.endDate, date_literal(last), R)
            iv = mint_iri("interval", slug)
            start, end = mint_iri("interval", slug + "-start"), mint_iri("interval", slug + "-end")
            yield (pi, ORG.memberDuring, iv, R)
            yield (iv, RDF.type, TIME.Interval, R)
            yield (iv, TIME.hasBeginning, start, R)
            yield (iv, TIME.hasEnd, end, R)
            yield (start, RDF.type, TIME.Instant, R)
            yield (start, _time_property(first), date_literal(first), R)
            yield (end, RDF.type, TIME.Instant, R)
            yield (end, _time_property(last), date_literal(last), R)

    if defer is not None and rests_on:
        rests_on.sort(key=lambda pd: str(pd[0]))
        restsOn = MG.restsOn

        def rests_on_triples() -> Iterator[Triple]:
            for pi, docs in rests_on:
                for doc in sorted(docs, key=str):
                    yield (pi, restsOn, doc)

        defer(R, sum(len(docs) for _, docs in rests_on), rests_on_triples)

    # reference graph: networks, the countries that are used, event types
    F = REFERENCE_GRAPH
    for rec in networks:
        n = network_iri(rec.key)
        yield (n, RDF.type, MG.Network, F)
        yield (n, RDF.type, ORG.Organization, F)
        yield (n, SKOS.prefLabel, Literal(rec.label, lang="en"), F)
        for name, lang in rec.names:
            if name != rec.label:
                yield (n, SKOS.altLabel, Literal(name, lang=lang), F)
        for acro in rec.acronyms:
            yield (n, MG.acronym, Literal(acro), F)
        yield (n, SCHEMA.foundingDate, date_literal(rec.founded), F)
        if rec.wikidata:
            yield (n, OWL.sameAs, WD[rec.wikidata], F)
        if rec.wikipedia:
            yield (n, SCHEMA.sameAs, URIRef(rec.wikipedia), F)
    by_iso = {c.iso2: c for c in countries}
    hist = {h.code: h for h in historical}
    for code in sorted(used_countries):
        ci = country_iri(code)
        yield (ci, RDF.type, MG.Country, F)
        if code in by_iso:
            country = by_iso[code]
            yield (ci, SKOS.prefLabel, Literal(country.name, lang="en"), F)
            yield (ci, MG.iso3166, Literal(country.iso2), F)
            if country.continent:
                yield (ci, MG.continent, Literal(country.continent), F)
            if country.wikidata:
                yield (ci, OWL.sameAs, WD[country.wikidata], F)
        elif code in hist:
            h = hist[code]
            yield (ci, SKOS.prefLabel, Literal(h.name, lang="en"), F)
            yield (ci, MG.iso3166, Literal(h.successor), F)
            if h.iso3166_3:
                yield (ci, MG.iso3166Former, Literal(h.iso3166_3), F)
            succ = by_iso.get(h.successor)
            if succ and succ.continent:
                yield (ci, MG.continent, Literal(succ.continent), F)
            if h.wikidata:
                yield (ci, OWL.sameAs, WD[h.wikidata], F)
    for t in EVENT_TYPES:
        ti = mint_iri("event-type", t)
        yield (ti, RDF.type, MG.EventType, F)
        yield (ti, RDF.type, SKOS.Concept, F)
        yield (ti, SKOS.prefLabel, Literal(t, lang="en"), F)
    _ = RDFS  # rdfs labels live in the ontology, not the data


def _event_count_triples(
    ci: URIRef, position: int, net: str, year: str | None, key: str, documents: int
) -> Iterator[Triple]:
    """The statements of one mg:EventCount: how many of a network's documents of a year refer to an event."""
    yield (ci, RDF.type, MG.EventCount)
    yield (ci, MG.position, Literal(position))
    yield (ci, MG.countedEvent, mint_iri("event", slugify(key)))
    yield (ci, MG.countedNetwork, network_iri(net))
    if year:
        yield (ci, MG.year, Literal(year, datatype=XSD.gYear))
    yield (ci, MG.documentCount, Literal(documents))
