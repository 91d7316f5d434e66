"""Serialise quads deterministically: TriG for people, N-Quads for the store.

Quads are grouped by graph and sorted, so that the same input gives the same bytes,
run after run; prefixes make the TriG readable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import NamespaceManager

from ..vocab import PREFIXES

Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef]


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
    return {g: sorted(ts, key=lambda t: (str(t[0]), str(t[1]), _okey(t[2])))
            for g, ts in sorted(graphs.items(), key=lambda kv: str(kv[0]))}


def _okey(o: URIRef | Literal) -> tuple[str, str, str]:
    if isinstance(o, Literal):
        return ("1", str(o), f"{o.datatype or ''}@{o.language or ''}")
    return ("0", str(o), "")


def write_trig(graphs: dict[URIRef, list[tuple[URIRef, URIRef, URIRef | Literal]]], path: Path) -> int:
    """Write TriG; return the number of quads written."""
    nm = _manager()
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for prefix, ns in PREFIXES.items():
            fh.write(f"@prefix {prefix}: <{ns}> .\n")
        for g, triples in graphs.items():
            fh.write(f"\n{_term(g, nm)} {{\n")
            last_s = None
            for s, p, o in triples:
                if s != last_s:
                    if last_s is not None:
                        fh.write(" .\n")
                    fh.write(f"    {_term(s, nm)} {_term(p, nm)} {_term(o, nm)}")
                    last_s = s
                else:
                    fh.write(f" ;\n        {_term(p, nm)} {_term(o, nm)}")
                n += 1
            if last_s is not None:
                fh.write(" .\n")
            fh.write("}\n")
    return n


def _term(t: URIRef | Literal, nm: NamespaceManager) -> str:
    if isinstance(t, URIRef):
        s = str(t)
        for prefix, ns in PREFIXES.items():
            if s.startswith(ns):
                local = s[len(ns):]
                if local and _pn_local_ok(local):
                    return f"{prefix}:{local}"
        return t.n3()
    return t.n3(nm)


def _pn_local_ok(local: str) -> bool:
    # conservative PN_LOCAL: letters, digits, '_', '-', and inner '.' or '/' are not
    # allowed unescaped in every parser, so keep slashes and dots out
    return local[0].isalnum() and all(c.isalnum() or c in "_-" for c in local) and local[-1] != "."


def write_nquads(graphs: dict[URIRef, list[tuple[URIRef, URIRef, URIRef | Literal]]], path: Path) -> int:
    from rdflib.plugins.serializers.nt import _quoteLiteral

    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for g, triples in graphs.items():
            gs = g.n3()
            for s, p, o in triples:
                obj = _quoteLiteral(o) if isinstance(o, Literal) else o.n3()
                fh.write(f"{s.n3()} {p.n3()} {obj} {gs} .\n")
                n += 1
    return n
