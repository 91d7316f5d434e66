"""Fixer 48 (the document defects probe 43 left): the network's name over the title or the
site's section in one paragraph is a masthead, not the text's prose (so the title and the
dateline under it are the text's, and a second such paragraph opens the next text).
Invented names and texts; each test fails on the code before the fix (the guard excepted,
which says so)."""

from __future__ import annotations

from helpers import BODY, titles_and_dates


def test_network_and_region_over_the_title_and_the_dateline() -> None:
    text = (
        "ICOR Asia\nStatement of the ICOR member organisations in Asia\n\n"
        "Solidarity with the textile workers of Atlantis!\n\n3 March 2021\n\n" + BODY
    )
    assert titles_and_dates(text) == [
        (
            "Statement of the ICOR member organisations in Asia: Solidarity with the textile workers of Atlantis!",
            "2021-03-03",
        )
    ]


def test_network_over_the_title_then_the_dateline() -> None:
    text = (
        "ICOR Europe\nStatement of the European ICOR organisations on the strikes in Lemuria\n\n"
        "2 June 2022\n\n" + BODY
    )
    assert titles_and_dates(text) == [
        ("Statement of the European ICOR organisations on the strikes in Lemuria", "2022-06-02")
    ]


def test_network_over_the_site_section_is_no_title() -> None:
    text = (
        "International Conference of Marxist-Leninist Parties and Organizations (ICMLPO)\nStatements\n\n"
        "STATEMENT OF THE ICMLPO ON THE MASSACRE OF THE MINERS\n\n14 October 2020\n\n" + BODY
    )
    assert titles_and_dates(text) == [("STATEMENT OF THE ICMLPO ON THE MASSACRE OF THE MINERS", "2020-10-14")]


def test_a_second_network_paragraph_opens_the_next_text() -> None:
    sign = (
        "\n\nWorkers' League of Atlantis (WLA), India\nRevolutionary Circle of Lemuria (RCL), Nepal\n"
        "Communist Union of Mu (CUM), Bangladesh\n\n"
    )
    text = (
        "ICOR Asia\nNo to the massacre of the miners!\n\n5 May 2020\n\n"
        + BODY
        + sign
        + "ICOR Asia\nFreedom for the political prisoners!\n\n9 September 2021\n\n"
        + BODY
    )
    assert titles_and_dates(text) == [
        ("No to the massacre of the miners!", "2020-05-05"),
        ("Freedom for the political prisoners!", "2021-09-09"),
    ]


def test_guard_a_two_line_paragraph_of_prose_stays_prose() -> None:
    # guard (passes before the fix too): a sentence under the network's name is no title
    text = (
        "Solidarity with the miners!\n\n4 April 2020\n\n"
        + BODY
        + "\n\nICOR\nThe struggle goes on in all the mines of the country, and we are with it.\n\n"
        + BODY
    )
    assert titles_and_dates(text) == [("Solidarity with the miners!", "2020-04-04")]
