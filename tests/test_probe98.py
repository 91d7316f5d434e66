"""Fixer 98 (wrong event facts left by probe 97): a German coup attempt dated by the
paragraph before, though its own phrase closes with its day; "the July unrest of 2021"
given the text's year; a "when" clause of a dated massacre read as another massacre; a war
"between" a state and a bloc placed in that state, but not a war between two forces of one
country; "declared war on" read as a war fought. Invented texts; real countries."""

from __future__ import annotations

import pytest

from movement_graph.model import EventMention

SIGNED = "\n\nSigned:\nWorkers' Party of Ara (WPA)\nRed League of Bela (RLB)\n"


@pytest.fixture
def facts(analyses):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[EventMention]:
        (a,) = analyses(text)
        return list(a.events)

    return run


@pytest.mark.model
def test_a_date_closing_the_event_s_own_phrase_wins_over_the_paragraph_before(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Aufruf der ICOR zum 1. Mai 2023\n\nHeraus zum internationalen Kampftag der Arbeiterklasse!\n\n"
        "10. April 2023\n\n"
        "Vor vielen Jahren, am 3. März 1985, streikten die Bergarbeiter von Chile gegen die Militärdiktatur "
        "und ihre Regierung. Die Streiks wurden nach zehn Tagen blutig niedergeschlagen.\n\n"
        "Heute kämpfen die Arbeiter in Peru wieder gegen die Reaktion: nach dem Putschversuch von Präsident "
        "Pedro Castillo mit dem Kriegsrecht vom 7. Dezember 2022 gingen Tausende auf die Straße, bis er "
        "abgesetzt wurde.\n\nDie ICOR ruft alle Mitgliedsorganisationen auf, am 1. Mai 2023 auf die Straße "
        "zu gehen!\n\nUnterzeichner:\nArbeiterpartei von Ara (APA)\nRote Liga von Bela (RLB)\n"
    )
    coups = {(e.date, e.country) for e in facts(text) if e.type == "coup"}
    assert coups == {("2022-12-07", "PE")}


@pytest.mark.model
def test_a_war_between_two_forces_of_one_country_keeps_its_place(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaration\n\nPeace to the peoples!\n\n1 May 2024\n\n"
        "The war between the army and the militias that began in Chad on 3 March 2023 has driven "
        "millions of people from their homes." + SIGNED
    )
    assert ("war", "2023-03-03", "TD") in {(e.type, e.date, e.country) for e in facts(text)}


@pytest.mark.model
def test_a_month_before_an_event_word_takes_the_year_of_its_phrase(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Report\n\nThe conference of the parties\n\n20 November 2020\n\n"
        "The comrades of Algeria spoke about the February protests of 2019, when millions of people "
        "marched against the regime." + SIGNED
    )
    protests = {(e.date, e.country) for e in facts(text) if e.type == "protest"}
    assert ("2019-02", "DZ") in protests
    assert not any(d is not None and d.startswith("2020") for d, _c in protests)


@pytest.mark.model
def test_a_when_clause_of_a_dated_massacre_tells_that_massacre(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Report\n\nThe conference of the parties\n\n20 November 2022\n\n"
        "The comrades of South Africa spoke about the March unrest of 2019, when more than 30 people died "
        "in Gauteng and Limpopo, and about the massacre at the mine of 10 May 2012, when the police shot "
        "34 striking miners." + SIGNED
    )
    attacks = {e.date for e in facts(text) if e.type == "attack"}
    assert attacks == {"2012-05-10"}


@pytest.mark.model
def test_a_war_between_a_state_and_a_bloc_is_not_placed_in_that_state(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaration\n\nAgainst imperialist war!\n\n1 May 2023\n\n"
        "The war in Yemen, unleashed by Saudi Arabia in March 2015, goes on as an inter-imperialist war "
        "between Iran and the Western bloc, paid for by the workers of the region." + SIGNED
    )
    wars = {e.country for e in facts(text) if e.type == "war"}
    assert "IR" not in wars


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("es", "Los campesinos tomaron las tierras y declararon la guerra al mal gobierno.", "guerra"),
        ("en", "The strikers declared war on the bosses of the port.", "war"),
        ("fr", "Les paysans ont déclaré la guerre aux grands propriétaires.", "guerre"),
    ],
)
def test_a_war_declared_by_its_verb_is_no_war_fought(lang: str, text: str, word: str) -> None:
    spacy = pytest.importorskip("spacy")
    from movement_graph.extract.events import _declared_war

    doc = spacy.blank(lang)(text)
    start = next(t.i for t in doc if t.lower_ == word)
    assert _declared_war(doc, start)


def test_a_war_told_after_another_verb_is_not_declared() -> None:
    spacy = pytest.importorskip("spacy")
    from movement_graph.extract.events import _declared_war

    doc = spacy.blank("es")("Los generales desataron la guerra contra el pueblo.")
    assert not _declared_war(doc, next(t.i for t in doc if t.lower_ == "guerra"))
