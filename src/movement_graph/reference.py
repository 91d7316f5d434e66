"""Load the reference data of ``data/reference/``: countries (and exonyms), former countries, languages.

The CSV files are general knowledge (see ``data/reference/README.md`` for their columns);
this module turns each row into a small frozen record and caches the result, so that every
stage reads the files once.  A malformed row raises ``ConfigError`` naming the file and the
line.  The word files of ``data/patterns/`` the rules read (``org_heads.txt``,
``document_kinds.yaml``, ``event_words.yaml``, ``name_words.yaml``) are loaded here too;
a malformed word file raises ``ConfigError`` naming the file and the group.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import yaml

from .errors import ConfigError

__all__ = [
    "CONTINENTS",
    "CountryRecord",
    "Exonym",
    "Genitive",
    "NameCase",
    "HistoricalCountry",
    "LanguageRecord",
    "MonthNames",
    "OrdinalWord",
    "data_dir",
    "load_countries",
    "load_event_words",
    "load_exonyms",
    "load_genitives",
    "load_historical",
    "load_languages",
    "load_months",
    "load_name_cases",
    "load_name_words",
    "load_ordinals",
    "ordinal_key",
    "split_multi",
]

#: the values of the ``continent`` column (and of ``mg:continent``)
CONTINENTS = frozenset({"Africa", "Asia", "Europe", "North America", "South America", "Oceania"})

_ISO2 = re.compile(r"^[A-Z]{2}$")
_CODE4 = re.compile(r"^[A-Z]{4}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_BCP47 = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_DATE = re.compile(r"^-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")

COUNTRY_COLUMNS = (
    "iso2",
    "name",
    "aliases",
    "native_names",
    "demonyms",
    "native_adjectives",
    "languages",
    "continent",
    "wikidata",
)
HISTORICAL_COLUMNS = (
    "code",
    "iso3166_3",
    "name",
    "aliases",
    "successor",
    "wikidata",
    "start",
    "end",
)
LANGUAGE_COLUMNS = ("code", "name", "marker_words")
EXONYM_COLUMNS = ("iso2", "lang", "name")
GENITIVE_COLUMNS = ("code", "name", "genitive")
NAME_CASE_COLUMNS = ("lang", "ending", "forms")
HOMONYM_COLUMNS = ("code", "name", "lang", "word")
ADJECTIVE_COLUMNS = ("iso2", "lang", "forms")
GLOSSARY_COLUMNS = ("lang", "word", "english")
CITY_COLUMNS = ("name", "iso2", "capital", "aliases")
REGION_COLUMNS = ("name", "iso2", "code")
_ISO3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
MONTH_COLUMNS = ("lang", "month", "names")
ORDINAL_COLUMNS = ("word", "lang", "value")
#: what an ordinal word is made of: lower-case letters, and a space or hyphen between the
#: parts of a compound ("vigésima séptima", "twenty-seventh", "vingt et unième")
_ORDINAL_WORD = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+)*$")


@dataclass(frozen=True, slots=True)
class MonthNames:
    """A month's names in one language (one row of ``months.csv``)."""

    lang: str
    month: int
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OrdinalWord:
    """A spelled-out ordinal in one language (one row of ``ordinals.csv``)."""

    word: str
    lang: str
    value: int


@dataclass(frozen=True, slots=True)
class CountryRecord:
    """A current country (one row of ``countries.csv``)."""

    iso2: str
    name: str
    aliases: tuple[str, ...] = ()
    native_names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    native_adjectives: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    continent: str | None = None
    wikidata: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the country: English name, aliases, then native names."""
        return (self.name, *self.aliases, *self.native_names)


@dataclass(frozen=True, slots=True)
class HistoricalCountry:
    """A former country (one row of ``historical_countries.csv``).

    ``code`` is the identifier (the ISO 3166-3 code where one exists, else an
    ``X``-prefixed code of our own); ``iso3166_3`` is the ISO 3166-3 code or ``None``;
    ``successor`` the ISO 3166-1 alpha-2 code of the principal successor.
    """

    code: str
    name: str
    successor: str
    iso3166_3: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    start: str | None = None
    end: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the former country: its name, then its aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Exonym:
    """A country's name in another language (one row of ``country_exonyms.csv``)."""

    iso2: str
    lang: str
    name: str


@dataclass(frozen=True, slots=True)
class Homonym:
    """A country's name that is also a common word of a language the networks write in
    (one row of ``country_homonyms.csv``): "Reunión", Réunion in Spanish, is the Spanish
    for "meeting", capitalised in a meeting's name ("Reunión Regional")."""

    code: str
    name: str
    lang: str
    word: str


@dataclass(frozen=True, slots=True)
class CountryAdjective:
    """A country's adjective in another language the networks write in, every form of it
    (one row of ``country_adjectives.csv``): "cileno|cilena|cileni|cilene", "chilenisch|…"."""

    iso2: str
    lang: str
    forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NameCase:
    """The case endings that replace one ending of a country's name in a language with
    cases (one row of ``name_cases.csv``): Russian "Украина" → "Украины", "Украине"."""

    lang: str
    ending: str
    forms: tuple[str, ...]

    def inflect(self, name: str) -> tuple[str, ...]:
        """The other cases of ``name`` when it ends with this row's ending, else ().

        >>> NameCase("ru", "а", ("ы", "е")).inflect("Украина")
        ('Украины', 'Украине')
        """
        if not name.endswith(self.ending):
            return ()
        stem = name[: len(name) - len(self.ending)]
        return tuple(stem + f for f in self.forms)


@dataclass(frozen=True, slots=True)
class Genitive:
    """The "-s" genitive of a country's name (one row of ``country_genitives.csv``).

    ``code`` is the ISO alpha-2 code of a current country or the code of a former one;
    ``genitive`` is ``name`` + "s" ("Tyskland" → "Tysklands").
    """

    code: str
    name: str
    genitive: str


@dataclass(frozen=True, slots=True)
class City:
    """A city and the countries a city of that name lies in (one row of ``cities.csv``)."""

    name: str
    iso2: tuple[str, ...]
    capital: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Region:
    """A subdivision's name (region, province, state …) and the countries whose
    subdivisions bear it (one row of ``regions.csv``)."""

    name: str
    iso2: tuple[str, ...]
    codes: tuple[str, ...]  # the ISO 3166-2 codes, one per country


@dataclass(frozen=True, slots=True)
class Gloss:
    """A word of party names in another language and its English (``name_glossary.csv``)."""

    lang: str
    word: str
    english: str


@dataclass(frozen=True, slots=True)
class LanguageRecord:
    """A language and the marker words that tag a name as written in it."""

    code: str
    name: str
    marker_words: frozenset[str] = frozenset()


def data_dir() -> Path:
    """Return the repository's ``data/`` directory (the package is installed editable).

    >>> (data_dir() / "reference" / "countries.csv").is_file()
    True
    """
    return Path(__file__).resolve().parents[2] / "data"


def split_multi(cell: str) -> tuple[str, ...]:
    """Split a ``|``-separated cell into its non-empty, stripped values.

    >>> split_multi("Deutschland| Deutschlands|")
    ('Deutschland', 'Deutschlands')
    >>> split_multi("")
    ()
    """
    return tuple(v.strip() for v in cell.split("|") if v.strip())


class _RowError(ValueError):
    """A problem with one row or group; ``_read`` adds the file and line, ``read_vocabulary``
    the file and group."""


def _optional(cell: str, pattern: re.Pattern[str], what: str) -> str | None:
    cell = cell.strip()
    if not cell:
        return None
    if not pattern.match(cell):
        raise _RowError(f"{what} {cell!r} is malformed")
    return cell


def _required(cell: str, pattern: re.Pattern[str] | None, what: str) -> str:
    cell = cell.strip()
    if not cell:
        raise _RowError(f"{what} is empty")
    if pattern is not None and not pattern.match(cell):
        raise _RowError(f"{what} {cell!r} is malformed")
    return cell


_R = TypeVar("_R")


def _read(path: Path, columns: tuple[str, ...], parse: Callable[[dict[str, str]], _R]) -> tuple[_R, ...]:
    """Parse every row of a reference CSV, raising ``ConfigError`` with file and line."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read reference data: {err.strerror}") from err
    records: list[_R] = []
    with fh:
        reader = csv.reader(fh, strict=True)
        try:
            header = next(reader, None)
            if header is None or tuple(h.strip() for h in header) != columns:
                raise ConfigError(
                    f"{path}:1: expected the header {','.join(columns)}, found {','.join(header or [])!r}"
                )
            for row in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(columns):
                    raise ConfigError(
                        f"{path}:{line}: expected {len(columns)} columns "
                        f"({','.join(columns)}), found {len(row)}"
                    )
                try:
                    records.append(parse(dict(zip(columns, row, strict=True))))
                except _RowError as err:
                    raise ConfigError(f"{path}:{line}: {err}") from err
        except (csv.Error, UnicodeDecodeError) as err:
            raise ConfigError(f"{path}:{reader.line_num + 1}: {err}") from err
    return tuple(records)


def _unique(records: tuple[_R, ...], key: Callable[[_R], str], path: Path) -> None:
    seen: set[str] = set()
    for record in records:
        k = key(record)
        if k in seen:
            raise ConfigError(f"{path}: the code {k!r} occurs twice")
        seen.add(k)


def _country(row: dict[str, str]) -> CountryRecord:
    continent = row["continent"].strip() or None
    if continent is not None and continent not in CONTINENTS:
        raise _RowError(f"continent {continent!r} is not one of {sorted(CONTINENTS)}")
    languages = split_multi(row["languages"])
    for code in languages:
        if not _BCP47.match(code):
            raise _RowError(f"language code {code!r} is not a BCP 47 tag")
    return CountryRecord(
        iso2=_required(row["iso2"], _ISO2, "iso2"),
        name=_required(row["name"], None, "name"),
        aliases=split_multi(row["aliases"]),
        native_names=split_multi(row["native_names"]),
        demonyms=split_multi(row["demonyms"]),
        native_adjectives=split_multi(row["native_adjectives"]),
        languages=languages,
        continent=continent,
        wikidata=_optional(row["wikidata"], _QID, "wikidata QID"),
    )


def _historical(row: dict[str, str]) -> HistoricalCountry:
    return HistoricalCountry(
        code=_required(row["code"], _CODE4, "code"),
        iso3166_3=_optional(row["iso3166_3"], _CODE4, "iso3166_3"),
        name=_required(row["name"], None, "name"),
        aliases=split_multi(row["aliases"]),
        successor=_required(row["successor"], _ISO2, "successor"),
        wikidata=_optional(row["wikidata"], _QID, "wikidata QID"),
        start=_optional(row["start"], _DATE, "start"),
        end=_optional(row["end"], _DATE, "end"),
    )


def _language(row: dict[str, str]) -> LanguageRecord:
    return LanguageRecord(
        code=_required(row["code"], _BCP47, "code"),
        name=_required(row["name"], None, "name"),
        marker_words=frozenset(w.lower() for w in split_multi(row["marker_words"])),
    )


def _exonym(row: dict[str, str]) -> Exonym:
    return Exonym(
        iso2=_required(row["iso2"], _ISO2, "iso2"),
        lang=_required(row["lang"], _BCP47, "lang"),
        name=_required(row["name"], None, "name"),
    )


#: one lower-case word, hyphens inside ("sud-africain")
#: one lower-case word, in Latin, Greek or Cyrillic letters ("chilien", "ελληνικός", "український")
_ADJECTIVE_LETTERS = "a-zà-öø-ÿα-ωάέήίόύώϊϋΐΰа-яёіїєґ"
_ADJECTIVE_FORM = re.compile(f"^[{_ADJECTIVE_LETTERS}]+(?:-[{_ADJECTIVE_LETTERS}]+)*$")


def _adjective(row: dict[str, str]) -> CountryAdjective:
    forms = split_multi(row["forms"])
    if not forms:
        raise _RowError("forms is empty")
    for form in forms:
        if not _ADJECTIVE_FORM.match(form):
            raise _RowError(f"form {form!r} is not one lower-case word")
    if len(set(forms)) != len(forms):
        raise _RowError("a form occurs twice")
    return CountryAdjective(
        iso2=_required(row["iso2"], _ISO2, "iso2"),
        lang=_required(row["lang"], _BCP47, "lang"),
        forms=forms,
    )


def _month(row: dict[str, str]) -> MonthNames:
    month = _required(row["month"], None, "month")
    if not month.isdigit() or not 1 <= int(month) <= 12:
        raise _RowError(f"month {month!r} is not a number from 1 to 12")
    names = split_multi(row["names"])
    if not names:
        raise _RowError("names is empty")
    if any(n != n.lower() for n in names):
        raise _RowError(f"names {row['names']!r} are not in lower case")
    return MonthNames(lang=_required(row["lang"], _BCP47, "lang"), month=int(month), names=names)


def _ordinal(row: dict[str, str]) -> OrdinalWord:
    word = _required(row["word"], _ORDINAL_WORD, "word")
    if word != word.lower():
        raise _RowError(f"word {word!r} is not in lower case")
    value = _required(row["value"], None, "value")
    if not value.isdigit() or not 1 <= int(value) <= 1000:
        raise _RowError(f"value {value!r} is not a number from 1 to 1000")
    return OrdinalWord(word=word, lang=_required(row["lang"], _BCP47, "lang"), value=int(value))


def ordinal_key(word: str) -> str:
    """An ordinal word as it is looked up: lower case, its parts one space apart.

    ("İ" lowers to "i" and a combining dot; Turkish capitals are read as "i".)

    >>> ordinal_key("Vigésima  Séptima"), ordinal_key("vingt-et-unième"), ordinal_key("İKİNCİ")
    ('vigésima séptima', 'vingt et unième', 'ikinci')
    """
    return " ".join(re.split(r"[\s\-]+", word.replace("İ", "i").lower().strip(" -")))


def _city(row: dict[str, str]) -> City:
    codes = split_multi(row["iso2"])
    if not codes or not all(_ISO2.match(c) for c in codes):
        raise _RowError(f"iso2 {row['iso2']!r} is not one or more ISO alpha-2 codes")
    return City(
        name=_required(row["name"], None, "name"),
        iso2=codes,
        capital=row["capital"].strip() == "yes",
        aliases=split_multi(row["aliases"]),
    )


def _region(row: dict[str, str]) -> Region:
    codes = split_multi(row["iso2"])
    subs = split_multi(row["code"])
    if not codes or not all(_ISO2.match(c) for c in codes):
        raise _RowError(f"iso2 {row['iso2']!r} is not one or more ISO alpha-2 codes")
    if len(subs) != len(codes) or not all(
        _ISO3166_2.match(s) and s.split("-")[0] == c for s, c in zip(subs, codes, strict=True)
    ):
        raise _RowError(f"code {row['code']!r} is not one ISO 3166-2 code of each country")
    return Region(name=_required(row["name"], None, "name"), iso2=codes, codes=subs)


def _gloss(row: dict[str, str]) -> Gloss:
    word = _required(row["word"], None, "word")
    english = _required(row["english"], None, "english")
    if word != word.lower() or english != english.lower():
        raise _RowError(f"{word!r} → {english!r} is not in lower case")
    return Gloss(lang=_required(row["lang"], _BCP47, "lang"), word=word, english=english)


def _name_case(row: dict[str, str]) -> NameCase:
    ending = _required(row["ending"], None, "ending")
    forms = split_multi(row["forms"])
    if not forms:
        raise _RowError("no forms")
    if any(x != x.lower() or not x.isalpha() for x in (ending, *forms)):
        raise _RowError(f"{ending!r} → {'|'.join(forms)!r} is not lower-case letters")
    return NameCase(lang=_required(row["lang"], _BCP47, "lang"), ending=ending, forms=forms)


def _genitive(row: dict[str, str]) -> Genitive:
    code = _required(row["code"], None, "code")
    if not (_ISO2.match(code) or _CODE4.match(code)):
        raise _RowError(f"code {code!r} is neither an ISO alpha-2 code nor a former country's code")
    name = _required(row["name"], None, "name")
    genitive = _required(row["genitive"], None, "genitive")
    if genitive != name + "s":
        raise _RowError(f"genitive {genitive!r} is not {name!r} + 's'")
    return Genitive(code=code, name=name, genitive=genitive)


def read_countries(path: Path) -> tuple[CountryRecord, ...]:
    """Parse a countries CSV (the format of ``data/reference/countries.csv``).

    Raises
    ------
    ConfigError
        for a missing file, a wrong header, a malformed row (with its line) or a
        duplicate code.
    """
    records = _read(path, COUNTRY_COLUMNS, _country)
    _unique(records, lambda r: r.iso2, path)
    return records


def read_historical(path: Path) -> tuple[HistoricalCountry, ...]:
    """Parse a historical-countries CSV (the format of ``historical_countries.csv``).

    Raises
    ------
    ConfigError
        as ``read_countries``.
    """
    records = _read(path, HISTORICAL_COLUMNS, _historical)
    _unique(records, lambda r: r.code, path)
    return records


def read_languages(path: Path) -> tuple[LanguageRecord, ...]:
    """Parse a languages CSV (the format of ``data/reference/languages.csv``).

    Raises
    ------
    ConfigError
        as ``read_countries``.
    """
    records = _read(path, LANGUAGE_COLUMNS, _language)
    _unique(records, lambda r: r.code, path)
    return records


def read_exonyms(path: Path) -> tuple[Exonym, ...]:
    """Parse a country-exonyms CSV (the format of ``data/reference/country_exonyms.csv``).

    Raises
    ------
    ConfigError
        for a missing file, a wrong header or a malformed row (with its line).
    """
    return _read(path, EXONYM_COLUMNS, _exonym)


def read_months(path: Path) -> tuple[MonthNames, ...]:
    """Parse a months CSV (the format of ``data/reference/months.csv``).

    Raises
    ------
    ConfigError
        as ``read_exonyms``; also when one name stands for two months (in one language or
        two: a date is read without knowing its language).
    """
    records = _read(path, MONTH_COLUMNS, _month)
    seen: dict[str, int] = {}
    for r in records:
        for name in r.names:
            if seen.setdefault(name, r.month) != r.month:
                raise ConfigError(f"{path}: {name!r} names two months ({seen[name]} and {r.month})")
    return records


def read_ordinals(path: Path) -> tuple[OrdinalWord, ...]:
    """Parse an ordinals CSV (the format of ``data/reference/ordinals.csv``).

    Raises
    ------
    ConfigError
        as ``read_exonyms``; also when a word occurs twice in one language, or stands for
        two numbers (in one language or two, spaces and hyphens aside: an ordinal is read
        without knowing its language).
    """
    records = _read(path, ORDINAL_COLUMNS, _ordinal)
    values: dict[str, int] = {}
    langs: set[tuple[str, str]] = set()
    for r in records:
        if (r.word, r.lang) in langs:
            raise ConfigError(f"{path}: {r.word!r} occurs twice in {r.lang}")
        langs.add((r.word, r.lang))
        key = ordinal_key(r.word)
        if values.setdefault(key, r.value) != r.value:
            raise ConfigError(f"{path}: {r.word!r} stands for two numbers ({values[key]} and {r.value})")
    return records


def read_glossary(path: Path) -> tuple[Gloss, ...]:
    """Parse a name-glossary CSV (the format of ``data/reference/name_glossary.csv``).

    Raises
    ------
    ConfigError
        as ``read_exonyms``; also when one word has two translations (a name's words are
        glossed without knowing its language).
    """
    records = _read(path, GLOSSARY_COLUMNS, _gloss)
    seen: dict[str, str] = {}
    for r in records:
        if seen.setdefault(r.word, r.english) != r.english:
            raise ConfigError(f"{path}: {r.word!r} has two translations ({seen[r.word]!r}, {r.english!r})")
    return records


def read_cities(path: Path) -> tuple[City, ...]:
    """Parse a cities CSV (the format of ``data/reference/cities.csv``).

    Raises
    ------
    ConfigError
        as ``read_exonyms``.
    """
    return _read(path, CITY_COLUMNS, _city)


def read_regions(path: Path) -> tuple[Region, ...]:
    """Parse a regions CSV (the format of ``data/reference/regions.csv``).

    Raises
    ------
    ConfigError
        as ``read_exonyms``.
    """
    return _read(path, REGION_COLUMNS, _region)


def _homonym(row: dict[str, str]) -> Homonym:
    code = _required(row["code"], None, "code")
    if not _ISO2.match(code):
        raise _RowError(f"code {code!r} is not an ISO alpha-2 code")
    return Homonym(
        code=code,
        name=_required(row["name"], None, "name"),
        lang=_required(row["lang"], None, "lang"),
        word=_required(row["word"], None, "word"),
    )


def read_homonyms(path: Path) -> tuple[Homonym, ...]:
    """Parse a homonyms CSV (the format of ``data/reference/country_homonyms.csv``).

    Raises
    ------
    ConfigError
        as ``read_exonyms``.
    """
    return _read(path, HOMONYM_COLUMNS, _homonym)


def read_adjectives(path: Path, countries: frozenset[str] | None = None) -> tuple[CountryAdjective, ...]:
    """Parse a country adjectives CSV (the format of ``data/reference/country_adjectives.csv``).

    Raises
    ------
    ConfigError
        as ``read_exonyms``; also when a country and language occur twice, when one form
        names two countries in one language, or (given ``countries``, the known iso2 codes)
        when a code is not a known country.
    """
    records = _read(path, ADJECTIVE_COLUMNS, _adjective)
    _unique(records, lambda a: f"{a.iso2} {a.lang}", path)
    owner: dict[tuple[str, str], str] = {}
    for rec in records:
        if countries is not None and rec.iso2 not in countries:
            raise ConfigError(f"{path}: {rec.iso2!r} is not a country of countries.csv")
        for form in rec.forms:
            other = owner.setdefault((rec.lang, form), rec.iso2)
            if other != rec.iso2:
                raise ConfigError(f"{path}: {form!r} ({rec.lang}) names both {other} and {rec.iso2}")
    return records


def read_genitives(path: Path) -> tuple[Genitive, ...]:
    """Parse a genitives CSV (the format of ``data/reference/country_genitives.csv``).

    Raises
    ------
    ConfigError
        as ``read_exonyms``; also when a genitive is not its name + "s".
    """
    return _read(path, GENITIVE_COLUMNS, _genitive)


@cache
def load_countries() -> tuple[CountryRecord, ...]:
    """Return every current country of ``data/reference/countries.csv``, by iso2 order.

    >>> peru = next(c for c in load_countries() if c.iso2 == "PE")
    >>> peru.name, peru.continent, peru.wikidata
    ('Peru', 'South America', 'Q419')
    """
    return read_countries(data_dir() / "reference" / "countries.csv")


@dataclass(frozen=True, slots=True)
class OrgHeads:
    """The words that head organisation names (``data/patterns/org_heads.txt``).

    ``words`` are whole words ("party", "partido"); ``endings`` end compounds that head a
    name ("arbeiterpartei"), written "-partei" in the file; ``finals`` head a name only as
    its last word, as in head-final languages ("… Sramik Dal", Italian "dal" being a
    preposition), written "dal$" in the file.
    """

    words: frozenset[str]
    endings: tuple[str, ...]
    finals: frozenset[str] = frozenset()

    def heads(self, word: str) -> bool:
        """True when ``word`` (lower case) heads organisation names, alone or as a compound's end.

        >>> h = load_org_heads()
        >>> h.heads("party"), h.heads("arbeiterpartei"), h.heads("struggle")
        (True, True, False)
        """
        return word in self.words or word.endswith(self.endings)


def read_org_heads(path: Path) -> OrgHeads:
    """Parse a head-word list: one word per line, "-ending" for compounds, "word$" for a
    head that only ends a name, "#" comments.

    Raises
    ------
    ConfigError
        for a missing file.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read the organisation head words: {err.strerror}") from err
    lines = [ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return OrgHeads(
        words=frozenset(w for w in lines if not w.startswith("-") and not w.endswith("$")),
        endings=tuple(w[1:] for w in lines if w.startswith("-")),
        finals=frozenset(w[:-1] for w in lines if w.endswith("$")),
    )


@cache
def load_org_heads() -> OrgHeads:
    """The project's organisation head words (``data/patterns/org_heads.txt``)."""
    return read_org_heads(data_dir() / "patterns" / "org_heads.txt")


@cache
def load_historical() -> tuple[HistoricalCountry, ...]:
    """Return every former country of ``data/reference/historical_countries.csv``.

    >>> volta = next(c for c in load_historical() if c.code == "HVBF")
    >>> volta.name, volta.successor, volta.iso3166_3
    ('Upper Volta', 'BF', 'HVBF')
    """
    return read_historical(data_dir() / "reference" / "historical_countries.csv")


@cache
def load_exonyms() -> tuple[Exonym, ...]:
    """Return the countries' names in other languages (``country_exonyms.csv``).

    Generated from pycountry's ISO 3166-1 translations by ``data/reference/make_exonyms.py``.

    >>> sorted({e.name for e in load_exonyms() if e.iso2 == "DE" and e.lang in ("nb", "es", "fr")})
    ['Alemania', 'Allemagne', 'Tyskland']
    """
    return read_exonyms(data_dir() / "reference" / "country_exonyms.csv")


@cache
def load_months() -> tuple[MonthNames, ...]:
    """Return the months' names in the languages the networks write in (``months.csv``).

    >>> sorted({m.lang for m in load_months() if "nisan" in m.names})
    ['tr']
    """
    return read_months(data_dir() / "reference" / "months.csv")


@cache
def load_ordinals() -> tuple[OrdinalWord, ...]:
    """Return the spelled-out ordinals 1 to 40 of the languages the networks write in
    (``ordinals.csv``).

    >>> sorted({(o.lang, o.value) for o in load_ordinals() if o.word == "vigésima séptima"})
    [('es', 27)]
    """
    return read_ordinals(data_dir() / "reference" / "ordinals.csv")


@cache
def load_document_kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The kinds of text and the words that name them (``data/patterns/document_kinds.yaml``):
    the English words first, then those of the other languages, each in the file's order.

    >>> [kind for kind, words in load_document_kinds() if "erklärung" in words]
    ['declaration']
    """
    path = data_dir() / "patterns" / "document_kinds.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return tuple(
            (str(kind), tuple(str(w) for w in words))
            for group in ("english", "other_languages")
            for kind, words in raw[group].items()
        )
    except (OSError, yaml.YAMLError, KeyError, AttributeError, TypeError) as err:
        raise ConfigError(
            f"{path}: expected 'english' and 'other_languages' maps of kind to words ({err})"
        ) from err


#: the kinds of value a group of a word file holds (``read_vocabulary``)
WORDS = "words"  # a list of distinct lower-case words or phrases
PATTERNS = "patterns"  # a list of distinct regular expressions, alternatives of one pattern
NUMBERS = "numbers"  # a map of distinct lower-case words to whole numbers
GROUPS = "groups"  # a map of lower-case labels to lists of lower-case words, each word under one label

#: the groups of ``data/patterns/event_words.yaml`` and their kinds (read by ``extract/events.py``)
EVENT_WORD_GROUPS: dict[str, str] = {
    **dict.fromkeys(
        (
            "condemn",
            "support",
            "against",
            "never_again",
            "light_verbs",
            "speaker_nouns",
            "own_body_words",
            "time_links",
            "recent",
            "future",
            "wanting",
            "banning",
            "banning_particles",
            "month_prepositions",
            "wanting_stems",
            "future_verbs",
            "next_words",
            "place_prepositions",
            "surname_particles",
            "international_prefixes",
            "surname_articles",
            "region_prepositions",
            "in_prepositions",
            "relative_pronouns",
            "figurative_adjectives",
            "backer_nouns",
            "backer_verbs",
            "destination_verbs",
            "economic_of",
            "destination_phrases",
            "destination_stems_after",
            "agent_nouns",
            "event_nouns",
            "protesters",
            "firing_agents",
            "crowds",
            "kill",
            "military",
            "coup_makers",
            "offices",
            "any_words",
            "new_war_words",
            "threat_nouns",
            "figurative_war_words",
            "declaration_words",
            "declaring_stems",
            "general_words",
            "at_prepositions",
            "struck_verbs",
            "explosion_sites",
            "compass_parts",
            "since_words",
            "series_words",
            "office_words",
            "marching_subjects",
            "intervention_qualifiers",
            "intervention_prepositions",
            "threat_words",
            "indefinite_articles",
            "befell_verbs",
            "not_name",
            "election_kinds",
            "voting_verbs",
            "until_words",
            "struck_forms",
            "law_heads",
            "law_adoption_verbs",
            "summit_nouns",
            "summit_modifiers",
            "summit_of",
            "liberation_nouns",
            "liberation_of",
            "liberation_goals",
            "liberation_verbs",
            "withdrawal_nouns",
            "withdrawal_verbs",
            "withdrawal_from",
            "agreement_heads",
            "protested_laws",
            "collapsing_structures",
            "meeting_heads",
            "place_heads",
            "building_words",
            "building_suffixes",
            "duration_ones",
            "duration_links",
            "duration_ended",
            "arresting_forces",
            "seizing_forces",
            "feast_words",
            "feast_day_heads",
            "text_heads",
            "killers",
            "murder_stems",
            "kill_counts",
            "count_leads",
            "not_victims",
            "victim_prepositions",
            "anniversary_years_before",
            "occasion_days",
            "anniversary_nouns",
            "present_words",
            "armed_strikes",
            "plural_killed",
            "attempt_words",
            "arrest_nouns",
            "more_than",
            "regime_words",
            "regime_of_words",
            "ruler_nouns",
            "removed_offices",
            "vessel_nouns",
            "name_articles",
            "definite_event_forms",
            "police_nouns",
            "war_on_objects",
            "modal_verbs",
            "target_prepositions",
            "overthrow_nouns",
            "fall_nouns",
            "resigned_verbs",
            "forced_passive_words",
            "plural_event_words",
            "died_verbs_v2",
            "superlative_words",
            "witnessed_verbs",
            "work_nouns",
            "same_day",
            "past_protest_verbs",
            "demonstratives",
            "concessive_words",
            "flight_verbs",
            "where_words",
            "siege_by",
            "place_list_joins",
            "founding_nouns",
            "offensive_nouns",
            "victory_nouns",
            "anniversary_links",
            "german_adjective_stems",
            "german_adjective_endings",
            "german_genitive_endings",
            "territory_nouns",
            "birth_verbs",
            "end_nouns",
            "coup_outcome_verbs",
            "outcome_verbs",
            "invasion_words",
            "organisation_heads",
            "founding_verbs",
            "founding_participles",
            "founding_auxiliaries",
            "name_prepositions",
            "name_articles_inside",
            "name_conjunctions",
            "participle_links",
        ),
        WORDS,
    ),
    "city_as_power_verbs": PATTERNS,
    "years_ago": PATTERNS,
    "disaster_kinds": GROUPS,
    "duration_units": GROUPS,
    "siege_nouns": GROUPS,
    "anniversary_ordinals": NUMBERS,
    "cardinal_words": NUMBERS,
}
#: the groups of ``data/patterns/name_words.yaml`` and their kinds (read by ``extract/entries.py``,
#: ``extract/document.py``, ``extract/networks.py``, ``extract/organisations.py``, ``extract/persons.py``,
#: ``resolve/organisations.py`` and ``segment.py``)
NAME_WORD_GROUPS: dict[str, str] = {
    **dict.fromkeys(
        (
            "english_name_words",
            "english_prose_words",
            "org_function_words",
            "place_prepositions",
            "solidarity_prepositions",
            "ethnonyms",
            "name_abbreviations",
            "name_function_words",
            "origin_prepositions",
            "origin_articles",
            "participant_openings",
            "participant_among",
            "host_appositions",
            "country_parties",
            "paper_organ_words",
            "own_party_words",
            "affiliate_descriptions",
            "personal_capacity",
            "withdrawn_signature",
            "name_connectors",
        ),
        WORDS,
    ),
    "formerly": PATTERNS,
    "member_of": PATTERNS,
    "membership_statement": PATTERNS,
    "participant_of": PATTERNS,
    "not_member": PATTERNS,
    "guest_note": PATTERNS,
    "spellings": GROUPS,
}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The groups of one word file of ``data/patterns/``, by kind (see ``read_vocabulary``).

    ``words`` holds the groups of kind ``WORDS`` and ``PATTERNS``, each in the file's order;
    ``numbers`` and ``groups`` the maps, in the file's order too.  All are read-only: a
    module that needs a set or a dict makes its own.
    """

    path: Path
    words: Mapping[str, tuple[str, ...]]
    numbers: Mapping[str, Mapping[str, int]]
    groups: Mapping[str, Mapping[str, tuple[str, ...]]]


class _DuplicateKey(Exception):
    """A key written twice in one YAML map (PyYAML keeps the last without a word)."""

    def __init__(self, key: object, line: int) -> None:
        super().__init__(key, line)
        self.key, self.line = key, line


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses a map with a key written twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise _DuplicateKey(key, key_node.start_mark.line + 1)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _word_list(value: object, *, lower: bool) -> tuple[str, ...]:
    """A non-empty list of distinct non-empty strings, lower case when ``lower``."""
    if not isinstance(value, list) or not value:
        raise _RowError(f"expected a non-empty list, found {type(value).__name__} {value!r}"[:200])
    seen: set[str] = set()
    for w in value:
        if not isinstance(w, str) or not w.strip():
            raise _RowError(f"{w!r} is not a word (quote it if YAML reads it as a number or true/false)")
        if w != w.strip():
            raise _RowError(f"{w!r} has spaces around it")
        if lower and w != w.lower():
            raise _RowError(f"{w!r} is not in lower case")
        if w in seen:
            raise _RowError(f"{w!r} occurs twice")
        seen.add(w)
    return tuple(value)


def _word_map(value: object) -> dict[str, object]:
    """A non-empty map whose keys are lower-case words."""
    if not isinstance(value, dict) or not value:
        raise _RowError(f"expected a non-empty map, found {type(value).__name__} {value!r}"[:200])
    for k in value:
        if not isinstance(k, str) or not k.strip() or k != k.lower():
            raise _RowError(f"the key {k!r} is not a lower-case word (quote it if YAML reads it otherwise)")
    return value


def _patterns(value: object) -> tuple[str, ...]:
    """A ``PATTERNS`` group: distinct regular expressions (in any case: ``\\s`` is not ``\\S``).

    Each is one alternative of a larger expression (joined with ``|`` inside it): it must
    compile there, so no inline flag (``(?i)``), and hold no group that captures (``(?:…)``
    does), whose name or number would clash with the larger expression's groups.
    """
    patterns = _word_list(value, lower=False)
    for p in patterns:
        try:
            compiled = re.compile(p)
            re.compile(r"\b(?:x|" + p + r")\s")
        except re.error as err:
            raise _RowError(f"{p!r} is not a regular expression that can stand among others: {err}") from err
        if compiled.groups:
            raise _RowError(f"{p!r} has a capturing group: write (?:…)")
    return patterns


def _numbers(value: object) -> dict[str, int]:
    """A ``NUMBERS`` group: lower-case words and their whole numbers."""
    numbers: dict[str, int] = {}
    for k, n in _word_map(value).items():
        if not isinstance(n, int) or isinstance(n, bool):
            raise _RowError(f"{k!r}: {n!r} is not a whole number")
        numbers[k] = n
    return numbers


def _groups(value: object) -> dict[str, tuple[str, ...]]:
    """A ``GROUPS`` group: lower-case labels and their words, no word under two labels."""
    groups: dict[str, tuple[str, ...]] = {}
    label_of: dict[str, str] = {}
    for label, words in _word_map(value).items():
        try:
            groups[label] = _word_list(words, lower=True)
        except _RowError as err:
            raise _RowError(f"{label}: {err}") from err
        for w in groups[label]:
            if w in label_of:
                raise _RowError(f"{w!r} is under both {label_of[w]!r} and {label!r}")
            label_of[w] = label
    return groups


def read_vocabulary(path: Path, shape: Mapping[str, str]) -> Vocabulary:
    """Parse a word file of ``data/patterns/`` (the format of ``event_words.yaml``).

    Parameters
    ----------
    path
        the YAML file: a map of group names to their words.
    shape
        every group the file must have, with its kind: ``WORDS`` (a list of lower-case
        words or phrases), ``PATTERNS`` (a list of regular expressions), ``NUMBERS`` (a map
        of lower-case words to whole numbers) or ``GROUPS`` (a map of lower-case labels
        to lists of lower-case words).

    Raises
    ------
    ConfigError
        in one line naming the file and the group: a missing file, malformed YAML, a
        missing or unknown group, a value of the wrong kind, an entry that is not a
        string (or not a whole number), not in lower case, not a regular expression, or
        written twice.
    """
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except OSError as err:
        raise ConfigError(f"{path}: cannot read the word file: {err.strerror}") from err
    except _DuplicateKey as err:
        raise ConfigError(f"{path}:{err.line}: the key {err.key!r} occurs twice") from err
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not valid YAML: {' '.join(str(err).split())}") from err
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a map of group names to words, found {type(raw).__name__}")
    for key in raw:
        if key not in shape:
            raise ConfigError(f"{path}: {key}: unknown group (expected one of {', '.join(shape)})")
    words: dict[str, tuple[str, ...]] = {}
    numbers: dict[str, Mapping[str, int]] = {}
    groups: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for key, kind in shape.items():
        if key not in raw:
            raise ConfigError(f"{path}: {key}: missing (a group of kind {kind!r})")
        try:
            if kind == NUMBERS:
                numbers[key] = MappingProxyType(_numbers(raw[key]))
            elif kind == GROUPS:
                groups[key] = MappingProxyType(_groups(raw[key]))
            elif kind == PATTERNS:
                words[key] = _patterns(raw[key])
            else:
                words[key] = _word_list(raw[key], lower=True)
        except _RowError as err:
            raise ConfigError(f"{path}: {key}: {err}") from err
    # read-only: the loaders' result is cached and shared by every module that reads it
    return Vocabulary(
        path=path,
        words=MappingProxyType(words),
        numbers=MappingProxyType(numbers),
        groups=MappingProxyType(groups),
    )


@cache
def load_event_words() -> Vocabulary:
    """The words the event rules read (``data/patterns/event_words.yaml``).

    >>> words = load_event_words()
    >>> "condemn" in words.words["condemn"], words.groups["disaster_kinds"]["storm"]
    (True, ('hurricane', 'cyclone', 'typhoon', 'storm'))
    """
    return read_vocabulary(data_dir() / "patterns" / "event_words.yaml", EVENT_WORD_GROUPS)


@cache
def load_name_words() -> Vocabulary:
    """The words of names and of their languages (``data/patterns/name_words.yaml``).

    >>> load_name_words().groups["spellings"]["labour"]
    ('labor',)
    """
    return read_vocabulary(data_dir() / "patterns" / "name_words.yaml", NAME_WORD_GROUPS)


@cache
def load_name_cases() -> tuple[NameCase, ...]:
    """Return the case endings of countries' names in the languages with cases
    (``name_cases.csv``), longest ending first within a language: the first row whose
    ending a name ends with inflects it.

    >>> next(c for c in load_name_cases() if "Германия".endswith(c.ending)).inflect("Германия")[0]
    'Германии'
    """
    rows = _read(data_dir() / "reference" / "name_cases.csv", NAME_CASE_COLUMNS, _name_case)
    seen: set[tuple[str, str]] = set()
    for r in rows:
        if (r.lang, r.ending) in seen:
            raise ConfigError(f"name_cases.csv: the ending {r.ending!r} ({r.lang}) is given twice")
        seen.add((r.lang, r.ending))
    return tuple(sorted(rows, key=lambda r: (r.lang, -len(r.ending))))


@cache
def load_genitives() -> tuple[Genitive, ...]:
    """Return the "-s" genitives of the countries' names (``country_genitives.csv``).

    >>> ("IN", "Indien", "Indiens") in {(g.code, g.name, g.genitive) for g in load_genitives()}
    True
    """
    return read_genitives(data_dir() / "reference" / "country_genitives.csv")


@cache
def load_adjectives() -> tuple[CountryAdjective, ...]:
    """Return the countries' adjectives in the networks' other languages
    (``country_adjectives.csv``; the native adjectives are in ``countries.csv``).

    >>> sorted(a.forms[0] for a in load_adjectives() if a.iso2 == "CL")
    ['chilenisch', 'chileno', 'chileno', 'chilien', 'cileno', 'χιλιανός', 'чилийский', 'чилійський']
    """
    known = frozenset(c.iso2 for c in load_countries())
    return read_adjectives(data_dir() / "reference" / "country_adjectives.csv", known)


@cache
def load_homonyms() -> tuple[Homonym, ...]:
    """Return the countries' names that are also common words (``country_homonyms.csv``).

    >>> sorted(h.name for h in load_homonyms() if h.code == "RE")
    ['Reunion', 'Reunión', 'Riunione', 'Réunion']
    """
    return read_homonyms(data_dir() / "reference" / "country_homonyms.csv")


@cache
def load_cities() -> tuple[City, ...]:
    """Return the capitals and large or politically notable cities (``cities.csv``).

    >>> next(c.iso2 for c in load_cities() if c.name == "Quito")
    ('EC',)
    """
    return read_cities(data_dir() / "reference" / "cities.csv")


@cache
def load_regions() -> tuple[Region, ...]:
    """Return the names of the countries' subdivisions (``regions.csv``, generated from
    ISO 3166-2 by ``make_regions.py``).

    >>> next(r.iso2 for r in load_regions() if r.name == "Cabo Delgado")
    ('MZ',)
    """
    return read_regions(data_dir() / "reference" / "regions.csv")


@cache
def load_wider_regions() -> tuple[str, ...]:
    """Return the names of regions across several countries (``wider_regions.txt``), which
    place no event in one country and name no person.

    >>> "Sahel" in load_wider_regions()
    True
    """
    path = data_dir() / "reference" / "wider_regions.txt"
    return tuple(
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def load_glossary() -> tuple[Gloss, ...]:
    """Return the words of party names in the networks' other languages, with their English
    (``name_glossary.csv``).

    >>> sorted({g.english for g in load_glossary() if g.word in ("partido", "partei", "partisi")})
    ['party']
    """
    return read_glossary(data_dir() / "reference" / "name_glossary.csv")


@cache
def load_languages() -> tuple[LanguageRecord, ...]:
    """Return the languages of ``data/reference/languages.csv`` with their marker words.

    >>> "partei" in next(lang for lang in load_languages() if lang.code == "de").marker_words
    True
    """
    return read_languages(data_dir() / "reference" / "languages.csv")


def phrases_pattern(phrases: Iterable[str]) -> str:
    r"""The phrases of a word list as one alternation, longest first, each blank in them any
    run of blanks ("withdrawn its signature" also across a line break); the caller sets the
    boundaries and flags.

    >>> print(phrases_pattern(["personal capacity", "in a personal capacity"]))
    (?:in\s+a\s+personal\s+capacity|personal\s+capacity)
    """
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"
