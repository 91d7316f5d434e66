"""Defects of the former Soviet space and East Asia probe (probe 76): a network's Russian or
Ukrainian name in another case than the nominative ("участник Международной конференции …",
"член Міжнародної координації …") and the Russian acronym МКМЛПО named no network; a party's
Russian letterhead over "Заявление" was taken for the title (a Russian name capitalises its
first word only, and "организация", "лига", "движение" headed no name) and hid the dateline;
a Ukrainian country's name in another case ("у Білорусі", "Казахстану") and the Cyrillic
names of the capitals of the former Soviet Union ("в Бишкеке", "жителей Киева") placed
nothing; a bilingual dateline ("1 марта 2022 г. / 1 March 2022") was no dateline; Ukrainian
elections and wars, a Russian or Ukrainian uprising, and a disaster named by its place's
adjective ("Чернобыльская катастрофа") were no events; "the X nuclear disaster" was none,
and "the X massacre", named by the place its story told before, was left undated.
Invented parties, towns and texts; real countries. Each test fails on the code before the
fix."""

from __future__ import annotations

import pytest
from helpers import labelled_events, statement_en, titles_and_dates

from movement_graph.extract.cities import find_cities
from movement_graph.extract.dates import is_date_line
from movement_graph.extract.events import country_hits
from movement_graph.extract.networks import pattern_hits


def test_a_network_named_in_another_case_of_russian_or_ukrainian() -> None:
    ru = "Лига, участник Международной конференции марксистско-ленинских партий и организаций (МКМЛПО), заявляет"
    assert {(k, w) for _s, _e, k, w in pattern_hits(ru)} == {("ICMLPO", "name"), ("ICMLPO", "acronym")}
    uk = "Ліга є членом Міжнародної координації революційних партій і організацій з 2012 року."
    assert {k for _s, _e, k, _w in pattern_hits(uk)} == {"ICOR"}
    assert not pattern_hits("Международная конференция профсоюзов")


def test_a_russian_letterhead_over_its_kind_is_no_title() -> None:
    text = (
        "Рабочая лига Руритании (РЛР)\nЗаявление\n\nДолой войну!\n\nБишкек, 3 марта 2021 г.\n\n"
        "Рабочие нашей страны выступают против войны и против роста цен. Мы призываем к "
        "единству всех трудящихся.\n\nЦентральный совет РЛР\n"
    )
    assert titles_and_dates(text) == [("Долой войну!", "2021-03-03")]


def test_ukrainian_cases_of_countries_and_cyrillic_cities() -> None:
    found = {(h.text, h.iso2) for h in country_hits("у Білорусі, в Україні, до Казахстану, з Вірменії")}
    assert found == {("Білорусі", "BY"), ("Україні", "UA"), ("Казахстану", "KZ"), ("Вірменії", "AM")}
    cities = {(h.text, h.codes) for h in find_cities("жителей Киева, в Бишкеке, у Мінську, Москва")}
    assert cities == {("Киева", ("UA",)), ("Бишкеке", ("KG",)), ("Мінську", ("BY",)), ("Москва", ("RU",))}


def test_a_bilingual_dateline() -> None:
    assert is_date_line("1 марта 2022 г. / 1 March 2022")
    assert not is_date_line("1 марта 2022 г. / 5 March 2022")


@pytest.mark.model
def test_ukrainian_and_russian_event_words() -> None:
    text = (
        "Ліга Руритании\nЗаява\n\nГеть війну!\n\nКиїв, 5 травня 2021 року\n\n"
        "Після фальсифікованих виборів у Киргизстані 4 жовтня 2020 року почалися протести. "
        "3 березня 2015 року на шахті під Донецьком вибухнув метан. Донецька катастрофа забрала "
        "життя тридцяти гірників.\n\nЛіга Руритании (ЛР)\n"
    )
    found = labelled_events(text)
    assert any(t == "election" and d == "2020-10-04" and c == "KG" for t, _l, d, c in found)
    assert any(t == "disaster" and d == "2015-03-03" and c == "UA" for t, _l, d, c in found)
    ru = (
        "Лига Руритании\nЗаявление\n\nДолой диктатуру!\n\nМосква, 5 мая 2021 г.\n\n"
        "В марте 2019 года народное восстание в Казахстане потрясло режим.\n\nЛига Руритании (ЛР)\n"
    )
    assert any(
        t == "protest" and (d or "").startswith("2019") and c == "KZ" for t, _l, d, c in labelled_events(ru)
    )


@pytest.mark.model
def test_a_named_disaster_with_its_kind_and_a_massacre_named_by_its_story() -> None:
    body = (
        "We remember the Kursk nuclear disaster of 2 May 1999 in Russia.\n\n"
        "On 12 March 1978 the army crushed the students and workers who had occupied Unity Square "
        "in Accra. The Unity massacre marked the consolidation of military rule in Ghana."
    )
    found = labelled_events(statement_en("A statement on our history", "Paris, 3 March 2023", body))
    assert any(t == "disaster" and d == "1999-05-02" and c == "RU" for t, _l, d, c in found)
    assert any(t == "attack" and d == "1978-03-12" and c == "GH" for t, _l, d, c in found)


@pytest.mark.model
def test_a_site_banner_naming_the_network_holds_for_each_text_of_the_file() -> None:
    from helpers import source

    from movement_graph.pipeline import analyse_batch
    from movement_graph.segment import segment

    text = (
        "ICOR — International Coordination of Revolutionary Parties and Organizations\n"
        "Documents of the member organisations: Ghana\n\n"
        "=====================================================================\n\n"
        "Solidarity with the miners!\n\nAccra, 3 March 2021\n\n"
        "The miners of the north have been on strike for three weeks against the closure of the "
        "pits, and the police have arrested their leaders. We stand with them.\n\n"
        "The mine owners want to break the union and to cut wages. The whole working class must "
        "answer them.\n\nWorkers League of Ghana (WLG),\nmember of ICOR\n\n"
        "=====================================================================\n\n"
        "Statement of the WLG on the price rises\n\nAccra, 9 April 2021\n\n"
        "The government has doubled the price of bread and fuel. The workers and the poor of the "
        "towns will answer with their own organisation and their own demands.\n\n"
        "We call on all the trade unions, the students and the peasants of the country to join "
        "the protests against the price rises and against the policy of the government.\n\n"
        "Workers League of Ghana (WLG)\n"
    )
    nets = [a.networks for a in analyse_batch(list(segment(source(text))))]
    assert nets == [("ICOR",), ("ICOR",)]


def test_the_kind_of_text_in_a_letterhead_signs_nothing() -> None:
    from helpers import source

    from movement_graph.extract.document import list_entries
    from movement_graph.segment import segment

    text = (
        "Workers League of Ghana (WLG)\nStatement of the Central Committee — English translation\n\n"
        "Forty years since the miners' strike!\n\nAccra, May 18, 2020\n\n"
        "Forty years ago the miners of the north struck for their wages and their union, and the "
        "army fired on them. We remember them today.\n\nCentral Committee of the WLG\n"
    )
    names = [e.quote.text for d in segment(source(text)) for e in list_entries(d)]
    assert not any(n.startswith("Statement") for n in names)
