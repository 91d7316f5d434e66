"""Find cities in text, each with the country it lies in (``data/reference/cities.csv``).

A city is a clue of last resort: a text that names only the place ("the coup in Niamey",
"réunie à Abidjan", "İstanbul, 3 Mart 2021") says the country by it.  The callers use a
city only where no country is named (an event's clause, a meeting's sentence, a dateline).

A name that several cities of different countries bear ("La Paz", "Tripoli", "Santiago")
lists every one of those countries; it names one only in a text that names exactly one of
them (``resolve``).  Names that are also common words, first names or surnames ("Sofia",
"Natal", "Roma" in English) are not in the table.

>>> [(h.text, h.codes) for h in find_cities("Les militaires ont pris le pouvoir à Niamey.")]
[('Niamey', ('NE',))]
>>> [h.text for h in find_cities("Myanmar'da ordu Naypyidaw'da yönetime el koydu")]
['Naypyidaw']
>>> [h.text for h in find_cities("the Paris Commune and George Washington")]
[]
>>> resolve(("BO", "MX"), {"BO", "PE"}), resolve(("BO", "MX"), {"BO", "MX"})
('BO', None)

Regions (states, provinces, departments: ``data/reference/regions.csv``, from ISO 3166-2)
are found the same way by ``find_regions``, for the event rules only:

>>> [(h.text, h.codes) for h in find_regions("the war in Tigray and the insurgency in Cabo Delgado")]
[('Tigray', ('ET',)), ('Cabo Delgado', ('MZ',))]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ..reference import load_cities, load_name_cases, load_regions


@dataclass(frozen=True, slots=True)
class CityHit:
    start: int
    end: int
    text: str
    codes: tuple[str, ...]  # ISO alpha-2 of every country a city of this name lies in


#: a name of one word, or words joined by hyphens ("Москва", "Алма-Ата", "Helebce")
_ONE_WORD_NAME = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


def _cases(name: str) -> tuple[str, ...]:
    """The other cases of a city's one-word name, by the endings of the countries' names
    (``name_cases.csv``; each row's ending is in its language's script, so a Cyrillic name
    takes the Russian and Ukrainian endings, a Latin one the Kurmanji): a Russian or
    Ukrainian text says "в Москве", "жителей Киева", "у Мінську", a Kurmanji one "qetlîama
    Helebceyê", "li Amedê".

    >>> "Москве" in _cases("Москва"), "Мінську" in _cases("Мінськ"), "Helebceyê" in _cases("Helebce")
    (True, True, True)
    >>> _cases("La Paz")
    ()
    """
    if not _ONE_WORD_NAME.match(name):
        return ()
    forms: dict[str, None] = {}
    rules = load_name_cases()
    for lang in sorted({r.lang for r in rules}):
        rule = next((r for r in rules if r.lang == lang and name.endswith(r.ending)), None)
        forms.update(dict.fromkeys(rule.inflect(name) if rule is not None else ()))
    return tuple(forms)


@cache
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    names: dict[str, tuple[str, ...]] = {}
    for city in load_cities():
        spelled = [n.strip() for n in [city.name, *city.aliases]]
        for name in [*spelled, *(f for n in spelled for f in _cases(n) if f not in spelled)]:
            if len(name) < 3:
                continue
            old = names.get(name, ())
            names[name] = old + tuple(c for c in city.iso2 if c not in old)
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # a whole word (a Turkish case ending after an apostrophe is the word's: "İstanbul'da")
    return re.compile(r"(?<![\w'’-])(?:" + alt + r")(?![\w]|-\w)"), names


# a capitalised word that makes the city's name part of a longer name ("Paris Commune",
# "George Washington", "Lima Airport"); not one that opens the sentence ("En Quito …")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞİŞĞ][\w'’.-]*")


def _in_longer_name(text: str, start: int, end: int) -> bool:
    after = re.match(r" ([A-ZÀ-ÖØ-ÞİŞĞ][\w'’-]*)", text[end : end + 40])
    if after:
        return True
    before = re.search(r"(?:^|(?<=[^\s]))(\s*)(\S+) $", text[max(0, start - 40) : start])
    if before is None:
        return False
    word = before.group(2)
    if not _CAPITALISED.fullmatch(word):
        return False
    # the word opens its sentence or line: "En Quito", "Desde Bogotá", "In Khartum"
    head = text[max(0, start - 42) : start - len(word) - 1].rstrip(" \t")
    return not (head == "" or head[-1] in ".!?:;\n\"'“«(¡¿—–-")


def find_cities(text: str) -> Iterator[CityHit]:
    """Cities named in ``text``, each with its possible countries."""
    pattern, names = _table()
    for m in pattern.finditer(text):
        if _in_longer_name(text, m.start(), m.end()):
            continue
        yield CityHit(m.start(), m.end(), m.group(), names[m.group()])


def resolve(codes: tuple[str, ...], named: Iterable[str]) -> str | None:
    """The country of a city: its only one, or, for a name several countries' cities bear,
    the one of them the text names when it names exactly one of them."""
    if len(codes) == 1:
        return codes[0]
    found = set(codes) & set(named)
    return found.pop() if len(found) == 1 else None


@cache
def _regions() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The regions' names by their first word, longest first."""
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for region in load_regions():
        first = re.split(r"[\s-]", region.name, maxsplit=1)[0]
        by_first.setdefault(first, []).append((region.name, region.iso2))
    for names in by_first.values():
        names.sort(key=lambda n: len(n[0]), reverse=True)
    return by_first


_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’]*")


def find_regions(text: str) -> Iterator[CityHit]:
    """Regions (a country's subdivisions) named in ``text``, each with its possible
    countries; as ``find_cities``, not a name that is part of a longer one."""
    table = _regions()
    for m in _WORD.finditer(text):
        if not m.group()[0].isupper():
            continue
        first = re.split(r"['’]", m.group(), maxsplit=1)[0]
        for name, codes in table.get(first, ()):
            end = m.start() + len(name)
            if text.startswith(name, m.start()) and not re.match(r"\w|-\w", text[end : end + 2]):
                if not _in_longer_name(text, m.start(), end):
                    yield CityHit(m.start(), end, name, codes)
                break
