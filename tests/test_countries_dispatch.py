"""``countries._matches`` (first-character dispatch) finds exactly what the one big regex finds."""

from __future__ import annotations

import random
from pathlib import Path

from movement_graph.extract.countries import _matches, _table

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _reference(text: str) -> list[tuple[int, int]]:
    pattern, _what = _table()
    return [m.span(1) for m in pattern.finditer(text)]


def _dispatched(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _matches(text)]


def test_same_matches_on_the_bundled_corpus() -> None:
    files = [p for p in sorted(CORPUS.rglob("*")) if p.is_file()]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _dispatched(text) == _reference(text), path.name


def test_same_matches_on_random_mixtures() -> None:
    _pattern, what = _table()
    words = [*sorted(what), "the", "The", "THE", "tHe", "south", "Sudan", "-", "’", "'", ",", "\n"]
    words += ["İ", "ı", "ſ", "K", "ß", "Kibris", "x", "the  ", "the\n"]
    rnd = random.Random(7)
    for _ in range(3000):
        parts = []
        for _ in range(rnd.randint(1, 8)):
            w = rnd.choice(words)
            r = rnd.random()
            parts.append(w.upper() if r < 0.15 else w.title() if r < 0.5 else w)
        text = " ".join(parts)
        if rnd.random() < 0.3:
            text = text.replace(" ", rnd.choice(["", "\n", "  ", "-", "’"]), rnd.randint(1, 3))
        assert _dispatched(text) == _reference(text), repr(text)
