"""Defects of the francophone Africa probe (probe 65): a dateline whose place is a region
with particles ("Afrique de l'Ouest et du Centre, septembre 2018") was not read; the kind
of text and its author under the title ("Communiqué du Parti …") was glued to the title;
well-known African landmarks (the Thiaroye and Sharpeville massacres, Operation Serval,
the Tunisian and Sudanese revolutions in French) were not named; a coup told by "le
colonel X a renversé Y"; a putsch placed in the country of an earlier coup of its
sentence, or read as a verb; English protests told by their verb ("demonstrated in
Niamey on …"); a paragraph that names its country only by its people's adjective.
Invented parties and texts; real countries and events. Each test fails on the code before
the fix."""

from __future__ import annotations

import pytest
from helpers import events, has_event, labelled_events, source

from movement_graph.extract.dates import is_date_line
from movement_graph.segment import segment

SIGNED_FR = "\n\nSignataires :\nParti Ouvrier de l'Atlas (POA) – Maroc\nUnion Rouge du Sahel (URS) – Niger\n"
SIGNED_EN = "\n\nSigned:\nRed Dawn Workers' Party (RDWP), Ireland\nLeague of Toilers (LT), Norway\n"


def test_a_dateline_whose_place_is_a_region_with_particles() -> None:
    assert is_date_line("Afrique de l'Ouest et du Centre, septembre 2018")
    assert is_date_line("Amérique du Sud et des Caraïbes, mars 2020")
    text = (
        "Déclaration de solidarité avec les travailleurs de l'Atlas\n\n"
        "Les partis et organisations expriment leur entière solidarité avec les mineurs de l'Atlas.\n\n"
        "Afrique du Nord et de l'Ouest, septembre 2018\n\n"
        "Parti Ouvrier de l'Atlas (POA)\nUnion Rouge du Sahel (URS)\nLigue Rouge du Niger (LRN)\n"
        "Parti du Travail du Tchad (PTT)\n"
    )
    (doc,) = segment(source(text))
    assert doc.date == "2018-09"


def test_the_kind_and_author_under_a_title_are_no_part_of_it() -> None:
    text = (
        "Justice pour les mineurs !\n\n"
        "Communiqué du Parti Ouvrier de l'Atlas (POA)\n\n"
        "Rabat, le 6 avril 2022\n\n"
        "Le tribunal a enfin rendu son verdict. Nous saluons la lutte des familles.\n"
    )
    (doc,) = segment(source(text))
    assert doc.title == "Justice pour les mineurs !"
    text2 = (
        "Hands off the Sahel!\n\nStatement of the Red Dawn Workers' Party\n\n"
        "Dublin, 3 May 2021\n\nWe stand with the peoples of the Sahel.\n"
    )
    (doc2,) = segment(source(text2))
    assert doc2.title == "Hands off the Sahel!"


@pytest.mark.model
def test_african_landmarks_by_their_names() -> None:
    text = (
        "Déclaration commune\n\nDakar, le 2 décembre 2022\n\n"
        "Nous honorons les tirailleurs tombés lors du massacre de Thiaroye. "
        "L'opération Serval n'a apporté que la misère au Sahel. "
        "La révolution tunisienne et la révolution soudanaise ont montré la voie." + SIGNED_FR
    )
    keys = {label for _t, label, _d, _c in labelled_events(text)}
    assert {"Thiaroye massacre", "Operation Serval", "Tunisian Revolution", "Sudanese Revolution"} <= keys


@pytest.mark.model
def test_a_coup_told_by_an_officer_who_overthrew_the_president() -> None:
    text = (
        "Déclaration commune\n\nDakar, le 1er octobre 2021\n\n"
        "En Guinée, le colonel Mamadi Doumbouya a renversé Alpha Condé le 5 septembre 2021." + SIGNED_FR
    )
    assert has_event(events(text), "coup", "2021-09-05", "GN")


@pytest.mark.model
def test_a_putsch_placed_by_its_own_phrase_after_another_coup() -> None:
    text = (
        "Déclaration commune\n\nDakar, le 10 septembre 2023\n\n"
        "Le coup d'État du 26 juillet 2023 au Niger puis le putsch du 30 août 2023 au Gabon "
        "montrent la profondeur de la crise.\n\n"
        "Le putsch du 30 août 2023 au Gabon a mis fin à une dynastie." + SIGNED_FR
    )
    found = events(text)
    assert has_event(found, "coup", "2023-08-30", "GA")
    assert not has_event(found, "coup", "2023-08-30", "NE")


@pytest.mark.model
def test_an_english_protest_told_by_its_verb() -> None:
    text = (
        "Joint statement\n\nLondon, 10 August 2023\n\n"
        "The Nigerien people demonstrated in their tens of thousands in Niamey on 30 July 2023, "
        "demanding the withdrawal of foreign troops. This demonstrated in practice that "
        "the people want peace." + SIGNED_EN
    )
    found = events(text)
    assert has_event(found, "protest", "2023-07-30", "NE")
    assert len([e for e in found if e[0] == "protest"]) == 1


@pytest.mark.model
def test_a_paragraph_that_names_its_country_by_its_people() -> None:
    text = (
        "Communiqué final\n\nAbidjan, le 10 septembre 2023\n\n"
        "La conférence a parlé du Niger. Le Niger est au centre de la crise au Niger.\n\n"
        "La conférence salue la lutte de la jeunesse sénégalaise. En mars 2021, l'arrestation "
        "d'un opposant a provoqué des émeutes dans tout le pays. Les manifestations de juin "
        "2023 ont de nouveau été noyées dans le sang." + SIGNED_FR
    )
    found = events(text)
    assert has_event(found, "protest", "2021-03", "SN")
    assert has_event(found, "protest", "2023-06", "SN")
    assert not has_event(found, "protest", "2023-06", "NE")


@pytest.mark.model
def test_a_series_of_coups_since_a_year_is_no_one_coup() -> None:
    text = (
        "Déclaration commune des partis d'Afrique de l'Ouest\n\nOuagadougou, le 15 octobre 2022\n\n"
        "Au Burkina Faso, la dictature a été balayée par l'insurrection populaire des 30 et 31 "
        "octobre 2014.\n\n"
        "Depuis 2020, notre sous-région a connu une série de coups d'État militaires. Ces putschs "
        "ne sont pas des révolutions." + SIGNED_FR
    )
    assert not [e for e in events(text) if e[0] == "coup"]


@pytest.mark.model
def test_a_massacre_in_a_part_of_the_country_named_before() -> None:
    text = (
        "Déclaration des partis\n\nJanvier 2021\n\n"
        "La présence militaire étrangère au Mali n'a apporté que la mort et la misère. Le 3 janvier "
        "2021, une frappe aérienne de l'armée étrangère a tué dix-neuf civils réunis pour un mariage "
        "à Bounti, dans le centre du pays." + SIGNED_FR
    )
    assert has_event(events(text), "attack", "2021-01-03", "ML")


@pytest.mark.model
def test_a_french_massacre_told_by_its_count_of_dead_but_not_a_wars() -> None:
    text = (
        "Déclaration des partis\n\nJanvier 2022\n\n"
        "Au Burkina Faso, l'attaque d'un village, dans la nuit du 4 au 5 juin 2021, a fait au moins "
        "132 morts.\n\n"
        "Au Mali, la guerre, qui a fait des milliers de morts depuis 2012, continue." + SIGNED_FR
    )
    found = events(text)
    assert has_event(found, "attack", "2021-06-04", "BF")
    assert not [e for e in found if e[0] == "attack" and e[2] == "ML"]


@pytest.mark.model
def test_a_count_of_dead_after_other_events_past_a_war_is_still_a_massacre() -> None:
    text = (
        "Declaración\n\nLima, enero de 2023\n\n"
        "Los delegados analizaron la guerra en Ucrania y las protestas en el Perú, donde la "
        "represión del gobierno dejó más de sesenta muertos desde diciembre de 2022." + SIGNED_FR
    )
    assert has_event(events(text), "attack", "2022-12", "PE")
