"""Segmentation and document dates of a synthetic corpus against its ground truth, without the model.

Usage: python bench/segcheck.py CORPUS_DIR   (a folder written by ``bench/synth.py``)

Each file is read and segmented as a build does (``ingest.read_source``, ``segment.segment``);
the number of documents per file and each document's date are compared with ``gold.json``.
Seconds for thousands of files, so every change to the segmenter can be checked on a large
corpus. Prints each wrong file and a summary line; exits 1 when anything is wrong.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from movement_graph.errors import InputError
from movement_graph.ingest import read_source
from movement_graph.segment import segment


def check(root: Path) -> tuple[int, int, int]:
    """(files, files with the wrong number of documents, documents with the wrong date)."""
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    by_file: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        by_file[g["file"]].append(g)
    paths = {p.name: p for p in (root / "corpus").rglob("*") if p.is_file()}
    wrong_counts = wrong_dates = 0
    for name, expected in sorted(by_file.items()):
        try:
            docs = list(segment(read_source(paths[name])))
        except (InputError, KeyError) as err:
            print(f"ERROR {name}: {err}")
            wrong_counts += 1
            continue
        if len(docs) != len(expected):
            wrong_counts += 1
            print(f"COUNT {name}: {len(docs)} documents, {len(expected)} expected")
            continue
        for doc, g in zip(docs, sorted(expected, key=lambda g: g["segment"]), strict=True):
            if (doc.date or None) != g["date"]:
                wrong_dates += 1
                print(f"DATE  {name}: {doc.date} for {g['date']} ({doc.title[:60]})")
    return len(by_file), wrong_counts, wrong_dates


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    args = ap.parse_args(argv)
    files, counts, dates = check(args.corpus)
    print(f"files {files}, wrong number of documents {counts}, wrong dates {dates}")
    return 1 if counts or dates else 0


if __name__ == "__main__":
    raise SystemExit(main())
