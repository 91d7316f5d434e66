"""The validator skips what cannot fail: a property shape without a per-value constraint
(``checks_each_value`` False) finds no problem in any value, and one whose values are not
read at all (``reads_values`` False: a count only) is not asked. Both flags are compared
with ``value_problem`` on the shapes' own checks, on the bundled corpus's graph and on
drawn checks and terms; the validator's report on a broken graph is the same as before."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from movement_graph.errors import OntologyError
from movement_graph.rdf.validate import (
    GraphValidator,
    PropertyCheck,
    _ontology,
    _shapes,
    compile_shapes,
)

ROOT = Path(__file__).resolve().parent.parent
_P = URIRef("https://example.org/p")


def _checks() -> list[PropertyCheck]:
    checks, _closure = compile_shapes(_shapes(), _ontology())
    return [pc for c in checks for pc in c.properties]


def _flags_hold(pc: PropertyCheck, o: URIRef | Literal | BNode) -> None:
    if not pc.checks_each_value:
        assert not pc.value_problem(o)  # type: ignore[arg-type]
    assert pc.reads_values == (pc.checks_each_value or bool(pc.classes) or pc.less_than is not None)


def test_shapes_have_both_kinds() -> None:
    checks = _checks()
    assert any(pc.checks_each_value for pc in checks)
    assert any(not pc.checks_each_value for pc in checks)
    assert any(not pc.reads_values for pc in checks)


def _fixture_terms() -> list[URIRef | Literal | BNode]:
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(ROOT / "tests" / "fixtures" / "mini_graph.trig", format="trig")
    return [o for _s, _p, o, _g in ds.quads()]  # type: ignore[misc]


def test_flags_on_a_real_graph() -> None:
    terms = _fixture_terms() + [Literal(""), Literal("2020-13-01", datatype=XSD.date), BNode()]
    assert len(terms) > 100
    for pc in _checks():
        for o in terms:
            _flags_hold(pc, o)


_TERMS = st.one_of(
    st.builds(Literal, st.text(max_size=6)),
    st.builds(Literal, st.integers(-5, 5)),
    st.builds(
        lambda s, lang: Literal(s, lang=lang), st.text(max_size=4), st.sampled_from(["en", "EN", "de"])
    ),
    st.builds(lambda s: Literal(s, datatype=XSD.date), st.sampled_from(["2020-01-01", "2020", "x"])),
    st.builds(lambda s: URIRef("https://example.org/" + s), st.text("abc", max_size=4)),
    st.builds(BNode),
)

_CHECKS = st.builds(
    PropertyCheck,
    path=st.just(_P),
    message=st.just("m"),
    min_count=st.one_of(st.none(), st.integers(0, 2)),
    max_count=st.one_of(st.none(), st.integers(0, 2)),
    classes=st.sampled_from([(), (URIRef("https://example.org/C"),)]),
    datatypes=st.sampled_from([(), (XSD.string,), (XSD.integer, XSD.date)]),
    allowed=st.sampled_from([None, frozenset({Literal("x"), URIRef("https://example.org/a")})]),
    iri_only=st.booleans(),
    pattern=st.sampled_from([None, re.compile("^a"), re.compile("b", re.I)]),
    min_inclusive=st.sampled_from([None, Literal(0)]),
    min_length=st.sampled_from([None, 1, 3]),
    less_than=st.sampled_from([None, URIRef("https://example.org/q")]),
)


@settings(max_examples=400, deadline=None)
@given(_CHECKS, st.lists(_TERMS, max_size=4))
def test_flags_on_drawn_checks_and_terms(pc: PropertyCheck, terms: list[URIRef | Literal]) -> None:
    for o in terms:
        _flags_hold(pc, o)


def _problems(quads: list[tuple], *, shortcut: bool) -> list[str]:
    """The validator's report on ``quads`` (one graph per name, in order), with the
    shortcut or with every property shape's values read and checked, as before it."""
    v = GraphValidator()
    if not shortcut:
        for checks in v._by_target.values():
            for c in checks:
                for pc in c.properties:
                    object.__setattr__(pc, "checks_each_value", True)
                    object.__setattr__(pc, "reads_values", True)
    graphs: dict[object, list[tuple]] = {}
    for s, p, o, g in quads:
        graphs.setdefault(g, []).append((s, p, o))
    for g, triples in graphs.items():
        v.add_graph(g, triples)  # type: ignore[arg-type]
    try:
        v.finish()
    except OntologyError:
        pass
    return v.problems


def _mini_quads() -> list[tuple]:
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(ROOT / "tests" / "fixtures" / "mini_graph.trig", format="trig")
    return sorted(ds.quads(), key=lambda q: (str(q[3]), str(q[0]), str(q[1]), str(q[2])))


def test_same_report_on_a_real_graph_and_broken_ones() -> None:
    quads = _mini_quads()
    assert _problems(quads, shortcut=True) == _problems(quads, shortcut=False)
    subjects = sorted({q[0] for q in quads}, key=str)
    broken = [q for q in quads if q[0] != subjects[3]]  # a node's statements gone
    broken += [(s, p, Literal(""), g) for s, p, _o, g in quads[::7]]  # empty values
    broken += [(s, p, URIRef("https://example.org/x"), g) for s, p, _o, g in quads[3::11]]
    found = _problems(broken, shortcut=True)
    assert found
    assert found == _problems(broken, shortcut=False)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_same_report_on_drawn_graphs(data: st.DataObject) -> None:
    quads = _mini_quads()
    kept = data.draw(st.lists(st.sampled_from(quads), max_size=60))
    objects = [q[2] for q in quads] + [Literal(""), Literal("x", lang="en"), BNode()]
    changed = [
        (s, p, data.draw(st.sampled_from(objects)), g)
        for s, p, _o, g in data.draw(st.lists(st.sampled_from(quads), max_size=10))
    ]
    mixed = sorted(kept + changed, key=lambda q: (str(q[3]), str(q[0]), str(q[1]), str(q[2])))
    assert _problems(mixed, shortcut=True) == _problems(mixed, shortcut=False)
