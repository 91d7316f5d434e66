"""Probe 28 (events in places and languages the extractor did not know): regions (ISO 3166-2
subdivisions) place an event whose sentence names no country; rail, mine, explosion and
collapse disasters in the networks' other languages, and Russian event words; "N years
ago, on <day>" in a text dated that day marks an anniversary; two disasters, or two
general strikes months apart, of one country and year are two events; "Mauricio" as a
Spanish first name is not Mauritius. Invented parties; each test fails on the code before
the probe (the two guards excepted, which say so)."""

from __future__ import annotations

from helpers import events as _events
from helpers import has_event as _has

from movement_graph.extract.cities import find_regions
from movement_graph.extract.countries import find_countries
from movement_graph.extract.events import _region_as_place
from movement_graph.model import EventMention, Quote
from movement_graph.reference import load_regions
from movement_graph.resolve.events import resolve_events

SIGN_EN = "\n\nSigned:\nWorkers' League of Atlantis (WLA)\nRevolutionary Circle of Lemuria (RCL)\n"


# ---------------------------------------------------------------- regions


def test_regions_table_is_iso_3166_2_without_unsafe_names() -> None:
    names = {r.name: r.iso2 for r in load_regions()}
    assert names["Rakhine"] == ("MM",) and names["Balochistan"] == ("PK",)
    assert names["Punjab"] == ("IN", "PK")  # both: only a text naming one of them places it
    # a country's name ("Georgia", "México"), a city of cities.csv, a frequent word of
    # another language ("Van", "Batman"), directions only ("North-West") are left out
    for unsafe in ("Georgia", "México", "Van", "Batman", "Como", "North-West", "Kosovo"):
        assert unsafe not in names


def test_war_placed_by_its_region() -> None:
    ev = _events(
        "Statement\n\nStop the war!\n\n1 September 2018\n\n"
        "On 25 August 2017 the army unleashed a war in Rakhine that drove the Rohingya from their villages."
        + SIGN_EN
    )
    assert _has(ev, "war", "2017-08-25", "MM")


def test_a_region_only_as_a_place() -> None:
    text = "Ordu yönetime el koydu. Cabo Delgado burns, and the war in Rakhine goes on."
    hits = {h.text: _region_as_place(text, h.start, h.end) for h in find_regions(text)}
    assert hits["Ordu"] is False  # Turkish for "the army", sentence-initial: not the province
    assert hits["Rakhine"] is True
    assert hits["Cabo Delgado"] is True  # a name of several words


# ---------------------------------------------------------------- words of other languages


def test_rail_mine_and_collapse_disasters_in_other_languages() -> None:
    it = _events(
        "Dichiarazione\n\nGiustizia per le vittime!\n\n25 gennaio 2019\n\n"
        "In Italia il disastro ferroviario di Pioltello del 25 gennaio 2018 ha ucciso tre pendolari. "
        "In Italia il crollo del ponte di Albiano dell'8 aprile 2020 non è stato un caso.\n\n"
        "Firmatari:\nCollettivo Operaio di Atlantide (COA)\n",
        "it.txt",
    )
    assert _has(it, "disaster", "2018-01-25", "IT")
    assert _has(it, "disaster", "2020-04-08", "IT")
    tr = _events(
        "Açıklama\n\nUnutmadık!\n\n3 Mart 2022\n\n"
        "Türkiye'de 3 Mart 1992'de Kozlu'daki maden faciasında 263 işçi hayatını kaybetti.\n\n"
        "İmzacılar:\nAtlantis İşçi Birliği (AİB)\n",
        "tr.txt",
    )
    assert _has(tr, "disaster", "1992-03-03", "TR")


def test_russian_protests() -> None:
    ev = _events(
        "Главная / Заявления\n\nЗАЯВЛЕНИЕ\n\n25.10.2019\n\n"
        "В Чили протесты начались 18 октября 2019 года.\n\n"
        "Подписали:\n1. Революционная коммунистическая партия Атлантиды (RKPA), Россия\n",
        "ru.txt",
    )
    assert _has(ev, "protest", "2019-10", "CL")


# ---------------------------------------------------------------- "N years ago, on <day>"


def test_years_ago_on_the_texts_day_is_an_anniversary() -> None:
    ev = _events(
        "Statement\n\nNever again fascism!\n\n12 September 2020\n\n"
        "Forty years ago, on 12 September 1980, the army seized power in Turkey." + SIGN_EN
    )
    assert _has(ev, "coup", "1980-09-12", "TR")
    assert _has(ev, "anniversary", "2020-09-12", "TR")


def test_years_ago_on_another_day_is_no_anniversary() -> None:
    """Guard (passes on the old code too): the text is not dated the day N years on."""
    ev = _events(
        "Statement\n\nNever again fascism!\n\n3 March 2020\n\n"
        "Forty years ago, on 12 September 1980, the army seized power in Turkey." + SIGN_EN
    )
    assert _has(ev, "coup", "1980-09-12", "TR")
    assert not any(t == "anniversary" for t, _d, _c in ev)


# ---------------------------------------------------------------- distinct days, one key


def _m(doc: str, label: str, etype: str, date: str, key: str) -> EventMention:
    return EventMention(doc, Quote(0, 5, "quote"), label, etype, date, "AT", None, key)


def test_two_disasters_or_two_general_strikes_of_a_year_are_two_events() -> None:
    nodes = resolve_events(
        [
            _m("d1", "2014 mine disaster in Atlantis", "disaster", "2014-05-13", "disaster-at-2014-mine"),
            _m("d1", "2014 mine disaster in Atlantis", "disaster", "2014-10-28", "disaster-at-2014-mine"),
            _m("d2", "2018 general strike in Atlantis", "protest", "2018-06-25", "protest-at-2018"),
            _m("d2", "2018 general strike in Atlantis", "protest", "2018-09-25", "protest-at-2018"),
        ]
    )
    assert sorted(str(n.date) for n in nodes if n.type == "disaster") == ["2014-05-13", "2014-10-28"]
    assert sorted(str(n.date) for n in nodes if n.type == "protest") == ["2018-06-25", "2018-09-25"]


def test_protests_of_a_movement_stay_one_event() -> None:
    """Guard (passes on the old code too): a movement's marches, or one strike told with two
    days within a month, are one event."""
    nodes = resolve_events(
        [
            _m("d1", "2023 protests in Atlantis", "protest", "2023-01-19", "protest-at-2023"),
            _m("d1", "2023 general strike in Atlantis", "protest", "2023-03-07", "protest-at-2023"),
            _m("d2", "2019 general strike in Atlantis", "protest", "2019-08-03", "protest-at-2019"),
            _m("d2", "2019 general strike in Atlantis", "protest", "2019-08-12", "protest-at-2019"),
        ]
    )
    assert len(nodes) == 2


# ---------------------------------------------------------------- a first name


def test_mauricio_as_a_first_name_is_not_mauritius() -> None:
    assert not [h for h in find_countries("el gobierno de Mauricio Macri") if h.iso2 == "MU"]
    assert [h.iso2 for h in find_countries("Partido Obrero (PO) – Mauricio\n")] == ["MU"]


# ---------------------------------------------------------------- riots, backers, lists of dated events


def test_riots_in_other_languages_are_protests() -> None:
    ev = _events(
        "Déclaration\n\nSolidarité avec la jeunesse !\n\n1er juillet 2024\n\n"
        "Depuis le 25 juin 2024, les émeutes au Kenya contre la loi de finances sont réprimées dans le sang.\n\n"
        "Signataires :\nParti Communiste Ouvrier d'Atlantide (PCOA) – France\n",
        "fr.txt",
    )
    assert _has(ev, "protest", "2024-06", "KE")


def test_a_backer_is_not_where_the_coup_took_place() -> None:
    ev = _events(
        "Statement\n\nNo to the dictatorship!\n\n1 April 2014\n\n"
        "On 1 April 1964 the generals overthrew the elected government with the support of the United States."
        + SIGN_EN
    )
    assert not any(t == "coup" and c == "US" for t, _d, c in ev)


def test_a_date_closing_the_phrase_of_the_event_before_is_not_the_next_ones() -> None:
    ev = _events(
        "Dichiarazione\n\nGiustizia per le vittime!\n\n1 maggio 2023\n\n"
        "In Italia il disastro ferroviario di Pioltello del 25 gennaio 2018, il crollo del ponte di Albiano "
        "l'8 aprile 2020 e l'alluvione nelle Marche del 15 settembre 2022 hanno la stessa causa.\n\n"
        "Firmatari:\nCollettivo Operaio di Atlantide (COA)\n",
        "it.txt",
    )
    assert _has(ev, "disaster", "2020-04-08", "IT")
    assert _has(ev, "disaster", "2022-09-15", "IT")
    assert _has(ev, "disaster", "2018-01-25", "IT")
