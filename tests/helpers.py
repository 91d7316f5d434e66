"""Helpers shared by the test modules: a ``SourceFile`` or a ``Document`` made of a text,
the organisations its lists name, and the pathological inputs of ``bench/pathological_inputs.py``.

Imported as ``from helpers import source`` (pytest puts ``tests/`` on the path, as it has
no ``__init__.py``); the fixture that runs texts through the pipeline is in ``conftest.py``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from movement_graph.model import Document, OrgMention, Quote, Role, SourceFile


def _bench_module(name: str) -> ModuleType:
    """``bench/NAME.py``, imported (``bench/`` is no package)."""
    path = Path(__file__).resolve().parent.parent / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# the inputs that once took quadratic time, shared with ``bench/pathological.py``, which
# times them (the tests check only what the code makes of them)
pathological = _bench_module("pathological_inputs")


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


def document(text: str, start: int = 0) -> Document:
    """One document of ``t.txt`` holding ``text``, at character ``start`` of the file."""
    return Document(file="t.txt", index=0, start=start, end=start + len(text), text=text, title="T")


def list_names(text: str, start: int = 0) -> list[tuple[str, str, str | None]]:
    """(name, role, country) of the organisations the lists of ``document(text, start)`` name."""
    from movement_graph.extract.lists import find_lists
    from movement_graph.extract.organisations import from_lists

    d = document(text, start)
    return [(m.name, m.role.value, m.country) for m in from_lists(find_lists(d), source=d)]


#: signatures that close the invented statements of the event tests
SIGN_EN = "\n\nSigned:\nWorkers' League of Atlantis (WLA)\nRevolutionary Circle of Lemuria (RCL)\n"
SIGN_DE = "\n\nUnterzeichner:\nArbeiterbund Atlantis (ABA)\nRevolutionärer Kreis Lemuria (RKL)\n"
SIGN_ES = "\n\nFirman:\nLiga Obrera de Atlántida (LOA)\nCírculo Revolucionario de Lemuria (CRL)\n"


def statement_en(title: str, date: str, body: str) -> str:
    """An English statement: its kind, title, date line, body and signatures."""
    return f"Statement\n\n{title}\n\n{date}\n\n{body}{SIGN_EN}"


def statement_es(title: str, date: str, body: str) -> str:
    """A Spanish declaration: its kind, title, date line, body and signatures."""
    return f"Declaración\n\n{title}\n\n{date}\n\n{body}{SIGN_ES}"


def labelled_events(text: str, name: str = "t.txt") -> list[tuple[str, str, str | None, str | None]]:
    """(type, label, date, country) of every event the documents of file ``name`` holding ``text`` refer to."""
    from movement_graph.pipeline import analyse_batch
    from movement_graph.segment import segment

    out = []
    for a in analyse_batch(list(segment(source(text, name)))):
        out += [(e.type, e.label, e.date, e.country) for e in a.events]
    return out


def has_labelled(
    found: list[tuple[str, str, str | None, str | None]], etype: str, date: str, country: str
) -> bool:
    """``found`` (as ``labelled_events`` gives them) holds an event of ``etype`` in ``country`` dated exactly ``date``."""
    return any(t == etype and d == date and c == country for t, _label, d, c in found)


def events(text: str, name: str = "t.txt") -> list[tuple[str, str | None, str | None]]:
    """(type, date, country) of every event the documents of file ``name`` holding ``text`` refer to."""
    return [(t, d, c) for t, _label, d, c in labelled_events(text, name)]


def has_event(found: list[tuple[str, str | None, str | None]], etype: str, date: str, country: str) -> bool:
    """``found`` (as ``events`` gives them) holds an event of ``etype`` in ``country`` whose date starts with ``date``."""
    return any(t == etype and d is not None and d.startswith(date) and c == country for t, d, c in found)


def org_mention(
    name: str,
    *,
    doc_id: str = "d-0",
    acronym: str | None = None,
    native: str | None = None,
    country: str | None = None,
    former: str | None = None,
) -> OrgMention:
    """A signatory ``name`` in document ``doc_id``, as the extractor would record it."""
    return OrgMention(
        doc_id=doc_id,
        quote=Quote(0, len(name), name),
        name=name,
        role=Role.SIGNATORY,
        acronym=acronym,
        native_name=native,
        country=country,
        other_names=((former, None),) if former else (),
    )


#: two sentences of a statement's prose, under the titles the segmentation tests build
BODY = (
    "The workers of the region have risen against the rise in prices and the repression of "
    "their unions. We salute their struggle and call for international solidarity with them. "
) * 2


def titles_and_dates(text: str) -> list[tuple[str, str | None]]:
    """(title, date) of every document the segmentation finds in a file holding ``text``."""
    from movement_graph.segment import segment

    return [(d.title, d.date) for d in segment(source(text))]


def signers_networks(tmp_path: Path, name: str, text: str) -> dict[str, set[str]]:
    """Build a corpus of the one file ``name`` holding ``text`` and read, for each
    organisation that signs one of its documents, the networks it takes part in."""
    import rdflib

    from movement_graph.pipeline import BuildOptions, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([corpus], BuildOptions(out_dir=out, cache=False, analyse=False))
    ds = rdflib.Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    rows = ds.query(
        """PREFIX mg: <https://w3id.org/movement-graph/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?label ?net WHERE { ?doc mg:signedBy ?o . ?o skos:prefLabel ?label
          OPTIONAL { ?o mg:participatesIn ?net } }"""
    )
    got: dict[str, set[str]] = {}
    for label, net in rows:
        got.setdefault(str(label), set()).update({str(net).rsplit("/", 1)[-1]} if net else set())
    return got
