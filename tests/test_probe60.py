"""Defects of the ICOR day-to-day resolutions probe (probe 60): a page's network heading
over the kind of text and its date ("ICOR Asia" / "Resolution of ICOR Asia" + the date /
the title) hid the title; a date right after another event's word past a comma
("…, élu en février 2021") dated a coup told by its verb; "y a las protestas" after a dated
event took that event's date; German "war" ("was") cut a dated event's stretch; German
dam breaks told by their verb; a protest told by a German simple past with a day without
its year; "St. Petersburg" ended a sentence. Invented texts; each test fails on the code
before the fix."""

from __future__ import annotations

import pytest
from helpers import events, has_event, titles_and_dates
from helpers import labelled_events as labelled

from movement_graph.segment import _kind_of_network

BODY = (
    "The workers of the whole world stand together against exploitation and oppression. "
    "We call on all parties to support this struggle.\n\n"
)
SIGNED = "Signatories (as of 12.03.2024): 2\n1. WLA Workers' League of Atlantis\n2. RCL Revolutionary Circle of Lemuria\n"


def test_kind_of_network_with_its_continental_coordination() -> None:
    assert _kind_of_network("Resolution of ICOR Asia")
    assert _kind_of_network("Resolution of ICOR Europe")
    assert not _kind_of_network("Declaration of the ICMLPO on Asia")


@pytest.mark.parametrize(
    "head",
    [
        "ICOR Asia\n\nResolution of ICOR Asia\nMarch 12, 2024\n\n",
        "ICOR – Resolutions\n\nResolution of ICOR\n12.03.2024\n\n",
        "ICOR Europa\n\nResolution der ICOR\n\n12.03.2024\n\n",
    ],
)
def test_title_under_the_network_heading_and_the_kind_over_its_date(head: str) -> None:
    found = titles_and_dates(head + "Solidarity with the dockers of Atlantis!\n\n" + BODY + SIGNED)
    assert found == [("Solidarity with the dockers of Atlantis!", "2024-03-12")]


FR = (
    "Résolution\n\nLe 4 août 2023\n\nNiger : non à la guerre !\n\nLe Comité s'est réuni en août 2023. Les "
    "partis ont examiné la situation internationale.\n\n"
)


@pytest.mark.model
def test_a_coup_verb_is_not_dated_by_an_election_glued_to_its_participle() -> None:
    found = events(
        FR + "Le 26 juillet 2023, des officiers de la garde présidentielle ont renversé au Niger le "
        "président du pays, élu en février 2021."
    )
    assert has_event(found, "coup", "2023-07-26", "NE")
    assert not any(t == "coup" and d and d.startswith("2021") for t, d, _c in found)


ES = (
    "Declaración\n\n¡Viva la lucha de los pueblos!\n\n10 de junio de 2021\n\nEl Comité se reunió en junio de "
    "2021. Los partidos examinaron la situación internacional.\n\n"
)


@pytest.mark.model
def test_protests_after_a_preposition_and_an_article_are_not_dated_by_the_event_before() -> None:
    found = events(
        ES + "La lucha se une a la rebelión popular en Ecuador iniciada el 3 de octubre de 2019 y a las "
        "protestas en Francia tras el asesinato de un joven obrero el 14 de marzo de 2020 en París."
    )
    assert not any(t == "protest" and c == "FR" and d and d.startswith("2019") for t, d, c in found)
    assert has_event(found, "protest", "2020-03", "FR")


DE = (
    "Erklärung\n\nSolidarität mit den Opfern!\n\n12.02.2020\n\nDie Koordination hat sich im Februar 2020 "
    "getroffen. Die Parteien haben die internationale Lage beraten.\n\n"
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Am 3. Februar 2020 brach bei Santa Rita in Chile der Damm eines Rückhaltebeckens einer Kupfermine.",
            "2020-02-03",
        ),
        (
            "Erst am 7. Juni 2016 war bei Santa Rita in Chile der Damm einer Kupfermine gebrochen.",
            "2016-06-07",
        ),
        ("Der Dammbruch in Chile am 7. Juni 2016 hat 40 Bergleute getötet.", "2016-06-07"),
    ],
)
def test_a_dam_break_told_in_german(sentence: str, date: str) -> None:
    assert has_event(events(DE + sentence), "disaster", date, "CL")


@pytest.mark.model
def test_a_protest_told_by_a_german_simple_past_on_a_day_without_its_year() -> None:
    text = (
        DE
        + "In Valparaíso, St. Antonio und anderen chilenischen Städten demonstrierten am 10. und 11. Februar Tausende gegen die Regierung."
    )
    assert has_event(events(text), "protest", "2020-02", "CL")
    # a call for one to come stays none
    text = DE + "Am 1. März gehen wir in Chile gemeinsam auf die Straße."
    assert not [e for e in events(text) if e[0] == "protest"]


@pytest.mark.model
def test_german_war_was_does_not_cut_a_dated_event_s_stretch() -> None:
    text = (
        DE
        + "Schon am 7. Juni 2016 war in Chile das Erdbeben von Santa Rita eine Katastrophe für die Bergleute."
    )
    assert has_event(events(text), "disaster", "2016-06-07", "CL")


EN = "Statement of the Committee\n\nThe Committee met in November 2017 in Europe.\n\n"


@pytest.mark.model
def test_a_landmark_s_name_ending_a_longer_name_of_another_year_is_not_the_landmark() -> None:
    found = events(
        EN + "The peasants marched from Pune to Delhi in the Kisan Long March in March 2018 against debt."
    )
    assert not any(d and d.startswith("1934") for _t, d, _c in found)
    # an epithet before the landmark's name keeps it
    found = events(EN + "In November 2017 we celebrate the Great October Revolution.")
    assert ("revolution", "1917-11-07", "RU") in found
    # nor does a person's name
    found = events(EN + "We mark the centenary of Vladimir Ilyich Lenin’s death in January 2024.")
    assert any(t == "death" and d and d.startswith("1924") for t, d, _c in found)


@pytest.mark.model
def test_the_same_day_is_the_story_s_day_past_a_recalled_one() -> None:
    text = (
        "Statement of the Committee\n\nNo to the coup in Atlantis!\n\n27.10.2021\n\n"
        "On 25 October 2021 the generals dissolved the civilian government of Ghana and arrested the "
        "prime minister and several ministers of the transitional council. This ends the power-sharing "
        "that had been agreed between the army and the parties of the opposition after the long and "
        "bitter struggles of the workers, the students and the peasants of the whole country, which "
        "had forced the old dictator of the country to resign on 11 April 2019.\n\n"
        "Tens of thousands of workers, students and women took to the streets of Accra and Kumasi on "
        "the same day."
    )
    found = events(text)
    assert has_event(found, "protest", "2021-10-25", "GH")
    assert not any(t == "protest" and d == "2019-04-11" for t, d, _c in found)


@pytest.mark.model
def test_the_overthrow_of_a_ruler_named_after_the_ruler_s_noun() -> None:
    found = labelled(
        EN + "The workers of Ghana remember the overthrow of the dictator Kofi al-Mensah on 11 April 2016."
    )
    assert any(
        t == "crisis" and "al-Mensah" in lab and d == "2016-04-11" and c == "GH" for t, lab, d, c in found
    )
    found = labelled(
        DE + "Seit dem Sturz der Regierung Mensah in Ghana im Februar 2014 und der Annexion des Nordens im "
        "März 2014 ist das Land zerrissen."
    )
    assert any(t == "crisis" and "Mensah" in lab and d == "2014-02" and c == "GH" for t, lab, d, c in found)


@pytest.mark.model
def test_a_war_in_a_sentence_opened_by_its_one_country() -> None:
    text = (
        DE + "In Jemen verschärfen die Sanktionen und der seit 2015 andauernde Krieg die Not der Bevölkerung."
    )
    assert any(t == "war" and c == "YE" for t, _d, c in events(text))
