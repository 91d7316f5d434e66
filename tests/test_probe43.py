"""Probe 43 (the events the networks' statements refer to): a coup placed by the city its
own phrase names before a country named later; a date between a death in another language
and the next event of a list is the death's; a fire at a named factory; a movement "since"
a month in English; a war dated by how long it has run; a protest set off by a dated
killing; the killing of a person described by a demonym; a war in a quoted book title is
no war. Invented names and texts; each test fails on the code before the probe (the guards
excepted, which say so)."""

from __future__ import annotations

import pytest
from helpers import events as _events
from helpers import has_event as _has

pytestmark = pytest.mark.model

SIGN_EN = "\n\nSigned:\nWorkers' League of Atlantis (WLA)\nRevolutionary Circle of Lemuria (RCL)\n"
SIGN_FR = "\n\nSignataires :\nLigue Ouvrière d'Atlantide (LOA)\nCercle Révolutionnaire de Lémurie (CRL)\n"
SIGN_DE = "\n\nUnterzeichner:\nArbeiterbund Atlantis (ABA)\nRevolutionärer Kreis Lemurien (RKL)\n"


def test_a_coup_in_a_city_of_its_own_phrase_is_that_city_s_country() -> None:
    text = (
        "Déclaration sur l'Afrique de l'Ouest\n\nMars 2024\n\n"
        "Le coup d'État militaire du 14 février 2019 à Niamey, qui a chassé le président Ousmane "
        "Dabo, a suivi le coup d'État au Mali en mars 2012." + SIGN_FR
    )
    ev = _events(text)
    assert _has(ev, "coup", "2019-02-14", "NE"), ev
    assert not _has(ev, "coup", "2019-02-14", "ML"), ev
    assert _has(ev, "coup", "2012-03", "ML"), ev


def test_a_date_after_a_german_death_word_is_the_death_s_not_the_next_event_s() -> None:
    text = (
        "Erklärung gegen Rassismus\n\n3. März 2022\n\n"
        "Schon der Mord an Karl Brenneke im April 2018 und der Anschlag auf die Moschee in "
        "Bremen am 12. November 2018 zeigten die wachsende Gefahr in Deutschland." + SIGN_DE
    )
    ev = _events(text)
    assert _has(ev, "attack", "2018-11-12", "DE"), ev
    assert not _has(ev, "attack", "2018-04", "DE"), ev


def test_a_fire_at_a_named_factory_is_a_disaster() -> None:
    text = (
        "Ten years after the fire\n\n5 May 2021\n\n"
        "In March 2011, 80 workers burned to death in the fire at the Golden Thread Garments "
        "factory in Pakistan. The owners were never punished." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "disaster", "2011-03", "PK"), ev


def test_an_english_movement_since_a_month_is_its_country_s_protests() -> None:
    text = (
        "Statement on Europe\n\n2 June 2022\n\n"
        "In Spain, the movement of the Red Scarves since October 2020 showed the anger of the "
        "masses." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "protest", "2020-10", "ES"), ev


def test_a_movement_without_a_day_is_no_event() -> None:
    # a guard: passes before the probe too
    text = (
        "Statement\n\n2 June 2022\n\nThe workers' movement of Spain is strong and the movement "
        "of the unemployed grows." + SIGN_EN
    )
    assert not [e for e in _events(text) if e[0] == "protest"]


def test_a_war_dated_by_how_long_it_has_run() -> None:
    text = (
        "Stop the war!\n\n10 March 2017\n\n"
        "For over two years the Saudi army has been waging a war of destruction against the "
        "people in Yemen. Thousands of children have died." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "war", "2015", "YE"), ev


def test_a_war_dated_by_the_since_that_opens_the_next_sentence() -> None:
    text = (
        "Stop the war!\n\n10 March 2017\n\n"
        "For over a year the Saudi army has been waging a war of destruction against the "
        "people in Yemen. Since 26 March 2015 thousands of children have died." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "war", "2015-03-26", "YE"), ev


def test_a_protest_set_off_by_a_dated_killing_begins_in_its_month() -> None:
    text = (
        "Resolution on Atlantis\n\n20 December 2019\n\n"
        "The murder of the young Armenian student Aram Petrosyan by the police in Tbilisi on "
        "3 October 2019 set off an uprising that has spread to every town of Georgia." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "death", "2019-10-03", "GE"), ev
    assert _has(ev, "protest", "2019-10", "GE"), ev


def test_a_war_in_a_quoted_book_title_is_no_war() -> None:
    text = (
        "On the anniversary\n\n18 March 2021\n\n"
        'Lenin studied it in his pamphlet "The Civil War in Portugal", still a weapon today.' + SIGN_EN
    )
    assert not [e for e in _events(text) if e[0] == "war"]


def test_an_invasion_in_a_where_clause_is_a_war_in_its_country() -> None:
    text = (
        "Stop the aggression!\n\n2 March 2020\n\n"
        "The Turkish army is now extending its war to Syria, where it launched a ground "
        "invasion on 9 October 2019." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "war", "2019-10-09", "SY"), ev


def test_an_invasion_only_planned_in_a_where_clause_is_no_war() -> None:
    # a guard: passes before the probe too
    text = (
        "Stop the aggression!\n\n2 March 2020\n\n"
        "The army is massing troops near Syria, where it plans a ground invasion." + SIGN_EN
    )
    assert not [e for e in _events(text) if e[0] == "war"]
