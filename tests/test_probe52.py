"""Probe 52 (which network a text belongs to, in the hard cases): a party's own statement
that only cites a network's declaration, a file's heading over its documents with a note of
where they were published, the rest of a title in lower case over its dateline, a text dated
only by the anniversary it marks "this year", and the war between Iran and Iraq.
Invented names and texts; each test fails on the code before the fix."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import source

from movement_graph.extract import networks
from movement_graph.model import Document, DocumentAnalysis
from movement_graph.segment import segment


def _docs(text: str) -> list[Document]:
    return list(segment(source(text)))


def _network(d: Document) -> tuple[str, ...]:
    mentions = networks.network_mentions(d)
    return networks.attribute(d, mentions, list(networks.conferences(d, mentions)))[0]


PARTY_STATEMENT = (
    "Statement of the Political Bureau of the Workers' Communist League of Mali\n\n"
    "Bamako, 3 March 2025\n\n"
    "The rise of the price of bread has brought thousands of workers into the streets of the "
    "capital, and the government answers them with arrests. Our League stands at their side and "
    "calls on the unions to unite their struggles against the high cost of living.\n\n"
    "{cite}, the crisis of imperialism can only be resolved by the workers and peoples of the "
    "region themselves.\n\n"
    "Political Bureau of the Workers' Communist League of Mali\n"
)


@pytest.mark.parametrize(
    "cite",
    [
        "As the Declaration of the XXX Plenary of the International Conference of Marxist-Leninist "
        "Parties and Organizations (ICMLPO) rightly stated",
        "As stated in the final declaration of the 5th World Conference of the ICOR",
    ],
)
def test_a_party_statement_that_cites_a_network_declaration_is_no_network_s(cite: str) -> None:
    (d,) = _docs(PARTY_STATEMENT.format(cite=cite))
    assert _network(d) == ()


def test_guard_the_network_s_own_declaration_stays_its() -> None:
    text = (
        "Declaration of the XXX Plenary of the International Conference of Marxist-Leninist "
        "Parties and Organizations (ICMLPO)\n\n"
        "The XXX Plenary of the Conference met in October 2025. As the Declaration of the XXIX "
        "Plenary of the ICMLPO stated, the danger of war grows. The Conference calls on the "
        "workers to fight.\n\nICMLPO, October 2025\n"
    )
    (d,) = _docs(text)
    assert _network(d) == ("ICMLPO",)


def test_a_file_s_heading_over_a_publication_note_is_no_title() -> None:
    text = (
        "Documents of the Second International Conference of Marxist-Leninist Parties and Organizations\n\n"
        "[Published in The Red Banner, No. 3, June 1984]\n\n"
        "Resolution on the Famine in Ethiopia\n\n"
        "The Conference denounces the regime that lets the peasants starve while it buys arms, "
        "and calls on the workers of all countries to support the struggle of the oppressed.\n\n"
        "June 1984\n"
    )
    (d,) = _docs(text)
    assert d.title == "Resolution on the Famine in Ethiopia"
    assert d.date == "1984-06"


def test_the_rest_of_a_title_in_lower_case_over_its_dateline() -> None:
    text = (
        "JOINT DECLARATION\n\n"
        "of the Meeting of Marxist-Leninist Parties of Oceania\n\n"
        "Spring 1981\n\n"
        "The parties met to discuss the situation of the working class of the region and "
        "agreed to strengthen their cooperation in the struggle against imperialism.\n"
    )
    (d,) = _docs(text)
    assert d.title == "JOINT DECLARATION of the Meeting of Marxist-Leninist Parties of Oceania"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Cette année, nous célébrons le vingtième anniversaire de la fondation de notre "
            "Ligue, en mars 2005, à Dakar.",
            "2025",
        ),
        ("This year we celebrate the 25th anniversary of the founding of our Union in May 1999.", "2024"),
        ("Heute begehen wir den 40. Jahrestag der Gründung unseres Bundes im Juni 1983.", "2023"),
    ],
)
def test_a_text_dated_by_the_anniversary_it_marks_this_year(sentence: str, date: str) -> None:
    text = (
        "Twenty years of struggle for unity\n\n"
        + sentence
        + " The workers of the whole world need a united organisation.\n\n"
        "The Union calls on the workers of all countries to strengthen their solidarity.\n"
    )
    (d,) = _docs(text)
    assert d.date == date


def test_guard_an_anniversary_of_another_year_dates_no_text() -> None:
    text = (
        "Twenty years of struggle for unity\n\n"
        "In 2015 we celebrated the 10th anniversary of the founding of our Union in May 2005. "
        "The workers of the whole world need a united organisation.\n"
    )
    (d,) = _docs(text)
    assert d.date is None


@pytest.mark.model
def test_the_war_between_iran_and_iraq_is_not_the_iraq_war(
    analyses: Callable[[str], list[DocumentAnalysis]],
) -> None:
    text = (
        "Resolution on the war in the Gulf\n\n"
        "The outbreak of the war between Iraq and Iran in September 1980 shows that the rivalry "
        "of the superpowers drags the peoples into bloody conflicts.\n\nOctober 1980\n"
    )
    keys = {e.key for a in analyses(text) for e in a.events}
    assert "iran-iraq-war" in keys
    assert "iraq-war" not in keys


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        (
            "Der Überfall Russlands auf die Ukraine hat einen imperialistischen Krieg ausgelöst.",
            "russian-invasion-of-ukraine",
        ),
        ("La pandemia de la COVID-19 sirvió a la burguesía para descargar la crisis.", "covid-19-pandemic"),
    ],
)
def test_the_well_known_events_in_the_words_of_other_languages(
    analyses: Callable[[str], list[DocumentAnalysis]], sentence: str, key: str
) -> None:
    text = "Resolution\n\n" + sentence + "\n\nNovember 2022\n"
    assert key in {e.key for a in analyses(text) for e in a.events}


RECALLED = (
    "Twenty Years of Our Movement\n\n"
    "Statement of the Committee of the Movement\n\n"
    "March 2000\n\n"
    "Twenty years ago, in the autumn of 1980, the First International Conference of Marxist-Leninist "
    "Parties and Organizations met and called for the unity of the Marxist-Leninists. We continue "
    "its work in the new conditions of the world.\n"
)


def test_a_numbered_conference_is_of_the_lineage_its_sentence_dates() -> None:
    (d,) = _docs(RECALLED)
    assert d.date == "2000-03"
    assert [m.network for m in networks.network_mentions(d)] == ["RIM"]


@pytest.mark.model
def test_a_meeting_the_text_recalls_adopted_none_of_it(
    analyses: Callable[[str], list[DocumentAnalysis]],
) -> None:
    (a,) = analyses(RECALLED)
    assert [c.label for c in a.conferences] == ["RIM 1st conference (1980)"]
    assert a.adopted_at is None
