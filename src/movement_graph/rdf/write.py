"""Serialise quads deterministically: TriG for people, N-Quads for the store.

Quads are grouped by graph and sorted, so that the same input gives the same bytes,
run after run; prefixes make the TriG readable.  ``group`` holds every quad in memory;
``GraphStream`` hands the writers one named graph at a time, so that a build of any size
holds one document's quads (plus the resolution and reference graphs) at once.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Protocol, TextIO

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.plugins.serializers.nt import _quoteLiteral

from ..vocab import PREFIXES

Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef]
Triple = tuple[URIRef, URIRef, URIRef | Literal]


class Graphs(Protocol):
    """Named graphs in output order: a dict from ``group`` or a ``GraphStream``."""

    def items(self) -> Iterable[tuple[URIRef, Collection[Triple]]]: ...


class _Merged(Collection[Triple]):
    """A graph's sorted triples merged with sorted streams produced when it is read.

    Each reading (writers, validator) produces the streams afresh, so that their
    triples are never all in memory at once.
    """

    def __init__(self, held: list[Triple], streams: list[tuple[int, Callable[[], Iterable[Triple]]]]) -> None:
        self._held = held
        self._streams = streams

    def __len__(self) -> int:
        return len(self._held) + sum(n for n, _ in self._streams)

    def __iter__(self) -> Iterator[Triple]:
        return heapq.merge(self._held, *(make() for _, make in self._streams), key=triple_key)

    def __contains__(self, t: object) -> bool:
        return any(t == x for x in self)


class GraphStream:
    """Quads grouped by graph and sorted, produced lazily, one named graph at a time.

    ``make_quads`` is called once per pass over the graphs (TriG, then N-Quads) and must
    yield the quads of each graph whose name starts with ``stream_prefix`` contiguously
    and in the order of the graph names; quads of other graphs (resolution, reference)
    may come in any order and are held until the end, where they are written sorted.
    ``on_graph`` sees every graph of the first pass (validation), but the last when
    ``on_last_graph`` is given, which sees that one; ``on_done`` runs after them.  While
    the quads are made, ``defer`` may hand over a stream of further triples of a held
    graph, sorted and distinct from its other triples; they are merged in when the graph
    is written, never held.

    >>> from rdflib import URIRef as U
    >>> q = [(U("s:b"), U("p:"), U("o:"), U("d:1")), (U("s:a"), U("p:"), U("o:"), U("d:1")),
    ...      (U("s:a"), U("p:"), U("o:"), U("x:r"))]
    >>> [(str(g), len(ts)) for g, ts in GraphStream(lambda: q, stream_prefix="d:").items()]
    [('d:1', 2), ('x:r', 1)]
    """

    def __init__(
        self,
        make_quads: Callable[[], Iterable[Quad]],
        *,
        stream_prefix: str,
        on_graph: Callable[[URIRef, Collection[Triple]], None] | None = None,
        on_last_graph: Callable[[URIRef, Collection[Triple]], None] | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        self._make = make_quads
        self._prefix = stream_prefix
        self._on_graph = on_graph
        self._on_last_graph = on_last_graph
        self._on_done = on_done
        self._passes = 0
        self._deferred: list[tuple[URIRef, int, Callable[[], Iterable[Triple]]]] = []

    def defer(self, g: URIRef, count: int, triples: Callable[[], Iterable[Triple]]) -> None:
        """Triples of the held graph ``g``: ``count`` of them, made sorted by ``triples()``."""
        self._deferred.append((g, count, triples))

    def items(self) -> Iterator[tuple[URIRef, Collection[Triple]]]:
        first = self._passes == 0
        self._passes += 1
        graphs = self._graphs()
        item = next(graphs, None)
        while item is not None:
            # one graph ahead, so that the last is known as the last (``on_last_graph``)
            following = next(graphs, None)
            if first:
                see = self._on_last_graph if following is None and self._on_last_graph else self._on_graph
                if see is not None:
                    see(*item)
            yield item
            item = following
        if first and self._on_done is not None:
            self._on_done()

    def _graphs(self) -> Iterator[tuple[URIRef, Collection[Triple]]]:
        self._deferred.clear()
        held: dict[URIRef, set[Triple]] = defaultdict(set)
        current: URIRef | None = None
        run: set[Triple] = set()
        last = ""
        # a graph's quads mostly share one object for its name: test the prefix once per run
        seen: URIRef | None = None
        streamed = False
        for s, p, o, g in self._make():
            if g is not seen:
                seen, streamed = g, str(g).startswith(self._prefix)
            if not streamed:
                held[g].add((s, p, o))
                continue
            if g is not current and g != current:
                if current is not None:
                    yield current, _sorted(run)
                if str(g) <= last:
                    raise ValueError(
                        f"graph <{g}> comes after <{last}>: document graphs must "
                        "come contiguously and in the order of their names"
                    )
                current, run, last = g, set(), str(g)
            run.add((s, p, o))
        if current is not None:
            yield current, _sorted(run)
        streams: dict[URIRef, list[tuple[int, Callable[[], Iterable[Triple]]]]] = defaultdict(list)
        for g, n, make in self._deferred:
            streams[g].append((n, make))
        for g in sorted(held.keys() | streams.keys(), key=str):
            if str(g) <= last:
                raise ValueError(f"graph <{g}> sorts before the document graph <{last}>")
            triples = _sorted(held.pop(g, ()))
            yield g, (_Merged(triples, streams[g]) if g in streams else triples)


def _sorted(triples: Iterable[Triple]) -> list[Triple]:
    return sorted(triples, key=triple_key)


def triple_key(t: Triple) -> tuple[str, str, tuple[str, str, str]]:
    return (str(t[0]), str(t[1]), _okey(t[2]))


def _manager() -> NamespaceManager:
    nm = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        nm.bind(prefix, ns, override=True, replace=True)
    return nm


def group(quads: Iterable[Quad]) -> dict[URIRef, list[tuple[URIRef, URIRef, URIRef | Literal]]]:
    """Deduplicate and sort quads by graph, subject, predicate, object."""
    graphs: dict[URIRef, set[tuple[URIRef, URIRef, URIRef | Literal]]] = defaultdict(set)
    for s, p, o, g in quads:
        graphs[g].add((s, p, o))
    return {g: _sorted(ts) for g, ts in sorted(graphs.items(), key=lambda kv: str(kv[0]))}


def _okey(o: URIRef | Literal) -> tuple[str, str, str]:
    # rdflib's terms are ABCs: a failing isinstance costs a call, a type test does not
    if type(o) is not URIRef and isinstance(o, Literal):
        return ("1", str(o), f"{o.datatype or ''}@{o.language or ''}")
    return ("0", str(o), "")


def write_trig(graphs: Graphs, path: Path) -> int:
    """Write TriG; return the number of quads written."""
    forms = _Forms(_manager())
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(_trig_header())
        for g, triples in graphs.items():
            n += _write_trig_graph(fh, g, triples, forms)
    return n


def write_graph_files(
    graphs: Graphs, trig: Path, nquads: Path, *, also: Callable[[str], None] | None = None
) -> int:
    """Write TriG and N-Quads in one pass over the graphs; return the number of quads.

    The bytes are those of ``write_trig`` and ``write_nquads``; one pass builds each
    graph's quads once instead of twice.  ``also`` receives the N-Quads text as it is
    written, whole lines at a time (``store.StoreLoader.write``).
    """
    forms = _Forms(_manager())
    n = 0
    with (
        trig.open("w", encoding="utf-8", newline="\n") as ft,
        nquads.open("w", encoding="utf-8", newline="\n") as fh,
    ):
        fq: TextIO | _Tee = fh if also is None else _Tee(fh, also)
        ft.write(_trig_header())
        for g, triples in graphs.items():
            n += _write_trig_graph(ft, g, triples, forms)
            _write_nquads_graph(fq, g, triples, forms)
    return n


class _Tee:
    """A text file that also hands what is written to ``also``."""

    def __init__(self, fh: TextIO, also: Callable[[str], None]) -> None:
        self._fh = fh
        self._also = also

    def write(self, text: str) -> int:
        n = self._fh.write(text)
        self._also(text)
        return n

    def flush(self) -> None:
        self._fh.flush()


def _trig_header() -> str:
    return "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in PREFIXES.items())


class _Forms:
    """The TriG and N-Quads forms of the terms of one output, memoised.

    IRIs go through the bounded memos ``_iri`` and ``_n3``.  Literals repeat too (numbers,
    dates, labels, the file of every evidence node); their forms depend on the lexical
    form, the language tag and the datatype only, so they are kept under that key (not
    under the literal, whose equality ignores the case of the language tag), and the memo
    starts afresh when it is full.

    >>> f = _Forms(_manager())
    >>> f.trig(Literal(3)), f.nquads(Literal(3)), f.trig(Literal("a", lang="EN"))
    ('"3"^^xsd:integer', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"a"@EN')
    """

    def __init__(self, nm: NamespaceManager) -> None:
        self._nm = nm
        self._literals: dict[tuple[str, str | None, URIRef | None], tuple[str, str]] = {}

    def _literal(self, o: Literal) -> tuple[str, str]:
        key = (str(o), o.language, o.datatype)
        forms = self._literals.get(key)
        if forms is None:
            if len(self._literals) >= _MEMO_SIZE:
                self._literals.clear()
            forms = self._literals[key] = (o.n3(self._nm), _quoteLiteral(o))
        return forms

    def trig(self, t: URIRef | Literal) -> str:
        if type(t) is URIRef or isinstance(t, URIRef):
            return _iri(str(t))
        if isinstance(t, Literal):
            return self._literal(t)[0]
        return t.n3(self._nm)

    def nquads(self, t: URIRef | Literal) -> str:
        if type(t) is URIRef or not isinstance(t, Literal):
            return _n3(str(t))
        return self._literal(t)[1]


_MEMO_SIZE = 1 << 16


def _write_trig_graph(fh: TextIO, g: URIRef, triples: Collection[Triple], forms: _Forms) -> int:
    term = forms.trig
    fh.write(f"\n{term(g)} {{\n")
    last_s = None
    for s, p, o in triples:
        if s is not last_s and s != last_s:
            if last_s is not None:
                fh.write(" .\n")
            fh.write(f"    {term(s)} {term(p)} {term(o)}")
            last_s = s
        else:
            fh.write(f" ;\n        {term(p)} {term(o)}")
    if last_s is not None:
        fh.write(" .\n")
    fh.write("}\n")
    return len(triples)


@lru_cache(maxsize=_MEMO_SIZE)
def _iri(s: str) -> str:
    """An IRI as a prefixed name where one is safe, else in angle brackets (bounded memo)."""
    for prefix, ns in PREFIXES.items():
        if s.startswith(ns):
            local = s[len(ns) :]
            if local and _pn_local_ok(local):
                return f"{prefix}:{local}"
    return URIRef(s).n3()


def _pn_local_ok(local: str) -> bool:
    # conservative PN_LOCAL: letters, digits, '_', '-', and inner '.' or '/' are not
    # allowed unescaped in every parser, so keep slashes and dots out
    return local[0].isalnum() and all(c.isalnum() or c in "_-" for c in local) and local[-1] != "."


@lru_cache(maxsize=_MEMO_SIZE)
def _n3(s: str) -> str:
    return URIRef(s).n3()


def write_nquads(graphs: Graphs, path: Path) -> int:
    """Write N-Quads; return the number of quads written."""
    forms = _Forms(_manager())
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for g, triples in graphs.items():
            n += _write_nquads_graph(fh, g, triples, forms)
    return n


def _write_nquads_graph(fh: TextIO | _Tee, g: URIRef, triples: Collection[Triple], forms: _Forms) -> int:
    obj = forms.nquads
    gs = g.n3()
    lines = (f"{_n3(str(s))} {_n3(str(p))} {obj(o)} {gs} .\n" for s, p, o in triples)
    # in pieces: the resolution graph of a large corpus has millions of lines
    while piece := "".join(islice(lines, 8192)):
        fh.write(piece)
    return len(triples)
