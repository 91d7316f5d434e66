"""Held-out end-to-end texts (probe 20): signatures standing over a text's title, lists
signed with the verb in the active voice opening the sentence ("Firman esta declaración el
A, la B y el C"), German participation with a separable verb ("nahmen … teil"), links to
the previous and next post opened by a guillemet, named storms.

Invented parties; real countries and events.
"""

from __future__ import annotations

import pytest
from helpers import list_names as names
from helpers import source

from movement_graph.extract.lists import role_of
from movement_graph.model import Role
from movement_graph.segment import is_navigation, segment

PROSE = (
    "Le 30 août 2023, un groupe d'officiers a renversé le président et dissous les institutions "
    "du pays. Les travailleurs et la jeunesse n'ont rien à attendre de cette junte militaire. "
) * 3


def test_signatures_over_the_title_open_no_document() -> None:
    text = (
        "Coordination des Partis Ouvriers d'Afrique\n"
        "Accueil | Déclarations | Contact\n\n"
        "Déclaration commune\n"
        "Signée par : le Parti des Ouvriers de Borgou (POB), l'Union Rouge du Sahel (URS, Niger) "
        "et le Mouvement Ouvrier de Kara (MOK, Togo).\n\n"
        "Non à la junte, le pouvoir au peuple !\n\n"
        f"{PROSE}\n\nLe 2 septembre 2023\n"
    )
    docs = list(segment(source(text)))
    assert len(docs) == 1
    assert docs[0].title == "Non à la junte, le pouvoir au peuple !"
    assert docs[0].date == "2023-09-02"


def test_a_list_after_prose_still_closes_its_text() -> None:
    text = (
        f"First statement\n\n{PROSE}\n\nSignataires :\n- Parti des Ouvriers de Borgou (POB), Bénin\n"
        "- Union Rouge du Sahel (URS), Niger\n- Mouvement Ouvrier de Kara (MOK), Togo\n\n"
        f"Second statement\n\n{PROSE}\n"
    )
    assert [d.title for d in segment(source(text))] == ["First statement", "Second statement"]


def test_active_sign_verb_opening_the_sentence() -> None:
    got = names(
        "Firman esta declaración el Partido Obrero de Tarija (POT), la Unión Roja del Cauca "
        "(URC, Colombia) y el Movimiento Proletario de Piura (MPP)."
    )
    assert [(n, r) for n, r, _ in got] == [
        ("Partido Obrero de Tarija", "signatory"),
        ("Unión Roja del Cauca", "signatory"),
        ("Movimiento Proletario de Piura", "signatory"),
    ]
    assert got[1][2] == "CO"


def test_active_sign_verb_inside_a_sentence_is_prose() -> None:
    assert (
        names(
            "En 2016 el gobierno y la guerrilla firman el Acuerdo de Paz de La Habana, y el Senado lo aprueba."
        )
        == []
    )


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("An der Konferenz nahmen folgende Organisationen teil:", Role.PARTICIPANT),
        ("Es nehmen teil:", Role.PARTICIPANT),
        ("Organisationen, die an der Konferenz teilnahmen:", Role.PARTICIPANT),
        ("Signent cette déclaration", Role.SIGNATORY),
    ],
)
def test_role_words(intro: str, role: Role) -> None:
    assert role_of(intro) is role


def test_german_separable_participation_list() -> None:
    got = names(
        "An der Konferenz nahmen folgende Organisationen teil:\n"
        "1. Arbeiterbund Oberland (ABO), Österreich\n"
        "2. Kommunistische Arbeiterpartei Limburg (KAPL), Niederlande\n"
    )
    assert [(n, r, c) for n, r, c in got] == [
        ("Arbeiterbund Oberland", "participant", "AT"),
        ("Kommunistische Arbeiterpartei Limburg", "participant", "NL"),
    ]


def test_guillemet_post_links_are_navigation_and_keep_the_dateline() -> None:
    assert is_navigation("« Previous: Statement on the strike | Next: May Day call »")
    assert is_navigation("‹ Article précédent")
    assert not is_navigation("«Previous generations fought for these rights», said the speaker.")
    text = (
        "Final Declaration of the Meeting\n\n"
        "The workers of the region have continued their struggle for higher wages and for the "
        "right to organise, despite the repression ordered by the government. "
        * 3
        + "\n\nParticipating organizations:\n\nWorkers' League of Ara (WLA) – Peru\n"
        "Red Union of Bel (RUB) – Chad\n\nLima, November 2025\n\n"
        "« Previous: Statement on the strike | Next: May Day call »\n"
    )
    (d,) = segment(source(text))
    assert d.date == "2025-11"


@pytest.fixture(scope="module")
def analyse(analyses):  # type: ignore[no-untyped-def]
    def run(text: str):  # type: ignore[no-untyped-def]
        (a,) = analyses(text)
        return {(e.type, e.date[:4] if e.date else None, e.country) for e in a.events}

    return run


def test_named_storm_is_a_disaster(analyse) -> None:  # type: ignore[no-untyped-def]
    got = analyse(
        "Solidarity with the Philippines\n\n"
        "In November 2013 Super Typhoon Haiyan killed more than 6,000 people in the Philippines.\n"
    )
    assert ("disaster", "2013", "PH") in got


def test_active_sign_verb_with_an_article_before_the_first_name() -> None:
    # "el Partido …" is the list's first name, not the verb's object
    got = names("Firman el Partido Obrero de Tarija (POT) y la Unión Roja del Cauca (URC, Colombia).")
    assert [n for n, _, _ in got] == ["Partido Obrero de Tarija", "Unión Roja del Cauca"]
    got = names(
        "Firman la presente declaración el Partido Obrero de Tarija (POT) y la Unión Roja del Cauca (URC)."
    )
    assert [n for n, _, _ in got] == ["Partido Obrero de Tarija", "Unión Roja del Cauca"]


def test_elided_article_after_and_splits_the_last_two_names() -> None:
    got = names(
        "Signé par le Parti des Ouvriers de Borgou (POB), le Front Rouge (FR, Mali) "
        "et l’Organisation Communiste du Sahel (OCS, Niger)."
    )
    assert [(n, c) for n, _, c in got] == [
        ("Parti des Ouvriers de Borgou", None),
        ("Front Rouge", "ML"),
        ("Organisation Communiste du Sahel", "NE"),
    ]
