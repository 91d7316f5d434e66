"""Ingestion and extraction on a Dask cluster (``movement-graph build --engine dask``).

The input files are a Dask bag; each partition is read, segmented, parsed and extracted
on a worker (``read_source`` → ``segment`` → ``pipeline.analyse_batch``), which sends
back only the extracted records (without the documents' text), the file's digest and its
warnings.  Resolution and writing then run here, exactly as in a local build, so the
graph is the same.  Files whose records are in the extraction cache are not sent.

The workers read the files by path: on a multi-machine cluster the inputs must be
visible under the same path on every worker (a shared or replicated file system), and
the workers need the same version of the package, its data and the spaCy model.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .model import DocumentAnalysis

if TYPE_CHECKING:
    from .pipeline import BuildOptions, BuildSummary


@dataclass(slots=True)
class FileResult:
    """What a worker sends back for one file."""

    path: str
    name: str
    sha256: str | None = None
    analyses: tuple[DocumentAnalysis, ...] = ()
    error: str | None = None  # the file was skipped: why
    warnings: list[str] = field(default_factory=list)


def extract_paths(paths: Sequence[str], *, batch_size: int = 32, selective: bool = True) -> list[FileResult]:
    """Read, segment and extract the files ``paths`` (runs on a worker)."""
    from .ingest import _one_line, read_source
    from .pipeline import analyse_batch
    from .segment import segment

    results: list[FileResult] = []
    docs = []
    owners: list[int] = []
    for p in paths:
        r = FileResult(path=p, name=Path(p).name)
        results.append(r)
        try:
            source = read_source(Path(p), on_warning=r.warnings.append)
            r.name, r.sha256 = source.name, source.sha256
            found = list(segment(source))
        except InputError as err:
            r.error = str(_one_line(err))
            continue
        docs += found
        owners += [len(results) - 1] * len(found)
    analyses = analyse_batch(docs, batch_size=batch_size, selective=selective)
    per_file: dict[int, list[DocumentAnalysis]] = {}
    for i, a in zip(owners, analyses, strict=True):
        per_file.setdefault(i, []).append(a)
    for i, found_analyses in per_file.items():
        results[i].analyses = tuple(found_analyses)
    return results


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def extract_dask(
    inputs: Sequence[Path],
    options: BuildOptions,
    summary: BuildSummary,
    *,
    on_warning: Callable[[str], None] = lambda m: None,
    on_file: Callable[[str], None] | None = None,
) -> list[DocumentAnalysis]:
    """Extract every input file on a Dask cluster; return the records in input order.

    Connects to ``options.scheduler`` when given, else starts a ``LocalCluster`` of
    ``options.processes`` single-threaded worker processes for the duration of the call.
    """
    import dask.bag as db
    from distributed import Client, LocalCluster

    from .cache import ExtractionCache
    from .ingest import iter_paths

    def error(err: InputError) -> None:
        summary.skipped.append(str(err))
        on_warning(f"skipped: {err}")

    paths: list[Path] = []
    seen: set[Path] = set()
    for p in iter_paths(inputs, on_error=error):
        try:
            real = p.resolve(strict=True)
        except (OSError, RuntimeError):
            error(InputError(p, "broken or looping symbolic link"))
            continue
        if real not in seen:
            seen.add(real)
            paths.append(p)

    cache = ExtractionCache(options.out_dir / ".cache") if options.cache else None
    cached: dict[int, tuple[DocumentAnalysis, ...]] = {}
    todo: list[int] = []
    for i, p in enumerate(paths):
        hit = None
        if cache is not None:
            sha = _digest(p)
            hit = cache.get(p.name, sha) if sha else None
        if hit is not None:
            cached[i] = hit
        else:
            todo.append(i)

    fresh: dict[int, FileResult] = {}
    if todo:
        cluster = None
        if options.scheduler:
            client = Client(options.scheduler)
        else:
            cluster = LocalCluster(
                n_workers=max(1, options.processes),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)
        try:
            n_parts = max(1, min(len(todo), 4 * max(1, options.processes), -(-len(todo) // 4)))
            bag = db.from_sequence([str(paths[i]) for i in todo], npartitions=n_parts)
            parts = bag.map_partitions(
                extract_paths, batch_size=options.batch_size, selective=options.selective
            ).to_delayed()
            futures = client.compute(parts)
            k = 0
            for fut in futures:  # in input order; each partition as it is needed
                for r in fut.result():
                    fresh[todo[k]] = r
                    k += 1
                fut.release()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    out: list[DocumentAnalysis] = []
    for i, p in enumerate(paths):
        if on_file is not None:
            on_file(p.name)
        if i in cached:
            summary.files += 1
            summary.cached += len(cached[i])
            out.extend(cached[i])
            continue
        r = fresh[i]
        if r.sha256 is not None:  # read (a file that cannot be read is not counted)
            summary.files += 1
        for w in r.warnings:
            summary.warnings.append(w)
            on_warning(f"warning: {w}")
        if r.error is not None:
            summary.skipped.append(r.error)
            on_warning(f"skipped: {r.error}")
            continue
        summary.extracted += len(r.analyses)
        if cache is not None and r.sha256 is not None:
            cache.put(r.name, r.sha256, r.analyses)
        out.extend(r.analyses)
    if cache is not None:
        cache.prune()
    return out


__all__ = ["FileResult", "extract_dask", "extract_paths"]
