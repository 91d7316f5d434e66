"""Probe 45: texts as a researcher collects them (plain-text copies of PDFs), on invented text."""

from __future__ import annotations

import pytest
from helpers import events, has_event, source

from movement_graph.extract.lists import find_lists
from movement_graph.extract.organisations import from_lists
from movement_graph.segment import segment

# a PDF's text: a signatory list cut by the page's footer (its number between dashes) and the
# next page's running header, footnotes under a rule, then a second text in the same file
PDF = """\
ICOR Oceania – Regional Resolution

Solidarity with the dock workers of Ara!

ICOR, 12 March 2021

Since January 2021 the dock workers of Ara have been on strike against the closure of
their port. The government sent the police against their pickets and arrested dozens of
workers and their families; the whole working class of the region stands with them and
their struggle.1

The ICOR greets the strike and calls for inter-
national solidarity.

Signatories:
1. Workers' League of Fiji (WLF), Fiji
2. Labour Party of Samoa (LPS),

                                                                  – 1 –
ICOR Oceania – Regional Resolution, March 2021

   Samoa
3. Communist Union of Tonga (CUT), Tonga

____________
1 See the statement of the WLF of 2 February 2021.



Report from the regional meeting of ICOR Oceania

20 March 2021

A week after the resolution, delegates of the ICOR organisations of Oceania met online to
discuss the strike of the dock workers and the tasks of solidarity. They decided to collect
donations for the families of the arrested workers and to send a message to their union.
"""


def test_pdf_page_break_inside_signatories_opens_no_text() -> None:
    docs = list(segment(source(PDF)))
    assert len(docs) == 2
    first, second = docs
    assert "Communist Union of Tonga" in first.text
    assert second.text.startswith("Report from the regional meeting")
    names = {m.name: m.country for m in from_lists(find_lists(first), source=first)}
    assert names.get("Communist Union of Tonga") == "TO"
    assert names.get("Labour Party of Samoa") == "WS"
    # the page's running header is no party of the list
    assert not any("Regional Resolution" in n for n in names)


def test_footnotes_after_rule_leave_text_closed() -> None:
    # without the page break: the footnotes alone must not glue the report to the resolution
    text = PDF.replace(
        "                                                                  – 1 –\n", ""
    ).replace("ICOR Oceania – Regional Resolution, March 2021\n\n   Samoa\n", "   Samoa\n")
    assert len(list(segment(source(text)))) == 2


@pytest.mark.model
def test_disaster_in_relative_clause_is_placed_by_its_verb() -> None:
    found = events(
        "Statement on the floods\n\n"
        "The floods that hit Mozambique in March 2019 killed hundreds of people and destroyed "
        "the harvest of the peasants.\n"
    )
    assert has_event(found, "disaster", "2019-03", "MZ")
