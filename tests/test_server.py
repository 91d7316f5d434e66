"""`movement-graph serve`: the SPARQL 1.1 Protocol endpoint, with SPARQLWrapper, curl and a
headless browser, on a port each test run chooses."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from movement_graph.errors import MovementGraphError
from movement_graph.server import RunningServer, negotiate, start_server

pytestmark = pytest.mark.slow

ID = "https://w3id.org/movement-graph/id/"
MAX_ROWS = 5
TIMEOUT = 2.0
ICOR = "SELECT ?org WHERE { ?org mg:participatesIn net:ICOR } ORDER BY ?org"  # 7 rows, 8 matches
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[RunningServer]:
    port = free_port()
    logs: list[str] = []
    with start_server(
        store, port=port, timeout=TIMEOUT, max_rows=MAX_ROWS, workers=2, log=logs.append
    ) as srv:
        assert srv.port == port
        yield srv
    assert any("POST /sparql" in line for line in logs)


def request(
    srv: RunningServer,
    *,
    query: str | None = None,
    method: str = "GET",
    accept: str | None = None,
    body: bytes | None = None,
    ctype: str | None = None,
    params: dict[str, str | list[str]] | None = None,
    path: str = "sparql",
) -> tuple[int, dict[str, str], bytes]:
    fields = dict(params or {})
    if query is not None:
        fields["query"] = query
    qs = urllib.parse.urlencode(fields, doseq=True)
    url = srv.url + path
    data = body
    if method == "GET" and qs:
        url += "?" + qs
    elif method == "POST" and body is None:
        data, ctype = qs.encode(), "application/x-www-form-urlencoded"
    req = urllib.request.Request(url, data=data, method=method)
    if accept:
        req.add_header("Accept", accept)
    if ctype:
        req.add_header("Content-Type", ctype)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as err:
        with err:
            return err.code, dict(err.headers.items()), err.read()


# ------------------------------------------------------------------ SPARQLWrapper
def wrapper(srv: RunningServer, query: str, fmt: str, *, post: bool = False) -> SPARQLWrapper:
    sw = SPARQLWrapper(srv.endpoint_url)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    if post:
        sw.setMethod(POST)
    return sw


@pytest.mark.parametrize("post", [False, True])
def test_sparqlwrapper_select_json(server: RunningServer, post: bool) -> None:
    q = "SELECT ?org ?acronym WHERE { ?org mg:acronym 'RWPD' ; mg:acronym ?acronym } LIMIT 1"
    result = wrapper(server, q, JSON, post=post).queryAndConvert()
    assert isinstance(result, dict)
    assert result["results"]["bindings"] == [
        {
            "org": {"type": "uri", "value": ID + "org/rwpd-de"},
            "acronym": {"type": "literal", "value": "RWPD"},
        }
    ]
    assert result["limit"] == {"maxRows": MAX_ROWS, "rows": 1, "truncated": False}


def test_sparqlwrapper_xml_csv_ask_and_construct(server: RunningServer) -> None:
    dom = wrapper(server, "SELECT ?n WHERE { ?n a mg:Network }", XML).queryAndConvert()
    uris = {node.firstChild.data for node in dom.getElementsByTagName("uri")}  # type: ignore[union-attr]
    assert uris == {ID + "network/ICOR", ID + "network/ICMLPO", ID + "network/RIM"}
    text = wrapper(server, "SELECT ?n WHERE { ?n a mg:Network } ORDER BY ?n", CSV).queryAndConvert()
    assert text.decode().split() == ["n", *sorted(uris)]  # type: ignore[union-attr]
    asked = wrapper(server, "ASK { ?o mg:participatesIn net:RIM }", JSON).queryAndConvert()
    assert asked == {"head": {}, "boolean": False}
    graph = wrapper(
        server, "CONSTRUCT { ?n mg:acronym ?a } WHERE { ?n a mg:Network ; mg:acronym ?a }", XML
    ).queryAndConvert()  # RDF/XML -> rdflib Graph
    assert len(graph) == 4  # type: ignore[arg-type]
    turtle = wrapper(server, "DESCRIBE net:RIM", TURTLE).queryAndConvert()
    assert b'"RIM"' in turtle  # type: ignore[operator]


def test_sparqlwrapper_errors(server: RunningServer) -> None:
    with pytest.raises(QueryBadFormed, match="line 1"):
        wrapper(server, "SELECT * WHERE { ?s ?p }", JSON).queryAndConvert()
    sw = SPARQLWrapper(server.endpoint_url, updateEndpoint=server.endpoint_url)
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(urllib.error.HTTPError) as info:
        sw.query()
    assert info.value.code == 403
    info.value.close()


# ------------------------------------------------------------------------ curl
needs_curl = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


def curl(*args: str) -> tuple[int, dict[str, str], str]:
    proc = subprocess.run(
        ["curl", "-s", "-i", "--max-time", "30", *args], capture_output=True, text=True, check=True
    )
    head, _, body = proc.stdout.replace("\r\n", "\n").partition("\n\n")
    status_line, *lines = head.splitlines()
    headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in lines)}
    return int(status_line.split()[1]), headers, body


@needs_curl
def test_curl_get_csv_tsv_and_post_direct(server: RunningServer) -> None:
    status, headers, body = curl(
        "-G", server.endpoint_url, "--data-urlencode", f"query={ICOR}", "-H", "Accept: text/csv"
    )
    assert status == 200 and headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["org"] and len(rows) == 1 + MAX_ROWS
    status, headers, body = curl(
        server.endpoint_url,
        "-H",
        "Content-Type: application/sparql-query",
        "-H",
        "Accept: text/tab-separated-values",
        "--data-binary",
        ICOR,
    )
    assert status == 200 and body.splitlines()[1] == f"<{ID}org/adkp-tr>"
    assert headers["access-control-allow-origin"] == "*"


@needs_curl
def test_curl_graph_formats(server: RunningServer) -> None:
    q = "CONSTRUCT { ?n mg:acronym ?a } WHERE { ?n a mg:Network ; mg:acronym ?a }"
    status, headers, body = curl(
        server.endpoint_url, "--data-urlencode", f"query={q}", "-H", "Accept: application/n-triples"
    )
    assert status == 200 and headers["content-type"] == "application/n-triples"
    assert f'<{ID}network/RIM> <https://w3id.org/movement-graph/ontology#acronym> "RIM" .' in body
    status, headers, body = curl(
        server.endpoint_url, "--data-urlencode", f"query={q}", "-H", "Accept: text/turtle"
    )
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    assert "@prefix mg: <https://w3id.org/movement-graph/ontology#>" in body


@needs_curl
def test_curl_update_is_forbidden(server: RunningServer) -> None:
    status, _, body = curl(server.endpoint_url, "--data-urlencode", "update=DROP ALL")
    assert status == 403 and "read-only" in body
    status, _, _ = curl(
        server.endpoint_url,
        "-H",
        "Content-Type: application/sparql-update",
        "--data-binary",
        "DROP ALL",
    )
    assert status == 403
    status, _, _ = curl(server.endpoint_url, "--data-urlencode", "query=CLEAR ALL")
    assert status == 403
    assert request(server, query="ASK { net:ICOR a mg:Network }")[2] == b'{"head":{},"boolean":true}'


@needs_curl
def test_curl_cors_preflight(server: RunningServer) -> None:
    status, headers, _ = curl(
        "-X",
        "OPTIONS",
        server.endpoint_url,
        "-H",
        "Origin: https://x.org",
        "-H",
        "Access-Control-Request-Method: POST",
    )
    assert status == 204
    assert headers["access-control-allow-origin"] == "*"
    assert "POST" in headers["access-control-allow-methods"]
    assert "Content-Type" in headers["access-control-allow-headers"]


# ----------------------------------------------------------- protocol details
def test_row_limit_is_reported_never_silent(server: RunningServer) -> None:
    status, headers, body = request(server, query=ICOR, accept="application/sparql-results+json")
    doc = json.loads(body)
    assert status == 200 and len(doc["results"]["bindings"]) == MAX_ROWS
    assert doc["limit"] == {"maxRows": MAX_ROWS, "rows": MAX_ROWS, "truncated": True}
    assert headers["X-SPARQL-Truncated"] == "true" and headers["X-SPARQL-Max-Rows"] == "5"
    assert "X-SPARQL-Truncated" in headers["Access-Control-Expose-Headers"]
    _, headers, body = request(server, query=ICOR + " LIMIT 5", accept="text/csv")
    assert headers["X-SPARQL-Truncated"] == "false" and headers["X-SPARQL-Rows"] == "5"
    q = "CONSTRUCT { ?o mg:participatesIn net:ICOR } WHERE { ?o mg:participatesIn net:ICOR }"
    _, headers, body = request(server, query=q, accept="text/turtle")
    assert headers["X-SPARQL-Truncated"] == "true"
    assert body.startswith(b"# truncated: only the first 5 triples are given\n")


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv;q=0.4, text/tab-separated-values", "text/tab-separated-values"),
        ("*/*", "application/sparql-results+json"),
        ("text/*", "text/csv"),
    ],
)
def test_content_negotiation(server: RunningServer, accept: str, expected: str) -> None:
    status, headers, _ = request(server, query=ICOR, accept=accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == expected


def test_not_acceptable_and_format_parameter(server: RunningServer) -> None:
    assert request(server, query=ICOR, accept="image/png")[0] == 406
    _, headers, _ = request(server, query=ICOR, accept="image/png", params={"format": "csv"})
    assert headers["Content-Type"].startswith("text/csv")
    assert negotiate("graph", "application/sparql-results+json") is None


def test_outbound_access_is_refused(server: RunningServer) -> None:
    with socket.socket() as trap:  # a listener that must never be contacted
        trap.bind(("127.0.0.1", 0))
        trap.listen()
        trap.settimeout(0.5)
        target = f"http://127.0.0.1:{trap.getsockname()[1]}/"
        for q in (
            f"SELECT * WHERE {{ SERVICE <{target}sparql> {{ ?s ?p ?o }} }}",
            f"SELECT * FROM <{target}data.ttl> WHERE {{ ?s ?p ?o }}",
            f"SELECT * FROM NAMED <{target}data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        ):
            status, _, body = request(server, query=q, method="POST")
            assert status == 403, body
        status, _, _ = request(
            server, query="ASK { ?s ?p ?o }", params={"default-graph-uri": target + "data.ttl"}
        )
        assert status == 403
        with pytest.raises(TimeoutError):
            trap.accept()


def test_protocol_dataset_of_graphs_in_the_store(server: RunningServer) -> None:
    q = "SELECT DISTINCT ?org WHERE { ?doc mg:signedBy ?org }"
    _, _, body = request(
        server, query=q, accept="text/csv", params={"default-graph-uri": ID + "doc/icor_b-0"}
    )
    assert body.decode().split() == ["org", ID + "org/rwpd-de"]


def test_bad_requests(server: RunningServer) -> None:
    assert request(server, query="SELECT * WHERE { ?s ?p }")[0] == 400
    assert request(server, query="SELECT * WHERE { ?s a foaf:Person }")[0] == 400
    assert request(server, params={"query": [ICOR, ICOR]})[0] == 400
    assert request(server, method="POST", body=b"x", ctype="text/plain")[0] == 415
    assert request(server, method="PUT", body=b"x", ctype="text/turtle")[0] == 405
    assert request(server, path="nowhere")[0] == 404
    status, headers, body = request(server)  # no query: the service description
    assert status == 200 and b"sd:SPARQL11Query" in body


def test_time_limit_really_stops_the_query(server: RunningServer) -> None:
    before = set(server.endpoint.pool.pids())
    started = time.monotonic()
    status, headers, body = request(server, query=HEAVY)
    elapsed = time.monotonic() - started
    assert status == 503 and b"time limit" in body, body
    assert TIMEOUT <= elapsed  # given its whole time; killed, not awaited (below)
    assert headers["X-SPARQL-Time-Limit"] == "2"
    killed = before - set(server.endpoint.pool.pids())
    assert len(killed) == 1
    for pid in killed:  # the worker that ran it is gone, not left computing
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    # the endpoint goes on answering, with a fresh worker
    assert request(server, query="ASK { ?s ?p ?o }")[0] == 200
    deadline = time.monotonic() + 30
    while len(server.endpoint.pool.pids()) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(server.endpoint.pool.pids()) == 2


# --------------------------------------------------------------------- the page
def test_page_is_self_contained_and_never_uses_inner_html(server: RunningServer) -> None:
    status, headers, page = request(server, path="")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    text = page.decode()
    assert "http://" not in text and "https://" not in text
    _, _, script = request(server, path="ui.js")
    js = script.decode()
    assert "innerHTML" not in js and "outerHTML" not in js and "insertAdjacentHTML" not in js
    assert "textContent" in js and "eval(" not in js
    _, _, style = request(server, path="ui.css")
    assert b"url(" not in style and b"@import" not in style


@pytest.mark.browser
@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_page_shows_answers_as_text_in_chromium(server: RunningServer, tmp_path: Path) -> None:
    hostile = "<img id=injected src=x onerror=alert(1)>"
    q = f"SELECT ?org ?note WHERE {{ ?org mg:acronym 'RWPD' BIND({json.dumps(hostile)} AS ?note) }} LIMIT 1"
    url = server.url + "?" + urllib.parse.urlencode({"query": q})
    proc = subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path}",
            "--virtual-time-budget=10000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    dom = proc.stdout
    assert "<td>" + ID + "org/rwpd-de</td>" in dom, proc.stderr[-2000:]
    assert "<td>&lt;img id=injected src=x onerror=alert(1)&gt;</td>" in dom
    assert 'id="injected"' not in dom


def test_bad_store_is_reported(tmp_path: Path) -> None:
    with pytest.raises(MovementGraphError, match="no store"):
        start_server(tmp_path / "missing", port=free_port())
