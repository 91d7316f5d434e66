"""Resident memory of a process, read from ``/proc`` (Linux), for the benchmarks."""

from __future__ import annotations

import os


def rss_mb(pid: int | None = None) -> float:
    """Resident memory of process ``pid`` (this one by default) in MB; 0 when it cannot be read.

    >>> rss_mb() > 0
    True
    """
    try:
        with open(f"/proc/{pid or os.getpid()}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
