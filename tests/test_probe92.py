"""Fixer 92: a place's liberation and a state's withdrawal from an agreement, on sentences
written for these tests."""

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


def _others(nlp, rules, text: str, date: str, language: str):  # type: ignore[no-untyped-def]
    source = Document(file="t.txt", index=0, start=0, end=len(text), text=text, title="", date=date)
    found = events(nlp(text), source=source, rules=rules, language=language)
    return [(m.label, m.date, m.country) for m in found if m.type == "other"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "language", "expected"),
    [
        (
            "The liberation of Belgrade in October 1944 was the work of the partisans.",
            "2019-10-20",
            "en",
            [("Liberation of Belgrade", "1944-10", "RS")],
        ),
        # the German genitive of the city's name
        (
            "Die Befreiung Wiens im April 1945 beendete die Herrschaft der Faschisten.",
            "2020-04-13",
            "de",
            [("Liberation of Wien", "1945-04", "AT")],
        ),
        # the participle after its place
        (
            "Los obreros reconstruyen la ciudad de Mosul, liberada en julio de 2017 tras meses de combates.",
            "2018-03-01",
            "es",
            [("Liberation of Mosul", "2017-07", "IQ")],
        ),
        (
            "The Soviet army liberated Belgrade on 20 October 1944.",
            "2019-10-20",
            "en",
            [("Liberation of Belgrade", "1944-10-20", "RS")],
        ),
        # a goal, not an event
        ("Since October 2023 we fight for the liberation of Palestine.", "2024-01-10", "en", []),
        ("Desde 1948 luchamos por la liberación de Palestina.", "2024-01-10", "es", []),
        # an organisation's name
        ("The Palestine Liberation Organization of Lebanon met in May 2023.", "2024-01-10", "en", []),
        # no place: the liberation of women
        ("In March 2024 the liberation of women remained our task.", "2024-03-08", "en", []),
        # undated: none
        ("The liberation of Belgrade was the work of the partisans.", "2019-10-20", "en", []),
        # the participle as an adjective: no liberation
        ("Das befreite Belgrad wurde im Juni 1999 erneut bombardiert.", "2019-10-20", "de", []),
    ],
)
def test_liberation(nlp, rules, text, date, language, expected):  # type: ignore[no-untyped-def]
    """A place's liberation is an event of the place's country, dated by its own stretch."""
    assert _others(nlp, rules, text, date, language) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "language", "expected"),
    [
        (
            "Der Ausstieg der USA aus dem Atomabkommen mit dem Iran, den die Regierung im Mai 2018 erklärte, verschärft die Lage.",
            "2018-11-01",
            "de",
            [("Withdrawal of United States from Atomabkommen", "2018-05", "US")],
        ),
        (
            "The arms race goes on: Russia withdrew in February 2023 from the New START treaty.",
            "2023-06-01",
            "en",
            [("Withdrawal of Russia from New START treaty", "2023-02", "RU")],
        ),
        (
            "Le retrait de la Turquie de la convention d'Istanbul, en juillet 2021, a indigné les femmes.",
            "2021-11-25",
            "fr",
            [("Withdrawal of Turkey from convention d'Istanbul", "2021-07", "TR")],
        ),
        # called for, not happened
        ("In 2019 we demanded the withdrawal of Germany from the NATO treaty.", "2019-11-05", "en", []),
        # troops withdrawn from a country: no agreement
        ("In August 2021 the United States withdrew its troops from Afghanistan.", "2021-09-01", "en", []),
        # no state named as who withdraws
        ("The withdrawal from the Paris agreement in June 2017 angered the youth.", "2017-11-05", "en", []),
    ],
)
def test_withdrawal_from_agreement(nlp, rules, text, date, language, expected):  # type: ignore[no-untyped-def]
    """A state's withdrawal from an agreement is an event of that state, dated by its stretch."""
    assert _others(nlp, rules, text, date, language) == expected
