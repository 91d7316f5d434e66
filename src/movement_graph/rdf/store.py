"""Persist the graph: TriG/N-Quads files and the embedded pyoxigraph store.

Everything is written to a temporary sibling path first and renamed into place, so
that a crash or an interrupt never leaves a half-written output behind.  The temporary
path is removed on any exception, on Ctrl-C and on SIGTERM; one left by a process that
was killed outright (SIGKILL, power loss) names that process and is removed by the next
write beside it.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType

import pyoxigraph as ox

from ..errors import MovementGraphError


class Terminated(SystemExit):
    """SIGTERM arrived while an output was being written (exit status 143)."""

    def __init__(self) -> None:
        super().__init__(128 + signal.SIGTERM)


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """Turn SIGTERM into an exception for the duration, so that clean-up code runs.

    Python's default for SIGTERM is to die at once, skipping every ``finally``; only the
    main thread may set handlers, and a handler someone else installed is kept.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous is not signal.SIG_DFL:
        yield
        return
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(target: Path) -> list[Path]:
    """Remove temporary siblings of ``target`` left by processes that no longer run.

    A folder swap killed between its two renames leaves ``target`` missing and the old
    folder, whole, beside it: that one is put back instead.  Returns the paths removed
    or restored.
    """
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(tmp|old)-(\d+)-")
    found = []
    with suppress(OSError):
        for sibling in sorted(target.parent.iterdir()):
            m = pattern.match(sibling.name)
            if m and not _pid_alive(int(m.group(2))):
                found.append((m.group(1), sibling))
    for kind, sibling in found:
        if kind == "old" and not target.exists() and not target.is_symlink():
            with suppress(OSError):
                sibling.rename(target)
                continue
        if sibling.is_dir() and not sibling.is_symlink():
            shutil.rmtree(sibling, ignore_errors=True)
        else:
            with suppress(OSError):
                sibling.unlink()
    return [sibling for _, sibling in found]


@contextmanager
def atomic_path(target: Path, *, is_dir: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success.

    On an exception (also Ctrl-C, and SIGTERM when no other handler is installed) the
    temporary path is removed and ``target`` is left as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(target)
    with _sigterm_raises():
        with _atomic(target, is_dir=is_dir) as path:
            yield path


@contextmanager
def _atomic(target: Path, *, is_dir: bool) -> Iterator[Path]:
    pid = os.getpid()
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-{pid}-", dir=target.parent))
    path = tmp if is_dir else tmp / target.name
    try:
        yield path
        with _signals_held():
            if is_dir:
                _swap_dir(tmp, target, pid)
            else:
                os.replace(path, target)
        shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _swap_dir(tmp: Path, target: Path, pid: int) -> None:
    """Put the folder ``tmp`` in place of ``target``; on failure ``target`` stays as it was."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-{pid}-", dir=target.parent))
        old.rmdir()
        target.rename(old)
    try:
        tmp.rename(target)
    except BaseException:
        if old is not None and not target.exists():
            old.rename(target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back for the few renames that swap an output into place.

    A signal that arrives meanwhile is delivered right after, when the new output is
    complete and in place, instead of between two renames.
    """
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, OSError, ValueError):  # pragma: no cover - not on POSIX
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextmanager
def staged_outputs(out_dir: Path, names: Sequence[str]) -> Iterator[Path]:
    """Yield a staging folder; on success move ``names`` from it into ``out_dir`` together.

    The graph's outputs (TriG, N-Quads, the store) must change as one: they are all
    written into the staging folder, and only when every one is complete are they
    renamed into place, with SIGINT and SIGTERM held back for those renames.  On any
    failure (a crash, Ctrl-C, SIGTERM, a full disk) the staging folder is removed and
    ``out_dir`` keeps the previous outputs, all of them.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    stage_name = out_dir / "staging"  # its temporaries are named .staging.tmp-<pid>-*
    remove_stale(stage_name)
    pid = os.getpid()
    stage = Path(tempfile.mkdtemp(prefix=f".staging.tmp-{pid}-", dir=out_dir))
    with _sigterm_raises():
        try:
            yield stage
            missing = [n for n in names if not (stage / n).exists()]
            if missing:
                raise MovementGraphError(f"{out_dir}: staged outputs missing: {', '.join(missing)}")
            with _signals_held():
                for n in names:
                    src, dst = stage / n, out_dir / n
                    if src.is_dir():
                        _swap_dir(src, dst, pid)
                    else:
                        os.replace(src, dst)
        finally:
            shutil.rmtree(stage, ignore_errors=True)


def load_store(nquads: Path, store_dir: Path) -> int:
    """Load an N-Quads file into a new pyoxigraph store at ``store_dir``; return quad count."""
    with atomic_path(store_dir, is_dir=True) as tmp:
        return create_store(nquads, tmp)


#: bytes of N-Quads handed to one bulk load (about 70,000 quads).  A bulk load holds its
#: piece's index entries in memory: the loader alone peaks at about 490 MB with 48 MB
#: pieces and 240 MB with 16 MB ones, for the same CPU time (``bench/store_load_memory.py``
#: on 8.9 million quads); 8 MB pieces load about twice as slowly.
LOAD_CHUNK = 16 << 20


def create_store(nquads: Path, store_dir: Path, *, chunk: int = LOAD_CHUNK) -> int:
    """Bulk-load an N-Quads file into a new store at ``store_dir`` (not atomic: stage it).

    The file is loaded in pieces of about ``chunk`` bytes, each ending at a line end: one
    bulk load holds its whole input's index entries in memory (about 0.6 KB per quad), so
    pieces keep the peak near 300 MB however large the graph, for about the same CPU time.
    The store is compacted at the end (``Store.optimize``): the pieces leave many
    overlapping files behind, and a lookup in a compacted store reads far fewer of them.
    """
    store = ox.Store(str(store_dir))
    with nquads.open("rb") as fh:
        while True:
            piece = fh.read(chunk)
            if not piece:
                break
            piece += fh.readline()  # N-Quads has one statement per line
            store.bulk_load(piece, format=ox.RdfFormat.N_QUADS)
    store.flush()
    store.optimize()
    n = len(store)
    del store
    return n


class StoreLoader:
    """Bulk-loads N-Quads into a new store while they are being written.

    ``write`` takes N-Quads text, whole lines at a time, as the writer produces it; every
    ``chunk`` bytes go to ``Store.bulk_load`` in a thread of their own.  pyoxigraph
    releases the GIL while it loads, so the store is built on a second core while this
    one writes the graph, instead of after it; at most ``depth`` pieces wait, so memory
    stays bounded.  The store holds the same quads as ``create_store`` on the finished
    file.  Use it as a context manager: on an exception the loading thread is stopped
    before the exception goes on (the caller removes the staged store).
    """

    def __init__(self, store_dir: Path, *, chunk: int = LOAD_CHUNK, depth: int = 2) -> None:
        self._store = ox.Store(str(store_dir))
        self._chunk = chunk
        self._parts: list[bytes] = []
        self._size = 0
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="store-loader", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (piece := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._load_piece(piece)
                except BaseException as err:  # handed to the writing thread
                    self._error = err

    def _load_piece(self, piece: bytes) -> None:
        self._store.bulk_load(piece, format=ox.RdfFormat.N_QUADS)

    def write(self, text: str) -> None:
        """Take N-Quads lines (whole lines only); load them once ``chunk`` bytes have come."""
        self._raise()
        # as UTF-8 at once: joined as text, one non-Latin-1 character in a piece would
        # make Python hold the whole piece at two or four bytes a character
        data = text.encode("utf-8")
        self._parts.append(data)
        self._size += len(data)
        if self._size >= self._chunk:
            self._send()

    def _send(self) -> None:
        if self._parts:
            piece = b"".join(self._parts)
            self._parts, self._size = [], 0
            self._queue.put(piece)

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def finish(self) -> None:
        """Load what is left, wait for the loads, flush and compact.

        The writer knows how many quads it wrote.  Compacting (``Store.optimize``, as
        Oxigraph advises after a bulk load) merges the files the pieces left: on 10,000
        documents it took 30 s of the build's 630 s and ~45 MB, and made the competency
        queries about twice as fast (``docs/querying.md``).
        """
        self.wait()
        self._store.flush()
        self.compact()

    def wait(self) -> None:
        """Load what is left and wait until every piece is in the store (once)."""
        if self._thread.is_alive():
            self._send()
            self._queue.put(None)
            self._thread.join()
        self._raise()

    def compact(self) -> None:
        """Merge the files the loaded pieces left (``Store.optimize``)."""
        self._store.optimize()

    def _stop(self) -> None:
        if not self._thread.is_alive():
            return
        self._error = self._error or _Stopped()
        with suppress(queue.Empty):
            while True:  # drop what waits, so that the stop signal fits
                self._queue.get_nowait()
        self._queue.put(None)
        self._thread.join()

    def __enter__(self) -> StoreLoader:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is not None:
            self._stop()
        del self._store


class _Stopped(Exception):
    """The loader was stopped because the writing failed."""


def open_store(store_dir: Path, *, read_only: bool = True) -> ox.Store:
    """Open a built store; read-only by default.

    Raises
    ------
    MovementGraphError
        when ``store_dir`` is not a built store.
    """
    if not store_dir.is_dir():
        raise MovementGraphError(f"{store_dir}: no store here; run `movement-graph build --out DIR` first")
    try:
        return ox.Store.read_only(str(store_dir)) if read_only else ox.Store(str(store_dir))
    except OSError as err:
        raise MovementGraphError(f"{store_dir}: cannot open the store: {err}") from err
