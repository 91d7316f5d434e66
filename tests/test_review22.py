"""Review of the probe 20/21 changes: regressions and hazards found, with their fixes.

Invented parties and towns; real countries.
"""

from __future__ import annotations

import pytest
from helpers import list_names as names
from helpers import pathological, source

from movement_graph.extract.countries import find_countries, is_country
from movement_graph.extract.lists import _list_matches
from movement_graph.extract.networks import conference_place
from movement_graph.extract.roles import role_of
from movement_graph.model import EventMention, Quote, Role
from movement_graph.resolve.events import resolve_events
from movement_graph.segment import is_navigation, segment


def test_reunion_in_a_signatory_list_is_still_the_country() -> None:
    got = names(
        "Participants:\n- Parti des Ouvriers de Borgou (POB) – Réunion\n- Union Rouge du Sahel (La Réunion)\n"
        "- Communist Party of Réunion (CPR)\n- Ligue Rouge de Kara (LRK) – Niger\n"
    )
    assert got == [
        ("Parti des Ouvriers de Borgou", "participant", "RE"),
        ("Union Rouge du Sahel", "participant", "RE"),
        ("Communist Party of Réunion", "participant", "RE"),
        ("Ligue Rouge de Kara", "participant", "NE"),
    ]
    got = names(
        "Signatories:\nRéunion: Parti des Ouvriers de Borgou (POB)\nNiger: Union Rouge du Sahel (URS)\n"
    )
    assert [(n, c) for n, _, c in got] == [
        ("Parti des Ouvriers de Borgou", "RE"),
        ("Union Rouge du Sahel", "NE"),
    ]
    assert is_country("Réunion") and is_country("(La Réunion)")
    assert [h.code for h in find_countries("Parti Rouge – Réunion\nParti Noir – Niger")] == ["RE", "NE"]


def test_italian_meeting_is_no_country() -> None:
    assert list(find_countries("La Riunione Regionale dei Partiti si è tenuta a Roma.")) == []
    assert [
        h.code for h in find_countries("Sciopero generale alla Martinica e in Guadalupa, e la Riunione.")
    ][-1:] == ["RE"]


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("Erstunterzeichner (weitere Unterzeichner nehmen wir gerne auf):", Role.SIGNATORY),
        ("Unterstützer (wir nehmen weitere Unterstützer auf):", Role.SIGNATORY),
        ("An der Konferenz nahmen folgende Organisationen teil:", Role.PARTICIPANT),
        ("Es nehmen teil:", Role.PARTICIPANT),
    ],
)
def test_nehmen_alone_gives_no_participants(intro: str, role: Role) -> None:
    assert role_of(intro) is role


PROSE = (
    "The workers of the region have continued their struggle for higher wages and for the "
    "right to organise, despite the repression ordered by the government. "
) * 3


def test_a_list_under_the_title_does_not_take_the_title() -> None:
    text = (
        "Final Declaration of the 8th Plenary of the Conference\n\nParticipants:\n"
        "- Workers' League of Ara (WLA), Peru\n- Red Union of Bel (RUB), Chad\n\n"
        f"On the international situation\n\n{PROSE}\n\nOn the tasks of the parties\n\n{PROSE}\n"
    )
    assert [d.title for d in segment(source(text))] == [
        "Final Declaration of the 8th Plenary of the Conference"
    ]


def test_breadcrumb_pattern_is_linear_in_blanks() -> None:
    # 14 s for 10,000 blanks once; timed in bench/pathological.py
    assert not is_navigation(pathological.breadcrumb_with_blanks(20_000))
    assert is_navigation("Inicio / Declaraciones / Región")


def test_sentence_lists_are_linear_in_blank_lines() -> None:
    # 5 s once, 20 s for 10,000 newlines; timed in bench/pathological.py
    assert list(_list_matches(pathological.blank_lines_then_sentence(5_000))) == []
    got = list(_list_matches(".\n\n \nFirman esta declaración el Partido Obrero de Ara (POA)."))
    assert [(intro, items) for intro, _at, items in got] == [
        ("Firman esta declaración", "el Partido Obrero de Ara (POA).")
    ]


def test_and_in_the_gap_joins_two_days_only() -> None:
    t = "El Comité Coordinador se reunió en Quito y la Plenaria aprobó la resolución."
    assert conference_place(t, t.index("Plenaria")) is None
    t = "Se celebró en Quito, los días 22 y 23 de noviembre, la Plenaria."
    assert conference_place(t, t.index("Plenaria")) == "EC"


def _coup(day: str, doc: str) -> EventMention:
    return EventMention(
        doc_id=doc,
        quote=Quote(0, 4, "coup"),
        label=f"{day[:4]} coup d'état in X",
        type="coup",
        date=day,
        country="BF",
        key=f"coup-bf-{day[:4]}",
    )


def test_a_month_joins_the_cluster_with_a_day_in_it() -> None:
    nodes = resolve_events(
        [_coup("2022-01-24", "a"), _coup("2022-09-28", "b"), _coup("2022-10-02", "c"), _coup("2022-10", "d")]
    )
    assert sorted((n.key, len(n.mentions)) for n in nodes) == [
        ("coup-bf-2022-2022-01-24", 1),
        ("coup-bf-2022-2022-09-28", 3),
    ]


@pytest.fixture(scope="module")
def analyse(analyses):  # type: ignore[no-untyped-def]
    def run(text: str):  # type: ignore[no-untyped-def]
        (a,) = analyses(text)
        return {(e.type, e.date[:4] if e.date else None, e.country) for e in a.events}

    return run


def test_an_adjective_after_a_massacre_names_who_struck(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Déclaration\n\nVive la lutte du peuple algérien !\n\nAra, le 8 mai 2025\n\n"
        "Le peuple algérien n'oublie pas. Nous rappelons le massacre français du 8 mai 1945, "
        "qui a fait des milliers de morts.\n\nSignataires :\nParti Ouvrier de Bela (POB)\nUnion Rouge de Cora (URC)\n"
    )
    found = analyse(text)
    assert ("attack", "1945", "FR") not in found
    assert ("attack", "1945", "DZ") in found
