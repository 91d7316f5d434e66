"""Sample the resident memory of a running build's process tree, for builds run by hand.

``bench/run.py`` samples the builds it starts itself.  A build started by hand — the
100,000-document build resumed from its extraction cache across sessions, for one — is
watched by this script instead: it waits for a ``movement-graph build`` whose command line
holds KEY (e.g. the output folder's name), then every INTERVAL seconds writes the largest
resident memory seen so far, of the whole tree and of its largest process, to OUT (JSON,
rewritten each time, so a figure survives the watcher being stopped)::

    python bench/watch_build.py s11-100k /tmp/mem100k.json &
    movement-graph build CORPUS --out /work/mgb100k/s11-100k --no-analyse --quiet --processes 2

Needs psutil.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def _find(key: str):  # type: ignore[no-untyped-def]
    import psutil

    for p in psutil.process_iter():
        try:
            cmd = p.cmdline()
        except psutil.Error:
            continue
        if "build" in cmd and any("movement-graph" in a or "movement_graph" in a for a in cmd[:3]):
            if any(key in a for a in cmd):
                return p
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("key", help="a string of the build's command line (e.g. its output folder)")
    ap.add_argument("out", type=Path, help="JSON file the figures are written to")
    ap.add_argument("--interval", type=float, default=1.0)
    args = ap.parse_args()
    import psutil

    root = None
    while root is None:
        root = _find(args.key)
        if root is None:
            time.sleep(args.interval)
    t0 = time.time()
    peak_tree = peak_one = 0
    while True:
        try:
            if root.status() == psutil.STATUS_ZOMBIE:
                break  # the build has ended (its parent has not reaped it yet)
            procs = [root, *root.children(recursive=True)]
            rss = [p.memory_info().rss for p in procs]
        except psutil.Error:
            break  # the build has ended
        peak_tree, peak_one = max(peak_tree, sum(rss)), max(peak_one, max(rss))
        figures = {
            "pid": root.pid,
            "elapsed_s": round(time.time() - t0),
            "peak_tree_mb": peak_tree // 2**20,
            "peak_one_mb": peak_one // 2**20,
            "now_tree_mb": sum(rss) // 2**20,
            "processes": len(procs),
        }
        tmp = args.out.with_suffix(".tmp")
        tmp.write_text(json.dumps(figures), encoding="utf-8")
        tmp.replace(args.out)
        time.sleep(args.interval)


if __name__ == "__main__":
    main()
