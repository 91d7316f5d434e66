"""Fixer 55 (the defects blind probe 52 left, then probes 49 and 51): wrong facts first — a
date in a participle set off by commas dates the noun it describes, not an event later in
the sentence; a war feared ("the danger of a new world war") is none; a paper's name and
its issue as year/number over a title is its masthead; a numbered meeting named first
without a date takes the date its text gives; a meeting on the closing line with its date
is where the text was adopted. Then events told in ways the rules missed: the capture of a
leader, a struggle "which brought millions into the streets", "the war waged against X"
(parsed as the war's own verb), the siege or blockade of a place since a year, a French
protest dated by a month alone after its word, a French war placed by "à/au <place>",
"the massacres of A and B" (one event told of two places). Invented texts and people in
real countries; each test fails on the code before the change (guards excepted)."""

from __future__ import annotations

import pytest
from helpers import SIGN_EN, source
from helpers import labelled_events as _labelled

from movement_graph.extract import networks
from movement_graph.segment import segment

SIGN_FR = "\n\nOnt signé :\nLigue Ouvrière d'Atlantide (LOA)\nCercle Révolutionnaire de Lémurie (CRL)\n"


def _en(date: str, body: str) -> str:
    return f"Statement\n\nOn the situation\n\n{date}\n\n{body}{SIGN_EN}"


def _fr(date: str, body: str) -> str:
    return f"Résolution\n\nSur la situation\n\n{date}\n\n{body}{SIGN_FR}"


def _conferences(text: str) -> list[networks.ConferenceMention]:
    out = []
    for d in segment(source(text, "t.txt")):
        out += list(networks.conferences(d, networks.network_mentions(d)))
    return out


# ---------------------------------------------------------------- wrong facts


@pytest.mark.model
def test_a_date_in_a_participle_set_off_by_commas_dates_no_later_coup() -> None:
    ev = _labelled(
        _en(
            "May 1999",
            "That meeting built on the work of the First Assembly, held in the spring of 1975, whose "
            "appeal called for the unity of the workers after the revisionist coup in Ghana.",
        )
    )
    assert not any(t == "coup" and d and d.startswith("1975") for t, _l, d, _c in ev)


@pytest.mark.model
def test_a_war_feared_is_none() -> None:
    ev = _labelled(
        _en(
            "May 1981",
            "The parties agree that the danger of a new world war between the two blocs headed by "
            "the United States and the Soviet Union is growing.",
        )
    )
    assert not any(t == "war" for t, _l, _d, _c in ev)


def test_a_paper_s_name_and_issue_over_the_title_is_no_part_of_it() -> None:
    text = (
        "Red Banner — 2023/7\n\nFive Years of Struggle\n\nStatement of the Committee\n\nMarch 2023\n\n"
        "The workers of the region have fought for five years. We salute them and call for unity.\n\n"
        "The Committee\n"
    )
    (d,) = list(segment(source(text, "t.txt")))
    assert d.title is not None and d.title.startswith("Five Years of Struggle")


def test_a_numbered_meeting_named_undated_in_the_title_takes_its_text_s_date() -> None:
    text = (
        "Declaración de la XXXI Plenaria de la Conferencia Internacional de Partidos y "
        "Organizaciones Marxista-Leninistas (CIPOML)\n\n"
        "La Conferencia Internacional de Partidos y Organizaciones Marxista-Leninistas realizó su "
        "XXXI Plenaria en noviembre de 2031. Los partidos saludan la lucha de los obreros.\n"
    )
    (c,) = [c for c in _conferences(text) if c.ordinal == 31]
    assert c.date == "2031-11"


def test_a_meeting_on_the_closing_line_with_its_date_adopted_the_text() -> None:
    text = (
        "Resolution on the Strike in Ghana\n\n"
        "The 5th World Conference of ICOR salutes the striking miners of Ghana and calls on the "
        "workers of all countries to support them.\n\n"
        "5th World Conference of ICOR, autumn 2031\n"
    )
    assert any(c.ordinal == 5 and c.adopted for c in _conferences(text))


def test_guard_a_meeting_named_in_a_closing_sentence_adopted_nothing() -> None:
    text = (
        "Resolution on the Strike in Ghana\n\n"
        "The ICOR salutes the striking miners of Ghana.\n\n"
        "The 5th World Conference of ICOR, held in autumn 2031, will discuss the strike.\n"
    )
    assert not any(c.ordinal == 5 and c.adopted for c in _conferences(text))


# ---------------------------------------------------------------- missed events


@pytest.mark.model
def test_the_capture_of_a_leader_named_by_his_title() -> None:
    ev = _labelled(
        _en(
            "May 2004",
            "The people's war in Colombia continues despite the capture of Comrade Tomás Ruiz in March 2001.",
        )
    )
    assert ("other", "Capture of Comrade Tomás Ruiz", "2001-03", "CO") in ev


@pytest.mark.model
def test_a_struggle_which_brought_millions_into_the_streets() -> None:
    ev = _labelled(
        _en(
            "October 2031",
            'The Conference salutes the struggles of the working class of Belgium against the "Work '
            'Law", which brought millions into the streets from April to June 2031, and the general '
            "strikes in Chile and in Kenya.",
        )
    )
    assert any(t == "protest" and (d or "").startswith("2031") and c == "BE" for t, _l, d, c in ev)


@pytest.mark.model
def test_the_war_waged_against_a_place_and_its_blockade() -> None:
    ev = _labelled(
        _en(
            "October 2031",
            "The Conference condemns the blockade of Qatar, imposed since 2017, and the war waged "
            "against Lebanon in the summer of 2006, which killed more than a thousand people.",
        )
    )
    assert ("war", "War in Lebanon", "2006", "LB") in ev
    assert ("other", "Blockade of Qatar", "2017", "QA") in ev


@pytest.mark.model
def test_guard_an_undated_blockade_is_none() -> None:
    ev = _labelled(_en("October 2031", "We stand against the blockade of Qatar and all its supporters."))
    assert not any(t == "other" and "Blockade" in lab for t, lab, _d, _c in ev)


@pytest.mark.model
def test_french_protest_dated_by_a_month_after_its_word_and_a_war_placed_au() -> None:
    ev = _labelled(
        _fr(
            "octobre 2031",
            "La Conférence condamne la guerre sanglante menée par les généraux contre le peuple au "
            "Soudan depuis avril 2029, et salue les grèves des ouvriers du Sénégal contre la réforme "
            "des retraites en mai.",
        )
    )
    assert any(t == "war" and c == "SD" and d == "2029-04" for t, _l, d, c in ev)
    assert any(t == "protest" and c == "SN" and d == "2031-05" for t, _l, d, c in ev)


@pytest.mark.model
def test_the_massacres_of_two_named_places_are_one_event() -> None:
    ev = _labelled(
        _en(
            "December 2031",
            "In Ecuador, on November 3 the army and the police carried out a coup d'état against the "
            "elected government. The massacres of Amaluza and Pindilig show the true face of the "
            "Ecuadorian right. We condemn the coup.",
        )
    )
    assert any(t == "attack" and c == "EC" and d == "2031-11" for t, _l, d, c in ev)


@pytest.mark.model
def test_a_movement_set_off_by_a_dated_event_is_protests_of_that_month() -> None:
    ev = _labelled(
        _en(
            "20 March 2031",
            "In Chile, the collapse of the bridge in Temuco on 3 November 2030, which killed nine "
            "people, set off the largest movement since the fall of the dictatorship in 1990.",
        )
    )
    assert any(t == "protest" and d == "2030-11" and c == "CL" for t, _l, d, c in ev)


@pytest.mark.model
def test_guard_the_workers_movement_is_no_event() -> None:
    ev = _labelled(_en("20 March 2031", "In Chile, the workers' movement has grown since 2030."))
    assert not any(t == "protest" for t, _l, _d, _c in ev)


@pytest.mark.model
def test_a_crowd_that_filled_a_city_centre_on_a_day_is_a_protest() -> None:
    ev = _labelled(
        _en(
            "20 April 2031",
            "Students blocked roads for months; on 9 April 2031 several hundred thousand people filled "
            "the centre of Lima.",
        )
    )
    assert any(t == "protest" and d == "2031-04-09" and c == "PE" for t, _l, d, c in ev)


@pytest.mark.model
def test_protests_brought_into_the_streets_by_a_dated_event_take_its_month() -> None:
    ev = _labelled(
        _en(
            "March 2032",
            "We greet the workers of Peru. The murder of Ana Quispe in Cusco on 4 May 2031 has exposed "
            "the regime and has brought hundreds of thousands into the streets.",
        )
    )
    assert any(t == "protest" and d == "2031-05" and c == "PE" for t, _l, d, c in ev)
