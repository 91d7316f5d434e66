"""A read-only SPARQL 1.1 Protocol endpoint over a built store, with a small query page.

``GET``/``POST /sparql`` answer queries (SPARQL 1.1 Protocol: ``query=`` in the URL or a
form, or an ``application/sparql-query`` body; ``default-graph-uri`` and
``named-graph-uri``).  Results are negotiated (``Accept``, or a ``format``/``output``
parameter): SPARQL JSON, XML, CSV and TSV for SELECT and ASK; Turtle, N-Triples and
RDF/XML for CONSTRUCT and DESCRIBE.  ``GET /`` is a page to write a query and see the
answer; it loads nothing from elsewhere.

Each query runs in a worker process that has the store open read-only; a query still
running at the deadline is stopped by killing its worker, which is then replaced.  Answers
longer than ``max_rows`` rows (or triples) are cut there and say so, in the
``X-SPARQL-Truncated`` header and, for JSON, in a top-level ``limit`` member.  Updates are
answered 403, and so is anything that would reach outside the store (``SERVICE``,
``LOAD``, a ``FROM``/``FROM NAMED`` or protocol graph the store does not hold).
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .errors import MovementGraphError, QueryError
from .rdf.query import (
    QueryRefused,
    QuerySyntaxError,
    dumps,
    execute,
    inspect_query,
    serialize_graph,
    solutions_json,
)
from .rdf.store import open_store

__all__ = ["Endpoint", "RunningServer", "serve", "start_server"]

MAX_BODY = 1_000_000  # bytes of a POSTed query or form
SLOW_COOLDOWN = 60.0  # seconds a query that hit the time limit is refused when sent again
SLOW_REMEMBERED = 1024  # such queries remembered at most
MAX_DRAIN = 16_000_000  # an oversized body up to this size is read and dropped before the 413
REQUEST_TIMEOUT = 30.0  # seconds a client may take to send its request (slow-loris guard)
WORKER_START_TIMEOUT = 60.0  # seconds a new worker may take to open the store

# media type -> format, for each kind of result; the first of each is the default
RESULT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/xml": "xml",  # after CSV: text/* means CSV
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
    "text/n3": "turtle",  # Turtle is N3
    "text/rdf+n3": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
}
CONTENT_TYPES = {
    "json": "application/sparql-results+json; charset=utf-8",
    "xml": "application/sparql-results+xml; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}
# short names accepted in a format=/output= parameter (SPARQLWrapper sends them)
FORMAT_NAMES = {
    "json": ("json", "turtle"),
    "xml": ("xml", "rdfxml"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "n3": (None, "turtle"),
    "ntriples": (None, "ntriples"),
    "nt": (None, "ntriples"),
    "rdfxml": (None, "rdfxml"),
    "rdf+xml": (None, "rdfxml"),
}
_RESULTS_FORMAT = {
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
EXPOSED = "X-SPARQL-Max-Rows, X-SPARQL-Rows, X-SPARQL-Truncated, X-SPARQL-Time-Limit"


@dataclass(frozen=True)
class Job:
    """One query to answer, as sent to a worker."""

    query: str
    accept: str = ""
    fmt: str = ""
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_rows: int = 10_000


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status, content type, body and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str, **headers: str) -> Reply:
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), headers)


# ------------------------------------------------------------------ negotiation
def _accepted(accept: str) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (by q, then by specificity)."""
    ranges = []
    for i, part in enumerate(accept.split(",")):
        items = [x.strip() for x in part.split(";")]
        if not items[0]:
            continue
        q = 1.0
        for param in items[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        specificity = 0 if items[0] == "*/*" else 1 if items[0].endswith("/*") else 2
        ranges.append((items[0].lower(), q, specificity, i))
    ranges.sort(key=lambda r: (-r[1], -r[2], r[3]))
    return [(r[0], r[1]) for r in ranges if r[1] > 0]


def negotiate(kind: str, accept: str, fmt: str = "") -> str | None:
    """Choose the output format for a result ``kind`` (``results`` or ``graph``).

    A ``format``/``output`` parameter (a short name or a media type) wins over ``Accept``;
    no preference gives JSON for results and Turtle for graphs; ``None`` means 406.

    >>> negotiate("results", "text/csv;q=0.5, application/sparql-results+xml")
    'xml'
    >>> negotiate("graph", "application/sparql-results+json")
    >>> negotiate("graph", "", "json")
    'turtle'
    """
    table = RESULT_TYPES if kind == "results" else GRAPH_TYPES
    if fmt:
        name = fmt.strip().lower()
        if name in FORMAT_NAMES:
            chosen = FORMAT_NAMES[name][0 if kind == "results" else 1]
            if chosen:
                return chosen
        elif name in table:
            return table[name]
    ranges = _accepted(accept) or [("*/*", 1.0)]
    for media, _ in ranges:
        if media in table:
            return table[media]
        if media == "*/*":
            return next(iter(table.values()))
        if media.endswith("/*"):
            major = media[:-1]
            for candidate, name in table.items():
                if candidate.startswith(major):
                    return name
    return None


# --------------------------------------------------------------------- workers
def answer(store: ox.Store, job: Job) -> Reply:
    """Run one job on an open store and build its reply (runs inside a worker)."""
    try:
        result = execute(store, job.query, default_graphs=job.default_graphs, named_graphs=job.named_graphs)
        if isinstance(result, ox.QueryTriples):
            return _graph_reply(result, job)
        return _results_reply(result, job)
    except QueryRefused as err:
        return Reply.text(HTTPStatus.FORBIDDEN, str(err))
    except QueryError as err:
        return Reply.text(HTTPStatus.BAD_REQUEST, str(err))


def _limit_headers(job: Job, rows: int, truncated: bool) -> dict[str, str]:
    return {
        "X-SPARQL-Max-Rows": str(job.max_rows),
        "X-SPARQL-Rows": str(rows),
        "X-SPARQL-Truncated": "true" if truncated else "false",
    }


def _not_acceptable(kind: str) -> Reply:
    offered = ", ".join(RESULT_TYPES if kind == "results" else GRAPH_TYPES)
    return Reply.text(HTTPStatus.NOT_ACCEPTABLE, f"this {kind} result is available as {offered}")


def _results_reply(result: ox.QuerySolutions | ox.QueryBoolean, job: Job) -> Reply:
    fmt = negotiate("results", job.accept, job.fmt)
    if fmt is None:
        return _not_acceptable("results")
    if isinstance(result, ox.QueryBoolean):
        data = result.serialize(format=_RESULTS_FORMAT.get(fmt, ox.QueryResultsFormat.JSON))
        return Reply(HTTPStatus.OK, CONTENT_TYPES[fmt], data or b"")
    variables = [v.value for v in result.variables]
    doc, rows, truncated = solutions_json(variables, result, max_rows=job.max_rows)
    headers = _limit_headers(job, rows, truncated)
    if fmt == "json":
        doc["limit"] = {"maxRows": job.max_rows, "rows": rows, "truncated": truncated}
        return Reply(HTTPStatus.OK, CONTENT_TYPES[fmt], dumps(doc), headers)
    parsed = ox.parse_query_results(dumps(doc), ox.QueryResultsFormat.JSON)
    return Reply(
        HTTPStatus.OK,
        CONTENT_TYPES[fmt],
        parsed.serialize(format=_RESULTS_FORMAT[fmt]) or b"",
        headers,
    )


def _graph_reply(result: ox.QueryTriples, job: Job) -> Reply:
    fmt = negotiate("graph", job.accept, job.fmt)
    if fmt is None:
        return _not_acceptable("graph")
    triples: list[ox.Triple] = []
    truncated = False
    for triple in result:
        if len(triples) == job.max_rows:
            truncated = True
            break
        triples.append(triple)
    if fmt == "rdfxml":
        body = ox.serialize(triples, format=ox.RdfFormat.RDF_XML) or b""
    else:
        body = serialize_graph(triples, fmt)
        if truncated:
            note = f"# truncated: only the first {job.max_rows} triples are given\n"
            body = note.encode("utf-8") + body
    return Reply(HTTPStatus.OK, CONTENT_TYPES[fmt], body, _limit_headers(job, len(triples), truncated))


def _worker_main(store_path: str, conn: Connection) -> None:
    """Serve jobs from ``conn`` until told to stop or the parent goes away."""
    try:
        store = ox.Store.read_only(store_path)
    except OSError as err:
        conn.send(("error", f"{store_path}: cannot open the store: {err}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            reply = answer(store, job)
        except Exception as err:  # noqa: BLE001 - a worker must answer, never die silently
            reply = Reply.text(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {err}")
        conn.send(reply)


class _Worker:
    def __init__(self, ctx: Any, store: Path) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main,
            args=(str(store), child),
            daemon=True,
            name="movement-graph-sparql-worker",
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> str | None:
        """Wait for the worker to open the store; return an error message or None."""
        if not self.conn.poll(timeout):
            return f"a query worker did not start within {timeout:.0f} s"
        try:
            status, message = self.conn.recv()
        except EOFError:
            return "a query worker exited while starting"
        return message if status == "error" else None

    def stop(self) -> None:
        with suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(1)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class WorkerPool:
    """Worker processes, each with the store open read-only; a stuck one is killed."""

    def __init__(self, store: Path, *, size: int) -> None:
        self._store = store
        self._ctx = multiprocessing.get_context("spawn")  # never fork a threaded server
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._start() for _ in range(max(size, 1))]
        for worker in started:
            problem = worker.wait_ready(WORKER_START_TIMEOUT)
            if problem:
                self.close()
                raise MovementGraphError(problem)
            self._idle.put(worker)

    def _start(self) -> _Worker:
        worker = _Worker(self._ctx, self._store)
        with self._lock:
            self._all.add(worker)
        return worker

    def _forget(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)

    def _replace(self) -> None:
        def start() -> None:
            if self._closed:
                return
            worker = self._start()
            if worker.wait_ready(WORKER_START_TIMEOUT) is None and not self._closed:
                self._idle.put(worker)
            else:
                worker.kill()
                self._forget(worker)

        threading.Thread(target=start, daemon=True, name="sparql-worker-start").start()

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and monitoring)."""
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None]

    def run(self, job: Job, *, timeout: float) -> Reply:
        """Answer ``job`` in a worker; kill the worker when it runs past ``timeout``."""
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return Reply.text(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"every query worker stayed busy for {timeout:g} s; try again",
            )
        try:
            worker.conn.send(job)
            if worker.conn.poll(timeout):
                reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            worker.kill()
            self._forget(worker)
            self._replace()
            return Reply.text(
                HTTPStatus.INTERNAL_SERVER_ERROR,
                "the query worker died while answering; it has been replaced",
            )
        worker.kill()  # the query is still running: stop it for good
        self._forget(worker)
        self._replace()
        return Reply.text(
            HTTPStatus.SERVICE_UNAVAILABLE,
            f"query stopped: it ran longer than the time limit of {timeout:g} s",
            **{"X-SPARQL-Time-Limit": f"{timeout:g}"},
        )

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()


# -------------------------------------------------------------------- endpoint
class Endpoint:
    """The protocol logic, independent of HTTP plumbing: query text in, Reply out."""

    def __init__(
        self, store: Path, *, timeout: float = 10.0, max_rows: int = 10_000, workers: int = 2
    ) -> None:
        if timeout <= 0 or max_rows <= 0:
            raise MovementGraphError("--timeout and --max-rows must be positive")
        open_store(store)  # fail early, with the usual message, on a bad path
        self.store = store
        self.timeout = timeout
        self.max_rows = max_rows
        self.pool = WorkerPool(store, size=workers)
        # queries that ran past the time limit, by text: the same text sent again within
        # SLOW_COOLDOWN is refused at once instead of holding a worker for the whole limit,
        # so that a client repeating a heavy query cannot starve everyone else
        self._slow: dict[str, float] = {}
        self._slow_lock = threading.Lock()

    def query(
        self,
        query: str,
        *,
        accept: str = "",
        fmt: str = "",
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> Reply:
        try:
            inspect_query(query)  # refuse updates and outbound access before using a worker
        except QueryRefused as err:
            return Reply.text(HTTPStatus.FORBIDDEN, str(err))
        except QuerySyntaxError as err:
            return Reply.text(HTTPStatus.BAD_REQUEST, str(err))
        key = " ".join(query.split())
        refused = self._recently_slow(key)
        if refused is not None:
            return refused
        job = Job(query, accept, fmt, tuple(default_graphs), tuple(named_graphs), self.max_rows)
        reply = self.pool.run(job, timeout=self.timeout)
        if "X-SPARQL-Time-Limit" in reply.headers:
            with self._slow_lock:
                self._slow[key] = time.monotonic()
                while len(self._slow) > SLOW_REMEMBERED:
                    del self._slow[next(iter(self._slow))]
        return reply

    def _recently_slow(self, key: str) -> Reply | None:
        with self._slow_lock:
            when = self._slow.get(key)
            if when is None:
                return None
            left = SLOW_COOLDOWN - (time.monotonic() - when)
            if left <= 0:
                del self._slow[key]
                return None
        return Reply.text(
            HTTPStatus.SERVICE_UNAVAILABLE,
            f"this query ran past the time limit of {self.timeout:g} s a moment ago and is "
            f"refused for {left:.0f} s more; narrow it (more specific patterns, LIMIT)",
            **{"X-SPARQL-Time-Limit": f"{self.timeout:g}", "Retry-After": f"{left:.0f}"},
        )

    def close(self) -> None:
        self.pool.close()


def _service_description(endpoint_url: str) -> bytes:
    formats = "\n".join(
        f"    <http://www.w3.org/ns/formats/{f}> ,"
        for f in (
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "N-Triples",
        )
    )
    return (
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
        f"[] a sd:Service ;\n  sd:endpoint <{endpoint_url}> ;\n"
        "  sd:supportedLanguage sd:SPARQL11Query ;\n"
        "  sd:feature sd:UnionDefaultGraph ;\n"
        f"  sd:resultFormat\n{formats.rstrip(',')} .\n"
    ).encode()


PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "movement-graph-sparql"
    timeout = REQUEST_TIMEOUT  # a client that stalls mid-request frees its thread

    # plumbing ----------------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        self.server.log(f"{self.client_address[0]} {format % args}")

    def _send(self, reply: Reply, *, head_only: bool = False) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", EXPOSED)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not head_only:
            self.wfile.write(reply.body)

    def _discard(self, length: int) -> None:
        while length > 0:
            chunk = self.rfile.read(min(length, 65536))
            if not chunk:
                break
            length -= len(chunk)

    def do_OPTIONS(self) -> None:  # noqa: N802 - stdlib naming
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _refuse_method(self) -> None:
        self._send(
            Reply.text(
                HTTPStatus.METHOD_NOT_ALLOWED,
                "read-only endpoint: use GET or POST with a query",
                Allow="GET, POST, OPTIONS",
            )
        )

    do_PUT = do_DELETE = do_PATCH = _refuse_method  # noqa: N815

    # routes ------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(
                Reply(
                    HTTPStatus.OK,
                    "text/html; charset=utf-8",
                    PAGE.encode("utf-8"),
                    {"Content-Security-Policy": PAGE_CSP},
                )
            )
        elif url.path == "/ui.js":
            self._send(Reply(HTTPStatus.OK, "text/javascript; charset=utf-8", SCRIPT.encode()))
        elif url.path == "/ui.css":
            self._send(Reply(HTTPStatus.OK, "text/css; charset=utf-8", STYLE.encode()))
        elif url.path == "/sparql":
            self._protocol(parse_qs(url.query, keep_blank_values=True), None)
        else:
            self._send(Reply.text(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql"))

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(Reply.text(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql"))
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            if 0 < length <= MAX_DRAIN:
                # read what the client is sending before answering: closing a socket with
                # unread data resets the connection, and the client never sees the 413
                self._discard(length)
            else:
                self.close_connection = True
            self._send(
                Reply.text(
                    HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                    f"the request body must be at most {MAX_BODY} bytes",
                )
            )
            return
        body = self.rfile.read(length)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._send(Reply.text(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8"))
            return
        if ctype == "application/x-www-form-urlencoded":
            for name, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
            self._protocol(params, None)
        elif ctype == "application/sparql-query":
            self._protocol(params, text)
        elif ctype == "application/sparql-update":
            self._send(Reply.text(HTTPStatus.FORBIDDEN, "SPARQL Update is refused: the store is read-only"))
        else:
            self._send(
                Reply.text(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    "POST a form (application/x-www-form-urlencoded) or application/sparql-query",
                )
            )

    def _protocol(self, params: Mapping[str, list[str]], direct: str | None) -> None:
        if "update" in params:
            self._send(Reply.text(HTTPStatus.FORBIDDEN, "SPARQL Update is refused: the store is read-only"))
            return
        queries = list(params.get("query", []))
        if direct is not None:
            if queries:
                self._send(
                    Reply.text(
                        HTTPStatus.BAD_REQUEST,
                        "give the query either in the body or as query=, not both",
                    )
                )
                return
            queries = [direct]
        if not queries:
            accept = self.headers.get("Accept", "")
            if "text/html" in accept:
                self.send_response(HTTPStatus.SEE_OTHER)
                self.send_header("Location", "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
                self._send(
                    Reply(
                        HTTPStatus.OK,
                        "text/turtle; charset=utf-8",
                        _service_description(f"http://{host}/sparql"),
                    )
                )
            return
        if len(queries) > 1:
            self._send(Reply.text(HTTPStatus.BAD_REQUEST, "give exactly one query= parameter"))
            return
        fmt = next((params[k][0] for k in ("format", "output") if params.get(k)), "")
        reply = self.server.endpoint.query(
            queries[0],
            accept=self.headers.get("Accept", ""),
            fmt=fmt,
            default_graphs=params.get("default-graph-uri", []),
            named_graphs=params.get("named-graph-uri", []),
        )
        self._send(reply)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the default backlog of 5 resets clients under a burst

    def __init__(self, address: tuple[str, int], endpoint: Endpoint, log: Callable[[str], None]) -> None:
        self.endpoint = endpoint
        self.log = log
        super().__init__(address, _Handler)


# ------------------------------------------------------------------ starting it
@dataclass
class RunningServer:
    """A server answering in a background thread; ``close()`` stops it and its workers."""

    httpd: _Server
    thread: threading.Thread

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        host = str(self.httpd.server_address[0])
        return f"http://{'[' + host + ']' if ':' in host else host}:{self.port}/"

    @property
    def endpoint_url(self) -> str:
        return self.url + "sparql"

    @property
    def endpoint(self) -> Endpoint:
        return self.httpd.endpoint

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
        self.httpd.endpoint.close()

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _bind(
    store: Path,
    *,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    workers: int,
    log: Callable[[str], None],
) -> _Server:
    endpoint = Endpoint(store, timeout=timeout, max_rows=max_rows, workers=workers)
    try:
        return _Server((host, port), endpoint, log)
    except OSError as err:
        endpoint.close()
        raise MovementGraphError(f"cannot listen on {host}:{port}: {err}") from err


def start_server(
    store: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    timeout: float = 10.0,
    max_rows: int = 10_000,
    workers: int = 2,
    log: Callable[[str], None] = lambda message: None,
) -> RunningServer:
    """Start the endpoint in a background thread and return at once; ``port=0`` picks one.

    Use as a context manager (``with start_server(store) as srv: ...srv.endpoint_url``) or
    call ``close()``.
    """
    httpd = _bind(store, host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers, log=log)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True, name="sparql-server")
    thread.start()
    return RunningServer(httpd, thread)


def serve(
    store: Path,
    *,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    log: Callable[[str], None],
    workers: int = 2,
) -> None:
    """Serve the read-only SPARQL endpoint until interrupted (blocking).

    Parameters
    ----------
    store:
        a built store folder.
    host, port:
        where to listen; the endpoint is ``http://host:port/sparql``, the page ``/``.
    timeout:
        seconds a query may run before its worker is killed (answer 503).
    max_rows:
        most rows (or triples) returned; a longer answer is cut and says so.
    log:
        receives one line per request and the start-up message.
    workers:
        worker processes, i.e. queries answered at the same time.

    Raises
    ------
    MovementGraphError
        when the store cannot be opened or the address cannot be bound.
    """
    httpd = _bind(store, host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers, log=log)
    running = RunningServer(httpd, threading.current_thread())
    log(
        f"SPARQL endpoint {running.endpoint_url} (query page {running.url}); "
        f"read-only, {timeout:g} s per query, at most {max_rows} rows; Ctrl-C stops it"
    )
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        log("stopping")
    finally:
        httpd.server_close()
        httpd.endpoint.close()


# ------------------------------------------------------------------- the page
# Served from the endpoint itself; it loads nothing from elsewhere and writes results with
# textContent only, so nothing in an answer is ever interpreted as HTML.
PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>movement-graph SPARQL</title>
<link rel="stylesheet" href="/ui.css">
</head>
<body>
<h1>movement-graph SPARQL endpoint</h1>
<p>Read-only. The project's prefixes (<code>mg:</code>, <code>id:</code>, <code>net:</code>,
<code>country:</code>, <code>org:</code>, <code>schema:</code>, <code>skos:</code>,
<code>dcterms:</code>, <code>prov:</code>, <code>rdf:</code>, <code>xsd:</code> &hellip;)
are predeclared; the default graph is the union of all graphs. Ctrl+Enter runs the query.</p>
<form id="form">
<textarea id="query" name="query" rows="14" spellcheck="false">SELECT ?org ?name ?country WHERE {
  ?org mg:participatesIn net:ICOR .
  OPTIONAL { ?org skos:prefLabel ?name }
  OPTIONAL { ?org mg:country/mg:iso3166 ?country }
}
ORDER BY ?country ?name</textarea>
<div class="bar">
<label>Show as <select id="format">
<option value="table" selected>table</option>
<option value="json">SPARQL JSON</option>
<option value="xml">SPARQL XML</option>
<option value="csv">CSV</option>
<option value="tsv">TSV</option>
<option value="turtle">Turtle (CONSTRUCT, DESCRIBE)</option>
<option value="ntriples">N-Triples (CONSTRUCT, DESCRIBE)</option>
</select></label>
<button type="submit" id="run">Run</button>
<span id="status" role="status"></span>
</div>
</form>
<div id="out"></div>
<script src="/ui.js"></script>
</body>
</html>
"""

SCRIPT = """"use strict";
const ACCEPT = {
  table: "application/sparql-results+json, text/turtle;q=0.9",
  json: "application/sparql-results+json, text/turtle;q=0.9",
  xml: "application/sparql-results+xml, application/rdf+xml;q=0.9",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  turtle: "text/turtle",
  ntriples: "application/n-triples",
};
const form = document.getElementById("form");
const query = document.getElementById("query");
const format = document.getElementById("format");
const status = document.getElementById("status");
const out = document.getElementById("out");

function element(tag, text, className) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function show(term) {
  if (!term) return "";
  if (term.type === "literal") {
    return term["xml:lang"] ? term.value + " @" + term["xml:lang"] : term.value;
  }
  if (term.type === "bnode") return "_:" + term.value;
  if (term.type === "triple") {
    const t = term.value;
    return "<< " + show(t.subject) + " " + show(t.predicate) + " " + show(t.object) + " >>";
  }
  return term.value;
}

function table(data) {
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  for (const v of data.head.vars) head.appendChild(element("th", v));
  const body = t.createTBody();
  for (const b of data.results.bindings) {
    const row = body.insertRow();
    for (const v of data.head.vars) row.appendChild(element("td", show(b[v])));
  }
  return t;
}

async function run(event) {
  event.preventDefault();
  out.replaceChildren();
  status.textContent = "running\\u2026";
  const started = performance.now();
  let response, text;
  try {
    response = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": ACCEPT[format.value],
      },
      body: new URLSearchParams({query: query.value}),
    });
    text = await response.text();
  } catch (err) {
    status.textContent = "the request failed: " + err;
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2) + " s";
  if (!response.ok) {
    status.textContent = "error " + response.status + " (" + seconds + ")";
    out.appendChild(element("pre", text, "error"));
    return;
  }
  const type = response.headers.get("Content-Type") || "";
  const rows = response.headers.get("X-SPARQL-Rows");
  const max = response.headers.get("X-SPARQL-Max-Rows");
  let note = rows === null ? "" : rows + (rows === "1" ? " row" : " rows") + ", ";
  if (response.headers.get("X-SPARQL-Truncated") === "true") {
    out.appendChild(element("p", "The answer was cut at the row limit: only the first " + max +
                            " rows are shown. Narrow the query or add LIMIT/OFFSET.", "warning"));
  }
  if (format.value === "table" && type.startsWith("application/sparql-results+json")) {
    const data = JSON.parse(text);
    const answer = "boolean" in data ? element("p", String(data.boolean)) : table(data);
    out.appendChild(answer);
  } else {
    out.appendChild(element("pre", text));
  }
  status.textContent = note + seconds;
}

form.addEventListener("submit", run);
// a link such as /?query=ASK%20%7B%7D fills the editor and runs the query
const given = new URLSearchParams(window.location.search).get("query");
if (given !== null) {
  query.value = given;
  form.requestSubmit();
}
query.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
});
"""

STYLE = """body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5em auto; max-width: 80em;
       padding: 0 1em; color: #222; }
h1 { font-size: 1.3em; }
textarea { width: 100%; box-sizing: border-box; font: 14px/1.4 ui-monospace, monospace; }
.bar { display: flex; gap: 1em; align-items: center; margin: .5em 0 1em; }
table { border-collapse: collapse; font-size: 14px; }
th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; position: sticky; top: 0; }
pre { background: #f7f7f7; padding: .8em; overflow: auto; white-space: pre-wrap; }
.error { background: #fff0f0; color: #900; }
.warning { background: #fff7dd; padding: .5em; }
"""
