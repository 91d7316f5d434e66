"""Hostile text: what a scraped document says is shown as text and bound as a value, never run.

A corpus file (whose own name is an attack) holds a title and signatories named
``<script>alert(1)</script>``, ``"><img src=x onerror=alert(1)>``, ``} ; DROP ALL ; {``,
``javascript:alert(1)``, right-to-left overrides and zero-width spaces.  It is built end to
end; every page and the report are checked as text and in headless Chromium (no dialog, no
script run, no request, no element the document injected), the exports parse, and every
query the package runs over document strings binds them instead of pasting them in.
"""

from __future__ import annotations

import ast
import csv
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest

from movement_graph.views.chromium import find_chromium
from movement_graph.views.report import close_bidi, esc

ROOT = Path(__file__).resolve().parent.parent
FILE_NAME = '"><img src=x onerror=alert(1)> statement.txt'
ATTACKS = {
    "script": "<script>alert(1)</script>",
    "img": '"><img src=x onerror=alert(1)>',
    "sparql": "} ; DROP ALL ; {",
    "javascript": "javascript:alert(1)",
    "rlo": "\u202e",
    "zwsp": "\u200b",
    "sql": "' OR '1'='1",
}
NAMES = [
    "Communist Party <script>alert(1)</script> of Atlantis",
    "Workers' Party \"><img src=x onerror=alert(1)> of Ruritania",
    "Revolutionary Union } ; DROP ALL ; { of Lilliput",
    "Marxist-Leninist Party javascript:alert(1) of Freedonia",
    "Communist Party of \u202eAtlantis (RLO)",
    "Workers' League of Blefus\u200bcu",
    "Party of Labour ' OR '1'='1 of Syldavia",
]
PROSE = (
    "The parties of the International Coordination of Revolutionary Parties and "
    "Organizations (ICOR) condemn the war and call on the workers of all countries to "
    "join the protests. "
) * 3
TEXT = (
    "Resolution of ICOR <script>alert('title')</script> on the War\n\n7 February 2023\n\n"
    + PROSE
    + "\n\nSignatories:\n"
    + "\n".join(f"{i + 1}. {n}" for i, n in enumerate(NAMES))
    + "\n"
)
PAGES = ("report.html", "views/networks.html", "views/icor.html", "views/icmlpo.html")

needs_chromium = pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from movement_graph.pipeline import BuildOptions, build

    base = tmp_path_factory.mktemp("hostile")
    (base / "in").mkdir()
    (base / "in" / FILE_NAME).write_text(TEXT, encoding="utf-8")
    build([base / "in"], BuildOptions(out_dir=base / "out", cache=False))
    return base / "out"


@pytest.fixture(scope="module")
def labels(out: Path) -> set[str]:
    store = ox.Store.read_only(str(out / "store"))
    q = (
        "SELECT DISTINCT ?l WHERE { GRAPH ?g { ?s ?p ?l } FILTER(isLiteral(?l) && "
        "(CONTAINS(STR(?p), 'Label') || CONTAINS(STR(?p), 'title') || "
        "CONTAINS(STR(?p), 'sourceFile'))) }"
    )
    return {row["l"].value for row in store.query(q)}


# ------------------------------------------------------------------------------ the graph


@pytest.mark.model
@pytest.mark.slow
def test_the_attacks_reach_the_graph_as_written(labels: set[str]) -> None:
    """Not vacuous: every attack string is in the graph, unchanged, as a literal."""
    for key, attack in ATTACKS.items():
        assert any(attack in label for label in labels), key
    assert FILE_NAME in labels
    assert NAMES[2] in labels  # "} ; DROP ALL ; {" stored as a name, nothing dropped


# ------------------------------------------------------------------------------ the pages


def _html_files(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*.html"))


@pytest.mark.model
@pytest.mark.slow
def test_no_page_holds_an_attack_as_markup(out: Path) -> None:
    files = _html_files(out)
    assert {str(p.relative_to(out)) for p in files} >= set(PAGES)
    for page in files:
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text, page
        assert "<img" not in text, page
        assert not re.search(r"""\shref\s*=\s*["']?\s*javascript:""", text, re.I), page
        assert not re.search(r"<[a-z][^<>]*\son\w+\s*=", text, re.I), page  # handler in a tag


@pytest.mark.model
@pytest.mark.slow
def test_report_shows_the_names_as_text(out: Path) -> None:
    text = (out / "report.html").read_text(encoding="utf-8")
    assert "Communist Party &lt;script&gt;alert(1)&lt;/script&gt; of Atlantis" in text
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in text
    # an override a name opens is closed with it, before the next markup
    for m in re.finditer("\u202e[^<]*", text):
        assert "\u202c" in m.group(0), m.group(0)


@pytest.mark.model
@pytest.mark.slow
def test_exports_parse_and_keep_the_names(out: Path) -> None:
    names = set()
    for path in sorted((out / "exports").glob("*.graphml")) + sorted((out / "exports").glob("*.gexf")):
        root = ET.parse(path).getroot()  # malformed XML would raise
        names |= {el.text or "" for el in root.iter()} | {v for el in root.iter() for v in el.attrib.values()}
    assert any(ATTACKS["script"] in n for n in names)
    for path in sorted((out / "tables").glob("*.csv")) + sorted((out / "exports").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert len({len(r) for r in rows}) <= 1, path  # no name broke the columns
    json.loads((out / "analysis.json").read_text(encoding="utf-8"))


def test_close_bidi() -> None:
    assert close_bidi("plain") == "plain"
    assert close_bidi("\u202eabc") == "\u202eabc\u202c"
    assert close_bidi("\u2067x\u202ay") == "\u2067x\u202ay\u202c\u2069"
    assert close_bidi("\u202eab\u202c") == "\u202eab\u202c"
    assert esc("a\u202e<b>") == "a\u202e&lt;b&gt;\u202c"


_INJECTED = """(() => {
  const q = document.getElementById('mg-query');
  let found = null;
  if (q) {
    q.value = 'script';
    document.getElementById('mg-search').requestSubmit();
    found = document.getElementById('mg-details').textContent;
  }
  return JSON.stringify({
    found: found,
    img: document.querySelectorAll('img, iframe, object, embed').length,
    srcScripts: document.querySelectorAll('script[src]').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter(
      a => a.href.trim().toLowerCase().startsWith('javascript:')).length,
    handlers: [...document.querySelectorAll('*')].filter(
      e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
    text: document.body.innerText,
  });
})()"""


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("page", PAGES)
def test_pages_in_chromium_run_nothing(out: Path, page: str) -> None:
    from movement_graph.views.chromium import Chromium

    with Chromium() as browser:
        report = browser.open(out / page, evaluate=_INJECTED)
    assert report.dialogs == []  # alert() never ran
    assert report.console_errors == []
    assert report.external_requests == []
    got = json.loads(report.value)
    assert got["img"] == 0 and got["srcScripts"] == 0 and got["jsLinks"] == 0
    assert got["handlers"] == 0
    if page == "report.html":
        assert "Communist Party <script>alert(1)</script> of Atlantis" in got["text"]
    elif page != "views/icmlpo.html":
        assert got["found"] and "<script>alert(1)</script>" in got["found"]


# ------------------------------------------------------------------------------ the queries


_SPARQL = re.compile(
    r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?[?$*(]|\bASK\s*\{|"
    r"\bCONSTRUCT\s*\{|\bDESCRIBE\s+[?$<]|\bWHERE\s*\{",
    re.I,
)


def _literal_parts(node: ast.AST) -> str:
    return " ".join(
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    )


def _pasted_queries() -> list[str]:
    """Places where a SPARQL text is built with values: f-strings, format, %, or + a name."""
    found = []
    for path in sorted((ROOT / "src" / "movement_graph").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            built = None
            if isinstance(node, ast.JoinedStr) and any(
                isinstance(v, ast.FormattedValue) for v in node.values
            ):
                built = node
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and isinstance(node.func.value, ast.Constant)
            ):
                built = node.func.value
            elif (
                isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.Mod)
                and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str)
            ):
                built = node.left
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                sides = (node.left, node.right)
                if any(isinstance(x, ast.Constant) for x in sides) and any(
                    not isinstance(x, (ast.Constant, ast.BinOp))
                    and not (isinstance(x, ast.Name) and x.id.isupper())
                    for x in sides
                ):
                    built = node
            if built is not None and _SPARQL.search(_literal_parts(built)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_no_query_is_built_by_pasting_text() -> None:
    """No SPARQL text in the package is put together from values.

    Queries are literals (prefixes joined to them are constants); the values from documents
    reach them through ``substitutions=`` (pyoxigraph) or ``initBindings=`` (rdflib).
    """
    assert _pasted_queries() == []


def test_the_checker_finds_a_pasted_query(tmp_path: Path) -> None:
    tree = ast.parse("q = f\"SELECT ?o WHERE {{ ?o skos:prefLabel '{name}' }}\"")
    node = next(n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr))
    assert _SPARQL.search(_literal_parts(node))


FIND = "SELECT ?org ?want WHERE { ?org skos:prefLabel ?name FILTER(STR(?name) = ?want) }"


@pytest.mark.model
@pytest.mark.slow
def test_hostile_values_are_bound_not_pasted(out: Path) -> None:
    """Each hostile name, bound as ?want, finds its organisation and changes nothing."""
    from movement_graph.rdf.query import parse_bindings, run_query

    store = out / "store"
    before = len(ox.Store.read_only(str(store)))
    for name in NAMES:
        got = json.loads(run_query(store, FIND, fmt="json", bindings=parse_bindings([f"want={name}"])))
        assert len(got["results"]["bindings"]) <= 1, name
    got = json.loads(run_query(store, FIND, fmt="json", bindings=parse_bindings([f"want={NAMES[2]}"])))
    assert len(got["results"]["bindings"]) == 1
    assert len(ox.Store.read_only(str(store))) == before
