"""Probe 50 (parties of Asia, Africa and the Middle East, with the names they really use):
"First signers:", a head word that ends a transliterated name ("… Sramik Dal"), a name's
rest indented under its first line, an acronym alone after its country ("Chad: UPRB"), an
acronym with its bracket and its faction's words ("CPA(ML) Red Dawn"), a name in brackets
after its acronym, a bracket that only describes the organisation, the parties "of a
region" that are no organisation, and a date in another calendar glossed by a bracket.
Invented names and texts; each test fails on the code before the fix."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import list_names, source

from movement_graph.extract.dates import is_date_line
from movement_graph.extract.entries import has_org_head, parse_entry
from movement_graph.model import DocumentAnalysis
from movement_graph.segment import segment

BODY = (
    "The workers of the region have risen against the rise in prices and the repression of "
    "their unions. We salute their struggle and call for international solidarity with them.\n\n"
)


def test_first_signers_sign() -> None:
    text = (
        BODY
        + "First signers:\n\nUnion of Revolutionary Workers of Ara, Chad\nCommunist League of Bel, Niger\n\n"
        "(translated from Nepali by the editors of the website)\n"
    )
    assert [(n, r) for n, r, _ in list_names(text)] == [
        ("Union of Revolutionary Workers of Ara", "signatory"),
        ("Communist League of Bel", "signatory"),
    ]


def test_a_head_word_that_ends_a_transliterated_name() -> None:
    assert has_org_head("Nepal Krantikari Sramik Dal")
    assert has_org_head("Krantikari Mazdoor Sangha (KMS), Nepal")
    # Italian "dal" is a preposition: it heads no name where a name goes on after it
    assert not has_org_head("Dal Cile alla Turchia")
    text = (
        BODY + "Signed: Communist League of Bel (Niger); Nepal Krantikari Sramik Dal; Union of Ara (Chad).\n"
    )
    assert ("Nepal Krantikari Sramik Dal", "signatory") in [(n, r) for n, r, _ in list_names(text)]


def test_the_rest_of_a_name_indented_under_its_first_line() -> None:
    text = (
        BODY + "Signatories:\n\nCommunist Party of Ara (Marxist-Leninist)\n    Morning Star\n"
        "Communist League of Bel, Niger\nUnion of Cam (UC), Chad\n"
    )
    names = [n for n, _, _ in list_names(text)]
    assert names[0] == "Communist Party of Ara (Marxist-Leninist) Morning Star"
    assert len(names) == 3


def test_guard_a_country_over_its_indented_parties_keeps_them_apart() -> None:
    # guard (passes before the fix too): every line under the heading is indented
    text = BODY + "Signatories:\n\nNiger\n    Communist League of Bel\n    Union of Cam (UC)\n"
    names = [n for n, _, _ in list_names(text)]
    assert "Communist League of Bel" in names and "Union of Cam" in names


def test_an_acronym_alone_after_its_country() -> None:
    text = BODY + "Delegations:\n\nNiger: Communist League of Bel\nChad: UPRB\nMali: Union of Cam (UC)\n"
    assert ("UPRB", "participant", "TD") in list_names(text)


def test_an_acronym_with_its_bracket_and_its_factions_words() -> None:
    e = parse_entry("CPA(ML) Morning Star – India")
    assert (e.acronym, e.name, e.country.iso2 if e.country else None) == (
        "CPA(ML) Morning Star",
        "CPA(ML) Morning Star",
        "IN",
    )


def test_the_name_in_brackets_after_its_acronym() -> None:
    e = parse_entry("Philippines: SMR (Samahang Manggagawa ng Rebolusyon – Revolutionary Workers' Union)")
    assert (e.acronym, e.name, e.native_name) == (
        "SMR",
        "Revolutionary Workers' Union",
        "Samahang Manggagawa ng Rebolusyon",
    )


def test_a_bracket_that_describes_the_organisation_is_no_part_of_its_name() -> None:
    e = parse_entry("Nepal: Red Youth Front of Nepal (youth organisation of the CPA(RM))")
    assert (e.name, e.country.iso2 if e.country else None) == ("Red Youth Front of Nepal", "NP")
    # a short note on its standing stays ("(in exile)")
    assert parse_entry("Workers' Union of Iran (in exile)").name == "Workers' Union of Iran (in exile)"


@pytest.mark.model
def test_the_parties_of_a_region_are_no_member(analyses: Callable[[str], list[DocumentAnalysis]]) -> None:
    text = (
        "Ten years after the uprisings\n\nDeclaration of the Regional Conference of the Marxist-Leninist "
        "Parties and Organisations of the Middle East and North Africa, members of the ICMLPO\n\n"
        "March 3, 2021\n\n" + BODY * 3
    )
    names = [o.name for a in analyses(text) for o in a.organisations]
    assert not any("Middle East" in n for n in names)


def test_a_date_in_another_calendar_glossed_by_a_bracket() -> None:
    assert is_date_line("Kathmandu, 2079 Chaitra 5 (19 March 2023)")
    assert is_date_line("12 Aban 1401 (3 November 2022)")
    assert not is_date_line("We met on 12 Aban 1401 (3 November 2022) in Tehran.")
    text = (
        "Message of greetings of the Red League of Bel\n\nKathmandu, 2079 Chaitra 5 (19 March 2023)\n\n"
        + BODY * 3
    )
    assert [d.date for d in segment(source(text))] == ["2023-03-19"]


@pytest.mark.model
def test_a_name_in_prose_keeps_its_closing_bracket(analyses: Callable[[str], list[DocumentAnalysis]]) -> None:
    text = (
        "Message of greetings of the Communist Party of Ara (Red Masses)\n\nBel, 3 May 2015\n\n"
        "Dear comrades,\n\nThe floods have destroyed the villages of the valley and the government "
        "cares only for the rich. The brigades of our party are working in the villages of the "
        "valley to build shelters.\n\nWith revolutionary greetings,\n"
        "Central Committee, Communist Party of Ara (Red Masses)\n"
    )
    names = {o.name for a in analyses(text) for o in a.organisations}
    assert "Communist Party of Ara (Red Masses)" in names
    assert not any(n.count("(") > n.count(")") for n in names)
