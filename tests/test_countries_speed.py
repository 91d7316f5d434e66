"""``is_country``, ``split_country_suffix`` and ``find_countries`` (of texts up to
``_KEPT_TEXT`` characters) keep their answers (pure functions of the text): the cached answer
is the one the function computes, for the texts the list rules ask and for drawn ones."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from movement_graph.extract.countries import _KEPT_TEXT, _find_countries, find_countries, is_country
from movement_graph.extract.entries import split_country_suffix

ROOT = Path(__file__).resolve().parent.parent


def _asked(text: str) -> list[str]:
    """What the entry rules ask of a line: the line, its parts around commas, brackets,
    slashes and dashes."""
    parts = [text, text.strip()]
    for sep in (",", "(", ")", "/", " - ", " – ", ":"):
        parts += [p.strip() for p in text.split(sep)]
    return parts


def test_cached_answers_are_computed_ones_on_real_lines() -> None:
    lines = [
        line
        for p in sorted((ROOT / "data" / "corpus").iterdir())
        for line in p.read_text(encoding="utf-8").splitlines()
    ]
    texts = [t for line in lines for t in _asked(line)]
    texts += ["Peru / Perú", "Peru / Chile", "(La Réunion)", "Turkey/North Kurdistan", "Германия"]
    computed = [is_country.__wrapped__(t) for t in texts]
    assert sum(h is not None for h in computed) > 10
    split = [split_country_suffix.__wrapped__(t) for t in lines]
    assert sum(hit is not None for _name, hit in split) > 5
    for _ in range(2):  # asked once (computed and kept) and again (the kept answer)
        assert [is_country(t) for t in texts] == computed
        assert [split_country_suffix(t) for t in lines] == split


_PIECES = st.one_of(
    st.sampled_from(
        ["Peru", "Perú", "Chile", "Turkey", "Germany", "Réunion", "La", "the", "Sri Lanka", "Congo"]
    ),
    st.sampled_from(
        [" ", " / ", ", ", "(", ")", "-", " – ", ": ", "North", "Kurdistan", "Party", "(PL) of "]
    ),
    st.text("aeP ", max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=6).map("".join))
def test_cached_answers_are_computed_ones_on_drawn_texts(text: str) -> None:
    computed = is_country.__wrapped__(text)
    assert is_country(text) == computed
    assert is_country(text) == computed
    split = split_country_suffix.__wrapped__(text)
    assert split_country_suffix(text) == split
    assert split_country_suffix(text) == split


def _hits_both_ways(text: str) -> None:
    computed = list(_find_countries(text))
    for _ in range(2):  # asked once (computed and kept) and again (the kept answer)
        assert list(find_countries(text)) == computed


def test_kept_country_hits_are_computed_ones_on_real_texts() -> None:
    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "corpus").iterdir())]
    lines = [line for doc in docs for line in doc.splitlines()]
    texts = [t for line in lines for t in _asked(line)]
    assert any(len(d) > _KEPT_TEXT for d in docs)  # whole texts: not kept, computed
    assert sum(bool(list(_find_countries(t))) for t in texts) > 10
    for t in [*texts, *docs, "Peru / Perú", "Réunion", "в Южном Судане", "the Suez Canal zone"]:
        _hits_both_ways(t)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_kept_country_hits_are_computed_ones_on_drawn_texts(text: str) -> None:
    _hits_both_ways(text)
