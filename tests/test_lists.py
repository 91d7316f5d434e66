"""Signatory, delegation and member lists in every layout (hand-written inputs)."""

from __future__ import annotations

import pytest

from movement_graph.extract.lists import find_lists, role_of
from movement_graph.extract.organisations import from_lists
from movement_graph.model import Document, Role

INTRO = "We call on all workers to join the protests against the new labour law. " * 3


def doc(text: str) -> Document:
    return Document(file="t.txt", index=0, start=10, end=10 + len(text), text=text, title="T")


def names(text: str) -> list[tuple[str, str, str | None]]:
    d = doc(text)
    return [(m.name, m.role.value, m.country) for m in from_lists(find_lists(d), source=d)]


def test_numbered_list_with_intro_and_blank_lines() -> None:
    text = (
        f"{INTRO}\n\nSignatories:\n\n  1. KPA Kommunistische Partei Arbeit (Communist Labour Party), Austria\n\n"
        "  2) PCB Partido Comunista Brasileiro (Brazilian Communist Party)\n\n"
        "  3. Workers' League of Ghana\n"
    )
    assert names(text) == [
        ("Communist Labour Party", "signatory", "AT"),
        ("Brazilian Communist Party", "signatory", "BR"),
        ("Workers' League of Ghana", "signatory", "GH"),
    ]


def test_one_per_line_at_end_is_signatories() -> None:
    text = f"{INTRO}\n\nRevolutionary Party of Chile\nCommunist Union of Norway\nMarxist Group of Kenya\n"
    assert [r for _, r, _ in names(text)] == ["signatory"] * 3


def test_bulleted_delegations_are_participants() -> None:
    text = (
        f"{INTRO}\n\nThe following delegations took part in the meeting:\n"
        "• Communist Party of Nepal (Unity)\n• Workers' Front of Peru\n\n" + INTRO
    )
    assert names(text) == [
        ("Communist Party of Nepal (Unity)", "participant", "NP"),
        ("Workers' Front of Peru", "participant", "PE"),
    ]


def test_continued_across_line_breaks() -> None:
    text = (
        f"{INTRO}\n\nSigned by:\n1. Union of Revolutionary Communists of\n   the Republic of Ireland\n"
        "2. Party of the Workers of Senegal\n"
    )
    assert [n for n, _, _ in names(text)] == [
        "Union of Revolutionary Communists of the Republic of Ireland",
        "Party of the Workers of Senegal",
    ]


def test_inline_comma_and_semicolon_lists() -> None:
    text = (
        "The statement was signed by the following parties: Communist Party of Chile (Proletarian "
        "Action); Workers' Party of Haiti; and Revolutionary Union of Mali.\n"
    )
    assert names(text) == [
        ("Communist Party of Chile (Proletarian Action)", "signatory", "CL"),
        ("Workers' Party of Haiti", "signatory", "HT"),
        ("Revolutionary Union of Mali", "signatory", "ML"),
    ]


def test_second_heading_keeps_role_and_members() -> None:
    text = (
        f"{INTRO}\n\nMember organisations:\nParty of Labour of Ruritania\nCommunist League of Sweden\n"
        "Further members:\nRevolutionary Group of Chad\n"
    )
    got = names(text)
    assert [r for _, r, _ in got] == ["member"] * 3
    assert got[-1][2] == "TD"


def test_prose_bullets_are_not_organisations() -> None:
    text = (
        f"{INTRO}\n\n  • the parties and organizations have developed cooperation;\n"
        "  • the masses of people are increasingly recognizing the unity of struggle;\n"
    )
    assert names(text) == []


def test_slogans_are_not_a_list() -> None:
    text = f"{INTRO}\n\nLong live the struggle of the workers!\nDown with imperialism!\nForward!\n"
    assert names(text) == []


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("Signatories (as of 1 May 2020, further signatories possible):", Role.SIGNATORY),
        ("Participants:", Role.PARTICIPANT),
        ("Observers and guests:", Role.GUEST),
        ("Mitgliedsorganisationen:", Role.MEMBER),
        ("Firmantes:", Role.SIGNATORY),
        # members who came took part in the meeting
        ("Member organizations present at the World Conference:", Role.PARTICIPANT),
        ("Member parties:", Role.MEMBER),
    ],
)
def test_role_of(intro: str, role: Role) -> None:
    assert role_of(intro) is role


def test_offsets_point_into_the_file() -> None:
    text = f"{INTRO}\n\nSignatories:\n1. Communist Party of the Plateau\n2. Party of Labour of the Coast\n"
    d = doc(text)
    for e in find_lists(d):
        assert text[e.quote.start - d.start : e.quote.end - d.start] == e.quote.text


def test_country_first_and_dash_numbering() -> None:
    text = (
        f"{INTRO}\n\nSignatories:\n1 - Germany: Marxist Workers' League\n2 - Brazil: Revolutionary "
        "Communist Party\n"
    )
    assert names(text) == [
        ("Marxist Workers' League", "signatory", "DE"),
        ("Revolutionary Communist Party", "signatory", "BR"),
    ]


def test_one_entry_per_paragraph() -> None:
    text = (
        f"{INTRO}\n\nSignatories:\n\nCommunist Party of Chad\n\nWorkers' League of Mali\n\n"
        "Revolutionary Union of Niger\n"
    )
    assert names(text) == [
        ("Communist Party of Chad", "signatory", "TD"),
        ("Workers' League of Mali", "signatory", "ML"),
        ("Revolutionary Union of Niger", "signatory", "NE"),
    ]


def test_inline_list_ending_with_a_country_that_holds_and() -> None:
    text = (
        "The statement was signed by: Communist Party of Benin, Union of Trinidad and Tobago "
        "and Revolutionary Front of Bosnia and Herzegovina.\n"
    )
    assert names(text) == [
        ("Communist Party of Benin", "signatory", "BJ"),
        ("Union of Trinidad and Tobago", "signatory", "TT"),
        ("Revolutionary Front of Bosnia and Herzegovina", "signatory", "BA"),
    ]


def test_inline_list_ends_with_its_sentence() -> None:
    # the paragraph goes on after the list: the next sentence names countries, not entries
    text = (
        "Five parties took part in the meeting: Workers' Party of Haiti, Communist Union of "
        "Mali (M.L.), Revolutionary Front of Chad and Red Star Party of Peru. Others could not "
        "attend and sent greetings, among them the parties from Benin, Italy and Iran.\n"
    )
    assert names(text) == [
        ("Workers' Party of Haiti", "participant", "HT"),
        # "(M.L.)" is the name's qualifier, kept in it, not an acronym "M.L."
        ("Communist Union of Mali (M.L.)", "participant", "ML"),
        ("Revolutionary Front of Chad", "participant", "TD"),
        ("Red Star Party of Peru", "participant", "PE"),
    ]


def test_norwegian_bulleted_delegations_are_participants() -> None:
    text = (
        f"{INTRO}\n\nDeltakerne på møtet besto av følgende delegasjoner:\n"
        " • Rødt Arbeiderparti (RAP), Danmark\n"
        " • Kommunistisk Parti i Sverige (KPS)\n"
        " • Arbeiderpartiet Kommunistene Norge\n"
    )
    got = names(text)
    assert [r for _, r, _ in got] == ["participant"] * 3
    assert [c for _, _, c in got] == ["DK", "SE", "NO"]


def test_inline_list_in_another_language_with_mixed_separators() -> None:
    # a ';' list where one item holds two names split by ',', and the last two joined by "og"
    text = (
        "På konferansen deltok delegasjoner fra følgende partier: Rødt Parti (RP), Danmark; "
        "Arbeiderpartiet Ruritania (APR), Kommunistisk Liga Sverige (KLS); "
        "Folkets Parti i Mali (FPM) og Revolusjonært Parti i Chad (RPC).\n"
    )
    got = names(text)
    assert [n for n, _, _ in got] == [
        "Rødt Parti",
        "Arbeiderpartiet Ruritania",
        "Kommunistisk Liga Sverige",
        "Folkets Parti i Mali",
        "Revolusjonært Parti i Chad",
    ]
    assert {r for _, r, _ in got} == {"participant"}


@pytest.mark.parametrize("marker", ["", "1. ", "• "])
def test_first_line_of_a_list_is_not_also_an_inline_list(marker: str) -> None:
    # the first entry, "name, country", sits on the line after "Participants:": it is one
    # entry of the list of lines, not a list of two of its own ("Union of Ara" and "USA")
    text = (
        f"{INTRO}\n\nParticipants:\n{marker}Proletarian Union of Ara, USA\n"
        f"{marker}Communist Party of Bel, Peru\n{marker}Workers' League of Chad, Chad\n"
    )
    got = names(text)
    assert got == [
        ("Proletarian Union of Ara", "participant", "US"),
        ("Communist Party of Bel", "participant", "PE"),
        ("Workers' League of Chad", "participant", "TD"),
    ]


def test_inline_list_joins_a_country_to_the_entry_before_it() -> None:
    text = f"{INTRO} Signatories: Workers' Party of Ara, USA, Communist Union of Bel, Peru.\n"
    assert names(text) == [
        ("Workers' Party of Ara", "signatory", "US"),
        ("Communist Union of Bel", "signatory", "PE"),
    ]


def test_one_line_under_its_introduction_is_still_read_as_a_list() -> None:
    # a single line of names under the introduction is no list of lines: read inline
    text = (
        f"{INTRO}\n\nSignatories:\nWorkers' Party of Ara (Peru), Communist Union of Bel (Chile)\n\nMay 2019\n"
    )
    assert [(n, r) for n, r, _ in names(text)] == [
        ("Workers' Party of Ara", "signatory"),
        ("Communist Union of Bel", "signatory"),
    ]


def test_a_country_alone_in_a_list_is_no_organisation() -> None:
    # countries as headings over their parties, and a country on a line of its own
    text = (
        f"{INTRO}\n\nSignatories:\nPeru\nCommunist Party of Ara\nDR Congo\nWorkers' League of Bel\n"
        "Union of Chad Communists\n"
    )
    got = [n for n, _, _ in names(text)]
    assert got == ["Communist Party of Ara", "Workers' League of Bel", "Union of Chad Communists"]


def test_an_article_after_and_still_splits_two_names() -> None:
    # "… and the Y": the split asked for a capital right after "and" and kept one name
    text = (
        f"{INTRO}\n\nThe statement was signed by: Party of Labour of Chad, the Workers' Front of Peru "
        "and the Communist Union of Mali.\n"
    )
    assert [(n, c) for n, _, c in names(text)] == [
        ("Party of Labour of Chad", "TD"),
        ("Workers' Front of Peru", "PE"),
        ("Communist Union of Mali", "ML"),
    ]


def test_a_compound_ending_in_bund_heads_a_name() -> None:
    # German and Danish leagues write their head word inside one compound
    text = (
        f"{INTRO}\n\nSignatories:\n\nArbeiterbund für die Einheit (Switzerland)\n"
        "Revolutionært Arbejderforbundet (Denmark)\nWorkers' Front of Peru\n"
    )
    assert [(n, c) for n, _, c in names(text)] == [
        ("Arbeiterbund für die Einheit", "CH"),
        ("Revolutionært Arbejderforbundet", "DK"),
        ("Workers' Front of Peru", "PE"),
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Delegations of the Party of Labour of Chad (Chad), the Red Union of Mali and the "
            "Communist League of Benin took part in the work of the Plenary.",
            "participant",
        ),
        (
            "The Plenary was attended by the Party of Labour of Chad, the Red Union of Mali and the "
            "Communist League of Benin.",
            "participant",
        ),
        (
            "The conference was held with the participation of the Party of Labour of Chad, the Red "
            "Union of Mali and the Communist League of Benin.",
            "participant",
        ),
        (
            "Signed by the Party of Labour of Chad, the Red Union of Mali and the Communist League of Benin.",
            "signatory",
        ),
    ],
)
def test_a_list_written_as_a_sentence_without_a_colon(sentence: str, role: str) -> None:
    assert names(f"{INTRO}\n\n{sentence}\n") == [
        ("Party of Labour of Chad", role, "TD"),
        ("Red Union of Mali", role, "ML"),
        ("Communist League of Benin", role, "BJ"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting was attended by many parties and organisations from four continents.",
        "The coup was supported by the Liberal Party and the National Party of Honduras.",
        # names followed by more of the sentence are not only names
        "The rally, attended by the Party of Labour of Chad and the Red Union of Mali, adopted a resolution.",
    ],
)
def test_names_in_other_sentences_are_no_list(sentence: str) -> None:
    assert names(f"{INTRO}\n\n{sentence}\n") == []


@pytest.mark.parametrize("one_per_line", [False, True])
def test_lists_grouped_under_headings_share_the_introduction_s_role(one_per_line: bool) -> None:
    groups = {
        "Africa": ["Party of Labour of Chad (Chad)", "Proletarian Vanguard of Mali (Mali)"],
        "Europe": ["Communist Union of Ruritania (Spain)", "Red Front of Labour (France)"],
    }
    sep = "\n" if one_per_line else ", "
    body = "\n\n".join(f"{head}:\n{sep.join(names)}" for head, names in groups.items())
    text = (
        f"{INTRO}\n\nThe following parties and organizations took part in the Plenary:\n\n{body}\n\n{INTRO}\n"
    )
    assert names(text) == [
        ("Party of Labour of Chad", "participant", "TD"),
        ("Proletarian Vanguard of Mali", "participant", "ML"),
        ("Communist Union of Ruritania", "participant", "ES"),
        ("Red Front of Labour", "participant", "FR"),
    ]


def test_a_heading_after_prose_does_not_inherit_a_list_s_role() -> None:
    text = (
        f"{INTRO}\n\nThe following parties took part in the Plenary:\n\nAfrica:\n"
        "Party of Labour of Chad (Chad), Proletarian Vanguard of Mali (Mali)\n\n"
        f"{INTRO}\n\nEurope:\nCommunist Union of Ruritania (Spain), Red Front of Labour (France)\n\n{INTRO}\n"
    )
    assert [(n, r) for n, r, _ in names(text)][2:] == []


@pytest.mark.parametrize("country_first", [True, False])
def test_a_two_column_table_of_signatories(country_first: bool) -> None:
    rows = [("Chad", "Party of Labour of Ara"), ("Peru", "Peasant and Worker Front"), ("Nepal", "Red Union")]
    header = "Country\tOrganisation" if country_first else "Organisation\tCountry"
    body = "\n".join(f"{c}\t{n}" if country_first else f"{n}\t{c}" for c, n in rows)
    text = f"{INTRO}\n\nSignatories:\n\n{header}\n{body}\n"
    assert names(text) == [
        ("Party of Labour of Ara", "signatory", "TD"),
        ("Peasant and Worker Front", "signatory", "PE"),
        ("Red Union", "signatory", "NP"),
    ]


def test_an_entry_wrapped_before_a_country_name_is_one_entry() -> None:
    # text from a PDF: the wrap falls inside the bracket, before "Colombia" and "Chad"
    text = (
        f"{INTRO}\n\nSignatories:\n\n1. PRA Partido Rojo de Ara (Red Party of\n   Colombia)\n"
        "2. Unión Obrera de Bel (Workers' Union of\n   Chad)\n3. Red Front of Peru\n"
    )
    assert [(n, r, c) for n, r, c in names(text)] == [
        ("Red Party of Colombia", "signatory", "CO"),
        ("Workers' Union of Chad", "signatory", "TD"),
        ("Red Front of Peru", "signatory", "PE"),
    ]


def test_german_compounds_ending_in_front_or_verband_head_names() -> None:
    text = f"{INTRO}\n\nUnterzeichner:\n\nSozialistische Volksfront Utopiens, Deutschland\nKommunistischer Arbeiterverband (Österreich)\n"
    assert [(n, c) for n, _, c in names(text)] == [
        ("Sozialistische Volksfront Utopiens", "DE"),
        ("Kommunistischer Arbeiterverband", "AT"),
    ]


@pytest.mark.parametrize("colon", [":", ""])
def test_bulleted_groups_under_headings_take_the_introduction_above_them(colon: str) -> None:
    # "Africa" as a Markdown heading (no colon, once its #### are blanked) or "Africa:"
    text = (
        f"{INTRO}\n\nDelegations present at the Plenary{colon}\n\nAfrica{colon}\n"
        "* Chad: Party of Labour of Chad\n* Mali: Proletarian Vanguard of Mali\n\n"
        f"Europe{colon}\n* Italy: Workers' Union of Italy\n* Denmark: Red Star Organisation\n\n"
        "As guests, the Plenary welcomed the Communist Youth Front (Greece).\n"
    )
    assert names(text) == [
        ("Party of Labour of Chad", "participant", "TD"),
        ("Proletarian Vanguard of Mali", "participant", "ML"),
        ("Workers' Union of Italy", "participant", "IT"),
        ("Red Star Organisation", "participant", "DK"),
    ]


def test_a_country_heading_over_its_parties_gives_them_its_country() -> None:
    text = (
        f"{INTRO}\n\nThe following organisations took part:\n\nGermany\nRevolutionary Workers' League (RWL)\n\n"
        "India\nCommunist Party of the Toiling People (CPTP)\nRed Flag Movement\n"
    )
    assert names(text) == [
        ("Revolutionary Workers' League", "participant", "DE"),
        ("Communist Party of the Toiling People", "participant", "IN"),
        ("Red Flag Movement", "participant", "IN"),
    ]


def test_signature_blocks_on_behalf_of_an_organisation() -> None:
    text = (
        f"{INTRO}\n\nSignatories:\n\n"
        "On behalf of the Central Committee of the Revolutionary Workers' Party of Ostland\n"
        "Amina Osman, General Secretary\n\n"
        "On behalf of the Proletarian Union of Kenya\nJohn Mwangi, International Secretary\n\n"
        "For the Red Workers' League (RWL), Germany\nThomas Berger, Chairman\n"
    )
    assert names(text) == [
        ("Revolutionary Workers' Party of Ostland", "signatory", None),
        ("Proletarian Union of Kenya", "signatory", "KE"),
        ("Red Workers' League", "signatory", "DE"),
    ]


def test_a_sentence_opening_with_for_is_no_signature() -> None:
    text = f"{INTRO}\n\nFor the Party of Labour, the struggle against the new law goes on in every factory.\n"
    assert names(text) == []


def test_member_parties_that_signed_are_signatories_and_members() -> None:
    text = (
        f"{INTRO}\n\nThe following member parties of the Conference have endorsed this appeal:\n\n"
        "Workers' Party of Ostland\nRed Union of Westland\n"
    )
    assert names(text) == [
        ("Workers' Party of Ostland", "signatory", None),
        ("Workers' Party of Ostland", "member", None),
        ("Red Union of Westland", "signatory", None),
        ("Red Union of Westland", "member", None),
    ]
    # members alone stay members; signatories alone are not members
    assert {
        r
        for _, r, _ in names(
            f"{INTRO}\n\nMember parties:\n\nWorkers' Party of Ostland\nRed Union of Westland\n"
        )
    } == {"member"}
    assert {
        r
        for _, r, _ in names(f"{INTRO}\n\nSignatories:\n\nWorkers' Party of Ostland\nRed Union of Westland\n")
    } == {"signatory"}


def test_an_inline_list_closed_by_what_its_signers_are() -> None:
    sentence = (
        "This statement is signed by the Party of Labour of Chad (PLC), the Red Union of Mali (RUM) "
        "and the Communist League of Benin (CLB), member parties of the Conference in Africa."
    )
    assert [n for n, _, _ in names(f"{INTRO}\n\n{sentence}\n")] == [
        "Party of Labour of Chad",
        "Red Union of Mali",
        "Communist League of Benin",
    ]


def test_a_line_in_capitals_opens_with_no_acronym() -> None:
    # a site's banner: "PROLETARIAN" is no acronym, so the two lines are no list of names
    banner = (
        "PROLETARIAN VOICES ARCHIVE\nStatements of revolutionary parties and organisations – Africa and Asia"
    )
    assert names(f"{banner}\n\n{INTRO}\n") == []


def test_an_inline_list_with_a_short_apposition_and_a_country_after_from() -> None:
    sentence = (
        "The conference was attended by the Party of Labour of Chad (PLC), the host, the Red Union of "
        "Mali, the Communist League of Benin and the Workers' Front of Atlantis from Peru."
    )
    assert names(f"{INTRO}\n\n{sentence}\n") == [
        ("Party of Labour of Chad", "participant", "TD"),
        ("Red Union of Mali", "participant", "ML"),
        ("Communist League of Benin", "participant", "BJ"),
        ("Workers' Front of Atlantis", "participant", "PE"),
    ]


def test_a_list_signed_in_one_french_sentence() -> None:
    sentence = (
        "Cet appel est signé par le Parti Révolutionnaire de l'Atlantide (PRA), l'Organisation des "
        "Travailleurs du Mali (OTM) et le Mouvement Ouvrier de Narnia (MON)."
    )
    got = [n for n, role, _ in names(f"{INTRO}\n\n{sentence}\n") if role == "signatory"]
    assert got == [
        "Parti Révolutionnaire de l'Atlantide",
        "Organisation des Travailleurs du Mali",
        "Mouvement Ouvrier de Narnia",
    ]


def test_the_and_of_a_countrys_name_does_not_split_an_entry() -> None:
    text = (
        "Three parties took part in the meeting: Workers' Party of Haiti, Red League of Trinidad and "
        "Tobago (RLTT) and Workers' Union of Bosnia and Herzegovina (WUBH).\n"
    )
    assert names(text) == [
        ("Workers' Party of Haiti", "participant", "HT"),
        ("Red League of Trinidad and Tobago", "participant", "TT"),
        ("Workers' Union of Bosnia and Herzegovina", "participant", "BA"),
    ]
