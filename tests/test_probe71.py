"""Defects of the English-speaking world probe (probe 71): an election that another act
aimed at ("stormed the building on <day> to overturn the election") took that act's date;
a seat of power stormed by a mob was no event; a protest placed by "<town>, <state>" went
to the document's country (a region after a place and its comma was never read, and most
US states were left out of the regions as frequent words); a referendum before a semicolon
was lost to a verb of wanting past it; a strike "that lasted until <month>" was dated by
its end; thirteen marchers shot dead, a named "General Strike", a fire that "engulfed" a
block, an attack by hijacked planes, a flood that "struck <region>" and a people that "rose
against" were no events; a blog's "Like this:" row kept a closing list of signatories from
being one; a reprint note between the title and the text's dateline gave the post's day.
Invented parties, towns and texts; real countries. Each test fails on the code before the
fix."""

from __future__ import annotations

import pytest
from helpers import labelled_events, list_names, statement_en, titles_and_dates

from movement_graph.extract.events import _region_as_place

pytestmark = pytest.mark.model


def _found(body: str) -> list[tuple[str, str, str | None, str | None]]:
    return labelled_events(statement_en("A statement on the situation", "Paris, 3 March 2023", body))


def test_an_election_another_act_aims_at_takes_not_its_date() -> None:
    body = (
        "On March 3, 2022, a crowd of supporters of the governor stormed the Parliament of Kenya "
        "in Nairobi to prevent the deputies from certifying the election of the new president."
    )
    found = _found(body)
    assert not any(t == "election" for t, *_ in found)
    assert ("attack", "2022 storming in Kenya", "2022-03-03", "KE") in found


def test_an_election_voted_in_keeps_its_clause_date() -> None:
    body = "On 20 May 2018 millions went to the polls in Venezuela to vote in the presidential election."
    assert ("election", "2018 presidential election in Venezuela", "2018-05-20", "VE") in _found(body)


def test_a_town_and_its_state_after_a_comma_place_a_protest() -> None:
    assert _region_as_place("in Oakwood, Missouri, on", 14, 22)
    body = (
        "Police killed a young worker in Oakwood, Missouri, on 3 May 2019, and the rebellion that "
        "followed was met with tear gas.\n\nIn Britain, the miners struck for higher wages."
    )
    found = _found(body)
    assert any(t == "protest" and c == "US" and d == "2019-05-03" for t, _l, d, c in found)
    assert not any(t == "protest" and c == "GB" and d and d.startswith("2019") for t, _l, d, c in found)


def test_a_referendum_before_a_semicolon_is_read() -> None:
    body = (
        "In Italy the right has grown since the referendum of 2016; in Austria the fascists organise openly."
    )
    assert ("election", "2016 referendum in Italy", "2016", "IT") in _found(body)


def test_a_strike_that_lasted_until_a_month_began_before() -> None:
    body = (
        "In Wales, in June 1973, the dockers walked out against the closures, and the long strike "
        "lasted a full year until June 1974, defying the police."
    )
    found = _found(body)
    assert any(t == "protest" and d == "1973-06" and c == "GB" for t, _l, d, c in found)
    assert not any(t == "protest" and d and d.startswith("1974") for t, _l, d, c in found)


@pytest.mark.parametrize(
    ("body", "etype", "date", "country"),
    [
        (
            "On 4 April 1968, paratroopers shot dead eleven unarmed young marchers in Algiers.",
            "attack",
            "1968-04-04",
            "DZ",
        ),
        (
            "On 2 March 1985, terrorists flew hijacked airliners into two towers in Karachi.",
            "attack",
            "1985-03-02",
            "PK",
        ),
        (
            "In Canada, on 3 March 2009, nine people died when fire engulfed a council block in Montreal.",
            "disaster",
            "2009-03-03",
            "CA",
        ),
        (
            "The conference recalled the floods that struck Queensland in March 2011 in their thousands.",
            "disaster",
            "2011-03",
            "AU",
        ),
        ("In 1983 the people of Chile rose against the dictatorship.", "protest", "1983", "CL"),
    ],
)
def test_events_told_in_english_prose(body: str, etype: str, date: str, country: str) -> None:
    found = _found(body)
    assert any(t == etype and d == date and c == country for t, _l, d, c in found), found


def test_a_general_strike_named_as_a_proper_name() -> None:
    body = "In Canada, in 1946, the Hamilton General Strike brought out thousands of steelworkers."
    assert any(t == "protest" and d == "1946" and c == "CA" for t, _l, d, c in _found(body))


def test_a_currency_that_rose_against_another_is_no_uprising() -> None:
    assert not any(
        t == "protest" for t, *_ in _found("In Britain in 2016 the pound rose against the dollar.")
    )


BLOG = (
    "Red Banner Blog\n"
    "Home | About | Archive | Contact\n\n"
    "Posted on June 3, 2019 by editor | 2 Comments\n\n"
    "Joint Statement: Solidarity With the Dockers of Liverpool!\n\n"
    "We reprint below the joint statement of two organisations on the dock strike.\n\n"
    "Liverpool, 1st June 2019\n\n"
    "The dockers of Liverpool have been on strike for three weeks against the closure of the "
    "port. We salute their struggle and call on all workers to support them with donations "
    "and solidarity actions. Victory to the dockers!\n\n"
    "Red Dawn Workers' Party (RDWP)\n"
    "League of Toilers of Ireland (LTI)\n"
    "Workers' Socialist Movement (Scotland)\n\n"
    "Share this:\n"
    "Twitter | Facebook | Email | Print\n\n"
    "Like this:\n"
    "Like Loading...\n"
)


def test_a_blogs_like_row_does_not_hide_the_signatories() -> None:
    names = list_names(BLOG.split("\n\n", 2)[2])
    assert ("Workers' Socialist Movement", "signatory", "GB") in names
    assert ("Red Dawn Workers' Party", "signatory", None) in names


def test_a_reprint_note_does_not_hide_the_texts_dateline() -> None:
    ((title, date),) = titles_and_dates(BLOG)
    assert title == "Joint Statement: Solidarity With the Dockers of Liverpool!"
    assert date == "2019-06-01"


def test_a_papers_name_and_tagline_over_the_title_are_its_masthead() -> None:
    text = (
        "Red Star Weekly\n\n"
        "Paper of the Communist League of Wales\n\n"
        "Report: The Dockers Win Their Strike\n\n"
        "Cardiff, 12th March 2019\n\n"
        "The dockers of the port have won their strike after three weeks. We salute their "
        "struggle and call on all workers to follow their example in every port of the country.\n"
    )
    assert titles_and_dates(text) == [("Report: The Dockers Win Their Strike", "2019-03-12")]
