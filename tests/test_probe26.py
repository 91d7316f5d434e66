"""Probe 26: forms of held-out texts not tried before: Roman-numeral months, a post's meta
line with its date, plain-text and Markdown tables of signatories, a statement in Russian.
Every party below is invented."""

from __future__ import annotations

from helpers import list_names as names
from helpers import source

from movement_graph.extract.countries import is_country
from movement_graph.extract.dates import find_dates, is_date_line, parse_date
from movement_graph.extract.roles import Role, role_of
from movement_graph.ingest import markdown_to_text, plain_tables
from movement_graph.segment import classify, is_navigation, segment


def test_roman_numeral_months():
    assert [d.iso for d in find_dates("Published: 30.VII.2021")] == ["2021-07-30"]
    assert parse_date("7. XI. 2017") == "2017-11-07"
    assert parse_date("Beograd, 1-V-2019") == "2019-05-01"
    assert is_date_line("7. XI. 2017")
    # a bare space on either side is no date's separator: a chapter, a page
    assert parse_date("Chapter 3 IV 2019") == "2019"


def test_meta_line_with_date_and_tag_is_a_dateline():
    assert is_date_line("By our international correspondent · 24.11.2019 · ICMLPO")
    assert not is_date_line("We met on 12 March 2021 | ICOR")


def test_a_post_meta_line_dates_the_article_and_stays_out_of_its_title():
    text = (
        "Red Parties Meet in Lima\n\nBy our correspondent · 24.11.2019 · ICMLPO\n\n"
        "The Plenary of the parties met in Lima this week and adopted a declaration.\n"
    )
    (d,) = segment(source(text))
    assert d.title == "Red Parties Meet in Lima"
    assert d.date == "2019-11-24"


def test_plain_text_table_bars_become_tabs():
    text = "Country | Party\n--------+------\nPeru    | Red Party\n\nHome | News | Archive"
    out = plain_tables(text)
    assert len(out) == len(text)
    assert out.split("\n") == [
        "Country \t Party",
        " " * 15,
        "Peru    \t Red Party",
        "",
        "Home | News | Archive",
    ]
    # a rule of dashes alone separates texts: no table
    assert plain_tables("A | B\n-----\nC | D") == "A | B\n-----\nC | D"


def test_plain_text_table_of_signatories():
    text = plain_tables(
        "Signed by:\n\n"
        "Country   | Organisation                 | Acronym\n"
        "----------+------------------------------+--------\n"
        "Peru      | Liga Obrera del Rímac        | LOR\n"
        "Chad      | Parti des Travailleurs du Logone | PTL\n"
    )
    got = names(text)
    assert [(n, r, c) for n, r, c in got] == [
        ("Liga Obrera del Rímac", "signatory", "PE"),
        ("Parti des Travailleurs du Logone", "signatory", "TD"),
    ]


def test_table_header_row_starting_with_a_number_sign_is_a_heading():
    assert classify(["# \t Organisation \t Acronym \t Country"]) == "heading"


def test_markdown_table_under_its_heading_signs():
    md = (
        "# Archive / 2019\n\n## Resolution: Solidarity with the flood victims\n\n"
        "The parties below salute the workers who organise the relief themselves.\n\n"
        "### Signatories\n\n"
        "| # | Organisation | Acronym | Country |\n"
        "|---|--------------|---------|---------|\n"
        "| 1 | Liga Obrera del Rímac | LOR | Peru |\n"
        "| 2 | Parti des Travailleurs du Logone | PTL | Chad |\n"
        "\n---\n*Related pages:* [[Archive 2019]]\n"
    )
    (d,) = segment(source(markdown_to_text(md), "t.md"))
    got = names(d.text, d.start)
    assert {(n, r) for n, r, _ in got} == {
        ("Liga Obrera del Rímac", "signatory"),
        ("Parti des Travailleurs du Logone", "signatory"),
    }


def test_russian_reference_words():
    assert parse_date("24 февраля 2022 года") == "2022-02-24"
    assert is_country("Германия").iso2 == "DE"
    assert is_country("Грузия").iso2 == "GE"
    assert role_of("Подписали:") is Role.SIGNATORY
    assert is_navigation("Главная / Заявления / 2023")
    assert is_navigation("Поделиться: VK · Telegram")


def test_russian_statement_kind_date_and_signatories():
    text = (
        "Главная / Заявления / 2023\n\nЗАЯВЛЕНИЕ\nНет войне!\n\n24.02.2023\n\n"
        "Рабочие всех стран выступают против войны, которую ведут империалисты.\n\n"
        "Подписали:\n\n"
        "1. Союз рабочих Приморья (Workers' Union of Primorye), Россия\n"
        "2. Liga Obrera del Rímac (LOR), Перу\n"
    )
    (d,) = segment(source(text))
    assert d.kind == "statement" and d.date == "2023-02-24"
    got = names(d.text)
    assert [(r, c) for _, r, c in got] == [("signatory", "RU"), ("signatory", "PE")]
