"""Open pages in headless Chromium and report what happened: the checker of the views.

A minimal Chrome DevTools Protocol client over ``--remote-debugging-pipe`` (file
descriptors 3 and 4, NUL-separated JSON), so that it needs nothing beyond the standard
library and Debian's ``chromium``.  Used by the browser tests and ``bench/views_bench.py``.

For each page it records console errors, uncaught exceptions, every request and
whether it left the machine (any non-``file:``/``data:`` request is recorded and failed),
every JavaScript dialog (``alert`` and friends: a sign of injected script), the numbers
the network page writes when drawn (``data-mg-*`` on ``<html>``), and a screenshot.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import queue
import shutil
import struct
import subprocess
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import MovementGraphError

LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")


def find_chromium() -> str | None:
    """Return the path of a Chromium executable, or ``None``."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class PageReport:
    """What opening one page did."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    ready: bool = False
    state: dict[str, str] = field(default_factory=dict)  # data-mg-* of <html>
    load_ms: float = 0.0  # from navigation to load event
    ready_ms: float = 0.0  # from navigation to the page's ready flag (or load)
    screenshot: bytes = b""
    value: Any = None  # of the ``evaluate`` expression


class Chromium:
    """One headless Chromium process, driven over the DevTools pipe.

    Use as a context manager; ``open(path)`` returns a ``PageReport``.
    """

    def __init__(self, executable: str | None = None, *, width: int = 1280, height: int = 860) -> None:
        exe = executable or find_chromium()
        if exe is None:
            raise MovementGraphError("chromium not found; install it (apt-get install chromium)")
        self.width, self.height = width, height
        self._profile = tempfile.mkdtemp(prefix="mg-chromium-")
        cmd_r, self._cmd_w = os.pipe()
        self._res_r, res_w = os.pipe()

        def _child_fds() -> None:  # pragma: no cover - runs in the child
            a = fcntl.fcntl(cmd_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(res_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--remote-debugging-pipe",
            f"--user-data-dir={self._profile}",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-extensions",
            "--mute-audio",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--allow-file-access-from-files",
            f"--window-size={width},{height}",
            "about:blank",
        ]
        self._proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=_child_fds,
        )
        os.close(cmd_r)
        os.close(res_w)
        self._next_id = 0
        self._responses: dict[int, dict[str, Any]] = {}
        self._events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._cond = threading.Condition()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    # -- protocol -------------------------------------------------------------------------

    def _read(self) -> None:
        buf = b""
        with os.fdopen(self._res_r, "rb", buffering=0) as fh:
            while True:
                chunk = fh.read(1 << 16)
                if not chunk:
                    break
                buf += chunk
                while b"\0" in buf:
                    raw, buf = buf.split(b"\0", 1)
                    msg = json.loads(raw)
                    if "id" in msg:
                        with self._cond:
                            self._responses[msg["id"]] = msg
                            self._cond.notify_all()
                    else:
                        self._answer(msg)
                        self._events.put(msg)
        with self._cond:
            self._responses[-1] = {"error": {"message": "chromium closed the pipe"}}
            self._cond.notify_all()

    def _answer(self, ev: dict[str, Any]) -> None:
        """Answer the events that block the page (paused requests, dialogs) at once."""
        method, p, session = ev.get("method"), ev.get("params", {}), ev.get("sessionId")
        if method == "Fetch.requestPaused":
            if p.get("request", {}).get("url", "").startswith(LOCAL_SCHEMES):
                self._post("Fetch.continueRequest", {"requestId": p["requestId"]}, session)
            else:
                self._post(
                    "Fetch.failRequest",
                    {"requestId": p["requestId"], "errorReason": "BlockedByClient"},
                    session,
                )
        elif method == "Page.javascriptDialogOpening":
            self._post("Page.handleJavaScriptDialog", {"accept": False}, session)

    def _post(self, method: str, params: dict[str, Any], session: str | None) -> int:
        with self._lock:
            self._next_id += 1
            msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
            if session:
                msg["sessionId"] = session
            os.write(self._cmd_w, json.dumps(msg).encode() + b"\0")
            return self._next_id

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        session: str | None = None,
        timeout: float = 60.0,
    ) -> dict[str, Any]:
        """Send one command and wait for its result."""
        msg_id = self._post(method, params or {}, session)
        deadline = time.monotonic() + timeout
        with self._cond:
            while msg_id not in self._responses:
                if -1 in self._responses:
                    raise MovementGraphError(f"{method}: chromium exited")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise MovementGraphError(f"{method}: no answer from chromium in {timeout}s")
                self._cond.wait(left)
            res = self._responses.pop(msg_id)
        if "error" in res:
            raise MovementGraphError(f"{method}: {res['error'].get('message')}")
        return dict(res.get("result", {}))

    def _drain(self, report: PageReport, session: str, *, until: float) -> list[str]:
        """Handle the events that arrive before ``until``; return the names seen."""
        seen: list[str] = []
        while True:
            left = until - time.monotonic()
            try:
                ev = self._events.get(timeout=max(0.0, min(left, 0.05)))
            except queue.Empty:
                if left <= 0:
                    return seen
                continue
            if ev.get("sessionId") != session:
                continue
            method, p = ev.get("method", ""), ev.get("params", {})
            seen.append(method)
            if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                report.console_errors.append(
                    " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
                )
            elif method == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                report.console_errors.append(
                    d.get("exception", {}).get("description") or d.get("text", "exception")
                )
            elif method == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                e = p["entry"]
                report.console_errors.append(f"{e.get('source')}: {e.get('text')} {e.get('url', '')}")
            elif method == "Network.requestWillBeSent":
                url = p.get("request", {}).get("url", "")
                report.requests.append(url)
                if not url.startswith(LOCAL_SCHEMES):
                    report.external_requests.append(url)
            elif method == "Fetch.requestPaused":
                url = p.get("request", {}).get("url", "")
                if not url.startswith(LOCAL_SCHEMES) and url not in report.external_requests:
                    report.external_requests.append(url)
            elif method == "Page.javascriptDialogOpening":
                report.dialogs.append(f"{p.get('type')}: {p.get('message')}")

    # -- pages ----------------------------------------------------------------------------

    def open(
        self,
        path: Path | str,
        *,
        timeout: float = 120.0,
        settle: float = 0.5,
        screenshot: bool = True,
        full_page: bool = False,
        evaluate: str | None = None,
    ) -> PageReport:
        """Open a local page, wait until it is drawn, and report what happened.

        A page that sets ``data-mg-view`` on ``<body>`` is waited for until it sets
        ``data-mg-ready="1"`` on ``<html>``; any other page until its load event.  Then
        ``evaluate`` (a JavaScript expression) is run and its value kept in ``value``.
        """
        url = Path(path).resolve().as_uri() if not str(path).startswith("file:") else str(path)
        report = PageReport(url)
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            for method, params in (
                ("Page.enable", {}),
                ("Runtime.enable", {}),
                ("Log.enable", {}),
                ("Network.enable", {}),
                ("Fetch.enable", {"patterns": [{"urlPattern": "*"}]}),
                (
                    "Emulation.setDeviceMetricsOverride",
                    {
                        "width": self.width,
                        "height": self.height,
                        "deviceScaleFactor": 1,
                        "mobile": False,
                    },
                ),
            ):
                self.send(method, params, session=session)
            start = time.monotonic()
            self.send("Page.navigate", {"url": url}, session=session)
            deadline = start + timeout
            loaded = False
            while not loaded and time.monotonic() < deadline:
                loaded = "Page.loadEventFired" in self._drain(report, session, until=time.monotonic() + 0.1)
            report.load_ms = (time.monotonic() - start) * 1000
            while time.monotonic() < deadline:
                state = self._state(session)
                if state.get("view") != "network" or state.get("mgReady") == "1":
                    report.ready = loaded
                    report.state = state
                    break
                self._drain(report, session, until=time.monotonic() + 0.05)
            report.ready_ms = (time.monotonic() - start) * 1000
            if "mgReadyMs" in report.state:
                report.ready_ms = float(report.state["mgReadyMs"])
            if evaluate is not None:
                res = self.send(
                    "Runtime.evaluate",
                    {"expression": evaluate, "returnByValue": True},
                    session=session,
                )
                report.value = res.get("result", {}).get("value")
            self._drain(report, session, until=time.monotonic() + settle)
            if screenshot:
                shot_params: dict[str, Any] = {"format": "png"}
                if full_page:
                    size = self.send("Page.getLayoutMetrics", session=session)["cssContentSize"]
                    shot_params["captureBeyondViewport"] = True
                    shot_params["clip"] = {
                        "x": 0,
                        "y": 0,
                        "width": size["width"],
                        "height": min(size["height"], 16000),
                        "scale": 1,
                    }
                shot = self.send("Page.captureScreenshot", shot_params, session=session)
                report.screenshot = base64.b64decode(shot["data"])
            self._drain(report, session, until=time.monotonic() + 0.05)
        finally:
            with contextlib.suppress(MovementGraphError):
                self.send("Target.closeTarget", {"targetId": target})
        return report

    def _state(self, session: str) -> dict[str, str]:
        expr = (
            "JSON.stringify(Object.assign({view: document.body ? "
            "(document.body.dataset.mgView || '') : ''}, document.documentElement.dataset))"
        )
        res = self.send("Runtime.evaluate", {"expression": expr, "returnByValue": True}, session=session)
        value = res.get("result", {}).get("value")
        return dict(json.loads(value)) if isinstance(value, str) else {}

    def close(self) -> None:
        with contextlib.suppress(MovementGraphError, OSError):
            self.send("Browser.close", timeout=5)
        with contextlib.suppress(OSError):
            os.close(self._cmd_w)
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._reader.join(timeout=5)
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ------------------------------------------------------------------------- screenshots


def png_pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB/RGBA non-interlaced PNG into (width, height, rows of pixels).

    Raises
    ------
    MovementGraphError
        for another kind of PNG.
    """
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise MovementGraphError("not a PNG")
    pos, idat, header = 8, b"", b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, body = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 8 or colour not in (2, 6) or interlace:
        raise MovementGraphError(f"unsupported PNG (depth {depth}, colour type {colour})")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(
            bytes(line) if bpp == 3 else bytes(v for j in range(0, stride, 4) for v in line[j : j + 3])
        )
        prev = line
    return width, height, rows


def ink_fraction(png: bytes, *, step: int = 4) -> float:
    """Return the share of sampled pixels that differ from the most common colour.

    A blank page gives 0.0; a page with text and drawing gives a few percent or more.
    """
    try:  # Pillow is much faster when it is there (the notebook extra brings it)
        from PIL import Image
    except ImportError:
        width, height, rows = png_pixels(png)
    else:
        import io

        with Image.open(io.BytesIO(png)) as img:
            rgb = img.convert("RGB")
            width, height = rgb.size
            data = rgb.tobytes()
        rows = [data[y * width * 3 : (y + 1) * width * 3] for y in range(height)]
    counts: dict[bytes, int] = {}
    total = 0
    for y in range(0, height, step):
        row = rows[y]
        for x in range(0, width, step):
            px = row[x * 3 : x * 3 + 3]
            counts[px] = counts.get(px, 0) + 1
            total += 1
    return 1 - max(counts.values()) / total if total else 0.0
