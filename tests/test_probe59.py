"""Probe 59 (signature lists in layouts and languages not tried before): two names side by
side in a line whose columns run together, a web address after an entry, a bracket that
says whose youth or women's organisation an entry is (in Turkish word order), names in a
caseless script over their bracketed English gloss, one paragraph each, with signers "in a
personal capacity" among them, a signature withdrawn in a later note, Greek lists (their
introduction, their countries, their datelines) and Greek names' IRIs. Invented texts;
each test fails on the code before the fix."""

from __future__ import annotations

from helpers import list_names

from movement_graph.extract.dates import find_dates
from movement_graph.vocab import slugify


def test_two_names_side_by_side_in_a_line_are_two_entries() -> None:
    text = (
        "Signatories:\n\n"
        "Union of Ara Workers (UAW)          Communist League of Chad (CLC)\n"
        "Workers' Front of Mali (WFM)   Revolutionary Party of Niger (RPN)\n"
    )
    assert {n for n, _, _ in list_names(text)} == {
        "Union of Ara Workers",
        "Communist League of Chad",
        "Workers' Front of Mali",
        "Revolutionary Party of Niger",
    }


def test_a_table_row_of_a_name_and_its_country_stays_one_entry() -> None:
    text = (
        "Signatories:\n\nCommunist League of Chad (CLC)      Chad\nWorkers' Front of Mali (WFM)      Mali\n"
    )
    assert [(n, c) for n, _, c in list_names(text)] == [
        ("Communist League of Chad", "TD"),
        ("Workers' Front of Mali", "ML"),
    ]


def test_a_web_address_after_an_entry_is_no_part_of_it() -> None:
    text = (
        "Signed by:\n\n"
        "- Communist League of Chad (CLC), Chad — https://www.clc-chad.org\n"
        "- Workers' Front of Mali (WFM), Mali — www.wfm.ml\n"
        "- Union of Ara Workers (UAW), Niger | info@uaw.ne\n"
    )
    assert [(n, c) for n, _, c in list_names(text)] == [
        ("Communist League of Chad", "TD"),
        ("Workers' Front of Mali", "ML"),
        ("Union of Ara Workers", "NE"),
    ]


def test_a_bracket_saying_whose_affiliate_it_is_is_no_part_of_the_name() -> None:
    text = (
        "İmzacılar:\n\n"
        "Devrimci İşçi Partisi (DİP) – Türkiye\n"
        "Devrimci İşçi Gençliği (DİP'in gençlik örgütü) – Türkiye\n"
        "Emekçi Kadın Birliği (DİP'in kadın örgütü) – Türkiye\n"
    )
    names = [n for n, _, _ in list_names(text)]
    assert names == ["Devrimci İşçi Partisi", "Devrimci İşçi Gençliği", "Emekçi Kadın Birliği"]


def test_a_capitalised_translation_naming_a_youth_league_stays_a_translation() -> None:
    from movement_graph.extract.entries import parse_entry

    e = parse_entry("Gençlik Birliği (Communist Youth League)")
    assert e.name == "Communist Youth League"


def test_names_in_their_own_script_over_a_bracketed_gloss_one_paragraph_each() -> None:
    text = (
        "Signed by the following organisations and persons:\n\n"
        "حزب العمال الثوري في تشاد\n(Revolutionary Workers' Party of Chad, RWPC), Chad\n\n"
        "التنظيم الشيوعي في النيجر\n(Communist Organisation of Niger, CON), Niger\n\n"
        "Jane Roe, teacher, Mali (in a personal capacity)\n\n"
        "Workers' Front of Mali (WFM), Mali\n"
    )
    assert [(n, r, c) for n, r, c in list_names(text)] == [
        ("Revolutionary Workers' Party of Chad", "signatory", "TD"),
        ("Communist Organisation of Niger", "signatory", "NE"),
        ("Workers' Front of Mali", "signatory", "ML"),
    ]


def test_a_withdrawn_signature_is_no_signatory() -> None:
    text = (
        "Signatories:\n"
        "Communist League of Chad (CLC)\n"
        "Workers' Front of Mali (WFM)\n"
        "Union of Ara Workers (UAW)\n\n"
        "Note of 3 May 2021: the Workers' Front of Mali (WFM) has withdrawn its signature.\n"
    )
    roles = {n: r for n, r, _ in list_names(text)}
    assert roles["Workers' Front of Mali"] == "mentioned"
    assert roles["Communist League of Chad"] == roles["Union of Ara Workers"] == "signatory"


def test_a_greek_list_its_role_and_countries() -> None:
    text = (
        "Υπογράφουν:\n\n"
        "Εργατική Κομμουνιστική Ένωση Ελλάδας (ΕΚΕΕ) — Ελλάδα\n"
        "Επαναστατικό Κόμμα Εργατών της Ισπανίας (PRT) — Ισπανία\n"
        "Κομμουνιστικό Κόμμα Εργατών της Γαλλίας (PCOF) — Γαλλία\n"
    )
    assert [(r, c) for _, r, c in list_names(text)] == [
        ("signatory", "GR"),
        ("signatory", "ES"),
        ("signatory", "FR"),
    ]


def test_a_greek_dateline() -> None:
    assert [d.iso for d in find_dates("Αθήνα, 12 Μαΐου 2021")][:1] == ["2021-05-12"]


def test_greek_names_get_their_own_slugs() -> None:
    assert slugify("Εργατική Ένωση Ελλάδας") == "ergatiki-enosi-elladas"
    assert slugify("Κομμουνιστική Οργάνωση") != slugify("Επαναστατικό Κόμμα")
