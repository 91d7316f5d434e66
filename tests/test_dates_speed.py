"""The date finder's shortcuts find what the plain expressions and the whole search find.

The ~300 month names are one prefix-sharing expression (``vocab.trie_pattern``) in the date
patterns instead of the plain alternation of the names sorted longest first, which tried
every name at every word; and the events' context looks for the text's days only when the
model tagged a month date to widen (``_Context._whole_days``). Each only skips work, so the
dates found must be those of the plain expressions and of the whole search.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from movement_graph.extract import dates
from movement_graph.extract.events import _Context
from movement_graph.vocab import trie_pattern

ROOT = Path(__file__).resolve().parent.parent
_TRIE = trie_pattern(dates.MONTHS)
_FLAT = "|".join(sorted((re.escape(m) for m in dates.MONTHS), key=len, reverse=True))
_PLAIN_PATTERNS = [re.compile(p.pattern.replace(_TRIE, _FLAT), p.flags) for p in dates._PATTERNS]


def _found(text: str) -> list[dates.DateMatch]:
    return list(dates.find_dates(text))


def _found_plain(text: str, monkeypatch: pytest.MonkeyPatch) -> list[dates.DateMatch]:
    with monkeypatch.context() as m:
        m.setattr(dates, "_PATTERNS", _PLAIN_PATTERNS)
        return list(dates.find_dates(text))


def test_the_month_patterns_are_the_trie() -> None:
    assert sum(p.pattern.count(_TRIE) for p in dates._PATTERNS) == 5  # mon; mon; mon and mon2; mon


def test_no_two_month_names_part_on_letters_equal_without_case() -> None:
    """Longest first holds because one path of the trie at most matches a text: no node has
    two branches that the same letter passes under ``re.I`` ("i" and "ı", "σ" and "ς")."""
    trie: dict[str, dict] = {}
    for w in dates.MONTHS:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
    stack = [trie]
    while stack:
        node = stack.pop()
        for a, b in itertools.combinations(node, 2):
            assert not re.fullmatch(re.escape(a), b, re.I), (a, b)
            assert not re.fullmatch(re.escape(b), a, re.I), (a, b)
        stack.extend(node.values())


def test_the_trie_finds_the_plain_dates_on_real_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "corpus").iterdir())]
    lines = [line for t in texts for line in t.splitlines()]
    found = [_found(x) for x in texts + lines]
    assert sum(map(len, found)) > 50
    assert found == [_found_plain(x, monkeypatch) for x in texts + lines]


_NAMES = sorted(dates.MONTHS)
_PIECES = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_NAMES).map(str.title),
    st.sampled_from(_NAMES).map(str.upper),
    st.sampled_from(_NAMES).map(lambda n: n[: max(1, len(n) - 1)]),
    st.sampled_from(["1", "7", "21", "31", "2023", "1968", "1984-85", "07.02.2023", "2023-02-07", "XI"]),
    st.sampled_from(
        [" ", "  ", ", ", ". ", "-", "–", "/", " de ", " of ", " to ", " No. ", "st", "th", "ı", "ς"]
    ),
    st.text("aeis.ıİς", max_size=3),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_the_trie_finds_the_plain_dates_on_drawn_texts(text: str) -> None:
    with pytest.MonkeyPatch.context() as m:
        plain = _found_plain(text, m)
    assert _found(text) == plain


def _whole_days_searched(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``_whole_days`` as it was: the text's days always found."""
    days = [(d.start, d.end, d.iso) for d in dates.find_dates(text) if len(d.iso) == 10]
    out = []
    for s, e, iso in found:
        if len(iso) == 7:
            whole = next((d for d in days if d[0] <= s and e <= d[1] and d[2].startswith(iso)), None)
            if whole is not None:
                out.append(whole)
                continue
        out.append((s, e, iso))
    return out


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_PIECES, max_size=14).map("".join),
    st.lists(
        st.tuples(
            st.integers(0, 40),
            st.integers(0, 10),
            st.sampled_from(["2023", "2023-02", "2023-02-07", "1968-05"]),
        ),
        max_size=4,
    ),
)
def test_whole_days_searches_the_days_only_when_a_month_needs_them(
    text: str, spans: list[tuple[int, int, str]]
) -> None:
    found = [(s, s + n, iso) for s, n, iso in spans]
    ctx = SimpleNamespace(text=text)
    assert _Context._whole_days(ctx, list(found)) == _whole_days_searched(text, found)  # type: ignore[arg-type]


def test_whole_days_on_real_texts() -> None:
    widened = 0
    for path in sorted((ROOT / "data" / "corpus").iterdir()):
        text = path.read_text(encoding="utf-8")
        months = [(d.start + 2, d.end, d.iso[:7]) for d in dates.find_dates(text) if len(d.iso) == 10]
        years = [(d.start, d.end, d.iso[:4]) for d in dates.find_dates(text)]
        for found in (months, years, months + years, []):
            whole = _Context._whole_days(SimpleNamespace(text=text), list(found))  # type: ignore[arg-type]
            assert whole == _whole_days_searched(text, found)
            widened += whole != found
    assert widened
