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
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError, MovementGraphError
from .model import DocumentAnalysis
from .records import RecordFile

if TYPE_CHECKING:
    from distributed import Client, Future

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
) -> RecordFile:
    """Extract every input file on a Dask cluster; return the records in input order.

    Connects to ``options.scheduler`` when given, else starts a ``LocalCluster`` of
    ``options.processes`` single-threaded worker processes for the duration of the call.
    The records go to a ``RecordFile`` next to the outputs (the caller closes it) as the
    partitions are fetched, one at a time and in input order, so that this process holds
    one partition's records at most, as a local build holds one batch.
    """
    import dask.bag as db

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
    # the files whose records the cache holds (read again when their turn comes: not held)
    cached: dict[int, str] = {}
    todo: list[int] = []
    for i, p in enumerate(paths):
        sha = _digest(p) if cache is not None else None
        if cache is not None and sha and cache.get(p.name, sha) is not None:
            cached[i] = sha
        else:
            todo.append(i)

    options.out_dir.mkdir(parents=True, exist_ok=True)
    out = RecordFile(options.out_dir)
    try:
        with ExitStack() as stack:
            fresh: Iterator[FileResult] = iter(())
            if todo:
                client = stack.enter_context(_client(options))
                bag = db.from_sequence(
                    [str(paths[i]) for i in todo], npartitions=_partitions(len(todo), options)
                )
                parts = bag.map_partitions(
                    extract_paths, batch_size=options.batch_size, selective=options.selective
                ).to_delayed()
                fresh = _in_order(client.compute(parts))
            for i, p in enumerate(paths):
                if on_file is not None:
                    on_file(p.name)
                if cache is not None and i in cached:
                    hit = cache.get(p.name, cached[i])
                    if hit is None:
                        raise MovementGraphError(
                            f"{p}: its records left the extraction cache during the build"
                        )
                    summary.files += 1
                    summary.cached += len(hit)
                    for a in hit:
                        out.append(a)
                    continue
                r = next(fresh)
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
                for a in r.analyses:
                    out.append(a)
    except BaseException:
        out.close()
        raise
    if cache is not None:
        cache.prune()
    return out


#: files per partition at most, so that one partition's records are a small part of a large corpus's
PARTITION_FILES = 64


def _partitions(n_files: int, options: BuildOptions) -> int:
    """How many partitions to cut ``n_files`` into: about four per worker, each of at most
    ``PARTITION_FILES`` files (and at least four files while there are enough).

    >>> from movement_graph.pipeline import BuildOptions
    >>> [_partitions(n, BuildOptions(processes=2)) for n in (1, 10, 100, 10_000)]
    [1, 3, 8, 157]
    """
    workers = max(1, options.processes)
    return max(1, min(n_files, max(4 * workers, -(-n_files // PARTITION_FILES)), -(-n_files // 4)))


@contextmanager
def _client(options: BuildOptions) -> Iterator[Client]:
    """A client of the cluster at ``options.scheduler``, or of a ``LocalCluster`` started for the build."""
    from distributed import Client, LocalCluster

    if options.scheduler:
        with Client(options.scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=max(1, options.processes),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # the scheduler's HTTP routes on a free local port: another cluster (a second
            # build, a test run) may hold the default 8787
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _in_order(futures: list[Future]) -> Iterator[FileResult]:
    """The results of the partitions' futures, partition after partition; each future is
    released once its results are taken, so the cluster forgets it."""
    for fut in futures:
        yield from fut.result()
        fut.release()


__all__ = ["FileResult", "extract_dask", "extract_paths"]
