"""Probe 32 (ICOR's common texts, blind): sign-offs between texts, the signatures' date,
a running header on one page, addresses under entries, continents before their entries,
an acronym with its name's last words, and page furniture in German."""

from __future__ import annotations

import pytest
from helpers import events, has_event, list_names, source

from movement_graph.extract.entries import parse_entry
from movement_graph.ingest import blank_page_furniture
from movement_graph.segment import is_navigation, segment

PROSE = (
    "The workers of the region have continued their struggle for higher wages and for the "
    "right to organise, despite the repression ordered by the government. "
) * 3


def test_a_sign_off_closes_a_text_and_the_heading_under_it_opens_the_next() -> None:
    text = (
        "Resolution on the strikes in the ports\n\nAdopted by the 2nd World Conference of the Coordination\n\n"
        f"{PROSE}\n\nWorkers of all countries, unite!\n\n2nd World Conference of the Coordination\nMarch 3, 2019\n\n\n"
        "Resolution on the floods in the river valleys\n\nAdopted by the 2nd World Conference of the Coordination\n\n"
        f"{PROSE}\n\nAdopted unanimously.\n2nd World Conference of the Coordination, 3 March 2019\n"
    )
    docs = list(segment(source(text)))
    assert [d.title.split(":")[0] for d in docs] == [
        "Resolution on the strikes in the ports",
        "Resolution on the floods in the river valleys",
    ]
    assert [d.date for d in docs] == ["2019-03-03", "2019-03-03"]


def test_a_title_under_a_closing_dateline_in_two_lines_opens_a_text() -> None:
    text = (
        f"Call for the day of action\n\n{PROSE}\n\nSignatories:\nUnion of Ara (UA), Peru\nParty of Bel (PB), Chad\n\n"
        f"June 4, 2021\n\n\nЗаявление о забастовке\nStatement on the strike of the miners\n\n{PROSE}\n\n15.06.2021\n"
    )
    docs = list(segment(source(text)))
    assert len(docs) == 2
    assert docs[1].title.startswith("Заявление о забастовке")
    assert [d.date for d in docs] == ["2021-06-04", "2021-06-15"]


def test_the_signatures_introduction_dates_a_text_without_a_dateline() -> None:
    for intro, iso in (
        ("First signatories (as of 12 March 2019):", "2019-03-12"),
        ("Unterzeichner (Stand: 2.5.2019):", "2019-05-02"),
    ):
        text = f"Stop the war!\n\n{PROSE}\n\n{intro}\nUnion of Ara (UA), Peru\nParty of Bel (PB), Chad\n"
        (doc,) = segment(source(text))
        assert doc.date == iso


def test_a_running_header_on_the_second_page_only_is_furniture() -> None:
    text = (
        "Stop the war – peace for all!\n\n" + PROSE + "\n\nSignatories:\n1. Union of Ara, Peru\n\f"
        "Coordination – Stop the war – peace for all!                 2\n\n2. Party of Bel, Chad\n"
    )
    out = blank_page_furniture(text)
    assert "Coordination" not in out and "Party of Bel" in out and len(out) == len(text)
    # a line that opens the page with another number, or repeats no title, stays
    kept = text.replace("peace for all!                 2", "peace for all!                 7")
    assert "Coordination" in blank_page_furniture(kept)


def test_addresses_under_an_entry_are_no_part_of_its_name() -> None:
    text = (
        f"{PROSE}\n\nSignatories:\n1. UA   Union of Ara, Peru\n   www.union-ara.org\n"
        "2. PB   Party of Bel, Chad\n   info@party-bel.org | www.party-bel.org\n3. Workers' League of Ghana, Ghana\n"
    )
    assert [(n, c) for n, _, c in list_names(text)] == [
        ("Union of Ara", "PE"),
        ("Party of Bel", "TD"),
        ("Workers' League of Ghana", "GH"),
    ]


def test_a_continent_before_its_entries_on_one_line() -> None:
    text = (
        f"{PROSE}\n\nSignatories:\nAfrica: UA Union of Ara (Ghana); PB Party of Bel (Togo)\n"
        "Europe: WLA Workers' League of Austria (Austria)\nAmericas: PCP Partido Comunista del Pueblo (Peru)\n"
    )
    assert [(n, r, c) for n, r, c in list_names(text)] == [
        ("Union of Ara", "signatory", "GH"),
        ("Party of Bel", "signatory", "TG"),
        ("Workers' League of Austria", "signatory", "AT"),
        ("Partido Comunista del Pueblo", "signatory", "PE"),
    ]


def test_an_acronym_with_the_last_words_of_its_name() -> None:
    e = parse_entry("CPX (ML) Red Banner   Communist Party of Xanadu (Marxist-Leninist) Red Banner, India")
    assert (e.name, e.acronym, e.country and e.country.iso2) == (
        "Communist Party of Xanadu (Marxist-Leninist) Red Banner",
        "CPX (ML) Red Banner",
        "IN",
    )
    e = parse_entry("CPX (ML) Red Banner (Nepal)")
    assert (e.acronym, e.country and e.country.iso2) == ("CPX (ML) Red Banner", "NP")
    # a country after the acronym's bracket is no part of the acronym
    assert parse_entry("PRX (M-L) Ivory Coast").acronym == "PRX (M-L)"


def test_print_and_language_links_and_closed_comments_are_navigation() -> None:
    assert is_navigation("Drucken   PDF   English   Español")
    assert is_navigation("Kommentare sind geschlossen.")
    assert is_navigation("Comments are closed.")
    assert not is_navigation("Drucken ist teuer geworden.")


@pytest.mark.model
def test_a_german_attempted_coup_is_a_coup() -> None:
    text = (
        "Erklärung\n\nGegen die Unterdrückung!\n\n3. Oktober 2019\n\n"
        "Der gescheiterte Putschversuch in der Türkei am 15. Juli 2016 wurde von der Regierung genutzt, "
        "um Zehntausende Oppositionelle zu verhaften.\n"
    )
    assert has_event(events(text), "coup", "2016-07-15", "TR")
