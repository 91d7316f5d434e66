"""Event defects the earlier probes left (fixer 61): events told in ways other texts use too.
A list of countries after one event word, each with its own date, is fanned out also when a
country after a comma opens the next clause ("…, Francia pierde …") and when the English
tagger reads a Romance verb after the list as a noun; "military takeover(s)" is a coup; a
bombing going on "since" a day written after the verb ("Israel has been bombing Gaza since
October 2023") is a war from that day; a resignation told by "was forced to resign" /
"forced X to resign" / "obligaron al presidente X a renunciar" is one, when its sentence
gives a date and a country. Invented texts; each positive test fails on the code before."""

from __future__ import annotations

import pytest
from helpers import events, has_event, labelled_events

EN = "Statement of the Coordinating Committee\n\nThe Committee met in February 2024 in Europe.\n\n"
ES = (
    "Declaración del Comité\n\nEl Comité se reunió en febrero de 2024 en Europa. Los partidos "
    "examinaron la situación internacional.\n\n"
)


@pytest.mark.model
def test_military_takeovers_in_two_countries_each_with_its_date() -> None:
    found = events(
        EN + "The junta followed the military takeovers in Chad in 2021 and in Guinea in September 2021."
    )
    assert has_event(found, "coup", "2021", "TD")
    assert has_event(found, "coup", "2021-09", "GN")


@pytest.mark.model
def test_a_military_takeover_is_a_coup() -> None:
    found = events(EN + "The military takeover in Thailand on 22 May 2014 ended the elected government.")
    assert has_event(found, "coup", "2014-05-22", "TH")
    assert not [e for e in events(EN + "We warn against a military takeover.") if e[0] == "coup"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Tras los golpes de Estado en Chad en 2021 y en Guinea en septiembre de 2021, Francia pierde influencia.",
        "Los golpes de Estado en Chad en 2021 y en Guinea en septiembre de 2021 muestran la crisis.",
    ],
)
def test_a_list_of_coups_each_with_its_date_in_spanish(text: str) -> None:
    found = events(ES + text)
    assert has_event(found, "coup", "2021", "TD")
    assert has_event(found, "coup", "2021-09", "GN")
    assert not [e for e in found if e[0] == "coup" and e[2] == "FR"]


@pytest.mark.model
def test_a_bombing_since_a_day_written_after_the_verb_is_a_war() -> None:
    found = events(EN + "The Saudi coalition has been bombing Yemen since March 2015.")
    assert has_event(found, "war", "2015-03", "YE")
    # the day of another clause is not the bombing's
    found = events(EN + "They have bombed Yemen again, since 2015 the war has not stopped.")
    assert not [e for e in found if e[0] == "war" and e[1] == "2015"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 2 April 2019 in Algeria, Abdelaziz Bouteflika was forced to resign after weeks of marches.",
        "In Algeria the mass movement forced Bouteflika to resign on 2 April 2019.",
    ],
)
def test_a_resignation_told_by_its_verb(text: str) -> None:
    found = labelled_events(EN + text)
    assert any(
        t == "crisis" and d == "2019-04-02" and c == "DZ" and "Bouteflika" in lab for t, lab, d, c in found
    )


@pytest.mark.model
def test_a_resignation_told_by_its_verb_in_spanish() -> None:
    found = labelled_events(
        ES
        + "El 2 de abril de 2019 en Bolivia los militares obligaron al presidente Ramiro Quispe a renunciar."
    )
    assert any(
        t == "crisis" and d == "2019-04-02" and c == "BO" and "Quispe" in lab for t, lab, d, c in found
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In Algeria the workers forced the Minister to resign.",  # no name
        "We will force Macron to resign!",  # a call, not a past act
        "Abdelaziz Bouteflika was forced to resign after weeks of marches in 2019.",  # no country
    ],
)
def test_no_resignation_without_a_name_a_past_verb_or_a_country(text: str) -> None:
    assert not [e for e in labelled_events(EN + text) if "Resignation" in e[1]]


@pytest.mark.model
def test_a_resignation_on_a_day_without_its_year_is_the_one_before_the_text() -> None:
    text = (
        "Statement of the Coordinating Committee\n\nThe Committee met in November 2011 in Europe.\n\n"
        "After weeks of strikes in Tunisia, Zine Ben Ali was forced to resign on 14 January."
    )
    found = labelled_events(text)
    assert any(t == "crisis" and d == "2011-01-14" and c == "TN" for t, _lab, d, c in found)


@pytest.mark.model
def test_armed_forces_that_stormed_a_place_on_a_day() -> None:
    found = labelled_events(
        EN + "In Chile the students occupied the campus; on 3 May 2011 the police stormed the university."
    )
    assert any(t == "attack" and d == "2011-05-03" and c == "CL" for t, _lab, d, c in found)
    # no past act, or no date: none
    assert not [
        e
        for e in labelled_events(EN + "The police may storm the square in Chile in 2025.")
        if e[0] == "attack"
    ]
    assert not [
        e for e in labelled_events(EN + "In Chile the police stormed the university.") if e[0] == "attack"
    ]


@pytest.mark.model
def test_the_masses_of_a_country_stormed() -> None:
    found = events(
        EN + "In 2015 the masses of Burkina Faso stormed the parliament in Ouagadougou on 30 October."
    )
    assert [e for e in found if e[0] == "protest" and e[2] == "BF" and (e[1] or "").startswith("2015")]


@pytest.mark.model
def test_as_many_dates_as_countries_go_to_the_countries_in_order() -> None:
    found = events(EN + "The putsches in Chad and Guinea in April 2021 and September 2021 showed the crisis.")
    assert has_event(found, "coup", "2021-04", "TD")
    assert has_event(found, "coup", "2021-09", "GN")
    assert not has_event(found, "coup", "2021-04", "GN")
    # a date that opens the next clause is not the list's
    found = events(
        EN + "The protests in Chile and Ecuador in October 2019 and in 2020 the pandemic changed everything."
    )
    assert has_event(found, "protest", "2019-10", "EC")
    assert not has_event(found, "protest", "2020", "EC")
