"""Defects of the anniversary and commemoration probe (probe 80): a German title opening
with an anniversary's ordinal ("80. Jahrestag des …") was read as a list's numbered item,
which hid the title and the dateline under it; an anniversary whose event no rule reads
(a founding, "the Nth anniversary of <organisation>", a victory or a liberation) yielded
nothing, neither the event nor its year the anniversary numbers back from the text's date;
a military offensive by its own name ("the X Offensive", "la Ofensiva del X") was no event;
a German name of a well-known event was found only in the case the gazetteer writes it
("Spanischer Bürgerkrieg", not "des Spanischen Bürgerkriegs"). Invented parties, places and
texts; real countries. Each test fails on the code before the fix."""

from __future__ import annotations

import pytest
from helpers import labelled_events, statement_en, statement_es, titles_and_dates

from movement_graph.extract.events import _german_declension
from movement_graph.segment import classify


def test_a_german_anniversary_title_is_no_list_item() -> None:
    title = "25. Jahrestag der Gründung des Arbeiterbundes: Vorwärts!"
    assert classify([title]) == "heading"
    assert classify(["3. Arbeiterbund Atlantis (ABA)"]) == "list"
    text = (
        f"Arbeiterbund Atlantis\n\n{title}\n\n14.05.2021\n\nVor 25 Jahren gründeten Arbeiter und "
        "Studenten unseren Bund. Wir kämpfen weiter für den Sozialismus und für die Einheit "
        "der Arbeiterklasse in allen Ländern.\n\nZentralkomitee des Arbeiterbundes\n"
    )
    assert titles_and_dates(text) == [(title, "2021-05-14")]


def test_german_cases_of_a_well_known_events_name() -> None:
    forms = _german_declension("Kubanische Revolution")
    assert {"Kubanischen Revolution", "Kubanischer Revolution"} <= forms
    assert _german_declension("Paris Commune") == {"Paris Commune"}


@pytest.mark.model
def test_an_anniversary_of_a_founding_or_a_victory() -> None:
    text = statement_en(
        "On the 25th anniversary of the founding of the Workers' League of Lesotho",
        "3 June 2022",
        "We greet our comrades on the 25th anniversary of the founding of the Workers' League of "
        "Lesotho. The ICOR also recalls the 60th anniversary of the victory over colonialism, "
        "which the peoples of the region won together.",
    )
    found = labelled_events(text)
    assert ("founding", "Founding of the Workers' League of Lesotho", "1997", None) in found
    assert ("other", "Victory over colonialism", "1962", None) in found
    # a date of the anniversary's own year in the sentence: the event is that many years before it
    early = statement_en(
        "Towards the jubilee",
        "10 November 2019",
        "We call on all parties to mark the 75th anniversary of the victory over fascism in 2020.",
    )
    assert ("other", "Victory over fascism", "1945", None) in labelled_events(early)


@pytest.mark.model
def test_an_anniversary_of_an_organisation_in_english_and_french() -> None:
    text = statement_en(
        "Resolution on the 5th anniversary of ICOR",
        "12 October 2015",
        "Five years of common struggle have made our coordination stronger than ever before.",
    )
    assert ("founding", "Founding of ICOR", "2010", None) in labelled_events(text)
    fr = (
        "Déclaration\n\nCinquantenaire\n\n4 avril 2021\n\nLe 50e anniversaire de la fondation de "
        "l'Union Ouvrière de Lémurie nous rappelle les luttes de nos aînés.\n\n"
        "Signataires :\nLigue Ouvrière d'Atlantide (LOA)\nCercle Révolutionnaire de Lémurie (CRL)\n"
    )
    found = labelled_events(fr)
    assert any(
        t == "founding" and lab.startswith("Fondation de l'Union Ouvrière") and d == "1971"
        for t, lab, d, _c in found
    )


@pytest.mark.model
def test_an_offensive_by_its_own_name() -> None:
    text = statement_en(
        "Salute to the fighters",
        "2 February 2018",
        "Fifty years ago the Tet Offensive of the guerrillas of Vietnam showed that the occupiers "
        "could not win.",
    )
    found = labelled_events(text)
    assert any(t == "war" and lab == "Tet Offensive" and d == "1968" for t, lab, d, _c in found)
    es = statement_es(
        "Saludo a los combatientes",
        "5 de febrero de 2023",
        "En enero de 2020 hubo una huelga en Lemuria. Y hace 55 años, la Ofensiva del Tet del "
        "pueblo vietnamita anunció la derrota de los ocupantes.",
    )
    assert any(
        t == "war" and lab == "Ofensiva del Tet" and d == "1968" for t, lab, d, _c in labelled_events(es)
    )


def test_an_offensive_named_by_who_wages_it_is_no_named_offensive() -> None:
    es = statement_es(
        "Alto a la guerra",
        "5 de febrero de 2024",
        "Condenamos la ofensiva de Israel contra el pueblo palestino y la Ofensiva del Tet fue un ejemplo.",
    )
    labels = [lab for _t, lab, _d, _c in labelled_events(es)]
    assert "Ofensiva del Tet" in labels
    assert not any(lab.lower().startswith("ofensiva de israel") for lab in labels)
