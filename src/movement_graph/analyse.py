"""Network analyses of a built graph: load it, build NetworkX graphs, compute metrics, write.

Everything here is read from the built graph (``out/store`` through SPARQL, or
``out/graph.trig``), never from objects of the extractor.  Loading gives one
``GraphData`` of small frozen records; the graph builders and metrics are pure functions
of it (or of a NetworkX graph ``G``), with ``seed=`` for what is random; ``analyse``
writes ``analysis.json``, CSV tables and the GraphML/GEXF/CSV exports.

The graphs:

- ``participation_graph``: organisations and networks, an edge where an organisation
  participates in a network (optionally with country nodes);
- ``document_graph``: organisations and documents/conferences, edges ``signed``,
  ``participant`` (of the meeting a document reports) and ``attended``;
- ``cosignature_graph``: organisations, linked when they signed the same document,
  ``weight`` = how many documents;
- ``document_event_graph``: documents and the events they refer to.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from .errors import MovementGraphError
from .rdf.store import atomic_path
from .vocab import ID, PREFIXES

__all__ = [
    "Conference",
    "Country",
    "Document",
    "Event",
    "GraphData",
    "Network",
    "Organisation",
    "Participation",
    "analyse",
    "analysis",
    "centrality",
    "communities",
    "cosignature_graph",
    "document_event_graph",
    "document_graph",
    "load_graph",
    "participation_graph",
    "supporting_documents",
    "write_exports",
]

#: seed of every randomised computation (Louvain); fixed so that output is reproducible
SEED = 42


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Network:
    """An international network of parties."""

    iri: str
    key: str  # last IRI segment: ICMLPO, ICOR, RIM
    label: str
    acronyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Country:
    """A country node; ``iso`` groups historical countries with their successor."""

    iri: str
    label: str
    iso: str  # ISO 3166-1 alpha-2 (the successor's code for a historical country)
    former: str | None = None  # ISO 3166-3 code of a historical country
    continent: str | None = None


@dataclass(frozen=True, slots=True)
class Organisation:
    """A political organisation with all the names the graph gives it."""

    iri: str
    label: str
    alt_labels: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    country: str | None = None  # IRI of its mg:Country


@dataclass(frozen=True, slots=True)
class Document:
    """One document (statement, resolution …)."""

    iri: str
    title: str
    date: str | None = None  # lexical form: YYYY, YYYY-MM or YYYY-MM-DD
    kind: str | None = None
    source_file: str | None = None
    networks: tuple[str, ...] = ()

    @property
    def year(self) -> int | None:
        return _year(self.date)


@dataclass(frozen=True, slots=True)
class Conference:
    """A conference or meeting of a network."""

    iri: str
    label: str
    date: str | None = None
    networks: tuple[str, ...] = ()
    country: str | None = None

    @property
    def year(self) -> int | None:
        return _year(self.date)


@dataclass(frozen=True, slots=True)
class Event:
    """A historical or political event that documents refer to."""

    iri: str
    label: str
    date: str | None = None
    country: str | None = None
    types: tuple[str, ...] = ()

    @property
    def year(self) -> int | None:
        return _year(self.date)


@dataclass(frozen=True, slots=True)
class Participation:
    """The resolution's ``mg:Participation`` node of an organisation in a network."""

    org: str
    network: str
    start: str | None = None
    end: str | None = None
    rests_on: tuple[str, ...] = ()
    evidence_count: int = 0


@dataclass(frozen=True)
class GraphData:
    """What the analyses read from a built graph: nodes by IRI and the relations."""

    networks: Mapping[str, Network]
    countries: Mapping[str, Country]
    organisations: Mapping[str, Organisation]
    documents: Mapping[str, Document]
    conferences: Mapping[str, Conference]
    events: Mapping[str, Event]
    participates: frozenset[tuple[str, str]]  # (org, network)
    members: frozenset[tuple[str, str]]  # (org, network): org:memberOf
    signed: frozenset[tuple[str, str]]  # (document, org)
    doc_participants: frozenset[tuple[str, str]]  # (document, org): mg:participant
    attended: frozenset[tuple[str, str]]  # (org, conference)
    adopted_at: frozenset[tuple[str, str]]  # (document, conference)
    doc_events: frozenset[tuple[str, str, str]]  # (document, event, relation)
    participations: tuple[Participation, ...] = ()
    source: str = ""
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def iso(self, country_iri: str | None) -> str | None:
        """Return the ISO 3166-1 alpha-2 code of a country IRI (``None`` if unknown)."""
        c = self.countries.get(country_iri) if country_iri else None
        return c.iso if c else None

    def org_iso(self, org: str) -> str | None:
        o = self.organisations.get(org)
        return self.iso(o.country) if o else None

    def _index(self, name: str, pairs: Iterable[tuple[Any, Any]]) -> dict[Any, list[Any]]:
        if name not in self._cache:
            index: dict[Any, list[Any]] = defaultdict(list)
            for key, value in pairs:
                index[key].append(value)
            self._cache[name] = {k: sorted(v) for k, v in index.items()}
        return self._cache[name]  # type: ignore[no-any-return]

    def participants(self, network: str) -> list[str]:
        """Return the organisations that participate in ``network``, sorted by IRI."""
        return list(self._index("by_network", ((n, o) for o, n in self.participates)).get(network, []))

    def networks_of(self, org: str) -> list[str]:
        """Return the networks ``org`` participates in, sorted by IRI."""
        return list(self._index("by_org", self.participates).get(org, []))

    def documents_of(self, org: str) -> list[str]:
        """Return the documents ``org`` signed or took part in, sorted by IRI."""
        return list(
            self._index("docs_of", ((o, d) for d, o in self.signed | self.doc_participants)).get(org, [])
        )

    def conferences_of(self, org: str) -> list[str]:
        return list(self._index("confs_of", self.attended).get(org, []))

    def participations_of(self, org: str) -> list[Participation]:
        index = self._index("parts_of", ((p.org, i) for i, p in enumerate(self.participations)))
        return [self.participations[i] for i in index.get(org, [])]

    def adopted(self, conference: str) -> list[str]:
        return list(self._index("adopted", ((c, d) for d, c in self.adopted_at)).get(conference, []))

    def active_networks(self) -> list[str]:
        """Return the networks with at least one participant, sorted by key."""
        used = {n for _, n in self.participates}
        return sorted((n for n in self.networks if n in used), key=lambda n: self.networks[n].key)

    def country_label(self, iso: str) -> str:
        """Return the name of a country group: the current country's, else a historical one's."""
        names = self._cache.setdefault("country_labels", _country_labels(self.countries))
        return str(names.get(iso, iso))

    def continent(self, iso: str) -> str | None:
        conts = self._cache.setdefault(
            "continents",
            {
                c.iso: c.continent
                for c in sorted(self.countries.values(), key=lambda c: (c.former is None, c.iri))
                if c.continent
            },
        )
        return conts.get(iso)


def _country_labels(countries: Mapping[str, Country]) -> dict[str, str]:
    labels: dict[str, str] = {}
    # historical countries first so that a current country's name wins
    for c in sorted(countries.values(), key=lambda c: (c.former is None, c.iri)):
        labels[c.iso] = c.label
    return labels


_YEAR = re.compile(r"^(-?\d{4})")


def _year(date: str | None) -> int | None:
    """Return the year of an ISO date, year-month or year.

    >>> _year("2009-11"), _year("2023-02-07"), _year(None)
    (2009, 2023, None)
    """
    m = _YEAR.match(date or "")
    return int(m.group(1)) if m else None


# --------------------------------------------------------------------------- loading

_Q_LABELS = """
SELECT ?s ?p ?o WHERE {
  VALUES ?p { skos:prefLabel skos:altLabel mg:acronym dcterms:title }
  ?s ?p ?o .
}"""

_Q_TYPED = """
SELECT ?s ?type WHERE {
  VALUES ?type { mg:Network mg:Country mg:PoliticalOrganisation mg:Document mg:Conference
                 mg:Event }
  ?s a ?type .
}"""

_Q_PROPS = """
SELECT ?s ?p ?o WHERE {
  VALUES ?p { mg:iso3166 mg:iso3166Former mg:continent mg:country dcterms:date mg:documentKind
              mg:sourceFile mg:network mg:conferenceOf schema:startDate mg:eventType
              mg:participatesIn org:memberOf mg:signedBy mg:participant mg:attended
              mg:adoptedAt schema:mentions mg:condemns mg:supports }
  ?s ?p ?o .
  FILTER(!STRSTARTS(STR(?s), "ID_evidence/"))
}""".replace("ID_", ID)

_Q_PARTICIPATIONS = """
SELECT ?p ?org ?net ?start ?end ?doc ?n WHERE {
  ?p a mg:Participation ; org:member ?org ; org:organization ?net .
  OPTIONAL { ?p schema:startDate ?start }
  OPTIONAL { ?p schema:endDate ?end }
  OPTIONAL { ?p mg:restsOn ?doc }
  OPTIONAL { ?p mg:evidenceCount ?n }
}"""


def _open(path: Path) -> tuple[ox.Store, str]:
    """Open the built graph at ``path`` (an output folder, a store or a TriG file)."""
    candidates: list[tuple[str, Path]] = []
    if path.is_dir():
        if (path / "store").is_dir():
            candidates.append(("store", path / "store"))
        if (path / "graph.trig").is_file():
            candidates.append(("trig", path / "graph.trig"))
        if not candidates and any(path.glob("*.sst")):
            candidates.append(("store", path))
    elif path.is_file():
        candidates.append(("trig", path))
    if not candidates:
        raise MovementGraphError(
            f"{path}: no built graph here (expected {path / 'store'} or {path / 'graph.trig'}); "
            "run `movement-graph build --out DIR` first"
        )
    errors = []
    for kind, p in candidates:
        try:
            if kind == "store":
                return ox.Store.read_only(str(p)), str(p)
            store = ox.Store()
            store.bulk_load(path=str(p), format=ox.RdfFormat.TRIG)
            return store, str(p)
        except (OSError, SyntaxError, ValueError) as err:
            errors.append(f"{p}: {err}")
    raise MovementGraphError("cannot read the built graph: " + "; ".join(errors))


def _select(store: ox.Store, query: str) -> Iterator[dict[str, Any]]:
    names = query.split("SELECT", 1)[1].split("WHERE", 1)[0].split()
    variables = [n.lstrip("?") for n in names if n.startswith("?")]
    result = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    for row in result:
        yield {v: row[v] for v in variables}


def _text(term: Any) -> str:
    return str(term.value)


def _pick_label(values: Iterable[tuple[str, str | None]]) -> str | None:
    """Pick one label deterministically: English first, then untagged, then the rest.

    >>> _pick_label([("Parti", "fr"), ("Party", "en")])
    'Party'
    """
    ranked = sorted(values, key=lambda v: ({"en": 0, None: 1}.get(v[1], 2), v[1] or "", v[0]))
    return ranked[0][0] if ranked else None


def load_graph(path: Path) -> GraphData:
    """Read a built graph into ``GraphData``.

    Parameters
    ----------
    path:
        an output folder of ``movement-graph build`` (its ``store/`` is read, else its
        ``graph.trig``), a store folder, or a TriG file.

    Raises
    ------
    MovementGraphError
        when ``path`` holds no built graph, or the graph cannot be read.
    """
    store, source = _open(Path(path))
    skos = PREFIXES["skos"]
    types: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, _Q_TYPED):
        if isinstance(row["s"], ox.NamedNode):
            types[_text(row["type"]).rsplit("#", 1)[-1]].add(_text(row["s"]))

    pref: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    alt: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    acr: dict[str, set[str]] = defaultdict(set)
    title: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for row in _select(store, _Q_LABELS):
        s, p, o = _text(row["s"]), _text(row["p"]), row["o"]
        if not isinstance(o, ox.Literal):
            continue
        value = (o.value, o.language)
        if p == skos + "prefLabel":
            pref[s].append(value)
        elif p == skos + "altLabel":
            alt[s].add(value)
        elif p.endswith("#acronym"):
            acr[s].add(o.value)
        else:
            title[s].append(value)

    props: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _select(store, _Q_PROPS):
        p = _text(row["p"])
        props[_text(row["s"])][p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]].add(_text(row["o"]))

    def one(s: str, p: str) -> str | None:
        values = sorted(props[s].get(p, ()))
        return values[0] if values else None

    def label(s: str) -> str:
        return (
            _pick_label(pref[s])
            or _pick_label(alt[s])
            or _pick_label(title[s])
            or (sorted(acr[s])[0] if acr[s] else None)
            or s.rsplit("/", 1)[-1]
        )

    def alts(s: str) -> tuple[str, ...]:
        main = label(s)
        names = {v for v, _ in alt[s]} | {v for v, _ in pref[s]}
        return tuple(sorted(n for n in names if n != main))

    networks = {
        s: Network(s, s.rsplit("/", 1)[-1], label(s), tuple(sorted(acr[s]))) for s in types["Network"]
    }
    countries = {}
    for s in types["Country"]:
        iso = one(s, "iso3166")
        if iso:
            countries[s] = Country(s, label(s), iso.upper(), one(s, "iso3166Former"), one(s, "continent"))
    orgs = {
        s: Organisation(s, label(s), alts(s), tuple(sorted(acr[s])), one(s, "country"))
        for s in types["PoliticalOrganisation"]
    }
    documents = {
        s: Document(
            s,
            _pick_label(title[s]) or label(s),
            one(s, "date"),
            one(s, "documentKind"),
            one(s, "sourceFile"),
            tuple(sorted(props[s].get("network", ()))),
        )
        for s in types["Document"]
    }
    conferences = {
        s: Conference(
            s,
            label(s),
            one(s, "startDate"),
            tuple(sorted(props[s].get("conferenceOf", ()))),
            one(s, "country"),
        )
        for s in types["Conference"]
    }
    events = {
        s: Event(
            s,
            label(s),
            one(s, "startDate"),
            one(s, "country"),
            tuple(sorted(props[s].get("eventType", ()))),
        )
        for s in types["Event"]
    }

    def pairs(p: str, left: Mapping[str, Any], right: Mapping[str, Any]) -> frozenset:
        return frozenset((s, o) for s, ps in props.items() if s in left for o in ps.get(p, ()) if o in right)

    doc_events = frozenset(
        (d, e, rel)
        for d in documents
        for rel in ("mentions", "condemns", "supports")
        for e in props[d].get(rel, ())
        if e in events
    )

    parts: dict[str, dict[str, Any]] = {}
    for row in _select(store, _Q_PARTICIPATIONS):
        key = _text(row["p"])
        rec = parts.setdefault(
            key,
            {
                "org": _text(row["org"]),
                "net": _text(row["net"]),
                "start": None,
                "end": None,
                "docs": set(),
                "n": 0,
            },
        )
        for name in ("start", "end"):
            if row[name] is not None:
                rec[name] = (
                    min(rec[name] or row[name].value, row[name].value)
                    if name == "start"
                    else max(rec[name] or "", row[name].value)
                )
        if row["doc"] is not None:
            rec["docs"].add(_text(row["doc"]))
        if row["n"] is not None:
            rec["n"] = max(rec["n"], int(row["n"].value))
    participations = tuple(
        Participation(r["org"], r["net"], r["start"], r["end"], tuple(sorted(r["docs"])), r["n"])
        for _, r in sorted(parts.items())
    )

    return GraphData(
        networks=networks,
        countries=countries,
        organisations=orgs,
        documents=documents,
        conferences=conferences,
        events=events,
        participates=pairs("participatesIn", orgs, networks),
        members=pairs("memberOf", orgs, networks),
        signed=pairs("signedBy", documents, orgs),
        doc_participants=pairs("participant", documents, orgs),
        attended=pairs("attended", orgs, conferences),
        adopted_at=pairs("adoptedAt", documents, conferences),
        doc_events=doc_events,
        participations=participations,
        source=source,
    )


# --------------------------------------------------------------------------- graphs


def _org_attrs(data: GraphData, org: str) -> dict[str, Any]:
    o = data.organisations[org]
    iso = data.iso(o.country)
    return {
        "kind": "organisation",
        "label": o.label,
        "acronym": " / ".join(o.acronyms),
        "country": iso or "",
        "country_label": data.country_label(iso) if iso else "",
        "networks": " ".join(data.networks[n].key for n in data.networks_of(org)),
    }


def participation_graph(
    data: GraphData, *, networks: Iterable[str] | None = None, countries: bool = False
) -> nx.Graph:
    """Build the organisation–network participation graph.

    Parameters
    ----------
    data:
        the loaded graph.
    networks:
        IRIs of the networks to keep; all networks with participants when omitted.
    countries:
        also add one node per country group (ISO code) and an ``in_country`` edge from
        each organisation to it.

    Returns
    -------
    nx.Graph
        node attribute ``kind`` (``network``, ``organisation``, ``country``) and ``label``;
        edges ``relation`` = ``participatesIn`` (with ``member``) or ``in_country``.
    """
    keep = sorted(networks) if networks is not None else data.active_networks()
    G = nx.Graph()
    for n in keep:
        net = data.networks[n]
        G.add_node(n, kind="network", label=net.label, acronym=" / ".join(net.acronyms), key=net.key)
    for org, n in sorted(data.participates):
        if n not in G:
            continue
        if org not in G:
            G.add_node(org, **_org_attrs(data, org))
        G.add_edge(org, n, relation="participatesIn", member=(org, n) in data.members)
    if countries:
        for org in sorted(u for u, k in G.nodes(data="kind") if k == "organisation"):
            iso = data.org_iso(org)
            if iso is None:
                continue
            cnode = ID + "country/" + iso
            if cnode not in G:
                G.add_node(
                    cnode,
                    kind="country",
                    label=data.country_label(iso),
                    country=iso,
                    continent=data.continent(iso) or "",
                )
            G.add_edge(org, cnode, relation="in_country")
    return G


def document_graph(data: GraphData) -> nx.Graph:
    """Build the organisation–document graph: ``signed``, ``participant``, ``attended``.

    Conferences are nodes too (``kind="conference"``), linked by ``attended`` to the
    organisations that took part and by ``adoptedAt`` to the documents they adopted.
    """
    G = nx.Graph()
    for d in sorted(data.documents):
        doc = data.documents[d]
        G.add_node(
            d,
            kind="document",
            label=doc.title,
            date=doc.date or "",
            networks=" ".join(data.networks[n].key for n in doc.networks if n in data.networks),
        )
    for c in sorted(data.conferences):
        conf = data.conferences[c]
        G.add_node(c, kind="conference", label=conf.label, date=conf.date or "")
    for rel, pairs in (("signed", data.signed), ("participant", data.doc_participants)):
        for d, org in sorted(pairs):
            if org not in G:
                G.add_node(org, **_org_attrs(data, org))
            G.add_edge(org, d, relation=rel)
    for org, c in sorted(data.attended):
        if org not in G:
            G.add_node(org, **_org_attrs(data, org))
        G.add_edge(org, c, relation="attended")
    for d, c in sorted(data.adopted_at):
        G.add_edge(d, c, relation="adoptedAt")
    return G


def cosignature_graph(data: GraphData) -> nx.Graph:
    """Link organisations that signed the same document; ``weight`` = how many documents.

    Every signatory is a node, also one that signed alone.
    """
    by_doc: dict[str, list[str]] = defaultdict(list)
    for d, org in sorted(data.signed):
        by_doc[d].append(org)
    G = nx.Graph()
    for org in sorted({o for _, o in data.signed}):
        G.add_node(org, **_org_attrs(data, org))
    for d in sorted(by_doc):
        signers = by_doc[d]
        for i, u in enumerate(signers):
            for v in signers[i + 1 :]:
                if G.has_edge(u, v):
                    G[u][v]["weight"] += 1
                else:
                    G.add_edge(u, v, weight=1)
    return G


def document_event_graph(data: GraphData) -> nx.Graph:
    """Link documents to the events they mention, condemn or support (``relation``)."""
    G = nx.Graph()
    for d, e, rel in sorted(data.doc_events):
        if d not in G:
            doc = data.documents[d]
            G.add_node(d, kind="document", label=doc.title, date=doc.date or "")
        if e not in G:
            ev = data.events[e]
            G.add_node(
                e,
                kind="event",
                label=ev.label,
                date=ev.date or "",
                country=data.iso(ev.country) or "",
            )
        relations = set(G[d][e]["relation"].split()) if G.has_edge(d, e) else set()
        G.add_edge(d, e, relation=" ".join(sorted(relations | {rel})))
    return G


# --------------------------------------------------------------------------- metrics


def centrality(G: nx.Graph, *, weight: str | None = "weight") -> dict[str, dict[str, float]]:
    """Return degree, weighted degree, betweenness and eigenvector centrality of each node.

    Betweenness counts hops (a co-signature weight is a strength, not a distance);
    eigenvector centrality uses ``weight``.  Values are rounded to 6 decimals.

    >>> G = nx.path_graph(["a", "b", "c"])
    >>> centrality(G)["b"]["betweenness"]
    1.0
    """
    if len(G) == 0:
        return {}
    degree = nx.degree_centrality(G)
    betweenness = nx.betweenness_centrality(G, normalized=True)
    eigen: dict[Any, float] = {}
    for comp in nx.connected_components(G):
        H = G.subgraph(comp)
        if len(H) == 1:
            eigen.update(dict.fromkeys(H, 0.0))
            continue
        try:
            values = nx.eigenvector_centrality(H, max_iter=1000, tol=1e-9, weight=weight)
        except nx.PowerIterationFailedConvergence:  # pragma: no cover - bipartite oscillation
            values = nx.degree_centrality(H)
        # scale by the component's share so that small components do not look central
        share = len(H) / len(G)
        eigen.update({u: v * share for u, v in values.items()})
    return {
        str(u): {
            "degree": round(degree[u], 6),
            "strength": G.degree(u, weight=weight) if weight else G.degree(u),
            "betweenness": round(betweenness[u], 6),
            "eigenvector": round(eigen[u], 6),
        }
        for u in sorted(G)
    }


def communities(G: nx.Graph, *, seed: int = SEED, weight: str = "weight") -> list[list[str]]:
    """Return the Louvain communities of ``G``, largest first, members sorted.

    >>> G = nx.Graph([("a", "b"), ("c", "d")])
    >>> communities(G)
    [['a', 'b'], ['c', 'd']]
    """
    if len(G) == 0:
        return []
    found = nx.community.louvain_communities(G, weight=weight, seed=seed)
    return sorted((sorted(map(str, c)) for c in found), key=lambda c: (-len(c), c))


def supporting_documents(data: GraphData, org: str, network: str) -> list[str]:
    """Return the documents on which ``org``'s participation in ``network`` rests, sorted.

    These are the participation's ``mg:restsOn`` documents, the network's documents that
    the organisation signed or whose meeting it took part in, and the documents adopted
    at the network's conferences it attended.
    """
    docs: set[str] = set()
    for p in data.participations_of(org):
        if p.network == network:
            docs.update(d for d in p.rests_on if d in data.documents)
    docs.update(d for d in data.documents_of(org) if network in data.documents[d].networks)
    for c in data.conferences_of(org):
        if network in data.conferences[c].networks:
            docs.update(data.adopted(c))
    return sorted(docs, key=lambda d: (data.documents[d].date or "", d))


def _participation_years(data: GraphData, org: str, network: str) -> set[int]:
    years = {data.documents[d].year for d in supporting_documents(data, org, network)}
    years |= {
        data.conferences[c].year for c in data.conferences_of(org) if network in data.conferences[c].networks
    }
    for p in data.participations_of(org):
        if p.network == network:
            years |= {_year(p.start), _year(p.end)}
    return {y for y in years if y is not None}


def network_summary(data: GraphData, network: str) -> dict[str, Any]:
    """Return one network's participants, countries, continents, documents and conferences."""
    net = data.networks[network]
    participants = []
    by_country: dict[str, list[str]] = defaultdict(list)
    for org in data.participants(network):
        o = data.organisations[org]
        iso = data.iso(o.country)
        if iso:
            by_country[iso].append(org)
        years = sorted(_participation_years(data, org, network))
        participants.append(
            {
                "iri": org,
                "label": o.label,
                "acronyms": list(o.acronyms),
                "alt_labels": list(o.alt_labels),
                "country": iso,
                "country_label": data.country_label(iso) if iso else None,
                "member": (org, network) in data.members,
                "documents": supporting_documents(data, org, network),
                "first_year": years[0] if years else None,
                "last_year": years[-1] if years else None,
            }
        )
    continents: dict[str, int] = defaultdict(int)
    for iso in by_country:
        continents[data.continent(iso) or "unknown"] += 1
    documents = sorted(
        (d for d, doc in data.documents.items() if network in doc.networks),
        key=lambda d: (data.documents[d].date or "", d),
    )
    conferences = sorted(
        (c for c, conf in data.conferences.items() if network in conf.networks),
        key=lambda c: (data.conferences[c].date or "", c),
    )
    by_year: dict[int, int] = defaultdict(int)
    for org in data.participants(network):
        for y in _participation_years(data, org, network):
            by_year[y] += 1
    return {
        "iri": network,
        "key": net.key,
        "label": net.label,
        "acronyms": list(net.acronyms),
        "participants": participants,
        "participant_count": len(participants),
        "countries": [
            {
                "iso": iso,
                "label": data.country_label(iso),
                "continent": data.continent(iso),
                "participants": sorted(orgs),
            }
            for iso, orgs in sorted(by_country.items())
        ],
        "country_count": len(by_country),
        "continents": dict(sorted(continents.items())),
        "documents": [
            {
                "iri": d,
                "title": data.documents[d].title,
                "date": data.documents[d].date,
                "kind": data.documents[d].kind,
                "signatories": sorted(o for x, o in data.signed if x == d),
            }
            for d in documents
        ],
        "conferences": [
            {
                "iri": c,
                "label": data.conferences[c].label,
                "date": data.conferences[c].date,
                "country": data.iso(data.conferences[c].country),
                "attended_by": sorted(o for o, x in data.attended if x == c),
            }
            for c in conferences
        ],
        "participants_by_year": {str(y): n for y, n in sorted(by_year.items())},
    }


def overlap(data: GraphData) -> list[dict[str, Any]]:
    """Return, for each pair of networks with participants, the organisations and countries
    in both."""
    active = data.active_networks()
    rows = []
    for i, a in enumerate(active):
        for b in active[i + 1 :]:
            pa, pb = set(data.participants(a)), set(data.participants(b))
            ca = {data.org_iso(o) for o in pa} - {None}
            cb = {data.org_iso(o) for o in pb} - {None}
            rows.append(
                {
                    "networks": [data.networks[a].key, data.networks[b].key],
                    "organisations": sorted(pa & pb),
                    "countries": sorted(str(c) for c in ca & cb),
                }
            )
    return rows


def timeline(data: GraphData) -> list[dict[str, Any]]:
    """Return the first and last year each participating organisation is seen, per network."""
    rows = []
    for org, n in sorted(data.participates):
        years = sorted(_participation_years(data, org, n))
        rows.append(
            {
                "organisation": org,
                "label": data.organisations[org].label,
                "network": data.networks[n].key,
                "country": data.org_iso(org),
                "first_year": years[0] if years else None,
                "last_year": years[-1] if years else None,
                "years": years,
            }
        )
    return rows


def events_by_year(data: GraphData) -> list[dict[str, Any]]:
    """Return which events each network's documents refer to, by the documents' year."""
    refs: dict[tuple[str, int | None, str], dict[str, Any]] = {}
    for d, e, rel in sorted(data.doc_events):
        doc = data.documents[d]
        for n in doc.networks:
            if n not in data.networks:
                continue
            key = (data.networks[n].key, doc.year, e)
            row = refs.setdefault(
                key,
                {
                    "network": key[0],
                    "year": doc.year,
                    "event": e,
                    "label": data.events[e].label,
                    "event_date": data.events[e].date,
                    "event_country": data.iso(data.events[e].country),
                    "relations": set(),
                    "documents": set(),
                },
            )
            row["relations"].add(rel)
            row["documents"].add(d)
    out = []
    for key in sorted(refs, key=lambda k: (k[0], k[1] if k[1] is not None else -1, k[2])):
        row = refs[key]
        out.append({**row, "relations": sorted(row["relations"]), "documents": sorted(row["documents"])})
    return out


def analysis(data: GraphData, *, seed: int = SEED) -> dict[str, Any]:
    """Compute every analysis of ``data`` as one JSON-ready dict (deterministic)."""
    cosig = cosignature_graph(data)
    cent = centrality(cosig)
    comms = communities(cosig, seed=seed)
    graphs = {
        "participation": participation_graph(data),
        "document": document_graph(data),
        "cosignature": cosig,
        "document_event": document_event_graph(data),
    }
    return {
        "source": Path(data.source).name,
        "counts": {
            "networks": len(data.networks),
            "organisations": len(data.organisations),
            "countries": len({c.iso for c in data.countries.values()}),
            "documents": len(data.documents),
            "conferences": len(data.conferences),
            "events": len(data.events),
        },
        "graphs": {
            name: {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()} for name, G in graphs.items()
        },
        "networks": {data.networks[n].key: network_summary(data, n) for n in data.active_networks()},
        "overlap": overlap(data),
        "cosignature": {
            "centrality": cent,
            "communities": comms,
            "seed": seed,
        },
        "timeline": timeline(data),
        "events_by_year": events_by_year(data),
        "unaffiliated": sorted(set(data.organisations) - {o for o, _ in data.participates}),
    }


# --------------------------------------------------------------------------- writing


def _csv(rows: Iterable[Mapping[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: (" ".join(map(str, v)) if isinstance(v, list | tuple | set) else ("" if v is None else v))
                for k, v in row.items()
            }
        )
    return buf.getvalue()


def _write_text(path: Path, text: str) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


def tables(result: Mapping[str, Any]) -> dict[str, str]:
    """Return the CSV tables of an ``analysis`` result, by file name."""
    participants, countries, documents, conferences = [], [], [], []
    for key, net in result["networks"].items():
        participants += [{"network": key, **p} for p in net["participants"]]
        countries += [{"network": key, **c} for c in net["countries"]]
        documents += [{"network": key, **d} for d in net["documents"]]
        conferences += [{"network": key, **c} for c in net["conferences"]]
    cent = [{"organisation": u, **v} for u, v in result["cosignature"]["centrality"].items()]
    comm = [
        {"community": i, "organisation": u}
        for i, members in enumerate(result["cosignature"]["communities"])
        for u in members
    ]
    over = [
        {"network_a": r["networks"][0], "network_b": r["networks"][1], "kind": kind, "item": x}
        for r in result["overlap"]
        for kind in ("organisations", "countries")
        for x in r[kind]
    ]
    return {
        "participants.csv": _csv(
            participants,
            [
                "network",
                "iri",
                "label",
                "acronyms",
                "country",
                "country_label",
                "member",
                "first_year",
                "last_year",
                "documents",
            ],
        ),
        "countries.csv": _csv(countries, ["network", "iso", "label", "continent", "participants"]),
        "documents.csv": _csv(documents, ["network", "iri", "date", "kind", "title", "signatories"]),
        "conferences.csv": _csv(conferences, ["network", "iri", "date", "label", "country", "attended_by"]),
        "overlap.csv": _csv(over, ["network_a", "network_b", "kind", "item"]),
        "centrality.csv": _csv(cent, ["organisation", "degree", "strength", "betweenness", "eigenvector"]),
        "communities.csv": _csv(comm, ["community", "organisation"]),
        "timeline.csv": _csv(
            result["timeline"],
            ["organisation", "label", "network", "country", "first_year", "last_year", "years"],
        ),
        "events_by_year.csv": _csv(
            result["events_by_year"],
            [
                "network",
                "year",
                "event",
                "label",
                "event_date",
                "event_country",
                "relations",
                "documents",
            ],
        ),
    }


def combined_graph(data: GraphData) -> nx.MultiDiGraph:
    """Return every node and relation the analyses use, as one directed multigraph."""
    G = nx.MultiDiGraph()
    for n, net in sorted(data.networks.items()):
        G.add_node(n, kind="network", label=net.label, acronym=" / ".join(net.acronyms))
    for org in sorted(data.organisations):
        G.add_node(org, **_org_attrs(data, org))
    for c, country in sorted(data.countries.items()):
        G.add_node(
            c,
            kind="country",
            label=country.label,
            country=country.iso,
            continent=country.continent or "",
        )
    for d, doc in sorted(data.documents.items()):
        G.add_node(d, kind="document", label=doc.title, date=doc.date or "")
    for c, conf in sorted(data.conferences.items()):
        G.add_node(c, kind="conference", label=conf.label, date=conf.date or "")
    for e, ev in sorted(data.events.items()):
        G.add_node(e, kind="event", label=ev.label, date=ev.date or "")
    edges: list[tuple[str, str, str]] = []
    edges += [(o, n, "participatesIn") for o, n in data.participates]
    edges += [(o, n, "memberOf") for o, n in data.members]
    edges += [(d, o, "signedBy") for d, o in data.signed]
    edges += [(d, o, "participant") for d, o in data.doc_participants]
    edges += [(o, c, "attended") for o, c in data.attended]
    edges += [(d, c, "adoptedAt") for d, c in data.adopted_at]
    edges += [(d, e, rel) for d, e, rel in data.doc_events]
    edges += [
        (o.iri, o.country, "country")
        for o in data.organisations.values()
        if o.country is not None and o.country in data.countries
    ]
    edges += [
        (d, n, "network") for d, doc in data.documents.items() for n in doc.networks if n in data.networks
    ]
    edges += [
        (c, n, "conferenceOf")
        for c, conf in data.conferences.items()
        for n in conf.networks
        if n in data.networks
    ]
    for u, v, rel in sorted(set(edges)):
        G.add_edge(u, v, key=rel, relation=rel)
    return G


_GEXF_DATE = re.compile(r' lastmodifieddate="[^"]*"')


def write_exports(data: GraphData, export_dir: Path) -> list[Path]:
    """Write GraphML, GEXF and CSV node/edge lists of the combined and co-signature graphs."""
    written = []
    for name, G in (
        ("movement-graph", combined_graph(data)),
        ("cosignature", cosignature_graph(data)),
    ):
        graphml = export_dir / f"{name}.graphml"
        with atomic_path(graphml) as tmp:
            nx.write_graphml(G, tmp)
        gexf = "\n".join(nx.generate_gexf(G)) + "\n"
        # the date of writing would make the bytes differ from run to run
        written += [graphml, _write_text(export_dir / f"{name}.gexf", _GEXF_DATE.sub("", gexf))]
        node_cols = sorted({k for _, a in G.nodes(data=True) for k in a})
        nodes = [{"id": u, **a} for u, a in G.nodes(data=True)]
        edge_cols = sorted({k for *_, a in G.edges(data=True) for k in a})
        edge_rows = [{"source": u, "target": v, **a} for u, v, a in G.edges(data=True)]
        written.append(_write_text(export_dir / f"{name}-nodes.csv", _csv(nodes, ["id", *node_cols])))
        written.append(
            _write_text(export_dir / f"{name}-edges.csv", _csv(edge_rows, ["source", "target", *edge_cols]))
        )
    return written


def analyse(out_dir: Path, *, seed: int = SEED) -> list[Path]:
    """Compute the analyses of the graph built in ``out_dir`` and write them there.

    Writes ``analysis.json``, ``tables/*.csv`` and ``exports/`` (GraphML, GEXF, CSV).

    Returns
    -------
    list[Path]
        the files written.

    Raises
    ------
    MovementGraphError
        when ``out_dir`` holds no built graph.
    """
    out_dir = Path(out_dir)
    data = load_graph(out_dir)
    result = analysis(data, seed=seed)
    written = [
        _write_text(
            out_dir / "analysis.json",
            json.dumps(result, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
        )
    ]
    for name, text in tables(result).items():
        written.append(_write_text(out_dir / "tables" / name, text))
    written += write_exports(data, out_dir / "exports")
    return written
