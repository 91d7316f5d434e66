"""Every kind of country clue (inputs written for the tests)."""

from __future__ import annotations

import pytest

from movement_graph.extract.countries import country_of_name, find_countries
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
    assert country_of_name("Red Dawn") is None
