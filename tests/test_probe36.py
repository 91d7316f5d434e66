"""Probe 36 (fixes of probes 31 and 32's documents, dates and participants): the day a text
is for over its title, a paper's masthead in one paragraph and the dateline opening its
report, a bare year on an adoption line, bilingual entries with the English name in
brackets or first, participants after "were", a greeting to another network's meeting."""

from __future__ import annotations

import pytest
from helpers import list_names, source

from movement_graph.extract.dates import is_date_line, is_occasion_line
from movement_graph.extract.entries import parse_entry
from movement_graph.ingest import markdown_to_text
from movement_graph.segment import segment

PROSE = (
    "The workers of the region have continued their struggle for higher wages and for the "
    "right to organise, despite the repression ordered by the government. "
) * 3


def test_the_day_a_text_is_for_gives_way_to_its_publication_line() -> None:
    text = (
        "# 1 May 2019 – International Workers' Day\n\n## Call of the Coordination: Unite against the bosses!\n\n"
        f"*Published: 20 April 2019*\n\n{PROSE}\n"
    )
    (doc,) = segment(source(markdown_to_text(text), "t.md"))
    assert doc.title == "Call of the Coordination: Unite against the bosses!"
    assert doc.date == "2019-04-20"


def test_the_day_a_text_is_for_gives_way_to_its_closing_dateline() -> None:
    for occasion in ("1 September 2019 – International Anti-War Day", "1. September 2019 – Antikriegstag"):
        text = f"{occasion}\n\nCall for the day of action\n\n{PROSE}\n\nAugust 10, 2019\n"
        (doc,) = segment(source(text))
        assert doc.title == "Call for the day of action"
        assert doc.date == "2019-08-10"


def test_the_day_a_text_is_for_dates_it_when_nothing_else_does() -> None:
    text = f"8 March 2019 – International Women's Day\n\nCall for the day of action\n\n{PROSE}\n"
    (doc,) = segment(source(text))
    assert doc.date == "2019-03-08"


def test_an_occasion_is_no_place_of_a_dateline() -> None:
    assert is_occasion_line("8 de marzo de 2019 – Día Internacional de la Mujer")
    assert not is_date_line("8 March 2019 – International Women's Day")
    assert is_date_line("12 March 2019 – Lima") and is_date_line("Lima, 12 March 2019")
    assert not is_occasion_line("1er mai 2019 : Déclaration commune des partis")


def test_a_masthead_in_one_paragraph_and_the_report_s_opening_dateline() -> None:
    text = (
        "THE RED STAR – Organ of the Central Committee, Workers' League of Ara\nVol. 3, No. 7 | December 2019\n\n"
        "Report: rally against the war in Lima\n\n"
        f"Lima, 24 November 2019. Nearly 2,000 people marched through the centre. {PROSE}\n"
    )
    (doc,) = segment(source(text))
    assert doc.title == "Report: rally against the war in Lima"
    assert doc.date == "2019-11-24"
    # a paragraph that opens with a sentence keeps the date
    (doc,) = segment(source(text.replace("Lima, 24 November 2019. Nearly", "On 24 November 2019 nearly")))
    assert doc.date == "2019-12"


def test_a_bare_year_on_the_adoption_line_dates_the_text() -> None:
    text = f"Resolution on the strike of the miners\n\n{PROSE}\n\nAdopted unanimously by the Second Conference of the Parties, 1983.\n"
    (doc,) = segment(source(text))
    assert doc.date == "1983"
    assert not is_date_line("Adopted by the Conference in 1983.")


def test_the_english_name_in_the_acronym_s_bracket() -> None:
    e = parse_entry("Рабочий Союз Ары (РСА / Workers' Union of Ara), Russia")
    assert (e.name, e.acronym, e.native_name, e.country and e.country.iso2) == (
        "Workers' Union of Ara",
        "РСА",
        "Рабочий Союз Ары",
        "RU",
    )


def test_the_english_name_first_then_the_native_name_and_country() -> None:
    e = parse_entry("Union of Ara's Workers (UAW), Ukraine – Союз рабочих Ары, Украина")
    assert (e.name, e.acronym, e.native_name, e.country and e.country.iso2) == (
        "Union of Ara's Workers",
        "UAW",
        "Союз рабочих Ары",
        "UA",
    )
    e = parse_entry("Communist Party of Bel (CPB), Spain – Partido Comunista de Bel, España")
    assert (e.name, e.acronym, e.native_name) == ("Communist Party of Bel", "CPB", "Partido Comunista de Bel")


def test_participants_after_were() -> None:
    text = (
        f"{PROSE}\n\nThe member organisations present with their flags were WLA (Peru), UB (Chile) and the "
        "Partido ng Manggagawa ng Ara (PMA), Philippines. Many other groups sent greetings.\n"
    )
    assert [(n, r, c) for n, r, c in list_names(text) if r == "participant"] == [
        ("WLA", "participant", "PE"),
        ("UB", "participant", "CL"),
        ("Partido ng Manggagawa ng Ara", "participant", "PH"),
    ]
    # no list where the sentence says nothing of who was there, nor under a blank line
    assert list_names(f"{PROSE}\n\nThe problems we discussed were many.\n") == []
    middle = (
        f"{PROSE}\n\nThe parties present were\n\nWorkers' League of Ara (WLA), Kenya\n"
        f"Parti Prolétarien de Bel (PPB), Tunisia\n\n{PROSE}\n"
    )
    assert {r for _, r, _ in list_names(middle)} <= {"mentioned"}


@pytest.mark.model
def test_a_greeting_to_another_network_s_meeting_was_not_adopted_there(analyses) -> None:
    text = (
        "Greeting of the ICOR to the Plenary of the International Conference of Marxist-Leninist "
        f"Parties and Organizations (ICMLPO)\n\nDear comrades,\n\n{PROSE}\n\nWith comradely greetings,\n"
        "Coordinating Committee of the ICOR\n\n13 November 2019\n"
    )
    (a,) = analyses(text)
    assert a.adopted_at is None
    assert a.issuer == "ICOR"
