"""Wire the stages: ingest → segment → nlp → extract → resolve → rdf → store → analyse → views.

``build`` streams files through ingestion and segmentation, feeds ``(text, document)``
pairs to ``nlp.pipe(..., as_tuples=True)``, resolves all mentions, writes the graph
(TriG and N-Quads) and the store to temporary paths and renames them into place, then
runs the analyses and views.  A bad file is reported through ``on_warning`` and skipped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, MovementGraphError
from .model import Document, DocumentAnalysis, SourceFile


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
        return "\n".join(lines)


def documents(inputs: Sequence[Path], summary: BuildSummary,
              on_warning: Callable[[str], None],
              on_file: Callable[[str], None] | None = None) -> Iterator[tuple[SourceFile, Document]]:
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


def extract_all(pairs: Iterator[tuple[SourceFile, Document]], options: BuildOptions,
                progress: Callable[[], None] | None = None) -> list[DocumentAnalysis]:
    """Run the NLP pipeline and the extractors over every document."""
    from .extract.document import analyse_document
    from .nlp import build_nlp

    nlp = build_nlp()
    out: list[DocumentAnalysis] = []
    stream = ((d.text, d) for _, d in pairs)
    n_process = max(1, options.processes)
    for doc, source in nlp.pipe(stream, as_tuples=True, batch_size=options.batch_size,
                                n_process=n_process):
        out.append(analyse_document(doc, source=source))
        if progress:
            progress()
    return out


def count_files(inputs: Sequence[Path]) -> int:
    """How many candidate files the inputs hold (for a progress bar)."""
    from .ingest import iter_paths

    return sum(1 for _ in iter_paths(inputs, on_error=lambda e: None))


def build(inputs: Sequence[Path], options: BuildOptions,
          on_warning: Callable[[str], None] = lambda m: None,
          on_file: Callable[[str], None] | None = None) -> BuildSummary:
    """Build the graph of ``inputs`` into ``options.out_dir``.

    Raises
    ------
    MovementGraphError
        when nothing could be read, or the graph violates the shapes.
    """
    from .extract.networks import load_networks
    from .rdf.build import build_quads
    from .rdf.store import atomic_path, load_store
    from .rdf.validate import validate
    from .rdf.write import group, write_nquads, write_trig
    from .reference import load_countries, load_historical
    from .resolve import resolve
    from .resolve.organisations import load_curation

    t0 = time.perf_counter()
    summary = BuildSummary()
    curation_path = options.curation
    if curation_path is None:
        default = Path(__file__).resolve().parents[2] / "data" / "curation.yaml"
        curation_path = default if default.exists() else None
    curation = load_curation(curation_path)
    analyses = extract_all(documents(inputs, summary, on_warning, on_file), options)
    if not analyses:
        raise MovementGraphError("no document could be read from the inputs: "
                                 + "; ".join(summary.skipped[:5]))
    res = resolve(analyses, curation)
    graphs = group(build_quads(analyses, res, networks=load_networks(),
                               countries=load_countries(), historical=load_historical()))
    if options.validate:
        validate(t for ts in graphs.values() for t in ts)
    out = options.out_dir
    out.mkdir(parents=True, exist_ok=True)
    with atomic_path(out / "graph.trig") as tmp:
        summary.triples = write_trig(graphs, tmp)
    with atomic_path(out / "graph.nq") as tmp:
        write_nquads(graphs, tmp)
    load_store(out / "graph.nq", out / "store")
    summary.outputs += [out / "graph.trig", out / "graph.nq", out / "store"]
    summary.documents = len(analyses)
    summary.organisations = len(res.orgs.entities)
    summary.networks = len({n for a in analyses for n in a.networks})
    summary.countries = len({o.country for o in res.orgs.entities if o.country}
                            | {c.country for a in analyses for c in a.countries})
    summary.events = len(res.events)
    summary.persons = len(res.persons)
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
