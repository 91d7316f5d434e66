"""A content-addressed cache of extraction results, one record per source file.

A file's record is the tuple of ``DocumentAnalysis`` records extracted from it, pickled.
It is keyed by the SHA-256 of the file's bytes and its name (document IRIs are built from
the file name), under a folder named by the *fingerprint* of everything else the result
depends on: the package version, the source code of the package, the data files
(patterns, reference tables, curation is applied later and is not part of it) and the
spaCy model's version.  A change to any of them starts a new folder and the old ones are
removed, so that a stale record can never be read.

Layout: ``<out>/.cache/<fingerprint>/<key[:2]>/<key>.pickle``.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from . import __version__
from .model import DocumentAnalysis

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE.parents[1] / "data"
#: bump to invalidate every record when the record format changes
FORMAT = 1


def _files(root: Path, suffixes: Iterable[str]) -> list[Path]:
    if not root.is_dir():
        return []
    wanted = tuple(suffixes)
    return sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix in wanted and "__pycache__" not in p.parts
    )


@cache
def fingerprint() -> str:
    """A digest of the code, the data and the model that extraction depends on."""
    h = hashlib.sha256(f"movement-graph {__version__} format {FORMAT}\n".encode())
    try:
        from importlib import metadata

        from .nlp import MODEL

        h.update(f"{MODEL} {metadata.version(MODEL.replace('_', '-'))}\n".encode())
    except Exception:  # noqa: BLE001 - an unknown model version still changes nothing else
        h.update(b"model ?\n")
    for root, suffixes in (
        (PACKAGE, (".py",)),
        (DATA / "patterns", (".jsonl", ".txt", ".csv", ".yaml", ".json")),
        (DATA / "reference", (".jsonl", ".txt", ".csv", ".yaml", ".json", ".ttl")),
    ):
        for path in _files(root, suffixes):
            h.update(str(path.relative_to(root.parent)).encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:24]


def file_key(name: str, sha256: str) -> str:
    """The key of a source file's record: its content digest and its name.

    >>> file_key("a.txt", "00" * 32)[:8]
    '6c80d046'
    """
    return hashlib.sha256(f"{sha256}\0{name}".encode()).hexdigest()


class ExtractionCache:
    """Read and write the records of one fingerprint under ``root`` (``<out>/.cache``)."""

    def __init__(self, root: Path, *, version: str | None = None) -> None:
        self.root = root
        self.version = version or fingerprint()
        self.dir = root / self.version
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.pickle"

    def get(self, name: str, sha256: str) -> tuple[DocumentAnalysis, ...] | None:
        """The cached analyses of a file, or None."""
        path = self._path(file_key(name, sha256))
        try:
            with path.open("rb") as fh:
                found = pickle.load(fh)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            self.misses += 1  # a damaged record is recomputed
            return None
        if not isinstance(found, tuple) or not all(isinstance(a, DocumentAnalysis) for a in found):
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, name: str, sha256: str, analyses: Iterable[DocumentAnalysis]) -> None:
        """Store the analyses of a file (atomically: a reader never sees half a record)."""
        path = self._path(file_key(name, sha256))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(tuple(analyses), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self) -> None:
        """Remove the records of other fingerprints (older code or data)."""
        if not self.root.is_dir():
            return
        for child in self.root.iterdir():
            if child.is_dir() and child.name != self.version:
                shutil.rmtree(child, ignore_errors=True)


__all__ = ["ExtractionCache", "file_key", "fingerprint"]
