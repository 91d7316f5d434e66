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


def _meetings(nlp, rules, text: str, date: str, language: str = "en"):  # type: ignore[no-untyped-def]
    source = Document(file="t.txt", index=0, start=0, end=len(text), text=text, title="", date=date)
    found = events(nlp(text), source=source, rules=rules, language=language)
    return [(m.label, m.date, m.country) for m in found if m.type == "meeting"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "language", "expected"),
    [
        (
            "At the NATO summit in Vilnius on 11 July 2023 the imperialists agreed to arm the front.",
            "2023-09-01",
            "en",
            [("2023 NATO summit in Lithuania", "2023-07-11", "LT")],
        ),
        (
            "The governments, which at their summit in Abuja on 30 July threatened a war, defend profits.",
            "2023-08-05",
            "en",
            [("2023 summit in Nigeria", "2023-07-30", "NG")],
        ),
        (
            "La cumbre de la OTAN en Madrid, en junio de 2022, aprobó un nuevo concepto estratégico.",
            "2022-07-01",
            "es",
            [("2022 OTAN summit in Spain", "2022-06", "ES")],
        ),
        # neither whose nor where: no summit
        ("We will mobilise against the summit in the coming weeks.", "2023-01-01", "en", []),
        # undated: none
        ("The NATO summit in Vilnius decided to arm the front.", "2023-09-01", "en", []),
    ],
)
def test_summit(nlp, rules, text, date, language, expected):  # type: ignore[no-untyped-def]
    """A summit of states or an alliance is a meeting, by whose it is and where it met."""
    assert _meetings(nlp, rules, text, date, language) == expected


@pytest.mark.model
def test_summit_leaves_the_protests_against_it_their_place_and_date(nlp, rules):  # type: ignore[no-untyped-def]
    text = "Die Massenproteste gegen den G20-Gipfel in Hamburg im Juli 2017 zeigten eine neue Jugend."
    source = Document(file="t.txt", index=0, start=0, end=len(text), text=text, title="", date="2018-03-01")
    found = {
        (m.type, m.date, m.country) for m in events(nlp(text), source=source, rules=rules, language="de")
    }
    assert ("protest", "2017-07", "DE") in found
    assert ("meeting", "2017-07", "DE") in found
