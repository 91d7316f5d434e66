"""A strike told in the past perfect ("the miners had gone on strike") is one before the
story just told, of that story's month, not news of the month the text was written; one in
the present perfect ("have gone on strike") is still the text's. Invented places; a real
country. Fails on the code before (both were dated by the text's month)."""

from __future__ import annotations

import pytest
from helpers import labelled_events, statement_en


def _strikes(body: str) -> set[tuple[str | None, str | None]]:
    text = statement_en("Solidarity with the miners of South Africa", "16 August 2022", body)
    return {(d, c) for t, label, d, c in labelled_events(text) if t == "protest" and "strike" in label}


@pytest.mark.model
def test_a_strike_in_the_past_perfect_is_of_the_story_told_before() -> None:
    story = "On 16 August 2012 the police shot dead thirty-four miners at Ruvumba. "
    had = _strikes(story + "The platinum miners of South Africa had gone on strike for a living wage.")
    assert had == {("2012-08", "ZA")}
    have = _strikes(story + "The platinum miners in South Africa have gone on strike for a living wage.")
    assert have == {("2022-08", "ZA")}
