"""The inline lists found from the colons are those of the plain expression.

``lists._inline_matches`` reads each clause that a colon ends instead of letting the
expression try the cue words at every character of every clause; on any text made of cue
words, other words, full stops, colons and line breaks it must yield what
``_inline().finditer`` yields.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from movement_graph.extract import lists

ROOT = Path(__file__).resolve().parent.parent
_PIECES = [
    "Signed by the following parties",
    "signatories",
    "Erstunterzeichner",
    "es nahmen folgende Organisationen teil",
    "Delegations",
    "present",
    "Communist Party of Ara (CPA)",
    "and",
    "the workers",
    "e.g",
    "9",
    "",
]
_GLUE = [":", ": ", ":\n", ":\n\n", ".", ". ", "\n", "\n\n", " ", ", ", ":   \n"]


def _plain(text: str) -> list[tuple[str, int, str]]:
    return [(m["intro"], m.start("items"), m["items"]) for m in lists._inline().finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GLUE)), max_size=14))
def test_inline_lists_from_the_colons_are_the_expression_s(parts: list[tuple[str, str]]) -> None:
    text = "".join(p + g for p, g in parts)
    assert list(lists._inline_matches(text)) == _plain(text)


def test_inline_lists_of_the_bundled_corpus_are_the_expression_s() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "corpus").iterdir())]
    found = [list(lists._inline_matches(t)) for t in texts]
    assert found == [_plain(t) for t in texts]
    assert sum(map(len, found)) >= 2
