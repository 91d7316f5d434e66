"""Run SPARQL 1.1 queries over a built store: read-only, local, over the union of graphs.

Every statement of the graph lives in a named graph (one per document, plus the
reference and resolution graphs), so a query sees the union of all graphs as its
default graph unless it names its own dataset with ``FROM`` / ``FROM NAMED``.  The
project's prefixes (``mg:``, ``id:``, ``org:``, ``schema:`` …) are predeclared.

Queries are checked before they run: SPARQL Update is refused (the store is read-only),
and so is anything that would make the engine reach outside the store (``SERVICE``,
``LOAD``, ``FROM``/``FROM NAMED`` naming a graph the store does not hold).  Values are
bound with pyoxigraph's ``substitutions=`` and never pasted into the query text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pyoxigraph as ox

from ..errors import MovementGraphError, QueryError
from ..vocab import PREFIXES
from .store import open_store

#: output formats of ``run_query``; ``table`` is the default
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples")
_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
_GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Result = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

_UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)
_QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})


class QueryRefused(QueryError):
    """A query that is valid but not allowed: an update, or access outside the store."""


class QuerySyntaxError(QueryError):
    """A query the SPARQL parser rejects; carries the 1-based ``line`` and ``column``."""

    def __init__(self, message: str, *, line: int, column: int) -> None:
        self.line = line
        self.column = column
        super().__init__(message)


# --------------------------------------------------------------------------- lexing
# Just enough of the SPARQL grammar's terminals to find keywords outside strings,
# IRIs and comments, and to resolve the IRIs of FROM clauses.
_TOKEN = re.compile(
    r"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\r\n]*)
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\r\n]|\\.)*'|"(?:[^"\\\r\n]|\\.)*")
    | (?P<var>[?$][\w\u00b7]+)
    | (?P<langtag>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)
    | (?P<bnode>_:[\w\u00b7.-]*[\w\u00b7-])
    | (?P<pname>(?:[^\W\d_](?:[\w.-]*[\w-])?)?:
                (?:(?:[\w:%-]|\\.)(?:(?:[\w:%.-]|\\.)*(?:[\w:%-]|\\.))?)?)
    | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    offset: int


def _tokens(query: str) -> Iterator[Token]:
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup or "other"
        if kind not in ("ws", "comment"):
            yield Token(kind, m.group(), m.start())


def _line_col(query: str, offset: int) -> tuple[int, int]:
    line = query.count("\n", 0, offset) + 1
    column = offset - (query.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _pointer(query: str, line: int, column: int) -> str:
    lines = query.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return f"\n  {text}\n  {' ' * max(column - 1, 0)}^"


def _error_at(query: str, offset: int, message: str) -> QuerySyntaxError:
    line, column = _line_col(query, offset)
    return QuerySyntaxError(
        f"{message} (line {line}, column {column})" + _pointer(query, line, column),
        line=line,
        column=column,
    )


def _refused_at(query: str, offset: int, message: str) -> QueryRefused:
    line, column = _line_col(query, offset)
    return QueryRefused(f"{message} (line {line}, column {column})" + _pointer(query, line, column))


@dataclass(frozen=True)
class QueryInfo:
    """What a query is, found before running it.

    ``form`` is ``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE`` or ``None`` when the
    query does not start like any of them (the parser will say why); ``from_graphs``
    and ``from_named`` are the absolute IRIs of its ``FROM`` and ``FROM NAMED`` clauses.
    """

    form: str | None
    from_graphs: tuple[str, ...] = ()
    from_named: tuple[str, ...] = ()


def inspect_query(query: str) -> QueryInfo:
    """Find the form and dataset of a query; refuse updates and outbound access.

    Parameters
    ----------
    query:
        SPARQL text; the project's prefixes count as declared.

    Returns
    -------
    QueryInfo

    Raises
    ------
    QueryError
        for SPARQL Update, ``SERVICE`` or ``LOAD``, and (a ``QuerySyntaxError``) for a
        prefix that is neither declared nor one of the project's.

    >>> info = inspect_query("SELECT ?n FROM id:graph\\/reference WHERE { ?n a mg:Network }")
    >>> info.form, info.from_graphs
    ('SELECT', ('https://w3id.org/movement-graph/id/graph/reference',))
    >>> inspect_query("INSERT DATA { id:x a mg:Network }")
    Traceback (most recent call last):
    ...
    movement_graph.rdf.query.QueryRefused: SPARQL Update (INSERT) is refused: the store is read-only
    """
    tokens = list(_tokens(query))
    prefixes = dict(PREFIXES)
    base: str | None = None
    i = 0
    # the prologue: BASE <iri> and PREFIX p: <iri>, in any order
    while i < len(tokens) and tokens[i].kind == "word" and tokens[i].text.upper() in ("BASE", "PREFIX"):
        if tokens[i].text.upper() == "BASE" and i + 1 < len(tokens) and tokens[i + 1].kind == "iri":
            base = _resolve(tokens[i + 1].text[1:-1], base)
            i += 2
        elif (
            i + 2 < len(tokens)
            and tokens[i + 1].kind == "pname"
            and tokens[i + 1].text.endswith(":")
            and tokens[i + 2].kind == "iri"
        ):
            prefixes[tokens[i + 1].text[:-1]] = _resolve(tokens[i + 2].text[1:-1], base)
            i += 3
        else:
            break  # malformed prologue: the parser reports it
    form: str | None = None
    if i < len(tokens) and tokens[i].kind == "word":
        keyword = tokens[i].text.upper()
        if keyword in _UPDATE_KEYWORDS:
            raise QueryRefused(f"SPARQL Update ({keyword}) is refused: the store is read-only")
        if keyword in _QUERY_FORMS:
            form = keyword
    from_graphs: list[str] = []
    from_named: list[str] = []
    for j in range(i, len(tokens)):
        tok = tokens[j]
        if tok.kind == "pname":
            prefix = tok.text.split(":", 1)[0]
            if prefix not in prefixes:
                raise _error_at(
                    query,
                    tok.offset,
                    f"unknown prefix '{prefix}:'; declare it with PREFIX {prefix}: <...>",
                )
        if tok.kind != "word":
            continue
        keyword = tok.text.upper()
        if keyword in ("SERVICE", "LOAD"):
            raise _refused_at(
                query,
                tok.offset,
                f"{keyword} is refused: queries run on the local store only and make no outbound requests",
            )
        if keyword == "FROM":
            named = (
                j + 1 < len(tokens) and tokens[j + 1].kind == "word" and tokens[j + 1].text.upper() == "NAMED"
            )
            k = j + 2 if named else j + 1
            if k < len(tokens):
                iri = _token_iri(tokens[k], prefixes, base)
                if iri is not None:
                    (from_named if named else from_graphs).append(iri)
    return QueryInfo(form, tuple(from_graphs), tuple(from_named))


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base else iri


def _token_iri(tok: Token, prefixes: Mapping[str, str], base: str | None) -> str | None:
    if tok.kind == "iri":
        return _resolve(tok.text[1:-1], base)
    if tok.kind == "pname":
        prefix, local = tok.text.split(":", 1)
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


def check_dataset(store: ox.Store, iris: Iterable[str]) -> list[ox.NamedNode]:
    """Return the named graphs ``iris`` as nodes; refuse any the store does not hold.

    Raises
    ------
    QueryError
        naming the first graph that is not in the store (it would otherwise be fetched
        or silently read as empty).
    """
    nodes = []
    for iri in iris:
        try:
            node = ox.NamedNode(iri)
        except ValueError as err:
            raise QueryError(f"<{iri}> is not a valid IRI: {err}") from err
        if not store.contains_named_graph(node):
            raise QueryRefused(
                f"graph <{iri}> is not in the store; only its own graphs can be queried (no outbound access)"
            )
        nodes.append(node)
    return nodes


# ------------------------------------------------------------------------- bindings
_VARNAME = re.compile(r"^[?$]?([\w\u00b7]+)$")


def parse_bindings(items: Sequence[str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Parse ``NAME=VALUE`` items (the CLI's ``--bind``) into terms to bind.

    A value in angle brackets is an IRI; anything else is a plain literal.

    Raises
    ------
    QueryError
        for an item without ``=``, a bad variable name or a bad IRI.

    >>> b = parse_bindings(["org=<https://w3id.org/movement-graph/id/org/kab-de>", "?code=FR"])
    >>> b["org"], b["code"].value
    (<NamedNode value=https://w3id.org/movement-graph/id/org/kab-de>, 'FR')
    """
    out: dict[str, ox.NamedNode | ox.Literal] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep:
            raise QueryError(f"--bind {item!r}: expected NAME=VALUE")
        out[_varname(name.strip())] = _term_from_text(value)
    return out


def _varname(name: str) -> str:
    m = _VARNAME.match(name)
    if not m:
        raise QueryError(f"{name!r} is not a SPARQL variable name")
    return m.group(1)


def _term_from_text(value: str) -> ox.NamedNode | ox.Literal:
    if len(value) >= 2 and value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as err:
            raise QueryError(f"{value} is not a valid IRI: {err}") from err
    return ox.Literal(value)


def to_term(value: Any) -> Term:
    """Turn a bound value into a pyoxigraph term.

    pyoxigraph terms pass through; rdflib ``URIRef``/``Literal``/``BNode`` are converted;
    a ``str`` follows ``parse_bindings`` (``<iri>`` is an IRI, else a plain literal);
    ``bool``, ``int`` and ``float`` become typed literals.

    >>> to_term("<https://schema.org/Event>")
    <NamedNode value=https://schema.org/Event>
    >>> to_term(3)
    <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple):
        return value
    # rdflib terms are str subclasses: test them before plain str
    import rdflib

    if isinstance(value, rdflib.URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, rdflib.BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, rdflib.Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype:
            return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
        return ox.Literal(str(value))
    if isinstance(value, str):
        return _term_from_text(value)
    if isinstance(value, bool | int | float):
        return ox.Literal(value)
    raise QueryError(f"cannot bind a value of type {type(value).__name__}: {value!r}")


# --------------------------------------------------------------------------- paging
#: a comment line that marks where ``paged`` puts LIMIT/OFFSET: after the ORDER BY of the
#: subquery that lists what a page counts (signatures, documents), before the rest is looked up
PAGE_MARK = "# page"


def paged(query: str, limit: int | None = None, offset: int | None = None) -> str:
    """Return ``query`` restricted to one page of its answer.

    A query with a ``# page`` comment line (the competency queries that list documents) gets
    ``LIMIT``/``OFFSET`` there, in place of the comment: on the subquery that sorts what the
    query lists, so that only that page is looked up. Its pages are the rows of ``limit``
    items of that subquery; each query file says what they are. Any other query gets them at
    its end, so that its pages are ``limit`` rows. When the ``ORDER BY`` (of that subquery, or
    of the query) leaves no ties, the pages read one after the other give the whole answer,
    each row once, in its order.

    Raises
    ------
    QueryError
        for a negative number, more than one ``# page`` line, or (without one) a query that
        already ends with its own ``LIMIT``/``OFFSET``.

    >>> paged("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", 10, 20)
    'SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\\nLIMIT 10 OFFSET 20'
    >>> paged("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\\n# page\\n } }", 5)
    'SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\\nLIMIT 5\\n } }'
    """
    if limit is None and offset is None:
        return query
    for name, n in (("limit", limit), ("offset", offset)):
        if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 0):
            raise QueryError(f"{name} must be a whole number, 0 or more; got {n!r}")
    parts = ([f"LIMIT {limit}"] if limit is not None else []) + ([f"OFFSET {offset}"] if offset else [])
    slice_ = " ".join(parts) or "OFFSET 0"
    marks = [
        m for m in _TOKEN.finditer(query) if m.lastgroup == "comment" and m.group().rstrip() == PAGE_MARK
    ]
    if len(marks) > 1:
        raise QueryError(f"the query has {len(marks)} '{PAGE_MARK}' lines; one at most")
    if marks:
        m = marks[0]
        return query[: m.start()] + slice_ + query[m.end() :]
    tokens = list(_tokens(query))
    last = max((i for i, t in enumerate(tokens) if t.text == "}"), default=-1)
    own = [
        t.text.upper()
        for t in tokens[last + 1 :]
        if t.kind == "word" and t.text.upper() in ("LIMIT", "OFFSET")
    ]
    if own:
        raise QueryError(f"the query has its own {own[0]}: drop it to page with --limit/--offset")
    return query.rstrip() + "\n" + slice_


# ------------------------------------------------------------------------ executing
def execute(
    store: ox.Store,
    query: str,
    *,
    bindings: Mapping[str, Any] | None = None,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
    limit: int | None = None,
    offset: int | None = None,
) -> Result:
    """Check and run one query on an open store; the default graph is the union of all graphs.

    Parameters
    ----------
    store:
        an open pyoxigraph store.
    query:
        SPARQL 1.1 query text; the project's prefixes are predeclared.
    bindings:
        variable name (with or without ``?``) to value, see ``to_term``; substituted by
        the engine, never pasted into the text.
    default_graphs, named_graphs:
        the protocol's ``default-graph-uri`` / ``named-graph-uri``; they override the
        query's ``FROM`` / ``FROM NAMED``.
    limit, offset:
        one page of the answer, see ``paged``.

    Returns
    -------
    QuerySolutions, QueryBoolean or QueryTriples

    Raises
    ------
    QueryError
        refused queries, bad bindings and runtime errors; ``QuerySyntaxError`` with the
        line and column for syntax errors.
    """
    query = paged(query, limit, offset)
    info = inspect_query(query)
    substitutions = {ox.Variable(_varname(k)): to_term(v) for k, v in (bindings or {}).items()}
    options: dict[str, Any] = {"prefixes": PREFIXES, "substitutions": substitutions or None}
    if default_graphs or named_graphs:
        options["default_graph"] = check_dataset(store, default_graphs) or None
        options["named_graphs"] = check_dataset(store, named_graphs) or None
        if options["default_graph"] is None:
            options["use_default_graph_as_union"] = True
    elif info.from_graphs or info.from_named:
        # the query's own dataset; pyoxigraph would ignore FROM under the union option
        check_dataset(store, info.from_graphs + info.from_named)
    else:
        options["use_default_graph_as_union"] = True
    try:
        return store.query(query, **options)
    except SyntaxError as err:
        raise _syntax_error(query, str(err)) from err
    except (RuntimeError, ValueError, OSError) as err:
        raise QueryError(f"query failed: {err}") from err


_POSITION = re.compile(r"^error at (\d+):(\d+): (.*)$", re.DOTALL)


def _syntax_error(query: str, message: str) -> QueryError:
    m = _POSITION.match(message)
    if not m:
        return QueryError(f"SPARQL syntax error: {message}")
    line, column = int(m.group(1)), int(m.group(2))
    return QuerySyntaxError(
        f"SPARQL syntax error at line {line}, column {column}: {m.group(3)}" + _pointer(query, line, column),
        line=line,
        column=column,
    )


def run_query(
    store: Path,
    query: str,
    *,
    fmt: str = "table",
    bindings: Mapping[str, Any] | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> str:
    """Run a SPARQL query over a built store and format the answer.

    Parameters
    ----------
    store:
        a built store folder (``out/store``).
    query:
        SPARQL 1.1 query; project prefixes predeclared; union of all graphs by default.
    fmt:
        ``table`` (aligned, the default), ``csv``, ``tsv``, ``json`` or ``xml`` (SPARQL
        results) for SELECT and ASK; ``turtle`` (also what ``table`` gives) or
        ``ntriples`` for CONSTRUCT and DESCRIBE.
    bindings:
        variables to bind, see ``execute``.
    limit, offset:
        one page of the answer, see ``paged``.

    Returns
    -------
    str
        the formatted answer.

    Raises
    ------
    QueryError
        syntax errors (with line and column), refused queries, formats that do not fit
        the query form.
    MovementGraphError
        when ``store`` is not a built store.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    result = execute(open_store(store), query, bindings=bindings, limit=limit, offset=offset)
    try:
        return format_result(result, fmt)
    except (OSError, ValueError) as err:
        raise MovementGraphError(f"cannot write the result as {fmt}: {err}") from err


def format_result(result: Result, fmt: str) -> str:
    """Format a query result as ``run_query`` does."""
    if isinstance(result, ox.QueryTriples):
        if fmt == "table":
            fmt = "turtle"
        if fmt not in _GRAPH_FORMATS:
            raise QueryError(
                f"format {fmt!r} is for SELECT and ASK; a CONSTRUCT or DESCRIBE "
                "result is written as turtle or ntriples"
            )
        return serialize_graph(result, fmt).decode("utf-8")
    if fmt in _GRAPH_FORMATS:
        raise QueryError(
            f"format {fmt!r} is for CONSTRUCT and DESCRIBE; a SELECT or ASK "
            "result is written as table, csv, tsv, json or xml"
        )
    if fmt == "table":
        if isinstance(result, ox.QueryBoolean):
            return "true\n" if bool(result) else "false\n"
        return render_table([v.value for v in result.variables], result)
    data = result.serialize(format=_RESULT_FORMATS[fmt])
    assert data is not None  # serialize returns bytes when no output is given
    return data.decode("utf-8")


def serialize_graph(triples: Iterable[ox.Triple], fmt: str) -> bytes:
    """Serialise triples as Turtle (with the project's prefixes) or N-Triples."""
    data = ox.serialize(triples, format=_GRAPH_FORMATS[fmt], prefixes=PREFIXES if fmt == "turtle" else None)
    assert data is not None
    return data


# ------------------------------------------------------------------------- the table
_SHORT = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def compact(term: Term | None) -> str:
    """Show a term briefly: IRIs with a project prefix, literals by their value.

    >>> compact(ox.NamedNode("https://w3id.org/movement-graph/id/org/kab-de"))
    'id:org/kab-de'
    >>> compact(ox.Literal("Marxist-Leninist Party of Ruritania", language="en"))
    'Marxist-Leninist Party of Ruritania'
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for ns, prefix in _SHORT:
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns) :]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return f"<< {compact(term.subject)} {compact(term.predicate)} {compact(term.object)} >>"


def _width(text: str) -> int:
    return sum(
        2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text
    )


def render_table(variables: Sequence[str], solutions: Iterable[ox.QuerySolution]) -> str:
    """Render solutions as an aligned plain-text table with a row count.

    >>> s = ox.Store()
    >>> print(render_table(["n"], s.query("SELECT ?n WHERE { VALUES ?n { 1 22 } }")), end="")
    n
    --
    1
    22
    (2 rows)
    """
    rows = [[compact(sol[v]).replace("\r", " ").replace("\n", " ") for v in variables] for sol in solutions]
    widths = [max([_width(v), *(_width(r[i]) for r in rows)]) for i, v in enumerate(variables)]

    def line(cells: Sequence[str]) -> str:
        padded = (c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True))
        return "  ".join(padded).rstrip()

    out = [line(variables), line(["-" * w for w in widths])]
    out.extend(line(r) for r in rows)
    out.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------- python-side rows
def python_value(term: Term | None) -> Any:
    """Convert a term to a plain Python value (IRI string, literal value, int, float).

    >>> python_value(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    3
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value.rsplit("#", 1)[-1]
        try:
            if dt in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger"):
                return int(term.value)
            if dt in ("decimal", "double", "float"):
                return float(term.value)
        except ValueError:
            return term.value
        if dt == "boolean":
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    return str(term)


def select(
    store: Path | ox.Store,
    query: str,
    *,
    bindings: Mapping[str, Any] | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> tuple[list[str], list[list[Any]]]:
    """Run a SELECT query and return its variables and rows of plain Python values.

    Made for ``pandas.DataFrame(rows, columns=variables)`` in notebooks. ``limit`` and
    ``offset`` give one page of the answer (see ``paged``).

    Raises
    ------
    QueryError
        as ``execute``, and when the query is not a SELECT.
    """
    ox_store = store if isinstance(store, ox.Store) else open_store(store)
    result = execute(ox_store, query, bindings=bindings, limit=limit, offset=offset)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("select() needs a SELECT query")
    variables = [v.value for v in result.variables]
    return variables, [[python_value(sol[v]) for v in variables] for sol in result]


# --------------------------------------------------------------- capped results
def term_json(term: Term) -> dict[str, Any]:
    """Encode a term as in SPARQL 1.1 Query Results JSON (with RDF 1.2 triple terms)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": term_json(term.subject),
            "predicate": term_json(term.predicate),
            "object": term_json(term.object),
        },
    }


def solutions_json(
    variables: Sequence[str], solutions: Iterable[ox.QuerySolution], *, max_rows: int
) -> tuple[dict[str, Any], int, bool]:
    """Encode at most ``max_rows`` solutions as SPARQL JSON; return it, the count, truncated."""
    bindings: list[dict[str, Any]] = []
    truncated = False
    for sol in solutions:
        if len(bindings) == max_rows:
            truncated = True
            break
        bindings.append({v: term_json(t) for v in variables if (t := sol[v]) is not None})
    doc = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
    return doc, len(bindings), truncated


def dumps(doc: Mapping[str, Any]) -> bytes:
    """Write JSON compactly as UTF-8."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
