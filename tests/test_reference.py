"""movement_graph.reference: records, cached loaders, errors that name file and line."""

from __future__ import annotations

import csv
import dataclasses
import doctest
from pathlib import Path

import pytest

from movement_graph import reference
from movement_graph.errors import ConfigError
from movement_graph.reference import (
    CountryRecord,
    Exonym,
    Genitive,
    HistoricalCountry,
    data_dir,
    load_countries,
    load_exonyms,
    load_genitives,
    load_historical,
    load_languages,
    read_countries,
    read_exonyms,
    read_genitives,
    read_historical,
    read_languages,
    read_months,
    split_multi,
)

COUNTRY_HEADER = "iso2,name,aliases,native_names,demonyms,native_adjectives,languages,continent,wikidata\n"
HISTORICAL_HEADER = "code,iso3166_3,name,aliases,successor,wikidata,start,end\n"


def test_doctests() -> None:
    result = doctest.testmod(reference)
    assert result.attempted > 0 and result.failed == 0


def test_data_dir() -> None:
    assert data_dir() == Path(__file__).resolve().parent.parent / "data"


def test_loaders_are_cached() -> None:
    assert load_countries() is load_countries()
    assert load_historical() is load_historical()
    assert load_languages() is load_languages()


def test_records_are_frozen() -> None:
    peru = next(c for c in load_countries() if c.iso2 == "PE")
    with pytest.raises(dataclasses.FrozenInstanceError):
        peru.name = "Perú"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("iso2", "field", "value"),
    [
        ("DE", "name", "Germany"),
        ("CH", "languages", ("de", "fr", "it", "rm")),
        ("PY", "native_adjectives", ("Paraguayo", "Paraguaya")),
        ("PE", "demonyms", ("Peruvian",)),
        ("CI", "name", "Côte d'Ivoire"),
        ("HN", "continent", "North America"),
        ("AQ", "continent", None),
    ],
)
def test_country_fields(iso2: str, field: str, value: object) -> None:
    country = next(c for c in load_countries() if c.iso2 == iso2)
    assert getattr(country, field) == value


def test_native_names_keep_their_order() -> None:
    germany = next(c for c in load_countries() if c.iso2 == "DE")
    assert germany.native_names[:2] == ("Deutschland", "Deutschlands")


def test_country_names_include_aliases() -> None:
    ci = next(c for c in load_countries() if c.iso2 == "CI")
    assert "Ivory Coast" in ci.names and ci.names[0] == "Côte d'Ivoire"


@pytest.mark.parametrize(
    ("code", "successor", "iso3166_3", "alias"),
    [
        ("SUHH", "RU", "SUHH", "USSR"),
        ("HVBF", "BF", "HVBF", "Volta"),
        ("DDDE", "DE", "DDDE", "GDR"),
        ("XCEY", "LK", None, "Dominion of Ceylon"),
    ],
)
def test_historical(code: str, successor: str, iso3166_3: str | None, alias: str) -> None:
    former = next(c for c in load_historical() if c.code == code)
    assert isinstance(former, HistoricalCountry)
    assert (former.successor, former.iso3166_3) == (successor, iso3166_3)
    assert alias in former.names


def test_languages() -> None:
    codes = {lang.code for lang in load_languages()}
    assert {"de", "fr", "es", "pt", "tr", "ru", "bg", "bs"} <= codes
    tr = next(lang for lang in load_languages() if lang.code == "tr")
    assert "partisi" in tr.marker_words


def test_read_good_file(tmp_path: Path) -> None:
    path = tmp_path / "countries.csv"
    path.write_text(
        COUNTRY_HEADER + 'PE,Peru,,"Perú|Peru",Peruvian,Peruano|Peruana,es|qu,South America,Q419\n'
        "\n",  # blank lines are skipped
        encoding="utf-8",
    )
    assert read_countries(path) == (
        CountryRecord(
            iso2="PE",
            name="Peru",
            native_names=("Perú", "Peru"),
            demonyms=("Peruvian",),
            native_adjectives=("Peruano", "Peruana"),
            languages=("es", "qu"),
            continent="South America",
            wikidata="Q419",
        ),
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("PE,Peru,,,,,es,South America,Q419\nPeru,Peru,,,,,es,South America,\n", ":3: iso2 'Peru'"),
        ("PE,Peru,,,,,es,Sudamerica,\n", ":2: continent 'Sudamerica'"),
        ("PE,Peru,,,,,es,South America,419\n", ":2: wikidata QID '419'"),
        ("PE,Peru,,,,,Spanish,South America,\n", ":2: language code 'Spanish'"),
        ("PE,Peru,South America,Q419\n", ":2: expected 9 columns"),
        ("PE,,,,,,es,South America,\n", ":2: name is empty"),
        ("PE,Peru,,,,,es,,\nPE,Perú,,,,,es,,\n", "the code 'PE' occurs twice"),
    ],
)
def test_malformed_countries(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "countries.csv"
    path.write_text(COUNTRY_HEADER + body, encoding="utf-8")
    with pytest.raises(ConfigError, match="countries.csv") as info:
        read_countries(path)
    assert expected in str(info.value)


def test_wrong_header(tmp_path: Path) -> None:
    path = tmp_path / "countries.csv"
    path.write_text("code,name\nPE,Peru\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"countries\.csv:1: expected the header"):
        read_countries(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read reference data"):
        read_languages(tmp_path / "languages.csv")


def test_bad_encoding(tmp_path: Path) -> None:
    path = tmp_path / "languages.csv"
    path.write_bytes(b"code,name,marker_words\nde,German,partei|f\xfcr\n")
    with pytest.raises(ConfigError, match="languages.csv"):
        read_languages(path)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("SUHH,SUHH,Soviet Union,USSR,Russia,,1922,1991\n", ":2: successor 'Russia'"),
        ("SUH,,Soviet Union,USSR,RU,,1922,1991\n", ":2: code 'SUH'"),
        ("SUHH,SUHH,Soviet Union,USSR,RU,,30.12.1922,1991\n", ":2: start '30.12.1922'"),
    ],
)
def test_malformed_historical(tmp_path: Path, row: str, expected: str) -> None:
    path = tmp_path / "historical_countries.csv"
    path.write_text(HISTORICAL_HEADER + row, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        read_historical(path)
    assert expected in str(info.value)


@pytest.mark.parametrize(
    ("cell", "values"),
    [("a|b", ("a", "b")), (" a | ", ("a",)), ("", ()), ("|", ())],
)
def test_split_multi(cell: str, values: tuple[str, ...]) -> None:
    assert split_multi(cell) == values


def test_exonyms_and_genitives() -> None:
    assert load_exonyms() is load_exonyms() and load_genitives() is load_genitives()
    countries = {c.iso2 for c in load_countries()}
    codes = countries | {h.code for h in load_historical()}
    assert {e.iso2 for e in load_exonyms()} <= countries
    assert {g.code for g in load_genitives()} <= codes
    langs = {e.lang for e in load_exonyms()}
    assert {"de", "es", "fr", "it", "pt", "nl", "tr", "nb", "da", "sv"} <= langs
    # no exonym names two countries
    owner: dict[str, str] = {}
    for e in load_exonyms():
        assert owner.setdefault(e.name.casefold(), e.iso2) == e.iso2, e.name


def test_every_exonym_addition_is_in_the_generated_table() -> None:
    """``exonym_additions.csv`` feeds ``make_exonyms.py``: a row missing from its output means
    the generator was not run after the file changed (or it left the name out, and says why)."""
    with (data_dir() / "reference" / "exonym_additions.csv").open(encoding="utf-8", newline="") as fh:
        additions = {(r["iso2"], r["lang"], r["name"]) for r in csv.DictReader(fh)}
    assert additions and additions <= {(e.iso2, e.lang, e.name) for e in load_exonyms()}


def test_read_exonyms_and_genitives(tmp_path: Path) -> None:
    path = tmp_path / "exonyms.csv"
    path.write_text("iso2,lang,name\nDE,nb,Tyskland\n", encoding="utf-8")
    assert read_exonyms(path) == (Exonym("DE", "nb", "Tyskland"),)
    path.write_text("iso2,lang,name\nDE,Norsk,Tyskland\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"exonyms\.csv:2: lang 'Norsk' is malformed"):
        read_exonyms(path)
    path = tmp_path / "genitives.csv"
    path.write_text(
        "code,name,genitive\nDE,Tyskland,Tysklands\nSUHH,Sovjetunionen,Sovjetunionens\n", encoding="utf-8"
    )
    assert read_genitives(path)[1] == Genitive("SUHH", "Sovjetunionen", "Sovjetunionens")
    path.write_text("code,name,genitive\nDE,Tyskland,Tysklandes\n", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"genitives\.csv:2: genitive 'Tysklandes' is not 'Tyskland' \+ 's'"
    ):
        read_genitives(path)
    path.write_text("code,name,genitive\nDEU,Tyskland,Tysklands\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"genitives\.csv:2: code 'DEU'"):
        read_genitives(path)


def test_read_org_heads_words_and_compound_endings(tmp_path: Path) -> None:
    from movement_graph.reference import read_org_heads

    path = tmp_path / "heads.txt"
    path.write_text("# heads\nParty\nFront\n-partei\n\n", encoding="utf-8")
    heads = read_org_heads(path)
    assert heads.words == frozenset({"party", "front"}) and heads.endings == ("partei",)
    assert heads.heads("arbeiterpartei") and heads.heads("front") and not heads.heads("parteien")
    with pytest.raises(ConfigError, match=r"missing\.txt: cannot read the organisation head words"):
        read_org_heads(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("en,13,smarch\n", "not a number from 1 to 12"),
        ("en,1,January\n", "lower case"),
        ("en,3,mar\nxx,5,mar\n", "'mar' names two months"),
    ],
)
def test_read_months_refuses_bad_rows(tmp_path: Path, rows: str, message: str) -> None:
    path = tmp_path / "months.csv"
    path.write_text("lang,month,names\n" + rows, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        read_months(path)


def test_the_name_glossary_translates_the_networks_languages() -> None:
    glossary = {g.word: g.english for g in reference.load_glossary()}
    assert glossary["partido"] == glossary["partei"] == glossary["partisi"] == "party"
    assert glossary["arbeiterpartei"] == "workers party"
    assert {g.lang for g in reference.load_glossary()} >= {"es", "fr", "it", "pt", "de", "tr"}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("es,Partido,party\n", "lower case"),
        ("es,partido,party\nxx,partido,department\n", "'partido' has two translations"),
        ("es,,party\n", "word"),
    ],
)
def test_read_glossary_refuses_bad_rows(tmp_path: Path, rows: str, message: str) -> None:
    path = tmp_path / "name_glossary.csv"
    path.write_text("lang,word,english\n" + rows, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        reference.read_glossary(path)


def test_the_ordinals_number_one_to_forty_in_every_language_of_the_networks() -> None:
    ordinals = reference.load_ordinals()
    for lang in ("en", "es", "fr", "de", "it", "pt", "tr", "nl", "sv", "da", "nb"):
        assert {o.value for o in ordinals if o.lang == lang} >= set(range(1, 41)), lang
    words = {(o.word, o.lang): o.value for o in ordinals}
    assert words["vigésima séptima", "es"] == words["vigesima septima", "es"] == 27
    assert words["ventisettesima", "it"] == words["siebenundzwanzigsten", "de"] == 27
    assert words["primer", "es"] == words["première", "fr"] == words["erster", "de"] == 1
    assert words["üçüncü", "tr"] == words["ucuncu", "tr"] == words["troisième", "fr"] == 3
    assert words["tweeëntwintigste", "nl"] == words["vingt-deuxième", "fr"] == 22


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("Segunda,es,2\n", r"ordinals\.csv:2: word 'Segunda' is not in lower case"),
        ("segunda,es,0\n", r"ordinals\.csv:2: value '0' is not a number"),
        ("segunda,es,dos\n", r"ordinals\.csv:2: value 'dos' is not a number"),
        ("2nd,en,2\n", r"ordinals\.csv:2: word '2nd' is malformed"),
        ("segunda,español,2\n", r"ordinals\.csv:2: lang 'español' is malformed"),
        ("segunda,es,2\nsegunda,es,2\n", "'segunda' occurs twice in es"),
        ("vingt-deux,fr,22\nvingt deux,xx,20\n", "'vingt deux' stands for two numbers"),
        ("segunda,es\n", r"ordinals\.csv:2: expected 3 columns"),
    ],
)
def test_read_ordinals_refuses_bad_rows(tmp_path: Path, rows: str, message: str) -> None:
    path = tmp_path / "ordinals.csv"
    path.write_text("word,lang,value\n" + rows, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        reference.read_ordinals(path)
