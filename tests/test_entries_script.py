"""``entries._script`` looks up no name for an ASCII letter: its answer is the one of
looking up every letter's name, on the bundled corpus's lines and on drawn texts."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from movement_graph.extract.entries import _script

ROOT = Path(__file__).resolve().parent.parent


def _every_name(text: str) -> str:
    """``_script`` as it was: every letter's Unicode name looked up."""
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith("CYRILLIC"):
                return "Cyrl"
            if name.startswith("GREEK"):
                return "Grek"
            if name.startswith("ARABIC"):
                return "Arab"
    return "Latn"


def test_script_on_real_lines() -> None:
    lines = [
        line
        for p in sorted((ROOT / "data" / "corpus").iterdir())
        for line in p.read_text(encoding="utf-8").splitlines()
    ]
    lines += ["Партия труда", "Κομμουνιστικό Κόμμα", "حزب العمال", "KKE Κόμμα", "Parti 1 حزب"]
    answers = [_every_name(line) for line in lines]
    assert {"Latn", "Cyrl", "Grek", "Arab"} <= set(answers)
    assert [_script(line) for line in lines] == answers


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        st.one_of(
            st.characters(max_codepoint=0x7F),
            st.sampled_from("éßıİøΣσςжЖعـ٣Ⅻªºµ"),
            st.characters(),
        ),
        max_size=12,
    )
)
def test_script_on_drawn_texts(text: str) -> None:
    assert _script(text) == _every_name(text)
