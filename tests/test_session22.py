"""Session 22's own changes, on sentences written for these tests."""

from __future__ import annotations

import pytest

from movement_graph.extract.events import EventRules, events
from movement_graph.model import Document


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from movement_graph.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="module")
def rules() -> EventRules:
    return EventRules.load()


def _laws(nlp, rules, text: str):  # type: ignore[no-untyped-def]
    source = Document(file="t.txt", index=0, start=0, end=len(text), text=text, title="", date="2011")
    return [m for m in events(nlp(text), source=source, rules=rules) if m.type == "law"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Such laws criminalise migrants, as in the Harbour Directive adopted by the Northern Council.",
            "Harbour Directive adopted by the Northern Council",
        ),
        (
            "The workers marched against the Labour Flexibility Act passed by the National Assembly of the republic.",
            "Labour Flexibility Act passed by the National Assembly",
        ),
        # no adopter named: the quote is the name
        (
            "The workers marched against the Labour Flexibility Act passed last spring.",
            "Labour Flexibility Act",
        ),
        # a participle of another act: the quote is the name
        ("The miners opposed the Treaty of Ostrava, praised by the press.", "Treaty of Ostrava"),
    ],
)
def test_law_quoted_with_its_adopter(nlp, rules, text, quote):  # type: ignore[no-untyped-def]
    """A law's adopter ("adopted by the European Parliament") is one of its names; its
    label and key stay the name's, so the law told without it is the same node."""
    (law,) = _laws(nlp, rules, text)
    assert law.quote.text == quote
    assert law.label == quote.split(" adopted")[0].split(" passed")[0]
