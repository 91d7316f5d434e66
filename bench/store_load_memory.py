"""Peak memory and time of loading the store as a build does, for a given piece size.

A build hands its N-Quads to ``rdf.store.StoreLoader`` while it writes them; the loader
bulk-loads every ``chunk`` bytes in a thread of its own.  This script feeds an existing
``graph.nq`` through the same loader (1 MB of whole lines at a time, as the writer's
graphs come), samples the process's resident memory every 0.2 s, and prints the peak and
the time (wall and CPU) to the last load and after the compaction (``StoreLoader.finish``)::

    python bench/store_load_memory.py OUT/graph.nq /tmp/store --chunk-mb 16

The store folder is emptied first; it takes about the store's size on disk.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import threading
import time
from pathlib import Path

from movement_graph.rdf.store import StoreLoader


def _rss_mb() -> int:
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def _cpu_s() -> float:
    """CPU seconds of this process so far, all threads (the loads run in one of their own)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("nquads", type=Path, help="an N-Quads file, e.g. a build's graph.nq")
    ap.add_argument("store", type=Path, help="a folder for the store (emptied first)")
    ap.add_argument("--chunk-mb", type=int, default=16, help="bytes per bulk load, in MB")
    args = ap.parse_args()

    shutil.rmtree(args.store, ignore_errors=True)
    args.store.mkdir(parents=True)
    peak = [_rss_mb()]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss_mb())
            time.sleep(0.2)

    threading.Thread(target=sample, daemon=True).start()
    t0 = time.perf_counter()
    loader = StoreLoader(args.store, chunk=args.chunk_mb << 20)
    with args.nquads.open(encoding="utf-8") as f:
        lines: list[str] = []
        size = 0
        for line in f:
            lines.append(line)
            size += len(line)
            if size >= 1 << 20:
                loader.write("".join(lines))
                lines, size = [], 0
        loader.write("".join(lines))
    loader.wait()
    loaded = time.perf_counter() - t0
    loaded_cpu = _cpu_s()
    loader.finish()
    done.set()
    print(
        json.dumps(
            {
                "nquads": str(args.nquads),
                "chunk_mb": args.chunk_mb,
                "peak_rss_mb": peak[0],
                "loaded_s": round(loaded, 1),
                "compacted_s": round(time.perf_counter() - t0, 1),
                "loaded_cpu_s": round(loaded_cpu, 1),
                "compacted_cpu_s": round(_cpu_s(), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
