"""Event extraction and resolution, on sentences written for these tests."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from movement_graph.extract.events import (
    EventRules,
    load_historical_events,
    ordinal_value,
    resolve_month,
    shift_years,
)
from movement_graph.model import Document, EventMention, Quote
from movement_graph.resolve.events import resolve_events

# a small stand-in for the shared country tables: name or demonym -> ISO code
_COUNTRIES = {
    "Honduras": "HN",
    "Honduran": "HN",
    "Venezuela": "VE",
    "Venezuelan": "VE",
    "Bolivia": "BO",
    "Bolivian": "BO",
    "Iran": "IR",
    "Iranian": "IR",
    "Peru": "PE",
    "Peruvian": "PE",
    "Chile": "CL",
    "Chilean": "CL",
    "Soviet Union": "RU",
    "USSR": "RU",
    "Germany": "DE",
    "Ecuador": "EC",
    "Nepal": "NP",
    "Brazil": "BR",
    "Brazilian": "BR",
    "Guatemala": "GT",
    "Turkey": "TR",
    "Turkish": "TR",
    "Myanmar": "MM",
    "Burmese": "MM",
    "Salvador": "SV",  # as the shared tables have it: an alias of El Salvador
    "German": "DE",
    "Russian": "RU",
    "Ukraine": "UA",
    "Yugoslavia": "YU",
    "Argentina": "AR",
    "Sudan": "SD",
    "India": "IN",
}
_NAMES = {
    "HN": "Honduras",
    "VE": "Venezuela",
    "BO": "Bolivia",
    "IR": "Iran",
    "PE": "Peru",
    "CL": "Chile",
    "RU": "Russia",
    "DE": "Germany",
    "EC": "Ecuador",
    "NP": "Nepal",
    "BR": "Brazil",
    "GT": "Guatemala",
    "TR": "Turkey",
    "MM": "Myanmar",
    "SV": "El Salvador",
    "UA": "Ukraine",
    "YU": "Yugoslavia",
    "AR": "Argentina",
    "SD": "Sudan",
    "IN": "India",
}
_PATTERN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _COUNTRIES), key=len, reverse=True)) + r")\b")


def fake_countries(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _PATTERN.finditer(text):
        yield m.start(), m.end(), _COUNTRIES[m.group(1)], "name"


@pytest.fixture(scope="module")
def rules() -> EventRules:
    return EventRules.load(find_countries=fake_countries, country_name=lambda c: _NAMES[c])


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pytest.importorskip("spacy")
    from movement_graph.nlp import build_nlp

    return build_nlp()  # the pipeline's tokenizer, which splits elisions


def _document(text: str, date: str | None, title: str = "") -> Document:
    body = f"{title}\n\n{text}" if title else text
    tq = Quote(100, 100 + len(title), title) if title else None
    return Document(
        file="t.txt",
        index=0,
        start=100,
        end=100 + len(body),
        text=body,
        title=title,
        title_quote=tq,
        date=date,
    )


def _extract(nlp, rules, text, date=None, title=""):  # type: ignore[no-untyped-def]
    from movement_graph.extract.events import events

    source = _document(text, date, title)
    return source, list(events(nlp(source.text), source=source, rules=rules))


def _find(found: list[EventMention], etype: str) -> EventMention:
    hits = [m for m in found if m.type == etype]
    assert hits, f"no {etype} in {found}"
    return hits[0]


CASES = [
    # (text, document date, type, date, country, label)
    (
        "Our party denounced the Guatemalan army and the coup d'état in Guatemala in 1954.",
        "1990",
        "coup",
        "1954",
        "GT",
        "1954 coup d'état in Guatemala",
    ),
    (
        "In March of 1964 the generals tried to put an end to the government of João Goulart in Brazil.",
        "1970",
        "coup",
        "1964-03",
        "BR",
        "1964 coup attempt in Brazil",
    ),
    (
        "In 2010 a coup attempt by the Ecuador oligarchy against the elected government failed.",
        "2011",
        "coup",
        "2010",
        "EC",
        "2010 coup attempt in Ecuador",
    ),
    (
        "The workers rejected the fraud of the May 28, 2023 presidential election in Turkey.",
        "2023-07",
        "election",
        "2023-05-28",
        "TR",
        "2023 presidential election in Turkey",
    ),
    (
        "The recent parliamentary election in Nepal showed the crisis of the old parties.",
        "2022-12-20",
        "election",
        "2022",
        "NP",
        "2022 parliamentary election in Nepal",
    ),
    (
        "We support the general strike of the workers of Chile that began in October.",
        "2019-11-15",
        "protest",
        "2019-10",
        "CL",
        "2019 general strike in Chile",
    ),
    (
        "The 1952 national revolution in Bolivia nationalised the mines.",
        "2000",
        "revolution",
        "1952",
        "BO",
        "1952 revolution in Bolivia",
    ),
    (
        "The advance of the People's War in Nepal frightens the reactionaries.",
        "1999",
        "war",
        "1996-02-13",
        "NP",
        "Nepalese People's War",
    ),
    (
        "The Chilean coup of 1973 opened the way to the neoliberal experiment.",
        "2003",
        "coup",
        "1973-09-11",
        "CL",
        "1973 Chilean coup d'état",
    ),
    (
        "The Twentieth Party Congress in 1956 in the USSR opened the door to revisionism.",
        "1980",
        "congress",
        "1956-02-14",
        "RU",
        "20th Congress of the CPSU",
    ),
    (
        "The 45th session of the United Nations General Assembly adopted a resolution.",
        "1990-12",
        "meeting",
        None,
        None,
        "45th session of the United Nations General Assembly",
    ),
    (
        "Tens of thousands of workers marched against the effects of the world economic crisis.",
        "2009-05",
        "crisis",
        "2008-09-15",
        None,
        "2008 financial crisis",
    ),
    (
        "The financial crisis of 2008 threw millions into unemployment.",
        "2015",
        "crisis",
        "2008-09-15",
        None,
        "2008 financial crisis",
    ),
    (
        "The workers of Belmora defeated the Anti-Strike Law of the parliament in 2016.",
        "2017-02",
        "law",
        "2016",
        None,
        "Anti-Strike Law",
    ),
    (
        "The masses in Chile continue their rebellion, which began on 18 October 2019 against the "
        "fares, and in Ecuador the workers forced the government to retreat.",
        "2019-11",
        "protest",
        "2019-10-18",
        "CL",
        "2019 protests in Chile",
    ),
    (
        "The Treaty of Ostrava handed the mines of the region to the monopolies.",
        "2001",
        "law",
        None,
        None,
        "Treaty of Ostrava",
    ),
    (
        "We reject the Fortress Directive of the European Union against the migrants.",
        "2009-07",
        "law",
        None,
        None,
        "Fortress Directive",
    ),
    (
        "The parliament removed the president, Juan Pérez, from office and imprisoned him in Peru.",
        "2021-03",
        "crisis",
        None,
        "PE",
        "Removal and imprisonment of President Juan Pérez in Peru",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "doc_date", "etype", "date", "country", "label"), CASES)
def test_generic_rules(nlp, rules, text, doc_date, etype, date, country, label):  # type: ignore[no-untyped-def]
    source, found = _extract(nlp, rules, text, doc_date)
    m = _find(found, etype)
    assert (m.date, m.country, m.label) == (date, country, label)
    assert m.doc_id == source.doc_id
    assert source.text[m.quote.start - source.start : m.quote.end - source.start] == m.quote.text


@pytest.mark.model
def test_anniversary_and_its_event(nlp, rules):  # type: ignore[no-untyped-def]
    text = "March is the 40th anniversary of the Paris Commune, which we celebrate."
    _, found = _extract(nlp, rules, text, "1911-01-10")
    ann = _find(found, "anniversary")
    assert ann.date == "1911-03-18" and ann.key == "anniversary-40-paris-commune"
    base = _find(found, "revolution")
    assert (base.key, base.date, base.country) == ("paris-commune", "1871-03-18", "FR")


@pytest.mark.model
def test_centenary_of_a_death(nlp, rules):  # type: ignore[no-untyped-def]
    text = "We honour the centenary of Rosa Luxemburg's death, which falls on Jan. 15, 2019."
    _, found = _extract(nlp, rules, text, None)
    ann = _find(found, "anniversary")
    death = _find(found, "death")
    assert ann.date == "2019-01-15"
    assert (death.date, death.label) == ("1919-01-15", "Death of Rosa Luxemburg")


@pytest.mark.model
@pytest.mark.parametrize(
    "alias",
    [
        "Russian October Revolution",
        "Great October Socialist Revolution",
        "October Soviet Revolution",
    ],
)
def test_gazetteer_aliases(nlp, rules, alias):  # type: ignore[no-untyped-def]
    _, found = _extract(nlp, rules, f"The {alias} opened a new era for humanity.", "2017")
    m = _find(found, "revolution")
    assert (m.key, m.label, m.date, m.country) == (
        "october-revolution",
        "October Revolution",
        "1917-11-07",
        "RU",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("We condemn the coup d'état in Honduras carried out by the army in 2009.", "condemns"),
        ("We salute the mass protests of the workers in Iran since January.", "supports"),
        ("The coup d'état in Honduras took place in 2009.", None),
        # a negated stance word says nothing sure
        ("We do not support the war in Peru.", None),
        ("We will never support the coup d'état in Honduras.", None),
        # a named body's past deed is reported, not the authors' stance
        ("The National Renewal Party hailed the coup d'état in Chile in 1973.", None),
        ("The Central Committee of our Party condemns the coup d'état in Chile.", "condemns"),
        ("The Conference salutes the general strike in Ecuador in 2019.", "supports"),
        # "stand with", "mourn the victims of"
        ("We stand with the workers of Nepal against the coup d'état in Nepal.", "condemns"),
        ("We stand with the general strike in Ecuador.", "supports"),
        ("We mourn the victims of the war in Peru.", "condemns"),
        ("Down with the military coup in Honduras!", "condemns"),
        # the stance in the object of "express", "declare" …
        ("We express our full solidarity with the general strike in Ecuador.", "supports"),
        (
            "The Conference expresses its solidarity with the struggle against the coup in Honduras.",
            "condemns",
        ),
    ],
)
def test_stance(nlp, rules, text, stance):  # type: ignore[no-untyped-def]
    _, found = _extract(nlp, rules, text, "2010-02")
    assert found and found[0].stance == stance


@pytest.mark.model
def test_title_stance_reaches_the_body(nlp, rules):  # type: ignore[no-untyped-def]
    _, found = _extract(
        nlp,
        rules,
        "The coup d'état in Honduras is a warning to the peoples.",
        "2009-07",
        title="We repudiate the coup d'état in Honduras",
    )
    assert {m.stance for m in found if m.type == "coup"} == {"condemns"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The crisis deepens every day and the workers pay for it.",
        "They prepare new wars of aggression against the peoples.",
        "The revolution is the only way out for the working class.",
        "We call for national elections and a new constitution in Peru.",
        "The environmental crisis threatens humankind.",
        "Martial Law was declared. The law of value rules the market and we must act now.",
        "The delegates of the Workers Agreement Committee met the strikers.",
    ],
)
def test_unanchored_phrases_are_not_events(nlp, rules, text):  # type: ignore[no-untyped-def]
    _, found = _extract(nlp, rules, text, "2023-03")
    assert found == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the crisis's own words, without what is coordinated with them
        (
            "The meeting discussed the economic crisis of the capitalist system and the war danger.",
            "economic crisis of the capitalist system",
        ),
        ("The workers pay for the current crisis of overproduction.", "current crisis of overproduction"),
        # a date or a country in the complement is read, not quoted as the crisis's name
        ("The economic crisis of Belmora and Greece hit the workers.", "economic crisis"),
    ],
)
def test_a_crisis_is_quoted_with_its_of_complement(nlp, rules, text, quote):  # type: ignore[no-untyped-def]
    _, found = _extract(nlp, rules, text, "2009-11")
    assert [m.quote.text for m in found if m.type == "crisis"] == [quote]


@pytest.mark.parametrize(
    ("month", "ref", "past", "expected"),
    [
        (12, "2023-02-07", True, "2022-12"),
        (11, "2009-10", False, "2009-11"),
        (1, "2019-12-30", False, "2020-01"),
        (5, None, False, None),
    ],
)
def test_resolve_month(month, ref, past, expected):  # type: ignore[no-untyped-def]
    assert resolve_month(month, ref, past=past) == expected


def test_ordinals_and_year_shifts():
    assert [ordinal_value(w) for w in ("39th", "Twentieth", "XX", "centenary")] == [39, 20, 20, 100]
    assert shift_years("2024-01-21", -100) == "1924-01-21"


def test_gazetteer_is_well_formed():
    entries = load_historical_events()
    keys = [e.key for e in entries]
    assert len(keys) == len(set(keys))
    for e in entries:
        assert e.date is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e.date), e
        assert e.country is None or re.fullmatch(r"[A-Z]{2}", e.country), e


def _mention(
    doc: str,
    label: str,
    key: str | None,
    etype: str = "coup",
    date: str | None = None,
    country: str | None = None,
    start: int = 0,
) -> EventMention:
    return EventMention(
        doc_id=doc,
        quote=Quote(start, start + len(label), label),
        label=label,
        type=etype,
        date=date,
        country=country,
        key=key,
    )


def test_resolution_merges_by_key_and_alias():
    ms = [
        _mention("a-0", "2009 coup d'état in Honduras", "coup-hn-2009", date="2009", country="HN"),
        _mention(
            "b-0",
            "2009 coup d'état in Honduras",
            "coup-hn-2009",
            date="2009-06-28",
            country="HN",
            start=50,
        ),
        _mention("a-0", "Russian October Revolution", "russian-october-revolution", "revolution", start=9),
        _mention("b-0", "October Revolution", "october-revolution", "revolution", start=3),
    ]
    nodes = resolve_events(ms)
    assert [n.key for n in nodes] == ["coup-hn-2009", "october-revolution"]
    coup, octr = nodes
    assert len(coup.mentions) == 2 and coup.date == "2009-06-28" and coup.country == "HN"
    assert octr.label == "October Revolution" and octr.date == "1917-11-07"
    assert ("Russian October Revolution", "en") in octr.alt_labels


def test_resolution_keeps_different_events_apart():
    ms = [
        _mention("a-0", "2002 coup attempt in Venezuela", "coup-ve-2002-x", date="2002", country="VE"),
        _mention(
            "a-0",
            "2007 coup attempt in Bolivia",
            "coup-bo-2007",
            date="2007",
            country="BO",
            start=40,
        ),
        _mention("b-0", "2009 coup d'état in Honduras", "coup-hn-2009", date="2009", country="HN"),
    ]
    nodes = resolve_events(ms)
    assert len(nodes) == 3
    assert resolve_events(reversed(ms)) == nodes  # deterministic, whatever the order


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonstrative points back to the last event of its kind; its stance is its own
        (
            "On 3 March 2021 the army of Belmora staged a coup d'état in Ecuador. "
            "The Conference condemns this fascist coup in the sharpest terms.",
            [("coup d'état", "coup-ec-2021", None), ("this fascist coup", "coup-ec-2021", "condemns")],
        ),
        # a stance towards people who acted against the event is not towards the event
        (
            "The coup in Chile in 1973 opened the way to fascism. We salute the people who resisted this coup.",
            [("coup", "coup-cl-1973", None), ("this coup", "coup-cl-1973", None)],
        ),
        # nothing named before: no event
        ("This coup is directed against the revolution.", []),
        # the article points back to a coup named just before; "seized power" names one
        (
            "On 1 February 2021 the military seized power in Honduras. We condemn the coup.",
            [("military seized power", "coup-hn-2021", None), ("the coup", "coup-hn-2021", "condemns")],
        ),
        ("The coup is a danger for every people.", []),
    ],
)
def test_this_coup_refers_back(nlp, rules, text, expected):  # type: ignore[no-untyped-def]
    _, found = _extract(nlp, rules, text, "2021-03")
    assert [(m.quote.text, m.key, m.stance) for m in found if m.type == "coup"] == expected


@pytest.mark.model
def test_a_dated_protest_in_a_text_about_one_country_is_that_country_s(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The peasants of Peru are fighting against the new laws. The repression in Peru grows. "
        "The general strike of 8 December 2020 paralysed the country."
    )
    _, found = _extract(nlp, rules, text, "2020-12")
    assert [(m.key, m.date) for m in found if m.type == "protest"] == [("protest-pe-2020", "2020-12-08")]
    # without a date of its own it stays unread: it may be any strike
    _, found = _extract(nlp, rules, text.replace(" of 8 December 2020", ""), "2020-12")
    assert [m for m in found if m.type == "protest"] == []


@pytest.mark.model
def test_solidarity_with_a_struggle_against_an_event_condemns_it(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    _, found = _extract(
        nlp, rules, "Solidarity with the struggle against the military coup in Ecuador in 2021!", "2021-03"
    )
    assert [(m.key, m.stance) for m in found if m.type == "coup"] == [("coup-ec-2021", "condemns")]


@pytest.mark.model
def test_a_date_that_dates_another_event_is_not_taken(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    _, found = _extract(
        nlp, rules, "The Burmese coup repeats the history of the uprising of August 1988.", "2021-03"
    )
    coup = _find(found, "coup")
    assert (coup.country, coup.date) == ("MM", None) and "1988" not in (coup.key or "")


@pytest.mark.model
def test_a_country_inside_a_person_s_name_is_no_event_s_country(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    _, found = _extract(
        nlp,
        rules,
        "On 11 September 1973 the army overthrew the government of President Salvador Allende.",
        "2023-09",
    )
    assert all(m.country != "SV" for m in found), found


@pytest.mark.model
def test_an_undated_strike_is_not_a_famous_one_decades_before(nlp) -> None:  # type: ignore[no-untyped-def]
    """Protests recur: an undated one is no gazetteer protest of 1968 (it was "May 1968")."""
    from movement_graph.extract.events import default_rules, events

    text = "Millions of workers in France have been on strike against the pension reform."
    for date in (None, "2023-03"):
        found = list(events(nlp(text), source=_document(text, date), rules=default_rules()))
        assert all(not (m.date or "").startswith("1968") for m in found), found
    # named, it is that event whatever the text's date
    named = "We remember May 1968 in France."
    found = list(events(nlp(named), source=_document(named, "2023-03"), rules=default_rules()))
    assert [m.key for m in found] == ["may-1968"]


@pytest.mark.model
def test_a_war_is_not_placed_in_the_country_that_wages_it(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = "We condemn the bombing of Yugoslavia in 1999, the first war of aggression of German imperialism."
    _, found = _extract(nlp, rules, text, "2022-08")
    assert all(m.country != "DE" for m in found), found
    _, found = _extract(nlp, rules, "We condemn the war of Russian imperialism against Ukraine.", "2022-08")
    assert _find(found, "war").country == "UA"


def test_deaths_are_keyed_by_the_full_name_and_a_surname_joins_the_one_it_can_be() -> None:
    ms = [
        _mention("a-0", "Death of Indira Gandhi", "death-of-indira-gandhi", "death", "1984", "IN"),
        _mention("b-0", "Death of Rajiv Gandhi", "death-of-rajiv-gandhi", "death", "1991", "IN"),
        _mention("c-0", "Death of Gandhi", "death-of-gandhi", "death", None, "IN"),
        _mention("d-0", "Death of Amilcar Cabral", "death-of-amilcar-cabral", "death", "1973", "GW"),
        _mention("e-0", "Death of Cabral", "death-of-cabral", "death", None, "GW"),
        _mention(
            "f-0", "Death of Vladimir Ilyich Lenin", "death-of-vladimir-ilyich-lenin", "death", None, "RU"
        ),
        _mention("g-0", "Death of Lenin", "death-of-lenin", "death", "1924", "RU"),
    ]
    nodes = {e.key: len(e.mentions) for e in resolve_events(ms)}
    assert nodes == {
        "death-of-indira-gandhi": 1,
        "death-of-rajiv-gandhi": 1,
        "death-of-gandhi": 1,  # two Gandhis: which one is not sure
        "death-of-amilcar-cabral": 2,
        "death-of-lenin": 2,  # the gazetteer's key stays
    }


@pytest.mark.model
def test_two_deaths_of_one_surname_are_two_events(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "We condemn the assassination of Indira Gandhi in 1984 and the assassination of Rajiv Gandhi in 1991."
    )
    _, found = _extract(nlp, rules, text, "2021-05")
    assert sorted((m.key, m.date) for m in found if m.type == "death") == [
        ("death-of-indira-gandhi", "1984"),
        ("death-of-rajiv-gandhi", "1991"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On 1 February the army staged a coup d'état in Honduras.", "2021-02-01"),
        ("Since 15th April the generals have waged a war in Peru.", "2020-04-15"),
    ],
)
def test_a_day_and_month_without_a_year_take_the_text_s_year(nlp, rules, text, date) -> None:  # type: ignore[no-untyped-def]
    _, found = _extract(nlp, rules, text, "2021-03-10")
    assert found and found[0].date == date, found


@pytest.mark.model
def test_removal_from_another_post_is_no_removal_from_office(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = "In January President Manuel Ortega of Peru was removed from the chairmanship of the Security Council."
    _, found = _extract(nlp, rules, text, "2022-01-20")
    assert not [m for m in found if m.type == "crisis"], found
    _, found = _extract(
        nlp, rules, "In 2009 the army removed President Manuel Ortega of Honduras from office.", "2010-01"
    )
    assert _find(found, "crisis").country == "HN"


@pytest.mark.model
def test_a_president_overthrown_in_a_named_coup_is_that_coup(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "We condemn the fascist coup in Chile of 11 September 1973. "
        "On 11 September 1973 the army overthrew the government of President Ramón Ortiz in Chile."
    )
    _, found = _extract(nlp, rules, text, "2023-09")
    assert {(m.type, m.key) for m in found} == {("coup", "coup-cl-1973")}, found


@pytest.mark.model
def test_an_undated_ongoing_protest_takes_the_text_s_month_not_its_day(nlp, rules) -> None:  # type: ignore[no-untyped-def]
    _, found = _extract(nlp, rules, "We salute the general strike of the workers of Ecuador.", "2022-01-12")
    assert _find(found, "protest").date == "2022-01"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype", "key", "stance"),
    [
        (
            "We mourn the victims of the massacre in Peru on 3 October 2021.",
            "attack",
            "attack-pe-2021",
            "condemns",
        ),
        ("We denounce the racist pogrom in Germany in August 1992.", "attack", "attack-de-1992", "condemns"),
        (
            "The terrorist attack in Turkey on 10 October 2015 killed 103 people.",
            "attack",
            "attack-tr-2015",
            None,
        ),
        (
            "We salute the No vote in the Peruvian referendum of 5 July 2015.",
            "election",
            "referendum-pe-2015",
            "supports",
        ),
        # disasters: their victims are mourned, the disaster is not condemned
        (
            "We mourn the victims of the earthquake in Turkey on 6 February 2023.",
            "disaster",
            "disaster-tr-2023-earthquake",
            None,
        ),
        ("The mine disaster in Turkey in 2014 killed 301 miners.", "disaster", "disaster-tr-2014-mine", None),
    ],
)
def test_attacks_disasters_and_referendums(nlp, rules, text, etype, key, stance) -> None:  # type: ignore[no-untyped-def]
    _, found = _extract(nlp, rules, text, "2023-01")
    hit = _find(found, etype)
    assert (hit.key, hit.stance) == (key, stance), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # a protest told by a verb
        (
            "In October 2019 millions of people in Chile rose up against the government of Pablo Ferrer.",
            "2020-01",
            ("protest", "2019-10", "CL"),
        ),
        (
            "In January 2023 the peasants of Peru took to the streets against the repression.",
            "2023-02",
            ("protest", "2023-01", "PE"),
        ),
        # an election whose country stands in the clause, not in the noun's phrase
        (
            "In Argentina, the election of the far-right candidate Ramón Ortega on 19 November announces an offensive.",
            "2023-11-26",
            ("election", "2023-11-19", "AR"),
        ),
        # a coup told by its deed: the military (under General X) overthrew the government
        (
            "On 1 February 2021 the military of Myanmar under General Kyaw Lin overthrew the elected government.",
            "2022-02",
            ("coup", "2021-02-01", "MM"),
        ),
        # a war whose country is the passive's subject
        (
            "Since 15 April, Sudan has been devastated by the war between two generals.",
            "2023-06",
            ("war", "2023-04-15", "SD"),
        ),
        # a death with an article and lower-case titles before the name
        (
            "We condemn the assassination of the presidential candidate Ernesto Valdivia in Ecuador on 9 August 2023.",
            "2023-09",
            ("death", "2023-08-09", "EC"),
        ),
    ],
)
def test_events_told_by_verbs_and_clauses(nlp, rules, text, doc_date, expected):  # type: ignore[no-untyped-def]
    _, found = _extract(nlp, rules, text, doc_date)
    assert expected in [(m.type, m.date, m.country) for m in found]


@pytest.mark.model
def test_a_protest_dated_at_its_clause_s_opening_is_the_text_s_country(nlp, rules):  # type: ignore[no-untyped-def]
    title = "Solidarity with the farmers of India"
    text = (
        "The farmers of India have camped for months at the gates of the capital. On the same day, "
        "26 November, some 250 million workers took part in the general strike called by the unions."
    )
    _, found = _extract(nlp, rules, text, "2020-12", title=title)
    assert ("protest", "2020-11-26", "IN") in [(m.type, m.date, m.country) for m in found]
    # a date after the noun may be another event's: no protest of 2023 here
    text = (
        "The people of Peru fight on. The organizations supporting the mobilizations raised a program, "
        "where they demand the dissolution of Congress and national elections in 2023."
    )
    _, found = _extract(nlp, rules, text, "2023-02", title="Solidarity with the people of Peru")
    assert not [m for m in found if m.type == "protest" and m.date == "2023"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doc_date", "word"),
    [
        # a building or a square
        (
            "After the coup, thousands of prisoners were held and tortured in the National Stadium of Santiago.",
            "2023-09",
            "Stadium",
        ),
        # the networks' meetings are conferences of the graph, not events of type "other"
        (
            "This report on the 3rd World Conference of ICOR sums up its work.",
            "2017-11",
            "Conference",
        ),
    ],
)
def test_a_place_or_a_meeting_the_model_tags_as_an_event_is_none(nlp, rules, text, doc_date, word):  # type: ignore[no-untyped-def]
    # the model's reading, which the rule corrects
    assert "EVENT" in {e.label_ for e in nlp(text).ents if word in e.text}
    _, found = _extract(nlp, rules, text, doc_date)
    assert not [m for m in found if word in m.label]


@pytest.mark.model
def test_last_as_a_pronoun_says_nothing_of_time(nlp, rules):  # type: ignore[no-untyped-def]
    # "not the last of its kind" does not make an undated coup the text's own year's
    text = "The coup in Guatemala was not the last of its kind in the region."
    _, found = _extract(nlp, rules, text, "2023-09")
    assert [m.date for m in found if m.type == "coup"] == [None]


@pytest.mark.model
def test_two_kinds_of_disaster_in_one_country_and_year_are_two_events(nlp, rules):  # type: ignore[no-untyped-def]
    text = (
        "The earthquake in Turkey on 6 February 2023 killed more than 50,000 people. In March 2023 the"
        " floods in Turkey killed more people in the same region."
    )
    _, found = _extract(nlp, rules, text, "2023-03-20")
    keys = {m.key for m in found if m.type == "disaster"}
    assert keys == {"disaster-tr-2023-earthquake", "disaster-tr-2023-flood"}, keys
