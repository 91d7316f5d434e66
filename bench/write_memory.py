"""Memory of writing the graph (resolution, validation, TriG, N-Quads, the store) for the
first N documents of an extraction cache.

Usage: python bench/write_memory.py CACHE_DIR N OUT [--trace] [--no-validate]

``CACHE_DIR`` is one fingerprint folder of a build's extraction cache
(``OUT/.cache/<fingerprint>``): its records are the documents' extraction results, so this
measures what a build does after extraction — ``pipeline.write_graph`` — on 1,000, 10,000
or 100,000 real records without extracting them again.  Records written by older code get
the defaults of the fields added since.  It prints the process's resident memory when
the records are read, when the validator finishes (every graph seen: the sizes of its
state), and the peak (sampled every 0.2 s) at the end; ``--trace`` adds the 30 largest
allocation sites (``tracemalloc``, one frame: about three times slower).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import pickle
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

from movement_graph.pipeline import BuildOptions, write_graph
from movement_graph.rdf import validate
from movement_graph.records import RecordFile


def rss_mb() -> int:
    with open(f"/proc/{os.getpid()}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


def fill(obj: Any) -> None:
    """Give a record of older code the defaults of the fields added since."""
    if isinstance(obj, tuple):
        for x in obj:
            fill(x)
        return
    if not dataclasses.is_dataclass(obj):
        return
    for f in dataclasses.fields(obj):
        try:
            value = getattr(obj, f.name)
        except AttributeError:
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
            object.__setattr__(obj, f.name, default)
            continue
        if isinstance(value, tuple) or dataclasses.is_dataclass(value):
            fill(value)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cache", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--trace", action="store_true")
    ap.add_argument("--no-validate", action="store_true")
    args = ap.parse_args()

    peak = [0]

    def sample() -> None:
        while True:
            peak[0] = max(peak[0], rss_mb())
            time.sleep(0.2)

    threading.Thread(target=sample, daemon=True).start()
    args.out.mkdir(parents=True, exist_ok=True)
    records = RecordFile(args.out)
    n = 0
    for path in sorted(args.cache.rglob("*.pickle")):
        with path.open("rb") as fh:
            for a in pickle.load(fh):
                fill(a)
                records.append(a)
                n += 1
        if n >= args.n:
            break
    print(f"records {n}, resident {rss_mb()} MB", flush=True)
    if args.trace:
        tracemalloc.start(1)
    finish = validate.GraphValidator.finish

    def reporting_finish(self: validate.GraphValidator) -> None:
        print(
            f"validator done: resident {rss_mb()} MB, peak so far {peak[0]} MB; nodes typed "
            f"{len(self._types)}, open class checks {len(self._open_class)}, "
            f"verdicts memoised {len(self._verdicts)}",
            flush=True,
        )
        if args.trace:
            for stat in tracemalloc.take_snapshot().statistics("lineno")[:30]:
                print("  ", stat, flush=True)
        finish(self)

    validate.GraphValidator.finish = reporting_finish  # type: ignore[method-assign]
    t0 = time.time()
    summary = write_graph(
        records, BuildOptions(out_dir=args.out, analyse=False, cache=False, validate=not args.no_validate)
    )
    print(
        f"quads {summary.triples}, {time.time() - t0:.0f} s, resident at the end {rss_mb()} MB, "
        f"peak {peak[0]} MB",
        flush=True,
    )


if __name__ == "__main__":
    main()
