"""Probe 33 (events told the many ways real texts do): Russian country names in their
oblique cases ("в Узбекистане", "на Украине"), opening fire in the networks' other
languages, a count of the killed after a date, a country's adjective that keeps "the Greek
referendum" from pointing back to another country's referendum, spans of years and of
months ("1984-85", "mai-juin 1968"), the bombing of a country, coups told by "seized
power" and by an officer's rank, a capital the model took for an organisation, a strike of
the story in a text about one country, a yearless day that is still to come ("le 6 avril
prochain"), a Russian dateline and the networks' Russian names. Invented parties and
towns; each test fails on the code before the probe, the guards excepted (they say so)."""

from __future__ import annotations

import pytest
from helpers import events as _events
from helpers import has_event as _has
from helpers import source

from movement_graph.extract.countries import find_countries
from movement_graph.extract.dates import find_dates, is_date_line

SIGN_EN = "\n\nSigned:\nWorkers' League of Atlantis (WLA)\nRevolutionary Circle of Lemuria (RCL)\n"
SIGN_FR = "\n\nSignataires :\nLigue Ouvrière d'Atlantide (LOA)\nCercle Révolutionnaire de Lémurie (CRL)\n"
SIGN_DE = "\n\nUnterzeichner:\nArbeiterbund Atlantis (ABA)\nRevolutionärer Kreis Lemuria (RKL)\n"
SIGN_RU = "\n\nПодписали:\nРабочий союз Атлантиды (РСА)\nРеволюционный кружок Лемурии (РКЛ)\n"


def test_russian_country_names_in_their_oblique_cases() -> None:
    text = "в Узбекистане, на Украине, из Германии, в Турции, во Франции, в Шри-Ланке, на Филиппинах, в Китае"
    assert [h.iso2 for h in find_countries(text)] == ["UZ", "UA", "DE", "TR", "FR", "LK", "PH", "CN"]


def test_russian_country_cases_keep_other_words_out() -> None:
    """Guard: lower-case words and a demonym's forms are no country."""
    # lower-case words are no names; a name's case forms are a noun's, not a person's
    assert [h.iso2 for h in find_countries("украинец, германии, Украинцев")] == []


@pytest.mark.model
def test_russian_events_placed_by_oblique_country_names() -> None:
    text = (
        "Заявление\n\n1 марта 2022 года\n\n"
        "24 февраля 2022 года началась война на Украине. "
        "13 мая 2005 года войска расстреляли демонстрантов в Узбекистане." + SIGN_RU
    )
    ev = _events(text)
    assert _has(ev, "war", "2022-02-24", "UA"), ev
    assert _has(ev, "attack", "2005-05-13", "UZ"), ev


@pytest.mark.model
def test_opening_fire_on_a_crowd_in_russian_and_french() -> None:
    ru = (
        "Заявление\n\n1 марта 2012 года\n\n16 декабря 2011 года в Казахстане полиция открыла огонь по бастующим рабочим."
        + SIGN_RU
    )
    assert _has(_events(ru), "attack", "2011-12-16", "KZ")
    fr = (
        "Déclaration\n\n1 mars 2012\n\nLe 3 mai 2011, au Sénégal, la police a ouvert le feu sur les grévistes."
        + SIGN_FR
    )
    assert _has(_events(fr), "attack", "2011-05-03", "SN")


@pytest.mark.model
def test_count_of_the_killed_after_a_date() -> None:
    text = (
        "Erklärung\n\n4. April 2021\n\n"
        "Die Reihe der faschistischen Verbrechen reißt nicht ab, und die Polizei ermittelt gegen die Opfer. "
        "In Deutschland erschoss ein Faschist am 12. März 2019 sieben Menschen." + SIGN_DE
    )
    assert _has(_events(text), "attack", "2019-03-12", "DE")


@pytest.mark.model
def test_another_countrys_adjective_does_not_point_back() -> None:
    text = (
        "Referendums\n\n30 June 2016\n\n"
        "On 23 June 2016 the people of the United Kingdom voted in a referendum. "
        "The vote, like the Greek referendum, shows the crisis of the Union." + SIGN_EN
    )
    ev = _events(text)
    assert [e for e in ev if e[0] == "election" and e[2] == "GB"] == [("election", "2016-06-23", "GB")], ev


def test_spans_of_years_and_of_months() -> None:
    assert [d.iso for d in find_dates("the strike of 1984-85 and the war of 1998–2000")] == ["1984", "1998"]
    assert [d.iso for d in find_dates("En mai-juin 1968, May–June 1968")] == ["1968-05", "1968-05"]
    assert [d.iso for d in find_dates("on 2023-02 and 1999-12-01")] == ["1999-12-01"]


@pytest.mark.model
def test_a_strike_dated_by_a_span_of_years() -> None:
    text = (
        "Our tradition\n\n30 June 2016\n\n"
        "The British working class held out for a year in the miners' strike of 1984-85." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "protest", "1984", "GB"), ev
    assert not _has(ev, "protest", "2016", "GB"), ev


@pytest.mark.model
def test_the_bombing_of_a_country() -> None:
    text = (
        "Remember\n\n1 March 2020\n\n"
        "The peoples remember the aerial bombing of Laos, which began on 14 December 1964." + SIGN_EN
    )
    assert _has(_events(text), "attack", "1964-12-14", "LA")


@pytest.mark.model
def test_soldiers_of_the_guard_seized_power_in_a_capital() -> None:
    text = (
        "No to the coup\n\nAugust 2021\n\n"
        "On 5 July 2021, soldiers of the presidential guard seized power in Conakry and "
        "detained President Amadou Diallo." + SIGN_EN
    )
    assert _has(_events(text), "coup", "2021-07-05", "GN")


@pytest.mark.model
def test_an_officer_named_by_his_rank_took_power() -> None:
    text = (
        "Coups in Africa\n\nAugust 2021\n\nIn Mali, Colonel Samba Keita took power on 24 May 2021." + SIGN_EN
    )
    assert _has(_events(text), "coup", "2021-05-24", "ML")


@pytest.mark.model
def test_a_strike_of_the_story_in_a_text_about_one_country() -> None:
    # France named once, and by its capital twice, the Congo once: the strike, told with its
    # day in a paragraph of its own, is France's
    text = (
        "Déclaration : Vive la lutte !\n\nParis, 25 mars 2023\n\n"
        "Depuis le 19 janvier 2023, des millions de travailleurs ont fait grève contre la réforme.\n\n"
        "Le 23 mars, ils ont défilé à Paris et dans toute la France. Nous saluons aussi les "
        "travailleurs du Congo." + SIGN_FR
    )
    assert _has(_events(text), "protest", "2023-01-19", "FR")


@pytest.mark.model
def test_a_yearless_day_still_to_come_is_no_event() -> None:
    text = (
        "Déclaration : Vive la grève en France !\n\nParis, 25 mars 2023\n\n"
        "En France, le gouvernement veut imposer sa réforme.\n\n"
        "Les syndicats appellent à une nouvelle journée de grève le 6 avril prochain." + SIGN_FR
    )
    ev = _events(text)
    assert not any(d is not None and d.startswith(("2022-04", "2023-04")) for _t, d, _c in ev), ev


def test_russian_dateline() -> None:
    assert is_date_line("1 марта 2022 года")
    assert is_date_line("Москва, 7 ноября 2021 года")
    assert not is_date_line("7 ноября 2021 года мы вышли на улицы городов.")


@pytest.mark.model
def test_russian_name_of_the_network() -> None:
    from movement_graph.pipeline import analyse_batch
    from movement_graph.segment import segment

    text = "Заявление ИКОР\n\nПротив войны!\n\n1 марта 2022 года\n\nДолой войну!" + SIGN_RU
    found = analyse_batch(list(segment(source(text))))
    assert [a.networks for a in found] == [("ICOR",)]
    assert found[0].document.date == "2022-03-01"


@pytest.mark.model
def test_a_recalled_disaster_with_no_place_in_a_text_about_one_country() -> None:
    text = (
        "The lessons of the struggle in Peru\n\n15 March 2023\n\n"
        "In 2022 the masses of Peru rose up against the government of Peru.\n\n"
        "The island remembers. The earthquake of 15 August 2007 killed more than 500 people, and the "
        "reconstruction money went to hotels." + SIGN_EN
    )
    assert _has(_events(text), "disaster", "2007-08-15", "PE")


@pytest.mark.model
def test_guard_a_recalled_disaster_after_another_country_is_not_placed() -> None:
    """Guard: the paragraph names another country before it: no place is assumed."""
    text = (
        "The lessons of the struggle in Peru\n\n15 March 2023\n\n"
        "In 2022 the masses of Peru rose up against the government of Peru.\n\n"
        "Chile remembers. The earthquake of 27 February 2010 killed more than 500 people." + SIGN_EN
    )
    assert not _has(_events(text), "disaster", "2010-02-27", "PE")
