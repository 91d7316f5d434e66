"""Validate the graph against ``ontology/shapes.ttl``, one named graph at a time.

pySHACL validates a few thousand triples a second, slower than the whole extraction, and
wants the whole data graph in memory.  ``GraphValidator`` compiles the shapes once into
plain checks of the SHACL Core features the shapes use (``sh:targetClass``, property
shapes on a predicate path with ``sh:minCount``, ``sh:maxCount``, ``sh:class``,
``sh:datatype``, ``sh:or`` of datatypes, ``sh:in``, ``sh:nodeKind``, ``sh:pattern``,
``sh:minInclusive``, ``sh:minLength``, ``sh:lessThan``, ``sh:message``) and is fed one
named graph after another (each document's graph as it is written, then the resolution
and reference graphs).  It keeps only what crosses graphs: the classes of nodes other than
evidence nodes, the values of count-constrained properties of shared nodes
(organisations, countries, events …), and the ``sh:class`` checks still open.  Its verdict
is that of SHACL over the union of the graphs (``tests/test_rdf.py`` compares it with
pySHACL, which ``validate_pyshacl`` still runs).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection as AbcCollection
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from ..errors import OntologyError

Triple = tuple[URIRef, URIRef, URIRef | Literal]

_EVIDENCE = "https://w3id.org/movement-graph/id/evidence/"
_MAX_REPORTED = 60
# looked up once: an rdflib namespace mints a new URIRef on every attribute access
_RDF_TYPE = RDF.type
_XSD_STRING = XSD.string
_MEMO_SIZE = 1 << 16


def ontology_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "ontology"


@cache
def _shapes() -> Graph:
    g = Graph()
    g.parse(ontology_dir() / "shapes.ttl", format="turtle")
    return g


@cache
def _ontology() -> Graph:
    g = Graph()
    g.parse(ontology_dir() / "movement.ttl", format="turtle")
    return g


@dataclass(frozen=True, slots=True)
class PropertyCheck:
    """One property shape: the constraints on the values of one predicate."""

    path: URIRef
    message: str
    min_count: int | None = None
    max_count: int | None = None
    classes: tuple[URIRef, ...] = ()
    datatypes: tuple[URIRef, ...] = ()  # one of them (sh:datatype, or sh:or of datatypes)
    allowed: frozenset[Node] | None = None  # the members of the sh:in list, as the shapes state them
    iri_only: bool = False
    pattern: re.Pattern[str] | None = None
    min_inclusive: Literal | None = None
    min_length: int | None = None
    less_than: URIRef | None = None
    # some value may violate a per-value constraint (``value_problem`` is False for every
    # value of a shape that has none: a count, a class or ``sh:lessThan`` only)
    checks_each_value: bool = field(init=False, repr=False, compare=False)
    # the values are read at all: a per-value constraint, a class or ``sh:lessThan``
    reads_values: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        each = bool(
            self.datatypes
            or self.allowed is not None
            or self.iri_only
            or self.pattern is not None
            or self.min_length is not None
            or self.min_inclusive is not None
        )
        object.__setattr__(self, "checks_each_value", each)
        object.__setattr__(self, "reads_values", each or bool(self.classes) or self.less_than is not None)

    def value_problem(self, o: URIRef | Literal) -> bool:
        """True when the single value ``o`` violates a per-value constraint."""
        if self.datatypes:
            if not isinstance(o, Literal) or not any(_has_datatype(o, d) for d in self.datatypes):
                return True
        if self.allowed is not None and o not in self.allowed:
            return True
        if self.iri_only and not isinstance(o, URIRef):
            return True
        if self.pattern is not None and (isinstance(o, BNode) or not self.pattern.search(str(o))):
            return True
        if self.min_length is not None and (isinstance(o, BNode) or len(str(o)) < self.min_length):
            return True
        if self.min_inclusive is not None:
            try:
                return not (isinstance(o, Literal) and o.toPython() >= self.min_inclusive.toPython())
            except TypeError:
                return True
        return False


def _has_datatype(o: Literal, datatype: URIRef) -> bool:
    if getattr(o, "ill_typed", False):
        return False
    if datatype == _XSD_STRING:
        return o.language is None and o.datatype in (None, XSD.string)
    return o.datatype == datatype


def _integer(value: Node | None) -> int | None:
    """The integer a shape states (``sh:minCount`` …): ``int`` of the literal's lexical form.

    >>> _integer(Literal(2)), _integer(None)
    (2, None)
    """
    # an rdflib term is a str whose value is its lexical form (str() of it is the same text)
    return int(str(value)) if value is not None else None


@dataclass(frozen=True, slots=True)
class NodeCheck:
    target: Node  # the sh:targetClass, as the shapes state it (a class IRI)
    label: str
    properties: tuple[PropertyCheck, ...]


def compile_shapes(
    shapes: Graph, ontology: Graph | None = None
) -> tuple[tuple[NodeCheck, ...], dict[URIRef, frozenset[URIRef]]]:
    """The node checks of ``shapes`` and the superclasses (reflexive) of every known class.

    Raises
    ------
    OntologyError
        when a shape uses a SHACL feature this validator does not implement.
    """
    supported = {
        SH.path,
        SH.message,
        SH.minCount,
        SH.maxCount,
        SH["class"],
        SH.datatype,
        SH["or"],
        SH["in"],
        SH.nodeKind,
        SH.pattern,
        SH.flags,
        SH.minInclusive,
        SH.minLength,
        SH.lessThan,
        SH.name,
        SH.description,
        SH.severity,
    }
    checks: list[NodeCheck] = []
    for shape in sorted(shapes.subjects(RDF.type, SH.NodeShape), key=str):
        label = str(shapes.value(shape, RDFS.label) or shape)
        for target in shapes.objects(shape, SH.targetClass):
            props: list[PropertyCheck] = []
            for ps in shapes.objects(shape, SH.property):
                unknown = {p for p in shapes.predicates(ps) if p not in supported}
                if unknown:
                    raise OntologyError(
                        f"shapes.ttl: {label}: unsupported SHACL terms {sorted(unknown, key=str)}"
                    )
                path = shapes.value(ps, SH.path)
                if not isinstance(path, URIRef):
                    raise OntologyError(f"shapes.ttl: {label}: only predicate paths are supported")
                datatypes = [d for d in shapes.objects(ps, SH.datatype) if isinstance(d, URIRef)]
                for alt in shapes.objects(ps, SH["or"]):
                    for member in Collection(shapes, alt):
                        datatypes += [d for d in shapes.objects(member, SH.datatype) if isinstance(d, URIRef)]
                allowed = None
                for lst in shapes.objects(ps, SH["in"]):
                    allowed = frozenset(Collection(shapes, lst))
                pattern = shapes.value(ps, SH.pattern)
                flags = str(shapes.value(ps, SH.flags) or "")
                min_c, max_c = shapes.value(ps, SH.minCount), shapes.value(ps, SH.maxCount)
                min_len, min_inc = shapes.value(ps, SH.minLength), shapes.value(ps, SH.minInclusive)
                # only an IRI can be a predicate of the data: another value would match nothing
                less_than = shapes.value(ps, SH.lessThan)
                props.append(
                    PropertyCheck(
                        path=path,
                        message=str(shapes.value(ps, SH.message) or f"{label}: {path}"),
                        min_count=_integer(min_c),
                        max_count=_integer(max_c),
                        classes=tuple(c for c in shapes.objects(ps, SH["class"]) if isinstance(c, URIRef)),
                        datatypes=tuple(datatypes),
                        allowed=allowed,
                        iri_only=shapes.value(ps, SH.nodeKind) == SH.IRI,
                        pattern=re.compile(str(pattern), re.I if "i" in flags else 0) if pattern else None,
                        min_inclusive=min_inc if isinstance(min_inc, Literal) else None,
                        min_length=_integer(min_len),
                        less_than=less_than if isinstance(less_than, URIRef) else None,
                    )
                )
            checks.append(NodeCheck(target, label, tuple(props)))
    parents: dict[URIRef, set[URIRef]] = defaultdict(set)
    for g in (shapes, ontology) if ontology is not None else (shapes,):
        for sub, sup in g.subject_objects(RDFS.subClassOf):
            if isinstance(sub, URIRef) and isinstance(sup, URIRef):
                parents[sub].add(sup)
    closure: dict[URIRef, frozenset[URIRef]] = {}
    for cls in list(parents):
        seen, todo = {cls}, [cls]
        while todo:
            for sup in parents.get(todo.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        closure[cls] = frozenset(seen)
    return tuple(checks), closure


class GraphValidator:
    """SHACL over the union of named graphs that are fed one at a time.

    >>> v = GraphValidator()
    >>> v.add_graph(None, [])
    >>> v.finish()
    """

    def __init__(self, shapes: Graph | None = None, ontology: Graph | None = None) -> None:
        checks, closure = compile_shapes(
            shapes if shapes is not None else _shapes(), ontology if ontology is not None else _ontology()
        )
        self._closure = closure
        self._by_target: dict[Node, list[NodeCheck]] = defaultdict(list)
        for c in checks:
            self._by_target[c.target].append(c)
        # a count-constrained property's distinct values on shared nodes are kept up to the
        # number that decides every check on it (min, or max + 1): a participation's
        # documents, for one, are counted for "at least one" and need not all be held
        self._counted: dict[URIRef, int] = {}
        for c in checks:
            for pc in c.properties:
                if pc.min_count is not None or pc.max_count is not None:
                    need = max(pc.min_count or 0, pc.max_count + 1 if pc.max_count is not None else 0, 1)
                    self._counted[pc.path] = max(self._counted.get(pc.path, 0), need)
        self._types: dict[URIRef, frozenset[URIRef]] = {}  # every node but evidence
        self._shared_values: dict[tuple[URIRef, URIRef], set[URIRef | Literal]] = defaultdict(set)
        self._shared_where: dict[URIRef, URIRef | None] = {}
        self._open_class: dict[tuple[URIRef | Literal, URIRef], tuple[URIRef, str, URIRef | None]] = {}
        self.problems: list[str] = []
        self.graphs = 0
        # value_problem's verdicts by check (the id of one of the checks above) and term, in
        # one memo for all checks, which starts afresh when full: a memo per check, each as
        # large, held ~50 times as many (the distinct quotes, titles and offsets of a large
        # build fill them all)
        self._verdicts: dict[tuple[int, object], bool] = {}
        # each node's classes, one shared set per combination (most nodes have one class)
        self._class_sets: dict[frozenset[URIRef], frozenset[URIRef]] = {}

    def _checks_for(self, classes: Iterable[URIRef]) -> list[NodeCheck]:
        found: list[NodeCheck] = []
        for cls in classes:
            for sup in self._closure.get(cls, (cls,)):
                found += self._by_target.get(sup, ())
        return found

    def _is_a(self, node: URIRef | Literal, cls: URIRef) -> bool:
        return any(cls in self._closure.get(t, (t,)) for t in self._types.get(node, ()))  # type: ignore[arg-type]

    def _report(self, where: URIRef | None, focus: URIRef, check: PropertyCheck, detail: str) -> None:
        if len(self.problems) < _MAX_REPORTED:
            graph = f" (in graph <{where}>)" if where is not None else ""
            self.problems.append(f"<{focus}> {check.path.n3()}{graph}: {check.message} [{detail}]")
        else:
            self.problems.append("")

    def add_last_graph(self, g: URIRef | None, triples: Iterable[Triple]) -> None:
        """Check the last named graph: as ``add_graph``, but no later graph can add to a node,
        so the counts on the nodes it shares are decided here and nothing is kept for them
        (the resolution graph of a large build states hundreds of thousands of nodes)."""
        self._add(g, triples, last=True)

    def add_graph(self, g: URIRef | None, triples: Iterable[Triple]) -> None:
        """Check the named graph ``g`` (its triples); keep what later graphs may need.

        ``triples`` is read twice (a collection is read as it is, anything else is listed
        first): the types first, then the statements of each subject. When the subjects
        come in order, as in the build's sorted graphs, only one subject's statements are
        held at a time (the resolution graph of a large build holds
        millions of triples); otherwise they are gathered by subject first.
        """
        self._add(g, triples, last=False)

    def _add(self, g: URIRef | None, triples: Iterable[Triple], *, last: bool) -> None:
        self.graphs += 1
        if not isinstance(triples, AbcCollection):
            triples = list(triples)
        local_types: dict[URIRef, set[URIRef]] = {}
        # each subject's triples together: the subjects come in order (as the build sorts them)
        contiguous, prev, prev_key = True, None, ""
        for s, p, o in triples:
            if s is not prev and s != prev:
                key = str(s)
                if key < prev_key:
                    contiguous = False
                prev, prev_key = s, key
            if p == _RDF_TYPE and isinstance(o, URIRef):
                local_types.setdefault(s, set()).add(o)
        for s, classes in local_types.items():
            if not str(s).startswith(_EVIDENCE):
                known = self._types.get(s)
                both = frozenset(classes) if known is None else known | classes
                self._types[s] = self._class_sets.setdefault(both, both)
        for s, props in self._by_subject(triples, contiguous):
            local = s == g or str(s).startswith(_EVIDENCE)
            if not local and last:
                self._decide_counts(s, props)
            elif not local:
                for p in self._counted.keys() & props.keys():
                    kept, need = self._shared_values[(s, p)], self._counted[p]
                    for v in props[p]:
                        if len(kept) >= need:
                            break
                        kept.add(v)
                if s in local_types:
                    self._shared_where.setdefault(s, g)
            for check in self._checks_for(local_types.get(s, ())):
                for pc in check.properties:
                    vals = props.get(pc.path, [])
                    if local:
                        n = len(set(vals))
                        if pc.min_count is not None and n < pc.min_count:
                            self._report(g, s, pc, f"{n} value(s)")
                        if pc.max_count is not None and n > pc.max_count:
                            self._report(g, s, pc, f"{n} values")
                    if vals and pc.reads_values:
                        self._check_values(g, s, pc, vals, props, local_types)

    def _decide_counts(self, s: URIRef, props: Mapping[URIRef, list[URIRef | Literal]]) -> None:
        """The counts on a shared node, with this last graph's values: checked now, not kept."""
        self._shared_where.pop(s, None)
        for check in self._checks_for(self._types.get(s, ())):
            for pc in check.properties:
                if pc.min_count is None and pc.max_count is None:
                    continue
                need = self._counted[pc.path]
                values = self._shared_values.pop((s, pc.path), set()) | set(props.get(pc.path, ()))
                self._count_problem(s, pc, min(len(values), need))

    def _count_problem(self, s: URIRef, pc: PropertyCheck, n: int) -> None:
        if pc.min_count is not None and n < pc.min_count:
            self._report(None, s, pc, f"{n} value(s) in the whole graph")
        if pc.max_count is not None and n > pc.max_count:
            self._report(None, s, pc, f"at least {n} values in the whole graph")

    @staticmethod
    def _by_subject(
        triples: Iterable[Triple], contiguous: bool
    ) -> Iterator[tuple[URIRef, dict[URIRef, list[URIRef | Literal]]]]:
        """Each subject with its values by property, in the order the subjects first come."""
        if not contiguous:
            values: dict[URIRef, dict[URIRef, list[URIRef | Literal]]] = defaultdict(
                lambda: defaultdict(list)
            )
            for s, p, o in triples:
                values[s][p].append(o)
            yield from values.items()
            return
        props: dict[URIRef, list[URIRef | Literal]] = defaultdict(list)
        current = None
        for s, p, o in triples:
            if s is not current and s != current:
                if current is not None:
                    yield current, props
                    props = defaultdict(list)
                current = s
            props[p].append(o)
        if current is not None:
            yield current, props

    def _check_values(
        self,
        g: URIRef | None,
        s: URIRef,
        pc: PropertyCheck,
        vals: list[URIRef | Literal],
        props: dict[URIRef, list[URIRef | Literal]],
        local_types: dict[URIRef, set[URIRef]],
    ) -> None:
        verdicts, check = self._verdicts, id(pc)
        for o in vals:
            problem: bool | None = False
            if pc.checks_each_value:
                # the verdict depends on the term alone: a literal's lexical form, language tag
                # and datatype (not the literal, whose equality ignores the tag's case)
                key = (check, (str(o), o.language, o.datatype) if isinstance(o, Literal) else o)
                problem = verdicts.get(key)
                if problem is None:
                    if len(verdicts) >= _MEMO_SIZE:
                        verdicts.clear()
                    problem = verdicts[key] = pc.value_problem(o)
            if problem:
                self._report(g, s, pc, f"value {o.n3()}")
            for cls in pc.classes:
                if isinstance(o, Literal):
                    self._report(g, s, pc, f"literal {o.n3()} is no {cls.n3()}")
                elif not any(cls in self._closure.get(t, (t,)) for t in local_types.get(o, ())):
                    self._open_class.setdefault((o, cls), (s, pc.message, g))
        if pc.less_than is not None:
            for o in vals:
                for other in props.get(pc.less_than, []):
                    try:
                        ok = (
                            isinstance(o, Literal)
                            and isinstance(other, Literal)
                            and o.toPython() < other.toPython()
                        )
                    except TypeError:
                        ok = False
                    if not ok:
                        self._report(g, s, pc, f"{o.n3()} is not less than {other.n3()}")

    def finish(self) -> None:
        """Run the checks that span graphs; raise if any check failed.

        Raises
        ------
        OntologyError
            naming each violation: the node, the property, the graph and the shape's message.
        """
        for (o, cls), (s, message, g) in sorted(self._open_class.items(), key=lambda kv: str(kv[0])):
            if not self._is_a(o, cls):
                where = f" (in graph <{g}>)" if g is not None else ""
                if len(self.problems) < _MAX_REPORTED:
                    self.problems.append(f"<{s}>{where}: {message} [<{o}> is no {cls.n3()}]")
        for s, _g in sorted(self._shared_where.items(), key=lambda kv: str(kv[0])):
            for check in self._checks_for(self._types.get(s, ())):
                for pc in check.properties:
                    if pc.min_count is None and pc.max_count is None:
                        continue
                    self._count_problem(s, pc, len(self._shared_values.get((s, pc.path), ())))
        if self.problems:
            shown = [p for p in self.problems if p]
            more = len(self.problems) - len(shown)
            tail = [f"… and {more} more"] if more else []
            raise OntologyError("the built graph violates ontology/shapes.ttl:\n" + "\n".join(shown + tail))


def validate(triples: Iterable[Triple]) -> None:
    """Validate a set of triples as one graph.

    Raises
    ------
    OntologyError
        naming each violated shape.
    """
    v = GraphValidator()
    v.add_graph(None, list(triples))
    v.finish()


def validate_pyshacl(triples: Iterable[Triple]) -> None:
    """Validate the union of the triples with pySHACL (slow; the reference implementation).

    Raises
    ------
    OntologyError
        with pySHACL's readable report when a shape is violated.
    """
    from pyshacl import validate as shacl_validate

    data = Graph()
    for t in triples:
        data.add(t)
    conforms, _, report = shacl_validate(
        data,
        shacl_graph=_shapes(),
        ont_graph=_ontology(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    if not conforms:
        lines = [ln for ln in str(report).splitlines() if ln.strip()][:60]
        raise OntologyError("the built graph violates ontology/shapes.ttl:\n" + "\n".join(lines))
