"""Held-out probe 21 (historical events): a subtitle and its dateline in one paragraph, a
dateline naming three places between dashes, a slash breadcrumb and a letterhead at the top
of a file (the text's date, which the events' dates and countries hang on); a country named
only by lower-case adjectives and cities; a coup named by a lower-case adjective after its
word; a recalled massacre or coup dated in its sentence in a text about one country; an
English coup dated in its own phrase in a text whose title names a country; two coups of one
country and year kept apart.

Invented parties and towns; real countries and events.
"""

from __future__ import annotations

import pytest
from helpers import source

from movement_graph.extract.dates import is_date_line
from movement_graph.model import EventMention, Quote
from movement_graph.resolve.events import resolve_events
from movement_graph.segment import segment


@pytest.fixture(scope="module")
def analyse(analyses):  # type: ignore[no-untyped-def]
    def run(text: str):  # type: ignore[no-untyped-def]
        (a,) = analyses(text)
        return {(e.type, e.date[:4] if e.date else None, e.country) for e in a.events}

    return run


SIGNED_ES = "\n\nFirman:\nPartido Obrero de Ara (POA)\nLiga Roja del Sur (LRS)\n"
SIGNED_FR = "\n\nSignataires :\nParti Ouvrier de Bela (POB)\nUnion Rouge de Cora (URC)\n"


def test_a_subtitle_over_its_dateline_in_one_paragraph() -> None:
    text = (
        "Red Site\nHome | Statements | Contact\n\nNo to the junta!\n\n"
        "Declaration of the parties of the region\n29 September 2024\n\n"
        "The workers of the region are fighting for their rights and will go on fighting." + SIGNED_FR
    )
    (doc,) = segment(source(text))
    assert doc.title == "No to the junta!"
    assert doc.date == "2024-09-29"


def test_a_dateline_of_three_places_between_dashes_and_one_after_a_kind() -> None:
    assert is_date_line("Ara – Bela – Cora, le 15 octobre 2024")
    assert is_date_line("Declaração dos partidos e organizações da Conferência — 20 de maio de 2024")


def test_a_slash_breadcrumb_and_a_letterhead_at_the_top_of_the_file() -> None:
    text = (
        "Liga Roja\nCoordinación de los partidos de la Liga\nInicio / Declaraciones / Región\n\n"
        "¡Abajo la junta!\n\nAra, 2 de octubre de 2023\n\nLos trabajadores luchan por sus derechos."
        + SIGNED_ES
    )
    (doc,) = segment(source(text))
    assert doc.title == "¡Abajo la junta!" and doc.date == "2023-10-02"
    text = (
        "LIGA ROJA\nConferencia de los Partidos de la Liga\n\nDECLARACIÓN\n\n¡Abajo la junta!\n\n"
        "Ara, 2 de octubre de 2023\n\nLos trabajadores luchan por sus derechos." + SIGNED_ES
    )
    (doc,) = segment(source(text))
    assert doc.title == "¡Abajo la junta!" and doc.date == "2023-10-02"


def test_a_recalled_massacre_in_a_text_about_one_country(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaración\n\n¡No olvidamos!\n\nCiudad de México, 2 de octubre de 2023\n\n"
        "El pueblo mexicano sigue luchando contra la represión del Estado mexicano. "
        "El 10 de junio de 1971, la masacre de Villa Roja dejó decenas de estudiantes muertos." + SIGNED_ES
    )
    assert ("attack", "1971", "MX") in analyse(text)


def test_coups_named_by_a_lower_case_adjective(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Déclaration\n\nNon aux juntes !\n\nAra, le 15 octobre 2024\n\n"
        "La vague putschiste s'est étendue à toute la région : le coup d'État malien du 18 août 2020 "
        "et le putsch nigérien du 26 juillet 2023 ont porté les militaires au pouvoir." + SIGNED_FR
    )
    found = analyse(text)
    assert ("coup", "2020", "ML") in found
    assert ("coup", "2023", "NE") in found


def test_an_english_coup_dated_in_its_phrase(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Statement\n\nSolidarity with the struggle of the Iranian people!\n\n16 September 2023\n\n"
        "The workers and the women continue their struggle. Nor do we forget that the CIA-backed coup "
        "of 19 August 1953 overthrew the government of Mosaddegh.\n\nSigned:\nRed Dawn League (RDL)\n"
    )
    assert ("coup", "1953", "IR") in analyse(text)


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


def test_two_coups_of_one_country_and_year_stay_apart() -> None:
    nodes = resolve_events([_coup("2022-01-24", "a"), _coup("2022-09-30", "a"), _coup("2022-09-30", "b")])
    assert sorted((n.key, n.date, len(n.mentions)) for n in nodes) == [
        ("coup-bf-2022-2022-01-24", "2022-01-24", 1),
        ("coup-bf-2022-2022-09-30", "2022-09-30", 2),
    ]
    # one day, told more or less precisely: one node
    nodes = resolve_events([_coup("2022-09-30", "a"), _coup("2022", "b"), _coup("2022-10-02", "c")])
    assert [(n.key, len(n.mentions)) for n in nodes] == [("coup-bf-2022", 3)]
