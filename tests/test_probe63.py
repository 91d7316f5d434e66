"""Fixer 63 (the document figures earlier probes left below 1.000): the kind of text and its
network on the line under the title, in the title's paragraph; the author's line under the
title that ends with the date ("Article by …, 15 March 2023"); a paper's table of contents
under its masthead, which opens no text of its own and names the authors of its texts.
Invented names and texts; each test fails on the code before the fix (the guards excepted,
which say so)."""

from __future__ import annotations

from helpers import BODY, org_mention, source, titles_and_dates

from movement_graph.extract.document import list_entries
from movement_graph.model import OrgMention, Role
from movement_graph.resolve.organisations import resolve_organisations
from movement_graph.segment import segment


def test_kind_and_network_under_the_title_in_its_paragraph() -> None:
    text = (
        "International Coordination of Revolutionary Parties and Organizations (ICOR)\n\n"
        "On the Floods in the Ara Valley\nResolution of the ICOR\n\nOctober 2021\n\n" + BODY
    )
    assert titles_and_dates(text) == [("On the Floods in the Ara Valley", "2021-10")]


def test_a_title_over_a_second_line_that_goes_on_stays_whole() -> None:
    # guard (passes before the fix too): a line that carries the title on is part of it
    text = "RESOLUTION ON THE STRIKES\nAND THE TASKS OF THE PARTIES\n\n12 May 2020\n\n" + BODY
    assert titles_and_dates(text) == [
        ("RESOLUTION ON THE STRIKES AND THE TASKS OF THE PARTIES", "2020-05-12")
    ]


def test_author_line_with_its_date_after_a_comma() -> None:
    text = (
        "The lessons of the dockers' strike in Ara\n\n"
        "Article by the Workers' League of Atlantis (WLA), member of the ICOR, published on "
        "the ICOR website, 4 February 2022\n\n" + BODY
    )
    assert titles_and_dates(text) == [("The lessons of the dockers' strike in Ara", "2022-02-04")]


def test_a_subtitle_with_a_comma_is_still_the_title() -> None:
    # guard (passes before the fix too): no author's line, the subtitle joins the title
    text = "Hands off Atlantis!\n\nOn the blockade, the sanctions and the war\n\n" + BODY
    assert titles_and_dates(text)[0][0] == "Hands off Atlantis!: On the blockade, the sanctions and the war"


TOC = (
    "RED BANNER\nTheoretical Organ of the International Conference of Marxist-Leninist "
    "Parties and Organizations (ICMLPO)\nNo. 12 — March 2019\n\n"
    "CONTENTS\n\n"
    "The crisis and the working class \t 2\n"
    "The peasants' struggle in Ara —  Communist Workers' Party of Atlantis  \t 7\n"
    "Lessons of the general strike —  Marxist-Leninist Party of Lemuria  \t 15\n\n"
    "---\n\n"
    "The peasants' struggle in Ara\n\n" + BODY + "\n" + BODY
)


def test_table_of_contents_under_a_masthead_opens_no_text() -> None:
    (doc,) = segment(source(TOC))
    assert doc.title == "The peasants' struggle in Ara"
    assert doc.date == "2019-03"


def test_table_of_contents_names_the_authors() -> None:
    (doc,) = segment(source(TOC))
    roles = {e.quote.text.split("—")[-1].split("\t")[0].strip(): e.role for e in list_entries(doc)}
    assert roles == {
        "Communist Workers' Party of Atlantis": Role.AUTHOR,
        "Marxist-Leninist Party of Lemuria": Role.AUTHOR,
    }


def _orgs(*mentions: OrgMention) -> int:
    return len(resolve_organisations(list(mentions)).entities)


def _m(name: str, doc: str, country: str | None, acronym: str | None = None) -> OrgMention:
    return org_mention(name, doc_id=doc, acronym=acronym, country=country)


def test_one_party_romanised_two_ways_is_one_node() -> None:
    assert (
        _orgs(_m("Nepali Biplobi Mazdur Sangh", "a-0", "NP"), _m("Nepal Biplobi Majdur Sangh", "b-0", "NP"))
        == 1
    )


def test_respelt_names_kept_apart_by_country_acronym_or_meaning() -> None:
    # guards (pass before the fix too): another country, other acronyms, words with meanings
    assert (
        _orgs(_m("Nepali Biplobi Mazdur Sangh", "a-0", "NP"), _m("Nepal Biplobi Majdur Sangh", "b-0", "IN"))
        == 2
    )
    assert (
        _orgs(
            _m("Nepali Biplobi Mazdur Sangh", "a-0", "NP", "NBMS"),
            _m("Nepal Biplobi Majdur Sangh", "b-0", "NP", "NPBS"),
        )
        == 2
    )
    assert (
        _orgs(
            _m("Partido Comunista Revolucionario", "a-0", "PE"),
            _m("Partido Comunista Reconstruido", "b-0", "PE"),
        )
        == 2
    )
    assert (
        _orgs(_m("Union of Communists of Ara", "a-0", "PE"), _m("Union of Communards of Ara", "b-0", "PE"))
        == 2
    )


def test_the_party_alone_under_the_title_is_its_author() -> None:
    text = (
        "Imperialist rivalries in Ara\n\nWorkers' Party of Atlantis (Marxist-Leninist)\n\n2 July 2018\n\n"
        + BODY
    )
    assert titles_and_dates(text) == [("Imperialist rivalries in Ara", "2018-07-02")]


def test_a_message_to_a_party_under_the_title_is_part_of_it() -> None:
    # guard (passes before the fix too): a kind of text under the title is its subtitle
    text = "Resolution of the Conference\n\nMessage to the Communist Party of Atlantis\n\n" + BODY
    assert (
        titles_and_dates(text)[0][0]
        == "Resolution of the Conference: Message to the Communist Party of Atlantis"
    )
