"""Persist the graph: TriG/N-Quads files and the embedded pyoxigraph store.

Everything is written to a temporary sibling path first and renamed into place, so
that a crash or an interrupt never leaves a half-written output behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from ..errors import MovementGraphError


@contextmanager
def atomic_path(target: Path, *, is_dir: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success.

    On an exception the temporary path is removed and ``target`` is left as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    path = tmp if is_dir else tmp / target.name
    try:
        yield path
        if is_dir:
            old = None
            if target.exists():
                old = target.with_name(f".{target.name}.old-{os.getpid()}")
                target.rename(old)
            tmp.rename(target)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(path, target)
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def load_store(nquads: Path, store_dir: Path) -> int:
    """Load an N-Quads file into a new pyoxigraph store at ``store_dir``; return quad count."""
    with atomic_path(store_dir, is_dir=True) as tmp:
        store = ox.Store(str(tmp))
        with nquads.open("rb") as fh:
            store.bulk_load(fh, format=ox.RdfFormat.N_QUADS)
        store.flush()
        n = len(store)
        del store
    return n


def open_store(store_dir: Path, *, read_only: bool = True) -> ox.Store:
    """Open a built store; read-only by default.

    Raises
    ------
    MovementGraphError
        when ``store_dir`` is not a built store.
    """
    if not store_dir.is_dir():
        raise MovementGraphError(
            f"{store_dir}: no store here; run `movement-graph build --out DIR` first")
    try:
        return ox.Store.read_only(str(store_dir)) if read_only else ox.Store(str(store_dir))
    except OSError as err:
        raise MovementGraphError(f"{store_dir}: cannot open the store: {err}") from err
