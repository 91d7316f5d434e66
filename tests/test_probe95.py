"""Probe 95: statements on the events of 2024–2025, on texts written for these tests
(invented parties, invented places where a place is not what is tested)."""

from __future__ import annotations

import pytest
from helpers import has_labelled, labelled_events, source, statement_en

from movement_graph.ingest import markdown_to_text
from movement_graph.nlp.candidates import sentences
from movement_graph.segment import classify, segment

# two statements of a Markdown page, the first signed under country headings, one party each
PAGE = """# Statements

## The workers of Atlantis defeated the emergency decree

*16 March 2031*

On the night of 3 March the government of Atlantis declared a state of emergency and sent
soldiers to the parliament. Within hours tens of thousands of people surrounded the
building and the deputies lifted the decree. The unions called a general strike until the
government resigned, and the workers answered in every town of the country.

Signed by:

Chile
Workers' League of Chile (WLC)

Japan
Revolutionary Circle of Japan (RCJ)

## One year after the storming of parliament: the youth will not be silenced!

*25 June 2032*

A year ago today the youth stormed the parliament against the budget dictated by the
banks. The police shot dead dozens of young people in those weeks. Today, on the
anniversary, tens of thousands are again marching in every city, and again the police
are shooting at them.

Signatories:
Workers' League of Chile (WLC)
Revolutionary Circle of Japan (RCJ)
"""


def test_country_heading_over_one_party_is_a_list() -> None:
    assert classify(["Japan", "Revolutionary Circle of Japan (RCJ)"]) == "list"
    assert classify(["Chile", "Workers' League of Chile (WLC)"]) == "list"
    # a country's name over a sentence is no list
    assert classify(["Chile", "The strike goes on in every town."]) != "list"


def test_statements_signed_under_country_headings_are_split() -> None:
    docs = list(segment(source(markdown_to_text(PAGE), "page.md")))
    assert [d.title for d in docs] == [
        "The workers of Atlantis defeated the emergency decree",
        "One year after the storming of parliament: the youth will not be silenced!",
    ]


def test_initials_end_no_sentence() -> None:
    text = "Then Prime Minister K. P. Arlo resigned. The end came."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Then Prime Minister K. P. Arlo resigned. ",
        "The end came.",
    ]
    # a numeral "I" still ends one
    text = "It was World War I. Then peace came."
    assert [text[s:e] for s, e in sentences(text)] == ["It was World War I. ", "Then peace came."]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "etype", "date", "country"),
    [
        # a structure's collapse told by its verb, the structure the verb's subject past a
        # participle ("renovated")
        (
            "In Peru, on 3 May 2031, the concrete canopy of the newly renovated bus station "
            "collapsed and killed twelve people.",
            "disaster",
            "2031-05-03",
            "PE",
        ),
        (
            "The collapse of the roof of the market hall in Ghana on 7 June 2031 killed nine traders.",
            "disaster",
            "2031-06-07",
            "GH",
        ),
        # the fall of a ruler named by the model as a person
        (
            "In Chad, the fall of John Okello on 8 December 2031 ended thirty years of dictatorship.",
            "crisis",
            "2031-12-08",
            "TD",
        ),
        # a resignation told by the verb after the office and the name, the name with initials
        (
            "On 9 September 2031 the demonstrators in Nepal set fire to the parliament and Prime "
            "Minister K. P. Arlo Venn resigned.",
            "crisis",
            "2031-09-09",
            "NP",
        ),
        (
            "On 28 January 2031 Prime Minister Tomas Arvel resigned in Serbia.",
            "crisis",
            "2031-01-28",
            "RS",
        ),
        # a protest told as being on the streets
        (
            "Since 8 September 2031 the youth of Nepal have been on the streets against the ban on social media.",
            "protest",
            "2031-09-08",
            "NP",
        ),
    ],
)
def test_events_told_by_verbs(body: str, etype: str, date: str, country: str) -> None:
    found = labelled_events(statement_en("Statement", "20 December 2031", body + "\n\n"))
    assert has_labelled(found, etype, date, country), found


@pytest.mark.model
def test_fall_of_a_place_is_no_ruler_fall() -> None:
    found = labelled_events(
        statement_en(
            "Statement",
            "20 December 2031",
            "In Vietnam, the fall of Saigon on 30 April 1975 ended the war.\n\n",
        )
    )
    assert not any(t == "crisis" and "Saigon" in label for t, label, _d, _c in found), found


@pytest.mark.model
def test_being_on_the_streets_for_leaflets_is_no_protest_without_date() -> None:
    found = labelled_events(
        statement_en(
            "Statement", "20 December 2031", "Our comrades were on the streets handing out leaflets.\n\n"
        )
    )
    assert not any(t == "protest" for t, *_ in found), found


def test_paper_banner_with_quoted_name_is_no_title() -> None:
    text = (
        "Workers' League of Ara (WLA) – Central organ «Red Dawn»\n\nInternational\n\n"
        "Joint declaration: the flood was no natural disaster\n\n10 November 2031\n\n"
        "On 29 October 2031 the floods in the region killed more than two hundred people, and the "
        "authorities sent the alert only when the water was already in the houses. The workers "
        "were forced to stay at their posts while the water rose in the streets of the towns.\n"
        "\nSigned:\nWorkers' League of Ara (WLA)\nRevolutionary Circle of Lemuria (RCL)\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == ["Joint declaration: the flood was no natural disaster"]


@pytest.mark.model
def test_war_of_states_against_a_country_is_in_that_country() -> None:
    found = labelled_events(
        statement_en(
            "Statement",
            "25 June 2031",
            "We condemn the war of Israel and the USA against Iran, which began on 13 June.\n\n",
        )
    )
    wars = [(d, c) for t, _label, d, c in found if t == "war"]
    assert wars == [("2031-06-13", "IR")], found


@pytest.mark.model
def test_day_before_a_month_the_model_tags_alone() -> None:
    found = labelled_events(
        statement_en(
            "Statement",
            "16 December 2031",
            "On the night of 3 December, the president declared martial law in South Korea.\n\n",
        )
    )
    assert has_labelled(found, "crisis", "2031-12-03", "KR"), found


@pytest.mark.model
def test_country_fled_to_in_turkish_dative_does_not_place_the_uprising() -> None:
    text = (
        "Açıklama\n\nBaşlık\n\n5 Ağustos 2031\n\n"
        "Bir yıl önce, 5 Ağustos 2030'da, Bangladeş'te öğrencilerin ve işçilerin ayaklanması "
        "Şeyh Arda'yı istifaya ve Hindistan'a kaçmaya zorladı.\n\n"
        "İmzacılar:\nAtlantis İşçi Birliği (AİB)\nLemurya Devrimci Çevresi (LDÇ)\n"
    )
    found = labelled_events(text)
    assert has_labelled(found, "protest", "2030-08-05", "BD"), found
    assert not any(c == "IN" for *_rest, c in found), found


@pytest.mark.model
def test_collapse_on_a_gazetteer_disasters_day_is_that_disaster() -> None:
    # the gazetteer's building collapse of 24 April 2013 in Bangladesh, told by the verb
    found = labelled_events(
        statement_en(
            "Statement",
            "24 April 2031",
            "On 24 April 2013 the eight-storey building in Savar near Dhaka collapsed and buried "
            "the garment workers.\n\n",
        )
    )
    disasters = [label for t, label, _d, _c in found if t == "disaster"]
    assert disasters == ["Rana Plaza collapse"], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "etype", "date", "country"),
    [
        # an impeachment of a person the text calls president elsewhere, by one of his names
        (
            "On the night of 3 December, President Arno Velt declared martial law in South Korea. "
            "In South Korea, on 14 December, the National Assembly impeached Arno, while hundreds "
            "of thousands celebrated.",
            "crisis",
            "2031-12-14",
            "KR",
        ),
        # a protest told by "began to protest"
        (
            "The youth of Madagascar began to protest on 25 September against the cuts of water.",
            "protest",
            "2031-09-25",
            "MG",
        ),
        # a resignation told by "had to resign"
        (
            "In Serbia, Prime Minister Tomas Arvel had to resign on 28 January.",
            "crisis",
            "2031-01-28",
            "RS",
        ),
    ],
)
def test_events_told_by_more_verbs(body: str, etype: str, date: str, country: str) -> None:
    found = labelled_events(statement_en("Statement", "20 December 2031", body + "\n\n"))
    assert has_labelled(found, etype, date, country), found
