"""Helpers shared by the test modules: a ``SourceFile`` made of a text.

Imported as ``from helpers import source`` (pytest puts ``tests/`` on the path, as it has
no ``__init__.py``); the fixture that runs texts through the pipeline is in ``conftest.py``.
"""

from __future__ import annotations

import hashlib

from movement_graph.model import SourceFile


def source(text: str, name: str = "t.txt") -> SourceFile:
    """A source file named ``name`` holding ``text``, as ``ingest.read_source`` would read it.

    The digest is of the text's UTF-8 bytes (lone surrogates, which hypothesis may draw,
    encoded as they are).
    """
    return SourceFile(
        path=name,
        name=name,
        text=text,
        encoding="utf-8",
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
