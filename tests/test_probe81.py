"""A date belongs to the clause it stands in; events told in other languages by a crowd's
verb (probe 81; sentences written for these tests, persons and parties invented)."""

from __future__ import annotations

import pytest

from movement_graph.extract.events import EventRules, events
from movement_graph.model import Document, EventMention

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def rules() -> EventRules:
    return EventRules.load()


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pytest.importorskip("spacy")
    from movement_graph.nlp import build_nlp

    return build_nlp()


def _extract(nlp, rules, text: str, date: str | None, language: str = "de") -> list[EventMention]:  # type: ignore[no-untyped-def]
    source = Document(file="t.txt", index=0, start=0, end=len(text), text=text, title="", date=date)
    return list(events(nlp(text), source=source, rules=rules, language=language))


def _facts(found: list[EventMention]) -> set[tuple[str, str | None, str | None]]:
    return {(m.type, (m.date or "")[:10] or None, m.country) for m in found}


def test_a_flight_is_not_dated_by_the_other_clause_of_its_sentence(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Seit Monaten protestieren in Kenia die Massen gegen die Regierung. Am 3. Mai 2021 besetzten"
        " die Arbeiter die Fabriken in Nairobi; Präsident Tumaini Odera floh außer Landes und trat"
        " zurück."
    )
    found = [m for m in _extract(nlp, rules, text, "2021-06-01") if m.type == "crisis"]
    assert found, "the ruler's flight is an event"
    assert {m.date for m in found} == {"2021"}, "the 3 May is the occupation's day, not the flight's"


def test_a_flight_in_the_clause_of_its_date_keeps_the_day(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = "In Kenia wuchs der Widerstand. Präsident Tumaini Odera floh am 3. Mai 2021 außer Landes."
    found = [m for m in _extract(nlp, rules, text, "2021-06-01") if m.type == "crisis"]
    assert {m.date for m in found} == {"2021-05-03"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In Peru wuchs der Zorn. Am 12. März 2021 stürmten die Demonstranten das Parlament in Lima.", "de"),
        ("In Peru wuchs der Zorn. Die Demonstranten stürmten am 12. März 2021 das Parlament in Lima.", "de"),
        ("En Perú, los manifestantes asaltaron el palacio de gobierno en Lima el 12 de marzo de 2021.", "es"),
        (
            "Au Pérou, les manifestants ont pris d'assaut le palais présidentiel de Lima le 12 mars 2021.",
            "fr",
        ),
        ("In Perù, il 12 marzo 2021 i manifestanti hanno assaltato il parlamento di Lima.", "it"),
    ],
)
def test_a_crowd_storming_a_seat_in_other_languages_is_a_protest(
    nlp, rules, text: str, language: str
) -> None:  # type: ignore[no-untyped-def]
    found = _facts(_extract(nlp, rules, text, "2021-05-01", language))
    assert ("protest", "2021-03-12", "PE") in found


def test_words_of_taking_are_no_storming(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = "Au Pérou, les manifestants ont pris la parole devant le palais de Lima le 12 mars 2021."
    assert not any(m.type == "protest" for m in _extract(nlp, rules, text, "2021-05-01", "fr"))


def test_the_storming_of_a_seat_told_by_its_noun(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Reaction is on the rise. The storming of the Capitol in Washington on 6 January 2021 by"
        " a mob, the election of a far-right president in 2018 in Brazil are warnings."
    )
    found = _facts(_extract(nlp, rules, text, "2022-10-01", "en"))
    assert ("attack", "2021-01-06", "US") in found


def test_a_dictator_toppled_by_a_verb_is_his_regime_s_fall(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = "In Sudan, the uprising toppled the dictator al-Nasiri in April 2019 after months of strikes."
    found = [m for m in _extract(nlp, rules, text, "2022-10-01", "en") if m.type == "crisis"]
    assert [(m.date, m.country) for m in found] == [("2019-04", "SD")]


def test_a_president_deposed_is_no_regime_s_fall(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    # the removal rules read it (as a removal of 26 July 2023), not as a regime's fall
    text = "On 26 July 2023 the presidential guard deposed President Amadou Karimou in Niger."
    found = _extract(nlp, rules, text, "2023-09-01", "en")
    assert found
    assert not any("regime" in m.label.lower() for m in found)


def test_a_vessel_that_sank_is_a_shipwreck(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Europe is a fortress. On 3 October 2013 a boat carrying African refugees sank off the Greek"
        " island of Lesbos; more than three hundred people drowned."
    )
    found = _facts(_extract(nlp, rules, text, "2013-12-01", "en"))
    assert ("disaster", "2013-10-03", "GR") in found


def test_prices_that_sank_are_no_shipwreck(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = "In Brazil the wages of the workers sank in March 2020 while the profits of the banks rose."
    assert not any(m.type == "disaster" for m in _extract(nlp, rules, text, "2020-12-01", "en"))


def test_a_dated_coup_in_a_sentence_without_a_country_is_its_paragraph_s(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In Egypt the masses filled the streets against the government. The army used this"
        " movement to carry out a military coup on 3 July 2013 and to install a new regime."
    )
    found = _facts(_extract(nlp, rules, text, "2013-11-01", "en"))
    assert ("coup", "2013-07-03", "EG") in found


def test_a_coup_in_a_paragraph_of_two_countries_is_placed_nowhere(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In Egypt and in Tunisia the masses filled the streets. The army used this movement to"
        " carry out a military coup on 3 July 2013."
    )
    assert not any(m.type == "coup" for m in _extract(nlp, rules, text, "2013-11-01", "en"))


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        (
            "Saludamos al pueblo de Bolivia, que desde el 13 de julio de 2019 ocupa las calles de La Paz.",
            "es",
            ("protest", "2019-07-13", "BO"),
        ),
        (
            "No Brasil, em 20 de junho de 2013, milhões de jovens ocuparam as ruas de São Paulo.",
            "pt",
            ("protest", "2013-06-20", "BR"),
        ),
    ],
)
def test_streets_occupied_in_spanish_and_portuguese(nlp, rules, text: str, language: str, fact) -> None:  # type: ignore[no-untyped-def]
    assert fact in _facts(_extract(nlp, rules, text, "2019-09-01", language))
