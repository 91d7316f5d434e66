"""Networks and their conferences: recognise them and attribute documents to them.

Patterns are built from ``data/reference/networks.yaml``: each network's names in
several languages, its acronyms, its founding date and how it names its meetings.
A document is attributed to the network its text names most (its title and dateline
count double), never to a network founded after the document's date.  A numbered
"Second International Conference of Marxist-Leninist Parties and Organizations" is
given to the lineage that numbered its conferences so at the document's time: the
RIM's founding conferences of 1980 and 1984, or the ICMLPO's from 1994.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from ..model import ConferenceMention, Document, NetworkMention, Quote
from ..reference import data_dir, load_months, load_name_words, ordinal_key
from .cities import find_cities
from .cities import resolve as city_country
from .countries import find_countries
from .dates import ADOPTION_WORDS, ORDINAL_WORDS, find_dates, is_date_line

#: a tree of words' common beginnings: each next letter, and "" where a word ends
_Tree = dict[str, "_Tree"]


def _alternation(words: list[str]) -> str:
    r"""A regular expression for any of ``words``, as a tree of their common beginnings.

    Spaces and hyphens between a word's parts match any run of them ("vingt et unième",
    "vingt-et-unième").  A thousand spellings tried one after the other at every position
    of a text were slow; the tree tries one branch per letter, a longer word before the
    shorter one it begins with.

    >>> _alternation(["second", "seconde", "sexta"])
    'se(?:cond(?:e)?|xta)'
    >>> bool(re.fullmatch(_alternation(["vingt et unième"]), "vingt-et-unième"))
    True
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for part in re.split(r"([ \-]+)", word):
            for ch in [" "] if part and not part.strip("- ") else part:
                node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: _Tree) -> str:
        alts = [(r"[\s\-]+" if k == " " else re.escape(k)) + branch(v) for k, v in node.items() if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(tree)


_ROMAN = r"(?=[MDCLXVI]+\b)M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})"
# not the end of a longer number or word: "October 2021 International Conference …" is no
# 21st conference
# French ordinals' endings ("25e", "XXVe", "2ème", "1er"); after a Roman numeral of one
# letter only I, V or X ("Ve"), as "Le", "Ce", "De" are words
_FR_ORDINAL = r"(?:ème|eme|er|re|e)"
# English ordinals' endings after a Roman numeral ("XXVIIIth Plenary", "IInd Conference")
_EN_ROMAN_ORDINAL = r"(?:th|st|nd|rd)"
ORDINAL = (
    r"(?<!\w)(?P<ord>(?i:"
    + _alternation(sorted({ordinal_key(w) for w in ORDINAL_WORDS}))
    + r"|\d{1,3}(?:st|nd|rd|th|º|ª|"
    + _FR_ORDINAL
    + r")?)\b\.?|(?i:\d{1,3}°)|(?-i:(?=[MDCLXVI]+(?:"
    + _FR_ORDINAL
    + r"|"
    + _EN_ROMAN_ORDINAL
    + r")?\b)"
    + _ROMAN.removeprefix(r"(?=[MDCLXVI]+\b)")
    + r"(?:(?:(?<=[IVX])|(?<=[MDCLXVI]{2}))"
    + _FR_ORDINAL
    + r"|"
    + _EN_ROMAN_ORDINAL
    + r")?)\b\.?)"
)
_ORDINAL = re.compile(ORDINAL, re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "the International Conference (IC) has met ...": a network's own name as a meeting
_MEETS = re.compile(r"\s*(?:\([A-Z]+\)\s*)?(?:has\s+)?(?:met|meets|held\s+its|gathered|convened)\b")
# "an International Conference of … was held": the name itself is the meeting, not the
# complement of a meeting's name ("the XXV Plenary of the ICMLPO was held")
_WAS_HELD = re.compile(r"\s*(?:\([A-Z]+\)\s*)?(?:(?:was|were)\s+(?:held|convened)|took\s+place)\b")
# ASCII letters but "i" and "s": a text's character matches one of them case-insensitively
# exactly when its lowercase is that letter ("İ", "ı" and "ſ" match "i" or "s" too)
_CASELESS_RUN = re.compile(r"[a-hj-rt-z]{2,}")


@dataclass(frozen=True, slots=True)
class NetworkRecord:
    key: str
    label: str
    founded: str
    wikidata: str
    acronyms: tuple[str, ...]
    names: tuple[tuple[str, str], ...]  # (name, lang)
    meeting_kinds: tuple[tuple[str, tuple[str, ...]], ...]
    default_meeting_kind: str
    shares_name_with: str | None = None
    numbered_conference_years: tuple[tuple[int, str], ...] = ()
    numbered_conference_pattern: str | None = None
    numbered_from: int | None = None
    numbered_until: int | None = None
    wikipedia: str = ""
    # conference words that name a continental conference after a continent's name
    region_conference_words: tuple[str, ...] = ()

    def numbered_in(self, year: int) -> bool:
        """Whether the network numbered its conferences by this name in ``year``."""
        return (self.numbered_from is None or year >= self.numbered_from) and (
            self.numbered_until is None or year <= self.numbered_until
        )


@dataclass(frozen=True, slots=True)
class RegionRecord:
    """A continent of the networks' continental coordinations and the words that name it."""

    key: str  # africa, americas, asia-pacific, europe
    label: str
    words: tuple[str, ...]


def _reference_file() -> Path:
    return data_dir() / "reference" / "networks.yaml"


@cache
def _reference() -> dict[str, Any]:
    path = _reference_file()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"{path}: malformed network reference data: {err!r}") from err
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a map with networks and regions, found {type(raw).__name__}")
    return raw


@cache
def load_regions() -> tuple[RegionRecord, ...]:
    """Read the regions of ``data/reference/networks.yaml``.

    Raises
    ------
    ConfigError
        when a region lacks its label or words, a key is no lower-case slug, a word is not
        in lower case, or one word names two regions.

    >>> [r.key for r in load_regions()]
    ['africa', 'americas', 'asia-pacific', 'europe']
    """
    path = _reference_file()
    out = []
    seen: dict[str, str] = {}
    try:
        for key, d in _reference()["regions"].items():
            if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", key):
                raise ConfigError(f"{path}: regions: {key!r} is no lower-case slug")
            words = tuple(d["words"])
            for w in words:
                if not isinstance(w, str) or not w or w != w.lower().strip():
                    raise ConfigError(f"{path}: regions: {key}: {w!r} is not a lower-case word")
                if seen.setdefault(_region_key(w), key) != key:
                    raise ConfigError(
                        f"{path}: regions: {w!r} names two regions ({seen[_region_key(w)]}, {key})"
                    )
            out.append(RegionRecord(key=key, label=str(d["label"]), words=words))
    except (KeyError, TypeError, AttributeError) as err:
        raise ConfigError(f"{path}: malformed regions: {err!r}") from err
    return tuple(out)


def _region_key(word: str) -> str:
    return " ".join(re.split(r"[\s\-]+", word.lower()))


@cache
def load_networks() -> tuple[NetworkRecord, ...]:
    """Read ``data/reference/networks.yaml``.

    Raises
    ------
    ConfigError
        when the file is missing a field or malformed.
    """
    path = _reference_file()
    try:
        raw = _reference()["networks"]
        out = []
        for key, d in raw.items():
            out.append(
                NetworkRecord(
                    key=key,
                    label=d["label"],
                    founded=str(d["founded"]),
                    wikidata=d.get("wikidata") or "",
                    acronyms=tuple(d["acronyms"]),
                    names=tuple((n, lang) for lang, ns in d["names"].items() for n in ns),
                    meeting_kinds=tuple((k, tuple(v)) for k, v in d["meeting_kinds"].items()),
                    default_meeting_kind=d["default_meeting_kind"],
                    shares_name_with=d.get("shares_name_with"),
                    numbered_from=d.get("numbered_from"),
                    numbered_until=d.get("numbered_until"),
                    wikipedia=d.get("wikipedia") or "",
                    numbered_conference_years=tuple(
                        (int(k), str(v)) for k, v in (d.get("numbered_conference_years") or {}).items()
                    ),
                    numbered_conference_pattern=d.get("numbered_conference_pattern"),
                    region_conference_words=tuple(d.get("region_conference_words") or ()),
                )
            )
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as err:
        raise ConfigError(f"{path}: malformed network reference data: {err!r}") from err
    return tuple(out)


def network(key: str) -> NetworkRecord:
    return next(n for n in load_networks() if n.key == key)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: the case endings of a Cyrillic word that give way to another case's (one or two vowels)
_CYRILLIC_ENDING = re.compile(r"[аяоеёиіїыуюйьє]{1,2}$", re.I)


def _name_regex(name: str) -> str:
    parts = re.split(r"[\s\-–]+", name)
    out = []
    for p in parts:
        # German and Romance names inflect ("der Internationalen Koordinierung"); Slavic
        # ones change their ending ("Международная конференция" → "Международной
        # конференции", "Міжнародної координації"): a Cyrillic word's final vowels give way
        if len(p) >= 5 and _CYRILLIC.search(p):
            p = re.escape(_CYRILLIC_ENDING.sub("", p)) + r"\w{0,3}"
        else:
            p = re.escape(p) + (r"\w{0,2}" if len(p) >= 5 else "")
        p = re.sub(r"organi[sz]", "organi[sz]", p, flags=re.I)
        p = re.sub(r"organizaci", "organizaci", p)
        out.append(p)
    return r"[\s\-–]+".join(out)


def _stems(name: str) -> str:
    """``name`` with its Cyrillic words' endings cut, as ``_name_regex`` reads them.

    >>> _stems("Международная конференция марксистско-ленинских партий")
    'Международн конференц марксистск-ленинских парт'
    """
    return re.sub(
        r"[^\W\d_]{5,}",
        lambda m: _CYRILLIC_ENDING.sub("", m.group()) if _CYRILLIC.search(m.group()) else m.group(),
        name,
    )


def _needles(literal: str) -> tuple[str, ...]:
    """Lowercase runs of letters that every case-insensitive match of ``literal`` holds.

    Every match of ``_name_regex(literal)`` (or of ``literal`` itself) under ``re.I``
    contains each of them in the lowercased text, so a text whose ``lower()`` lacks one
    cannot match: a cheap test before running the pattern.  Only the letters whose
    case-insensitive matches all lowercase to themselves count; the letter after
    "organi" is left out, as ``_name_regex`` admits "s" or "z" there.

    >>> _needles("Revolutionary Internationalist Movement")
    ('movement', 'revolut', 'nternat', 'onary', 'onal')
    >>> _needles("Organizaciones")
    ('organ', 'one', 'ac')
    >>> _needles("plénière")
    ('pl', 're')
    """
    text = re.sub(r"(organi)[sz]", r"\1_", literal.lower())
    return tuple(sorted(dict.fromkeys(_CASELESS_RUN.findall(text)), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Scan:
    """A compiled pattern, and what lets it skip the texts and stretches it cannot match.

    ``needles``: a match holds all the needles of one of these alternatives (see
    ``_needles``), in the lowercased text, or in the text itself when ``case_sensitive``.
    ``anchor``: a part of the pattern that every match holds, preceded in the match only
    by characters of ``lead``, a pattern that reads them backwards from the anchor.  A
    pattern that starts with long optional alternatives ("the 5th", "Twenty-Seventh")
    is then searched from the run of such characters that leads up to the next anchor,
    not tried at every position of the text.
    """

    pattern: re.Pattern[str]
    needles: tuple[tuple[str, ...], ...]
    case_sensitive: bool = False
    anchor: re.Pattern[str] | None = None
    lead: re.Pattern[str] | None = None

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``; ``lowered`` is ``text.lower()``.

        No match starts before the lead run of the next anchor: any match starting
        earlier would hold the character that ends that run.  (A search from a position
        sees the text before it, for word boundaries and look-behinds.)
        """
        haystack = text if self.case_sensitive else lowered
        if not any(all(n in haystack for n in alt) for alt in self.needles):
            return
        if self.anchor is None or self.lead is None:
            yield from self.pattern.finditer(text)
            return
        reverse = text[::-1]
        pos = 0
        while anchor := self.anchor.search(text, pos):
            run = self.lead.match(reverse, len(text) - anchor.start(), len(text) - pos)
            m = self.pattern.search(text, anchor.start() - (len(run.group()) if run else 0))
            if m is None:
                return
            yield m
            pos = m.end()


def _lead(*spellings: str) -> re.Pattern[str]:
    """A run of the characters of ordinals and of these spellings, read backwards.

    Word characters, spaces, full stops ("5th."), the degree sign ("25°") and whatever
    else the spellings hold ("twenty-seventh").
    """
    odd = {c for w in [*ORDINAL_WORDS, *spellings] for c in w if not re.match(r"[\w\s.]", c)}
    return re.compile(r"[\w\s.°" + "".join(map(re.escape, sorted(odd))) + r"]*")


@cache
def _patterns() -> tuple[tuple[str, str, _Scan], ...]:
    """(network key, what, pattern) for names and acronyms, longest names first."""
    pats: list[tuple[str, str, _Scan]] = []
    for net in load_networks():
        for name, _lang in sorted(net.names, key=lambda x: -len(x[0])):
            pattern = re.compile(r"\b" + _name_regex(name) + r"\b", re.I)
            pats.append((net.key, "name", _Scan(pattern, (_needles(_stems(name)),))))
        for acro in net.acronyms:
            # also the first part of a German or Turkish compound ("ICOR-Organisationen",
            # "ICOR-Europa"), or with the case ending a Slavic language hyphenates to an
            # acronym ("CIPOML-a", "ICOR-om"), never a piece of a longer acronym ("XY-ICOR",
            # "ICOR-ML")
            pattern = re.compile(
                r"(?<![\w-])"
                + re.escape(acro)
                + r"(?:(?![\w-])|(?=-[^\W\d_][^\W\d_A-Z])|(?=-[^\W\d_A-Z]{1,3}(?![\w-])))"
            )
            pats.append((net.key, "acronym", _Scan(pattern, ((acro,),), case_sensitive=True)))
    # numbered conferences: one pattern per name, the network decided per document
    for name in sorted(
        {n.numbered_conference_pattern for n in load_networks() if n.numbered_conference_pattern}
    ):
        pattern = re.compile(ORDINAL + r"\s+(?:International\s+)?" + _name_regex(name) + r"\b", re.I)
        anchor = re.compile(_name_regex(name), re.I)
        pats.append(
            ("", "numbered", _Scan(pattern, (_needles(name),), anchor=anchor, lead=_lead("International")))
        )
    return tuple(pats)


@lru_cache(maxsize=16)
def pattern_hits(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, network key, what) of every match of every pattern in ``text``.

    In the order of ``_patterns()``, each pattern's matches from left to right.  Cached
    for the few texts at hand, as ``conferences`` asks again which networks the text
    names.
    """
    lowered = text.lower()
    return tuple(
        (m.start(), m.end(), key, what)
        for key, what, scan in _patterns()
        for m in scan.finditer(text, lowered)
    )


#: the spelled-out ordinals of every language, as ``_ordinal_value`` looks them up
_ORDINAL_VALUES = {ordinal_key(w): v for w, v in ORDINAL_WORDS.items()}


def _ordinal_value(text: str) -> int | None:
    """The number of an ordinal as ``ORDINAL`` matches it.

    >>> [_ordinal_value(t) for t in ("XXVIIIth", "25e", "Vigésima  Séptima", "İKİNCİ", "sixth", "2.")]
    [28, 25, 27, 2, 6, 2]
    """
    t = ordinal_key(text).rstrip(".ºª°")
    # a Roman numeral's French or English ending ("xxve", "xxviiith"); not the end of a word
    # ("third", "sixth", "deuxième")
    bare = re.sub(r"(?<=[ivxlcdm])(?:" + _FR_ORDINAL + "|" + _EN_ROMAN_ORDINAL + ")$", "", t)
    if t not in _ORDINAL_VALUES and re.fullmatch("[ivxlcdm]+", bare):
        t = bare
    if t in _ORDINAL_VALUES:
        return _ORDINAL_VALUES[t]
    m = re.match(r"(\d+)", t)
    if m:
        return int(m.group(1))
    roman = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    if t and all(c in roman for c in t):
        total = 0
        for i, c in enumerate(t):
            v = roman[c]
            total += -v if i + 1 < len(t) and roman[t[i + 1]] > v else v
        return total or None
    return None


def network_mentions(source: Document) -> list[NetworkMention]:
    """Every mention of a network in a document, overlaps resolved (longest first).

    A numbered conference name ("Second International Conference of Marxist-Leninist
    Parties and Organizations") counts for the network that numbered its conferences so.
    """
    found = list(pattern_hits(source.text))
    # a numbered conference wins over the plain name it contains
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    taken: list[tuple[int, int]] = []
    out = []
    for s, e, key, _what in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append((s, e, key))
    if any(not key for _, _, key in out):
        named = {key for _, _, key in out if key}
        # a numbered conference of no network that can be told is left out
        told = [(s, e, _numbered_lineage(source, named, (s, e))) for s, e, key in out if not key]
        out = [(s, e, key) for s, e, key in out if key] + [(s, e, key) for s, e, key in told if key]
    return [
        NetworkMention(source.doc_id, Quote(source.start + s, source.start + e, source.text[s:e]), key)
        for s, e, key in sorted(out)
    ]


def _numbered_lineage(source: Document, named: set[str], at: tuple[int, int] | None = None) -> str | None:
    """Which network's numbered conference a document speaks of, or None when unsure.

    By the date its sentence gives it (the one nearest to the name at ``at``: "Ten years
    ago, in March 1984, the Second International Conference of …" in a text of 1994); else
    by the document's date; else by the network it otherwise names; else by the latest year
    in its text.

    >>> text = "Ten years ago, in March 1984, the Second International Conference met."
    >>> d = Document("f", 0, 0, len(text), text, "T", date="1994-03")
    >>> _numbered_lineage(d, set(), (34, 65)), _numbered_lineage(d, set())
    ('RIM', 'ICMLPO')
    """
    candidates = [n for n in load_networks() if n.numbered_conference_pattern]
    if at is not None:
        text = source.text
        # the sentence, in its paragraph
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at[0])]
        low = max(ends[-1] if ends else 0, text.rfind("\n\n", 0, at[0]) + 1)
        high = _sentence_end(text, at[1])
        if (gap := text.find("\n\n", at[1], high)) >= 0:
            high = gap
        dates = [(low + d.start, low + d.end, d.iso) for d in find_dates(text[low:high])]
        if dates:
            near = min(dates, key=lambda d: at[0] - d[1] if d[1] <= at[0] else d[0] - at[1])
            fits = [n.key for n in candidates if n.numbered_in(int(near[2][:4]))]
            if len(fits) == 1:
                return fits[0]
    if source.date:
        fits = [n.key for n in candidates if n.numbered_in(int(source.date[:4]))]
        if len(fits) == 1:
            return fits[0]
    fits = [n.key for n in candidates if n.key in named]
    if len(fits) == 1:
        return fits[0]
    years = [int(d.iso[:4]) for d in find_dates(source.text)]
    if years:
        fits = [n.key for n in candidates if n.numbered_in(max(years))]
        if len(fits) == 1:
            return fits[0]
    return None


def conferences(source: Document, mentions: list[NetworkMention]) -> Iterator[ConferenceMention]:
    """Meetings the document names: numbered conferences, plenaries, world conferences."""
    text = source.text
    # one mention per meeting, its first; its place from the first of its mentions that
    # gives one ("Resolution of the 7th Plenary" / … / "the 7th Plenary in Lisbon")
    found: dict[tuple[str | None, str, int | None, str | None, str | None], ConferenceMention] = {}
    # the continent of the one coordination whose text this is, per network
    doc_regions: dict[str, str | None] = {}
    # the meetings a title names, dated by the document's month: (network, kind, date)
    by_title: set[tuple[str, str, str]] = set()

    def emit(
        s: int,
        e: int,
        net: str | None,
        kind: str,
        ordinal: int | None,
        date: str | None,
        region: str | None = None,
        at: str | None = None,
    ) -> None:
        if kind == "continental-conference" and net is not None and region is None:
            if net not in doc_regions:
                doc_regions[net] = document_region(source, net)
            region = doc_regions[net]
        k = (net, kind, ordinal, date if ordinal is None else None, region)
        first = found.get(k)
        if first is not None:
            if first.date is None and date is not None and ordinal is not None:
                # a numbered meeting named first without a date (in the title), then dated
                # by the text ("realizó su XXVII Plenaria en octubre de 2021"): that date
                found[k] = first = replace(
                    first, date=date, label=conference_label(net, kind, ordinal, date, first.region)
                )
            if not first.adopted and (_on_adoption_line(text, s) or _closing_line(text, s, e)):
                found[k] = first = replace(first, adopted=True)
            if first.place is None:
                place = conference_place(text, s, e)
                if place is not None:
                    found[k] = replace(first, place=place)
            return
        label = conference_label(net, kind, ordinal, date, region)
        place = conference_place(text, s, e) or at
        if place is None and _reported(source, s, date):
            # the meeting the text reports, whose sentence names no place: the text was
            # adopted where it met ("Abidjan, le 15 octobre 2023")
            place = dateline_place(source)
        found[k] = ConferenceMention(
            source.doc_id,
            Quote(source.start + s, source.start + e, text[s:e]),
            label=label,
            network=net,
            kind=kind,
            ordinal=ordinal,
            date=date,
            place=place,
            region=region,
            adopted=_on_adoption_line(text, s) or _closing_line(text, s, e),
        )

    for m in mentions:
        om = _ORDINAL.match(m.quote.text)
        if not om:
            continue
        ordinal = _ordinal_value(om.group("ord"))
        net = network(m.network)
        year = dict(net.numbered_conference_years).get(ordinal or -1)
        emit(m.quote.start - source.start, m.quote.end - source.start, m.network, "conference", ordinal, year)
    lowered = text.lower()
    for net in load_networks():
        # a meeting word counts only in a text that names the network
        if not _names_network(text, net.key):
            continue
        for scan_kind, scan in _meeting_patterns(net.key):
            kind = "continental-conference" if scan_kind == _REGION_CONFERENCE else scan_kind
            for hit in scan.finditer(text, lowered):
                if scan_kind == _REGION_CONFERENCE:
                    if not _region_conference_of(text, hit, net.key):
                        continue
                elif not _meeting_of(text, hit, net.key):
                    continue
                ordinal = _ordinal_value(hit.group("ord")) if hit.group("ord") else None
                if kind == "meeting":
                    ordinal = None  # "the first regional meeting since the pandemic"
                date = _near_date(text, hit.end())
                if date is None and ordinal is None:
                    date = _held_date(text, hit.start())
                if date is None and ordinal is None and source.date and _in_title(source, hit.start()):
                    # the meeting the title names is the one the text reports, of its date
                    date = source.date[:7]
                    by_title.add((net.key, kind, date))
                if ordinal is None and date is None and kind != "founding-conference":
                    continue
                region = None
                if kind == "continental-conference":
                    region = conference_region(text, hit.start(), hit.end(), net.key, hit.group("region"))
                emit(hit.start(), hit.end(), net.key, kind, ordinal, date, region)
    # "Meeting in Dhaka on 4 and 5 March 2022, the organisations of ICOR in Asia …": a
    # meeting of a continental coordination, told by the held verb of its own sentence
    for net in load_networks():
        for s, e, region, date, at in _coordination_meetings(text, net.key):
            emit(s, e, net.key, "meeting", None, date, region, at)
    # "the International Conference ... met for four days in November 2009": a meeting
    # of a network whose own name is a conference
    for m in mentions:
        net = network(m.network)
        if not net.shares_name_with or _ORDINAL.match(m.quote.text):
            continue
        s = m.quote.end - source.start
        sentence_end = _sentence_end(text, s)
        tail = text[s:sentence_end]
        key = m.network
        if (
            source.date
            and _before_founding(key, source.date)
            and not _before_founding(net.shares_name_with, source.date)
        ):
            # "an International Conference of Marxist-Leninist Parties and Organizations was
            # held" in a text of 1980: a meeting of the lineage that used the name then
            key = net.shares_name_with
            net = network(key)
        kind = net.default_meeting_kind
        region = None
        # "the Regional Conference of the ICMLPO met": the meeting is the head noun's, of
        # its kind (a "Plenary of the ICMLPO" is the network's default kind, as before)
        of = _OF_BEFORE.search(text, max(0, m.quote.start - source.start - 12), m.quote.start - source.start)
        if of is not None:
            before = text[max(0, of.start() - 60) : of.start()]
            head = before.rstrip()
            for k, scan in _meeting_patterns(m.network):
                h = next((h for h in scan.pattern.finditer(head) if h.end() == len(head)), None)
                if h is not None:
                    kind = "continental-conference" if k == _REGION_CONFERENCE else k
                    # "the European Regional Conference of the ICMLPO"
                    named = h.groupdict().get("region")
                    region = _REGION_OF.get(_region_key(named)) if named else None
        if _MEETS.match(tail) or (of is None and _WAS_HELD.match(tail)):
            date = None
            for d in find_dates(tail):
                date = d.iso
                break
            if date is None and source.date:
                date = source.date[:7]
            # a lineage that numbered its conferences by year: the one of that year
            ordinals = [o for o, y in net.numbered_conference_years if date and date.startswith(y)]
            ordinal = ordinals[0] if len(ordinals) == 1 else None
            emit(m.quote.start - source.start, sentence_end, key, kind, ordinal, date, region)
    # the meeting a title names and dates by the text's month is the one its text dates
    # ("Regional meeting of …", then "On 18 and 19 November 2023 … held their regional
    # meeting"), not a second meeting: a report of April on a meeting of March
    for title_key in list(found):
        net_key, kind, ordinal, date, region = title_key
        if (net_key, kind, date) not in by_title or ordinal is not None or date is None:
            continue
        dated = [
            o
            for o in found
            if o != title_key
            and o[:3] == (net_key, kind, None)
            and o[4] == region
            and o[3]
            and (net_key, kind, o[3]) not in by_title
            and o[3][:4] == date[:4]
        ]
        if len(dated) == 1:
            first = found.pop(title_key)
            other = dated[0]
            found[other] = replace(
                found[other],
                quote=first.quote,
                adopted=found[other].adopted or first.adopted,
                place=found[other].place or first.place,
            )
    yield from found.values()


_OF_BEFORE = re.compile(
    r"\b(?:of|de|des|du|der|della|dei|delle|da|do|dos)\s+(?:the\s+|la\s+|el\s+|l['’]\s*)?$", re.I
)


def _meeting_of(text: str, hit: re.Match[str], key: str) -> bool:
    """Whether a meeting word is the network's: a word no other network uses, else one the
    network's name or acronym follows closely ("the regional meeting of ICOR"), or in a
    text that names no other network using the word."""
    word = hit.group().lower()
    others = [
        n.key
        for n in load_networks()
        if n.key != key and any(w in word for _k, ws in n.meeting_kinds for w in ws if " " in w)
    ]
    if not others or not any(_names_network(text, o) for o in others):
        return True
    if any(a.lower() in word for a in network(key).acronyms):
        return True
    after = text[hit.end() : min(hit.end() + 100, _sentence_end(text, hit.end()))]
    named = sorted((s, k) for s, _e, k, what in pattern_hits(after) if what != "numbered")
    return bool(named) and named[0][1] == key  # the first network named after it


#: between a continent's conference and the network named after it: "of the", "der", "de l'"
_OF_NETWORK = re.compile(
    r"\s*(?:(?:of|de|der|des|du|del|della|dei|von|van|do|da|dos)\s+)?(?:(?:the|la|el|le|die)\s+|l['’]\s*)?$",
    re.I,
)


def _region_conference_of(text: str, hit: re.Match[str], key: str) -> bool:
    """Whether a continent's conference ("Africa Conference") is the network's: its
    acronym in the name ("ICOR Africa Conference", "ICOR-Europakonferenz"), or the
    network named right after it ("the Asia Conference of the ICOR")."""
    acronyms = "|".join(map(re.escape, network(key).acronyms))
    if re.search(r"(?<![\w\-])(?:" + acronyms + r")[\s\-]", hit.group()):
        return True
    after = text[hit.end() : min(hit.end() + 160, _sentence_end(text, hit.end()))]
    named = sorted((s, k) for s, _e, k, what in pattern_hits(after) if what != "numbered")
    return bool(named) and named[0][1] == key and _OF_NETWORK.match(after[: named[0][0]]) is not None


#: a participle that opens a sentence on a meeting ("Meeting in Kathmandu on 2 and 3 December
#: 2023, the organisations …"), beside the held verbs (``HELD_VERB``)
MEETING_OPENS = re.compile(
    r"(?i)^(?:meeting|gathered|assembled|gathering|reunid[ao]s|réuni(?:e|s|es)|versammelt|riunit[ie])"
    r"\s+(?:in|at|on|en|à|a|em|am|il)\b"
)
#: a coordination's meeting verb right after it: "ICOR Asia met in …", "die ICOR Europa tagte"
_COORDINATION_MET = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:has|have)\s+)?(?i:met|meets|gathered|convened|tagte|tagten"
    r"|traf(?:en)?\s+sich|se\s+reuni(?:ó|o|eron|u)|s['’]est\s+réunie?|se\s+sont\s+réunie?s"
    r"|si\s+(?:è|e|sono)\s+riunit[aoie]|reuniu-se|reuniram-se)\b"
)


def _coordination_meetings(text: str, key: str) -> Iterator[tuple[int, int, str, str, str | None]]:
    """(start, end, continent, date, country where it met, if the participle says) of the meetings of the network's continental
    coordinations that a sentence reports: the coordination ("ICOR Asia", "the
    organisations of ICOR in Asia") is the subject of a meeting verb ("… met in Dhaka on
    4 March 2022") or of a sentence that opens on its meeting ("Meeting in Dhaka on 4 and
    5 March 2022, the organisations of ICOR in Asia …"), dated by one day or days of one
    month in that sentence (the participle's phrase only).

    >>> t = "Meeting in Dhaka on 4 and 5 March 2022, the parties of ICOR in Asia condemned the war."
    >>> list(_coordination_meetings(t, "ICOR"))
    [(55, 67, 'asia-pacific', '2022-03-04', 'BD')]
    >>> list(_coordination_meetings("ICOR Europe met in Prague on 3 May 2019.", "ICOR"))
    [(0, 11, 'europe', '2019-05-03', None)]
    >>> list(_coordination_meetings("The ICOR Europe delegation condemned the coup of 3 May 2019.", "ICOR"))
    []
    """
    for m in _coordination_patterns(key).finditer(text):
        region = _REGION_OF.get(_region_key(m.group("region")))
        if region is None or _meeting_name_before(text, m.start(), key):
            continue  # "the 4th Regional Conference of ICOR Africa met": that meeting's
        ends = [x.end() for x in _SENTENCE_START.finditer(text, max(0, m.start() - 300), m.start())]
        paragraph = text.rfind("\n\n", 0, m.start())
        start = max(ends[-1] if ends else 0, paragraph + 2 if paragraph >= 0 else 0)
        sentence = text[start : _sentence_end(text, m.end())]
        opens = MEETING_OPENS.match(sentence)
        at = None
        if opens:
            comma = sentence.find(",", opens.end())
            # the coordination is the subject right after the participle's phrase
            if comma < 0 or not 0 <= m.start() - start - comma <= 60:
                continue
            told = sentence[:comma]
            at = _participle_place(told, opens.end())
        elif _COORDINATION_MET.match(text, m.end()):
            told = sentence
        else:
            continue
        dates = [d for d in find_dates(told) if d.precision != "year"]
        if not dates or len({d.iso[:7] for d in dates}) > 1:
            continue
        yield m.start(), m.end(), region, dates[0].iso, at


def _participle_place(phrase: str, pos: int) -> str | None:
    """The country right after the participle that opens a meeting's sentence ("Meeting in
    Dhaka on …", "Meeting in Nepal …"), by its name or its city's."""
    rest = phrase[pos:].lstrip()
    country = next(iter(find_countries(rest)), None)
    if country is not None and country.start == 0:
        return country.code
    city = next(iter(find_cities(rest)), None)
    if city is not None and city.start == 0:
        return city_country(city.codes, ())
    return None


def _meeting_name_before(text: str, pos: int, key: str) -> bool:
    """Whether a meeting's name and "of" stand right before ``pos`` ("the Regional Conference of")."""
    of = _OF_BEFORE.search(text, max(0, pos - 12), pos)
    if of is None:
        return False
    head = text[max(0, of.start() - 60) : of.start()].rstrip()
    return any(
        h.end() == len(head) for _k, scan in _meeting_patterns(key) for h in scan.pattern.finditer(head)
    )


def names_meeting_of(text: str, key: str) -> bool:
    """Whether ``text`` names a meeting of the network ``key`` ("Resolution of the XXVII
    Plenary: …" of the ICMLPO)."""
    return any(scan.pattern.search(text) for _kind, scan in _meeting_patterns(key))


@cache
def _coordination_patterns(key: str) -> re.Pattern[str]:
    """A continental coordination of the network: "ICOR Asia", "ICOR-Europa", "ICOR in Asia"."""
    acronyms = "|".join(map(re.escape, network(key).acronyms))
    return re.compile(
        r"(?<![\w\-])(?:"
        + acronyms
        + r")(?:[\s\-]+|\s+(?:in|en|em|à|in der|nel(?:la)?)\s+)(?P<region>"
        + _REGION
        + ")"
    )


def _reported(source: Document, pos: int, date: str | None) -> bool:
    """Whether the meeting named at ``pos`` is the one the document reports: named in its
    title, or held within a month before the document's date."""
    if _in_title(source, pos):
        return True
    if not (date and source.date and len(date) >= 7 and len(source.date) >= 7):
        return False
    y, m = int(date[:4]), int(date[5:7])
    dy, dm = int(source.date[:4]), int(source.date[5:7])
    return 0 <= (dy * 12 + dm) - (y * 12 + m) <= 1


def _in_title(source: Document, pos: int) -> bool:
    """Whether ``pos`` (an offset into the document's text) lies in its title."""
    q = source.title_quote
    return q is not None and q.start <= source.start + pos < q.end


# "held in", and the same in the networks' other languages: "celebrada en", "se reunió en",
# "réunie à", "s'est tenue à", "tagte in", "fand in … statt", "svoltasi a", "realizada em"
_HELD = (
    r"(?i:\b(?:held|met|meets|took place|convened|gathered|hosted"
    r"|celebrad[ao]s?|realizad[ao]s?|reunid[ao]s?|se reuni[óo]|se realiz[óo]|se celebr[óo]|tuvo lugar"
    r"|réunie?s?|tenue?s?|s['’]est (?:tenue?|réunie?|déroulée?)|a eu lieu|déroulée?s?"
    r"|tagte|tagten|fand|stattgefunden|versammelt"
    r"|svolt[ao]s?i|tenut[ao]s?i?|riunit[ao]si|si [èe] (?:svolt[ao]|tenut[ao]|riunit[ao])"
    r"|reuniu|ocorreu|aconteceu)\b)"
)
_HELD_IN = re.compile(
    _HELD + r"(?:[^.!?]|(?<=\d)\.){0,80}?\b(?i:in|at|en|à|a|em|no|na|nel|nella|ad)\s+(?:the\s+|la\s+|le\s+)?$"
)
_HELD_VERB = re.compile(_HELD)
#: the words that say a meeting was held ("held", "s'est tenue", "tagte", "realizada"): the
#: first sentence of a text that reports a meeting dates it (segment.py, ``_meeting_date``)
HELD_VERB = _HELD_VERB
# "the 7th Plenary in Mexico", "la Conférence … à Abidjan"
_RIGHT_IN = re.compile(r"[^.;,]{0,30}?\s(?:in|at|en|à|em|a)\s+(?:the\s+)?")


#: between a meeting's name and its city: "in", or the network's acronym and "in" ("the 7th
#: Plenary of the ICMLPO in Lisbon", "la Conférence de l'ICOR à Abidjan")
_RIGHT_AFTER = re.compile(
    r"\s*(?:(?:of|de|der|des|du|della|dei|do|da)\s+(?:the\s+|la\s+|l['’])?[A-ZÀ-Þ][\w-]*\s*)?,?\s*"
    r"(?:in|at|en|à|em|a)\s+(?:the\s+)?"
)


def conference_place(text: str, start: int, name_end: int | None = None) -> str | None:
    """The country a meeting took place in, when its sentence says so: by the country's
    name, else by its city's ("held in Lisbon", "réunie à Abidjan").

    >>> conference_place("The 5th Plenary was held in Quito, Ecuador, in May 2015.", 4)
    'EC'
    >>> conference_place("The Plenary met in a European country.", 4) is None
    True
    >>> conference_place("La Conférence, réunie à Abidjan les 13 et 14 octobre 2023, a …", 3)
    'CI'
    >>> conference_place("The 7th Plenary in Lisbon adopted a resolution.", 4, 15)
    'PT'
    >>> conference_place("The 7th Plenary condemned the coup in Niamey.", 4, 15) is None
    True
    """
    end = _sentence_end(text, start)
    sentence = text[start:end]
    for hit in find_countries(sentence):
        before = sentence[: hit.start]
        # "the 7th Plenary in Mexico"
        if _RIGHT_IN.fullmatch(before):
            return hit.code
        # "held in Quito, Ecuador": a city may stand between "in" and the country
        if _HELD_IN.search(before) or _HELD_IN.search(_CITY_BEFORE.sub("", before)):
            return hit.code
    for city in find_cities(sentence):
        before = sentence[: city.start]
        # a city stands for its country only as the place where the meeting was held, not
        # as that of anything the sentence goes on to tell ("condemned the coup in Niamey"):
        # after "held in", or right after the meeting's name ("the 7th Plenary in Lisbon",
        # ``name_end`` being where the name ends)
        right_after = name_end is not None and _RIGHT_AFTER.fullmatch(text[name_end : start + city.start])
        if _HELD_IN.search(before) or right_after:
            return city_country(city.codes, (h.iso2 for h in find_countries(text)))
    return _place_before(text, start)


#: a city's name and its comma before a country's ("Quito, " in "held in Quito, Ecuador")
_CITY_BEFORE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*$")


def _place_before(text: str, start: int) -> str | None:
    """The place a sentence gives before its meeting's name, right after its verb: "Am 5.
    März fand in Belgien die 4. Konferenz … statt", "Se celebró en Quito la Plenaria".

    >>> t = "Am 5. März 2023 fand in Belgien die 4. Europäische Konferenz der ICOR statt."
    >>> _place_before(t, t.index("4. Europäische"))
    'BE'
    >>> t = "Se celebró en Quito, del 22 al 23 de noviembre, la Plenaria."
    >>> _place_before(t, t.index("Plenaria"))
    'EC'
    >>> t = "After the coup in Niger the Plenary met."
    >>> _place_before(t, t.index("Plenary")) is None
    True
    """
    begin = max(0, start - 160)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, begin, start)]
    prefix = text[ends[-1] if ends else begin : start]
    # between the place and the name, at most a date and an article ("… in Belgien die 4.
    # Konferenz", "en Quito, del 22 al 23 de noviembre, la Plenaria"), not another clause
    # ("met in Germany in 2010, held its …")
    for hit in find_countries(prefix):
        # "si è tenuta ad Atene, Grecia, la riunione": a city may stand before the country
        before = prefix[: hit.start]
        held = _HELD_IN.search(before) or _HELD_IN.search(_CITY_BEFORE.sub("", before))
        if held and _only_date_between(prefix[hit.end :]):
            return hit.code
    for city in find_cities(prefix):
        if _HELD_IN.search(prefix[: city.start]) and _only_date_between(prefix[city.end :]):
            return city_country(city.codes, (h.iso2 for h in find_countries(text)))
    return None


#: the short words a date and an article are made of, in the networks' languages
_DATE_WORDS = frozenset(
    "am an on in le el il em den dem vom del al au à a bis de da do du des la die der das the"
    " los las les lo o y et und e of from to between entre zwischen tra fra days días dias"
    " jours giorni tagen".split()
)


#: the words for "and" among them, which only join two days
_DATE_AND = frozenset("y et und e".split())


def _only_date_between(gap: str) -> bool:
    """Whether ``gap`` holds only a date and articles: numbers, month names, short words.

    >>> _only_date_between(", del 22 al 23 de noviembre, la "), _only_date_between(" in 2010, held its ")
    (True, False)
    >>> _only_date_between(" les 13 et 14 octobre, la "), _only_date_between(" y la ")
    (True, False)
    """
    months = _month_words()
    words = re.findall(r"[^\W_]+", gap.casefold())
    return len(gap) <= 60 and all(
        w.isdigit()
        or w in months
        # "and" only joins two days ("del 22 y 23", "les 13 et 14"): "se reunió en Quito y la
        # Plenaria aprobó …" tells two things
        or (w in _DATE_WORDS and (w not in _DATE_AND or _between_days(words, i)))
        for i, w in enumerate(words)
    )


def _between_days(words: list[str], i: int) -> bool:
    return 0 < i < len(words) - 1 and words[i - 1].isdigit() and words[i + 1].isdigit()


@cache
def _month_words() -> frozenset[str]:
    return frozenset(n.casefold() for m in load_months() for n in m.names)


_DONE_AT = re.compile(
    r"^(?i:done|signed|given|fait|hecho|dado|feito|fatto|dato|gegeben)\s+(?i:at|in|à|en|em|a)$"
)


def dateline_place(source: Document) -> str | None:
    """The country of the city a document's dateline names ("Quito, 24 de noviembre de
    2019", "Abidjan, le 15 octobre 2023"), when the dateline names no country."""
    q = source.date_quote
    if q is None:
        return None
    start = source.text.rfind("\n", 0, max(0, q.start - source.start)) + 1
    line = source.text[start : q.end - source.start]
    if any(True for _ in find_countries(line)):
        return None
    for city in find_cities(line):
        # the line opens with the city, or with "Done at" ("Fait à Dakar, le 6 février 2022")
        if not _DONE_AT.sub("", line[: city.start].strip(" *_#>-–—")):
            return city_country(city.codes, (h.iso2 for h in find_countries(source.text)))
    return None


@cache
def _meeting_patterns(key: str) -> tuple[tuple[str, _Scan], ...]:
    """(kind, pattern) of a network's meeting words ("7th Plenary", "ICOR World Conference").

    Plain conferences aside.  A meeting ends in one of its words, anchored so.

    >>> text = "Delegates, the 5th Plenary; a plenary. The Seventh World Conference met."
    >>> all(
    ...     [x.span() for x in scan.finditer(text, text.lower())]
    ...     == [x.span() for x in scan.pattern.finditer(text)]
    ...     for net in load_networks()
    ...     for _, scan in _meeting_patterns(net.key)
    ... )
    True
    """
    net = network(key)
    out = []
    region_words = [w for r in load_regions() for w in r.words]
    for kind, words in net.meeting_kinds:
        if kind == "conference":
            continue
        alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        acronyms = "|".join(map(re.escape, net.acronyms))
        # a continental conference may name its continent before its words ("the 3rd
        # European Continental Conference", "the ICOR Africa Continental Conference")
        region = r"(?:(?P<region>" + _REGION + r")[\s\-]+)?" if kind == "continental-conference" else ""
        prefix = r"(?:(?:the\s+)?" + ORDINAL + r"\s+)?(?:(?:" + acronyms + r")\s+)?"
        pattern = re.compile(prefix + region + r"\b(?:" + alt + r")\b", re.I)
        needles = tuple(_needles(w) for w in words)
        lead = _lead(*net.acronyms, *(region_words if region else ()))
        out.append((kind, _Scan(pattern, needles, anchor=re.compile(alt, re.I), lead=lead)))
    if net.region_conference_words:
        # "the 3rd ICOR Africa Conference", "die Europakonferenz der ICOR": a continent's
        # name right before a bare conference word (joined to it in German)
        words = net.region_conference_words
        alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        acronyms = "|".join(map(re.escape, net.acronyms))
        prefix = r"(?:(?:the\s+)?" + ORDINAL + r"\s+)?(?:(?:" + acronyms + r")[\s\-]+)?"
        pattern = re.compile(prefix + r"(?P<region>" + _REGION_STEM + r")[\s\-]?(?:" + alt + r")\b", re.I)
        lead = _lead(*net.acronyms, *region_words)
        scan = _Scan(pattern, tuple(_needles(w) for w in words), anchor=re.compile(alt, re.I), lead=lead)
        out.append((_REGION_CONFERENCE, scan))
    return tuple(out)


#: the kind of the scan of a continent's name before a bare conference word: a
#: continental conference, counted only when the network's acronym is in its name or
#: the network is the first named right after it ("the Africa Conference of the ICOR")
_REGION_CONFERENCE = "region-conference"


#: any region's word (see ``load_regions``), whole
_REGION = (
    r"(?<![\w/])(?i:"
    + _alternation(sorted({_region_key(w) for r in load_regions() for w in r.words}))
    + r")(?![\w/])"
)
#: the same, a word's start only: German joins it to the next word ("Europakonferenz")
_REGION_STEM = (
    r"(?<![\w/])(?i:" + _alternation(sorted({_region_key(w) for r in load_regions() for w in r.words})) + r")"
)
_REGION_OF = {_region_key(w): r.key for r in load_regions() for w in r.words}
# what may stand between a continental conference's words and its continent: "of (the)
# ICOR", "de l'ICOR", "von ICOR-" ("the 2nd Continental Conference of ICOR Africa",
# "Conférence continentale africaine", "Kontinentalkonferenz von ICOR Europa")
_REGION_AFTER = (
    r"[ \t]*(?:de\s+l['’]|d['’]|(?:of|de|del|du|des|der|von|van|della|dei|delle|di|do|da|dos|af|av|för|for)\s+"
    r"(?:(?:the|la|el|le|les|die|der|den|dem)\s+)?)?(?:(?:{acronyms})[\s\-]+)?(?P<region>" + _REGION + ")"
)


@cache
def _region_patterns(key: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(after a meeting's name, before it, anywhere) the patterns that name a continent of
    the network: "… of ICOR Africa", "ICOR Europe's …", a coordination ("ICOR Africa")."""
    acronyms = "|".join(map(re.escape, network(key).acronyms))
    coordination = r"(?<![\w\-])(?:" + acronyms + r")[\s\-]+(?P<region>" + _REGION + ")"
    return (
        re.compile(_REGION_AFTER.format(acronyms=acronyms), re.I),
        re.compile(coordination + r"(?:['’]s)?[ \t]+$"),
        re.compile(coordination),
    )


def conference_region(
    text: str, start: int, end: int, key: str, match_region: str | None = None
) -> str | None:
    """The continent of a continental conference named at ``text[start:end]``: named in its
    name (``match_region``), right after it or right before it.

    >>> t = "the 2nd Continental Conference of ICOR Africa met"
    >>> conference_region(t, 4, 30, "ICOR")
    'africa'
    >>> conference_region("La Conférence continentale européenne de l'ICOR", 3, 26, "ICOR")
    'europe'
    >>> conference_region("the Continental Conference of the ICOR in Europe", 4, 26, "ICOR") is None
    True
    """
    after, before, _ = _region_patterns(key)
    if match_region:
        return _REGION_OF.get(_region_key(match_region))
    m = after.match(text, end) or before.search(text[max(0, start - 60) : start])
    return _REGION_OF.get(_region_key(m.group("region"))) if m else None


def document_region(source: Document, key: str) -> str | None:
    r"""The one continental coordination of the network a text names, in its head or its
    sign-off ("ICOR Africa" over a declaration, "Long live ICOR Africa!"): the text is
    that coordination's, and "the Continental Conference" it names is of its continent.

    Only a line of its own counts there (a letterhead, a title, a sign-off), not a sentence
    that names a coordination in passing ("The ICOR Europe delegation greets …").

    >>> d = Document("f", 0, 0, 60, "ICOR Africa\n\nThe Continental Conference met.", "T")
    >>> document_region(d, "ICOR")
    'africa'
    >>> d = Document("f", 0, 0, 60, "The ICOR Europe delegation greets the Continental Conference.", "T")
    >>> document_region(d, "ICOR") is None
    True
    """
    text = source.text
    hits = [
        (m.start(), _REGION_OF[_region_key(m.group("region"))])
        for m in _region_patterns(key)[2].finditer(text)
    ]
    regions = {r for _, r in hits}
    if len(regions) != 1 or not any((s < 400 or s > len(text) - 300) and _own_line(text, s) for s, _ in hits):
        return None
    return regions.pop()


def _own_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a heading, letterhead or sign-off, no sentence: twelve
    words at most, not ending as a clause does."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end].strip()
    return len(line.split()) <= 12 and not line.endswith((".", ",", ";"))


def _names_network(text: str, key: str) -> bool:
    """Whether a name or acronym of the network occurs in the text (overlaps aside)."""
    return any(k == key and what != "numbered" for _, _, k, what in pattern_hits(text))


def _near_date(text: str, pos: int) -> str | None:
    """The date of a meeting: right after its name, or later in the same clause.

    >>> _near_date("the 26th Plenary in Tunisia in October 2021. Then", 16)
    '2021-10'
    >>> _near_date("the Plenary, held in Quito, Ecuador, from 1 to 5 November 2019", 11)
    '2019-11-01'
    >>> _near_date("the Plenary condemns the coup in Sudan of 25 October 2021", 11) is None
    True
    """
    end = min(_sentence_end(text, pos), pos + 120)
    window = text[pos:end]
    for d in find_dates(window):
        line_start = window.rfind("\n", 0, d.start) + 1
        line_end = window.find("\n", d.end)
        if line_start > 0 and is_date_line(window[line_start : line_end if line_end >= 0 else len(window)]):
            continue  # the dateline under a title is the text's date, not the meeting's
        between = window[: d.start]
        if between.strip(" ,(") == "" or (
            d.precision != "year"
            and not re.search(r"[;:]|\band\b", between)
            and _WHERE_AND_WHEN.match(between)
        ):
            return d.iso
    return None


_SENTENCE_START = re.compile(r"(?<!\d)[.!?]\s+(?=[^\W\d_])")


def _held_date(text: str, pos: int) -> str | None:
    """The date of a meeting whose sentence tells where it was held, its one day or month
    before or after the name: "On 18 and 19 November 2023 the parties held their regional
    meeting in Lomé", "Il 1° luglio 2023 si è tenuta ad Atene la riunione regionale".

    >>> t = "On 2 and 3 May 2023 the parties held their regional meeting in Lomé, Togo."
    >>> _held_date(t, t.index("regional meeting"))
    '2023-05-02'
    >>> t = "The regional meeting condemned the coup of 26 July 2023 in Niger."
    >>> _held_date(t, 4) is None
    True
    >>> t = "The regional meeting, held in Lomé, Togo, condemned the coup of 26 July 2023 in Niger."
    >>> _held_date(t, 4) is None
    True
    """
    begin = max(0, pos - 200)
    # a full stop after a number is a German day's ("Am 9. und 10. März 2024 fand …")
    ends = [m.end() for m in _SENTENCE_START.finditer(text, begin, pos)]
    # the sentence, within its paragraph (a title over it has no full stop)
    paragraph = text.rfind("\n\n", begin, pos)
    start = max(ends[-1] if ends else begin, paragraph + 2 if paragraph >= 0 else begin)
    end = min(_sentence_end(text, pos), pos + 200)
    paragraph_end = text.find("\n\n", pos, end)
    sentence = text[start : end if paragraph_end < 0 else paragraph_end]
    if not _HELD_VERB.search(sentence):
        return None
    name = pos - start
    dates = [
        d
        for d in find_dates(sentence)
        if d.precision != "year" and (d.start < name or _held_before(sentence[name : d.start]))
    ]
    if not dates or len({d.iso[:7] for d in dates}) > 1:
        return None  # no date, or several months: which one the meeting's is unclear
    return dates[0].iso


def _held_before(between: str) -> bool:
    """A date after the meeting's name is its own when the held verb comes between them and
    only where and when it was held follows the verb ("… of ICOR Africa was held in Lomé on
    2 May 2023"), not another clause ("… held in Lomé, condemned the coup of 26 July 2023")."""
    verbs = list(_HELD_VERB.finditer(between))
    return bool(verbs) and _WHERE_AND_WHEN.match(between[verbs[-1].end() :]) is not None


# what may stand between a meeting's name and its date: where and how it met ("held in
# Quito, Ecuador, from"), not another clause ("condemns the coup in Sudan of")
_WHERE_AND_WHEN = re.compile(
    r"^(?:[\s,()]|(?:was|were|is|has|had|hat|haben|been|held|met|convened|gathered|took|place|which|that"
    r"|in|at|on|of|the|from|between|during|city|capital"
    # the same in the networks' other languages ("celebrada en Quito los días 22 y 23 de …")
    r"|de|del|la|el|los|las|les|le|du|des|au|der|die|dem|den|am|vom|im|di|della|da|do|dos|das"
    r"|en|à|em|no|na|nel|nella|entre|zwischen|tra|fra"
    r"|celebrad[ao]|reunid[ao]|realizad[ao]|réunie?|tenue?|tagte|svolt[ao]si|riunit[ao]"
    r"|días|dias|jours|giorni|tagen)\b|\d{1,2}\.?\s+(?:y|et|und|e|ed|al|au|bis|a)\s"
    r"|[A-ZÀ-ÖØ-Þ][\w'’.-]*+)*$"
)  # the word is possessive: "ABCDEF" read as "A", "B", "C"… made a failing match exponential


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence at ``pos`` ends: its full stop, or the text's end.  A German
    day's full stop ("am 9. und 10. März 2024", "am 9. März") ends none.

    >>> t = "Sie tagte am 9. und 10. März 2024 in Wien. Dann"
    >>> t[: _sentence_end(t, 0)]
    'Sie tagte am 9. und 10. März 2024 in Wien.'
    """
    for m in _SENTENCE_END.finditer(text, pos):
        if m.group().startswith(".") and _GERMAN_DAY.search(text, max(0, m.start() - 3), m.start()):
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt and (nxt.group(1).isdigit() or nxt.group(1).casefold() in _month_words() | {"und", "bis"}):
                continue
        return m.end() - 1
    return len(text)


# a day's number of one or two digits right before a full stop, and the word after it
_GERMAN_DAY = re.compile(r"(?<!\d)\d{1,2}$")
_NEXT_WORD = re.compile(r"\s*(\w+)")


def conference_label(
    net: str | None, kind: str, ordinal: int | None, date: str | None, region: str | None = None
) -> str:
    """A meeting's English label: its network (and continent), number, kind and date.

    >>> conference_label("ICOR", "continental-conference", 2, None, "africa")
    'ICOR Africa 2nd continental conference'
    >>> conference_label("ICMLPO", "plenary", None, "2009-11")
    'ICMLPO plenary, 2009-11'
    """
    name = kind.replace("-", " ")
    head = f"{_ordinal_en(ordinal)} {name}" if ordinal else name
    who = net or "unknown network"
    if region:
        who += " " + next((r.label for r in load_regions() if r.key == region), region)
    label = f"{who} {head}"
    if date and not ordinal:
        label += f", {date}"
    elif date:
        label += f" ({date[:4]})"
    return label


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _before_founding(key: str, date: str) -> bool:
    """A text of ``date`` comes before the network was founded (the conferences that
    founded it excepted)."""
    net = network(key)
    founding_lineage = net.numbered_until is not None and net.numbered_in(int(date[:4]))
    return net.founded[: len(date)] > date[: len(net.founded)] and not founding_lineage


#: a text's head, in characters: its title and dateline, an address, count double (``attribute``)
_HEAD = 400

# what precedes, on its line or in its sentence, the name of whom a text is addressed to:
# "To the delegates of the 28th Plenary of the", "Greetings to the", "Message to the"
# (or with its sender between: "Greeting of the ICOR to the", "Grußwort der ICOR an das",
# "Saludo de la ICOR a la", "Salut de l'ICOR à la")
_ADDRESS = re.compile(
    r"^[\W_]*(?:(?:(?:(?:warm|warmest|fraternal|revolutionary|comradely|internationalist)\s+)*"
    r"(?:greetings?|message|letter|address|salute|salutations)"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[^\s.,;:!?]+(?:\s+[^\s.,;:!?]+){0,4}?)?\s+)?to"
    r"|(?:grußwort|grussworte?|grußworte|grußbotschaft|grussbotschaft|grußadresse|botschaft|saludos?|mensaje"
    r"|salut|saudaç(?:ão|ões)|mensagem|salut[oi]|messaggio)"
    r"(?:\s+(?:der|des|von|vom|de|del|du|da|do|della|dell['’]|dei)\s*(?:(?:la|l['’])\s*)?"
    r"[^\s.,;:!?]+(?:\s+[^\s.,;:!?]+){0,4}?)?\s+(?:an|a|à|al|alla|alle|ao|aos|às))"
    r"\s+(?:(?:the|la|le|las|los|les|el|das|die|den|dem|der|il|o|a|l['’])\s*)?"
    r"(?:[^\s.,;:!?]+\s+){0,8}$",
    re.I,
)


def addressed(source: Document, quote: Quote) -> bool:
    r"""Whether a network (or a meeting) is named as whom the text is addressed to.

    >>> d = Document("f", 0, 0, 80, "Greeting to the 28th Plenary of the ICMLPO\n\nDear comrades, we", "T")
    >>> addressed(d, Quote(36, 42, "ICMLPO"))
    True
    >>> d = Document("f", 0, 0, 80, "Greeting of the ICOR to the Plenary of the ICMLPO", "T")
    >>> addressed(d, Quote(28, 35, "Plenary")), addressed(d, Quote(16, 20, "ICOR"))
    (True, False)
    >>> d = Document("f", 0, 0, 80, "Saludo de la ICOR a la Plenaria de la CIPOML", "T")
    >>> addressed(d, Quote(23, 31, "Plenaria"))
    True
    >>> d = Document("f", 0, 0, 60, "The ICOR calls to the workers. Message of the ICOR", "T")
    >>> addressed(d, Quote(4, 8, "ICOR")), addressed(d, Quote(46, 50, "ICOR"))
    (False, False)
    >>> d = Document("f", 0, 0, 520, "x " * 200 + "To the extent that the parties of the ICOR fight", "T")
    >>> addressed(d, Quote(438, 442, "ICOR"))
    False
    """
    pos = quote.start - source.start
    if pos >= _HEAD:
        return False  # an address heads the text: "To the extent that the parties of …" is none
    # an address is short: its sentence starts within 160 characters of the name (the line's
    # start looked for no further back, so that a text of one long line is read in linear time)
    line = source.text.rfind("\n", max(0, pos - 161), pos) + 1
    low = max(line, pos - 160)
    ends = [m.end() for m in _SENTENCE_END.finditer(source.text, low, pos)]
    start = ends[-1] if ends else low
    if start == low and low != line:
        return False
    return _ADDRESS.match(source.text[start:pos]) is not None


#: a line that says where the text was adopted, up to the meeting's name ("Adopted by the ",
#: "Adoptée à l'unanimité par la ", "Verabschiedet von der ")
_ADOPTED_BY = re.compile(rf"[\s*_>•·–—-]*(?i:{ADOPTION_WORDS})\b(?:\s+\S+){{0,5}}\s+")


def _on_adoption_line(text: str, pos: int) -> bool:
    r"""Whether a meeting named at ``pos`` of ``text`` is on a line saying the text was
    adopted there, wherever the line stands: "Adopted by the 3rd World Conference of ICOR,
    November 2017" under each resolution of a conference's package.

    >>> _on_adoption_line("We demand peace.\n\nAdopted by the 3rd World Conference of ICOR", 33)
    True
    >>> _on_adoption_line("The resolution the 2nd Plenary adopted stands.", 19)
    False
    """
    line = text.rfind("\n", max(0, pos - 80), pos) + 1
    if line == 0 and pos > 80:
        return False
    return _ADOPTED_BY.fullmatch(text, line, pos) is not None


def _closing_line(text: str, start: int, end: int) -> bool:
    r"""Whether the meeting named at ``start:end`` opens the text's closing line, with only
    its date after it: the text signs off as adopted there ("First International Conference
    of …, autumn 1980" under a resolution).

    >>> t = "We condemn the coup.\n\nThe 5th Plenary of the ICMLPO, autumn 2019\n"
    >>> _closing_line(t, t.index("5th"), t.index(","))
    True
    >>> t = "The 5th Plenary, held in autumn 2019, condemned the coup.\n"
    >>> _closing_line(t, 4, 15)
    False
    """
    line = text.rfind("\n", 0, start) + 1
    if line == 0 or not re.fullmatch(
        r"[\s*_>•·–—-]*(?:the\s+|la\s+|le\s+|el\s+|die\s+|der\s+)?", text[line:start], re.I
    ):
        return False
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    rest = text[end:stop]
    if (
        text[stop:].strip()
        or rest.rstrip().endswith((".", "!", "?", ":"))
        or len(text[line:stop].split()) > 20
    ):
        return False
    dates = list(find_dates(rest))
    return bool(dates) and _BEFORE_CLOSING_DATE.fullmatch(rest[: dates[0].start]) is not None


#: what may stand between a closing line's meeting and its date: the rest of its name, a
#: comma, a season ("… of ICOR, autumn 1980", "…, otoño de 1980", "…, Herbst 1980")
_BEFORE_CLOSING_DATE = re.compile(
    r"(?:\s+(?i:of|de|der|des|du|del|della|the|la)\s+[^\n.!?;:,]{1,80})?[\s,–—-]*(?i:(?:spring|summer|autumn|fall|winter|primavera|verano|otoño|invierno"
    r"|printemps|été|automne|hiver|frühjahr|frühling|sommer|herbst)(?:\s+(?:of|de|del|d['’]))?\s+)?"
)


@cache
def _membership() -> str:
    """The words that say a party is a member or a part of what follows (``name_words.yaml``
    membership_statement), one alternation."""
    return "|".join(load_name_words().words["membership_statement"])


@cache
def _passing() -> re.Pattern[str]:
    """What puts a network's name among others' doings the text cites: "such as", "like"
    (not the verb: "we would like to thank the …"), "we welcome", in the clause before the
    name, or a party's own membership (``_membership``)."""
    return re.compile(
        r"\b(?:such\s+as|(?<!would\s)(?<!['’]d\s)like(?!\s+to\b)|for\s+(?:example|instance)|including|as\s+well\s+as|welcome[sd]?|salute[sd]?"
        r"|hail(?:s|ed)?|applaud(?:s|ed)?|tales\s+como|tels?\s+que|wie\s+etwa|come\s+ad\s+esempio"
        # "as well as" and "we greet" in the networks' other languages ("…, sowie alle
        # Mitgliedsorganisationen der ICOR", "saludamos a la …", "nous saluons l'…")
        r"|sowie|así\s+como|ainsi\s+que|nonché|bem\s+como|(?:be)?grü(?:ß|ss)(?:en|t|e)"
        r"|salud(?:amos|a|an)|salu(?:ons|e|ent)|salutiamo|saudamos"
        # a network cited as saying so: "as the ICMLPO has pointed out", "como ha señalado la …",
        # "comme l'a souligné la …", "wie die … betont hat", "como assinalou a …"
        r"|as\s+(?:(?:has|have|was)\s+)?(?:stated|said|pointed\s+out|noted|stressed)\s+by"
        r"|como\s+(?:lo\s+)?(?:ha|han|había|habían|tem|têm)\s+(?:señalado|dicho|afirmado|indicado|denunciado|subrayado|destacado|assinalado|afirmado)"
        r"|como\s+(?:señala|señalaba|señaló|dice|decía|afirma|afirmaba|assinala|assinalou|afirmou)"
        r"|comme\s+l['’]a\s+(?:souligné|dit|affirmé|indiqué|rappelé|dénoncé)"
        # a network's document cited by another's text: "As the Declaration of the XXVIII
        # Plenary of the … rightly stated", "as stated in the resolution of the …", "según la
        # declaración de la …", "comme le souligne la déclaration de la …", "wie die Erklärung
        # der … feststellt"
        r"|as\s+(?:the|its|their|our)\s+(?:final\s+|joint\s+|political\s+)?(?:declarations?|resolutions?"
        r"|statements?|communiqu[eé]s?|appeals?|calls?|documents?|manifesto)\s+(?:of|adopted\s+(?:by|at)|issued\s+by)"
        r"|as\s+(?:is\s+|was\s+)?(?:stated|said|written|expressed|set\s+out)\s+in|in\s+the\s+words\s+of"
        r"|(?:según|conforme\s+a)\s+(?:la|el|las|los)\s+(?:declaraci[oó]n|resoluci[oó]n|comunicado|llamamiento)"
        r"|comme\s+le\s+(?:dit|souligne|rappelle|affirme|indique|déclare)|selon\s+la\s+(?:déclaration|résolution)"
        r"|wie\s+(?:es\s+)?(?:in\s+)?(?:die|der|dem)\s+(?:Erklärung|Resolution|Abschlusserklärung|Stellungnahme)"
        # what the text's author belongs to: a party's own article ("Our Party, which is part of
        # the …", "Nuestro Partido, que forma parte de la …", "fait partie de la", "faz parte da")
        r"|" + _membership() + r")"
        r"\b[^.;:!?]{0,100}$"
        # "wie die ICOR betont hat": the network right after "wie die"; not "…, wie die
        # Mitgliedsorganisationen der ICOR kämpfen" (how they fight), a clause of the text's own
        r"|\bwie\s+(?:es\s+)?(?:die|der|das)\s+$",
        re.I,
    )


def _in_passing(source: Document, quote: Quote) -> bool:
    """Whether a network is named among others' doings the text cites ("many campaigns,
    such as the strike fund of the ICOR").

    >>> d = Document("f", 0, 0, 90, "We support many campaigns, such as the strike fund of the ICOR.", "T")
    >>> _in_passing(d, Quote(58, 62, "ICOR"))
    True
    >>> d = Document("f", 0, 0, 90, "Como ha señalado la CIPOML, la represión es común.", "T")
    >>> _in_passing(d, Quote(20, 26, "CIPOML"))
    True
    >>> d = Document("f", 0, 0, 90, "Nuestro Partido, que forma parte de la CIPOML, llama a luchar.", "T")
    >>> _in_passing(d, Quote(39, 45, "CIPOML"))
    True
    >>> d = Document("f", 0, 0, 90, "We would like to thank the comrades of the ICOR.", "T")
    >>> _in_passing(d, Quote(43, 47, "ICOR"))
    False
    >>> d = Document("f", 0, 0, 90, "The parties of the ICOR call on the workers.", "T")
    >>> _in_passing(d, Quote(19, 23, "ICOR"))
    False
    """
    pos = quote.start - source.start
    return _passing().search(source.text, max(0, pos - 160), pos) is not None


def _all_in_passing(source: Document, shown: list[NetworkMention], confs: list[ConferenceMention]) -> bool:
    """Whether every mention of the networks a document would belong to is in passing
    (``_in_passing``): the network's names, the acronym in brackets right after one of them
    ("… Parties and Organizations (ICMLPO)") and its meetings named with them ("the
    Declaration of the XXVIII Plenary of the …").

    >>> text = "As the Declaration of the XXVIII Plenary of the ICMLPO (ICMLPO) stated, we fight."
    >>> d = Document("f", 0, 0, len(text), text, "T")
    >>> ms = [NetworkMention("f#0", Quote(48, 54, "ICMLPO"), "ICMLPO"), NetworkMention("f#0", Quote(56, 62, "ICMLPO"), "ICMLPO")]
    >>> _all_in_passing(d, ms, [])
    True
    >>> _all_in_passing(d, ms[:1] + [NetworkMention("f#0", Quote(0, 2, "As"), "ICMLPO")], [])
    False
    """
    ok: list[bool] = []
    for k, m in enumerate(shown):
        passing = _in_passing(source, m.quote)
        if not passing and k and ok[-1]:
            # the acronym in brackets after the name that was named in passing
            gap = source.text[shown[k - 1].quote.end - source.start : m.quote.start - source.start]
            passing = gap.strip() == "("
        ok.append(passing)
    return all(ok) and all(_in_passing(source, c.quote) for c in confs)


def _signoff_start(source: Document) -> int:
    r"""Where a document's sign-off begins: its last line when short and after its prose
    (file offset; past the end when there is none).

    >>> d = Document("f", 0, 0, 60, "We call on the workers to unite.\n\nCoordinating Committee", "T")
    >>> d.text[_signoff_start(d) :]
    'Coordinating Committee'
    """
    text = source.text.rstrip()
    start = text.rfind("\n") + 1
    last = text[start:]
    if start == 0 or not last.strip() or len(last.split()) > 14 or last.rstrip().endswith((".", "!", "?")):
        return source.end + 1
    return source.start + start


def attribute(
    source: Document, mentions: list[NetworkMention], confs: list[ConferenceMention]
) -> tuple[tuple[str, ...], Quote | None]:
    """The network(s) a document belongs to, with the mention that shows it."""
    weights: Counter[str] = Counter()
    first: dict[str, Quote] = {}
    head_end = source.start + min(len(source.text), _HEAD)
    signoff = _signoff_start(source)
    signed = {m.network: m.quote for m in mentions if m.quote.start >= signoff}
    # a network named only as whom the text is addressed to ("Greeting to the 28th Plenary of
    # the ICMLPO", "To the delegates of the …") is not the text's when it names another one
    # otherwise, in its head or twice: a party's greeting to a meeting of a network it does
    # not belong to ("a member of the ICOR"); one other network named once in the body
    # ("unlike the ICMLPO") does not outweigh the addressee (a network's letter to its members)
    addr = [addressed(source, m.quote) for m in mentions]
    # the addressee's acronym in brackets after its name ("… to the Plenary of the
    # International Conference of … (ICMLPO)") is the addressee too
    for k in range(1, len(mentions)):
        prev, m = mentions[k - 1], mentions[k]
        if addr[k - 1] and not addr[k] and prev.network == m.network:
            addr[k] = source.text[prev.quote.end - source.start : m.quote.start - source.start].strip() == "("
    otherwise = [m for m, a in zip(mentions, addr, strict=True) if not a]
    strong = sum(2 if m.quote.start < head_end else 1 for m in otherwise) >= 2
    only_to = {m.network for m, a in zip(mentions, addr, strict=True) if a} - {m.network for m in otherwise}
    if not strong:
        only_to = set()
    if only_to:
        mentions = [m for m in mentions if m.network not in only_to]
    for m in mentions:
        w = 2 if m.quote.start < head_end else 1
        weights[m.network] += w
        first.setdefault(m.network, m.quote)
    if len(signed) == 1:
        # the body that signs the text at its end ("Coordinating Committee of the CIPOML")
        # decides, whatever networks its text speaks of
        ((net, quote),) = signed.items()
        if not source.date or not _before_founding(net, source.date):
            return (net,), quote
    for c in confs:
        if c.network and c.network not in only_to:
            weights[c.network] += 1
            first.setdefault(c.network, c.quote)
    moved: dict[str, str] = {}  # a network's weight given to the lineage that bore its name
    if source.date:
        for key in list(weights):
            if _before_founding(key, source.date):
                weight = weights.pop(key)
                # "the International Conference of Marxist-Leninist Parties and
                # Organizations" in a text of 1980: the lineage that used the name then
                other = network(key).shares_name_with
                if other and not _before_founding(other, source.date):
                    weights[other] += weight
                    first.setdefault(other, first[key])
                    moved[key] = other
    if not weights:
        return (), None
    best = max(weights.values())
    top = sorted(k for k, v in weights.items() if v == best)
    # the mentions that gave the top networks their weight (a name of 1980 counts for the RIM)
    shown = [m for m in mentions if moved.get(m.network, m.network) in top]
    if shown and _all_in_passing(
        source, shown, [c for c in confs if moved.get(c.network or "", c.network) in top]
    ):
        if best < 2 or all(not _in_title(source, m.quote.start - source.start) for m in shown):
            # one network named once in the body, not in the head nor the signature, and no
            # meeting of it, as an example of others' doings ("every initiative, such as the
            # day of action of the ICOR"), or named only where the text cites its document
            # ("As the Declaration of the XXVIII Plenary of the … (ICMLPO) stated, …", a
            # party's own statement): not its document, nor its signatories its participants
            return (), None
    if len(top) > 1:
        top = [min(top, key=lambda k: first[k].start)]
    return tuple(top), first[top[0]]


def from_context(source: Document) -> tuple[tuple[str, ...], Quote | None]:
    """The network that the passages speaking for a document (``Document.context``: the
    cover note of the e-mail that carries it) name, with its first mention; nothing when
    they name none or more than one ("… three documents adopted by the ICOR" over a joint
    statement that does not name the ICOR itself).

    >>> note = "Dear friends, we send you two statements of the ICOR (ICOR)."
    >>> d = Document("f", 1, 100, 160, "Stop the war!", "T", context=(Quote(0, len(note), note),))
    >>> from_context(d)
    (('ICOR',), Quote(start=48, end=52, text='ICOR'))
    """
    named: dict[str, Quote] = {}
    for q in source.context:
        for s, e, key, _what in sorted(pattern_hits(q.text)):
            if key and key not in named:
                named[key] = Quote(q.start + s, q.start + e, q.text[s:e])
    if len(named) != 1:
        return (), None
    ((key, quote),) = named.items()
    if source.date and _before_founding(key, source.date):
        return (), None
    return (key,), quote


@cache
def _member_before() -> re.Pattern[str]:
    """A membership's words just before a network's name ("is a member of the", "е член на"),
    at most an article between them."""
    return re.compile(
        r"(?:"
        + _membership()
        + r")\s+(?:(?:the|la|le|el|l['’]|les|los|las|die|der|des|de|a|o|al|ai|ale)\s+)?$",
        re.I,
    )


@cache
def _own_party_at_end() -> re.Pattern[str]:
    """ "our party" in the networks' languages (``name_words.yaml`` own_party_words) at the end."""
    words = load_name_words().words["own_party_words"]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s*,?\s*$", re.I)


def memberships(source: Document, mentions: list[NetworkMention]) -> list[tuple[str, Quote, bool]]:
    """The networks a text says a party is a member or a part of, each with the words
    before the membership (the party that is one) and whether these say "our party" (the
    text's author, ``own_party_words``): "Our party is a member of ICOR", "Нашата партия е
    член на ICOR", "The Workers' League of Ara is a member of the ICMLPO".

    >>> t = "Our party is a member of ICOR and of nothing else."
    >>> d = Document("f", 0, 0, len(t), t, "T")
    >>> memberships(d, [NetworkMention("f#0", Quote(25, 29, "ICOR"), "ICOR")])
    [('ICOR', Quote(start=0, end=9, text='Our party'), True)]
    """
    out: list[tuple[str, Quote, bool]] = []
    text = source.text
    own = _own_party_at_end()
    for m in mentions:
        pos = m.quote.start - source.start
        cue = _member_before().search(text, max(0, pos - 80), pos)
        if cue is None:
            continue
        start = max(text.rfind(c, 0, cue.start()) for c in ".!?\n") + 1
        subject = text[start : cue.start()].rstrip()
        lead = len(text[start : cue.start()]) - len(text[start : cue.start()].lstrip())
        if not subject.strip():
            continue
        q = Quote(source.start + start + lead, source.start + start + len(subject), subject.strip())
        out.append((m.network, q, own.search(subject) is not None))
    return out
