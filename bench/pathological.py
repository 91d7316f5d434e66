"""Time the inputs that once took quadratic (or exponential) time, at the tests' size and twice it.

Usage: python bench/pathological.py [--repeat 5] [--only NAME ...]

The inputs are ``bench/pathological_inputs.py``'s, the ones the tests check the answers to
(``tests/test_entries.py``, ``test_ingest.py``, ``test_languages_layouts.py``,
``test_networks.py``, ``test_reliability.py``, ``test_review14.py``, ``test_review22.py``,
``test_segment.py``). The tests assert no time; this script measures it. Each case runs at
the size the tests use and at twice that size; the best of ``--repeat`` runs is shown, and the
ratio of the two, which stays near 2 (or below) for linear work; cases that take milliseconds
are noisy (the garbage collector, other processes). Each run's answer is checked against the
one the tests expect; a wrong answer is marked † (and exits 1 at the tests' own size).
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from movement_graph.extract.entries import _STANDING, _strip_standing
from movement_graph.extract.lists import _list_matches, find_lists
from movement_graph.extract.networks import (
    _WHERE_AND_WHEN,
    addressed,
    attribute,
    network_mentions,
)
from movement_graph.ingest import blank_page_furniture, plain_tables, read_source, read_sources
from movement_graph.model import Document, SourceFile
from movement_graph.pipeline import BuildSummary, documents
from movement_graph.segment import _PERMALINK, _after_banner, is_navigation, segment


def _inputs():  # bench/ is no package: imported by path, as the tests do
    spec = importlib.util.spec_from_file_location(
        "bench_pathological_inputs", Path(__file__).with_name("pathological_inputs.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


P = _inputs()

# a case: prepare(n, folder) builds the input (not timed) and returns run(), which is timed
# and returns whether the answer is the one the tests expect
Prepare = Callable[[int, Path], Callable[[], bool]]


@dataclass(frozen=True)
class Case:
    name: str
    unit: str  # what n counts
    n: int  # the size the tests use
    prepare: Prepare
    repeat: bool = True  # False: one run (slow, or it writes files)


def _standing_blanks(n: int, _: Path) -> Callable[[], bool]:
    s = P.blanks(n)
    return lambda: _STANDING.sub("", s) == s


def _standing_openings(n: int, _: Path) -> Callable[[], bool]:
    s = P.standing_openings(n)
    return lambda: _strip_standing(s) == s


def _page_furniture(n: int, _: Path) -> Callable[[], bool]:
    s = P.heading_then_blanks(n)
    return lambda: blank_page_furniture(s) == s


def _capitals(n: int, _: Path) -> Callable[[], bool]:
    s = P.capitals(n)
    return lambda: _WHERE_AND_WHEN.match(s) is None


def _mentions(n: int, _: Path) -> Callable[[], bool]:
    text = P.one_long_line_of_mentions(n)
    d = Document(file="t.txt", index=0, start=0, end=len(text), text=text, title=text[:20], date="2031")
    ms = network_mentions(d)

    def run() -> bool:
        return not any(addressed(d, m.quote) for m in ms) and attribute(d, ms, [])[0] == ("ICOR",)

    return run


def _signatories(layout: str) -> Prepare:
    def prepare(n: int, folder: Path) -> Callable[[], bool]:
        names = P.signatories(n)
        path = folder / f"{layout}-{n}.txt"
        path.write_text(P.signed_statements(names)[layout], encoding="utf-8")

        def run() -> bool:
            [doc] = segment(read_source(path))
            return [e.quote.text for e in find_lists(doc)] == names

        return run

    return prepare


def _heading_like(n: int, _: Path) -> Callable[[], bool]:
    text = P.heading_like_lines(n)
    src = SourceFile(path="x.txt", name="x.txt", text=text, encoding="utf-8", sha256="0")

    def run() -> bool:
        [doc] = segment(src)
        return (doc.start, doc.end) == (0, len(text))

    return run


def _small_files(n: int, folder: Path) -> Callable[[], bool]:
    sub = folder / f"files-{n}"
    sub.mkdir()
    names = P.write_small_files(sub, n)

    def run() -> bool:
        summary = BuildSummary()
        got = [d.file for _, d in documents([sub], summary, lambda m: None)]
        return got == names and summary.skipped == []

    return run


def _sparse_file(mib: int, folder: Path) -> Callable[[], bool]:
    sub = folder / f"sparse-{mib}"
    sub.mkdir()
    P.write_sparse_file(sub / "dump.txt", mib)
    errors: list[object] = []

    def run() -> bool:
        errors.clear()
        got = list(read_sources([sub], on_error=errors.append))
        return got == [] and len(errors) == 1 and "file too large" in str(errors[0])

    return run


def _table_rule(n: int, _: Path) -> Callable[[], bool]:
    s = P.table_header_then_blanks(n)
    return lambda: plain_tables(s) == s


def _breadcrumb(n: int, _: Path) -> Callable[[], bool]:
    s = P.breadcrumb_with_blanks(n)
    return lambda: not is_navigation(s)


def _sentence_lists(n: int, _: Path) -> Callable[[], bool]:
    s = P.blank_lines_then_sentence(n)
    return lambda: list(_list_matches(s)) == []


def _banner(n: int, _: Path) -> Callable[[], bool]:
    bs = P.banner_over_menus(n)
    return lambda: _after_banner(bs, 0) == 0


def _permalink(n: int, _: Path) -> Callable[[], bool]:
    s = P.long_link_line(n)
    return lambda: _PERMALINK.match(s) is None


CASES = [
    Case("entry standing note, run of spaces (`_STANDING`)", "spaces", 20_000, _standing_blanks),
    Case("entry standing note, unfinished openings", "openings", 400, _standing_openings),
    Case("page furniture, spaces on one line", "spaces", 5_000, _page_furniture),
    Case("meeting place and date, one word of capitals", "capitals", 26, _capitals),
    Case("network mentions on one long line (addressed, attribute)", "mentions", 3_000, _mentions),
    Case("signatories, numbered list (segment + lists)", "names", 5_000, _signatories("numbered"), False),
    Case("signatories, one per line", "names", 5_000, _signatories("plain"), False),
    Case("signatories, inline", "names", 5_000, _signatories("inline"), False),
    Case("heading-like paragraphs (segment)", "paragraphs", 5_000, _heading_like),
    Case("small files read and segmented", "files", 10_000, _small_files, False),
    Case("sparse file refused by its size", "MiB", 50, _sparse_file),
    Case("plain-table rule, run of spaces", "spaces", 50_000, _table_rule),
    Case("breadcrumb, run of spaces", "spaces", 20_000, _breadcrumb),
    Case("list in a sentence, blank lines", "newlines", 5_000, _sentence_lists),
    Case("site banner over menu lines", "menu lines", 8_000, _banner),
    Case("permalink line, path steps", "steps", 2_000, _permalink),
]


def measure(case: Case, n: int, folder: Path, repeat: int) -> tuple[float, bool]:
    """The best time of ``repeat`` runs, and whether every run gave the expected answer."""
    run = case.prepare(n, folder)
    best, ok = float("inf"), True
    for _ in range(repeat if case.repeat else 1):
        t0 = time.perf_counter()
        ok = run() and ok
        best = min(best, time.perf_counter() - t0)
    return best, ok


def _seconds(s: float, ok: bool) -> str:
    return (f"{s:.4f}" if s < 10 else f"{s:.1f}") + ("" if ok else " †")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="best of this many runs (fast cases)")
    ap.add_argument("--only", nargs="*", default=[], help="cases whose name holds one of these words")
    args = ap.parse_args(argv)
    wrong = doubled_wrong = 0
    cases = [c for c in CASES if not args.only or any(w in c.name for w in args.only)]
    print(
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores; "
        f"best of {args.repeat} runs (one for the cases that write files or take seconds)\n"
    )
    print("| case | input (the tests' size) | seconds | input doubled | seconds | ratio |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="mg-pathological-") as tmp:
        folder = Path(tmp)
        for case in cases:
            one, ok_one = measure(case, case.n, folder, args.repeat)
            two, ok_two = measure(case, 2 * case.n, folder, args.repeat)
            wrong += not ok_one
            doubled_wrong += not ok_two
            ratio = f"{two / one:.2f}" if one > 0 else "–"
            print(
                f"| {case.name} | {case.n:,} {case.unit} | {_seconds(one, ok_one)} | "
                f"{2 * case.n:,} {case.unit} | {_seconds(two, ok_two)} | {ratio} |",
                flush=True,
            )
    if wrong or doubled_wrong:
        print("\n† not the answer the tests expect at this size")
    return 1 if wrong else 0  # a wrong answer at the tests' own size is a failure


if __name__ == "__main__":
    raise SystemExit(main())
