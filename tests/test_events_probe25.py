"""Probe 25 (held-out events, second round): a disaster placed by what it struck, an
explosion at a port, a rail collision, a war between two countries or after a fronted
place, a bombing campaign dated by "since", a second coup "and again on", the special
forces overthrowing, "this coup" among another event's words, an ordinal count of coups
over a region, and the English verb "die" read as a German article. Invented parties;
each test fails on the code before the probe."""

from __future__ import annotations

from helpers import events as _events
from helpers import has_event as _has

HEAD_EN = "Joint statement\n\nSolidarity with the peoples\n\n3 March 2024\n\n"
SIGN_EN = "\n\nSigned:\nWorkers' League of Atlantis (WLA)\n"


def test_disaster_placed_by_what_it_struck() -> None:
    ev = _events(
        HEAD_EN + "On 29 October 2023 three earthquakes struck western Nepal and killed hundreds." + SIGN_EN
    )
    assert _has(ev, "disaster", "2023-10-29", "NP")


def test_explosion_at_a_port_and_a_rail_collision() -> None:
    ev = _events(
        HEAD_EN
        + "Profit lay behind the explosion at the port of Tianjin in China on 12 August 2015. "
        + "It lay behind the train collision in Pakistan on 7 June 2021 too."
        + SIGN_EN
    )
    assert _has(ev, "disaster", "2015-08-12", "CN")
    assert _has(ev, "disaster", "2021-06-07", "PK")


def test_war_between_and_war_after_a_fronted_place() -> None:
    ev = _events(
        HEAD_EN
        + "We remember the war between Ethiopia and Eritrea, which broke out on 6 May 1998. "
        + "In Yemen, the war between the government and the rebels flared up again on 19 September 2014."
        + SIGN_EN
    )
    assert _has(ev, "war", "1998-05-06", "ET")
    assert _has(ev, "war", "2014-09-19", "YE")


def test_bombing_campaign_since_a_day() -> None:
    ev = _events(HEAD_EN + "Since 24 February 2022 the Russian army has been bombing Ukraine." + SIGN_EN)
    assert _has(ev, "war", "2022-02-24", "UA")
    assert not any(c == "RU" for t, _d, c in ev if t == "war")
    ev = _events(
        "Dichiarazione comune\n\nContro la guerra\n\n1 marzo 2024\n\n"
        + "Dal 24 febbraio 2022 l'esercito russo bombarda l'Ucraina.\n\nFirmano:\nPartito Operaio della Luna (POL)\n"
    )
    assert _has(ev, "war", "2022-02-24", "UA")
    # no campaign without the day it began
    assert not _events(HEAD_EN + "The army has been bombing villages in Ukraine." + SIGN_EN)


def test_second_coup_and_again_on() -> None:
    ev = _events(
        HEAD_EN
        + "The army seized power in Burkina Faso on 24 January 2022 and again on 30 September 2022; "
        + "in Sudan, the special forces overthrew the president on 11 April 2019."
        + SIGN_EN
    )
    assert _has(ev, "coup", "2022-01-24", "BF")
    assert _has(ev, "coup", "2022-09-30", "BF")
    assert _has(ev, "coup", "2019-04", "SD")
    # forces that are not an army's overthrowing a ruler make a revolution, no coup
    ev = _events(HEAD_EN + "In Iran, the popular forces overthrew the Shah in February 1979." + SIGN_EN)
    assert not any(t == "coup" for t, _d, _c in ev)


def test_this_coup_among_another_events_words() -> None:
    ev = _events(
        HEAD_EN
        + "The army seized power in Gabon on 30 August 2023. "
        + "This coup came after the Nigerien military had seized power on 26 July 2023."
        + SIGN_EN
    )
    # "This coup" is Gabon's, told before: no second Niger node from its sentence
    assert _has(ev, "coup", "2023-08-30", "GA")
    assert _has(ev, "coup", "2023-07-26", "NE")
    assert sum(1 for t, _d, c in ev if t == "coup" and c == "NE") == 1


def test_ordinal_count_over_a_region_is_no_coup() -> None:
    ev = _events(
        "Déclaration commune\n\nNi junte ni guerre\n\n2 septembre 2023\n\n"
        + "Le 30 août 2023, les militaires ont pris le pouvoir au Gabon. "
        + "C'est le neuvième coup d'État réussi en Afrique de l'Ouest depuis 2020.\n\n"
        + "Signataires :\nParti Ouvrier de la Lune (POL)\n"
    )
    assert _has(ev, "coup", "2023-08-30", "GA")
    assert [e for e in ev if e[0] == "coup" and e[1] and e[1].startswith("2020")] == []


def test_german_article_die_is_no_death() -> None:
    ev = _events(
        "Erklärung\n\nNie wieder Diktatur\n\n1. März 2024\n\n"
        + "Am 12. März 1971 übernahm unter General Memduh Tağmaç die Armee die Macht.\n\n"
        + "Unterzeichner:\nArbeiterbund vom Mond (ABM)\n"
    )
    assert not [e for e in ev if e[0] == "death"]


def test_presidential_guard_overthrew_in_french() -> None:
    ev = _events(
        "Déclaration commune\n\nNi junte ni guerre\n\n2 mars 2010\n\n"
        + "Le 18 février 2010, la garde présidentielle a renversé le président Mamadou Tandja au Niger.\n\n"
        + "Signataires :\nParti Ouvrier de la Lune (POL)\n"
    )
    assert _has(ev, "coup", "2010-02-18", "NE")


def test_this_coup_beside_a_protest_keeps_its_referent() -> None:
    # guard for _pointed_among_others: another kind's words ("taken to the streets") leave
    # "this coup" to the coup the sentence names
    ev = _events(
        HEAD_EN
        + "The army seized power in Mali on 18 August 2020. "
        + "The workers of Honduras have taken to the streets to repudiate this coup in Honduras."
        + SIGN_EN
    )
    assert any(t == "coup" and c == "HN" for t, _d, c in ev)
