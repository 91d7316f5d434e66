"""Errors raised by movement-graph; each says where and what."""

from __future__ import annotations

from pathlib import Path


class MovementGraphError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(MovementGraphError):
    """A source file that cannot be read or holds no document.

    The message is one line naming the file and the problem, so that the CLI can
    print it as it is and go on with the other files.
    """

    def __init__(
        self, path: Path | str, problem: str, *, doc_id: str | None = None, offset: int | None = None
    ) -> None:
        self.path = str(path)
        self.problem = problem
        self.doc_id = doc_id
        self.offset = offset
        where = self.path
        if doc_id:
            where += f" [{doc_id}]"
        if offset is not None:
            where += f" at character {offset}"
        super().__init__(f"{where}: {problem}")


class ConfigError(MovementGraphError):
    """A settings, pattern, reference-data or curation file that is malformed."""


class OntologyError(MovementGraphError):
    """A graph that violates the ontology's shapes, or an unknown term."""


class QueryError(MovementGraphError):
    """A SPARQL query that cannot be run (syntax error, update, outbound access)."""
