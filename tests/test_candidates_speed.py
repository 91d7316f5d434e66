"""The candidate filter's shortcuts decide as the plain regular expressions do.

A required token's test reads the sentence's words instead of searching an alternation
(``TokenTest``), the patterns tried are those whose rarest token the sentence may pass, and
the gazetteer's aliases are one prefix-sharing expression (``vocab.trie_pattern``): each only
skips work, so on any text made of the patterns' words, between other words and
punctuation, the verdict must be the plain search's.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from movement_graph.nlp import candidates as c
from movement_graph.reference import data_dir
from movement_graph.vocab import trie_pattern

ROOT = Path(__file__).resolve().parent.parent
# required words of the patterns, odd ones among them ("d'état", ",", "Act")
_REQUIRED = [
    ws
    for name in ("events.jsonl", "persons.jsonl")
    for ws in c._pattern_words(data_dir() / "patterns" / name)
]


def _plain(ws: frozenset[str] | str) -> re.Pattern[str]:
    return re.compile(ws) if isinstance(ws, str) else c._alternation(ws)


def _plain_verdict(sentence: str) -> bool:
    """Some pattern has every required token in the sentence, by plain searches."""
    return any(all(_plain(ws).search(sentence) for ws in pat) for pat in _REQUIRED)


_WORDS = sorted({w for pat in _REQUIRED for ws in pat if not isinstance(ws, str) for w in ws})
_FILLER = [
    "the",
    "The",
    "workers",
    "9.",
    "Coup",
    "COUP",
    "coups",
    "d'",
    "État",
    "-",
    "'",
    ",",
    ".",
    "é",
    "ñ",
    "ı",
]
_pieces = st.lists(st.sampled_from(_WORDS + _FILLER), max_size=12)
_glue = st.sampled_from([" ", "", "-", "'", "’", ", ", "\n"])


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    pieces = draw(_pieces)
    return "".join(p + draw(_glue) for p in pieces)


@settings(max_examples=300, deadline=None)
@given(_sentences())
def test_the_word_tests_decide_as_the_plain_searches(sentence: str) -> None:
    f = c.default_filter()
    words = c.Words.of(sentence)
    for pat in _REQUIRED:
        for ws in pat:
            assert c.TokenTest.of(ws).holds(words) == bool(_plain(ws).search(sentence)), (ws, sentence)
    assert f._pattern_holds(words) == _plain_verdict(sentence)


def test_the_filter_decides_as_the_plain_searches_on_the_bundled_corpus() -> None:
    f = c.default_filter()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "corpus").iterdir())]
    sentences = [t[s:e] for t in texts for s, e in c.sentences(t)]
    assert len(sentences) > 300
    held = [s for s in sentences if _plain_verdict(s)]
    assert 50 < len(held) < len(sentences)
    assert [s for s in sentences if f._pattern_holds(c.Words.of(s))] == held


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text("abcd ’'-é", min_size=1, max_size=6), min_size=1, max_size=8),
    st.text("abcd ’'-éxy", max_size=40),
)
def test_the_alias_trie_finds_what_the_alternation_finds(words: list[str], text: str) -> None:
    trie = re.compile(trie_pattern(words))
    assert bool(trie.search(text)) == any(w in text for w in words)
