"""Every kind of country clue (inputs written for the tests)."""

from __future__ import annotations

import pytest

from movement_graph.extract.countries import country_of_name, find_countries, is_country
from movement_graph.extract.entries import split_country_suffix


@pytest.mark.parametrize(
    ("name", "code", "iso2"),
    [
        ("Communist Party of Honduras", "HN", "HN"),  # English name
        ("Honduran Workers' Party", "HN", "HN"),  # demonym
        ("Kommunistische Partei Deutschlands", "DE", "DE"),  # native name, genitive
        ("Partido Comunista del Perú", "PE", "PE"),  # native name with accent
        ("Parti Communiste de Côte d'Ivoire", "CI", "CI"),  # native name with apostrophe
        ("Türkiye Devrimci Partisi", "TR", "TR"),  # native name, Turkish
        ("Revolutionary League of Upper Volta", "HVBF", "BF"),  # historical name
        ("Communist Group of the USSR", "SUHH", "RU"),  # historical name
        ("Marxist Party Turkey / Kurdistan", "TR", "TR"),  # compound
        ("Partido Obrero Paraguayo", "PY", "PY"),  # native adjective
    ],
)
def test_country_of_name(name: str, code: str, iso2: str) -> None:
    hit = country_of_name(name)
    assert hit is not None and (hit.code, hit.iso2) == (code, iso2)


def test_explicit_suffix_wins() -> None:
    body, hit = split_country_suffix("Bolivarian Workers' Union (Workers' Union), Ecuador")
    assert body == "Bolivarian Workers' Union (Workers' Union)"
    assert hit is not None and hit.iso2 == "EC"
    assert country_of_name("Bolivarian Workers' Union", suffix="Ecuador").iso2 == "EC"


def test_lower_case_words_are_not_countries() -> None:
    assert [h.iso2 for h in find_countries("a turkey and a chad of guinea pigs")] == []


def test_no_country() -> None:
    assert country_of_name("Red Harbour") is None


@pytest.mark.parametrize(
    ("name", "iso2"),
    [
        # the name in another language than English and the country's own (exonym)
        ("Revolutionärer Arbeiterbund aus Tunesien", "TN"),  # German
        ("Liga Comunista Obrera de Alemania", "DE"),  # Spanish
        ("Partido dos Trabalhadores Unidos da Alemanha", "DE"),  # Portuguese
        ("Union des travailleurs communistes d'Allemagne", "DE"),  # French, elided "d'"
        ("Front ouvrier de l'Inde", "IN"),  # French, elided "l'"
        ("Lega dei Lavoratori Rossi di Germania", "DE"),  # Italian
        ("Fronte Popolare della Cina", "CN"),  # Italian
        ("Rode Arbeidersbond van Duitsland", "DE"),  # Dutch
        ("Almanya Devrimci Emekçi Birliği", "DE"),  # Turkish
        ("İspanya Emekçiler Partisi", "ES"),  # Turkish, dotted capital I
        ("Revolusjonær arbeiderliga i Tyskland", "DE"),  # Norwegian
        ("Arbeidets røde parti i Den dominikanske republikk", "DO"),  # Norwegian, several words
        # common names the ISO translations lack (data/reference/exonym_additions.csv)
        ("Revolutionärer Arbeiterbund Russland", "RU"),  # German
        ("Liga Obrera de Túnez", "TN"),  # Spanish, with its accent
        ("Kommunistische Arbeiterliga der Elfenbeinküste", "CI"),  # German
        ("Revolutionäre Partei Russlands", "RU"),  # German genitive of an addition
        # the genitive "-s" of a name in any language
        ("Tysklands revolusjonære arbeiderforbund", "DE"),  # Norwegian, exonym
        ("Kinas nye folkeparti", "CN"),  # Swedish/Norwegian, exonym
        ("Chiles røde arbeiderfront", "CL"),  # English name
        ("Tunisias kommunistiske ungdomsliga", "TN"),  # English name
        ("Revolutionäre Arbeiterpartei Indiens", "IN"),  # German, exonym
        ("Volksfront Bangladeschs", "BD"),  # German, exonym
    ],
)
def test_names_in_other_languages(name: str, iso2: str) -> None:
    hit = country_of_name(name)
    assert hit is not None and hit.iso2 == iso2, name


def test_exonym_is_a_country_on_its_own() -> None:
    assert [is_country(n).iso2 for n in ("Tyskland", "Alemania", "Allemagne", "Tysklands")] == ["DE"] * 4


@pytest.mark.parametrize(
    "text",
    [
        # ordinary words that are a country's name in some language, or its name + "s"
        "Man made an Island of the Americas, and Frances sold Jerseys.",
        "Indias and Granadas are plural; Chinas is too.",
        "Malte sie das Bild? Ungern.",  # German words: Malta (fr), Hungary (sv)
        "Gana quien llega primero.",  # Spanish "gana": Ghana (pt, tr)
        # a name inside a longer word, or the "-s" followed by more letters
        "The Tysklandsturné and the Indienreise were planned.",
    ],
)
def test_ordinary_words_are_not_countries(text: str) -> None:
    assert [h.text for h in find_countries(text)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a country's name that is also a common word ("meeting") is the country only where
        # the country is meant
        ("Declaración de la Reunión Regional de Partidos de América Latina", []),
        ("Reunión Plenaria de la Conferencia", []),
        ("La Réunion des partis a eu lieu à Paris.", []),
        ("the Reunion of the parties", []),
        ("Reunions of the committee", []),
        ("Grève générale à la Réunion, en Guadeloupe et en Martinique.", ["RE", "GP", "MQ"]),
        ("Solidarity with the workers in Réunion and Mayotte.", ["RE", "YT"]),
        ("Parti Ouvrier Créole (Réunion)", ["RE"]),
    ],
)
def test_a_country_name_that_is_a_common_word(text: str, found: list[str]) -> None:
    assert [h.iso2 for h in find_countries(text)] == found
