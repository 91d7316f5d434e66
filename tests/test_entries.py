"""List entries in every layout the networks use (inputs written for the tests)."""

from __future__ import annotations

import pytest

from movement_graph.extract.entries import parse_entry


@pytest.mark.parametrize(
    ("entry", "acronym", "native", "english", "country"),
    [
        (
            "KPX Kommunistische Partei Österreichs (Communist Party of Austria)",
            "KPX",
            "Kommunistische Partei Österreichs",
            "Communist Party of Austria",
            "AT",
        ),
        (
            "PTR Parti des Travailleurs Révolutionnaires (Revolutionary Workers' Party), Senegal",
            "PTR",
            "Parti des Travailleurs Révolutionnaires",
            "Revolutionary Workers' Party",
            "SN",
        ),
        ("Workers' Party of Kenya (WPK)", "WPK", None, "Workers' Party of Kenya", "KE"),
        (
            "CPI (ML) Communist Party of India (Marxist-Leninist)",
            "CPI (ML)",
            None,
            "Communist Party of India (Marxist-Leninist)",
            "IN",
        ),
        (
            "PCLE (r) Partido Comunista de Liberación de España (reconstituido) (Communist Liberation Party of Spain (reconstituted))",
            "PCLE (r)",
            "Partido Comunista de Liberación de España (reconstituido)",
            "Communist Liberation Party of Spain (reconstituted)",
            "ES",
        ),
        (
            "PMT del Ecuador Partido Marxista de los Trabajadores del Ecuador (Marxist Workers' Party of Ecuador)",
            "PMT del Ecuador",
            "Partido Marxista de los Trabajadores del Ecuador",
            "Marxist Workers' Party of Ecuador",
            "EC",
        ),
        (
            "СКП Сръбска комунистическа партия (Serbian Communist Party)",
            "СКП",
            "Сръбска комунистическа партия",
            "Serbian Communist Party",
            "RS",
        ),
        ("Revolutionary Union of Upper Volta", None, None, "Revolutionary Union of Upper Volta", "HVBF"),
        (
            "Partido Revolucionario Paraguayo",
            None,
            "Partido Revolucionario Paraguayo",
            "Partido Revolucionario Paraguayo",
            "PY",
        ),
        (
            "ABC-Front Union Démocratique (Democratic Union), Mali",
            "ABC-Front",
            "Union Démocratique",
            "Democratic Union",
            "ML",
        ),
        (
            "MLP Marksist Leninist Parti Türkiye / Kürdistan (Marxist Leninist Party Turkey / Kurdistan)",
            "MLP",
            "Marksist Leninist Parti Türkiye / Kürdistan",
            "Marxist Leninist Party Turkey / Kurdistan",
            "TR",
        ),
        # a translation in square brackets, each part with its country
        (
            "Revolutionært Arbejderforbund, Danmark [Revolutionary Workers' League, Denmark]",
            None,
            "Revolutionært Arbejderforbund",
            "Revolutionary Workers' League",
            "DK",
        ),
        (
            "Arbeiderpartiet for Enhet [Workers' Party for Unity], Norge",
            None,
            "Arbeiderpartiet for Enhet",
            "Workers' Party for Unity",
            "NO",
        ),
        # a country and a region of it
        (
            "Youth Union of the Mountains (Turkey/North Kurdistan)",
            None,
            None,
            "Youth Union of the Mountains",
            "TR",
        ),
        # an English name's bracket after the acronym is its qualifier, not a translation
        (
            "CPN Communist Party of Nepal (Unity Centre)",
            "CPN",
            None,
            "Communist Party of Nepal (Unity Centre)",
            "NP",
        ),
        # the acronym's comma is no part of it
        ("YUM, Youth Union of the Mountains, Nigeria", "YUM", None, "Youth Union of the Mountains", "NG"),
        # a bracket holding the acronym and the country, in either order
        ("Youth Union of the Mountains (YUM, Nigeria)", "YUM", None, "Youth Union of the Mountains", "NG"),
        ("Youth Union of the Mountains (Nigeria, YUM)", "YUM", None, "Youth Union of the Mountains", "NG"),
        # the country after a slash set apart by spaces
        ("YUM: Youth Union of the Mountains / Nigeria", "YUM", None, "Youth Union of the Mountains", "NG"),
        # the country after two spaces, the column of a plain-text table squeezed by a long name
        ("Youth Union of the Mountains (YUM)  Nigeria", "YUM", None, "Youth Union of the Mountains", "NG"),
        # an acronym after a comma, the country in brackets
        ("Youth Union of the Mountains, YUM (Nigeria)", "YUM", None, "Youth Union of the Mountains", "NG"),
    ],
)
def test_parse_entry(entry: str, acronym: str | None, native: str | None, english: str, country: str) -> None:
    e = parse_entry(entry)
    assert e.acronym == acronym
    assert e.native_name == native
    assert e.name == english
    assert e.country is not None and e.country.code == country


def test_native_name_gets_its_language() -> None:
    e = parse_entry("KPS Kommunistische Partei der Schweiz (Communist Party of Switzerland)")
    assert e.native_lang == "de"
    assert e.country is not None and e.country.iso2 == "CH"


def test_transliteration_is_kept_apart() -> None:
    e = parse_entry(
        "РКП Российская коммунистическая партия (Rossijskaya kommunisticheskaya partiya) "
        "(Russian Communist Party)"
    )
    assert e.name == "Russian Communist Party"
    assert e.transliteration == "Rossijskaya kommunisticheskaya partiya"
    assert e.native_lang == "ru"


def test_historical_country_has_successor_code() -> None:
    e = parse_entry("Communist League of the USSR")
    assert e.country is not None and e.country.iso2 == "RU"


@pytest.mark.parametrize(
    ("entry", "name", "acronym"),
    [
        (
            "Communist Party of Chile (Marxist-Leninist) – PCCh (m-l)",
            "Communist Party of Chile (Marxist-Leninist)",
            "PCCh (m-l)",
        ),
        ("Workers' Party of Kenya - WPK", "Workers' Party of Kenya", "WPK"),
        ("Party of Labour of Bosnia and Herzegovina", "Party of Labour of Bosnia and Herzegovina", None),
    ],
)
def test_acronym_after_a_dash(entry: str, name: str, acronym: str | None) -> None:
    e = parse_entry(entry)
    assert (e.name, e.acronym) == (name, acronym)


def test_hyphenated_country_after_a_dash() -> None:
    e = parse_entry("Party of Labour – Guinea-Bissau")
    assert e.name == "Party of Labour" and e.country is not None and e.country.iso2 == "GW"


@pytest.mark.parametrize(
    ("text", "name", "acronym", "native", "former", "country"),
    [
        (
            "New Workers' Union (NAF – Nya Arbetarförbundet), Sweden",
            "New Workers' Union",
            "NAF",
            "Nya Arbetarförbundet",
            None,
            "SE",
        ),
        (
            "Red Union of Benin (RUB, formerly Red Circle of Benin), Benin",
            "Red Union of Benin",
            "RUB",
            None,
            "Red Circle of Benin",
            "BJ",
        ),
        # an English qualifier after the dash stays in the name
        (
            "Party of Labour (PL – Marxist-Leninist)",
            "Party of Labour (PL – Marxist-Leninist)",
            None,
            None,
            None,
            None,
        ),
    ],
)
def test_acronym_with_native_or_former_name_in_brackets(text, name, acronym, native, former, country) -> None:  # type: ignore[no-untyped-def]
    e = parse_entry(text)
    assert (e.name, e.acronym, e.native_name, e.former) == (name, acronym, native, former)
    assert (e.country.iso2 if e.country else None) == country


@pytest.mark.parametrize(
    "entry",
    [
        "Workers' League of Atlantis (WLA), Kenya – in the process of joining ICOR",
        "Workers' League of Atlantis (WLA), Kenya (candidate member)",
        "Workers' League of Atlantis (WLA), Kenya – en proceso de adhesión",
    ],
)
def test_a_note_on_the_entrys_standing_is_no_part_of_it(entry: str) -> None:
    e = parse_entry(entry)
    assert (e.name, e.acronym, e.country.code if e.country else None) == (
        "Workers' League of Atlantis",
        "WLA",
        "KE",
    )


def test_the_note_on_standing_is_looked_for_in_linear_time() -> None:
    """Once quadratic; timed in ``bench/pathological.py``, here only the answers."""
    from helpers import pathological

    from movement_graph.extract.entries import _STANDING, _strip_standing

    # a long run of spaces (parse_entry folds them, the pattern need not), and a long entry
    # of words that may begin a note but never reach its end
    blanks = pathological.blanks(20_000)
    assert _STANDING.sub("", blanks) == blanks
    text = pathological.standing_openings(400)
    assert _strip_standing(text) == text
    assert _strip_standing(text + "x, Chad (candidate member)") == text + "x, Chad"
