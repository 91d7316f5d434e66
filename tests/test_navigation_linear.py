"""The page-number and dot-leader patterns of ``navigation.txt`` read a run of blanks once.

Their free prefix ends on a character that is not a blank and the blanks after it are
taken possessively; on any line of page words, blanks, separators, dots and numbers they
must decide as the backtracking forms they replace (kept here as the reference).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from movement_graph.segment import is_navigation, navigation_patterns

_BACKTRACKING = [
    r"(.{0,160}?\s{3,})?(page|seite|página|pagina|pág\.?|p\.|sayfa)\s*\d{1,4}(\s*(of|von|de|di|/|sur)\s*\d{1,4})?",
    r"[^\n]{1,160}?(?:\s{3,}|\s*[·|•–—-]\s*)(?:page|seite|página|pagina|sayfa|p\.)\s*\d{1,4}",
    r"[^\n]{1,200}?[ \t]*(?:\.[ \t]*){4,}\d{1,4}",
]
_LINEAR = [
    r"(.{0,159}?\S\s{3,}+)?(page|seite|página|pagina|pág\.?|p\.|sayfa)\s*\d{1,4}(\s*(of|von|de|di|/|sur)\s*\d{1,4})?",
    r"[^\n]{0,159}?\S(?:\s{3,}+|\s*+[·|•–—-]\s*+)(?:page|seite|página|pagina|sayfa|p\.)\s*\d{1,4}",
    r"[^\n]{0,199}?\S[ \t]*+(?:\.[ \t]*+){4,}\d{1,4}",
]
_PIECES = [
    "page",
    "Page",
    "Seite",
    "p.",
    " ",
    "   ",
    "\t",
    "·",
    "-",
    "–",
    ".",
    "....",
    " . . . .",
    "2",
    "12",
    "of",
    "x",
    "a b",
]


def test_the_linear_forms_are_the_project_s() -> None:
    used = {p.pattern for p in navigation_patterns()}
    assert all(any(form in u for u in used) for form in _LINEAR)
    assert not any(any(form in u for u in used) for form in _BACKTRACKING)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_the_linear_forms_decide_as_the_backtracking_ones(pieces: list[str]) -> None:
    line = "".join(pieces).strip()
    for old, new in zip(_BACKTRACKING, _LINEAR, strict=True):
        a = re.compile(f"^(?:{old})$", re.I).match(line)
        b = re.compile(f"^(?:{new})$", re.I).match(line)
        assert bool(a) == bool(b), (line, old)


def test_a_run_of_blanks_between_words_is_no_navigation() -> None:
    assert not is_navigation("home /" + " " * 20_000 + "x/")
    assert is_navigation("ICMLPO – Documents of the Plenary, March 2023" + " " * 20_000 + "page 2 of 4")
    assert is_navigation("INTERNATIONAL BULLETIN · No. 31 · April 2025 · page 2")
    assert is_navigation("Solidarity with the workers of Ara " + "." * 12 + " 14")
