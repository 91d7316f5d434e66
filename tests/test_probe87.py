"""Defects of the crises probe (probe 87: statements of both networks on crises of 2011–2025
as their sites publish them): a site's section heading over the texts it lists ("CIPOML /
ICMLPO – Statements 2023") was read into the first title and gave no network to the texts
under it; a bare month told in the past ("the riots of February" in a text of December) took
the year after the text's; "since last December" in a text of December was that December;
"On the same day" under a text whose dateline stands below it found no day; an explosion or
a fire at a port or a mine told by its verb ("exploded in the port of …", "a fire broke out
in the coal mine of …"), a ruler overthrown by name ("overthrew al-Bashir") and a seat of
power "stormed and ransacked" were no events. Invented parties and texts; real countries.
Each test fails on the code before the fix."""

from __future__ import annotations

import pytest
from helpers import has_labelled, labelled_events, source, statement_en

from movement_graph.extract.networks import from_context
from movement_graph.segment import _network_section, is_navigation, segment

PROSE = (
    "The workers of the mines have struck for three weeks against the closure of the shafts, "
    "and the government has answered them with the police and with the courts of the state. "
) * 3


def test_a_sites_section_heading_gives_its_network_to_every_text_under_it():
    text = (
        "CIPOML / ICMLPO – Statements 2023\n\n"
        "The miners of Ara will win!\n\n"
        + PROSE
        + "\n\nSigned: League of Bel (LB), Mali\n\n12 March 2023\n\n"
        "Down with the junta!\n\n" + PROSE + "\n\nSigned: League of Bel (LB), Mali\n\n19 March 2023\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == ["The miners of Ara will win!", "Down with the junta!"]
    assert [from_context(d)[0] for d in docs] == [("ICMLPO",), ("ICMLPO",)]


def test_a_section_heading_is_a_networks_and_page_furniture():
    assert _network_section("ICOR | Resoluciones 2021") and is_navigation("ICOR | Resoluciones 2021")
    assert not _network_section("Red Dawn – Statements 2023")
    assert not is_navigation("Solidarity with the miners – our statement")


@pytest.mark.model
def test_a_bare_month_told_in_the_past_is_the_one_before_the_text():
    body = (
        "The government of India rammed the laws through Parliament. Its opponents were beaten "
        "and killed in the riots of February in Delhi. Since last December the government has "
        "pressed ahead with the Citizenship Amendment Act.\n\n"
    )
    found = labelled_events(statement_en("Solidarity with the peasants", "December 2020", body))
    assert has_labelled(found, "protest", "2020-02", "IN"), found
    assert any(t == "law" and d == "2019-12" for t, _label, d, _c in found), found


@pytest.mark.model
def test_the_same_day_above_a_dateline_under_the_text():
    text = (
        "Joint Statement\n\nLong live the struggle of the peasants of India!\n\n"
        "The peasants of India are camping at the borders of the capital. Their march, which set "
        "out on 26 November, was met with tear gas. On the same day millions of workers took "
        "part in the general strike called by the trade unions.\n\n" + PROSE + "\n\nDecember 2020\n\n"
        "League of Bel – Mali\nWorkers' Union of Ara – Chad\nCommunist Party of Cor – Peru\n"
        "Revolutionary Organisation of Dal – Mexico\n"
    )
    assert has_labelled(labelled_events(text), "protest", "2020-11-26", "IN")


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "date", "country"),
    [
        ("On 4 August tonnes of fertiliser exploded in the port of Beirut.", "2020-08-04", "LB"),
        (
            "On 13 May a fire broke out in the coal mine of Ara in Turkey and 90 miners died.",
            "2020-05-13",
            "TR",
        ),
    ],
)
def test_an_explosion_or_fire_at_a_site_told_by_its_verb(body, date, country):
    assert has_labelled(
        labelled_events(statement_en("Solidarity!", "20 August 2020", body)), "disaster", date, country
    )


@pytest.mark.model
def test_a_bomb_that_exploded_in_a_market_is_no_disaster():
    found = labelled_events(
        statement_en("No!", "20 August 2020", "On 3 May a bomb exploded in the market of Kabul.")
    )
    assert not any(t == "disaster" for t, *_ in found), found


@pytest.mark.model
@pytest.mark.parametrize("ruler", ["al-Bashir", "Omar al-Bashir"])
def test_a_ruler_overthrown_by_name(ruler):
    body = f"In Sudan the masses overthrew {ruler} in April 2019."
    found = labelled_events(statement_en("Solidarity!", "20 August 2019", body))
    assert has_labelled(found, "crisis", "2019-04", "SD"), found


@pytest.mark.model
def test_a_seat_of_power_stormed_and_ransacked():
    body = (
        "On Sunday, 8 January, thousands of supporters of the former president stormed and "
        "ransacked the National Congress, the Supreme Court and the Palace in Brasília."
    )
    found = labelled_events(statement_en("Punish the putschists!", "12 January 2023", body))
    assert has_labelled(found, "attack", "2023-01-08", "BR"), found


@pytest.mark.model
def test_a_ruler_the_army_overthrew_stays_a_coup():
    body = "In Sudan the army overthrew al-Bashir on 11 April 2019."
    found = labelled_events(statement_en("Solidarity!", "20 August 2019", body))
    assert has_labelled(found, "coup", "2019-04-11", "SD") and not any(t == "crisis" for t, *_ in found), (
        found
    )


def test_a_kind_line_under_a_section_heading_is_no_papers_masthead():
    text = "ICOR – Resolutions\n\nResolution of ICOR\nOctober 20, 2023\n\nStop the war!\n\n" + PROSE + "\n"
    (d,) = segment(source(text))
    assert d.title == "Stop the war!" and d.kind != "article" and from_context(d)[0] == ("ICOR",)
