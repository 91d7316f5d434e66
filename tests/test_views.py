"""Network pages and report: offline, text-only names, drawn in real headless Chromium."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

from movement_graph.analyse import load_graph
from movement_graph.errors import MovementGraphError
from movement_graph.views import write_views
from movement_graph.views.chromium import find_chromium, ink_fraction
from movement_graph.views.network_page import layout, network_page, view_graph
from movement_graph.vocab import ID

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "mini_graph.trig"
ATTACKS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<b>Against</b>")
PAGES = ("views/networks.html", "views/icmlpo.html", "views/icor.html", "report.html")

needs_chromium = pytest.mark.skipif(
    find_chromium() is None, reason="chromium is not installed (make system-deps)"
)


def _bench():
    spec = importlib.util.spec_from_file_location("views_bench", ROOT / "bench" / "views_bench.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("views")
    shutil.copy(FIXTURE, d / "graph.trig")
    write_views(d)
    return d


@pytest.fixture(scope="module")
def data():
    return load_graph(FIXTURE)


def test_pages_written(out):
    for page in PAGES:
        assert (out / page).is_file(), page


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_nothing_and_escapes_names(out, page):
    text = (out / page).read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|img|iframe)[^>]+src=", text, re.I)
    assert not re.search(r"<link\b", text, re.I)
    assert not re.search(r"url\((?!\"?data:)", text)
    assert "Content-Security-Policy" in text
    for attack in ATTACKS:
        assert attack not in text, attack
    for host in ("cdnjs.cloudflare.com", "cdn.jsdelivr.net", "bootstrap", "tom-select"):
        assert host not in text, host


def test_report_shows_names_escaped(out):
    text = (out / "report.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<svg" in text and "Upper Volta" in text


def test_report_counts_read_as_english(out):
    """One document and one conference are singular, none and several plural."""
    text = (out / "report.html").read_text(encoding="utf-8")
    assert "4 participating organisations from 4 countries, 1 document, 1 conference." in text
    assert "from 3 countries, 2 documents, 0 conferences." in text
    assert "1 conferences" not in text and "1 documents" not in text


def test_view_graph(data):
    assert view_graph(data).number_of_nodes() == 2 + 7 + 6  # networks, orgs, countries
    assert view_graph(data, [ID + "network/ICMLPO"]).number_of_nodes() == 1 + 4 + 4


def test_layout_of_a_large_graph_is_complete_and_deterministic():
    data = _bench().synthetic_data(3000)
    G = view_graph(data)
    assert G.number_of_nodes() == 3000
    pos = layout(G)
    assert set(pos) == set(G) and pos == layout(G)
    page, _ = network_page(data, title="big")
    assert '"physics": {"barnesHut"' in page and '"enabled": false' in page


def test_write_views_without_graph(tmp_path):
    with pytest.raises(MovementGraphError, match="no built graph"):
        write_views(tmp_path)


# ----------------------------------------------------------------------------- browser

_FIND_ATTACK = """(() => {
  document.getElementById('mg-query').value = 'script';
  document.getElementById('mg-search').requestSubmit();
  return document.getElementById('mg-details').textContent;
})()"""


def _check(report, shot: Path) -> None:
    assert report.ready, report.url
    assert report.console_errors == []
    assert report.external_requests == []
    assert all(u.startswith(("file:", "data:", "about:")) for u in report.requests)
    assert report.dialogs == []
    shot.write_bytes(report.screenshot)
    assert ink_fraction(report.screenshot) > 0.01, f"{shot} looks blank"


@pytest.fixture(scope="module")
def browser():
    from movement_graph.views.chromium import Chromium

    with Chromium() as b:
        yield b


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize(
    ("page", "networks"),
    [
        ("views/networks.html", None),
        ("views/icmlpo.html", [ID + "network/ICMLPO"]),
        ("views/icor.html", [ID + "network/ICOR"]),
        ("report.html", None),
    ],
)
def test_pages_in_chromium(browser, out, data, tmp_path, page, networks):
    report = browser.open(out / page)
    _check(report, tmp_path / (Path(page).stem + ".png"))
    if page.startswith("views/"):
        expected = view_graph(data, networks).number_of_nodes()
        assert int(report.state["mgNodesDrawn"]) == expected
        assert int(report.state["mgNodesTotal"]) == expected


@pytest.mark.browser
@needs_chromium
def test_malicious_names_run_no_script(browser, out):
    report = browser.open(out / "views/icor.html", evaluate=_FIND_ATTACK)
    assert report.dialogs == [] and report.console_errors == []
    # the name is shown as written, as text
    assert "<script>alert(1)</script>" in report.value
    assert '"><img src=x onerror=alert(1)>' in report.value


@pytest.mark.browser
@needs_chromium
def test_large_page_in_chromium(browser, tmp_path):
    page, G = network_page(_bench().synthetic_data(1500), title="synthetic")
    path = tmp_path / "big.html"
    path.write_text(page, encoding="utf-8")
    report = browser.open(path)
    _check(report, tmp_path / "big.png")
    assert int(report.state["mgNodesDrawn"]) == G.number_of_nodes() == 1500


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.model
@needs_chromium
def test_built_out_pages_in_chromium(browser, built_out, tmp_path):
    data = load_graph(built_out)
    for page in PAGES:
        report = browser.open(built_out / page)
        _check(report, tmp_path / (Path(page).stem + ".png"))
    report = browser.open(built_out / "views/networks.html")
    assert int(report.state["mgNodesDrawn"]) == view_graph(data).number_of_nodes()
