"""Wire the stages: ingest → segment → nlp → extract → resolve → rdf → store → analyse → views.

``build`` streams files through ingestion and segmentation; each file's documents are
taken from the extraction cache when the file, the code and the data are unchanged, else
parsed (the statistical model only on the sentences that need it, ``nlp.parse``) and
extracted, in this process, in ``--processes`` worker processes, or on a Dask cluster
(``engine.py``).  Only the extracted records are kept (without the documents' text), on
disk (``records.RecordFile``): resolution reads them once, then the graph is produced one
document graph at a time, validated graph by graph and streamed to TriG and N-Quads, loaded
into the store, and the analyses and views run.  A bad file is reported through
``on_warning`` and skipped.
"""

from __future__ import annotations

import dataclasses
import gc
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from .errors import InputError, MovementGraphError
from .model import Document, DocumentAnalysis, SourceFile
from .records import RecordFile

if TYPE_CHECKING:
    from .resolve.organisations import Curation

#: the summary of the build in progress (extraction counts its cache hits into it)
_CURRENT: ContextVar[BuildSummary | None] = ContextVar("movement_graph_build", default=None)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    out_dir: Path = Path("out")
    curation: Path | None = None
    analyse: bool = True
    processes: int = 1
    engine: str = "local"
    scheduler: str | None = None
    cache: bool = True
    progress: bool = False
    validate: bool = True
    batch_size: int = 32
    #: run the statistical model only on the sentences that need it (False: everywhere)
    selective: bool = True


@dataclass(slots=True)
class BuildSummary:
    files: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    documents: int = 0
    organisations: int = 0
    networks: int = 0
    countries: int = 0
    events: int = 0
    persons: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    extracted: int = 0  # documents parsed and extracted in this build
    cached: int = 0  # documents taken from the extraction cache

    def render(self) -> str:
        lines = [
            f"files read      {self.files}" + (f" ({len(self.skipped)} skipped)" if self.skipped else ""),
            f"documents       {self.documents}",
            f"organisations   {self.organisations}",
            f"networks        {self.networks}",
            f"countries       {self.countries}",
            f"events          {self.events}",
            f"persons         {self.persons}",
            f"triples         {self.triples}",
            f"seconds         {self.seconds:.1f}",
        ]
        if self.cached:
            lines.insert(2, f"from cache      {self.cached} (extracted {self.extracted})")
        return "\n".join(lines)


def documents(
    inputs: Sequence[Path],
    summary: BuildSummary,
    on_warning: Callable[[str], None],
    on_file: Callable[[str], None] | None = None,
) -> Iterator[tuple[SourceFile, Document]]:
    """Ingest and segment; report and skip bad files."""
    from .ingest import read_sources
    from .segment import segment

    def error(err: InputError) -> None:
        summary.skipped.append(str(err))
        on_warning(f"skipped: {err}")

    def warning(msg: str) -> None:
        summary.warnings.append(msg)
        on_warning(f"warning: {msg}")

    for source in read_sources(inputs, on_error=error, on_warning=warning):
        summary.files += 1
        if on_file is not None:
            on_file(source.name)
        try:
            docs = list(segment(source))
        except InputError as err:
            error(err)
            continue
        for d in docs:
            yield source, d


def analyse_batch(
    docs: Sequence[Document], *, batch_size: int = 32, selective: bool = True
) -> list[DocumentAnalysis]:
    """Parse and extract a batch of documents (in any process); records without the text."""
    from .extract.document import analyse_document, list_entries, rule_only_spans
    from .nlp import build_nlp, parse

    nlp = build_nlp()
    items = []
    for d in docs:
        entries = list_entries(d)
        items.append((d.text, rule_only_spans(d, entries), (d, entries)))
    out = []
    for doc, (d, entries) in parse(nlp, items, batch_size=batch_size, selective=selective):
        out.append(strip_text(analyse_document(doc, source=d, entries=entries)))
    return out


class _RunOptions(TypedDict):
    """The keyword arguments of ``analyse_batch`` that a build passes."""

    batch_size: int
    selective: bool


def strip_text(a: DocumentAnalysis) -> DocumentAnalysis:
    """The record without the document's text (nor the passages of its file that speak for
    it): resolution and RDF read only offsets and quotes."""
    return dataclasses.replace(a, document=dataclasses.replace(a.document, text="", context=()))


def _files(pairs: Iterable[tuple[SourceFile, Document]]) -> Iterator[tuple[SourceFile, list[Document]]]:
    """Group consecutive ``(source, document)`` pairs by source file."""
    current: SourceFile | None = None
    docs: list[Document] = []
    for source, d in pairs:
        if source is not current:
            if current is not None:
                yield current, docs
            current, docs = source, []
        docs.append(d)
    if current is not None:
        yield current, docs


def extract_all(
    pairs: Iterator[tuple[SourceFile, Document]],
    options: BuildOptions,
    progress: Callable[[], None] | None = None,
) -> RecordFile:
    """Extract every document: from the cache, in this process or in worker processes.

    The records come back in input order, without the documents' text, in a file next to
    the outputs (``options.out_dir``; the caller closes it).  The counts of extracted and
    cached documents go to the summary of the build in progress.
    """
    from .cache import ExtractionCache

    summary = _CURRENT.get()
    cache = ExtractionCache(options.out_dir / ".cache") if options.cache else None
    options.out_dir.mkdir(parents=True, exist_ok=True)
    out = RecordFile(options.out_dir)
    n_process = max(1, options.processes)
    run = _RunOptions(batch_size=options.batch_size, selective=options.selective)
    pool = ProcessPoolExecutor(max_workers=n_process) if n_process > 1 else None
    # (source, documents, result): a finished tuple or a worker's future (for several files), in input order
    window: deque[tuple[SourceFile, list[Document], _Split | tuple[DocumentAnalysis, ...]]] = deque()
    pending: list[tuple[SourceFile, list[Document]]] = []

    def flush_pending() -> None:
        if not pending:
            return
        docs = [d for _, ds in pending for d in ds]
        if pool is not None:
            fut = pool.submit(analyse_batch, docs, **run)
            window.append(
                (pending[0][0], list(docs), _Split(fut, [len(ds) for _, ds in pending], pending[:]))
            )
        else:
            results = analyse_batch(docs, **run)
            k = 0
            for source, ds in pending:
                window.append((source, ds, tuple(results[k : k + len(ds)])))
                k += len(ds)
        pending.clear()

    def drain(limit: int) -> None:
        while len(window) > limit:
            source, ds, result = window.popleft()
            if isinstance(result, _Split):
                for (src, part), records in zip(result.files, result.parts(), strict=True):
                    finish(src, part, records, fresh=True)
            else:
                finish(source, ds, result, fresh=not isinstance(result, _Cached))

    def finish(
        source: SourceFile, ds: list[Document], records: tuple[DocumentAnalysis, ...], *, fresh: bool
    ) -> None:
        if fresh:
            if cache is not None:
                cache.put(source.name, source.sha256, records)
            if summary is not None:
                summary.extracted += len(records)
        elif summary is not None:
            summary.cached += len(records)
        for r in records:
            out.append(r)
        if progress:
            for _ in records:
                progress()

    try:
        for source, docs in _files(pairs):
            hit = cache.get(source.name, source.sha256) if cache is not None else None
            if hit is not None and len(hit) == len(docs):
                flush_pending()
                window.append((source, docs, _Cached(hit)))
            else:
                pending.append((source, docs))
                if sum(len(ds) for _, ds in pending) >= options.batch_size:
                    flush_pending()
            drain(2 * n_process if pool is not None else 0)
        flush_pending()
        drain(0)
    except BaseException:
        out.close()
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if cache is not None:
        cache.prune()
    return out


class _Cached(tuple):  # type: ignore[type-arg]
    """Records read from the cache (not counted as extracted, not written back)."""

    __slots__ = ()


@dataclass(slots=True)
class _Split:
    """A worker's result for several files, split back per file."""

    future: Future[list[DocumentAnalysis]]
    sizes: list[int]
    files: list[tuple[SourceFile, list[Document]]]

    def parts(self) -> Iterator[tuple[DocumentAnalysis, ...]]:
        results = self.future.result()
        k = 0
        for n in self.sizes:
            yield tuple(results[k : k + n])
            k += n


def count_files(inputs: Sequence[Path]) -> int:
    """How many candidate files the inputs hold (for a progress bar)."""
    from .ingest import iter_paths

    return sum(1 for _ in iter_paths(inputs, on_error=lambda e: None))


def build(
    inputs: Sequence[Path],
    options: BuildOptions,
    on_warning: Callable[[str], None] = lambda m: None,
    on_file: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Build the graph of ``inputs`` into ``options.out_dir``.

    Raises
    ------
    MovementGraphError
        when nothing could be read, or the graph violates the shapes.
    """
    from .resolve.organisations import load_curation

    t0 = time.perf_counter()
    summary = BuildSummary()
    curation_path = options.curation
    if curation_path is None:
        default = Path(__file__).resolve().parents[2] / "data" / "curation.yaml"
        curation_path = default if default.exists() else None
    curation = load_curation(curation_path)
    analyses: Iterable[DocumentAnalysis]
    if options.engine == "dask":
        from .engine import extract_dask

        analyses = extract_dask(inputs, options, summary, on_warning=on_warning, on_file=on_file)
    elif options.engine == "local":
        token = _CURRENT.set(summary)
        try:
            analyses = extract_all(documents(inputs, summary, on_warning, on_file), options)
        finally:
            _CURRENT.reset(token)
    else:
        raise MovementGraphError(f"unknown engine {options.engine!r}: use 'local' or 'dask'")
    options.out_dir.mkdir(parents=True, exist_ok=True)
    with RecordFile.of(analyses, options.out_dir) as records:
        del analyses
        if not records:
            raise MovementGraphError(
                "no document could be read from the inputs: " + "; ".join(summary.skipped[:5])
            )
        write_graph(records, options, curation, summary)
    out = options.out_dir
    if options.analyse:
        try:
            from .analyse import analyse
            from .views import write_views
        except ImportError as err:  # pragma: no cover - both ship with the package
            on_warning(f"warning: analyses not written: {err}")
        else:
            summary.outputs += analyse(out)
            summary.outputs += write_views(out)
    summary.seconds = time.perf_counter() - t0
    return summary


def write_graph(
    records: RecordFile,
    options: BuildOptions,
    curation: Curation | None = None,
    summary: BuildSummary | None = None,
) -> BuildSummary:
    """Resolve ``records``, write ``graph.trig``, ``graph.nq`` and the store into ``options.out_dir``.

    The records are read twice from their file (resolution, then the document graphs in
    the order of their names); what is held in memory between is the resolution (one entry
    per organisation form, conference, event and person) and one document's quads.
    The three outputs are staged and replace the old ones together or not at all.
    """
    from .extract.networks import load_networks
    from .rdf import write
    from .rdf.build import build_quads, doc_iri
    from .rdf.store import StoreLoader, staged_outputs
    from .rdf.validate import GraphValidator
    from .reference import load_countries, load_historical
    from .resolve import resolve
    from .vocab import mint_iri

    summary = summary if summary is not None else BuildSummary()
    networks_seen: set[str] = set()
    countries_seen: set[str] = set()

    def counted(rs: Iterable[DocumentAnalysis]) -> Iterator[DocumentAnalysis]:
        for a in rs:
            networks_seen.update(a.networks)
            countries_seen.update(c.country for c in a.countries)
            yield a

    res = resolve(counted(records), curation)
    # what resolution keeps lives until the graph is written: keep the cyclic collector
    # from walking it again and again while writing allocates
    gc.freeze()
    try:
        networks, countries, historical = load_networks(), load_countries(), load_historical()
        validator = GraphValidator() if options.validate else None
        graphs = write.GraphStream(
            # document graphs in the order of their names, so that each can be written as it comes
            lambda: build_quads(
                records.sorted_by(lambda doc_id: str(doc_iri(doc_id))),
                res,
                networks=networks,
                countries=countries,
                historical=historical,
                defer=graphs.defer,
            ),
            stream_prefix=str(mint_iri("doc", "x"))[:-1],
            on_graph=validator.add_graph if validator is not None else None,
            on_last_graph=validator.add_last_graph if validator is not None else None,
            on_done=validator.finish if validator is not None else None,
        )
        out = options.out_dir
        out.mkdir(parents=True, exist_ok=True)
        with staged_outputs(out, ("graph.trig", "graph.nq", "store")) as stage:
            # the store is loaded on another core while the files are written
            with StoreLoader(stage / "store") as loader:
                summary.triples = write.write_graph_files(
                    graphs, stage / "graph.trig", stage / "graph.nq", also=loader.write
                )
                loader.finish()
    finally:
        gc.unfreeze()
    summary.outputs += [out / "graph.trig", out / "graph.nq", out / "store"]
    summary.documents = len(records)
    summary.organisations = len(res.orgs.entities)
    summary.networks = len(networks_seen)
    summary.countries = len({o.country for o in res.orgs.entities if o.country} | countries_seen)
    summary.events = len(res.events)
    summary.persons = len(res.persons)
    return summary
