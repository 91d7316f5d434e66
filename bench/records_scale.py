"""Time and memory of resolution, writing and the store for N copies of a corpus's records.

Usage: python bench/records_scale.py CORPUS --copies 333 --out /tmp/rs [--keep] [--trig-to-null] [--nquads-to-null]

A build's memory could grow only after extraction (the extraction workers hold the model
and one batch, whatever the corpus size): this extracts ``CORPUS`` once, appends its
records ``--copies`` times to a ``RecordFile`` (document ids and file names renamed per
copy, so every copy is a document of its own), then runs the build's own
``pipeline.write_graph`` on them (resolution, the streamed document graphs with SHACL
validation, TriG, N-Quads and the store).  It prints one JSON line: documents, quads,
seconds and CPU seconds of ``write_graph``, and the process's peak resident memory
(``ru_maxrss``) after the records were written and after ``write_graph``, and the largest
resident memory sampled every half second in each stage of ``write_graph`` (resolution;
the graphs written up to the resolution graph; the resolution and reference graphs and the
store's last load), which tells a lasting growth from a short spike.

The copies name the same organisations, events and conferences, so resolution sees the
entities of one corpus and the documents of N; a real archive of that size has more
distinct names, which this does not measure.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import shutil
import sys
import threading
import time
from pathlib import Path
from typing import Any, TypeVar

from movement_graph.model import DocumentAnalysis
from movement_graph.pipeline import BuildOptions, BuildSummary, documents, extract_all, write_graph
from movement_graph.records import RecordFile

sys.path.insert(0, str(Path(__file__).resolve().parent))
from memory import rss_mb  # noqa: E402  (bench/memory.py)

_T = TypeVar("_T")


def renamed(record: _T, k: int) -> _T:
    """``record`` with every document id and file name marked as copy ``k``.

    >>> from movement_graph.model import Document
    >>> a = DocumentAnalysis(Document("f.txt", 0, 0, 1, "", "t"))
    >>> renamed(a, 3).document.doc_id
    'r3-f-0'
    """
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(record):
            value = getattr(record, f.name)
            if f.name in ("doc_id", "file") and isinstance(value, str):
                changes[f.name] = f"r{k}-{value}"
            else:
                new = renamed(value, k)
                if new is not value:
                    changes[f.name] = new
        return dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]
    if type(record) is tuple:
        items = tuple(renamed(x, k) for x in record)  # type: ignore[attr-defined]
        return items  # type: ignore[return-value]
    return record


def _files_to_null(*, trig: bool, nquads: bool) -> None:
    """Format the graph files as a build does but write the chosen ones to /dev/null.

    The store is still loaded from the N-Quads text as it is written (``StoreLoader``).
    """
    from movement_graph.rdf import write

    original = write.write_graph_files

    def to_null(graphs: Any, trig_path: Path, nquads_path: Path, **kw: Any) -> int:
        trig_path.touch()
        nquads_path.touch()
        null = Path(os.devnull)
        return original(graphs, null if trig else trig_path, null if nquads else nquads_path, **kw)

    write.write_graph_files = to_null  # type: ignore[assignment]


class _Sampler:
    """The largest resident memory seen every ``every`` seconds, and the wall time, per named stage."""

    def __init__(self, every: float = 0.5) -> None:
        self._stage = "resolution"
        self._since = time.perf_counter()
        self.peaks: dict[str, int] = {}
        self.seconds: dict[str, float] = {}
        self._every = every
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def stage(self) -> str:
        return self._stage

    @stage.setter
    def stage(self, name: str) -> None:
        if name != self._stage:
            self._close_stage()
            self._stage = name

    def _close_stage(self) -> None:
        now = time.perf_counter()
        self.seconds[self._stage] = round(self.seconds.get(self._stage, 0) + now - self._since, 1)
        self._since = now

    def _run(self) -> None:
        while not self._done.wait(self._every):
            mb = int(rss_mb())
            self.peaks[self.stage] = max(self.peaks.get(self.stage, 0), mb)

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._close_stage()
        self._done.set()
        self._thread.join()


def _mark_stages(sampler: _Sampler) -> None:
    """Switch the sampler's stage when ``write_graph`` starts writing, at the held graphs,
    and when the store is compacted (after its last piece is loaded)."""
    from movement_graph.rdf import store, write

    original = write.GraphStream.items
    compact = store.StoreLoader.compact

    def compacting(self: store.StoreLoader) -> None:
        sampler.stage = "store compaction"
        compact(self)
        sampler.stage = "after compaction"

    store.StoreLoader.compact = compacting  # type: ignore[method-assign]

    def items(self: write.GraphStream) -> Any:
        sampler.stage = "document graphs"
        for g, triples in original(self):
            if not str(g).startswith(self._prefix):
                sampler.stage = "resolution graph and store"
            yield g, triples

    write.GraphStream.items = items  # type: ignore[method-assign]


def _peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--keep", action="store_true", help="keep the outputs (removed by default)")
    ap.add_argument(
        "--trig-to-null",
        action="store_true",
        help="format the TriG as a build does but write it to /dev/null (saves disk; graph.trig is left empty)",
    )
    ap.add_argument(
        "--nquads-to-null",
        action="store_true",
        help="the same for the N-Quads (the store is still loaded from them; graph.nq is left empty)",
    )
    args = ap.parse_args(argv)
    if args.trig_to_null or args.nquads_to_null:
        _files_to_null(trig=args.trig_to_null, nquads=args.nquads_to_null)
    # extraction in a worker process, so that the model does not count in this one's memory
    options = BuildOptions(out_dir=args.out, cache=False, analyse=False, processes=2)
    with extract_all(documents([args.corpus], BuildSummary(), lambda m: None), options) as extracted:
        base: list[DocumentAnalysis] = list(extracted)
    with RecordFile(args.out) as records:
        for k in range(args.copies):
            for a in base:
                records.append(renamed(a, k))
        del base
        after_records = _peak_mb()
        with _Sampler() as sampler:
            _mark_stages(sampler)
            t, cpu = time.perf_counter(), time.process_time()
            summary = write_graph(records, options)
            seconds, cpu_seconds = time.perf_counter() - t, time.process_time() - cpu
    print(
        json.dumps(
            {
                "documents": summary.documents,
                "quads": summary.triples,
                "seconds": round(seconds, 1),
                "cpu_seconds": round(cpu_seconds, 1),
                "peak_mb_after_records": after_records,
                "peak_mb": _peak_mb(),
                "sampled_peak_mb": sampler.peaks,
                "stage_seconds": sampler.seconds,
            }
        )
    )
    if not args.keep:
        for name in ("graph.trig", "graph.nq", "store"):
            path = args.out / name
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
