"""Probe 35 (events left by probes 31 and 32): revolutions named in other languages and
dated in their sentence; a war placed by the country that opens its sentence; bombings
named by their noun; a coup's day not taken from the other coups of its sentence; a war
"against" as a cause; the place right after a protest's word; a disaster's word as a
figure of speech ("le tremblement de terre social"); the first of "de X et de Y"; a
massacre recalled in a text about one country; protests told by a verb or by a movement
fighting since a day; an election to the European Parliament placed in no country; a
region that only one country bears. Invented parties and texts."""

from __future__ import annotations

import pytest
from helpers import events, has_event

pytestmark = pytest.mark.model

SIGN_EN = "\n\nSigned:\nWorkers' League of Atlantis (WLA)\nRevolutionary Circle of Lemuria (RCL)\n"
SIGN_FR = "\n\nSignataires :\nLigue Ouvrière d'Atlantide (LOA)\nCercle Révolutionnaire de Lémurie (CRL)\n"
SIGN_ES = "\n\nFirman:\nLiga Obrera de Atlántida (LOA)\nCírculo Revolucionario de Lemuria (CRL)\n"
SIGN_DE = "\n\nUnterzeichner:\nArbeiterbund Atlantis (ABA)\nRevolutionärer Kreis Lemuria (RKL)\n"


def test_a_revolution_in_another_language_dated_in_its_sentence() -> None:
    text = (
        "Déclaration commune pour le Premier Mai\n\n1er mai 2020\n\n"
        "Nous saluons le peuple du Burkina Faso qui, depuis la révolution de 1983, n'a jamais cessé "
        "de lutter pour sa souveraineté, et nous appelons les travailleurs à manifester partout. "
        "Vive la révolution socialiste !" + SIGN_FR
    )
    ev = events(text)
    assert has_event(ev, "revolution", "1983", "BF"), ev
    assert sum(1 for t, _d, _c in ev if t == "revolution") == 1, ev


def test_an_english_revolution_dated_in_its_phrase_takes_the_clause_country() -> None:
    text = (
        "Resolution on solidarity\n\n3 March 2021\n\n"
        "The conference salutes the Malagasy people, who since the revolution of May 1972 have "
        "not stopped fighting for bread and freedom." + SIGN_EN
    )
    assert has_event(events(text), "revolution", "1972-05", "MG")


def test_a_war_placed_by_the_country_opening_its_sentence() -> None:
    text = (
        "Déclaration finale de la réunion\n\n12 novembre 2021\n\n"
        "Au Tchad, la guerre entre l'armée et les milices rebelles, déclenchée le 11 avril 2021, "
        "a fait des milliers de morts et des milliers de déplacés dans tout le pays." + SIGN_FR
    )
    assert has_event(events(text), "war", "2021-04-11", "TD")


def test_bombings_named_by_their_noun() -> None:
    text = (
        "Statement against war\n\n1 September 2016\n\n"
        "On 1 September 1939 the army invaded Poland. The bombing of Nagasaki on 9 August 1945 "
        "showed the barbarism of imperialism. The bombing of the central hospital in Aleppo on "
        "27 April 2016 killed dozens of patients." + SIGN_EN
    )
    ev = events(text)
    assert has_event(ev, "attack", "1945-08-09", "JP"), ev
    assert has_event(ev, "attack", "2016-04-27", "SY"), ev


def test_french_bombings_since_a_day_are_a_war() -> None:
    text = (
        "Déclaration de solidarité\n\n20 novembre 2024\n\n"
        "Nous condamnons les bombardements du Liban par l'armée israélienne depuis le 23 septembre "
        "2024, qui ont fait des milliers de victimes civiles." + SIGN_FR
    )
    assert has_event(events(text), "war", "2024-09-23", "LB")


def test_a_coup_takes_no_day_of_the_other_coups_of_its_sentence() -> None:
    text = (
        "Statement on Gabon\n\n2 September 2023\n\n"
        "The coup in Gabon follows the coups in Guinea on 5 September 2021 and in Niger on "
        "26 July 2023." + SIGN_EN
    )
    ev = events(text)
    assert has_event(ev, "coup", "2021-09", "GN"), ev
    assert not any(t == "coup" and c == "GA" and d and d.startswith("2021") for t, d, c in ev), ev


def test_a_rally_against_war_names_no_war() -> None:
    text = (
        "Report: rally against imperialist war and fascism in Kolkata\n\n5 May 2023\n\n"
        "Thousands of workers marched through the city on Sunday in the rally called by the "
        "Workers' League of Atlantis." + SIGN_EN
    )
    assert not any(t == "war" for t, _d, _c in events(text))


def test_the_place_after_a_protest_word_wins_over_a_nearer_one_before() -> None:
    text = (
        "Exitosa reunión de los partidos\n\n18 de marzo de 2020\n\n"
        "Los delegados analizaron las luchas de los trabajadores, como la huelga general en Italia "
        "y las protestas en el Ecuador, donde la represión dejó decenas de muertos desde octubre de 2019."
        + SIGN_ES
    )
    ev = events(text)
    assert has_event(ev, "protest", "2019-10", "EC"), ev
    assert not any(t == "protest" and c == "IT" and d and d.startswith("2019") for t, d, c in ev), ev


def test_a_figurative_earthquake_and_the_first_of_two_countries() -> None:
    text = (
        "Déclaration commune\n\n1er mai 2016\n\n"
        "Nous condamnons le tremblement de terre social qui frappe les peuples d'Équateur et de "
        "Colombie après le séisme du 16 avril 2016, dont les victimes ont été abandonnées." + SIGN_FR
    )
    ev = events(text)
    assert has_event(ev, "disaster", "2016-04-16", "EC"), ev
    assert sum(1 for t, _d, _c in ev if t == "disaster") == 1, ev


def test_a_massacre_recalled_in_a_resolution_on_one_country() -> None:
    text = (
        "Resolution on Iraq\n\n12 November 2023\n\n"
        "The regime answers the protests with executions, as it did in the massacre of political "
        "prisoners in the spring of 1991." + SIGN_EN
    )
    assert has_event(events(text), "attack", "1991", "IQ")


def test_german_protests_told_by_a_verb_and_a_movement_since_a_day() -> None:
    text = (
        "Gemeinsame Erklärung zum Internationalen Frauentag\n\n8. März 2025\n\n"
        "Überall auf der Welt kämpfen die Arbeiterinnen gegen Ausbeutung und Krieg. In Serbien haben "
        "seit November 2024 Hunderttausende gegen die Regierung demonstriert. In Belgien kämpft die "
        "Bewegung der Landwirte seit Januar 2024 gegen die Politik der Regierung. Wir gehen am 8. März "
        "auf die Straße." + SIGN_DE
    )
    ev = events(text)
    assert has_event(ev, "protest", "2024-11", "RS"), ev
    assert has_event(ev, "protest", "2024-01", "BE"), ev


def test_an_election_to_the_european_parliament_is_no_country_election() -> None:
    en = (
        "Statement on the liberation from fascism\n\n8 May 2020\n\n"
        "Across Europe the governments are moving to the right. In the European Parliament elections "
        "of May 2019 the fascist parties gained ground in Austria." + SIGN_EN
    )
    fr = (
        "Déclaration sur la Libération\n\n8 mai 2020\n\n"
        "Partout en Europe, les gouvernements virent à droite. Aux élections européennes de mai 2019, "
        "les partis fascistes ont progressé en Autriche et en France." + SIGN_FR
    )
    for text in (en, fr):
        ev = events(text)
        assert not any(t == "election" for t, _d, _c in ev), ev
