"""Probe 53 (long declarations that survey the world situation, in English, Spanish and
French): a military intervention, an aggression, an occupation, an invasion told in another
language, a battle and a country's independence, each named by its noun and placed by the
land after it (or by the country its sentence opens with); a protest's list of countries
hung on the verb; a death whose victim is described with hyphenated words; a famine, an
epidemic, forest fires; a gas attack; atomic bombings; a massacre placed in a town no table
knows; an anniversary whose sentence dates another event first. Invented texts; each test
fails on the code before the fix."""

from __future__ import annotations

import pytest
from helpers import events, has_event

EN = "Declaration of the Plenary\n\nThe Plenary was held in November 2014 in Europe.\n\n"
ES = (
    "Declaración de la Plenaria\n\nLa Plenaria se realizó en noviembre de 2015 en América Latina. "
    "Los partidos analizamos la situación internacional y aprobamos la siguiente declaración.\n\n"
)
FR = (
    "Déclaration de la Plénière\n\nLa Plénière s'est tenue en octobre 2017 en Europe. Les partis "
    "ont examiné la situation internationale et adopté la déclaration suivante.\n\n"
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "country"),
    [
        (
            EN + "We condemn the French military intervention in Chad in April 2008, which saved the regime.",
            "2008-04",
            "TD",
        ),
        (
            EN + "The Israeli aggression against Lebanon of July 2006 killed more than a thousand people.",
            "2006-07",
            "LB",
        ),
        (EN + "The occupation of Iraq that began in March 2003 has cost a million lives.", "2003-03", "IQ"),
        (EN + "In Somalia the occupation that began in December 2006 drove out the courts.", "2006-12", "SO"),
        (
            ES + "En Libia, la intervención militar de la OTAN iniciada en marzo de 2011 destruyó el país.",
            "2011-03",
            "LY",
        ),
        (
            FR + "L'agression américaine contre la Libye, qui dure depuis mars 2011, a détruit le pays.",
            "2011-03",
            "LY",
        ),
        (
            ES + "Recordamos la invasión de Panamá en diciembre de 1989 por las tropas yanquis.",
            "1989-12",
            "PA",
        ),
    ],
)
def test_intervention_aggression_occupation_is_a_war_in_the_land_it_hit(
    text: str, date: str, country: str
) -> None:
    assert has_event(events(text), "war", date, country)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        EN + "We oppose the state intervention in the economy of Germany since 2008.",
        EN + "We warn against the threat of a military intervention in Iran in 2014.",
        EN + "We stand against any military intervention in Venezuela in 2014.",
        ES + "Rechazamos la intervención del Estado en la economía desde 2008 en España.",
    ],
)
def test_no_war_of_an_intervention_that_is_not_armed_or_did_not_happen(text: str) -> None:
    assert not [e for e in events(text) if e[0] == "war"]


@pytest.mark.model
def test_the_genitive_after_an_aggression_names_who_made_it() -> None:
    text = ES + "La guerra de agresión de Estados Unidos contra Irak, iniciada el 20 de marzo de 2003, sigue."
    found = events(text)
    assert has_event(found, "war", "2003-03-20", "IQ")
    assert not has_event(found, "war", "2003", "US")  # (an undated war word of its own aside)


@pytest.mark.model
def test_no_war_of_a_threatened_intervention_placed_by_the_sentence() -> None:
    text = (
        ES
        + "En Cuba, desde el 11 de julio de 2021, Washington multiplica las amenazas de intervención militar."
    )
    assert not [e for e in events(text) if e[0] == "war"]


@pytest.mark.model
def test_battle_and_independence_by_their_noun() -> None:
    found = events(FR + "La bataille de Mossoul, commencée en octobre 2016, a fait des milliers de morts.")
    assert has_event(found, "other", "2016-10", "IQ")
    found = events(EN + "The independence of Eritrea on 24 May 1993 ended thirty years of war.")
    assert has_event(found, "other", "1993-05-24", "ER")
    assert not events(EN + "We fight for the independence of Palestine since 1948.")


@pytest.mark.model
def test_protests_in_a_list_of_countries_hung_on_the_verb() -> None:
    found = events(
        EN + "The rise of bread prices provoked hunger riots in 2007 in Yemen, Morocco and Guinea."
    )
    for country in ("YE", "MA", "GN"):
        assert has_event(found, "protest", "2007", country)


@pytest.mark.model
def test_death_of_a_victim_described_with_hyphenated_words() -> None:
    text = (
        EN
        + "The murder of the sixteen-year-old student Carlos Mendoza by a policeman on 9 March 2012 in Chile set off protests."
    )
    assert has_event(events(text), "death", "2012-03-09", "CL")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype", "date", "country"),
    [
        (
            EN + "The famine that struck Ethiopia in 1984 killed hundreds of thousands.",
            "disaster",
            "1984",
            "ET",
        ),
        (
            EN + "The cholera epidemic that broke out in Haiti in October 2010 killed thousands.",
            "disaster",
            "2010-10",
            "HT",
        ),
        (EN + "The forest fires in Portugal in June 2017 killed sixty people.", "disaster", "2017-06", "PT"),
        (
            EN + "The poison gas attack in Tokyo on 20 March 1995 killed thirteen people.",
            "attack",
            "1995-03-20",
            "JP",
        ),
        (
            ES + "Condenamos los bombardeos atómicos de Hiroshima en agosto de 1945.",
            "attack",
            "1945-08",
            "JP",
        ),
    ],
)
def test_disasters_and_attacks_named_by_their_noun(text: str, etype: str, date: str, country: str) -> None:
    assert has_event(events(text), etype, date, country)


@pytest.mark.model
def test_a_massacre_in_a_town_no_table_knows_is_not_the_country_named_before() -> None:
    text = (
        EN + "The fascist massacre in Utøya in Norway on 22 July 2011 and the racist massacre of "
        "Charleston on 17 June 2015 are the fruit of racist propaganda."
    )
    found = events(text)
    assert has_event(found, "attack", "2011-07-22", "NO")
    assert not any(c == "NO" and (d or "").startswith("2015") for _t, d, c in found)


@pytest.mark.model
def test_an_anniversary_is_not_dated_by_an_event_told_before_it() -> None:
    text = (
        EN + "We salute the 95th anniversary of the founding of the Party in May 1919 and the "
        "25th anniversary of the invasion of Panama on 20 December 1989."
    )
    found = events(text)
    assert has_event(found, "war", "1989-12-20", "PA")
    assert not any(d and d.startswith("19") and d[:4] not in ("1989",) and c == "PA" for _t, d, c in found)
