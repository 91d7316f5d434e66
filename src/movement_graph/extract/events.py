"""Extract the historical and political events a document refers to.

Three sources of evidence, all over one spaCy ``Doc`` of the document's text:

* a gazetteer of well-known events (``data/reference/historical_events.csv``), matched
  on its aliases with a ``PhraseMatcher``;
* generic rules (``data/patterns/events.jsonl``): token patterns for triggers such as
  "coup d'état", "presidential election", "<ordinal> anniversary of", whose
  arguments (country, date, person) are read from the parse, the entities and the
  clause around the trigger;
* the statistical NER's ``EVENT`` and ``LAW`` entities.

The words the rules read (the verbs of a stance, the heads of names of laws and places, the
kinds of disaster, number words …) are in ``data/patterns/event_words.yaml``, each group
commented with the rule that reads it; the grammar of the rules stays here.

A trigger becomes an event only when it is anchored by a date, a country, a name or the
gazetteer: "the crisis" alone is not an event.  Dates are normalised to ISO 8601 as
precisely as the text allows; relative expressions ("recent", "since December", a bare
month) are resolved against the document's own date.
"""

from __future__ import annotations

import csv
import json
import re
from bisect import bisect_right
from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

import numpy
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..model import EVENT_TYPES, Document, EventMention, Quote
from ..nlp.candidates import default_filter, sentences
from ..nlp.elisions import with_elisions
from ..reference import (
    load_adjectives,
    load_cities,
    load_countries,
    load_event_words,
    load_name_words,
    load_wider_regions,
    phrases_pattern,
)
from ..vocab import slugify
from .cities import find_cities, find_regions
from .cities import resolve as resolve_city
from .countries import find_peoples
from .dates import MONTHS, ORDINAL_WORDS, find_dates
from .entries import has_org_head
from .networks import load_networks, network_mentions

DATA = Path(__file__).resolve().parents[3] / "data"
GAZETTEER_PATH = DATA / "reference" / "historical_events.csv"
PATTERNS_PATH = DATA / "patterns" / "events.jsonl"

#: (start, end, iso2, clue) of a country expression in a text
CountryHit = tuple[int, int, str, str]
CountryFinder = Callable[[str], Iterable[CountryHit]]


@dataclass(frozen=True, slots=True)
class HistoricalEvent:
    """One row of the gazetteer of well-known events."""

    key: str
    label: str
    aliases: tuple[str, ...]
    type: str
    date: str | None
    country: str | None
    wikidata: str | None = None

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


def load_historical_events(path: Path | None = None) -> tuple[HistoricalEvent, ...]:
    """Read the gazetteer of well-known events (``key,label,aliases,type,date,country,wikidata``).

    Raises
    ------
    ValueError
        for a row with an unknown event type.
    """
    return _load_historical_events(path or GAZETTEER_PATH)


@cache
def _load_historical_events(path: Path) -> tuple[HistoricalEvent, ...]:
    rows: list[HistoricalEvent] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            if row["type"] not in EVENT_TYPES:
                raise ValueError(f"{path}:{n}: event type {row['type']!r} is not one of {EVENT_TYPES}")
            aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
            rows.append(
                HistoricalEvent(
                    key=row["key"],
                    label=row["label"],
                    aliases=aliases or (row["label"],),
                    type=row["type"],
                    date=row["date"] or None,
                    country=row["country"] or None,
                    wikidata=row.get("wikidata") or None,
                )
            )
    return tuple(rows)


def normalise_alias(text: str) -> str:
    """Fold a phrase for alias comparison: case, apostrophes, dashes, a leading "the".

    >>> normalise_alias("the  Russian October Revolution")
    'russian october revolution'
    >>> normalise_alias("Lenin’s death")
    "lenin's death"
    """
    text = text.replace("’", "'").replace("–", "-").replace("—", "-").casefold()
    text = re.sub(r"\s+", " ", text).strip(" .,;:")
    return re.sub(r"^the ", "", text)


def _default_country_finder(text: str) -> Iterator[CountryHit]:
    for hit in country_hits(text):
        yield hit.start, hit.end, hit.iso2, hit.clue


@lru_cache(maxsize=8)
def country_hits(text: str) -> tuple[Any, ...]:
    """``countries.find_countries`` of ``text``, remembered for the few last texts.

    The document's extractors ask for the countries of the same text more than once.
    """
    from .countries import find_countries  # the shared country reference tables

    return tuple(find_countries(text))


def _default_country_name(iso2: str) -> str:
    return _country_names().get(iso2, iso2)


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    try:
        from ..reference import load_countries

        for c in load_countries():
            names[c.iso2] = c.name
    except (ImportError, OSError, AttributeError):  # the table is optional for labels
        import pycountry

        for pc in pycountry.countries:
            names[pc.alpha_2] = getattr(pc, "common_name", None) or pc.name
    return names


@dataclass(frozen=True)
class EventRules:
    """Everything the extractor reads from data: gazetteer, patterns, country lookup."""

    gazetteer: tuple[HistoricalEvent, ...]
    patterns: tuple[dict[str, Any], ...]
    find_countries: CountryFinder = _default_country_finder
    country_name: Callable[[str], str] = _default_country_name
    _matchers: dict[int, tuple[Matcher, PhraseMatcher]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def load(
        cls,
        *,
        gazetteer: Path | None = None,
        patterns: Path | None = None,
        find_countries: CountryFinder | None = None,
        country_name: Callable[[str], str] | None = None,
    ) -> EventRules:
        """Load the rules from their data files (the defaults under ``data/``)."""
        path = patterns or PATTERNS_PATH
        rows = []
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as err:
                        raise ValueError(f"{path}:{n}: not a JSON object: {err}") from err
        return cls(
            gazetteer=load_historical_events(gazetteer),
            patterns=tuple(rows),
            find_countries=find_countries or _default_country_finder,
            country_name=country_name or _default_country_name,
        )

    def matchers(self, doc: Doc) -> tuple[Matcher, PhraseMatcher]:
        """The rule matcher and the gazetteer matcher for the vocabulary of ``doc``."""
        vocab = doc.vocab
        found = self._matchers.get(id(vocab))
        if found is None:
            matcher = Matcher(vocab)
            for row in self.patterns:
                matcher.add(row["rule"], [row["pattern"]], greedy="LONGEST")
            phrases = PhraseMatcher(vocab, attr="NORM")
            tokenizer = _tokenizer_of(doc)
            for i, entry in enumerate(self.gazetteer):
                variants = {
                    a
                    for alias in entry.aliases
                    for inflected in _german_declension(alias)
                    for a in (inflected, inflected.replace("'", "’"), inflected.replace("’", "'"))
                }
                phrases.add(str(i), [tokenizer(v) for v in sorted(variants)])
            found = (matcher, phrases)
            self._matchers[id(vocab)] = found
        return found

    def entry(self, key: str) -> HistoricalEvent | None:
        for e in self.gazetteer:
            if e.key == key:
                return e
        return None


def _german_declension(alias: str) -> set[str]:
    """An alias and, for a German name of an adjective and a noun, its other cases
    (event_words.yaml): the gazetteer writes one form, a text any.

    >>> sorted(_german_declension("Spanischer Bürgerkrieg"))[:3]
    ['Spanische Bürgerkrieg', 'Spanische Bürgerkrieges', 'Spanische Bürgerkriegs']
    >>> _german_declension("October Revolution")
    {'October Revolution'}
    """
    m = _GERMAN_ADJECTIVE_NAME.fullmatch(alias)
    if m is None:
        return {alias}
    stem, noun = m.group(1), m.group(2)
    nouns = {noun} | {noun + e for e in _WORDS.words["german_genitive_endings"] if noun[-1] not in "sxzße"}
    return {alias} | {f"{stem}{e} {n}" for e in _WORDS.words["german_adjective_endings"] for n in nouns}


def _tokenizer_of(doc: Doc) -> Callable[[str], Doc]:
    from spacy.tokenizer import Tokenizer
    from spacy.util import get_lang_class

    # the vocab's language defaults and the elision rule of ``nlp.build_nlp`` rebuild the
    # tokenizer the pipeline used
    lang = doc.vocab.lang
    nlp = with_elisions(get_lang_class(lang or "en")(vocab=doc.vocab))
    tokenizer: Tokenizer = nlp.tokenizer
    return tokenizer


@cache
def default_rules() -> EventRules:
    """The rules from the repository's data files."""
    return EventRules.load()


# --------------------------------------------------------------------------- words

#: the words the rules read, grouped by what they do with them (data/patterns/event_words.yaml)
_WORDS = load_event_words()

_ORDINAL_WORDS = {**ORDINAL_WORDS, **_WORDS.numbers["anniversary_ordinals"]}
#: a German name of an adjective and a noun ("Spanischer Bürgerkrieg"): _german_declension
_GERMAN_ADJECTIVE_NAME = re.compile(
    r"(\w*(?:{}))(?:{}) (\w+)".format(
        "|".join(_WORDS.words["german_adjective_stems"]),
        "|".join(sorted(_WORDS.words["german_adjective_endings"], key=len, reverse=True)),
    )
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
#: "3 May", "28 April" without a year (the model's DATE entities hold the others)
_DAY_MONTH = re.compile(
    r"\b([0-3]?\d)(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b(?![ \t]*,?[ \t]*\d)"
)
_CARDINAL_WORDS = dict(_WORDS.numbers["cardinal_words"])
_CONDEMN = set(_WORDS.words["condemn"])
_SUPPORT = set(_WORDS.words["support"])
_SPEAKERS = {"we", "i", "us"}
_SPEAKER_NOUNS = set(_WORDS.words["speaker_nouns"])
_RECENT = set(_WORDS.words["recent"])
_FUTURE = set(_WORDS.words["future"])
_MODS_KEEP = set(_WORDS.words["election_kinds"])


def ordinal_value(text: str) -> int | None:
    """The number of an ordinal word or numeral.

    >>> ordinal_value("20th"), ordinal_value("Twentieth"), ordinal_value("XX"), ordinal_value("37e")
    (20, 20, 20, 37)
    """
    low = text.lower()
    if low in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[low]
    # "20th"; "37e", "80°", "60º", "4." in the networks' other languages
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th|e|è|ème|eme|er|°|º|ª|o|a|\.)?", low)
    if m:
        return int(m.group(1))
    if re.fullmatch(r"[IVXL]+", text):
        total = 0
        for i, ch in enumerate(text):
            v = _ROMAN[ch]
            total += -v if i + 1 < len(text) and _ROMAN[text[i + 1]] > v else v
        return total
    return None


def ordinal_suffix(n: int) -> str:
    """``20`` -> ``"20th"``.

    >>> [ordinal_suffix(n) for n in (1, 2, 3, 11, 22, 100)]
    ['1st', '2nd', '3rd', '11th', '22nd', '100th']
    """
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def shift_years(iso: str, years: int) -> str:
    """Move an ISO date by whole years, keeping its precision.

    >>> shift_years("2024-01-21", -100)
    '1924-01-21'
    """
    return f"{int(iso[:4]) + years:04d}{iso[4:]}"


def _month_key(name: str) -> str:
    """A month's name as ``MONTHS`` holds it: lower case, the Turkish dotted and dotless
    capitals folded as Turkish writes them ("MAYIS" is "mayıs", "NİSAN" "nisan")."""
    return name.replace("I", "ı").replace("İ", "i").lower()


#: between two days joined as one list, and after the first: ", et le", " und am", " y el",
#: " e il", " and again on", " puis de nouveau le"
_AND_THE = re.compile(
    r"\s*,?\s*(?:and|et|y|e|ed|und|ve|puis|then)\s+"
    r"(?:(?:again|once\s+more|de\s+nouveau|à\s+nouveau|de\s+nuevo|di\s+nuovo|novamente|erneut|wieder)\s+)?"
    r"(?:(?:on|the|le|el|il|l['’]|lo|o|am|vom|au|al|ao)\s+)?",
    re.IGNORECASE,
)


@cache
def _same_day() -> re.Pattern[str]:
    """ "the same day" in the networks' languages (``event_words.yaml``)."""
    return re.compile(r"(?<!\w)" + phrases_pattern(_WORDS.words["same_day"]) + r"(?!\w)", re.I)


@cache
def _same_day_in() -> re.Pattern[str]:
    """ "the same day" and a preposition of place right before a country: "convocada no
    mesmo dia em Espanha", "called the same day in Spain" (the end of the text before it)."""
    preps = "|".join(re.escape(w) for w in sorted(_WORDS.words["in_prepositions"], key=len, reverse=True))
    return re.compile(
        r"(?<!\w)"
        + phrases_pattern(_WORDS.words["same_day"])
        + rf"\s+(?:{preps})\s+(?:(?:the|el|la|le|o|a)\s+)?\Z",
        re.I,
    )


def _same_day_elsewhere(text: str, start: int) -> bool:
    """The country at ``start`` is where the same thing happened on the same day ("a greve
    geral de 14 de novembro de 2012, convocada no mesmo dia em Espanha"): another place than
    the event's own."""
    return _same_day_in().search(text, max(0, start - 40), start) is not None


#: what joins a month without its year to the dated one after it ("January and September 2022")
#: a year written in a date's text; words that date it relative to the text's year
_YEAR_IN = re.compile(r"\b\d{4}\b")
_RELATIVE_IN = re.compile(r"(?i)\b(?:year|ago|last|next|this)\b")
#: the word joining a day without its year to a later dated one of its sentence
_JOINED = re.compile(r"\b(?:and|as\s+well\s+as)\b")
_AND_MONTH = re.compile(r"\s*,?\s*(?:and|or)\s+(?:(?:in|on)\s+)?(?:the\s+)?", re.IGNORECASE)

#: "next" in the networks' other languages: a day without its year beside one is to come
_NEXT_WORDS = frozenset(_WORDS.words["next_words"])


def _next_around(text: str, start: int, end: int) -> bool:
    """The word right after ``text[start:end]`` (or right before it, with an article
    between) says "next": "le 6 avril prochain", "el próximo 8 de marzo".

    >>> _next_around("le 6 avril prochain", 3, 10), _next_around("el próximo 8 de marzo", 11, 21)
    (True, True)
    >>> _next_around("le 6 avril 2023", 3, 10)
    False
    """
    after = re.match(r"\s+(\w+)", text[end : end + 20])
    before = re.search(r"(\w+)\s+$", text[max(0, start - 20) : start])
    return any(m is not None and m.group(1).lower() in _NEXT_WORDS for m in (after, before))


@cache
def _yearless_days() -> re.Pattern[str]:
    """A day and a month name with no year after it, in the networks' other languages:
    "26 de julio", "21. September", "1er mars", "1 Şubat'ında" (a Turkish case ending).

    >>> [m["month"] for m in _yearless_days().finditer("el 26 de julio y el 3 de mayo de 2023")]
    ['julio']
    """
    names = "|".join(sorted((re.escape(n) for n in MONTHS if len(n) > 3), key=len, reverse=True))
    return re.compile(
        r"(?<![\w.])(?P<day>[0-3]?\d)(?:\.|º|°|er|o)?\s+(?:de\s+)?(?P<month>" + names + r")(?:['’]\w+)?\b"
        r"(?![\s,.]*(?:(?:de|del|of)\s+)?\d{4})",
        re.I,
    )


def _told_in_past(span: Span) -> bool:
    """The verb nearest above ``span`` is in the past tense, no modal's ("the riots of
    February, where they were beaten": "were beaten"; not "will be held in May")."""
    t = span.root
    while t.head is not t:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            # "were beaten and killed": the auxiliaries of the verb it is joined to
            verbs = [t, t.head] if t.dep_ == "conj" else [t]
            auxes = [c for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass")]
            if any(c.tag_ == "MD" for c in auxes):
                return False
            return t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.tag_ == "VBD" for c in auxes))
    return False


def resolve_month(month: int, ref: str | None, *, past: bool = False) -> str | None:
    """A bare month name as ``YYYY-MM``: the occurrence nearest the reference date.

    ``past`` forces the latest occurrence not after it ("since December").

    >>> resolve_month(12, "2023-02-07", past=True)
    '2022-12'
    >>> resolve_month(11, "2009-10")
    '2009-11'
    """
    if not ref or len(ref) < 7:
        return f"{ref[:4]}-{month:02d}" if ref and not past else None
    year, ref_month = int(ref[:4]), int(ref[5:7])
    best = None
    for y in (year - 1, year, year + 1):
        delta = (y - year) * 12 + month - ref_month
        if past and delta > 0:
            continue
        if best is None or abs(delta) < abs(best[0]):
            best = (delta, y)
    return f"{best[1]:04d}-{month:02d}" if best else None


def _more_precise(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return b if len(b) > len(a) and b.startswith(a) else a


# --------------------------------------------------------------------------- context


@dataclass
class _Cand:
    start: int  # token offsets in the doc
    end: int
    type: str
    label: str | None = None
    date: str | None = None
    country: str | None = None
    key: str | None = None
    priority: int = 1  # 0 gazetteer, 1 rule, 2 NER
    date_from_text: bool = False
    gazetteer: HistoricalEvent | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class _Context:
    """What the rules read around a trigger: clauses, dates and countries of the doc."""

    def __init__(
        self,
        doc: Doc,
        source: Document,
        rules: EventRules,
        language: str = "en",
        organisations: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.doc = doc
        # spaCy's Doc.text joins all the tokens again at every access: read once, as the
        # rules read it for every candidate
        self.text = doc.text
        self.source = source
        self.rules = rules
        self.language = language
        self.ref = source.date
        self._sentences: list[tuple[int, int]] | None = None  # by punctuation, when asked
        self._body_adjectives: list[tuple[int, int, str, str]] | None = None
        self.triggers: list[tuple[int, int]] = []  # char spans of the rules' event words
        # char spans of German and Dutch "war" ("was") the rule of wars matched: own_stretch
        self.was: set[tuple[int, int]] = set()
        self.named_events: list[tuple[int, int]] = []  # char spans of the gazetteer's names
        # char spans of the words of a death in another language ("der Mord an X"): no
        # trigger (a bare "mort" is common), but a phrase a date after it may close
        self.death_words: list[tuple[int, int]] = []
        self.war_words: list[tuple[int, int]] = []  # char spans of the words of a war
        self.coup_triggers: list[tuple[int, int]] = []  # those of the coup rules' words
        self.blows: list[tuple[int, int]] = []  # char spans of a bare "golpe" (no trigger)
        # those a coup's words name as one ("el golpe contra X, en 2009"): the stretch of
        # the next coup's words begins after them (_own_coup_stretch)
        self.named_blows: list[tuple[int, int]] = []
        # the year an anniversary puts the event after it in ("80° anniversario della
        # strage di …": the text's year less 80), by the token the event's word starts at;
        # and, for the Turkish order ("katliamının 30. yıl dönümünde"), by the token it ends at
        self.hints_after: dict[int, str] = {}
        self.hints_before: dict[int, str] = {}
        self.org_spans = [
            (e.start_char, e.end_char) for e in doc.ents if e.label_ in ("ORG", "FAC", "WORK_OF_ART", "LAW")
        ]
        # organisation names without their article, as the rules' spans have none
        self.org_names = [
            e[1:] if e[0].lower_ == "the" and len(e) > 1 else e
            for e in doc.ents
            if e.label_ in ("ORG", "FAC")
        ]
        # persons' names that hold a country's ("President Salvador Allende", "Georgia Meloni")
        person_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
        # the names the organisation rules found, in every language (_anniversary_told)
        self.org_rule_spans = list(organisations)
        if language != "en":
            # the English model's entities in another language mean nothing ("il Marocco" an
            # ORG, "Nel Regno Unito" a PERSON): the names the organisation rules found instead
            self.org_spans = list(organisations)
            person_spans = []
        self.countries: list[tuple[int, int, str, str]] = []  # char offsets in doc
        self._peoples: list[tuple[int, int, str, str]] | None = None  # peoples_in
        named: set[str] = set()  # every country the text names, party names' too
        # (iso2, casefolded name) of the countries named only in organisations' names
        # (document_country)
        self.issuer_countries: list[tuple[str, str]] = []
        # a name the model reads as an event's, a word or two then a country ("the Plan
        # Colombia"): the country ends a name, it places nothing
        plans = [
            (e.start_char, e.end_char)
            for e in doc.ents
            if e.label_ == "EVENT"
            and language == "en"
            and 2 <= len([t for t in e if t.lower_ != "the"]) <= 3
            and all(t.is_title for t in e if t.lower_ != "the")
        ]
        for s, e, iso2, clue in rules.find_countries(self.text):
            named.add(iso2)
            if clue == "name" and any(ps < s and e == pe for ps, pe in plans):
                continue
            owner = next(
                (
                    (os, oe)
                    for os, oe in self.org_spans
                    if os <= s and e <= oe and oe - os > e - s and not _people_of(self.text[os:s])
                ),
                None,
            )
            if owner is not None:
                self.issuer_countries.append(
                    (iso2, " ".join(self.text[owner[0] : owner[1]].casefold().split()))
                )
                continue  # "Organization of American States", "Communist Party of Peru"
                # (not a country's bare name the model took for an organisation: "in Paraguay")
            if any(ps <= s and e <= pe and (pe - ps) > (e - s) for ps, pe in person_spans):
                continue
            self.countries.append((s, e, iso2, clue))
        if language in _S_GENITIVE_LANGUAGES:
            self.countries += _s_genitives(self.text, self.countries)
            self.countries.sort()
        # the countries named as who backed an event ("with the support of the United States")
        # (or as where someone fled or was sent: "flee to the United States")
        self.backers = {
            c[0]
            for c in self.countries
            if _BACKER.search(self.text, max(0, c[0] - 60), c[0])
            or _DESTINATION.search(self.text, max(0, c[0] - 40), c[0])
            or _DESTINATION_AFTER.match(self.text, c[1])
        }
        # cities, the country of a span that names none ("les militaires ont pris le
        # pouvoir à Niamey"): a name several countries' cities bear counts only in a text
        # that names exactly one of those countries
        self.cities: list[tuple[int, int, str, str]] = []
        self.unplaced_cities: list[tuple[int, int]] = []
        for hit in find_cities(self.text):
            if any(
                os <= hit.start and hit.end <= oe and oe - os > hit.end - hit.start
                for os, oe in self.org_spans
            ):
                continue  # "Municipality of Lima"; not a city's bare name the model took for an organisation
            if any(ps <= hit.start and hit.end <= pe for ps, pe in person_spans):
                continue
            if _CITY_AS_POWER.search(self.text, max(0, hit.start - 40), hit.start) or re.match(
                r"['’]s\b", self.text[hit.end : hit.end + 3]
            ):
                continue  # "prepared in Washington", "orders from Paris", "Moscow's": a government
            if language == "tr" and _TR_DIRECTION.match(self.text, hit.end):
                continue  # "Kobanê'ye oyuncak götürmek isteyen …": where they went, not where it happened
            iso = resolve_city(hit.codes, named)
            if iso is not None:
                self.cities.append((hit.start, hit.end, iso, "city"))
            else:
                self.unplaced_cities.append((hit.start, hit.end))
        # regions (states, provinces), a clue as weak as a city's: "the war in Tigray", "en
        # Chubut", "in Minas Gerais"; a one-word name only as a place (_region_as_place); a
        # name several countries' regions bear only in a text naming one of them, else none
        named_places = (
            [(c[0], c[1]) for c in self.countries]
            + [(c[0], c[1]) for c in self.cities]
            + self.unplaced_cities
        )
        # the names of things that are no place (the English model's events, works, laws …)
        named_things = (
            [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in ("GPE", "LOC", "FAC", "NORP")]
            if language == "en"
            else []
        )
        head = self.title_span()
        title_countries = head is not None and any(
            head.start_char <= c[0] and c[1] <= head.end_char for c in self.countries
        )
        for hit in find_regions(self.text):
            if any(s < hit.end and hit.start < e for s, e in named_places):
                continue
            if any(
                s <= hit.start and hit.end <= e and e - s > hit.end - hit.start
                for s, e in [*self.org_spans, *person_spans, *named_things]
            ):
                continue  # "the Punjab Police", "Governor Maria Victoria Cruz", "the Festival of Unity"
            if not _region_as_place(self.text, hit.start, hit.end):
                continue
            iso = resolve_city(hit.codes, named)
            # a region of a country the text never names, in a text that names others, is
            # a homonym's ("the earthquake in Concepción" of a text on Chile is no Paraguay's);
            # a name only one country's regions bear is that country's in a text whose title
            # names no country ("the atomic bombings of Hiroshima", in a call that names Poland)
            if iso is not None and (
                not named or iso in named or (set(hit.codes) == {iso} and not title_countries)
            ):
                self.cities.append((hit.start, hit.end, iso, "region"))
        self.cities.sort()
        if language != "en":
            # "¡Alto a la masacre del pueblo peruano!": the other languages write a country's
            # adjective in lower case, which the country finder (capitals only) leaves out; in
            # the title, which tells what the text is about, it names the text's country
            title = self.title_span()
            if title is not None:
                for m in _lower_adjectives().finditer(self.text, title.start_char, title.end_char):
                    iso = _lower_adjective_table()[m.group(1)]
                    if not any(s <= m.start() < e for s, e, _i, _c in self.countries):
                        self.countries.append((m.start(), m.end(), iso, "adjective"))
                self.countries.sort()
        self.dates: list[tuple[int, int, str]] = []  # char offsets, iso
        if language != "en":
            # the English model does not tag "6 Şubat 2023" or "1° de mayo" as dates
            self.dates = [(d.start, d.end, d.iso) for d in find_dates(self.text)]
            # "el 26 de julio", "am 21. September", "1 Şubat'ında": a day and a month
            # without a year, the last before the document's date (a text reports what
            # happened: "bu yılın 1 Şubat'ında", this year's 1 February, in a November text)
            taken = list(self.dates)
            for m in _yearless_days().finditer(self.text):
                if any(s < m.end() and m.start() < e for s, e, _ in taken):
                    continue
                number = MONTHS.get(m["month"].lower()) or MONTHS.get(_month_key(m["month"]))
                if number is None:
                    continue
                if _next_around(self.text, m.start(), m.end()):
                    continue  # "le 6 avril prochain", "el próximo 8 de marzo": still to come
                month = resolve_month(number, self.ref, past=True)
                joined = _AND_THE.match(self.text, m.end())
                later = next((d for d in taken if joined and d[0] == joined.end() and len(d[2]) == 10), None)
                if later is not None:
                    # "am 24. Januar und am 30. September 2022": the year of the day it is
                    # joined to, not the last 24 January before the text
                    year = int(later[2][:4]) - (number > int(later[2][5:7]))
                    month = f"{year}-{number:02d}"  # "le 24 décembre et le 3 janvier 2022": 2021
                day = int(m["day"])
                if month and 1 <= day <= monthrange(int(month[:4]), int(month[5:7]))[1]:
                    self.dates.append((m.start(), m.end(), f"{month}-{day:02d}"))
        for ent in doc.ents if language == "en" else ():
            if ent.label_ not in ("DATE", "CARDINAL", "EVENT"):
                continue  # the model tags "the plebiscite of 4 September 2022" an EVENT
            for d in find_dates(ent.text):
                self.dates.append((ent.start_char + d.start, ent.start_char + d.end, d.iso))
                break
            else:
                if ent.label_ == "DATE":
                    iso = self._bare_month(ent) or self._relative_year(ent)
                    if iso:
                        self.dates.append((ent.start_char, ent.end_char, iso))
        if language == "en":
            self.dates = self._whole_days(self.dates)
            self.dates += self._untagged_days()
        self.dates.sort()
        if language == "en":
            self.dates = self._years_given_later(self.dates)
        self.dates = sorted(self.dates + self._same_days())
        self.dates = [d for d in self.dates if not _compared_since(self.text, d[0])]

    def _same_days(self) -> list[tuple[int, int, str]]:
        """ "On the same day", "am selben Tag": the last day the text gave before it, in
        the _TOLD_REACH characters before (not the dateline above the text); the last of the
        story's days there, past a day it recalls ("On 25 October 2021 the general … ended the
        power-sharing that followed the overthrow of X on 11 April 2019. Tens of thousands
        poured into the streets on the same day": the 25th)."""
        found = []
        q = self.source.date_quote
        head = q.end - self.source.start if q is not None else 0
        for m in _same_day().finditer(self.text):
            # (a dateline under the text, over its signatures, closes no day told above it)
            top = head if head <= m.start() else 0
            before = [d for d in self.dates if top <= d[0] and d[1] <= m.start() and len(d[2]) == 10]
            if not before or m.start() - before[-1][1] > _TOLD_REACH:
                continue
            last = before[-1]
            if not self.of_the_story(last[2]):
                # the story's day told in the paragraph before, past the recalled one
                story = [d for d in before if self.of_the_story(d[2]) and m.start() - d[1] <= 2 * _TOLD_REACH]
                last = story[-1] if story else last
            found.append((m.start(), m.end(), last[2]))
        return found

    def _whole_days(self, dates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The model's month dates widened to the day the text writes with them: it tags
        "December 2024" in "On the night of 3 December 2024" and "October 2024" in "the
        elections of 26 October 2024", leaving the day a number of its own."""
        if not any(len(iso) == 7 for _s, _e, iso in dates):
            return dates  # no month date to widen: the text's days need not be found
        days = [(d.start, d.end, d.iso) for d in find_dates(self.text) if len(d.iso) == 10]
        out = []
        for s, e, iso in dates:
            if len(iso) == 7:
                whole = next((d for d in days if d[0] <= s and e <= d[1] and d[2].startswith(iso)), None)
                if whole is not None:
                    out.append(whole)
                    continue
                # "On the night of 3 December, …": the model tags the month alone, which
                # dates it in its year; the day written before it is that month's
                day = next(
                    (m for m in _DAY_MONTH.finditer(self.text, max(0, s - 6), e) if m.end(2) == e), None
                )
                if (
                    day is not None
                    and day.start(2) == s
                    and 1 <= int(day.group(1)) <= monthrange(int(iso[:4]), int(iso[5:7]))[1]
                ):
                    out.append((day.start(), e, f"{iso}-{int(day.group(1)):02d}"))
                    continue
            out.append((s, e, iso))
        return out

    def _untagged_days(self) -> list[tuple[int, int, str]]:
        """A day and a month the model did not tag ("On the night of 3 May the police …",
        where it reads "May" as a modal verb), in the year nearest the document's date."""
        found = []
        for m in _DAY_MONTH.finditer(self.text):
            if any(s < m.end() and m.start() < e for s, e, _ in self.dates):
                continue
            month = resolve_month(MONTHS[m.group(2).lower()], self.ref)
            day = int(m.group(1))
            if month is None or not 1 <= day <= monthrange(int(month[:4]), int(month[5:7]))[1]:
                continue
            found.append((m.start(), m.end(), f"{month}-{day:02d}"))
        for d in find_dates(self.text):
            # a whole day with its year the model did not tag ("On the night of 20th October
            # 2020 soldiers …", which it reads as no date at all), of the text's past (a day
            # still to come stays as the model leaves it)
            if len(d.iso) != 10 or (self.ref is not None and _after(d.iso, self.ref)):
                continue
            if not any(s < d.end and d.start < e for s, e, _ in [*self.dates, *found]):
                found.append((d.start, d.end, d.iso))
        return found

    def _years_given_later(self, dates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A day or month written without its year takes the year of the dated day its
        sentence joins to it later ("X on 6 February and Y on 25 July 2013": 2013, not
        the 6 February nearest the text; "December and … 3 January 2022": 2021)."""
        out = list(dates)
        for i, (s, e, iso) in enumerate(dates):
            if len(iso) < 7 or _YEAR_IN.search(self.text, s, e) or _RELATIVE_IN.search(self.text, s, e):
                continue
            nxt = next((d for d in dates[i + 1 :] if d[0] >= e), None)
            if nxt is None or len(nxt[2]) < 7 or not _YEAR_IN.search(self.text, nxt[0], nxt[1]):
                continue
            between = self.text[e : nxt[0]]
            if len(between) > 120 or re.search(r"[.;!?\n]", between) or not _JOINED.search(between):
                continue
            number = int(iso[5:7])
            year = int(nxt[2][:4]) - (number > int(nxt[2][5:7]))
            out[i] = (s, e, f"{year:04d}{iso[4:]}")
        return out

    def _shift(self, ent: Span) -> int | None:
        """How many years before the document's a date phrase lies: "last year" 1, "this
        year", "earlier this year", "this summer" 0, "two years ago" 2; None for none of
        these ("the last year" is a stretch of time, not a date)."""
        words = [t.lower_ for t in ent]
        text = " ".join(words)
        if re.search(r"(?<!the )\b(?:last|previous) year\b", text) and not re.match(r"(?:the|in the) ", text):
            return 1
        if re.search(r"\bthis (?:year|spring|summer|autumn|fall|winter)\b", text):
            return 0
        m = re.fullmatch(r"(?:some |about |almost |nearly )?(\S+) years? ago", text)
        if m:
            word = m.group(1)
            return int(word) if word.isdigit() else _CARDINAL_WORDS.get(word)
        return None

    def _relative_year(self, ent: Span) -> str | None:
        """A year told relative to the document's date ("last year", "earlier this year",
        "two years ago"), as ``YYYY``."""
        if not self.ref:
            return None
        n = self._shift(ent)
        return f"{int(self.ref[:4]) - n:04d}" if n is not None else None

    def _bare_month(self, ent: Span) -> str | None:
        """A month without a year ("since January", "on 1 February", "15th April") in the
        year that puts it nearest the document's date."""
        months = [t for t in ent if t.lower_.rstrip(".") in MONTHS and t.is_title]
        nums = [t for t in ent if t.like_num]
        if len(months) != 1 or len(nums) > 1:
            return None
        day = None
        if nums:
            m = re.fullmatch(r"([0-3]?\d)(?:st|nd|rd|th)?", nums[0].text)
            if m is None or abs(nums[0].i - months[0].i) > 2:
                return None
            day = int(m.group(1))
        # "since January", and "last December" (the model's entity holds "last")
        before = [*self.doc[max(ent.start - 2, 0) : ent.start], *self.doc[ent.start : months[0].i]]
        past = any(t.lower_ in ("since", "last", "from") for t in before)
        number = MONTHS[months[0].lower_.rstrip(".")]
        month = resolve_month(number, self.ref, past=past)
        if month is not None and self.ref and len(self.ref) >= 7:
            ahead = (int(month[:4]) - int(self.ref[:4])) * 12 + int(month[5:7]) - int(self.ref[5:7])
            if ahead >= 2 and _told_in_past(ent):
                # "the riots of February" that a text of December told in the past: the
                # February before it, not the one nearest it
                month = resolve_month(number, self.ref, past=True)
            elif ahead == 0 and any(t.lower_ == "last" for t in before):
                # "since last December" in a text of December: a year before
                month = f"{int(month[:4]) - 1:04d}{month[4:]}"
        shift = self._shift(ent)
        if month is not None and shift is not None and self.ref:
            # "September last year", "24 February last year", "in July of last year"
            month = f"{int(self.ref[:4]) - shift:04d}{month[4:]}"
        of_year = _MONTH_NOUN_OF_YEAR.match(self.text, ent.end_char)
        if (
            month is not None
            and day is None
            and shift is None
            and of_year is not None
            and ent.start > 0
            and self.doc[ent.start - 1].lower_ == "the"
        ):
            # "the July unrest of 2021", "the October revolution of 1917": the month names
            # the event whose phrase gives its year, not the month nearest the text
            return f"{of_year.group(1)}-{number:02d}"
        later = self._joined_year(ent.end_char)
        if month is not None and later is not None and shift is None:
            # "in January and September 2022", "on 24 January and 30 September 2022": the
            # year of the date it is joined to (the year before for a later month: "December
            # and January 2022" is December 2021), not the January nearest the text
            number = int(month[5:7])
            month = f"{int(later[:4]) - (number > int(later[5:7])):04d}-{number:02d}"
        if month is None or day is None:
            return month
        y, mo = int(month[:4]), int(month[5:7])
        return f"{month}-{day:02d}" if 1 <= day <= monthrange(y, mo)[1] else month

    def _joined_year(self, end: int) -> str | None:
        """The month (``YYYY-MM``) of the dated month joined by "and" right after ``end``."""
        joined = _AND_MONTH.match(self.text, end)
        if joined is None:
            return None
        for d in find_dates(self.text[joined.end() : joined.end() + 40]):
            return d.iso[:7] if d.start == 0 and len(d.iso) >= 7 else None
        return None

    def clause(self, start: int, end: int) -> Span:
        """The sentence around tokens ``start:end``, cut at semicolons."""
        sent = self.doc[start].sent
        lo, hi = sent.start, sent.end
        for t in sent:
            if t.text == ";":
                if t.i < start:
                    lo = t.i + 1
                elif t.i >= end:
                    hi = t.i
                    break
        return self.doc[lo:hi]

    def text_sentence(self, start: int, end: int) -> Span:
        """The sentence around tokens ``start:end`` by punctuation, as the candidate filter
        reads it: in a text in another language the English parser's sentences are cut
        anywhere ("am 24. | Februar", "el | Congreso")."""
        if self._sentences is None:
            self._sentences = _unwrapped(self.text, list(sentences(self.text)))
        a, b = self.doc[start].idx, self.doc[end - 1].idx
        i = bisect_right(self._sentences, (a, len(self.text) + 1)) - 1
        if i >= 0:
            s, e = self._sentences[i]
            span = self.doc.char_span(s, max(e, b + 1), alignment_mode="expand")
            if span is not None:
                return span
        return self.clause(start, end)

    def date_near(self, span: Span, start: int, end: int) -> str | None:
        """The date in ``span`` nearest to the tokens ``start:end``, not one that dates
        another event ("the coup repeats the history of the uprising of August 1988")."""
        a, b = self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1])
        best: tuple[bool, int, str] | None = None
        for s, e, iso in self.dates:
            if s >= span.start_char and e <= span.end_char:
                if self._dates_other_event(s, start, end):
                    continue
                dist = 0 if (s < b and a < e) else min(abs(s - b), abs(a - e))
                # a date that ends a period ("the strike lasted until March 1985") only when
                # the span tells no other ("In March 1984 the miners walked out, and the
                # strike lasted until March 1985": it began in 1984)
                ends = _UNTIL.search(self.text, max(0, s - 16), s) is not None
                if best is None or (ends, dist) < best[:2]:
                    best = (ends, dist, iso)
        return best[2] if best else None

    def _dates_other_event(self, char: int, start: int, end: int) -> bool:
        """The date at ``char`` hangs on an event noun outside the tokens ``start:end``."""
        if self.language != "en":
            # the English parse of another language means nothing (own_stretch); but a date
            # before the event's word that closes the phrase of the event told before it is
            # that event's ("il disastro ferroviario di X del 29 giugno 2009, il crollo del
            # ponte Y a Z il 14 agosto 2018"): the phrase runs from that event's word to the
            # date with no punctuation between
            a = self.doc[start].idx
            if char >= a:
                # a date after the event's word, past a comma and a word of time, dates
                # what that word measures from ("el paro general …, 45 días después de su
                # asunción el 10 de diciembre de 2023"), not the event
                b = self.doc[end - 1].idx + len(self.doc[end - 1])
                between = self.text[b:char]
                return bool(_CLAUSE_MARK.search(between)) and _TIME_LINK.search(between) is not None
            before = [
                e
                for s, e in self.triggers + self.death_words + self.named_blows
                if e <= char and not (s >= a)
            ]
            ends = [e for s, e, _iso in self.dates if s == char]
            if (
                before
                and ends
                and _LATER_ITEM.search(self.text, max(0, a - 12), a) is not None
                and not re.search(r"[.!?\n]", self.text[max(before) : a])
                and not any(ends[0] <= s < a for s, _e in self.triggers)
            ):
                # the event's word opens a later item of a list, after the phrase of an event
                # its sentence named before the date ("la rebelión del pueblo chileno, que desde
                # el 18 de octubre de 2019 enfrenta …, y las movilizaciones de los pueblos de
                # Haití"): the date is that event's, the later item's would follow its word
                return True
            return (
                bool(before)
                and bool(ends)
                and char - max(before) <= _PHRASE_REACH
                and not _CLAUSE_MARK.search(self.text, max(before), char)
                # the event is the next item of the list: "…, il crollo", "… e la strage"
                # (not a clause the date heads: "del 26 de junio de 2002, cuando la policía asesinó")
                and _NEXT_ITEM.fullmatch(self.text, ends[0], a) is not None
            )
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or start <= span.start < end:
            return False
        for anc in span[0].ancestors:
            if start <= anc.i < end:
                return False
            if anc.pos_ == "VERB":
                # a participle set off by a comma that dates another thing, not the event
                # ("the work of the First Conference, held in the autumn of 1980, whose
                # communiqué called for unity after the revisionist coup in China")
                return self._set_off_participle(anc, start, end) or self._other_subject(anc, start, end)
            if anc.pos_ in ("NOUN", "PROPN") and anc.lemma_.lower() in _EVENT_NOUNS:
                return True
        return False

    def _other_subject(self, verb: Token, start: int, end: int) -> bool:
        """``verb`` has another event's noun for its subject and the event hangs on another
        verb joined to it ("the war in X, launched on 4 November 2020 by …, ended in a
        massacre", parsed as two verbs of the war): the date is that event's."""
        own = next((t for t in self.doc[start].ancestors if t.pos_ in ("VERB", "AUX")), None)
        if own is None or own.i == verb.i:
            return False
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and not start <= c.i < end
            and c.pos_ in ("NOUN", "PROPN")
            and c.lemma_.lower() in _EVENT_NOUNS
            for c in verb.children
        )

    def _set_off_participle(self, verb: Token, start: int, end: int) -> bool:
        """``verb`` is a past participle after a comma ("…, held in the autumn of 1980,")
        hanging on a word outside the event's tokens ``start:end`` and not over them."""
        if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl") or start <= verb.head.i < end:
            return False
        if verb.i == 0 or self.doc[verb.i - 1].text != ",":
            return False
        return not any(start <= t.i < end for t in verb.subtree)

    def phrase_date(self, head: Token, span: Span, clause: Span) -> str | None:
        """The date in the phrase headed by ``head`` ("June 12, 2009 elections in Iran",
        "the massacre of 3 October"), else in the clause."""
        sub = list(head.subtree)
        phrase = self.doc[min(sub[0].i, span.start) : max(sub[-1].i + 1, span.end)]
        own = self.own_stretch(clause, span)
        if own.end < clause.end and any(t.pos_ == "VERB" for t in self.doc[span.end : own.end]):
            # "The X massacre reminds us of the Y mine disaster … of 3 March 1992": a date
            # past a verb and another event's word dates that event, not this one
            clause = self.doc[clause.start : own.end]
            phrase = self.doc[phrase.start : max(min(phrase.end, own.end), span.end)]
        return self.date_near(phrase, span.start, span.end) or self.date_near(clause, span.start, span.end)

    def countries_in(self, span: Span) -> list[tuple[int, int, str, str]]:
        """The countries ``span`` names; when it names none, those of its cities. Not a
        country named as who backed the event ("the generals overthrew the government with
        the support of the United States"): it took place elsewhere."""
        found = [
            c
            for c in self.countries
            if c[0] >= span.start_char and c[1] <= span.end_char and c[0] not in self.backers
        ]
        return found or [c for c in self.cities if c[0] >= span.start_char and c[1] <= span.end_char]

    def peoples_in(self, span: Span) -> list[tuple[int, int, str, str]]:
        """The peoples ``span`` names by a demonym in the plural ("millions of Filipinos"),
        which no rule reads as a country's mention: only where a rule asks who acted."""
        if self._peoples is None:
            self._peoples = [(h.start, h.end, h.iso2, h.clue) for h in find_peoples(self.text)]
        return [c for c in self._peoples if c[0] >= span.start_char and c[1] <= span.end_char]

    def only_country(self, span: Span) -> str | None:
        """The country of ``span`` when it names exactly one."""
        found = {c[2] for c in self.countries_in(span)}
        return found.pop() if len(found) == 1 else None

    def own_stretch(self, clause: Span, span: Span) -> Span:
        """``clause`` cut to the stretch between the event words before and after ``span``;
        German "war" ("was") before it cuts nothing ("Erst am 5. November 2015 war bei X der
        Damm gebrochen": the date is the event's)."""
        a, b = clause.start_char, clause.end_char
        for s, e in self.triggers:
            if e <= span.start_char and e > a and (s, e) not in self.was:
                a = e
            elif s >= span.end_char and s < b:
                b = s
        return self.doc.char_span(a, b, alignment_mode="expand") or clause

    def country_before(self, clause: Span, date: str | None) -> str | None:
        """The country of an event whose sentence names none, from the sentences before:
        the one "this country" points back to ("Au Kenya, … Dans ce pays, les
        manifestations …"), or, for an event outside the text's story ("12 Eylül 1980'de
        ordu yönetime el koydu" in a text of 2021 about Myanmar), the last one named in the
        paragraph just before."""
        text = self.text
        if any(clause.start_char <= s and e <= clause.end_char for s, e in self.unplaced_cities):
            return None  # "en La Paz" in a text naming Bolivia and Mexico: where, it says
        lo = max(0, clause.start_char - _TOLD_REACH)
        before = [c for c in self.countries + self.cities if lo <= c[0] < clause.start_char]
        if not before:
            return None
        last = max(before)[2]
        if _THIS_COUNTRY.search(clause.text):
            return last
        if (
            date is not None
            and not self.of_the_story(date)
            and not self.unknown_place_in(clause)
            and "\n\n" not in text[max(before)[1] : clause.start_char]
        ):
            return last
        return None

    def unknown_place_in(self, clause: Span) -> bool:
        """``clause`` tells where its event happened by a place no table knows ("… по
        бастующим шахтёрам в Краснолесье", "… in Kelmoor"): a lower-case preposition of place
        before a capitalised word that is no country, city, month or number. The country of
        the sentence before is then no guess for it."""
        doc = self.doc
        known = self.countries + self.cities
        for t in clause[:-1]:
            if t.text not in _AT_PREPOSITIONS:
                continue
            nxt = doc[t.i + 1]
            if (
                nxt.is_title
                and nxt.is_alpha
                and nxt.lower_ not in MONTHS
                and not any(c[0] <= nxt.idx < c[1] for c in known)
            ):
                return True
        return False

    def adjacent_adjective(self, span: Span) -> tuple[int, int, str, str] | None:
        """A country's lower-case adjective right after the words ``span`` ("golpe cileno",
        "coups d'État maliens"), else right before them ("chilenische Putsch")."""
        after = next((a for a in self.body_adjectives() if 0 <= a[0] - span.end_char <= 2), None)
        if after is not None:
            return after
        # "la rebelión del pueblo chileno", "la lutte du peuple malien": the people's
        # adjective names the country of the people's event
        people = _OF_THE_PEOPLE.match(self.text, span.end_char)
        if people is not None:
            after = next((a for a in self.body_adjectives() if a[0] == people.end()), None)
            if after is not None:
                return after
        return next((a for a in self.body_adjectives() if 0 <= span.start_char - a[1] <= 1), None)

    def body_adjectives_in(self, span: Span) -> list[tuple[int, int, str, str]]:
        return [a for a in self.body_adjectives() if span.start_char <= a[0] and a[1] <= span.end_char]

    def paragraph_country(self, clause: Span) -> str | None:
        """The one country (or city's country) the paragraph names before ``clause``, in
        the _TOLD_REACH characters before it: where a dated event told without a place
        happened ("Au Sénégal, le peuple a payé cher sa résistance … L'élection
        présidentielle du 24 mars 2024 a chassé son camp du pouvoir"); none when the
        paragraph names two ("… Türkiye'nin … ve Suriye'nin kuzeyini yıktı. … 1999 …
        depreminden")."""
        text = self.text
        start = text.rfind("\n\n", 0, clause.start_char)
        lo = max(0, start, clause.start_char - _TOLD_REACH)
        named = {c[2] for c in self.countries + self.cities if lo <= c[0] < clause.start_char}
        named |= {c[2] for c in self.countries if c[0] >= start and c[0] < clause.start_char}
        if not named:
            # a paragraph that names its country only by its people's adjective ("La
            # conférence salue la jeunesse sénégalaise. En mars 2021, … des émeutes dans
            # tout le pays"): that one country
            named = {a[2] for a in self.body_adjectives() if lo <= a[0] < clause.start_char}
        return named.pop() if len(named) == 1 else None

    def country_near(self, span: Span, start: int, end: int) -> str | None:
        """The country in ``span`` nearest to the tokens ``start:end``."""
        a = self.doc[start].idx
        b = self.doc[end - 1].idx + len(self.doc[end - 1])
        hits = [h for h in self.countries_in(span) if not _same_day_elsewhere(self.text, h[0])]
        if any(self._agent(h) for h in hits):
            # "the war in Tigray, launched by the government and its Eritrean allies, ended in
            # a massacre": a people's adjective on who acts does not outweigh the place the
            # stretch names (a country, else a city or region)
            placed = [h for h in hits if not self._agent(h)] or [
                c for c in self.cities if c[0] >= span.start_char and c[1] <= span.end_char
            ]
            hits = placed or hits
        if hits and hits[0][3] in ("city", "region"):
            # a city names the country only in the event's own stretch: not in "before the
            # coup attempt the regime covered up the massacre in Ankara on 10 October 2015"
            own = self.own_stretch(span, self.doc[start:end])
            hits = [h for h in hits if own.start_char <= h[0] and h[1] <= own.end_char]
        if not hits:
            return None
        hits.sort(key=lambda c: 0 if c[0] < b and a < c[1] else min(abs(c[0] - b), abs(a - c[1])))
        return hits[0][2]

    def _opposed(self, hit: tuple[int, int, str, str]) -> bool:
        """The country names what a movement stands against, not where it stands: "a
        movement against the dictatorship of China"; up to the verb that holds the phrase,
        and through no preposition but "of" ("the protests against high living costs in
        Kenya": where)."""
        span = self.doc.char_span(hit[0], hit[1], alignment_mode="expand")
        if span is None:
            return False
        for anc in span.root.ancestors:
            if anc.pos_ in ("VERB", "AUX"):
                return False
            if anc.lower_ in _AGAINST and anc.dep_ == "prep":
                return True
            if anc.dep_ == "prep" and anc.lower_ != "of":
                return False
        return False

    def _agent(self, hit: tuple[int, int, str, str]) -> bool:
        """The country names who acts, not where: "German imperialism", "the Turkish army"."""
        span = self.doc.char_span(hit[0], hit[1], alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "Saudi and Emirati troops": Saudi's words qualify the troops too
        return root.dep_ in ("amod", "compound", "poss") and root.head.lemma_.lower() in _AGENT_NOUNS

    def country_of_subtree(
        self, token: Token, *, include: Span | None = None, agents: bool = True
    ) -> str | None:
        """A country inside the phrase headed by ``token``: "in Peru", "Honduran".

        Not inside a clause that hangs on the phrase: in "their rebellion, which began in
        October, and in Ecuador the workers …" Ecuador is not the rebellion's.
        """
        sub = _own_subtree(token, ("relcl", "advcl", "conj", "cc"))
        span = self.doc[min(t.i for t in sub) : max(t.i for t in sub) + 1]
        if include is not None:
            span = self.doc[min(span.start, include.start) : max(span.end, include.end)]
        hits = self.countries_in(span)
        if not agents:
            hits = [h for h in hits if not self._agent(h)]
        if not hits:
            return None
        t0 = token.idx
        hits.sort(key=lambda c: abs(c[0] - t0))
        return hits[0][2]

    def recent(self, span: Span) -> bool:
        # "last" as a pronoun ("not the last of its kind", "the last of them") says nothing
        # of time: only "last" before a noun ("last year", "the last coup") does
        return any(
            t.lower_ in _RECENT
            and not (
                t.lower_ == "last" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("of", "one", "ones")
            )
            for t in span
        )

    def doc_year(self) -> str | None:
        return self.ref[:4] if self.ref else None

    def anniversary_year(self, span: Span) -> str | None:
        """The year of the event named by ``span`` when an anniversary numbers it ("37e
        anniversaire de l'assassinat de …" in a text of 2024: 1987), else None."""
        return self.hints_after.get(span.start) or self.hints_before.get(span.end)

    def story_country(self, date: str | None, at: int) -> str | None:
        """The document's country for an event told without one, when the event is of the
        text's story (``of_the_story``) or the country was named in the text just before
        ``at`` (a character offset: "… invaded Iraq … In Haditha, on 19 November 2005, US
        Marines shot 24 civilians")."""
        country = self.document_country()
        if country is None:
            return None
        if self.of_the_story(date) or any(
            c[2] == country and at - _STORY_REACH <= c[0] < at for c in self.countries
        ):
            return country
        return None

    def of_the_story(self, date: str | None) -> bool:
        """Whether ``date`` falls within a year of the document's: an event the text tells
        as its story may take the document's country ("On 16 September X died in custody"),
        one it recalls may not ("Lenin died on 21 January 1924", in a text about Peru)."""
        return bool(date and self.ref and abs(int(date[:4]) - int(self.ref[:4])) <= 1)

    def title_span(self) -> Span | None:
        q = self.source.title_quote
        if q is None:
            return None
        return self.doc.char_span(
            q.start - self.source.start, q.end - self.source.start, alignment_mode="expand"
        )

    def narrative_date(self, before_char: int) -> str | None:
        """The last date the text gave before ``before_char``, when not after the document."""
        found = None
        for s, _e, iso in self.dates:
            if s >= before_char:
                break
            if self.ref and iso[: len(self.ref)] > self.ref[: len(iso)]:
                continue
            found = iso
        return found

    def told_date(self, before_char: int, *, others: bool = True, since: int = 0) -> str | None:
        """The date of the story told just before ``before_char``: the last day or month
        the text gave in the 400 characters before, when not after the document. Without
        ``others``, not a date that closes another event's words in its clause ("the army
        killed four people in Tegucigalpa on 5 July 2009", "the election of 3 May"). Not a
        date before ``since`` (the start of the sentence of a death its verb tells)."""
        q = self.source.date_quote
        # the text's dateline is no story's date, and what stands above a dateline that opens
        # the text is its header; a dateline that closes the text leaves the story before it
        head = q.end - self.source.start if q is not None else 0
        if head > before_char:
            head = 0  # the dateline closes the text: after the story
        reach = before_char
        for s, _e, iso in reversed(self.dates):
            if s >= before_char:
                continue
            if s < head or s < since:
                return None
            if reach - s > _TOLD_REACH:
                return None
            if len(iso) < 7 or (self.ref and iso[: len(self.ref)] > self.ref[: len(iso)]):
                return None
            if not others and self._closes_other_event(s):
                reach = s  # the story goes on before the other event's day
                continue
            return iso
        return None

    def _closes_other_event(self, char: int) -> bool:
        """The date at ``char`` follows another event's word (not a coup's) in its clause,
        with no punctuation between: that event's date."""
        line_start = self.text.rfind("\n", 0, char) + 1
        return any(
            line_start <= e <= char
            and (s, e) not in self.coup_triggers
            and not _CLAUSE_MARK.search(self.text, e, char)
            for s, e in self.triggers
        )

    def document_country(self, *, strong: bool = False) -> str | None:
        """The country the document is about: its title's, else the dominant one (named at
        least three times as often as any other when ``strong``)."""
        title = self.title_span()
        if title is not None:
            hits = self.countries_in(title)
            if hits:
                return hits[0][2]
        counts = Counter(c[2] for c in self.countries)
        if (
            not counts
            and len(owners := {iso for iso, _name in self.issuer_countries}) == 1
            and len({name for _iso, name in self.issuer_countries}) >= 2
        ):
            # a text that names no country but in the names of organisations, two or more of
            # them, all of one country ("Revolutionary Labour Movement of Nigeria" / "… the
            # Nigerian Army shot into the crowd … Our country has known such crimes before"):
            # that country (not the issuer's alone: its statement may be on a place abroad)
            return owners.pop()
        if strong and self.language != "en":
            # "le peuple burkinabè", "o Estado brasileiro", "à Ouagadougou": in the other
            # languages a country is often named only by its lower-case adjective or its
            # cities (the title's adjectives are in self.countries already)
            counts.update(c[2] for c in self.body_adjectives())
            counts.update(c[2] for c in self.cities)
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2) + [("", 0)]
        if strong:
            return top if n >= 2 and n >= 3 * rest[0][1] else None
        return top if n >= 2 and n > rest[0][1] else None

    def body_adjectives(self) -> list[tuple[int, int, str, str]]:
        """The countries' lower-case native adjectives outside the title and the
        organisations' names ("el pueblo mexicano"), in a text in another language."""
        if self._body_adjectives is None:
            self._body_adjectives = []
            if self.language != "en":
                title = self.title_span()
                for m in _lower_adjectives().finditer(self.text):
                    if title is not None and title.start_char <= m.start() < title.end_char:
                        continue
                    if any(os <= m.start() < oe for os, oe in self.org_spans):
                        continue
                    iso = _lower_adjective_table()[m.group(1)]
                    self._body_adjectives.append((m.start(), m.end(), iso, "adjective"))
        return self._body_adjectives


#: the languages whose country names take the genitive "-s" ("den Norden Syriens"), which
#: country_genitives.csv leaves out where the form is another language's word (French
#: "les Syriens", the Syrians): in a text of these languages it is the country's name
_S_GENITIVE_LANGUAGES = frozenset({"de", "sv", "da", "no", "nb", "nn"})
_S_WORD = re.compile(r"(?<![\w-])([A-ZÀ-ÝÄÖÜ][^\W\d_]{3,})s(?![\w-])")


@cache
def _people_of_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_WORDS.words["marching_subjects"], key=len, reverse=True))
    return re.compile(rf"(?:the\s+)?(?:{words})\s+of\s+(?:the\s+)?", re.I)


def _people_of(prefix: str) -> bool:
    """The words before a country in a name the model tags an organisation are a crowd of
    it ("WORKERS OF NIGERIA, UNITE!", "the youth of Kenya"): the country is named, no
    organisation (event_words.yaml marching_subjects)."""
    return _people_of_pattern().fullmatch(prefix) is not None


def _s_genitives(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The countries named by their "-s" genitive in ``text`` that ``found`` does not hold."""
    from .countries import find_countries

    out = []
    for m in _S_WORD.finditer(text):
        if any(c[0] < m.end() and m.start() < c[1] for c in found):
            continue
        stem = m.group(1)
        # the whole stem a name ("Syrien", which the tables hold as French "syrien")
        hit = next((h for h in find_countries(stem) if h.start == 0 and h.end == len(stem)), None)
        # (not an adjective's own ending: "Deutsches Reich" is no genitive of "Deutsche")
        if hit is not None and (
            hit.clue in ("name", "alias", "native", "exonym") or (hit.clue == "adjective" and stem[-1] != "e")
        ):
            out.append((m.start(), m.end(), hit.iso2, hit.clue))
    return out


def _unwrapped(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` (sentences within lines) with the pieces of a hard-wrapped sentence
    joined: a line that ends in a lower-case word or a comma, with the next line going on in
    lower case or with a number ("en el plebiscito del 4 de" / "septiembre de 2022 mostró
    …"), as PDFs and e-mails wrap their paragraphs."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and s < len(text) and (text[s].islower() or text[s].isdigit()):
            ps, pe = out[-1]
            body = text[ps:pe]
            last = body.rstrip()[-1:]
            if body.endswith("\n") and not body.endswith("\n\n") and (last.islower() or last == ","):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


@cache
def _lower_adjective_table() -> dict[str, str]:
    """The countries' adjectives in lower case, native ("peruano", "tunisien") and in the
    networks' other languages ("cileno", "chilenisch", "soudanais"), and their country: one
    country's only (not "congolais")."""
    seen: dict[str, set[str]] = {}
    for rec in load_countries():
        for adj in rec.native_adjectives:
            word = adj.lower()
            if len(word) >= 5 and re.fullmatch(r"[a-zà-öø-ÿ]+", word):
                seen.setdefault(word, set()).add(rec.iso2)
    for other in load_adjectives():
        for word in other.forms:
            if len(word) >= 4:
                seen.setdefault(word, set()).add(other.iso2)
    return {w: isos.pop() for w, isos in seen.items() if len(isos) == 1}


@cache
def _lower_adjectives() -> re.Pattern[str]:
    """The adjectives of ``_lower_adjective_table`` with their feminine and plural endings."""
    words = sorted(_lower_adjective_table(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")(?:e|ne)?s?\b")


# --------------------------------------------------------------------------- rules


def _head(span: Span) -> Token:
    return span.root


def _own_subtree(token: Token, apart: tuple[str, ...]) -> list[Token]:
    """The phrase headed by ``token`` without its children of the ``apart`` relations (a
    clause or a coordinated phrase hanging on it), in text order."""
    skip = {t.i for c in token.children if c.dep_ in apart for t in c.subtree}
    return [t for t in token.subtree if t.i not in skip]


def _year(iso: str | None) -> str | None:
    return iso[:4] if iso else None


def _rule_coup(ctx: _Context, span: Span) -> _Cand | None:
    if ctx.language == "fr" and len(span) == 1 and span[0].lower_ in ("coup", "coups"):
        # French "coup" alone is a blow ("un coup dur", "ce coup de force constitutionnel");
        # the coup d'État says so, or a day right after it ("le coup de force du 25 juillet
        # 2021, par lequel le président a suspendu le parlement")
        found = _rule_coup_words(ctx, span)
        return (
            found if found is not None and found.date and _DAY_AFTER.match(ctx.text, span.end_char) else None
        )
    if ctx.language == "en" and _thought_of(span):
        return None
    return _rule_coup_words(ctx, span)


#: the words of an attempted coup (event_words.yaml attempt_words)
_ATTEMPT_WORDS = frozenset(_WORDS.words["attempt_words"])
_MODALS = frozenset(_WORDS.words["modal_verbs"])


def _thought_of(span: Span) -> bool:
    """An event word with "a" or "an" whose verb takes a modal: "the masses can defeat a
    reactionary coup", "a coup could follow" (one that can happen, none that did)."""
    head = span.root
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return False
    verb = head.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children
    )


#: a French blow's own day after its word: " de force du 25 juillet 2021"
_DAY_AFTER = re.compile(r"(?:\s+de\s+force)?\s+(?:du|le)\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}", re.I)


def _rule_coup_words(ctx: _Context, span: Span) -> _Cand | None:
    doc = ctx.doc
    clause = ctx.clause(span.start, span.end)
    clause = _fronted_phrase(ctx, span, clause)
    head = _head(span)
    # the noun phrase: "a first coup attempt by the Bolivian oligarchy", "the coup in Chile"
    np_end = span.end
    attempt = False
    for t in doc[span.end : min(span.end + 2, clause.end)]:
        if t.lemma_ in ("attempt", "plot", "try"):
            attempt, np_end = True, t.i + 1
    for t in doc[max(span.start - 3, clause.start) : span.end]:
        if t.lower_ in _ATTEMPT_WORDS:
            attempt = True  # "the attempted coup", "la tentativa de golpe"
    if _quoted(doc, span.start, np_end):
        return None  # a "judicial coup", "constitutional coup" in quotation marks: a figure of speech
    if _pointed_among_others(ctx, span):
        # "This coup came after the Myanmar military had seized power on 1 February 2021":
        # the coup told before, not one with the other event's place and day (_refers_back)
        return None
    country = _placed_in_phrase(ctx, doc[span.start : np_end], clause)
    if country is None:
        country = ctx.country_of_subtree(head, include=doc[max(span.start - 2, clause.start) : np_end])
    if country is None:
        # not a country past the next event's word: "since the Maidan coup of February 2014
        # and the annexation of Crimea by Russia" (Russia is the annexation's)
        nxt = min(
            (s for s, _e in ctx.triggers if s >= doc[np_end - 1].idx + len(doc[np_end - 1])), default=None
        )
        near = clause
        if nxt is not None and nxt < clause.end_char:
            near = doc.char_span(clause.start_char, nxt, alignment_mode="contract") or clause
        country = ctx.country_near(near, span.start, np_end)
    date = ctx.date_near(_own_coup_stretch(ctx, clause, doc[span.start : np_end]), span.start, np_end)
    if (
        country is None
        and date is not None
        and not ctx.countries_in(clause)
        and any(t.pos_ == "VERB" for t in span)
    ):
        # "On 26 July, officers of the presidential guard detained President X in <city>"
        # in a text about one country, named in its title or throughout (a told coup: not
        # "before the coup attempt the regime covered up the massacre of 10 October 2015")
        country = ctx.story_country(date, doc[span.start].idx)
    if country is None and date is not None and not ctx.countries_in(clause):
        # "the CIA-backed coup of 19 August 1953 overthrew the government of X" in a text
        # whose title names one country: a coup dated in its own phrase is that country's
        title = ctx.title_span()
        hits = {h[2] for h in ctx.countries_in(title)} if title is not None else set()
        # (or that opens its clause: "in September 1991 a military coup had driven him out")
        own = doc[max(span.start - 6, clause.start) : min(np_end + 6, clause.end)]
        if len(hits) == 1 and ctx.date_near(own, span.start, np_end) == date:
            country = hits.pop()
    if (
        country is None
        and date is not None
        and len(date) >= 7
        and not ctx.countries_in(clause)
        and ctx.date_near(doc[span.start : min(np_end + 6, clause.end)], span.start, np_end) == date
    ):
        # "In Egypt the masses filled the streets … The army used this movement to carry out a
        # military coup on 3 July": a coup with its own day right after it, in a sentence that
        # names no country, is that of the one country its paragraph named just before (not
        # "This coup ends what followed the overthrow of X on <day>": that day is another's)
        country = ctx.paragraph_country(clause)
    named = head.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.lower_ in ("this", "that", "it", "what") for c in head.head.children
    )
    if country is None and named and not ctx.countries_in(clause):
        country = ctx.document_country()  # "This is a coup d'état.", after the text told it
    if country is None:
        return None
    from_text = date is not None
    if date is None and (
        ctx.recent(clause) or ctx.recent(doc[span.start - 3 : span.end] if span.start >= 3 else span)
    ):
        date = ctx.doc_year()
    told = None
    if date is None and country == ctx.document_country() and country is not None:
        # "This is a coup d'état." after the text told it ("On 10 November, the commander …"):
        # the coup of the text's own country, dated by the story told just before it
        told = ctx.told_date(doc[span.start].idx, others=False)
    return _Cand(
        span.start,
        np_end,
        "coup",
        date=date,
        country=country,
        date_from_text=from_text,
        extra={"attempt": attempt, "told": told},
    )


def _fronted_phrase(ctx: _Context, span: Span, clause: Span) -> Span:
    """``clause`` cut at the comma that closes the fronted phrase the event's word stands
    in, when the country past that comma is the subject of the main clause acting on
    another country the clause names later: "Since the coup d'état of 26 July 2023, France
    and its allies have been preparing a war against the people of Niger" (France is who
    acts, not where the coup was). Not "After the coup of 1973, Chile fell under the
    junta": the subject names no other country's place, and may be the event's."""
    doc = ctx.doc
    head = _head(span)
    t = head
    while t.dep_ in ("pobj", "prep", "compound", "nmod", "appos") and t.head.i != t.i:
        t = t.head
    verb = t
    if verb.pos_ not in ("VERB", "AUX") or verb.i <= span.end:
        return clause
    comma = next((k for k in doc[span.end : verb.i] if k.text == ","), None)
    if comma is None or comma.i < clause.start:
        return clause
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > comma.i]
    if not subjects:
        return clause
    subj = subjects[0]
    sub = [subj, *(c for c in subj.children if c.dep_ == "conj")]
    named = {h[2] for h in ctx.countries_in(clause) if any(s.idx <= h[0] < s.idx + len(s) for s in sub)}
    later = {h[2] for h in ctx.countries_in(clause) if h[0] > verb.idx}
    if not named or not later - named:
        return clause
    return doc[clause.start : comma.i]


def _placed_in_phrase(ctx: _Context, span: Span, clause: Span) -> str | None:
    """The country of the place (a country or a city) that a preposition of place names in
    the event's own phrase, before its first comma and the next event's word: "le coup
    d'État militaire du 26 juillet 2023 à Niamey, qui …, après le coup d'État au Mali", "the
    coup of 11 September 1973 in Santiago": that place, not a country named later."""
    doc = ctx.doc
    stop = min(clause.end, span.end + 10)
    for t in doc[span.end : stop]:
        if t.is_punct or any(s <= t.idx < e for s, e in ctx.triggers):
            return None
        # the place may stand just past the clause the parser cut before it ("le putsch du 30
        # août 2023 au | Gabon montrent …")
        if t.lower_ not in _AT_PREPOSITIONS or t.i + 1 >= len(doc):
            continue
        nxt = doc[t.i + 1]
        if nxt.lower_ in ("le", "la", "el", "the", "l'", "der", "dem"):
            nxt = doc[t.i + 2] if t.i + 2 < len(doc) else nxt
        for hit in ctx.countries + ctx.cities:
            if hit[0] == nxt.idx:
                return hit[2]
        return None
    return None


def _own_coup_stretch(ctx: _Context, clause: Span, span: Span) -> Span:
    """``clause`` cut at the words of the other coups it names: "The coup in Niger follows
    the coups in Mali on 18 August 2020 and …" (the day is Mali's)."""
    a, b = clause.start_char, clause.end_char
    for s, e in sorted(ctx.coup_triggers + ctx.named_blows):
        if e <= span.start_char and e > a:
            a = e
        elif s >= span.end_char and s < b:
            b = s
    return ctx.doc.char_span(a, b, alignment_mode="expand") or clause


_OPEN_QUOTES = frozenset("\"“‘'«„")
_CLOSE_QUOTES = frozenset("\"”’'»“")


def _pointed_among_others(ctx: _Context, span: Span) -> bool:
    """A demonstrative before the coup's word ("this coup", "that fascist coup") in a
    sentence that tells another coup by its own words ("… had seized power on …"): the
    word points back to the coup told before, and the sentence's place and date are the
    other coup's. Not when the other words are another kind's ("… have taken to the
    streets to repudiate this coup d'état": its place is the coup's)."""
    doc = ctx.doc
    k = span.start - 1
    while k >= 0 and span.start - k <= 3 and doc[k].pos_ in ("ADJ", "ADV") and doc[k].text not in ".;!?":
        k -= 1
    if k < 0 or doc[k].lower_ not in _DEMONSTRATIVES:
        return False
    sent = ctx.text_sentence(span.start, span.end)
    return any(
        sent.start_char <= t[0]
        and t[1] <= sent.end_char
        and not (t[0] < span.end_char and span.start_char < t[1])
        for t in ctx.coup_triggers
    )


def _quoted(doc: Doc, start: int, end: int) -> bool:
    """The words ``start:end`` (with the adjectives before them) stand in quotation marks."""
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].pos_ == "ADJ":
        k -= 1
    return k >= 0 and doc[k].text in _OPEN_QUOTES and end < len(doc) and doc[end].text in _CLOSE_QUOTES


def _titled(doc: Doc, start: int, end: int) -> bool:
    """The words ``start:end`` (with an article or adjectives before them) are the whole of a
    quoted title: "his book “The Civil War in France”"."""
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].pos_ in ("ADJ", "DET"):
        k -= 1
    return k >= 0 and doc[k].text in _OPEN_QUOTES and end < len(doc) and doc[end].text in _CLOSE_QUOTES


_WORK_NOUNS = frozenset(_WORDS.words["work_nouns"])
#: how many words a quoted title around an event word may hold on either side of it
_TITLE_REACH = 4


def _work_title(doc: Doc, span: Span) -> bool:
    """The event word stands inside a short quoted title after the noun of a work: "im Buch
    „Der große Streik“", "the book 'The Coming Uprising'" (any language: quotes and words)."""
    k = span.start - 1
    while k >= 0 and span.start - k <= _TITLE_REACH and doc[k].text not in _OPEN_QUOTES:
        if doc[k].text in _CLOSE_QUOTES:
            return False
        k -= 1
    if k < 0 or doc[k].text not in _OPEN_QUOTES or span.start - k > _TITLE_REACH:
        return False
    if not any(doc[j].lower_ in _WORK_NOUNS for j in range(max(0, k - 2), k)):
        return False
    return any(doc[j].text in _CLOSE_QUOTES for j in range(span.end, min(len(doc), span.end + _TITLE_REACH)))


def _rule_invasion(ctx: _Context, span: Span) -> _Cand | None:
    """ "Russia invaded Ukraine", "the invasion of Afghanistan": a war in the invaded country.

    The country is the verb's object or the noun's "of" complement, not its subject ("US
    and British troops invaded Iraq" is a war in Iraq).
    """
    doc = ctx.doc
    head = span[0]
    if head.pos_ == "VERB":
        obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:
            return None
        target = doc[obj.i : obj.i + 1]
        ents = [e for e in doc.ents if e.start <= obj.i < e.end]
        if ents:
            target = ents[0]
    else:
        pobj = next((c for c in doc[span.end - 1].children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        target = doc[pobj.left_edge.i : pobj.i + 1]
    # not who invades: "the invasion of the Russian army"
    found = {h[2] for h in ctx.countries_in(target) if not ctx._agent(h)}
    country = found.pop() if len(found) == 1 else None
    if country is None:
        return None
    clause = ctx.clause(span.start, span.end)
    if any(
        t.lemma_.lower() in _WANTING or t.lower_ in ("threat", "threaten", "plan") for t in head.ancestors
    ):
        return None  # "the threat of an invasion of Iran", "plans to invade Iran"
    # the date of its own stretch first: not that of the event told before it ("the 90th
    # anniversary of the founding of X in July 1921 and the 70th anniversary of the
    # invasion of the Soviet Union on 22 June 1941")
    date = ctx.date_near(ctx.own_stretch(clause, span), span.start, span.end) or ctx.date_near(
        clause, span.start, span.end
    )
    end = max(span.end, target.end)
    return _Cand(
        span.start,
        end,
        "war",
        date=date,
        country=country,
        date_from_text=date is not None,
        extra={"mod": ""},
    )


def _rule_invasion_where(ctx: _Context, span: Span) -> _Cand | None:
    """ "… extending its war to Lebanon, where it launched a ground invasion on 1 October
    2024": an invasion without an "of", object of a verb in a clause opened by "where" that
    hangs on a country, is a war in that country, dated by its own clause."""
    doc = ctx.doc
    head = span[0]
    if any(c.lower_ == "of" for c in head.children):
        return None  # "the invasion of X": _rule_invasion
    verb = head.head
    if head.dep_ not in ("dobj", "nsubjpass") or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < verb.i for c in verb.children):
        return None
    place = verb.head
    found = {h[2] for h in ctx.countries if h[0] <= place.idx < h[1] and h[3] not in ("demonym", "adjective")}
    if len(found) != 1:
        return None
    if any(
        t.lemma_.lower() in _WANTING or t.lower_ in ("threat", "threaten", "plan") for t in head.ancestors
    ):
        return None  # "where it plans a ground invasion"
    sub = list(verb.subtree)
    date = ctx.date_near(doc[sub[0].i : sub[-1].i + 1], span.start, span.end)
    return _Cand(
        span.start,
        span.end,
        "war",
        date=date,
        country=found.pop(),
        date_from_text=date is not None,
        extra={"mod": ""},
    )


#: between the word of an annexation and the land annexed: "of (the)", "de la", "della",
#: "der" ("the annexation of Crimea", "l'annessione della Crimea", "die Annexion der Krim")
_ANNEXED = re.compile(
    r"\s+(?:(?:of|de|du|des|della|dello|del|da|do|der|des|von)\s+)?(?:(?:the|la|le|les|el|die|a|o)\s+|l['’]\s*)?",
    re.I,
)


def _rule_annexation(ctx: _Context, span: Span) -> _Cand | None:
    """ "the annexation of Crimea by Russia in March 2014", "l'annessione della Crimea nel
    2014", "с аннексии Крыма Россией в марте 2014 года": the annexation of a land, which
    happened in the country the land belonged to (a country, or a region of one that
    ``regions.csv`` names: the land is named right after the word, its annexer after
    it), dated by the event's own stretch of its sentence; undated, it is none."""
    m = _ANNEXED.match(ctx.text, span.end_char)
    if m is None:
        return None
    at = m.end()
    country = next(
        (c[2] for c in ctx.countries + ctx.cities if c[0] == at and c[3] not in ("demonym", "adjective")),
        None,
    )
    if country is None:
        hit = next((h for h in find_regions(ctx.text[at : at + 80]) if h.start == 0), None)
        if hit is None or len(set(hit.codes)) != 1:
            return None
        country = hit.codes[0]
    clause = ctx.text_sentence(span.start, span.end)
    date = ctx.date_near(ctx.own_stretch(clause, span), span.start, span.end)
    if date is None:
        return None
    name = ctx.rules.country_name
    cand = _Cand(span.start, span.end, "other", date=date, country=country, date_from_text=True)
    cand.label = f"{date[:4]} annexation in {name(country)}"
    cand.key = f"annexation-{country.lower()}-{date[:4]}"
    return cand


def _told_country(ctx: _Context, sent: Span, span: Span) -> str | None:
    """The country of an act its sentence tells: the one nearest in the sentence, else the
    paragraph's before it, else the text's."""
    return (
        ctx.country_near(sent, span.start, span.end) or ctx.paragraph_country(sent) or ctx.document_country()
    )


def _rule_abolition(ctx: _Context, span: Span) -> _Cand | None:
    """A monarchy abolished, by its noun or its verb ("la abolición de la monarquía el 28 de
    mayo de 2008", "the Constituent Assembly abolished the monarchy and declared X a
    republic"): dated by its own stretch of its sentence (undated, none), placed by the
    country of the sentence, else of the paragraph before, else of the text."""
    sent = ctx.text_sentence(span.start, span.end)
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None:
        return None
    country = _told_country(ctx, sent, span)
    if country is None:
        return None
    cand = _Cand(span.start, span.end, "other", date=date, country=country, date_from_text=True)
    cand.label = f"{date[:4]} abolition of the monarchy in {ctx.rules.country_name(country)}"
    cand.key = f"abolition-monarchy-{country.lower()}-{date[:4]}"
    return cand


#: the words that make an intervention an armed one ("military", "militar", "armée")
_INTERVENTION_QUALIFIERS = frozenset(_WORDS.words["intervention_qualifiers"])
#: the prepositions between an intervention, aggression or occupation and the land it hit
_INTERVENTION_PREPOSITIONS = frozenset(_WORDS.words["intervention_prepositions"])
#: a word of the phrase after the noun: "militaire française", "saoudienne contre le"
_PHRASE_WORD = re.compile(r"\s+([^\W\d_]+(?:-[^\W\d_]+)*)")
#: an article before the land's name ("contre le Yémen", "against the Gaza Strip")
_LAND_ARTICLE = re.compile(r"\s*(?:(?:the|la|le|les|el|los|las|il|lo|die|den|der|dem)\s+|l['’]\s*)?", re.I)


#: the prepositions of a genitive, which after an aggression or an intervention name who
#: made it ("la guerra de agresión de Rusia contra Ucrania", "the aggression of the United
#: States against Iraq"), not the land it hit
_GENITIVE_PREPOSITIONS = frozenset({"of", "de", "del", "du", "des", "di", "della", "do", "da", "von"})


def _land_after(ctx: _Context, span: Span, *, agent_of: bool = False) -> tuple[str | None, list[str], str]:
    """The land named right after the noun ``span`` (at most three lower-case words, one of
    ``intervention_prepositions``, an article, then a country, a city or a region), the
    lower-case words before the preposition, and the land's name as written. With
    ``agent_of``, a land after a genitive preposition is who acted: the land hit is the one
    that follows it ("de Rusia contra Ucrania"), if any."""
    text = ctx.text
    pos = span.end_char
    between: list[str] = []
    for _round in range(2):
        at = None
        prep = ""
        for _ in range(4):
            m = _PHRASE_WORD.match(text, pos)
            if m is None or not m.group(1).islower():
                return None, between, ""
            pos = m.end()
            if m.group(1) in _INTERVENTION_PREPOSITIONS:
                prep = m.group(1)
                at = _LAND_ARTICLE.match(text, pos)
                break
            between.append(m.group(1))
        if at is None:
            return None, between, ""
        land = at.end()
        found = next(
            (
                (c[2], c[1])
                for c in ctx.countries + ctx.cities
                if c[0] == land and c[3] not in ("demonym", "adjective")
            ),
            None,
        )
        if found is None:
            hit = next((h for h in find_regions(text[land : land + 80]) if h.start == 0), None)
            if hit is not None and len(set(hit.codes)) == 1:
                found = (hit.codes[0], land + hit.end)
        if found is None:
            return None, between, ""
        if agent_of and prep in _GENITIVE_PREPOSITIONS:
            pos = found[1]  # the agent: read on for the land it hit
            continue
        return found[0], between, text[land : found[1]]
    return None, between, ""


#: "In Afghanistan …", "En Siria, …", "Au Mali, …": a sentence that opens with its land
_LAND_FIRST = re.compile(
    r"\s*(?:in|en|au|aux|à|dans|em|no|na|nel|nella|im)\s+(?:(?:the|la|le|el)\s+|l['’]\s*)?", re.I
)


def _land_first(ctx: _Context, span: Span) -> str | None:
    """The country a sentence opens with ("In Afghanistan the occupation that began in
    October 2001 …", "En Siria, la intervención militar rusa …"), when the sentence names
    no other before ``span``."""
    sent = ctx.text_sentence(span.start, span.end)
    m = _LAND_FIRST.match(ctx.text, sent.start_char)
    if m is None or m.end() >= span.start_char:
        return None
    before = [c for c in ctx.countries if sent.start_char <= c[0] < span.start_char]
    if not before or before[0][0] != m.end() or before[0][3] in ("demonym", "adjective"):
        return None
    return before[0][2] if len({c[2] for c in before}) == 1 else None


#: words of a threat or a danger before an intervention (event_words.yaml threat_words):
#: "the threat of a military intervention", "las amenazas de intervención militar"
_THREAT_WORDS = frozenset(_WORDS.words["threat_words"])
#: the definite articles and possessives before an intervention or an occupation placed by
#: the country its sentence opens with ("In Afghanistan the occupation …", "su intervención")
_DEFINITE_BEFORE = frozenset(
    {
        "the",
        "its",
        "their",
        "la",
        "el",
        "le",
        "les",
        "los",
        "las",
        "l'",
        "l’",
        "su",
        "sus",
        "son",
        "sa",
        "ses",
        "leur",
        "il",
        "lo",
        "a",
        "o",
        "die",
        "der",
        "das",
        "ihre",
        "seine",
    }
)


def _rule_intervention(ctx: _Context, span: Span) -> _Cand | None:
    """ "the French military intervention in Côte d'Ivoire in April 2011", "la intervención
    militar rusa en Siria, iniciada el 30 de septiembre de 2015", "the Israeli aggression
    against Gaza of May 2021", "l'agression saoudienne contre le Yémen, qui dure depuis mars
    2015", "the occupation of Afghanistan that began in October 2001", "la invasión de Irak
    en 2003", "the battle of Mosul, begun in October 2016": a war in the land it hit, as an
    invasion is (``_rule_invasion``); "the independence of South Sudan on 9 July 2011": that
    country's independence.

    The land follows the noun (``_land_after``); an intervention or an occupation may also
    be placed by the country its sentence opens with ("In Afghanistan the occupation …"). An
    intervention needs a word of ``intervention_qualifiers`` next to it ("military",
    "militaire"): "the intervention of the state in the economy" is none. Dated by the
    event's own stretch of its sentence; undated, or wanted, threatened or any ("the threat
    of a military intervention in Iran", "toute intervention", "the struggle for the
    independence of X"), it is none."""
    word = span.text.lower()
    if word == "invasion" and ctx.language == "en":
        return None  # English: _rule_invasion
    intervention = word.startswith(("interv", "militärinterv"))
    independence = word.startswith(("indep", "indép", "unabh"))
    battle = word in ("battle", "bataille", "batalla", "battaglia", "batalha", "schlacht")
    aggression = word.startswith(("aggr", "agr"))
    country, between, place = _land_after(ctx, span, agent_of=intervention or aggression)
    words_before = [t.lower_ for t in ctx.doc[max(0, span.start - 3) : span.start]]
    if intervention and not word.startswith("militär"):
        if not set(words_before + between) & _INTERVENTION_QUALIFIERS:
            return None  # "the intervention of the state in the economy"
    if set(words_before) & _THREAT_WORDS:
        return None  # "las amenazas de intervención militar", "the threat of an aggression"
    if (
        country is None
        and (intervention or word.startswith(("occup", "ocup", "besatz", "okkup")))
        and set(words_before) & _DEFINITE_BEFORE
    ):
        # "In Afghanistan the occupation …", "En Siria, la intervención militar rusa …"
        country = _land_first(ctx, span)
    if country is None and independence and set(words_before) & _DEFINITE_BEFORE:
        # "A independência, proclamada … a 11 de Novembro de 1975, não trouxe …": the
        # independence of the country the text is about (dated below, or none)
        country = _land_first(ctx, span) or ctx.document_country(strong=True)
    if country is None:
        return None
    head = span[0]
    if set(words_before) & (_ANY_WORDS | {"any", "every", "no", "new", "another"}):
        return None  # "against any military intervention in Venezuela"
    if set(words_before) & (_INDEFINITE | ({"a", "an"} if ctx.language == "en" else set())):
        # (Portuguese "a" is the article of "a independência", "a intervenção": the one made)
        return None  # "… veulent utiliser pour une intervention armée": one not (yet) made
    if independence and set(words_before) & {"for", "para", "pour", "por", "per", "für", "pela", "pelo"}:
        return None  # "the struggle for the independence of X"
    if any(
        t.lemma_.lower() in _WANTING or t.lower_ in ("threat", "threaten", "plan", "danger", "risk")
        for t in head.ancestors
    ):
        return None  # "the threat of a military intervention in Iran"
    clause = ctx.text_sentence(span.start, span.end)
    stretch = ctx.own_stretch(clause, span)
    # nor the date of an event the gazetteer names before it ("the expulsion … in the Nakba
    # of 1948 and the occupation of the West Bank since …")
    named = [e for s, e in ctx.named_events if stretch.start_char <= s and e <= span.start_char]
    if named:
        stretch = ctx.doc.char_span(max(named), stretch.end_char, alignment_mode="expand") or stretch
    date = ctx.date_near(stretch, span.start, span.end)
    if date is None:
        return None
    if independence or battle:
        # a battle is its place's, not a war of its country the gazetteer knows ("the battle
        # of Mosul" of 2016 is no "Iraq War" of 2003)
        cand = _Cand(span.start, span.end, "other", date=date, country=country, date_from_text=True)
        if battle:
            cand.label = f"{date[:4]} battle of {place}"
            cand.key = f"battle-{slugify(place)}-{date[:4]}"
        else:
            cand.label = f"{date[:4]} independence of {ctx.rules.country_name(country)}"
            cand.key = f"independence-{country.lower()}-{date[:4]}"
        return cand
    if intervention:
        what = "military intervention in"
    elif aggression:
        what = "aggression against"
    elif word.startswith(("inva", "einm")):
        what = "invasion of"
    else:
        what = "occupation of"
    return _Cand(
        span.start,
        span.end,
        "war",
        date=date,
        country=country,
        date_from_text=True,
        extra={"mod": "", "label": f"{date[:4]} {what} {ctx.rules.country_name(country)}"},
    )


#: who fire or kill "on demonstrators", "24 civilians"
_PROTESTERS = frozenset(_WORDS.words["protesters"])
#: who fires on a crowd ("police", "troops"): _rule_fire_open
_FIRING_AGENTS = frozenset(_WORDS.words["firing_agents"])
_KILL = frozenset(_WORDS.words["kill"])


def _rule_fire(ctx: _Context, span: Span) -> _Cand | None:
    """ "the police opened fire on demonstrators …, killing three", "soldiers shot 24
    civilians": a massacre when the sentence counts the killed, else the protest that was
    fired on; in the clause's one country, else the document's when dated."""
    doc = ctx.doc
    clause = ctx.clause(span.start, span.end)
    after = doc[span.end : clause.end]
    victims = next((t for t in after if t.pos_ in ("NOUN", "PROPN")), None)
    killed = any(t.lemma_.lower() in _KILL for t in span) or any(
        t.lemma_.lower() in _KILL and any(c.like_num or c.lower_ in ("dozens", "hundreds") for c in t.subtree)
        for t in after
    )
    if not killed and (victims is None or victims.lower_ not in _PROTESTERS):
        return None
    verb = next((t for t in span if t.lemma_.lower() in _KILL), None)
    if (
        verb is not None
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
        and any(t.lower_ == "since" for t in after)
    ):
        return None  # "the Israeli army has killed more than 34,000 people since October": a war's toll
    if verb is not None and _when_of_event(ctx, verb):
        return None  # "the X massacre of 16 August 2012, when the police shot 34 miners": that massacre
    date = ctx.date_near(clause, span.start, span.end)
    countries = {h[2] for h in ctx.countries_in(clause) if not ctx._agent(h)}
    country = countries.pop() if len(countries) == 1 else None
    # the place its phrase names ("French police massacred Algerian demonstrators in Paris",
    # "French paratroopers shot dead … in Algiers"): not the victims' or the killers' people
    country = _placed_in_phrase(ctx, span, clause) or country
    if country is None and not countries:
        # "South African police shot dead 69 protesters at Sharpeville": a police force acts
        # in its own country (an army may not)
        country = _police_country(ctx, clause)
    if country is None and not countries and date is not None:
        country = ctx.story_country(date, doc[span.start].idx)
        if country is None and killed:
            # "In November 2019, … security forces killed more than three hundred protesters"
            # in a text whose title names one country: that country's forces
            title = ctx.title_span()
            hits = {h[2] for h in ctx.countries_in(title)} if title is not None else set()
            country = hits.pop() if len(hits) == 1 else None
    if country is None or date is None:
        return None
    etype = "attack" if killed else "protest"
    return _Cand(
        span.start,
        span.end,
        etype,
        date=date,
        country=country,
        date_from_text=True,
        extra={"noun": "massacre" if killed else "protests"},
    )


def _party_no_state(ctx: _Context, between: Token) -> bool:
    """The parties joined after ``between`` ("between Russia and the US-NATO bloc") are two
    or more, one of them names a country and another none (not "the war between the army
    and the Rapid Support Forces that began in Sudan", whose place is told apart)."""
    parties = [c for c in between.children if c.dep_ == "pobj"]
    parties += [c for p in parties for c in p.conjuncts if c.i > p.i]
    if len(parties) < 2:
        return False
    named = [bool(ctx.countries_in(ctx.doc[p.left_edge.i : p.i + 1])) for p in parties]
    return any(named) and not all(named)


def _when_of_event(ctx: _Context, verb: Token) -> bool:
    """``verb`` heads a "when" clause that hangs on an event's word or on its date ("the X
    massacre of 16 August 2012, when the police shot 34 striking miners"): it tells that
    event, told by its word, not another."""
    if verb.dep_ not in ("relcl", "advcl") or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children
    ):
        return False
    t = verb.head
    for _ in range(6):
        if any(s <= t.idx < e for s, e in ctx.triggers):
            return True
        if t.dep_ not in ("pobj", "prep", "nummod", "compound", "appos") or t.head is t:
            return False
        t = t.head
    return False


#: the forces that act only in their own country (lemmas): event_words.yaml police_nouns
_POLICE = frozenset(_WORDS.words["police_nouns"])


def _police_country(ctx: _Context, clause: Span) -> str | None:
    """The one country whose police the clause names by its people's adjective or name
    ("South African police"): where that police acts; an army's country is not read so."""
    hits = set()
    for h in ctx.countries_in(clause):
        span = ctx.doc.char_span(h[0], h[1], alignment_mode="expand")
        if span is not None and span.root.dep_ in ("amod", "compound", "poss"):
            if span.root.head.lemma_.lower() in _POLICE:
                hits.add(h[2])
    return hits.pop() if len(hits) == 1 else None


def _rule_fire_open(ctx: _Context, span: Span) -> _Cand | None:
    """ "heavily armed units of the … Police Service opened fire on the strikers …, killing
    34": the firing rule (_rule_fire) when who fires is named earlier in the clause than
    right before the verb; nothing when no police, troops or soldiers are named before it
    ("the opposition opened fire on the government's plan")."""
    clause = ctx.clause(span.start, span.end)
    if not any(t.lower_ in _FIRING_AGENTS for t in ctx.doc[clause.start : span.start]):
        return None
    return _rule_fire(ctx, span)


#: what may stand between an event's word and the first of its countries ("the coups in",
#: "the earthquakes of 6 February in", "has seized power in"), once dates are blanked
_TO_FIRST = re.compile(
    r"(?:[^.;:,]{0,30}:)?"  # "Les coups d'État se succèdent : au Mali …", "golpes militares: en …"
    r"(?:\s|,|\b(?:in|of|on|the|across|en|au|aux|à|em|no|na|nel|nella|im|el|la|le|les|los|las|der|die|dem)\b)*",
    re.I,
)
#: what joins two countries of one list ("(August 2020), in", " in 2009 and in", " and ")
_JOIN = re.compile(
    # each optional word takes its own spaces: no two "\s*" side by side, which made a
    # failing match on a long blanked aside take time growing as its length to the fifth
    r"\s*(?:\b(?:in|on|of)\b\s*)?(?:,\s*)?(?:\b(?:and|as well as)\b\s*)?(?:\bagain\b\s*)?(?:\b(?:in|of)\b\s*)?"
    r"(?:\bthe\b\s*)?",
    re.I,
)
#: the same in the networks' other languages: "en août 2020 et en mai 2021, en Guinée",
#: "en Chile y Uruguay en 1973, en Argentina"
_JOIN_OTHER = re.compile(
    r"(?:\s|,|\b(?:en|au|aux|à|em|no|na|nos|nas|nel|nella|in|im|el|la|le|les|los|las|der|die|dem"
    r"|et|y|e|und|ve|ed|de nuevo|nuevamente|encore|novamente|di nuovo|erneut)\b)*",
    re.I,
)
_PARENS = re.compile(r"\([^()]*\)")
#: an aside a concessive preposition opens, up to the next punctuation ("in spite of the
#: bans"): it ends no list of places (event_words.yaml concessive_words)
_CONCESSIVE = re.compile(
    r"(?<![^\W\d_])" + phrases_pattern(_WORDS.words["concessive_words"]) + r"(?![^\W\d_])[^,;.()!?\n]*", re.I
)
#: a country after a comma and only an article is the subject of a clause of its own, no
#: item of a list of places (those take "au", "en", "in" or nothing)
_SUBJECT_AFTER_COMMA = re.compile(r",\s*(?:la|le|les|el|los|las|der|die|das|dem|il|lo|o|a|os|as)\s*$", re.I)
#: what joins the dates of a list that pairs them with its countries ("in August 2020 and
#: September 2021", "en 2020 y en 2022", "2020, 2021 and 2022")
_PAIRED_JOIN = re.compile(r"\s*,?\s*(?:\b(?:and|y|et|e|und|ve|ed)\b\s*)?(?:\b(?:in|en|em|im|on)\b\s*)?", re.I)
_AND_ONLY = re.compile(r"\s*(?:and|y|et|e|und|ve|ed)\s*", re.I)
#: a conjunction right after a date: the date closes a list, it does not open the next clause
_AND_NEXT = re.compile(r"\s*,?\s*(?:and|y|et|e|und|ve|ed)\b", re.I)


@cache
def _MONTHS_BETWEEN() -> re.Pattern[str]:  # noqa: N802
    """Months without a year and the words joining them, before a list's last date."""
    months = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
    return re.compile(r"(?:\s|,|\b(?:in|en|em|im|au|et|y|e|und|and|ve|ed|" + months + r")\b)*", re.I)


_FAN_TYPES = frozenset({"coup", "protest", "election", "disaster", "attack", "war"})
#: the kinds of disaster, by the words that name them: one node per kind, country and year
_DISASTER_KINDS = {word: kind for kind, words in _WORDS.groups["disaster_kinds"].items() for word in words}


def _coordinated(ctx: _Context, span: Span, cand: _Cand) -> list[_Cand]:
    """One event per country of a list after one event's word: "the uprisings in Ecuador
    and Chile in October", "the coups in Honduras in 2009 and in Paraguay in 2012", "the
    military has seized power in Mali (August 2020 and again in May 2021), in Guinea
    (September 2021) and …".

    Each country takes the dates that follow it up to the next one (in brackets or after
    "in"), else the event's date; the first country's event is ``cand`` itself (re-dated
    when it has dates of its own), the others are new candidates quoting their country's
    name.  A list stops at a country that opens a clause of its own ("…, and in Ecuador
    the workers went on strike").
    """
    if cand.type not in _FAN_TYPES or cand.country is None:
        return []
    doc, text = ctx.doc, ctx.text
    # in another language the English parser's sentences are cut anywhere ("… au Mali en
    # août 2020 et | en Égypte en juillet 2013"): the sentence by punctuation
    clause = (
        ctx.clause(span.start, span.end) if ctx.language == "en" else ctx.text_sentence(span.start, span.end)
    )
    end_char = span.end_char
    hits = sorted(h for h in ctx.countries_in(clause) if h[0] >= end_char)
    if len(hits) < 2 or hits[0][2] != cand.country:
        return []

    def blank(a: int, b: int) -> str:
        """The text ``a:b`` with its dates and bracketed asides blanked."""
        chunk = list(text[a:b])
        for s, e, _ in ctx.dates:
            for i in range(max(s, a), min(e, b)):
                chunk[i - a] = " "
        out = "".join(chunk)
        out = _CONCESSIVE.sub(lambda m: " " * len(m.group(0)), out)
        return _PARENS.sub(lambda m: " " * len(m.group(0)), out)

    if not _TO_FIRST.fullmatch(blank(end_char, hits[0][0])):
        return []
    chain = [hits[0]]
    for h in hits[1:]:
        between = text[chain[-1][1] : h[0]]
        joined = blank(chain[-1][1], h[0])
        if _JOIN.fullmatch(joined) and re.search(r",|\band\b|\bas well as\b", between):
            chain.append(h)
            continue
        if not (_JOIN_OTHER.fullmatch(joined) and re.search(r",|\b(?:et|y|e|und|ve|ed)\b", between)):
            break
        if _SUBJECT_AFTER_COMMA.search(between):
            break  # "… en Égypte en juillet 2013, la France renforce …": a clause's subject
        chain.append(h)
    # "en Malí en 2020 y en Guinea en septiembre de 2021, Francia pierde …": a country after
    # a comma alone (no "and", no "in") ends no list, it is the subject of the next clause
    while len(chain) >= 2 and re.fullmatch(r"[^,]*,\s*", blank(chain[-2][1], chain[-1][0])):
        chain.pop()
    if len(chain) < 2:
        return []
    tail_end = _list_tail(ctx, chain[-1][1], clause.end_char)
    after = doc.char_span(tail_end, clause.end_char, alignment_mode="expand")
    # in another language the English tagger reads many verbs as nouns ("… en Guinea en
    # 2021 muestran la crisis"): there an article, a name or a pronoun opens a clause
    opens = ("DET", "NOUN", "PROPN", "PRON") if ctx.language == "en" else ("DET", "PROPN", "PRON")
    if after is not None and len(after) and after[0].pos_ in opens:
        return []  # "…, and in Ecuador the workers …": a clause of its own
    out: list[_Cand] = []
    owns = []
    for i, (_s, e, _iso2, _clue) in enumerate(chain):
        stop = chain[i + 1][0] if i + 1 < len(chain) else tail_end
        owns.append([(ds, de, iso) for ds, de, iso in ctx.dates if e <= ds and de <= stop])
    last = list(owns[-1])
    if last and not any(owns[:-1]):
        # the dates joined to the last country's first one ("in August 2020 and September 2021")
        for d in sorted(ctx.dates):
            if d[0] >= last[-1][1] and d[1] <= clause.end_char:
                if not _PAIRED_JOIN.fullmatch(text, last[-1][1], d[0]):
                    break
                last.append(d)
        rest = doc.char_span(last[-1][1], clause.end_char, alignment_mode="expand")
        if rest is not None and len(rest) and rest[0].pos_ in opens:
            last = list(owns[-1])  # "… in October 2019 and in 2020 the pandemic …": a clause's date
    if (
        len(chain) > 1
        and len(last) == len(chain)
        and not any(owns[:-1])
        and len({iso for *_, iso in last}) == len(last)
    ):
        # "the putsches in Mali and Guinea in August 2020 and September 2021": as many dates
        # as countries, after the last one, go to the countries in their order
        owns = [[(c[0], c[1], d[2])] for c, d in zip(chain, last, strict=True)]
    for i in range(len(chain) - 2, -1, -1):
        # "en Chile y Uruguay en 1973": a country joined by "and" to the next takes its dates
        if not owns[i] and owns[i + 1] and _AND_ONLY.fullmatch(text[chain[i][1] : chain[i + 1][0]]):
            owns[i] = [(chain[i][0], chain[i][1], iso) for *_, iso in owns[i + 1]]
    for i, (s, e, iso2, _clue) in enumerate(chain):
        own = owns[i]
        dates: list[str | None] = [iso for *_, iso in own] or [cand.date]
        quotes = [(s, e)] + [(ds, de) for ds, de, _ in own[1:]]
        for k, (date, (qs, qe)) in enumerate(zip(dates, quotes, strict=False)):
            if i == 0 and k == 0:
                if own:
                    cand.date, cand.date_from_text = date, True
                continue
            q = doc.char_span(qs, qe, alignment_mode="expand")
            if q is None:
                continue
            out.append(
                replace(
                    cand,
                    start=q.start,
                    end=q.end,
                    country=iso2,
                    date=date,
                    date_from_text=bool(own) or cand.date_from_text,
                    extra=dict(cand.extra),
                )
            )
    return out


#: the parts of a country by the compass (event_words.yaml compass_parts)
_COMPASS_PART = "|".join(re.escape(w) for w in sorted(_WORDS.words["compass_parts"], key=len, reverse=True))
#: "the south-east of ", "den Südosten der ", "le nord de la " right before a country's name
_PART_OF = re.compile(
    r"(?i:\b(?:" + _COMPASS_PART + r")\s+(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+|des\s+"
    r"|der\s+|von\s+|del\s+|do\s+|da\s+)?)$"
)
#: what joins it to the next part: " and the north of ", " und den Norden ", " et le nord de la "
_AND_PART = re.compile(
    r"(?i:\s*,?\s*(?:and|und|et|y|e)\s+(?:the\s+|den\s+|dem\s+|le\s+|la\s+|el\s+|o\s+|l['’]\s*)?"
    r"(?:" + _COMPASS_PART + r")\s+(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+|des\s+|der\s+"
    r"|von\s+|del\s+|do\s+|da\s+)?)"
)


def _compass_pair(ctx: _Context, span: Span, cand: _Cand) -> list[_Cand]:
    """The disaster in the second country of "the south-east of Turkey and the north of
    Syria" ("den Südosten der Türkei und den Norden Syriens"): its sentence names a part
    of each country, the first being ``cand``'s."""
    if cand.type != "disaster" or cand.country is None:
        return []
    sent = ctx.text_sentence(span.start, span.end)
    hits = sorted(h for h in ctx.countries_in(sent) if h[0] >= span.end_char)
    for h, nxt in zip(hits, hits[1:], strict=False):
        if h[2] != cand.country or nxt[2] == h[2]:
            continue
        if not _PART_OF.search(ctx.text, max(0, h[0] - 30), h[0]):
            continue
        if _AND_PART.fullmatch(ctx.text, h[1], nxt[0]) is None:
            continue
        q = ctx.doc.char_span(nxt[0], nxt[1], alignment_mode="expand")
        if q is None:
            return []
        return [replace(cand, start=q.start, end=q.end, country=nxt[2], extra=dict(cand.extra))]
    return []


def _list_tail(ctx: _Context, tail_end: int, stop: int) -> int:
    """Where the last country of a list ends with its own words: its bracket, or its dates
    after "in" ("in September 2022", "en septiembre de 2021", "en janvier et en septembre")."""
    text = ctx.text
    m = re.match(r"\s*\([^()]*\)", text[tail_end:stop])
    if m:
        return tail_end + m.end()
    for s, e, _ in ctx.dates:
        if s >= tail_end and (
            re.fullmatch(r"\s*(?:(?:in|on|of)\s+)?(?:the\s+)?", text[tail_end:s])
            or _MONTHS_BETWEEN().fullmatch(text[tail_end:s])  # "en janvier et en septembre 2022"
        ):
            return e
    return tail_end


_MONTH_PREP = r"(?:(?:in|en|em|im|au|a|à|nel)\s+)?"
_MONTH_AND = r"\s*(?:,|\b(?:et|and|y|und|e|ve|ed)\b)\s*(?:,\s*)?"


@cache
def _month_list() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Months without a year joined by "and" ("en janvier et en septembre"): after an
    event's year and a comma, and before its dated month."""
    names = "|".join(
        sorted((re.escape(m) for m in MONTHS if len(m) >= 3 and "." not in m), key=len, reverse=True)
    )
    one = _MONTH_PREP + r"(?:" + names + r")\b"
    after = re.compile(r"\s*,\s*" + one + r"(?:" + _MONTH_AND + one + r")+", re.I)
    before = re.compile(
        r"[\s,]*" + one + r"(?:" + _MONTH_AND + one + r")*" + _MONTH_AND + _MONTH_PREP + r"$", re.I
    )
    return after, before


def _months_of_year(ctx: _Context, span: Span, cand: _Cand) -> list[_Cand]:
    """One event per month of a list that the event's year or month frames: "deux putschs
    en 2022, en janvier et en septembre", "two coups, in January and in September 2022".
    The event takes the first month; each later one is a candidate of its own quoting it."""
    if cand.type not in _FAN_TYPES or cand.date is None or len(cand.date) not in (4, 7):
        return []
    text, sent = ctx.text, ctx.text_sentence(span.start, span.end)
    own = next(
        (d for d in ctx.dates if span.end_char <= d[0] and d[1] <= sent.end_char and d[2] == cand.date), None
    )
    if own is None or any(span.end_char <= t[0] < own[0] for t in ctx.triggers):
        return []
    after, before = _month_list()
    year = cand.date[:4]
    found: list[tuple[int, int, str]] = []
    if len(cand.date) == 4:
        m = after.match(text, own[1], sent.end_char)
        if m is None:
            return []
        region = (m.start(), m.end())
    else:
        m = before.search(text, span.end_char, own[0])
        if m is None or m.end() != own[0] or not text[span.end_char : m.start()].strip(" ,") == "":
            return []
        region = (m.start(), m.end())
    for w in re.finditer(r"[^\W\d_]+", text[region[0] : region[1]]):
        n = MONTHS.get(w.group(0).lower())
        if n is not None and len(w.group(0)) >= 3:
            found.append((region[0] + w.start(), region[0] + w.end(), f"{year}-{n:02d}"))
    if len(cand.date) == 7:
        found.append((own[0], own[1], cand.date))
    if len(found) < 2:
        return []
    cand.date, cand.date_from_text = found[0][2], True
    out: list[_Cand] = []
    for qs, qe, iso in found[1:]:
        q = ctx.doc.char_span(qs, qe, alignment_mode="expand")
        if q is not None and iso != cand.date:
            out.append(
                replace(cand, start=q.start, end=q.end, date=iso, date_from_text=True, extra=dict(cand.extra))
            )
    return out


_BRACKET = re.compile(r"\s*\(([^()]*)\)")
_BRACKET_JOINS = re.compile(
    r"[\s,]*(?:(?:et|and|y|und|e|ed|ve|puis|then|again|encore|en|in|im|em|au|le|la|el|am|the|on|of|de)\b[\s,]*)*",
    re.I,
)
_SERIES_NOUNS = {"coup": "coup", "election": "election", "war": "war", "protest": "protests"}


def _bracketed_series(ctx: _Context, span: Span, etype: str) -> list[_Cand]:
    """The events of a series that a word pointing back to the story's event opens, told as
    countries with their dates in brackets: "Ce coup d'État est le dernier d'une série :
    après le Mali (août 2020 et mai 2021) et la Guinée (septembre 2021), …". One event of
    its kind per bracketed month or day, in the country before the bracket."""
    noun = _SERIES_NOUNS.get(etype)
    if noun is None:
        return []
    text, sent = ctx.text, ctx.text_sentence(span.start, span.end)
    out: list[_Cand] = []
    for c in ctx.countries_in(sent):
        if c[0] < span.end_char:
            continue
        m = _BRACKET.match(text, c[1], sent.end_char)
        if m is None:
            continue
        inner = [d for d in ctx.dates if m.start(1) <= d[0] and d[1] <= m.end(1)]
        if not inner or any(len(d[2]) < 7 for d in inner):
            continue
        chunk = list(text[m.start(1) : m.end(1)])
        for ds, de, _iso in inner:
            for i in range(ds - m.start(1), de - m.start(1)):
                chunk[i] = " "
        if not _BRACKET_JOINS.fullmatch("".join(chunk)):
            continue
        for k, (ds, de, iso) in enumerate(sorted(inner)):
            q = ctx.doc.char_span(*((c[0], c[1]) if k == 0 else (ds, de)), alignment_mode="expand")
            if q is not None:
                out.append(
                    _Cand(
                        q.start,
                        q.end,
                        etype,
                        date=iso,
                        country=c[2],
                        date_from_text=True,
                        extra={"noun": noun},
                    )
                )
    return out


def _coordinated_days(ctx: _Context, span: Span, cand: _Cand) -> list[_Cand]:
    """One event per day of a list of days right after one event's word, when the event
    took the first: "les deux coups d'État au Mali, le 18 août 2020 et le 24 mai 2021",
    "die Putsche in Burkina Faso am 24. Januar und am 30. September 2022", "ont pris le
    pouvoir le 24 janvier 2022 et le 30 septembre 2022". Each later day is a candidate of
    its own, quoting the day (the resolver keeps days more than a week apart apart)."""
    if cand.type not in _FAN_TYPES or cand.date is None or len(cand.date) < 7:
        return []
    text, clause = ctx.text, ctx.text_sentence(span.start, span.end)
    # days, and months ("the coups in Mali in August 2020 and May 2021")
    days = [d for d in ctx.dates if span.end_char <= d[0] and d[1] <= clause.end_char and len(d[2]) >= 7]
    first = next((i for i, d in enumerate(days) if d[2] == cand.date), None)
    if first is None:
        return []
    if any(span.end_char <= t[0] < days[first][0] for t in ctx.triggers):
        return []  # the day is another event's
    out: list[_Cand] = []
    prev = days[first]
    for d in days[first + 1 :]:
        joined = _AND_THE.match(text, prev[1])
        if joined is None or joined.end() != d[0]:
            break
        if any(
            0 <= t[0] - d[1] <= 30
            and not _CLAUSE_MARK.search(text, d[1], t[0])
            and not _AND_NEXT.match(text, d[1])
            for t in ctx.triggers
        ):
            # "… en Guinée le 5 septembre 2021, et le 24 janvier 2022 le coup d'État au
            # Burkina Faso": the day of the event told right after it
            break
        q = ctx.doc.char_span(d[0], d[1], alignment_mode="expand")
        if q is None:
            break
        if _opens_clause(ctx, q, clause):
            # "Saied's coup on 25 July 2021, and on 22 September 2021 he suspended the
            # constitution": the day of what the next clause tells
            break
        if d[2] != cand.date:
            out.append(
                replace(
                    cand, start=q.start, end=q.end, date=d[2], date_from_text=True, extra=dict(cand.extra)
                )
            )
        prev = d
    return out


def _opens_clause(ctx: _Context, day: Span, clause: Span) -> bool:
    """Whether a subject follows the day ``day`` before the next mark that ends a clause:
    the day dates that clause's verb ("and on 22 September 2021 he suspended …")."""
    for t in ctx.doc[day.end : clause.end]:
        if _CLAUSE_MARK.fullmatch(t.text):
            return False
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _rule_coup_gov(ctx: _Context, span: Span) -> _Cand | None:
    clause = ctx.clause(span.start, span.end)
    end = span.end
    doc = ctx.doc
    # "... the government of Hugo Chavez in Venezuela"
    if end < clause.end and doc[end].lower_ == "of":
        end += 1
        while end < clause.end and (doc[end].ent_type_ == "PERSON" or doc[end].pos_ == "PROPN"):
            end += 1
    if end < clause.end - 1 and doc[end].lower_ == "in":
        end += 2
    country = ctx.country_near(clause, span.start, end)
    date = ctx.date_near(clause, span.start, end)
    if country is None or date is None:
        return None
    return _Cand(
        span.start,
        end,
        "coup",
        date=date,
        country=country,
        date_from_text=True,
        extra={"attempt": True},
    )


#: Europe's words in the networks' languages ("European", "européennes", "Europäischen",
#: "Europawahl", "Avrupa"): an election to the European Parliament is no one country's
_EUROPEAN = re.compile(r"(?i)^(?:europ|avrupa)")


def _european(ctx: _Context, span: Span) -> bool:
    """The election ``span`` names is one to the European Parliament ("the European
    elections", "les élections européennes", "die Wahlen zum Europäischen Parlament",
    "die Europawahl"): it takes place in no one country, so none the rules can place."""
    doc = ctx.doc
    near = doc[max(span.start - 2, 0) : min(span.end + 3, len(doc))]
    return any(_EUROPEAN.match(t.text) for t in near)


#: the words before the date that ends a period ("until March 1985"): event_words.yaml
_UNTIL = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _WORDS.words["until_words"]) + r")\s+(?:the\s+)?\Z", re.I
)
#: verbs of taking part in a vote, whose infinitive keeps the governing clause's date: event_words.yaml
_VOTING_VERBS = frozenset(_WORDS.words["voting_verbs"])


def _aimed_at(head: Token, clause: Span) -> Span | None:
    """The stretch of the non-finite verbs (an infinitive of purpose, a gerund after a
    preposition) that govern ``head`` inside ``clause``, when a verb other than one of
    voting heads it ("… stormed the Capitol to prevent Congress from certifying the
    election"): what another act aimed at, not when the election took place."""
    top: Token | None = None
    for a in head.ancestors:
        if not clause.start <= a.i < clause.end:
            break
        if a.pos_ not in ("VERB", "AUX"):
            continue
        if a.tag_ not in ("VB", "VBG") or a.dep_ not in ("advcl", "xcomp", "pcomp", "acl"):
            break
        top = a
    if top is None or any(
        t.lemma_.lower() in _VOTING_VERBS for t in top.subtree if t.pos_ in ("VERB", "AUX") and t.i < head.i
    ):
        return None
    sub = list(top.subtree)
    return clause.doc[max(sub[0].i, clause.start) : min(sub[-1].i + 1, clause.end)]


def _rule_election(ctx: _Context, span: Span) -> _Cand | None:
    doc = ctx.doc
    clause = ctx.clause(span.start, span.end)
    before = doc[max(span.start - 4, clause.start) : span.start]
    if any(t.lower_ in _FUTURE for t in before):
        return None
    if _european(ctx, span):
        return None
    head = doc[span.end - 1]
    country = ctx.country_of_subtree(head, include=doc[max(span.start - 1, 0) : span.end])
    # a date inside the phrase or the clause ("June 12, 2009 elections in Iran"); an election
    # that another act's infinitive or gerund aims at ("stormed the Capitol on 6 January to
    # overturn the election"): only that stretch's date
    aim = _aimed_at(head, clause)
    date = ctx.phrase_date(head, span, aim or clause)
    # (a verb of the clause: not one past a semicolon the parser hung it on, "… since the
    # referendum of 2016; in Australia fascists organise openly")
    wanted = any(
        t.lemma_ in ("demand", "call", "want", "hold", "organise", "organize")
        for t in head.ancestors
        if clause.start <= t.i < clause.end
    )
    if country is None and not wanted:
        # "In Argentina, the election of X on 19 November": the clause's one country;
        # "In the plebiscite of 4 September 2022, …": a dated vote in the document's country
        country = ctx.only_country(clause)
        if country is None and date is not None and not ctx.countries_in(clause):
            country = ctx.document_country()
    if country is None:
        return None
    from_text = date is not None
    if date is None and ctx.recent(doc[max(span.start - 2, 0) : span.end]):
        date = ctx.doc_year()
    if date is None:
        return None
    if ctx.ref and date[:4] > ctx.ref[:4]:
        return None  # an election still to come is not (yet) an event
    kind = " ".join(t.lower_ for t in span[:-1] if t.lower_ in _MODS_KEEP)
    if head.lemma_.lower() in ("referendum", "plebiscite"):
        kind = "referendum"
    return _Cand(
        span.start,
        span.end,
        "election",
        date=date,
        country=country,
        date_from_text=from_text,
        extra={"kind": kind},
    )


def _rule_attack(ctx: _Context, span: Span) -> _Cand | None:
    """A massacre, pogrom, terrorist or arson attack, in a country the phrase or clause names."""
    return _single_event(ctx, span, "attack", ("racist", "fascist", "terrorist", "arson"))


def _rule_genocide(ctx: _Context, span: Span) -> _Cand | None:
    """A people's genocide ("the genocide against the Rohingya in 2017", "the genocide of
    the Armenians in 1915"): an attack dated by its own stretch of its clause (undated, none:
    a genocide going on is a war's), in the country its sentence names (not the people's:
    "… of the Armenians in 1915, which the Turkish state denies"), else the text's."""
    clause = ctx.clause(span.start, span.end)
    date = ctx.date_near(ctx.own_stretch(clause, span), span.start, span.end)
    if date is None or ctx.of_the_story(date):
        return None
    sent = ctx.text_sentence(span.start, span.end)
    country = ctx.country_near(sent, span.start, span.end) or ctx.document_country()
    if country is None:
        return None
    # (its noun, not the article before it: "the genocide in Rwanda")
    noun = next((t.i for t in span if t.lemma_.lower() == "genocide"), span.start)
    return _Cand(
        noun,
        noun + 1,
        "attack",
        date=date,
        country=country,
        date_from_text=True,
        extra={"noun": "genocide"},
    )


def _rule_attack_on(ctx: _Context, span: Span) -> _Cand | None:
    """An attack on people ("the attack of the armed group on Malian civilians on 20
    October 2023"): the word "attack" is the event's, placed and dated by its phrase."""
    return _single_event(ctx, span[:1], "attack", ())


#: the verbs of a disaster that struck a place (event_words.yaml): _single_event
_STRUCK = frozenset(_WORDS.words["struck_verbs"])
#: the places an explosion is a disaster at ("the explosion at the port of …"): event_words.yaml
_EXPLOSION_SITES = frozenset(_WORDS.words["explosion_sites"])


def _rule_disaster(ctx: _Context, span: Span) -> _Cand | None:
    """An earthquake, flood, rail or mine disaster, in a country the phrase or clause names;
    an explosion or a fire at a port, a plant or a depot ("the explosion at the port of
    Beirut", "the fire at the X Garments factory")."""
    if span[0].lemma_.lower() in ("explosion", "blast") or (
        span[0].lemma_.lower() in ("fire", "blaze") and len(span) > 1
    ):
        if span[-1].lower_ not in _EXPLOSION_SITES:
            return None
        span = span[:1]  # the explosion is the event's word; its site places it
    cand = _single_event(ctx, span, "disaster", ("rail", "railway", "train", "mine", "mining"))
    storm = next((t.lower_ for t in span[:-1] if _DISASTER_KINDS.get(t.lower_) == "storm"), None)
    if cand is not None and storm is not None:
        cand.extra["noun"] = storm  # "Storm Daniel", "the storm Daniel": a storm, not a "daniel"
    return cand


def _rule_named_fire(ctx: _Context, span: Span) -> _Cand | None:
    """A fire named by its place, then its date ("the Tazreen fire of 24 November 2012" of
    a factory, "the X fire in 2012"): a fire disaster, placed and dated as its noun is."""
    fire = next(t for t in span if t.lemma_.lower() in ("fire", "blaze"))
    return _single_event(ctx, ctx.doc[span.start : fire.i + 1], "disaster", ())


def _single_event(ctx: _Context, span: Span, etype: str, qualifiers: tuple[str, ...]) -> _Cand | None:
    """One event named by a noun (not its plural: "massacres" are many), placed in the
    country its phrase or clause names and dated by its phrase or clause."""
    doc = ctx.doc
    head = doc[span.end - 1]
    pair = _named_pair(head) if etype == "attack" else False
    if (
        etype != "disaster"
        and head.tag_ in ("NNS", "NNPS")
        and head.lower_ != head.lemma_.lower()
        and head.lower_.endswith("s")
        and not pair
    ):
        return None  # many massacres, not one event; but "the floods in Pakistan" are one disaster
    clause = ctx.clause(span.start, span.end)
    country = ctx.country_of_subtree(head, include=doc[max(span.start - 1, 0) : span.end], agents=False)
    if country is None and head.tag_ not in ("NNS", "NNPS"):
        # "the X mine disaster in Zonguldak of 3 March 1992, …, and of the Y disaster in New
        # Zealand": a town or region right after its word places it, before a country the
        # sentence names later (the model may hang the town's phrase on the verb)
        country = _placed_known(ctx, span)
    if country is None and head.tag_ not in ("NNS", "NNPS") and not _placed_unknown(ctx, span):
        # not for "the floods in Valencia" after "the earthquake in Morocco": a plural's
        # country is in its own phrase; nor one beyond another event's word ("Israel's
        # wars …: the massacre of Sabra and Shatila …", the massacre is not in Israel)
        stretch = ctx.own_stretch(clause, span)
        if _of_unknown(ctx, span):
            # "the fascist massacre in Christchurch in New Zealand … and the racist massacre
            # of El Paso": a place no table knows after "of" is the event's; a country
            # before its word is another event's (one after it may be its own)
            stretch = doc[span.start : max(stretch.end, span.end)]
        country = ctx.country_near(stretch, span.start, span.end)
        if country is not None and all(ctx._agent(h) for h in ctx.countries_in(stretch)):
            # "in Yemen, the war waged by a coalition of Saudi troops led to a massacre":
            # its stretch names only who acts; the place its clause names, if any
            places = [h for h in ctx.countries_in(clause) if not ctx._agent(h)]
            if places:
                a = span.start_char
                country = min(places, key=lambda h: min(abs(h[0] - a), abs(a - h[1])))[2]
        hits = ctx.countries_in(clause)
        if country is None and hits and all(c[3] in ("demonym", "adjective") for c in hits):
            # "the Greek youth rose up after the train disaster at Tempi": its people's
            country = ctx.country_near(clause, span.start, span.end)
    verb = _struck_verb(head) if country is None and etype == "disaster" else None
    if verb is not None:
        # "two earthquakes … struck south-eastern Turkey and northern Syria": where the
        # verb says it struck (its object or place), the first named
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("dobj", "prep", "npadvmod"):
                country = ctx.country_of_subtree(child, agents=False)
                if country is not None:
                    break
    if country is None and head.tag_ not in ("NNS", "NNPS"):
        country = _home_of_recalled(ctx, span, clause, ctx.phrase_date(head, span, clause))
    # its year: its phrase's date, else the year its anniversary's number gives ("the 37th
    # anniversary of the X gas tragedy" in a text of 2021: a disaster of 1984)
    recalled = ctx.phrase_date(head, span, clause) or _anniversary_year(ctx, span)
    if (
        country is None
        and etype in ("attack", "disaster")
        and not ctx.countries_in(clause)
        and not ctx.of_the_story(recalled)
        and recalled is not None
        # (not one its clause places somewhere no table knows: "the massacre of 2 October
        # 1968 in the Plaza de las Tres Culturas")
        and not _placed_unknown(ctx, span)
        and not _unknown_place_after(ctx, span)
        and not _unknown_place_later(ctx, span, clause)
        and not any(clause.start_char <= s and e <= clause.end_char for s, e in ctx.unplaced_cities)
    ):
        # "as it did in the massacre of political prisoners in the summer of 1988" in a
        # resolution on one country: a massacre or disaster the text recalls with its date,
        # placed by no country, is that of the country its title names
        title = ctx.title_span()
        named = {h[2] for h in ctx.countries_in(title)} if title is not None else set()
        # (not after another country in its paragraph: "Chile remembers. The earthquake of …")
        country = named.pop() if len(named) == 1 and _paragraph_before(ctx, clause) <= named else None
    hits = ctx.countries_in(clause)
    if country is None and pair and all(c[3] in ("demonym", "adjective") for c in hits):
        # "In Bolivia, on November 10 … a coup d'état … The massacres of Sacaba and Senkata
        # show the true face of the Bolivian right": the people its sentence names, or the
        # text's one country
        country = (
            (ctx.country_near(clause, span.start, span.end) if hits else None)
            or _people_country(ctx, clause)
            or ctx.document_country()
        )
    if country is None:
        return None
    others = [
        t
        for t in ctx.triggers
        if clause.start_char <= t[0] and t[1] <= clause.end_char and t[0] != span.start_char
    ]
    if head.tag_ in ("NNS", "NNPS") and others:
        # and its date too, when its clause tells another event: "the earthquake in Morocco
        # in September last year and the floods in Valencia" (the floods came a year later)
        sub = list(head.subtree)
        date = ctx.date_near(
            doc[min(sub[0].i, span.start) : max(sub[-1].i + 1, span.end)], span.start, span.end
        )
    else:
        date = ctx.phrase_date(head, span, clause)
    if date is None and etype in ("attack", "disaster"):
        date = _anniversary_year(ctx, span)
    if date is None and (pair or _name_told_before(ctx, span, head)):
        # dated by the story told before it (a coup's day: its month only); so one named by
        # the place that story names ("On 4 June 1989 the army crushed the students who
        # had occupied Tiananmen Square. The Tiananmen massacre marked …")
        date = ctx.told_date(span.start_char)
        if date is not None and len(date) == 10 and _coup_day(ctx, date, span.start_char):
            date = date[:7]
    words = [t.lower_ for t in span if t.lower_ in qualifiers]
    noun = " ".join([*words[:1], head.lemma_.lower()])
    return _Cand(
        span.start,
        span.end,
        etype,
        date=date,
        country=country,
        date_from_text=date is not None,
        extra={"noun": noun},
    )


def _name_told_before(ctx: _Context, span: Span, head: Token) -> bool:
    """Whether the proper name before an event's noun ("the Tiananmen massacre", "the
    Sewol disaster") was named by the story told just before it (``_TOLD_REACH``)."""
    doc = ctx.doc
    start = span.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    names = [t.text for t in doc[start : head.i] if t.pos_ == "PROPN" and t.is_title and len(t.text) >= 4]
    before = ctx.text[max(0, span.start_char - _TOLD_REACH) : doc[start].idx]
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", before) for n in names)


def _anniversary_year(ctx: _Context, span: Span) -> str | None:
    """The year of the event ``span`` names when an anniversary numbers it: in English, the
    words right before it ("the 37th anniversary of the X gas tragedy" in a text of 2021:
    1984); in another language, as _Context.anniversary_year reads it."""
    if ctx.language != "en":
        return ctx.anniversary_year(span)
    doc = ctx.doc
    k = span.start - 1
    while k > 0 and (doc[k].pos_ in ("DET", "PROPN", "ADJ") or doc[k].is_title) and span.start - k <= 4:
        k -= 1
    if k < 2 or doc[k].lower_ != "of" or doc[k - 1].lower_ != "anniversary" or not ctx.ref:
        return None
    n = ordinal_value(doc[k - 2].text)
    return shift_years(ctx.ref, -n)[:4] if n else None


def _named_pair(head: Token) -> bool:
    """The plural event noun ``head`` names two places joined by "and": "the massacres of
    Sacaba and Senkata" (one event told of both)."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if of is None:
        return False
    place = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    return place is not None and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in place.children)


def _struck_verb(head: Token) -> Token | None:
    """The verb of striking (event_words.yaml struck_verbs) whose subject is the disaster's
    noun ``head``; or, as the model may read "On 6 February 2023 two earthquakes … struck
    …" as one phrase, the subjectless verb of the opening phrase that holds it; or the verb
    of a relative clause on the noun ("the floods that struck Pakistan …")."""
    for child in head.children:
        if (
            child.dep_ == "relcl"
            and child.pos_ == "VERB"
            and child.lemma_.lower() in _STRUCK
            and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in child.children)
        ):
            return child
    verb = head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb = head.head.head
        for _ in range(3):
            # "In the early morning of 6 February 2023 two earthquakes … struck …": up the
            # opening phrase's nouns to its verb
            if verb.pos_ == "VERB" or verb.dep_ != "pobj" or verb.head.dep_ != "prep":
                break
            verb = verb.head.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
    elif head.dep_ != "nsubj":
        return None
    if verb.pos_ != "VERB" or verb.i < head.i or verb.lemma_.lower() not in _STRUCK:
        return None
    return verb


def _paragraph_before(ctx: _Context, clause: Span) -> set[str]:
    """The countries (and cities' countries, adjectives) its paragraph names before ``clause``."""
    start = ctx.text.rfind("\n\n", 0, clause.start_char)
    return {
        c[2] for c in ctx.countries + ctx.cities + ctx.body_adjectives() if start <= c[0] < clause.start_char
    }


def _home_of_recalled(ctx: _Context, span: Span, clause: Span, date: str | None) -> str | None:
    """The country of a massacre or disaster the text recalls with its date and no place
    ("The tsunami of 26 December 2004 killed more than 30,000 people on the island") in a
    text plainly about one country (its title's, or one named three times as often as any
    other), when its paragraph names no other country before it: that country. Not one of
    the text's own story, nor one whose clause names a place (known or not)."""
    if date is None or ctx.of_the_story(date) or ctx.countries_in(clause) or ctx.body_adjectives_in(clause):
        return None
    if (
        _placed_unknown(ctx, span)
        or _unknown_place_after(ctx, span)
        or _unknown_place_later(ctx, span, clause)
    ):
        return None
    if any(clause.start_char <= s and e <= clause.end_char for s, e in ctx.unplaced_cities):
        return None
    home = ctx.document_country(strong=True)
    return home if home is not None and _paragraph_before(ctx, clause) <= {home} else None


def _unknown_place_later(ctx: _Context, span: Span, clause: Span) -> bool:
    """The clause places the event after its date somewhere no table knows ("the massacre
    of 2 October 1968 in the Plaza de las Tres Culturas"): "in", "at", "off" or "near", maybe
    "the", and a capitalised word that is no month, country, city or region."""
    doc = ctx.doc
    for i in range(span.end, clause.end - 1):
        if doc[i].lower_ not in ("in", "at", "off", "near"):
            continue
        j = i + 2 if doc[i + 1].lower_ == "the" and i + 2 < clause.end else i + 1
        t = doc[j]
        if not t.is_title or t.lower_ in MONTHS or t.is_digit or t.lower_ == "the":
            continue
        if not any(c[0] <= t.idx < c[1] for c in ctx.countries + ctx.cities + ctx.body_adjectives()):
            return True
    return False


def _placed_unknown(ctx: _Context, span: Span) -> bool:
    """The event's word is followed by a place no table knows ("the shipwreck off Cutro"):
    the clause's other country is another event's ("the floods in Derna … and the
    shipwreck off Cutro")."""
    doc = ctx.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("in", "off", "at", "near"):
        return False
    place = doc[span.end + 1]
    if not place.is_title or place.lower_ == "the":
        return False
    if all(c[3] in ("demonym", "adjective") for c in ctx.countries_in(ctx.clause(span.start, span.end))):
        return False  # "the Greek youth rose up after the train disaster at Tempi": its people's
    return not any(c[0] <= place.idx < c[1] for c in ctx.countries + ctx.cities)


def _placed_known(ctx: _Context, span: Span) -> str | None:
    """The country of the town or region a preposition of place names right after the
    event's word ("the mine disaster in Zonguldak", "the explosion at Halifax")."""
    doc = ctx.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("in", "at", "near", "off"):
        return None
    place = doc[span.end + 1]
    if place.lower_ == "the" and span.end + 2 < len(doc):
        place = doc[span.end + 2]
    if not place.is_title:
        return None
    return next((c[2] for c in ctx.cities if c[0] == place.idx and c[3] in ("city", "region")), None)


def _of_unknown(ctx: _Context, span: Span) -> bool:
    """The event's word is followed by "of" and a capitalised place no table knows ("the
    racist massacre of El Paso"), not a month ("the earthquake of January 2010")."""
    doc = ctx.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    place = doc[span.end + 1]
    if not place.is_title or place.lower_ in ("the", "a", "an") or place.lower_ in MONTHS:
        return False
    return not any(c[0] <= place.idx < c[1] for c in ctx.countries + ctx.cities)


def _rule_word(
    ctx: _Context,
    span: Span,
    etype: str,
    noun: str,
    *,
    person: str | None = None,
    clause: Span | None = None,
    story_told: bool = False,
) -> _Cand | None:
    """An event a text in another language names by its word ("la guerra in Ucraina",
    "el terremoto en Turquía del 6 de febrero de 2023"): the model's English parse of such
    a text means nothing, so the country and the date are the nearest in its sentence, cut
    by punctuation.

    An undated election, earthquake or massacre is none the rules can tell apart; an
    undated war is the country's war, an undated protest the one the text reports, in the
    text's month. The death of ``person`` (etype "death") may stay undated and unplaced.

    An event an anniversary numbers ("80° anniversario della strage di …") is dated by it
    (``_Context.anniversary_year``), unless its sentence gives a day of that year.
    ``clause`` is the stretch of text that places and dates it, its sentence by default.
    """
    clause = clause if clause is not None else ctx.text_sentence(span.start, span.end)
    if etype == "election" and _european(ctx, span):
        return None  # "die Wahlen zum Europäischen Parlament": no one country's
    if etype == "disaster" and any(
        0 <= i < len(ctx.doc) and ctx.doc[i].lower_ in _FIGURATIVE for i in (span.start - 1, span.end)
    ):
        return None  # "le tremblement de terre social", "ein politisches Erdbeben": a figure of speech
    if span.start > clause.start and ctx.doc[span.start - 1].lower_ in _ANY_WORDS:
        return None  # "toute guerre contre le Niger": any war, none that happened
    if etype == "war" and span.start > clause.start and ctx.doc[span.start - 1].lower_ in _NEW_WAR_WORDS:
        return None  # "ein neuer Krieg … würde Millionen Opfer fordern": one warned of
    if etype == "war" and _declared_war(ctx.doc, span.start):
        return None  # "una declaración de guerra contra las masas": a figure of speech
    if etype == "war" and _traded_war(ctx.doc, span):
        return None  # "la guerra comercial entre Estados Unidos y China": no army fights it
    if etype == "war":
        # where the war is fought follows its word ("la guerra en Ucrania", "der Krieg in
        # der Ukraine"); the clause's other countries wage it or take sides
        after = ctx.doc[span.end : min(span.end + 5, clause.end)]
        country = ctx.country_near(after, span.start, span.end) if len(after) else None
        against = next((t for t in after if t.lower_ in _AGAINST), None)
        if against is not None:
            # "la guerra di Israele contro Gaza": fought in the country it is waged against
            target = ctx.countries_in(ctx.doc[against.i + 1 : min(against.i + 4, clause.end)])
            if target:
                country = target[0][2]
        if country is None:
            # "la guerre génocidaire menée par l'État sioniste contre le peuple palestinien
            # à Gaza depuis octobre 2023": the place a preposition of place names in the
            # war's own phrase, before the next punctuation
            for t in ctx.doc[span.end : min(span.end + 15, clause.end)]:
                if t.is_punct:
                    break
                if t.lower_ in _AT_PREPOSITIONS and t.i + 1 < clause.end:
                    near = ctx.countries_in(ctx.doc[t.i + 1 : min(t.i + 3, clause.end)])
                    if near and near[0][0] == ctx.doc[t.i + 1].idx:
                        country = near[0][2]
                        break
        fronted = ctx.doc[clause.start : span.start]
        if country is None and 1 < len(fronted) <= 7 and fronted[-1].text != "," and "," in fronted.text:
            # "Au Soudan, la guerre entre l'armée et les FSR, déclenchée le …": the place
            # that opens its sentence before a comma, none after the war's word
            opening = ctx.countries_in(ctx.doc[clause.start : min(clause.start + 4, span.start)])
            country = opening[0][2] if opening else None
        named = ctx.countries_in(clause)
        if (
            country is None
            and len({h[2] for h in named}) == 1
            and len(fronted) > 1
            and fronted[0].lower_ in _AT_PREPOSITIONS
            and named[0][0] == fronted[1].idx
        ):
            # "In Syrien verschärfen die Sanktionen und der seit 2011 andauernde Krieg die Not":
            # the one country its sentence names, the place that opens it
            country = named[0][2]
    else:
        # "el golpe uruguayo", "les deux coups d'État maliens", "il golpe cileno", "der
        # chilenische Putsch": the country's lower-case adjective right after (or, in German
        # order, right before) the event's word names its country, before any other country
        # of the sentence ("… au Mali, le 18 août 2020 et le 24 mai 2021, puis le putsch
        # guinéen du 5 septembre 2021"); not a massacre's, an attack's or a war's, where it
        # names who struck ("le massacre français du 8 mai 1945" in Algeria)
        own = ctx.adjacent_adjective(span) if etype not in ("attack", "war") else None
        if own is not None:
            country = own[2]
            if own[0] >= span.end_char:
                end = ctx.doc.char_span(own[0], own[1], alignment_mode="expand")
                if end is not None:
                    # its date follows the adjective ("le putsch nigérien du 26 juillet 2023")
                    span = ctx.doc[span.start : end.end]
        else:
            country = _placed_after(ctx, span, clause) or _city_after(ctx, span, clause)
            if country is None:
                country = ctx.country_near(_before_inset_end(ctx, span, clause), span.start, span.end)
            if country is not None:
                country = _first_of_pair(ctx, clause, country)
            else:
                country = _territory_country(ctx, ctx.own_stretch(clause, span))
    # the date in the event's own stretch of its sentence: not one after the next event's
    # word ("la masacre … tuvo lugar en plena huelga …, iniciada el 15 de mayo")
    date = own_date = ctx.date_near(ctx.own_stretch(clause, span), span.start, span.end)
    if etype == "war":
        # "… à guerra colonial em Angola, …, que desde 1961 custara a vida a milhares": the
        # year "since" after its word is when the war began, not a day before its word
        since = _begun_since(ctx, ctx.own_stretch(clause, span), span)
        if since is not None:
            date = own_date = since
    if own_date is None and etype == "coup":
        date = own_date = _coup_verb_date(ctx, clause, span)
    if own_date is None and story_told:
        # "… el 23 de febrero de 1981, guardias … irrumpieron en el Congreso. El golpe
        # fracasó": the event the story just told, of its day, recalled as any dated event
        date = own_date = ctx.told_date(span.start_char)
    if own_date is not None and etype == "protest":
        # "… à Gaza depuis octobre 2023, et salue les mobilisations de la jeunesse du Kenya
        # contre la loi de finances en juin": a month alone after the protest's word dates
        # it, not a full date before its word (the clause before it is another's)
        stretch = ctx.own_stretch(clause, span)
        if not any(span.end_char <= s < stretch.end_char for s, _e, _d in ctx.dates) and any(
            d == own_date and stretch.start_char <= s < span.start_char for s, _e, d in ctx.dates
        ):
            # a text dated by its year alone: the month of that year
            ref = ctx.ref if ctx.ref is None or len(ctx.ref) >= 7 else f"{ctx.ref[:4]}-12"
            month = _month_of_stretch(ctx, ctx.doc[span.end - 1 : stretch.end], ref)
            if month is not None:
                date = own_date = month
    if own_date is not None and etype in ("attack", "disaster"):
        # "la grève générale des 28 et 29 mai 2019 et la désobéissance civile qui a suivi le
        # massacre": a day before the event's word that closes another event's words is that
        # event's; the massacre is the one the story before told, of its day (with no such
        # story, the day stays: "con el Paro Nacional de junio de 2022, … la represión que
        # dejó muertos")
        at = next(
            (
                s
                for s, _e, iso in ctx.dates
                if iso == own_date and clause.start_char <= s < ctx.doc[span.start].idx
            ),
            None,
        )
        before = ctx.told_date(ctx.doc[span.start].idx, others=False) if at is not None else None
        if at is not None and before is not None and ctx._closes_other_event(at):
            date = own_date = before
    hint = ctx.anniversary_year(span)
    if hint is not None and (own_date is None or own_date[:4] != hint):
        # "¡2 de octubre no se olvida! A 55 años de la masacre de Tlatelolco": the day is
        # the anniversary's, the year the anniversary's number tells
        date = own_date = hint
        told = ctx.told_date(span.start_char) if etype in ("attack", "disaster", "coup") else None
        if told is not None and told[:4] == hint:
            date = own_date = told  # "Am 19. Februar 2020 … Zum vierten Jahrestag des Anschlags"
    if own_date is None and hint is None and _generic_subject(ctx, span, clause):
        return None  # "Un golpe de Estado no es un destino inevitable": any coup, none told

    if _work_title(ctx.doc, span):
        return None  # "Schon im Buch „Der große Streik“ …": a title, no event
    if own_date is not None and _called_for_day(ctx, clause, span):
        return None  # "Für den 8. März rufen wir zu Demonstrationen … auf": a day to come
    if etype == "war" and own_date is None and _slogan_against(ctx, clause, span):
        return None  # "Gegen Faschismus, Krieg und Umweltzerstörung!": war as such
    if etype in ("attack", "disaster") and _renamed_in_sentence(ctx, clause, span):
        return None  # "la strage di X del 1969, né la strage di Y del 1980: stragi di Stato"
    if date is None and etype in ("attack", "disaster", "coup"):
        # "La masacre de X sigue impune", "Es war ein Selbstputsch." after the story of it:
        # the story's day; not a day of its own sentence before another event's word, which
        # dates that event ("17 Ağustos 1999 X depreminden bu yana toplanan deprem
        # vergileri", the taxes of that earthquake)
        cut = ctx.own_stretch(clause, span).start_char
        date = ctx.told_date(span.start_char)
        if date is not None and any(clause.start_char <= s < cut and iso == date for s, _e, iso in ctx.dates):
            date = None
        if date is not None and not any(
            clause.start_char <= s < span.start_char and iso == date for s, _e, iso in ctx.dates
        ):
            # "nach dem Putschversuch von Präsident X mit dem Kriegsrecht vom 3. Dezember
            # 2024": a date that closes the event's own phrase wins over one carried from
            # another sentence (the story of 1989 told in the paragraph before)
            date = _phrase_date_after(ctx, span, clause) or date
        if date is not None and etype != "coup" and len(date) == 10 and _coup_day(ctx, date, span.start_char):
            # "… el 10 de noviembre … consumaron un golpe de Estado … Las masacres de X y Y
            # muestran …": the day is the coup's, the massacres that followed of its month
            date = date[:7]
    named_unknown = _unknown_place_before(ctx, span, clause)
    if country is None and etype == "war" and _unknown_place_after(ctx, span):
        # "Non à la guerre au Sahel !" under a title on Niger: a war placed in a region no
        # table knows as one country's is not the title's or the sentence before's country
        return None
    if country is None and not ctx.countries_in(clause) and not named_unknown:
        country = ctx.country_before(clause, date)
    if country is None and not ctx.countries_in(clause):
        # "la lucha del pueblo colombiano, que en el paro nacional de 2021 enfrentó …": the
        # one people its sentence names by its adjective, before the title's country
        country = _people_country(ctx, clause)
    if country is None:
        # a text about one country, named in its title ("Perú: …"), unless the event's own
        # paragraph names other countries as places and not that one ("Режим Лукашенка …
        # після виборів 9 серпня 2020 року … Масові протести в Білорусі …" under a title on
        # Ukraine): the one place the paragraph names, else none
        title = ctx.title_span()
        hits = {h[2] for h in ctx.countries_in(title)} if title is not None else set()
        country = hits.pop() if len(hits) == 1 else None
        around = _paragraph_places(ctx, clause)
        if country is not None and around and country not in around:
            country = around.pop() if len(around) == 1 else None
    told_coup = etype == "coup" and own_date is None and ctx.of_the_story(date)
    if (
        country is None
        and (own_date is not None or told_coup)
        and etype != "war"
        and not ctx.countries_in(clause)
        and not any(clause.start_char <= s and e <= clause.end_char for s, e in ctx.unplaced_cities)
        and not _unknown_place_after(ctx, span)
        and not ctx.unknown_place_in(clause)
        and not named_unknown
    ):
        # an event its own sentence dates, told after the one country its paragraph names
        # ("Au Sénégal, … L'élection présidentielle du 24 mars 2024 …"), else one of the
        # text's story in a text about one country (document_country), as a coup dated by
        # the story told just before it ("Es war ein Selbstputsch"). Not a war, which is
        # where it is fought, named after its word; not when the sentence names places
        # ("à Libreville, … après l'élection présidentielle") or one no table knows ("il
        # naufragio di Steccato di Cutro"), nor "en La Paz" (Bolivia or Mexico)
        country = None if told_coup else ctx.paragraph_country(clause)
        if country is None and ctx.of_the_story(date):
            country = ctx.document_country()
    if (
        country is None
        and own_date is not None
        and etype in ("attack", "disaster", "coup", "death", "protest")
        and not ctx.body_adjectives_in(clause)
        and not any(clause.start_char <= s and e <= clause.end_char for s, e in ctx.unplaced_cities)
    ):
        # a massacre, disaster or coup the text recalls with its date, placed by no country
        # ("El 22 de diciembre de 1997, paramilitares asesinaron … en Acteal", "la strage di
        # X del 1944") in a text about one country: that country's, also when its place is a
        # town no table knows; not an undated one nor one of a war. Only one the text
        # recalls (the story's own events keep the guards above: "il naufragio di Steccato
        # di Cutro" in a text about Libya), in a text plainly about one country (its title's,
        # or one named at least three times as often as any other), when the paragraph names no
        # other country before it
        home = ctx.document_country(strong=True)
        around = _paragraph_before(ctx, clause)
        # A strike or protest of the story itself, told with its day and no place, in a
        # text plainly about one country is that country's too ("Depuis le 19 janvier 2023,
        # des millions de travailleurs ont fait grève …" in a text about France)
        story = ctx.of_the_story(date)
        # (a sentence may name that one country, in another item: "la strage di piazza X del
        # 12 dicembre 1969 …, né la strage alla stazione di Bologna del 2 agosto 1980")
        in_clause = {h[2] for h in ctx.countries_in(clause)}
        if home is not None and around | in_clause <= {home} and (not story or etype == "protest"):
            country = home
    if etype == "death" and person is not None:
        # a killing of a person the text names: its own node, placed and dated where the
        # text allows ("l'assassinat de Thomas Sankara" in a title, undated)
        cand = _death(span, person, date, country)
        if hint is not None:
            cand.extra["hinted"] = True
        return cand
    if country is None and own_date is not None and len(own_date) == 10:
        # "o golpe fascista de Pinochet …, em 11 de setembro de 1973", placed by no country:
        # the one landmark of the gazetteer of that kind and that very day
        days = {e.country for e in ctx.rules.gazetteer if e.type == etype and e.date == own_date}
        country = days.pop() if len(days) == 1 else None
    if country is None:
        return None
    from_text = date is not None
    if (
        etype == "election"
        and date is not None
        and any(t.lower_ in _FUTURE_VERBS for t in clause)
        and not re.search(r"\b(?:1[89]|20)\d\d\b", ctx.own_stretch(clause, span).text)
    ):
        return None  # "l'élection du 6 octobre ne sera qu'une farce": the next 6 October
    if date is None and any(t.lower_.startswith(_WANTING_STEMS) for t in clause):
        return None  # "Llamamos a preparar la huelga general": called for, not happened
    if date is None and etype == "protest":
        date = _month_of_stretch(ctx, ctx.own_stretch(clause, span))
        from_text = date is not None
    if date is None and etype == "protest" and ctx.ref:
        lasted = _lasted_before(ctx, span)
        if lasted is not None:
            # "Ein Jahr Aufstand im Iran", "un an de grève": it began that long before the
            # text, not in the text's month; "dix-huit jours de soulèvement" (days, weeks,
            # not "a day of protest"): of the story the text just told, if any
            date = _months_before(ctx.ref, lasted) or (
                ctx.told_date(span.start_char) if lasted[0] > 1 else None
            )
    if date is None and etype == "protest" and ctx.ref:
        # "Heute vor einem Jahr, am 16. September 2022, starb … Nach ihrem Tod erhoben sich
        # … die Proteste dauerten monatelang an" in a text of September 2023: the protests
        # of the story its paragraph just told, of that story's month, not the text's
        date = _paragraph_story(ctx, span)
    if date is None:
        if etype == "protest":
            date = ctx.ref[:7] if ctx.ref else None
        elif etype != "war":
            return None
    extra: dict[str, Any] = {"noun": noun}
    if noun == "referendum":
        extra["kind"] = "referendum"
    if noun == "strike":
        extra["general"] = _general_strike(ctx.doc, span)
    if hint is not None:
        extra["hinted"] = True
    return _Cand(
        span.start, span.end, etype, date=date, country=country, date_from_text=from_text, extra=extra
    )


#: a stretch of time before an event's word (event_words.yaml): _lasted_before
_DURATION_UNITS = {w: unit for unit, words in _WORDS.groups["duration_units"].items() for w in words}
_DURATION_ONES = frozenset(_WORDS.words["duration_ones"])
_DURATION_LINKS = frozenset(_WORDS.words["duration_links"])
_DURATION_ENDED = frozenset(_WORDS.words["duration_ended"])


def _phrase_date_after(ctx: _Context, span: Span, clause: Span) -> str | None:
    """The first date after ``span`` in ``clause`` that closes its phrase: within
    _PHRASE_REACH characters, with no punctuation between, and (in English, whose parse
    means something) no verb between ("the coup with martial law of 3 December 2024"; not
    "the massacre reminds us of the mine disaster of 3 March 1992")."""
    for s, _e, iso in ctx.dates:
        if s < span.end_char or s >= clause.end_char:
            continue
        if s - span.end_char > _PHRASE_REACH or _CLAUSE_MARK.search(ctx.text, span.end_char, s):
            return None
        if ctx.language == "en" and any(
            t.pos_ in ("VERB", "AUX") and span.end_char <= t.idx < s for t in ctx.doc[span.end : clause.end]
        ):
            return None
        return iso
    return None


def _paragraph_story(ctx: _Context, span: Span) -> str | None:
    """The month of the story the paragraph of ``span`` told before it, when that month is
    over a month before the text's date: a protest told within that story is of its month,
    not of the text's ("On 1 February 2021 the army seized power … the protests")."""
    if not ctx.ref:
        return None
    para = ctx.text.rfind("\n\n", 0, span.start_char) + 1
    told = ctx.told_date(span.start_char, since=para)
    month_before = _months_before(ctx.ref, (1, "month"))
    if told is not None and month_before is not None and told[:7] < month_before:
        return told[:7]
    return None


def _lasted_before(ctx: _Context, span: Span) -> tuple[int, str] | None:
    """How long the event has lasted, told right before its word ("Ein Jahr Aufstand", "un
    an de grève", "dix-huit jours de soulèvement", "one year of protests"): its number and
    unit ("year", "month", "week", "day"), or None; None too after a word that ends it
    ("après deux mois de grèves")."""
    start = span.start_char
    words = ctx.text[max(0, start - 40) : start].lower().split()
    if words and words[-1] in _DURATION_LINKS:
        words.pop()
    if len(words) < 2 or words[-1] not in _DURATION_UNITS:
        return None
    number, unit = words[-2], words[-1]
    if len(words) > 2 and words[-3] in _DURATION_ENDED:
        return None  # "après deux mois de grèves": over before the text, from no day it tells
    if number.isdigit():
        n = int(number)
    elif number in _DURATION_ONES:
        n = 1
    else:
        parts = [_CARDINAL_WORDS.get(w) for w in number.split("-")]
        if not parts or any(p is None for p in parts):
            return None
        n = sum(p for p in parts if p is not None)
    return n, _DURATION_UNITS[unit]


def _months_before(ref: str, lasted: tuple[int, str]) -> str | None:
    """The month ``lasted`` (years or months) before the text's date ``ref``; None for days
    and weeks, or a text dated by its year alone."""
    n, unit = lasted
    if unit not in ("year", "month") or len(ref) < 7:
        return None
    months = int(ref[:4]) * 12 + int(ref[5:7]) - 1 - (n * 12 if unit == "year" else n)
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _month_of_stretch(ctx: _Context, stretch: Span, ref: str | None = None) -> str | None:
    """The one month a protest's own stretch names by its word alone, after a preposition
    of the networks' other languages ("las protestas …, que comenzaron a principios de
    julio", "les grèves depuis juin"): the last such month not after the text's date."""
    found = {
        t.lower_
        for t in stretch[1:]
        if t.lower_ in MONTHS
        and ctx.doc[t.i - 1].lower_ in _MONTH_PREPOSITIONS
        and not (t.i + 1 < len(ctx.doc) and ctx.doc[t.i + 1].like_num)
        and not any(s <= t.idx < e for s, e, _iso in ctx.dates)
    }
    if len(found) != 1:
        return None
    return resolve_month(MONTHS[found.pop()], ref or ctx.ref, past=True)


def _coup_day(ctx: _Context, iso: str, before_char: int) -> bool:
    """The last day ``iso`` the text gave before ``before_char`` is a coup's: its sentence
    tells a coup by its words."""
    at = max((s for s, _e, d in ctx.dates if d == iso and s < before_char), default=None)
    if at is None:
        return False
    k = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if k is None:
        return False
    sent = ctx.text_sentence(k.start, k.end)
    return any(sent.start_char <= s and e <= sent.end_char and e <= before_char for s, e in ctx.coup_triggers)


def _coup_verb_date(ctx: _Context, clause: Span, span: Span) -> str | None:
    """The date of a coup told by its noun and then its own verb ("Un golpe de Estado en
    Bolivia derrocó a X el 10 de noviembre de 2019"): the stretch cut at the verb's word
    (a coup's) goes on past it, up to the next event's word, when nothing but words
    stands between the noun and the verb."""
    doc = ctx.doc
    nxt = min(((s, e) for s, e in ctx.triggers if span.end_char <= s < clause.end_char), default=None)
    if nxt is None or nxt not in ctx.coup_triggers:
        return None
    between = doc.char_span(span.end_char, nxt[0], alignment_mode="expand")
    if between is None or any(t.is_punct for t in between) or len(between) > 6:
        return None
    b = min((s for s, _e in ctx.triggers if s >= nxt[1] and s < clause.end_char), default=clause.end_char)
    stretch = doc.char_span(nxt[1], b, alignment_mode="expand")
    return ctx.date_near(stretch, span.start, span.end) if stretch is not None else None


def _generic_subject(ctx: _Context, span: Span, clause: Span) -> bool:
    """The event's word opens its sentence after an indefinite article ("Un golpe de Estado
    no es un destino inevitable", "Uma greve geral não cai do céu"): a statement about any
    such event, not one told (nor "Es war ein Selbstputsch", where the article follows the
    verb). Only a list's number or marks may stand before the article."""
    k = span.start - 1
    if k < clause.start or ctx.doc[k].lower_ not in _INDEFINITE:
        return False
    if any(clause.start_char <= s and e <= clause.end_char for s, e, _iso in ctx.dates):
        return False  # "Un golpe de Estado derrocó a X el 10 de noviembre de 2019": told
    return all(t.is_punct or t.like_num for t in ctx.doc[clause.start : k])


_TARGETS = frozenset(_WORDS.words["target_prepositions"])
_TARGET_DAY = re.compile(r"(\w+)\s+(?:(?:den|le|la|el|il|lo|the|o|a)\s+)?$", re.IGNORECASE)


def _called_for_day(ctx: _Context, clause: Span, span: Span) -> bool:
    """A sentence calling for the event ("rufen … auf", "appelons") names its day after "for"
    and writes no year: "Für den 8. März rufen wir zu Demonstrationen … auf"."""
    if not any(t.lower_.startswith(_WANTING_STEMS) for t in clause):
        return False
    if re.search(r"\b(?:1[89]|20)\d\d\b", ctx.own_stretch(clause, span).text):
        return False
    for s, _e, _iso in ctx.dates:
        if clause.start_char <= s < clause.end_char:
            m = _TARGET_DAY.search(ctx.text, max(clause.start_char, s - 20), s)
            if m is not None and m.group(1).lower() in _TARGETS:
                return True
    return False


def _slogan_against(ctx: _Context, clause: Span, span: Span) -> bool:
    """The war word in a list after "against" with no article: war as such, in a slogan
    ("Gegen Faschismus, Krieg und Umweltzerstörung!", "contre la misère et guerre")."""
    doc = ctx.doc
    # "Nie wieder Krieg!", "¡Nunca más la guerra!": "never again" right before it
    k = span.start - 1
    if k >= 0 and doc[k].lower_ in _NAME_ARTICLES:
        k -= 1
    if k >= 1 and f"{doc[k - 1].lower_} {doc[k].lower_}" in _NEVER_AGAIN:
        return True
    for i in range(span.start - 1, max(clause.start, span.start - 6) - 1, -1):
        word = doc[i].lower_
        if word in _AGAINST:
            return True
        if word in _NAME_ARTICLES or doc[i].like_num or word in _INDEFINITE:
            return False
    return False


_IN_PREPOSITIONS = frozenset(_WORDS.words["in_prepositions"])
_FIGURATIVE = frozenset(_WORDS.words["figurative_adjectives"])


def _placed_after(ctx: _Context, span: Span, clause: Span) -> str | None:
    """The country a preposition of place names right after the event's word ("la huelga
    en Francia y las protestas en el Perú"): not the nearer one before it."""
    doc = ctx.doc
    i = span.end

    def dated(k: int) -> bool:
        return k < clause.end and any(s <= doc[k].idx < e for s, e, _iso in ctx.dates)

    # past the event's own date ("los atentados del 11 de septiembre de 2001 en Nueva York",
    # "the attacks of 11 September 2001 in New York")
    while i < clause.end and (dated(i) or (not doc[i].is_punct and dated(i + 1) and not dated(i - 1))):
        i += 1
    if i >= clause.end or doc[i].lower_ not in _IN_PREPOSITIONS:
        return None
    hits = ctx.countries_in(doc[i + 1 : min(i + 4, clause.end)])
    return hits[0][2] if hits and hits[0][0] - doc[i].idx <= 12 else None


_WANTING_STEMS = tuple(_WORDS.words["wanting_stems"])
_FUTURE_VERBS = frozenset(_WORDS.words["future_verbs"])
#: the prepositions before the place of an event ("la masacre de …"): event_words.yaml
_PLACE_PREPOSITIONS = frozenset(_WORDS.words["place_prepositions"])
#: the lower-case prepositions of a place where something happened ("in", "в", "à"):
#: not "of", "de", which also join names (_Context.unknown_place_in)
_AT_PREPOSITIONS = frozenset(_WORDS.words["at_prepositions"])


#: the relative pronouns after a comma that open an inserted clause (event_words.yaml)
_RELATIVE_PRONOUNS = frozenset(_WORDS.words["relative_pronouns"])
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")"})


def _begun_since(ctx: _Context, stretch: Span, span: Span) -> str | None:
    """The first date of ``stretch`` after the event's word that "since" opens ("… que
    desde 1961 custara …", "qui dure depuis 2015"): when the event began."""
    for s, _e, iso in sorted(ctx.dates):
        if span.end_char <= s < stretch.end_char:
            m = _SINCE_BEFORE.search(ctx.text[max(span.end_char, s - 16) : s])
            if m and m.group(1).lower() in _SINCE:
                return iso
    return None


def _renamed_in_sentence(ctx: _Context, clause: Span, span: Span) -> bool:
    """An undated event's word that names again the events its sentence told before it with
    their dates ("Non dimentichiamo la strage di X del 12 dicembre 1969, né la strage di Y
    del 2 agosto 1980: stragi di Stato"): the same word (its first five letters) and a date
    before it in the sentence; no event of its own."""
    stem = span[0].lower_[:5]
    sent = ctx.text_sentence(span.start, span.end)
    if len(stem) < 5 or any(span.start_char <= s < sent.end_char for s, _e, _iso in ctx.dates):
        return False
    before = ctx.doc[sent.start : span.start]
    return any(t.lower_.startswith(stem) for t in before) and any(
        before.start_char <= s < before.end_char for s, _e, _iso in ctx.dates
    )


#: the nouns of a country's land, sea or border (event_words.yaml territory_nouns)
_TERRITORY_NOUNS = frozenset(_WORDS.words["territory_nouns"])
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+\Z")


def _territory_country(ctx: _Context, stretch: Span) -> str | None:
    """The country whose lower-case adjective follows a noun of its land or sea in
    ``stretch`` ("… morirono 368 migranti davanti alle coste italiane", "en aguas
    españolas"): where the event took place; none when two countries are so named."""
    found = set()
    for start, _end, iso, _clue in ctx.body_adjectives_in(stretch):
        before = _LAST_WORD.search(ctx.text, max(0, start - 30), start)
        if before is not None and before.group(1).lower() in _TERRITORY_NOUNS:
            found.add(iso)
    return found.pop() if len(found) == 1 else None


def _city_after(ctx: _Context, span: Span, clause: Span) -> str | None:
    """The country of a city in the event's own phrase after its word, up to the next
    punctuation mark ("die Streiks in den Großbetrieben von Minsk im August 2020"): where
    it happened, before a country the sentence names as who reports or acts ("Die
    Delegation aus Russland berichtete über …")."""
    doc = ctx.doc
    own = ctx.own_stretch(clause, span)
    end = span.end
    while end < min(own.end, span.end + 8) and doc[end].text not in _CLAUSE_MARKS:
        end += 1
    if end == span.end:
        return None
    a, b = doc[span.end].idx, doc[end - 1].idx + len(doc[end - 1])
    hits = sorted(c for c in ctx.cities if a <= c[0] and c[1] <= b)
    return hits[0][2] if hits else None


def _before_inset_end(ctx: _Context, span: Span, clause: Span) -> Span:
    """``clause`` up to the comma that closes the relative clause the event's word stands
    in ("Режим Лукашенка, який утримався … після фальсифікованих виборів 9 серпня 2020
    року …, надав свою територію для наступу на Київ"): a place past it is the main
    clause's. The whole clause when the word stands in no such inserted clause."""
    doc = ctx.doc
    k = span.start - 1
    while k >= clause.start and doc[k].text not in _CLAUSE_MARKS:
        k -= 1
    if (
        k < clause.start
        or doc[k].text != ","
        or k + 1 >= span.start
        or doc[k + 1].lower_ not in _RELATIVE_PRONOUNS
    ):
        return clause
    j = span.end
    while j < clause.end and doc[j].text not in _CLAUSE_MARKS:
        j += 1
    if j >= clause.end or doc[j].text != ",":
        return clause
    return doc[clause.start : j]


def _paragraph_places(ctx: _Context, clause: Span) -> set[str]:
    """The countries (not cities) the paragraph of ``clause`` names as places, after a
    preposition of place ("Масові протести в Білорусі"), outside the title; not one named
    as who acts ("Невдовзі Росія анексувала Крим")."""
    text, doc = ctx.text, ctx.doc
    lo = text.rfind("\n\n", 0, clause.start_char)
    hi = text.find("\n\n", clause.start_char)
    lo, hi = max(lo, 0), (hi if hi >= 0 else len(text))
    title = ctx.title_span()
    t0, t1 = (title.start_char, title.end_char) if title is not None else (-1, -1)
    found = set()
    for c in ctx.countries:
        if not (lo <= c[0] and c[1] <= hi) or t0 <= c[0] < t1 or c[0] in ctx.backers:
            continue
        at = doc.char_span(c[0], c[1], alignment_mode="expand")
        if (
            at is not None
            and at.start > 0
            and doc[at.start - 1].lower_ in _AT_PREPOSITIONS | _IN_PREPOSITIONS
        ):
            found.add(c[2])
    return found


def _unknown_place_after(ctx: _Context, span: Span) -> bool:
    """The event's word is followed by a place or name no table knows ("la masacre de
    Juliaca", "il naufragio di Steccato di Cutro"): the place is told, but not known."""
    doc = ctx.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in _PLACE_PREPOSITIONS:
        return False
    t = doc[i + 1]
    if not t.is_title or t.lower_ in MONTHS or t.is_digit:
        return False
    return not any(c[0] <= t.idx < c[1] for c in ctx.countries + ctx.cities)


def _unknown_place_before(ctx: _Context, span: Span, clause: Span) -> bool:
    """The event's word follows a capitalised name no table knows, inside its sentence
    ("17 Ağustos 1999 Gölcük depreminden", "das Erdbeben … das Xanten Erdbeben"): its place
    is told by a name before it (the order of Turkish, and of English compounds), just not
    one the tables know, so the country of the sentence before is no guess for it."""
    i = span.start - 1
    if i <= clause.start:
        return False
    t = ctx.doc[i]
    if not (t.is_title and t.is_alpha) or t.lower_ in MONTHS:
        return False
    if ctx.doc[i - 1].is_sent_start or ctx.doc[i - 1].text in (".", "!", "?", ":", "\n"):
        return False
    known = ctx.countries + ctx.cities + ctx.body_adjectives()
    return not any(c[0] <= t.idx < c[1] for c in known)


#: between an event's word and a people's adjective ("la rebelión del pueblo chileno")
_OF_THE_PEOPLE = re.compile(
    r"\s+(?:del|de\s+los|du|des|della|dei|do|dos|des)\s+(?:pueblo|pueblos|peuple|peuples|popolo|popoli|povo|povos)\s+",
    re.I,
)


#: right before a country's adjective: the people it names ("el pueblo colombiano", "o
#: povo brasileiro", "le peuple malien")
_PEOPLE_BEFORE = re.compile(r"\b(?:pueblo|pueblos|peuple|peuples|popolo|popoli|povo|povos)\s+\Z", re.I)


def _people_country(ctx: _Context, span: Span) -> str | None:
    """The one country whose people ``span`` names by its lower-case adjective ("el pueblo
    colombiano", "o povo peruano")."""
    found = {
        a[2] for a in ctx.body_adjectives_in(span) if _PEOPLE_BEFORE.search(ctx.text, max(0, a[0] - 20), a[0])
    }
    return found.pop() if len(found) == 1 else None


#: "this country" in the networks' languages: the country named just before
_THIS_COUNTRY = re.compile(
    r"(?i:\b(?:this|that) country\b|\bce pays\b|\b(?:este|ese|aquel) país\b|\b(?:neste|nesse|este|esse) país\b"
    r"|\b(?:questo|quel) paese\b|\b(?:diesem|jenem) Land\b|\bdieses Landes\b|\bbu ülke(?:de|nin)?\b"
    # a part of the country named before: "à Bounti, dans le centre du pays", "in the north
    # of the country", "en el norte del país"
    r"|\b(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\s+du\s+pays\b"
    r"|\b(?:north|south|east|west|centre|center|north-east|north-west|south-east|south-west)\s+of\s+the\s+country\b"
    r"|\b(?:norte|sur|este|oeste|centro|noreste|noroeste|sureste|suroeste)\s+del\s+país\b)"
)

#: "any", "every", "no" before an event's word in the networks' other languages
_ANY_WORDS = frozenset(_WORDS.words["any_words"])
_NEW_WAR_WORDS = frozenset(_WORDS.words["new_war_words"])
#: a war's word right after a noun of threat: "the danger of a new world war", "la amenaza
#: de una guerra", "die Gefahr eines neuen Krieges" (event_words.yaml threat_nouns)
_THREAT_BEFORE = re.compile(
    r"(?i:\b(?:"
    + "|".join(sorted(map(re.escape, _WORDS.words["threat_nouns"]), key=len, reverse=True))
    + r")\s+(?:of|de|d'|d’|del|di|eines|einer|eine[mn]?)\s+(?:[\w-]+\s+){0,3})$"
)
_DECLARATION_WORDS = frozenset(_WORDS.words["declaration_words"])
_DECLARING_STEMS = tuple(_WORDS.words["declaring_stems"])
#: the definite articles a declared war's word takes ("declararon la guerra"): _declared_war
_WAR_ARTICLES = frozenset(("the", "la", "le", "a", "o", "den", "il"))


def _declared_war(doc: Doc, start: int) -> bool:
    """The word for war at ``start`` is declared ("una declaración de guerra contra las
    masas", "a declaration of war on the workers"): a figure of speech, no war fought; or
    threatened ("threats of war against X", "les menaces de guerre contre X", "the danger of
    a war"; event_words.yaml threat_words): none that happened."""
    if start >= 1 and doc[start - 1].lower_ in ("a", "an", "un", "une", "una", "uma", "einen", "eines"):
        start -= 1  # "the danger of a war"
    verb = start - 1
    if verb >= 1 and doc[verb].lower_ in _WAR_ARTICLES:
        verb -= 1  # "declararon la guerra": the article between the verb and the word
    if (
        verb >= 0
        and doc[verb].lower_.startswith(_DECLARING_STEMS)
        and doc[verb].lower_ not in _DECLARATION_WORDS
    ):
        return True  # "declararon la guerra al mal gobierno", "declared war on the bosses"
    return (
        start >= 2
        and doc[start - 1].lower_ in ("of", "de", "di", "d'", "d’", "van", "von")
        and (doc[start - 2].lower_ in _DECLARATION_WORDS or doc[start - 2].lower_ in _THREAT_WORDS)
    )


#: the words that make a war one of tariffs or prices: event_words.yaml figurative_war_words
_TRADE_WAR_WORDS = frozenset(_WORDS.words["figurative_war_words"])


def _traded_war(doc: Doc, span: Span) -> bool:
    """The war ``span`` names is a contest of trade, fought by no army: a word of
    ``figurative_war_words`` right before its word ("the trade war", "ticaret savaşı") or
    right after it ("la guerra comercial", "la guerre commerciale")."""
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in ("-", "–"):
        before -= 1
    return (before >= 0 and doc[before].lower_ in _TRADE_WAR_WORDS) or (
        span.end < len(doc) and doc[span.end].lower_ in _TRADE_WAR_WORDS
    )


_AND_BETWEEN = re.compile(
    r"\s*(?:,|and|y|e|et|und|ve|ed|og|och)\s*(?:(?:of|de|du|des|del|da|do|di|von|der)\s+)?", re.I
)


def _first_of_pair(ctx: _Context, clause: Span, country: str) -> str:
    """The first of two countries joined by "and" ("en Turquía y Siria", "Türkiye ve
    Suriye'de"): the event's country is named first."""
    hits = sorted(ctx.countries_in(clause))
    for i, h in enumerate(hits):
        if h[2] == country:
            while i > 0 and _AND_BETWEEN.fullmatch(ctx.text[hits[i - 1][1] : hits[i][0]]):
                i -= 1
            return hits[i][2]
    return country


#: the plural words of events that two countries' adjectives name (pattern word_events_pair
#: of events.jsonl): their type and English noun
_PAIR_WORDS = {w: ("revolution", "revolution") for w in _WORDS.words["plural_event_words"]}

#: the rules of events named by a word in another language: their type and English noun
_WORD_RULES = {
    "word_war": ("war", "war"),
    "word_strike": ("protest", "strike"),
    "word_protest": ("protest", "protests"),
    "word_election": ("election", "election"),
    "word_earthquake": ("disaster", "earthquake"),
    "word_flood": ("disaster", "flood"),
    "word_storm": ("disaster", "hurricane"),
    "word_massacre": ("attack", "massacre"),
    "word_shipwreck": ("disaster", "shipwreck"),
    "word_attack": ("attack", "attack"),
    "word_referendum": ("election", "referendum"),
    "word_fire": ("disaster", "fire"),
    "word_rail_disaster": ("disaster", "rail disaster"),
    "word_mine_disaster": ("disaster", "mine disaster"),
    "word_explosion": ("disaster", "explosion"),
    "word_collapse": ("disaster", "collapse"),
    "word_revolution": ("revolution", "revolution"),
    "word_disaster": ("disaster", "disaster"),
}


#: who takes power in a coup, in the networks' other languages
_MILITARY = frozenset(_WORDS.words["military"])


#: the words before a country that backed an event, not where it took place ("with the
#: support of the United States", "backed by France"): event_words.yaml backer_words
_BACKER = re.compile(
    r"\b(?:(?:with|thanks to|under) the (?:\w+ )?(?:"
    + "|".join(_WORDS.words["backer_nouns"])
    + r") of|(?:"
    + "|".join(_WORDS.words["backer_verbs"])
    + r") by) (?:the )?\Z",
    re.I,
)
#: the words before a country someone fled or was sent to, not where the event took place:
#: a verb, at most one word and "to" ("flee to the United States", "expelled him to Costa
#: Rica"; event_words.yaml destination_verbs), or a whole phrase, in the other languages too
#: ("fled into exile in", "fuggire in", "huir a"; destination_phrases)
_DESTINATION = re.compile(
    r"(?:\b(?:"
    + "|".join(_WORDS.words["destination_verbs"])
    + r")(?: [^\W\d_]+)? to (?:the )?|(?<![^\W\d_])(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _WORDS.words["destination_phrases"])
    + r")\s+(?:the\s+)?)\Z",
    re.I,
)
#: a country's dative ending and a verb of fleeing after it ("Hindistan'a kaçmaya"): where
#: someone fled to (event_words.yaml destination_stems_after)
_DESTINATION_AFTER = re.compile(
    r"['’]?(?:a|e|ya|ye|na|ne)\s+(?:"
    + "|".join(map(re.escape, _WORDS.words["destination_stems_after"]))
    + r")",
    re.I,
)
#: a mark that ends a clause between a day and the next event's word
_CLAUSE_MARK = re.compile(r"[,;:.!?()]")
#: the rest of a phrase a bare month opens, closed by its year: "(the July) unrest of 2021"
_MONTH_NOUN_OF_YEAR = re.compile(
    r"(?:[ \t]+[^\W\d]+(?:-[^\W\d]+)?){1,2}[ \t]+of[ \t]+((?:1[5-9]|20)\d\d)\b(?![-–/]?\d)"
)
#: how far (characters) an event's phrase runs from its word to the date that closes it
#: ("il disastro ferroviario di X del 29 giugno 2009"): _Context._dates_other_event
_PHRASE_REACH = 60
#: the words of time (``time_links`` of event_words.yaml), longest first, as a pattern
_TIME_LINKS = "|".join(
    r"\s+".join(map(re.escape, w.split())) for w in sorted(_WORDS.words["time_links"], key=len, reverse=True)
)
#: a word of time as a word of a text
_TIME_LINK = re.compile(r"(?<![^\W\d_])(?:" + _TIME_LINKS + r")(?![^\W\d_])", re.I)
#: right before an event's word that opens a later item of a list: a comma and "and" ("…, y
#: las movilizaciones", "…, and the strikes")
_LATER_ITEM = re.compile(r"[,;]\s*(?:e|ed|y|et|und|ve|и|and)\s+(?:[^\W\d_]{1,4}['’]?\s*)?$", re.I)
#: between a date and the next item of a list of events: a comma or "and" ("or", "nor":
#: "No olvidamos el golpe … de noviembre de 2019 ni la masacre de …"), or a word of
#: time ("… de 1999 après l'assassinat": ``time_links`` of event_words.yaml), an article
#: and a preposition before it ("… de 2019 y a las protestas")
_NEXT_ITEM = re.compile(
    r"[\s,;]*(?:(?:e|ed|y|et|und|ve|и|and|or|o|ou|oder|ni|nor|né|nem|noch)\s+|(?:" + _TIME_LINKS + r")\s+)?"
    r"(?:[^\W\d_]{1,4}['’]?\s*){0,2}",
    re.I,
)


def _rule_coup_other(ctx: _Context, span: Span) -> _Cand | None:
    """A coup named by its noun in another language ("el autogolpe de 1992", "der
    Militärputsch vom 12. Dezember 1979", "12 Eylül 1980 askeri darbesi"), when the English
    rule finds no country in its clause: the model's parse of such a text means nothing,
    so the sentence and the text around it place it, as for the other words (_rule_word).
    Not a bare "coup", which in French is also a blow ("tout à coup", "du coup")."""
    if len(span) == 1 and span[0].lower_ in ("coup", "coups") and ctx.anniversary_year(span) is None:
        return None  # but "50e anniversaire du coup": the anniversary's event
    if _quoted(ctx.doc, span.start, span.end):
        return None
    cand = _rule_word(ctx, span, "coup", "coup")
    if cand is not None and any(t.lower_ in _ATTEMPT_WORDS for t in span):
        cand.extra["attempt"] = True  # "la tentativa de golpe": a coup attempt
    return cand


def _rule_word_coup(ctx: _Context, span: Span) -> _Cand | None:
    """A coup told by its verb in another language ("les militaires ont pris le pouvoir à
    Niamey", "das Militär hat … die Macht übernommen", "ordu yönetime el koydu"): the
    military must be named in the sentence (the Bolsheviks "took power" in a revolution)."""
    sent = ctx.text_sentence(span.start, span.end)
    if not any(t.lower_ in _MILITARY for t in sent):
        return None
    cand = _rule_word(ctx, span, "coup", "coup")
    if cand is not None:
        # not a date past the comma closing the relative clause the verb is told in ("Le
        # coup d'État du … à Niamey, qui a renversé le président X, est … après le coup
        # d'État au Mali en août 2020")
        date = _verb_date(ctx, _before_inset_end(ctx, span, sent), span)
        if date is not None:
            cand.date, cand.date_from_text = date, True
    return cand


#: a date after these words dates a noun ("du scrutin présidentiel du 26 août"), not a verb
_OF_BEFORE_DATE = re.compile(r"(?i:\b(?:du|de|del|des|of|vom|von|der|di|del|dello|della|do|da|dos)\s*)$")


def _verb_date(ctx: _Context, sent: Span, span: Span) -> str | None:
    """The date of an event told by its verb: the nearest in the sentence that hangs on no
    noun ("Le 30 août 2023, … après le scrutin du 26 août, des officiers ont pris le
    pouvoir"), and that comes after no other event's word before the verb ("Après les
    coups d'État de mars 2019 puis de juin 2020, l'armée a renversé … le 4 avril 2022": the
    months are the earlier coups'), nor one right after another event's word past a comma
    after the verb ("… ont renversé le président X, élu en février 2021": the election's)."""
    text = ctx.text
    a, b = span.start_char, span.end_char
    other = max((e for s, e in ctx.triggers if s >= sent.start_char and e <= a), default=None)
    # the dates right after another event's word past a comma ("…, élu en février 2021")
    glued = {
        ds
        for ts, te in ctx.triggers
        if ts >= b and te <= sent.end_char and _CLAUSE_MARK.search(text, b, ts)
        for ds, _de, _iso in ctx.dates
        if ds >= te and _ELECTED_BEFORE_DATE.fullmatch(text, te, ds)
    }
    best: tuple[int, str] | None = None
    for s, e, iso in ctx.dates:
        if s < sent.start_char or e > sent.end_char or _OF_BEFORE_DATE.search(text[max(0, s - 8) : s]):
            continue
        if other is not None and other <= s and e <= a:
            continue
        if s in glued:
            continue
        dist = min(abs(s - b), abs(a - e))
        if best is None or dist < best[0]:
            best = (dist, iso)
    return best[1] if best else None


#: words of a sentence that are no part of a person's name
_NOT_NAME = frozenset(_WORDS.words["not_name"])
#: words that make a capitalised run a building's or a square's name (event_words.yaml)
_BUILDING_WORDS = frozenset(_WORDS.words["building_words"])
_BUILDING_SUFFIXES = tuple(_WORDS.words["building_suffixes"])


def _names_a_building(run: list[Token]) -> bool:
    """A word of ``run`` names a building or a square ("Ankara Garı", "Gare de Lyon",
    "Hauptbahnhof"), less its apostrophe and case ending ("Garı'nda"): a place, no person."""
    for t in run:
        w = re.split(r"['’]", t.lower_, maxsplit=1)[0]
        if w in _BUILDING_WORDS or (len(w) > 8 and w.endswith(_BUILDING_SUFFIXES)):
            return True
    return False


def _victim(ctx: _Context, sent: Span, span: Span) -> str | None:
    """Who was killed: a person the model found before the verb in its sentence, else the
    first run of two to four capitalised words there ("Berta Cáceres fue asesinada")."""
    run: list[Token] = []
    places = _city_spans(ctx)
    for t in ctx.doc[sent.start : span.start]:
        if t.is_title and t.is_alpha and t.lower_ not in _NOT_NAME and t.lower_ not in MONTHS:
            run.append(t)
            continue
        if len(run) >= 3 and run[0].i == sent.start:
            run = run[1:]  # "Gazeteci Hrant Dink …": the sentence's capital is no name's
        if 2 <= len(run) <= 4 and not any((r.idx, r.idx + len(r)) in places for r in run):
            if not _names_a_building(run):
                return " ".join(r.text for r in run)
        run = []
    # the name runs up to the verb's own words ("Malik Oussekine est mort", "X a été tué"):
    # the same run, ended by the verb
    if len(run) >= 3 and run[0].i == sent.start:
        run = run[1:]
    if 2 <= len(run) <= 4 and not any((r.idx, r.idx + len(r)) in places for r in run):
        return None if _names_a_building(run) else " ".join(r.text for r in run)
    return None


def _named_as_of(ctx: _Context, sent: Span, name: str) -> bool:
    """``name`` stands in ``sent`` after a preposition of belonging ("de", "del", "of"):
    the complement of a noun ("el gobierno de X"), not a subject."""
    at = ctx.text.find(name, sent.start_char, sent.end_char)
    return at > 0 and _OF_BEFORE_NAME.search(ctx.text, max(0, at - 8), at) is not None


def _city_spans(ctx: _Context) -> set[tuple[int, int]]:
    return {(c[0], c[1]) for c in ctx.countries + ctx.cities}


def _rule_word_death(ctx: _Context, span: Span) -> _Cand | None:
    """A killing told by its verb in another language ("Thomas Sankara, qui a été
    assassiné à Ouagadougou le 15 octobre 1987", "Hrant Dink … öldürüldü"): of a person
    named before it in its sentence, placed and dated by the sentence."""
    sent = ctx.text_sentence(span.start, span.end)
    name = _victim(ctx, sent, span) or _subject_after(ctx, sent, span)
    if name is not None and span[-1].lower_ in _PLURAL_KILLED and _named_as_of(ctx, sent, name):
        # a plural participle after a name that hangs on a noun ("el gobierno de X, que dejó
        # decenas de jóvenes asesinados"): the many killed are others, not X (but "X et dix
        # compagnons étaient assassinés": X among them)
        name = None
    if name is None:
        # no victim named before it: "ont assassiné 30 personnes" (the count after it), "33
        # aydın ve sanatçı … katledildi" (the count before a passive verb of murder)
        victim = _kill_object(ctx, sent, span)
        if (
            victim is None
            and _count_before(ctx, sent, span)
            and (
                span[0].lower_.startswith(_MURDER_STEMS)
                or any(t.lower_ in _KILLERS for t in ctx.doc[sent.start : span.start])
            )
        ):
            victim = ("count", None)
        return _told_kill(ctx, sent, span, victim) if victim is not None else None
    date = _verb_date(ctx, sent, span) or ctx.told_date(span.start_char, since=sent.start_char)
    # a death told in the story of the sentences before takes no day from them, but is
    # placed as that story is ("28 Mayıs 2013'te İstanbul'da … Türkiye'nin … yayılan bir halk
    # ayaklanmasına dönüştü. … polis şiddeti sonucu X … hayatını kaybetti"): in the country
    # the paragraph named before it
    story = date or ctx.told_date(span.start_char)
    country = ctx.country_near(sent, span.start, span.end) or ctx.country_before(sent, story)
    if country is None and ctx.of_the_story(date):
        country = ctx.document_country()
    return _death(span, name, date, country)


def _subject_after(ctx: _Context, sent: Span, span: Span) -> str | None:
    """The person named right after an intransitive verb of dying in a verb-second clause
    ("am 16. September 2022 starb die junge Kurdin Jina Amiri in Teheran"): after an
    article and words in lower case, a run of capitalised words, less the noun a German run
    opens with ("Kurdin"), of two to four words and no place."""
    if span[-1].lower_ not in _DIED_FIRST:
        return None
    doc = ctx.doc
    k = span.end
    while k < sent.end and k < span.end + 4 and (doc[k].lower_ in _NAME_ARTICLES or doc[k].is_lower):
        k += 1
    run: list[Token] = []
    while (
        k < sent.end and len(run) < 5 and doc[k].is_title and doc[k].is_alpha and doc[k].lower_ not in MONTHS
    ):
        run.append(doc[k])
        k += 1
    if len(run) >= 3 and k - len(run) > span.end:
        run = run[1:]  # "die junge Kurdin Jina Amiri": the noun before the name
    places = _city_spans(ctx)
    if (
        not 2 <= len(run) <= 4
        or any((t.idx, t.idx + len(t)) in places for t in run)
        or _names_a_building(run)
    ):
        return None
    return " ".join(t.text for t in run)


#: the verbs of dying whose subject follows them in a verb-second clause (event_words.yaml)
_DIED_FIRST = frozenset(_WORDS.words["died_verbs_v2"])


def _death(span: Span, person: str, date: str | None, country: str | None) -> _Cand:
    """The death of ``person``, dated by the text when ``date`` is given."""
    return _Cand(
        span.start,
        span.end,
        "death",
        date=date,
        country=country,
        date_from_text=date is not None,
        extra={"person": person},
    )


#: who kills, the verbs of murder, the counts of the killed and what lies between a verb of
#: killing and its count (event_words.yaml): _kill_object
_KILLERS = frozenset(_WORDS.words["killers"])
_PLURAL_KILLED = frozenset(_WORDS.words["plural_killed"])
_MORE_THAN = frozenset(_WORDS.words["more_than"])
_MURDER_STEMS = tuple(_WORDS.words["murder_stems"])
_KILL_COUNTS = frozenset(_WORDS.words["kill_counts"])
#: a crowd killed ("расстреляла бастующих", "contra los manifestantes"): counts as a count
_CROWDS = frozenset(_WORDS.words["crowds"])
_COUNT_LEADS = frozenset(_WORDS.words["count_leads"])
_NOT_VICTIMS = frozenset(_WORDS.words["not_victims"])
#: "l'assassinat de", "der Mord an": the prepositions before a victim's name (_victim_after)
_VICTIM_PREPOSITIONS = frozenset(_WORDS.words["victim_prepositions"])
#: how many tokens after a verb of killing its count may stand ("ermordete ein
#: faschistischer Täter in Hanau neun Menschen"), and before a passive one
#: ("… 33 genç bir IŞİD bombacısı tarafından katledildi")
_KILL_REACH = 8
_KILLED_REACH = 10


def _is_count(ctx: _Context, t: Token, *, words: bool = True) -> bool:
    """``t`` counts people: digits ("132", "1,100"; not a year nor a day of a date) or a
    number word of the networks' languages ("treinta", "neun")."""
    if any(s <= t.idx < e for s, e, _iso in ctx.dates):
        return False
    bare = t.text.replace(",", "").replace(".", "")
    if bare.isdigit():
        return not re.fullmatch(r"1[5-9]\d\d|20\d\d", bare)
    return words and t.lower_ in _KILL_COUNTS


def _name_at(ctx: _Context, i: int) -> str | None:
    """The run of two to four capitalised words that starts at token ``i``: a person's
    name, not a place, an organisation, a month or a count ("Millionen Menschen")."""
    doc = ctx.doc
    run: list[Token] = []
    first = i
    while i < len(doc) and len(run) < 5:
        t = doc[i]
        if (
            run
            and t.text in ("-", "‐")
            and not doc[i - 1].whitespace_
            and not t.whitespace_
            and i + 1 < len(doc)
            and doc[i + 1].is_title
        ):
            i += 1  # a hyphenated given name ("Jean-Baptiste"): one word of the run
            continue
        if not (t.is_title and t.is_alpha) or t.lower_ in _NOT_NAME or t.lower_ in MONTHS:
            break
        if t.lower_ in _KILL_COUNTS or t.lower_ in _NOT_VICTIMS:
            return None
        run.append(t)
        i += 1
    if not 2 <= len(run) <= 4:
        return None
    a, b = run[0].idx, run[-1].idx + len(run[-1])
    if any(s < b and a < e for s, e, _i, _c in ctx.countries + ctx.cities):
        return None
    if any(s < b and a < e for s, e in ctx.org_spans):
        return None
    return doc[first : run[-1].i + 1].text


def _kill_object(ctx: _Context, sent: Span, span: Span) -> tuple[str, str | None] | None:
    """Whom a verb of killing in another language kills: ("person", name) for a person
    named right after it ("asesinaron a Víctor Jara"), ("count", None) for a count in the
    words after it ("asesinaron a más de treinta manifestantes", "ont tué au moins 132
    civils", "ermordete ein faschistischer Täter in Hanau neun Menschen"); None for
    anything else. A verb also said of disasters ("mataron", "tua") needs who kills in its
    sentence before it ("la policía y el ejército mataron a diez campesinos")."""
    doc = ctx.doc
    verb = span[0].lower_
    if not verb.startswith(_MURDER_STEMS) and not any(
        t.lower_ in _KILLERS for t in doc[sent.start : span.start]
    ):
        return None
    i = span.end
    if i >= sent.end:
        return None
    name = _name_at(ctx, i + 1 if doc[i].lower_ in ("a", "al", "à") else i)
    if name is not None:
        return ("person", name)
    words = 0
    for t in doc[i : sent.end]:
        if any(s <= t.idx < e for s, e, _iso in ctx.dates):
            continue  # "erschoss ein Rassist am 19. Februar 2020 neun Menschen": a date's tokens are no words
        words += 1
        if words > _KILL_REACH:
            return None
        if t.is_punct and t.text not in ("-", "–"):
            return None
        if any(s <= t.idx < e for s, e in ctx.triggers):
            return None  # another event's word: "mataron … en la masacre de …" is that one's
        if t.lower_ in _CROWDS:
            return ("count", None)  # "полиция расстреляла бастующих нефтяников": a crowd
        if _is_count(ctx, t):
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if after is not None and after.lower_ in _NOT_VICTIMS:
                return None  # "mataron hace dos años", "el 30 por ciento"
            return ("count", None)
    return None


def _count_before(ctx: _Context, sent: Span, span: Span) -> bool:
    """A passive verb of killing has its count before it, in digits ("33 aydın ve sanatçı …
    yakılarak katledildi", "1 Mayıs 1977'de Taksim Meydanı'nda 34 işçi … katledildi")."""
    doc = ctx.doc
    for t in reversed(doc[max(sent.start, span.start - _KILLED_REACH) : span.start]):
        if t.is_punct or any(s <= t.idx < e for s, e in ctx.triggers):
            return False
        if _is_count(ctx, t, words=_after_more_than(doc, t)):
            return t.i + 1 < span.start and doc[t.i + 1].lower_ not in _NOT_VICTIMS
    return False


def _after_more_than(doc: Doc, t: Token) -> bool:
    """``t`` follows "more than" or "at least" ("mais de sessenta", "au moins dix"): a
    number word there counts people."""
    before = [x.lower_ for x in doc[max(0, t.i - 2) : t.i]]
    if before and before[-1] in _MORE_THAN:
        return True
    return len(before) == 2 and before[1] in ("de", "di", "als") and before[0] in _MORE_THAN


def _own_part(ctx: _Context, sent: Span, span: Span) -> Span:
    """The part of ``sent`` between the semicolons around ``span`` ("Die NSU-Terroristen
    ermordeten zwischen 2000 und 2007 zehn Menschen; der Mord an Halit Yozgat … am 6. April
    2006 …": the years are not the murder's)."""
    lo, hi = sent.start, sent.end
    for t in sent:
        if t.text == ";":
            if t.i < span.start:
                lo = t.i + 1
            elif t.i >= span.end:
                hi = t.i
                break
    return ctx.doc[lo:hi]


def _told_kill(ctx: _Context, sent: Span, span: Span, victim: tuple[str, str | None]) -> _Cand | None:
    """A killing told by its verb: the death of the person named, or a massacre when the
    killed are counted; placed as the word rules place events (_rule_word), dated by the
    verb's sentence (_verb_date) when it gives a date."""
    kind, name = victim
    sent = _own_part(ctx, sent, span)
    if kind == "person" and name is not None:
        cand = _rule_word(ctx, span, "death", "death", person=name, clause=sent)
    else:
        cand = _rule_word(ctx, span, "attack", "massacre", clause=sent)
    if cand is not None and not cand.extra.get("hinted"):
        date = _verb_date(ctx, sent, span)
        if date is not None:
            cand.date, cand.date_from_text = date, True
        elif cand.date_from_text and _named_date_before(ctx, sent, span):
            # "la dictadura que llegó al poder con el golpe del 27 de junio de 1973 y asesinó
            # a cientos de personas": the day names the coup; the killings are its rule's, no
            # massacre of that day
            return None
    return cand


def _named_date_before(ctx: _Context, sent: Span, span: Span) -> bool:
    """A date before the verb ``span`` in ``sent`` that names another event's noun ("el
    golpe del 27 de junio de 1973"): after that event's word and an "of" word."""
    a = span.start_char
    other = max((e for s, e in ctx.triggers + ctx.blows if s >= sent.start_char and e <= a), default=None)
    return other is not None and any(
        other <= s and e <= a and _OF_BEFORE_DATE.search(ctx.text[max(0, s - 8) : s])
        for s, e, _iso in ctx.dates
    )


def _rule_word_kill(ctx: _Context, span: Span) -> _Cand | None:
    """A killing told by an active verb in another language, with a count of the killed
    ("los carabineros … asesinaron a más de treinta manifestantes", "des hommes armés ont
    tué au moins 132 civils") or the person killed ("los militares asesinaron a Víctor
    Jara el 16 de septiembre de 1973"): a massacre (an attack) or a death."""
    sent = ctx.text_sentence(span.start, span.end)
    victim = _kill_object(ctx, sent, span)
    return _told_kill(ctx, sent, span, victim) if victim is not None else None


def _rule_kill_verb(ctx: _Context, span: Span) -> _Cand | None:
    """An English killing told by an active verb of murder with a count of the killed after
    it ("a fascist murdered nine young people in X"): a massacre, as ``_rule_word_kill``
    reads the other languages'; not a passive ("800,000 people were murdered in one
    hundred days"), whose count stands before it."""
    verb = span[0]
    k = verb.i - 1
    while k >= 0 and ctx.doc[k].pos_ == "ADV":
        k -= 1
    if any(c.dep_ == "auxpass" for c in verb.children) or (k >= 0 and ctx.doc[k].lemma_ == "be"):
        return None
    return _rule_word_kill(ctx, span)


def _victim_after(ctx: _Context, span: Span) -> str | None:
    """The person a noun of killing or death names after its preposition ("l'assassinat
    de Thomas Sankara", "der Mord an Halit Yozgat", "el asesinato del candidato
    presidencial Fernando Villavicencio"): up to three lower-case words (a title) are
    skipped, not a preposition of place ("la mort de la démocratie en Amérique")."""
    doc = ctx.doc
    i = span.end
    if i >= len(doc) or doc[i].lower_ not in _VICTIM_PREPOSITIONS:
        return None
    i += 1
    for _ in range(3):
        t = doc[i] if i < len(doc) else None
        if t is None or not t.is_lower or t.lower_ in _PLACE_PREPOSITIONS or t.lower_ in _VICTIM_PREPOSITIONS:
            break
        i += 1
    return _name_at(ctx, i)


def _rule_word_death_noun(ctx: _Context, span: Span) -> _Cand | None:
    """A killing or death named by its noun in another language, of a person named after
    it ("l'assassinat de Thomas Sankara", "o assassinato de Marielle Franco, em 14 de março
    de 2018", "der Mord an Halit Yozgat in Kassel am 6. April 2006"): that person's death."""
    name = _victim_after(ctx, span) or _dated_surname_after(ctx, span)
    if name is None:
        return None
    sent = _own_part(ctx, ctx.text_sentence(span.start, span.end), span)
    return _rule_word(ctx, span, "death", "death", person=name, clause=sent)


#: between a surname and the day of the death it names: a comma, an article or "on"
_DAY_LEAD = re.compile(r"[\s,]*(?:(?:el|le|il|l['’]|o|em|am|on|the|a|à)\s*)?\Z", re.IGNORECASE)


def _dated_surname_after(ctx: _Context, span: Span) -> str | None:
    """The one capitalised word after a noun of death and its preposition, when the day
    of that death follows it at once ("Tras la muerte de Franco el 20 de noviembre de
    1975", "la mort de Staline le 5 mars 1953"): a person known by one name; not a
    country's, a city's, an organisation's name or a month, and not without its day ("la
    muerte de Europa", "la mort de Dieu")."""
    doc = ctx.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in _VICTIM_PREPOSITIONS:
        return None
    t = doc[i + 1]
    if not (t.is_title and t.is_alpha) or t.lower_ in _NOT_NAME or t.lower_ in MONTHS:
        return None
    if t.lower_ in _KILL_COUNTS or t.lower_ in _NOT_VICTIMS:
        return None
    a, b = t.idx, t.idx + len(t)
    if any(s < b and a < e for s, e, _i, _c in ctx.countries + ctx.cities):
        return None
    if any(s < b and a < e for s, e in ctx.org_spans):
        return None
    for s, _e, iso in ctx.dates:
        if len(iso) == 10 and b <= s <= b + 8 and _DAY_LEAD.match(ctx.text[b:s]):
            return t.text
    return None


def _named_before(ctx: _Context, span: Span) -> tuple[str, Span] | None:
    """The person a possessive before a death's noun points back to ("Nahel Merzouk, 17
    ans, a été tué … . Sa mort a déclenché …", "Her death in custody" after "Jina Mahsa
    Amini … was arrested"), with the sentence that names them: the one person the
    sentence before names (in English, the model's PERSON; in the other languages, the
    name that opens it, its subject), in the same paragraph."""
    doc, text = ctx.doc, ctx.text
    own = ctx.text_sentence(span.start, span.end)
    if own.start == 0 or "\n\n" in text[doc[own.start - 1].idx : own.start_char]:
        return None
    if ctx.language == "en" and span.end < len(doc) and doc[span.end].lower_ == "of":
        return None  # "His murder of George Floyd": the possessor is the killer
    prev = ctx.text_sentence(own.start - 1, own.start)
    if (
        not any(prev.start_char <= s < prev.end_char for s, _e, _iso in ctx.dates)
        and not any(prev.start_char <= s < prev.end_char for s, _e in ctx.triggers)
        and not (ctx.language == "en" and any(t.lemma_.lower() in _BEFELL for t in prev))
    ):
        return None  # the sentence tells nothing that befell them ("Emmanuel Macron a parlé …")
    if ctx.language == "en":
        para = max(0, text.rfind("\n\n", 0, prev.start_char))
        names = {
            e.text
            for e in doc.ents
            if e.label_ == "PERSON" and len(e) > 1 and prev.start <= e.start and e.end <= prev.end
        }
        if len(names) != 1:
            return None
        name = names.pop()
        others = {
            e.text
            for e in doc.ents
            # two-word names only, as above: the model takes some places for persons
            # ("a woman from Saqqez")
            if e.label_ == "PERSON"
            and len(e) > 1
            and para <= e.start_char
            and e.end <= span.start
            and e.text not in name
        }
        if others:
            return None  # "Jina Mahsa Amini was arrested … President Ebrahim Raisi promised …": whose?
        return name, prev
    i = prev.start
    while i < prev.end and not doc[i].is_alpha:
        i += 1
    subject = _name_at(ctx, i)
    return (subject, prev) if subject is not None else None


def _rule_death_back(ctx: _Context, span: Span) -> _Cand | None:
    """A death told by a possessive and its noun after the person was named ("Sa mort a
    déclenché des révoltes", "Su muerte sigue impune", "Her death in custody on 16
    September 2022"): that person's death, dated by its own sentence, else by the one that
    named them ("… a été tué par un policier à Nanterre le 27 juin 2023")."""
    named = _named_before(ctx, span)
    if named is None:
        return None
    name, prev = named
    sent = ctx.text_sentence(span.start, span.end)
    date = ctx.date_near(sent, span.start, span.end)
    if date is None:
        days = {iso for s, e, iso in ctx.dates if prev.start_char <= s and e <= prev.end_char}
        date = days.pop() if len(days) == 1 else None
    both = ctx.doc[prev.start : sent.end]
    country = ctx.country_near(both, span.start, span.end)
    if country is None:
        places = {h[2] for h in ctx.cities if both.start_char <= h[0] and h[1] <= both.end_char}
        country = places.pop() if len(places) == 1 else None
    if country is None and ctx.of_the_story(date):
        country = ctx.document_country()
    if (
        country is None
        and date is not None
        and not ctx.countries_in(both)
        and not ctx.body_adjectives_in(both)
    ):
        # a death the text recalls, in a text plainly about one country ("Santiago
        # Maldonado desapareció el 1 de agosto de 2017 … Su muerte sigue impune")
        country = ctx.document_country(strong=True)
    return _death(span, name, date, country)


def _rule_word_coup_bare(ctx: _Context, span: Span) -> _Cand | None:
    """A bare "golpe" is a coup as the event an anniversary numbers ("A 50 años del golpe
    fascista en Chile", "60 anos do golpe de 1964"), or with a country's adjective or a
    date right after it ("il golpe cileno", "o golpe uruguaio", "el golpe del 11 de
    septiembre de 1973"); alone it is any blow."""
    if _quoted(ctx.doc, span.start, span.end):
        return None
    doc = ctx.doc
    if (
        span.start > 0
        and doc[span.start - 1].lower_ in _NAME_ARTICLES
        and span.end < len(doc)
        and doc[span.end].lower_ in _COUP_OUTCOMES
    ):
        # "… el 23 de febrero de 1981, guardias … irrumpieron en el Congreso. El golpe
        # fracasó, pero …": the coup the text told, failed or won, of the story's day (not
        # a date later in the sentence, another thing's)
        sent = ctx.text_sentence(span.start, span.end)
        return _rule_word(ctx, span, "coup", "coup", clause=doc[sent.start : span.end + 1], story_told=True)
    if ctx.anniversary_year(span) is None and not _named_blow(ctx, span):
        return None
    return _rule_word(ctx, span, "coup", "coup")


#: what befell a person, in English (event_words.yaml): "… died in custody", "was arrested"
_BEFELL = frozenset(_WORDS.words["befell_verbs"])

#: indefinite articles before "golpe" (event_words.yaml): "un duro golpe" is a blow
_INDEFINITE = frozenset(_WORDS.words["indefinite_articles"])


#: between "golpe" and the date that names it: "del", "dell'", "de", "do", "di"
_OF_DATE = re.compile(r"\s*(?:dell['’]|del|de|di|do|da)(?![^\W\d_])\s*", re.IGNORECASE)


#: after "golpe": "against" and a person or a government named with capitals ("golpe contra
#: Manuel Zelaya", "golpe contra el gobierno de Salvador Allende", "golpe contro Allende"), not
#: "golpe contra los trabajadores", a blow
_AGAINST_NAMED = re.compile(
    r"\s+(?:contra|contre|contro|gegen)\s+(?:(?:el|la|o|a|le|il|die|den)\s+)?"
    r"(?:(?:gobierno|governo|gouvernement|presidente|presidenta|président|regierung)\s+"
    r"(?:de|del|do|da|di|du|von)\s+)?[A-ZÁÉÍÓÚÑÇ][^\W\d_]+"
)


#: between "golpe" and the country it struck: "in", "en", "em", "no", "na", "nel"
_IN_COUNTRY = re.compile(r"\s+(?:in|en|em|no|na|nel|nello|nella)\s+")


def _named_blow(ctx: _Context, span: Span) -> bool:
    """A bare "golpe" the words after it name as one coup: a country's adjective ("golpe
    cileno", "golpe boliviano de noviembre de 2019"), a date ("golpe dell'11 settembre
    1973", "golpe de 1964") or a country it struck in ("i due golpe in Mali")."""
    adjective = ctx.adjacent_adjective(span)
    if adjective is not None and adjective[0] >= span.end_char:
        return True
    if any(t.lower_ in _INDEFINITE for t in ctx.doc[max(0, span.start - 2) : span.start]):
        return False  # "un duro golpe en Argentina contra …", "un golpe de 2024": a blow
    m = _OF_DATE.match(ctx.text, span.end_char)
    if m is not None and any(s == m.end() for s, _e, _iso in ctx.dates):
        return True
    if _AGAINST_NAMED.match(ctx.text, span.end_char):
        return True  # "el golpe contra Manuel Zelaya", "o golpe contra o governo de Allende"
    # "i due golpe in Mali, il 18 agosto 2020 …", "o golpe no Chile": in a country's name
    m = _IN_COUNTRY.match(ctx.text, span.end_char)
    return m is not None and any(
        c[0] == m.end() and c[3] not in ("demonym", "adjective") for c in ctx.countries
    )


#: the past verbs of a coup's outcome (event_words.yaml coup_outcome_verbs)
_COUP_OUTCOMES = frozenset(_WORDS.words["coup_outcome_verbs"])


#: the words before "<number> años de" that make it an anniversary (event_words.yaml)
_ANNIVERSARY_YEARS_BEFORE = frozenset(_WORDS.words["anniversary_years_before"])


#: "fim", "fin" before "a" and a count of years (event_words.yaml end_nouns)
_END_NOUNS = frozenset(_WORDS.words["end_nouns"])


def _anniversary_number(ctx: _Context, span: Span) -> int | None:
    """The number of an anniversary in another language: "80° anniversario", "37e
    anniversaire", "zum vierten Jahrestag", "30. yıl dönümü", "centenario"; "A 50 años
    del", "60 anos do" only after "a", "aos", "nos" or at a line's start (a title)."""
    doc = ctx.doc
    first = span[0]
    ordinals = _WORDS.numbers["anniversary_ordinals"]
    if first.lower_ in ordinals:
        return int(ordinals[first.lower_])
    if len(span) > 1 and span[1].lower_ in ("años", "anos", "anni"):
        k = first.idx  # at a line's start, past opening marks (no copy of the text before it)
        while k > 0 and ctx.text[k - 1] in " \t¡¿«\"“'":
            k -= 1
        opening = k == 0 or ctx.text[k - 1] == "\n"
        if not opening and not (span.start > 0 and doc[span.start - 1].lower_ in _ANNIVERSARY_YEARS_BEFORE):
            return None  # "tras 21 anos de ditadura": years, no anniversary
        if not opening and span.start > 1 and doc[span.start - 2].lower_ in _END_NOUNS:
            return None  # "pôs fim a 48 anos de ditadura": years ended, no anniversary
    n = ordinal_value(first.text)
    return n if n is not None and 1 <= n <= 500 else None


#: "an air strike", "drone strikes": blows of arms, not strikes of workers (event_words.yaml)
_ARMED_STRIKES = frozenset(_WORDS.words["armed_strikes"])


#: what a protest against names a country's own law (event_words.yaml)
_PROTESTED_LAWS = frozenset(_WORDS.words["protested_laws"])


def _against_law(head: Token) -> bool:
    """The protest is the one against a law or bill ("The protests against the Finance
    Bill have shaken the government"): told with "the", its object a law's name."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    for prep in (c for c in head.children if c.lower_ == "against"):
        law = list(prep.subtree)
        if any(
            t.ent_type_ == "PERSON" and (t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ == "of"))
            for t in law
        ):
            return False  # "against the Finance Bill of President William Ruto": someone's law
        if any(t.lemma_.lower() in _PROTESTED_LAWS for t in law):
            return True
    return False


def _governor_date(ctx: _Context, head: Token, clause: Span) -> str | None:
    """The one date of the clause of the verb whose subject or object the event's noun is,
    without the clauses hanging on that verb: "Just as the Aragalaya forced Rajapaksa to
    flee in July 2022, the student uprising in Bangladesh brought down Sheikh Hasina on 5
    August 2024" (not the nearer date of the clause before)."""
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.head
    own = {t.i for t in _own_subtree(verb, ("advcl", "conj", "ccomp", "parataxis", "relcl"))}
    if not any(c.dep_ in ("advcl", "conj", "ccomp", "parataxis") for c in verb.children):
        return None  # one clause: the nearest date, as before
    days = set()
    for s, e, iso in ctx.dates:
        if clause.start_char <= s and e <= clause.end_char:
            tok = ctx.doc.char_span(s, e, alignment_mode="expand")
            if tok is not None and tok[0].i in own and _UNTIL.search(ctx.text, max(0, s - 16), s) is None:
                days.add(iso)  # not the end of its time ("the strike lasted until March 1985")
    return days.pop() if len(days) == 1 else None


def _rule_protest(ctx: _Context, span: Span) -> _Cand | None:
    doc = ctx.doc
    head = doc[span.end - 1]
    if head.lemma_.lower() == "strike" and head.i > 0 and doc[head.i - 1].lower_ in _ARMED_STRIKES:
        return None  # "an Israeli air strike on Beirut killed …"
    if head.dep_ == "prt" or (len(span) > 1 and head.dep_ == "prep" and head.head.i == span.start):
        # "the masses rose up … in November 2019", "the youth of Soweto rose against …":
        # the verb's phrase; "rose against" only of people ("the pound rose against the dollar")
        head = head.head
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if span[-1].lower_ == "against" and (
            subject is None or (subject.lower_ not in _MARCHING_SUBJECTS and subject.ent_type_ != "NORP")
        ):
            return None
    clause = ctx.clause(span.start, span.end)
    if (head.dep_ in ("nsubjpass", "dobj") and _banned_by(head.head)) or (
        # (the model may hang the object on the particle: "called off the general strike")
        head.dep_ == "pobj"
        and head.head.dep_ == "prt"
        and (head.head.head.lemma_.lower(), head.head.lower_) in _BANNING_PARTICLES
    ):
        return None  # "demonstrations for Palestine were banned": none took place
    if _called_for(head):
        return None  # "the Committee calls for demonstrations on 24 February": still wanted
    sub = list(head.subtree)
    phrase = doc[sub[0].i : sub[-1].i + 1]
    if _places_before(ctx, span):
        return None  # "Fishermen in Fukushima, in South Korea and in China protest …": no one country's
    country = _relative_antecedent_country(ctx, span) or ctx.country_of_subtree(head, include=span)
    det = [t for t in head.children if t.dep_ == "det"]
    # "turned into a popular uprising on 5 August": one told in the past, with its date
    told = bool(det) and det[0].lower_ in ("a", "an") and _told_as_past(head)
    if country is None:
        # "the mobilizations ..., with the participation of the youth of Peru": the one
        # country of the clause, unless the protest is hypothetical ("for a general strike")
        if det and det[0].lower_ in ("any", "every", "no"):
            return None
        if det and det[0].lower_ in ("a", "an") and not told:
            return None
        # not a country the protest is against ("a movement against the dictatorship of
        # China: … on 5 August a general strike paralysed the airport"): where, from the text
        # before
        found = {c[2] for c in ctx.countries_in(clause) if not ctx._opposed(c)}
        if len(found) > 1:
            # not a country named as who acts ("Aristide was taken out of Haiti by United
            # States troops, after weeks of armed revolt"): the others are where
            found = {c[2] for c in ctx.countries_in(clause) if not ctx._agent(c)} or found
        if len(found) > 1:
            # "the masses in Chile continue their rebellion …, and in Ecuador …": the
            # country just before the protest's noun, if any; else the first of a list of
            # countries right after it, which the parser hung on the verb ("provoked hunger
            # revolts in 2008 in Haiti, Egypt, Cameroon and Senegal": _coordinated reads
            # the others)
            near = ctx.countries_in(doc[max(clause.start, span.start - 8) : span.start])
            near = [c for c in near if not ctx._agent(c)] or near
            first = _list_first(ctx, span, clause)
            found = {near[-1][2]} if near else ({first} if first else set())
        if not found:
            # "The general strike of 8 December 2020 …" in a text about one country, named
            # in the sentences before: a protest with its own date is that country's, also
            # with a date that opens its clause ("On 26 November, workers took part in the
            # general strike"; not one after it, which may be another event's: "the
            # mobilizations … demand elections in 2023")
            dated = ctx.date_near(phrase, span.start, span.end) or ctx.date_near(
                doc[clause.start : span.start], span.start, span.end
            )
            home = ctx.document_country() if dated or _against_law(head) else None
            if dated:
                # "In Sri Lanka, thousands have been on the streets …; the general strike
                # of 28 April paralysed the island": the one country its sentence names
                # before the semicolon, not the document's
                sent = doc[span.start].sent
                before = {
                    c[2] for c in ctx.countries_in(doc[sent.start : clause.start]) if not ctx._opposed(c)
                }
                if len(before) == 1:
                    home = before.pop()
                elif len(places := {c[2] for c in ctx.countries_in(sent)}) > 1 and home not in places:
                    # "On 15 February millions demonstrated in Rome, London, Madrid, New
                    # York … in the largest protest in history": a protest its sentence
                    # places in several other countries' towns is not the document's
                    # country's (it is when that country is among them: "workers in Gaza,
                    # the West Bank and inside Israel")
                    home = None
            found = {home} if home else set()
        if len(found) != 1 and span[0].lower_ == "international" and len(span) > 1:
            # "the International Women's Strike brought women into the streets of fifty
            # countries": a strike named as one across countries is in no one country, known
            # by its name and dated by its clause
            date = ctx.date_near(phrase, span.start, span.end) or ctx.date_near(clause, span.start, span.end)
            if date is None:
                return None
            return _Cand(
                span.start,
                span.end,
                "protest",
                date=date,
                country=None,
                date_from_text=True,
                extra={"noun": head.lemma_, "general": False, "name": span.text},
            )
        if len(found) != 1:
            return None
        country = found.pop()
    date = (
        ctx.date_near(phrase, span.start, span.end)
        or _governor_date(ctx, head, clause)
        or ctx.date_near(clause, span.start, span.end)
        or _date_before_cut(ctx, clause, span)
    )
    if date is None:
        date = _caused_date(ctx, head)
    from_text = date is not None
    if date is None and told and country is not None and not ctx.country_of_subtree(head, include=span):
        return None  # "answered the coup with a general strike": when, the clause does not say
    name = _protest_name(ctx, span, head) if date is None else None
    if name is not None:
        # "The Eureka rebellion remains a symbol …": a protest with a name of its own is one
        # the text recalls, not one going on as it is written; the story told just before
        # it dates it ("At Ballarat on 3 December 1854 the miners … were attacked"), or nothing
        date = ctx.told_date(span.start_char)
        from_text = date is not None
    elif date is None and _pluperfect(head) and (story := ctx.told_date(span.start_char)) is not None:
        # "On 16 August 2012 thirty-four miners were shot dead … the miners had gone on
        # strike for a living wage": one before the story just told, of that story's month
        date = story[:7]
        from_text = True
    elif date is None:
        # an ongoing protest the text reports: its month, not the day the text was written
        date = ctx.ref[:7] if ctx.ref else None
    return _Cand(
        span.start,
        span.end,
        "protest",
        date=date,
        country=country,
        date_from_text=from_text,
        extra={"noun": head.lemma_, "general": _general_strike(doc, span), "name": name},
    )


def _protest_name(ctx: _Context, span: Span, head: Token) -> str | None:
    """The protest's own name, when capitalised words that are no country, people, month or
    organisation stand right before its word after "the" ("the Eureka rebellion", "the
    Soweto uprising"): the noun phrase without its article."""
    doc = ctx.doc
    if head.i != span.end - 1 or span.start != head.i:
        return None
    k = span.start
    while k > 0 and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN" and doc[k - 1].lower_ not in MONTHS:
        k -= 1
    if k == span.start or k == 0 or doc[k - 1].lower_ != "the" or span.start - k > 3:
        return None
    a = doc[k].idx
    if any(c[0] < span.start_char and a < c[1] for c in ctx.countries + ctx.cities) or any(
        e.start_char < span.start_char and a < e.end_char for e in ctx.org_names
    ):
        return None
    return doc[k : span.end].text


def _called_for(head: Token) -> bool:
    """A protest the speakers call for, not one that happened: the object of "for" after a
    verb of wanting ("calls for demonstrations on 24 February", "called for strikes"), or the
    object of a verb in its base form that such a verb governs ("calls on its members to hold
    rallies, demonstrations and meetings", "to take part in the demonstrations on 8 March");
    a list's later items count as its first."""
    top = head
    while top.dep_ in ("conj", "appos") and top.head.i < top.i:
        top = top.head
    gov = top.head
    if top.dep_ == "pobj" and gov.lower_ == "for":
        return gov.head.lemma_.lower() in _WANTING
    verb = next((a for a in top.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
        return False
    if verb.lemma_.lower() in _SUPPORT | _CONDEMN:
        return False  # "calls on all to commemorate the uprising of 1968": it happened
    return any(a.lemma_.lower() in _WANTING for a in verb.ancestors)


def _rule_word_march(ctx: _Context, span: Span) -> _Cand | None:
    """A march in Spanish or Portuguese ("desde la gran marcha del 3 de junio de 2015"): a
    protest only with a date in its own stretch of the sentence, not "poner en marcha" (to
    launch) nor an undated "la marcha de la economía"."""
    if span.start > 0 and ctx.doc[span.start - 1].lower_ in ("en", "em"):
        return None
    clause = ctx.text_sentence(span.start, span.end)
    if ctx.date_near(ctx.own_stretch(clause, span), span.start, span.end) is None:
        return None
    return _rule_word(ctx, span, "protest", "protests")


#: the words that join the places of a list ("in Fukushima, in South Korea and in China"):
#: a comma and event_words.yaml place_list_joins
_LIST_JOINS = frozenset({","}) | frozenset(_WORDS.words["place_list_joins"])


def _places_before(ctx: _Context, span: Span) -> bool:
    """The protest's word right after a list of places in two or more countries
    ("Fishermen in Fukushima, in South Korea and in China protest against this plan"): the
    event the model holds is one country's or none, and no one of them is the protest's."""
    doc = ctx.doc
    places = ctx.countries + ctx.cities
    k = span.start
    while k > 0:
        t = doc[k - 1]
        if any(c[0] <= t.idx < c[1] for c in places):
            k -= 1
        elif t.lower_ in _LIST_JOINS or t.lower_ in _IN_PREPOSITIONS:
            k -= 1
        else:
            break
    if k == span.start or not any(c[0] <= doc[span.start - 1].idx < c[1] for c in places):
        return False
    return len({c[2] for c in ctx.countries_in(doc[k : span.start]) if not ctx._agent(c)}) > 1


def _relative_antecedent_country(ctx: _Context, span: Span) -> str | None:
    """A protest told by the verb of a relative clause ("the struggles of the working class
    of France against the law, which brought millions into the streets …, and the strikes
    in Brazil"): the one country of the noun phrase the clause hangs on, up to the verb."""
    verb = span[0]
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return None
    top = verb.head
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.i < top.i:
        top = top.head.head
    hits = {c[2] for c in ctx.countries_in(ctx.doc[top.left_edge.i : verb.i])}
    return hits.pop() if len(hits) == 1 else None


def _date_before_cut(ctx: _Context, clause: Span, span: Span) -> str | None:
    """The date of the event ``span`` in its sentence by punctuation, when the parser cut
    that sentence before the clause ("On 14 January 2011, the dictator Zine El | Abidine
    Ben Ali fled Tunisia after four weeks of popular uprising"): a day of the stretch the
    parser cut off, up to the clause, with no semicolon between."""
    sent = ctx.text_sentence(span.start, span.end)
    if sent.start >= clause.start:
        return None
    cut = ctx.doc[sent.start : clause.start]
    if any(t.text == ";" for t in cut):
        return None
    found = [iso for s, e, iso in ctx.dates if cut.start_char <= s and e <= cut.end_char and len(iso) >= 7]
    return found[-1] if found else None


def _list_first(ctx: _Context, span: Span, clause: Span) -> str | None:
    """The first country of a list of two or more right after the event's word, with only
    prepositions, articles and dates between ("revolts in 2008 in Haiti, Egypt and
    Senegal"): the country of the event, whose list ``_coordinated`` reads."""
    hits = sorted(h for h in ctx.countries_in(clause) if h[0] >= span.end_char)
    if len(hits) < 2 or not re.search(r",|\band\b", ctx.text[hits[0][1] : hits[1][0]]):
        return None
    a, b = span.end_char, hits[0][0]
    chunk = list(ctx.text[a:b])
    for s, e, _ in ctx.dates:
        for i in range(max(s, a), min(e, b)):
            chunk[i - a] = " "
    return hits[0][2] if _TO_FIRST.fullmatch("".join(chunk)) else None


#: verbs (lemma) by which one event sets off another: "the murder of X on 16 September
#: 2022 set off an uprising", "the killing … sparked protests"
_CAUSE_VERBS = frozenset({"spark", "trigger", "set", "unleash", "provoke", "ignite", "touch", "cause"})


def _caused_date(ctx: _Context, head: Token) -> str | None:
    """The month of the dated event whose verb sets off the protest ``head`` ("The murder of
    X by the police on 16 September 2022 set off an uprising …"), or that the protest
    followed ("the mass protests after the death of X in September 2022"): the protest
    began then."""
    doc = ctx.doc
    k = head.i + 1
    if not (k < len(doc) and doc[k].lower_ in ("after", "following")):
        # "the uprising of women in Iran after the murder of X on 16 September 2022": the
        # preposition hangs on the protest's word past its own phrase
        k = next((c.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("after", "following")), k)
    if k < len(doc) and doc[k].lower_ in ("after", "following"):
        # the event the protest followed, its words up to the next mark of a clause
        obj = next((t for t in doc[k + 1 : k + 4] if t.lemma_.lower() in _EVENT_NOUNS), None)
        if obj is not None:
            a = obj.idx
            mark = _CLAUSE_MARK.search(ctx.text, a)
            b = mark.start() if mark else len(ctx.text)
            dates = [iso for s, e, iso in ctx.dates if a <= s and e <= b]
            if len(dates) == 1 and len(dates[0]) >= 7:
                return dates[0][:7]
    verb = head.head
    streets = (
        head.dep_ == "pobj"
        and verb.lower_ in ("into", "onto", "to")
        and verb.head.lemma_.lower() in ("bring", "draw", "pour")
    )
    if streets:
        # "The assassination of X on 21 August 1983 … has brought hundreds of thousands
        # into the streets": the event its verb's subject tells
        verb = verb.head
    elif head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _CAUSE_VERBS:
        return None
    if verb.lemma_.lower() in ("set", "touch") and not any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and streets and verb.dep_ == "conj":
        # "… has exposed the regime and has brought …": the subject of the first verb
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in _EVENT_NOUNS:
        return None
    sub = list(subj.subtree)
    a, b = ctx.doc[sub[0].i].idx, ctx.doc[sub[-1].i].idx + len(ctx.doc[sub[-1].i])
    dates = [iso for s, e, iso in ctx.dates if a <= s and e <= b]
    return dates[0][:7] if len(dates) == 1 else None


#: the words that make a strike a general one ("general strike", "huelga general",
#: "grève générale", "Generalstreik", "genel grev"); lower case (event_words.yaml)
_GENERAL_WORDS = frozenset(_WORDS.words["general_words"])


def _general_strike(doc: Doc, span: Span) -> bool:
    """The strike ``span`` names is a general one: a word of ``general_words`` in it or
    right around it ("the general strike", "la grève générale", "der Generalstreik"); a
    miners' strike, "la grève" alone are strikes."""
    before = [t for t in doc[max(span.start - 3, 0) : span.start] if not t.is_space][-1:]
    after = [t for t in doc[span.end : min(span.end + 3, len(doc))] if not t.is_space][:1]
    return any(
        t.lower_ in _GENERAL_WORDS or t.lower_.startswith("generalstreik") for t in [*before, *span, *after]
    )


#: verbs that make "a general strike" one still wanted, not one that happened
_WANTING = frozenset(_WORDS.words["wanting"])
#: the prepositions before a month named alone in the networks' other languages (event_words.yaml)
_MONTH_PREPOSITIONS = frozenset(_WORDS.words["month_prepositions"])
#: verbs that keep an event from happening: "demonstrations … were banned" (event_words.yaml)
_BANNING = frozenset(_WORDS.words["banning"])
#: the same told by a verb and its particle: "called off the general strike" (event_words.yaml)
_BANNING_PARTICLES = frozenset(tuple(w.split()) for w in _WORDS.words["banning_particles"])


def _banned_by(verb: Token) -> bool:
    """``verb`` keeps its object from happening: "banned", "cancelled", "called off"."""
    if verb.lemma_.lower() in _BANNING:
        return True
    return any(
        (verb.lemma_.lower(), c.lower_) in _BANNING_PARTICLES for c in verb.children if c.dep_ == "prt"
    )


def _pluperfect(head: Token) -> bool:
    """The verb ``head`` hangs on is in the past perfect ("the miners had gone on strike",
    "workers had struck"): told as before the story, not as news."""
    verb = (
        head
        if head.pos_ in ("VERB", "AUX")
        else next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    )
    return (
        verb is not None
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
    )


def _told_as_past(head: Token) -> bool:
    """ "a popular uprising" that happened: the verb it hangs on is in the past ("turned into
    a popular uprising", "Colombia has been shaken by a national strike"), and no verb of
    wanting governs it ("called for a general strike", "to prepare a general strike")."""
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(a.lemma_.lower() in _WANTING for a in head.ancestors):
        return False
    if any(a.lower_ in ("for", "towards", "toward") for a in head.ancestors if a.i > verb.i):
        return False  # "they were ready for a general strike"
    return (
        verb.tag_ == "VBD"
        or (verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children))
        # "the decree … abolishing fuel subsidies led to a national strike": a past verb of
        # what it led to, parsed as a participle on the noun before it
        or (verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_.lower() in _OUTCOME_VERBS)
    )


#: the verbs of what an act led to (event_words.yaml): _told_as_past
_OUTCOME_VERBS = frozenset(_WORDS.words["outcome_verbs"])


def _rule_revolution(ctx: _Context, span: Span) -> _Cand | None:
    doc = ctx.doc
    head = span.root
    sub = list(head.subtree)
    phrase = doc[sub[0].i : sub[-1].i + 1]
    if phrase.end - phrase.start > 16:  # a long relative clause is not the phrase
        phrase = doc[max(span.start - 6, 0) : min(span.end + 3, len(doc))]
    country = ctx.country_of_subtree(head, include=span) if phrase is not None else None
    clause = ctx.clause(span.start, span.end)
    if country is None and ctx.date_near(phrase, span.start, span.end):
        # "the Sudanese people, who since the revolution of December 2018 …": a revolution
        # its own phrase dates, in the one country its clause names
        country = ctx.only_country(clause)
        if country is None and not ctx.countries_in(clause):
            # "Both generals crushed together the revolution of December 2018 …" in a
            # paragraph about one country: that country's, as a dated protest is
            country = ctx.paragraph_country(clause)
    # (a people named in the plural, when the clause names no country: "millions of Filipinos")
    hits = ctx.countries_in(clause) or ctx.peoples_in(clause)
    if (
        country is None
        and hits
        and all(h[3] == "demonym" for h in hits)
        and len({h[2] for h in hits}) == 1
        and ctx.date_near(clause, span.start, span.end)
    ):
        # "In February 1986 millions of Filipinos … overthrew the dictator in the People
        # Power Revolution": a revolution its clause dates, made by the one people it names
        country = hits[0][2]
    if country is None:
        return None
    date = ctx.date_near(phrase, span.start, span.end) or ctx.date_near(clause, span.start, span.end)
    return _Cand(
        span.start,
        span.end,
        "revolution",
        date=date,
        country=country,
        date_from_text=date is not None,
        extra={"needs_anchor": date is None},
    )


# the verbs that wage a war, by their forms (the model lemmatises "waging" as "wag")
_WAGE_VERBS = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("wag", ("e", "es", "ed", "ing")),
        ("conduct", ("", "s", "ed", "ing")),
        ("unleash", ("", "es", "ed", "ing")),
    )
    for end in ends
) | {"fight", "fights", "fought", "fighting"}


def _wars_in_countries(ctx: _Context, head: Token) -> bool:
    """Plural "wars" that names its countries right after it ("the imperialist wars in
    Ukraine and Palestine"): one war in each, which _coordinated reads off the list; not
    wars in general ("imperialist wars", "the wars of the 20th century")."""
    doc = ctx.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in ("in", "on", "against"):
        return False
    nxt = doc[head.i + 2]
    if nxt.lower_ == "the" and head.i + 3 < len(doc):
        nxt = doc[head.i + 3]
    return any(c[0] == nxt.idx and c[3] == "name" for c in ctx.countries)


def _rule_war(ctx: _Context, span: Span) -> _Cand | None:
    doc = ctx.doc
    head = doc[span.end - 1]
    if head.lower_ == "wars" and not _wars_in_countries(ctx, head):
        return None
    if _declared_war(doc, span.start):
        return None  # "a declaration of war on the working class": a figure of speech
    if _traded_war(doc, span):
        return None  # "the trade war between the United States and China": no army fights it
    if _THREAT_BEFORE.search(ctx.text, max(0, doc[span.start].idx - 60), doc[span.start].idx):
        return None  # "the danger of a new world war between the two blocs": one feared
    if head.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in head.head.children
    ):
        return None  # "a war against Iran would set the region on fire": one that may come
    if (
        span.start > 0
        and doc[span.start - 1].lower_ == "against"
        and not (head.i + 1 < len(doc) and doc[head.i + 1].lower_ in ("in", "on", "against", "of"))
    ):
        return None  # "rally against imperialist war and fascism in X": a cause, no war in X
    # only the phrase itself: "People's War in Peru", "the Peruvian civil war"
    right = head.i + 1
    country = None
    if right + 1 < len(doc) and doc[right].lower_ == "of":
        # "the war of Israel and the USA against Iran": the country it is waged against, not
        # those that wage it
        against = [t for t in doc[right].subtree if t.lower_ == "against" and t.dep_ == "prep"] + [
            c for c in head.children if c.lower_ == "against" and c.i > right
        ]
        for prep in against:
            country = ctx.country_of_subtree(prep, agents=False)
            if country is not None:
                break
    if country is None and right + 1 < len(doc) and doc[right].lower_ in ("in", "of", "against", "between"):
        # a war "of German imperialism" is waged by it, not in Germany; "the war between
        # Iran and Iraq": the first named
        country = ctx.country_of_subtree(doc[right], agents=False)
        if country is not None and doc[right].lower_ == "between" and _party_no_state(ctx, doc[right]):
            # "an inter-imperialist war between Russia and the US-NATO bloc": a war between
            # a state and a party no country names is fought in neither's land by its words
            country = None
    if country is None:
        # "the war of Russian imperialism against Ukraine": the place after the agent
        for child in head.children:
            if child.lower_ in ("in", "against", "on") and child.i > head.i:
                country = ctx.country_of_subtree(child, agents=False)
                if country is not None:
                    break
    if country is None and head.dep_ == "dobj" and head.head.lower_ in _WAGE_VERBS:
        # "have been waging a bloody war for power in Tripoli and other parts of Libya":
        # the place of the verb that wages it, after the war's word
        for child in head.head.children:
            if child.dep_ == "prep" and child.lower_ == "in" and child.i > head.i:
                country = ctx.country_of_subtree(child, agents=False)
                if country is not None:
                    break
    waged = next((c for c in head.children if c.dep_ == "acl" and c.lower_ in _WAGE_VERBS), None)
    if (
        waged is None
        and head.i + 1 < len(doc)
        and doc[head.i + 1].lower_ in ("waged", "unleashed", "conducted")
    ):
        # "the war waged against Gaza in the summer of 2014" parsed as the war's own verb
        # (the war "wag"s): the participle right after the war's word is the same
        waged = doc[head.i + 1]
    if country is None and waged is not None:
        # "the brutal war waged by the Saudi government against the Yemeni people
        # in Sanaa": where its verb wages it
        for child in waged.children:
            if child.dep_ == "prep" and child.lower_ in ("against", "in", "on"):
                country = ctx.country_of_subtree(child, agents=False)
                if country is not None:
                    break
    if country is None:
        left = doc[max(span.start - 2, 0) : span.start]
        hits = ctx.countries_in(left)
        country = hits[-1][2] if hits else None
    clause = ctx.clause(span.start, span.end)
    if country is None and head.dep_ == "nsubj":
        # "In Sudan, the war between the army and the RSF broke out on …": the place
        # that opens its verb's clause, before the war's word
        fronted = [
            c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < span.start
        ]
        if fronted:
            country = ctx.country_of_subtree(fronted[0], agents=False)
    if country is None and head.dep_ == "pobj" and head.head.dep_ == "agent":
        # "Sudan has been devastated by the war …": the passive's subject
        country = ctx.only_country(clause)
    if country is None and _named_by_region(ctx, span) and ctx.date_near(clause, span.start, span.end):
        # "During the Biafran war, from 1967 to 1970, …": a war named by the people of a
        # region no table knows, dated by its clause, in the one country its sentence names,
        # else the one the text is about
        country = ctx.only_country(ctx.text_sentence(span.start, span.end)) or ctx.document_country(
            strong=True
        )
    campaign = None
    if (
        country is None
        and head.lower_ == "war"
        and right + 1 < len(doc)
        and doc[right].lower_ == "on"
        and doc[right + 1].lower_ in _WAR_ON_OBJECTS
    ):
        # "the regime has killed thousands in its so-called war on drugs since July 2016": a
        # state's campaign against a trade or a crime at home, in the country its sentence,
        # else its paragraph, else the text is about
        campaign = f"war on {doc[right + 1].lower_}"
        country = _told_country(ctx, ctx.text_sentence(span.start, span.end), span)
    if country is None:
        return None
    if _titled(
        doc, span.start, right + 2 if right + 1 < len(doc) and doc[right].lower_ in ("in", "of") else span.end
    ):
        return None  # Marx's "The Civil War in France": the title of a book, no war
    date = None
    if waged is not None:
        # "… waged … since 26 March 2014": the day its verb gives
        since = [c for c in waged.children if c.lower_ in _SINCE or c.lower_ == "from"]
        for c in since:
            sub = list(c.subtree)
            date = ctx.date_near(doc[sub[0].i : sub[-1].i + 1], span.start, span.end)
            if date is not None:
                break
    date = (
        date
        or ctx.date_near(clause, span.start, span.end)
        or _war_running_since(ctx, span)
        or _fought_since(ctx, span, country)
    )
    if date is not None and ctx.ref is not None and _after(date, ctx.ref):
        # "On this 1 May we march against the imperialist war in …" in an April text: the
        # day of the march to come, not the war's
        date = None
    former = None
    if date is None and _by_former_state(ctx, clause, country):
        # "Yugoslavia has been torn apart by a fratricidal war": a state that is no more
        # places an undated war in none of the states after it (which of them, only the
        # date tells); a war against it is against that state, named as the text names it
        # ("the war against Yugoslavia, which lasted seventy-eight days"), not "in Serbia"
        target = (
            ctx.countries_in(doc[right + 1 : right + 3])
            if right < len(doc) and doc[right].lower_ == "against"
            else []
        )
        if not target or target[0][2] != country or target[0][3] != "historical":
            return None
        former = ctx.text[target[0][0] : target[0][1]]
    mod = ""
    first = span[0]
    if first.lower_ in ("people", "people's"):
        mod = "People's"
    elif first.lower_ in (
        "civil",
        "revolutionary",
        "liberation",
        "guerrilla",
        "imperialist",
        "colonial",
    ):
        mod = first.lower_.capitalize() if first.lower_ == "civil" else first.lower_
    return _Cand(
        span.start,
        right + 2 if right + 1 < len(doc) and doc[right].lower_ in ("in", "of", "against") else span.end,
        "war",
        date=date,
        country=country,
        date_from_text=date is not None,
        extra={
            "mod": mod,
            **({"label": f"War against {former}"} if former else {}),
            **({"label": campaign} if campaign else {}),
        },
    )


def _named_by_region(ctx: _Context, span: Span) -> bool:
    """The war's word right after a capitalised adjective of a people (its ending: "-an",
    "-ian", "-ese") that names no country: a region's or a secession's ("the Biafran war",
    "the Katangese war"), not "the Nigerian civil war" nor "the Great War"."""
    if span.start == 0 or len(span) != 1:
        return False
    before = ctx.doc[span.start - 1]
    if not (before.is_title and before.tag_ in ("JJ", "NNP") and before.lower_.endswith(("an", "ese"))):
        return False
    return not any(s < before.idx + len(before) and before.idx < e for s, e, _i, _c in ctx.countries)


#: what a state's "war on …" at home is waged against, not a people nor a country (lower
#: case): event_words.yaml war_on_objects
_WAR_ON_OBJECTS = frozenset(_WORDS.words["war_on_objects"])


@cache
def _wider_regions() -> re.Pattern[str]:
    """The names of regions across several countries (``wider_regions.txt``: "Sahel"),
    after the preposition (and article) of a war's place: "the war in the Sahel", "la
    guerre au Sahel", "der Krieg in der Sahelzone" is not said; "im Sahel"."""
    names = load_wider_regions()
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(
        r"\s+(?:in|au|dans|en|im|nel|no|na)\s+(?:(?:the|le|la|el|l['’]|der|dem|del)\s*)?("
        + alternation
        + r")\b"
    )


def _war_in_region(ctx: _Context, span: Span) -> _Cand | None:
    """A war in a region across several countries, which places it in none of them: "the
    war in the Sahel has only grown", "la guerre au Sahel, qui a fait des milliers de morts
    depuis 2012" (dated by its sentence's own stretch, else undated)."""
    m = _wider_regions().match(ctx.text, span.end_char)
    if m is None:
        return None
    end = ctx.doc.char_span(span.start_char, m.end(), alignment_mode="expand")
    if end is None:
        return None
    sent = ctx.text_sentence(span.start, span.end)
    date = ctx.date_near(ctx.own_stretch(sent, end), span.start, end.end)
    if date is not None and ctx.ref is not None and _after(date, ctx.ref):
        date = None
    region = m.group(1)
    return _Cand(
        span.start,
        end.end,
        "war",
        date=date,
        date_from_text=date is not None,
        extra={"label": f"War in the {region}", "region": region},
    )


def _by_former_state(ctx: _Context, clause: Span, country: str) -> bool:
    """``clause`` names ``country`` only by the name of a state that is no more
    (historical_countries.csv: "Yugoslavia", "the Soviet Union")."""
    hits = [c for c in ctx.countries_in(clause) if c[2] == country]
    return bool(hits) and all(c[3] == "historical" for c in hits)


#: how long a war has run, in the sentence that names it: "For over a year the army has
#: been waging a war …", "the war that has raged for almost two years"
_RUNNING_FOR = re.compile(
    r"(?i:\bfor\s+(?:(?:over|more\s+than|almost|nearly|about|some|well\s+over)\s+)?"
    r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(years?|months?)\b)"
)
#: a sentence that opens with the day a campaign began: "Since 7 October 2023 more than …"
_OPENS_SINCE = re.compile(r"\s*(\w+)\s+(?:the\s+)?$")


#: the verbs (lemma) of armies fighting a war: "have been fighting for power since …"
_FIGHT_VERBS = frozenset({"fight", "battle", "clash", "wage"})
#: how far (characters) after a title's war its text may tell when it began
_FOUGHT_REACH = 400


def _fought_since(ctx: _Context, span: Span, country: str) -> str | None:
    """The start of an undated war named in the title ("Stop the war of the generals …"),
    which the text's next sentences tell with "since" and a verb of fighting in the perfect
    ("Since 15 April 2023 the army and the militia have been fighting for power in …"), in
    a sentence that names the war's country (or none) and no other."""
    title = ctx.title_span()
    if ctx.ref is None or title is None or not (title.start <= span.start < title.end):
        return None
    doc = ctx.doc
    end = doc[span.end - 1].idx + _FOUGHT_REACH
    for sent in doc.sents:
        if sent.start < title.end or sent.start_char > end:
            continue
        if {c[2] for c in ctx.countries_in(sent)} - {country}:
            continue
        verb = next(
            (
                t
                for t in sent
                if t.lemma_.lower() in _FIGHT_VERBS
                and t.tag_ == "VBG"
                and any(c.lower_ == "been" for c in t.children)
            ),
            None,
        )
        if verb is None:
            continue
        for t in sent:
            if t.lower_ not in _SINCE or t.i > verb.i:
                continue
            sub = list(t.subtree)
            date = ctx.date_near(doc[sub[0].i : sub[-1].i + 1], t.i, t.i + 1)
            if date is not None and len(date) >= 7 and date <= ctx.ref:
                return date
    return None


def _war_running_since(ctx: _Context, span: Span) -> str | None:
    """The start of a war its sentence dates by how long it has run ("For over a year the
    Israeli army has been waging a war …" in a text of November 2024): the day the next
    sentence opens with after "since" ("Since 7 October 2023 more than …"), else the year
    the duration counts back to from the text's date."""
    if ctx.ref is None:
        return None
    sent = ctx.text_sentence(span.start, span.end)
    m = _RUNNING_FOR.search(sent.text)
    if m is None:
        return None
    nxt = ctx.text[sent.end_char : sent.end_char + 80]
    for s, _e, iso in ctx.dates:
        if sent.end_char <= s < sent.end_char + 40 and len(iso) >= 7 and iso <= ctx.ref:
            opener = _OPENS_SINCE.fullmatch(nxt[: s - sent.end_char])
            if opener is not None and opener.group(1).lower() in _SINCE:
                return iso
    number = 1 if m.group(1).lower() in ("a", "an") else _number_words(m.group(1))
    if number is None:
        return None
    months = number * 12 if m.group(2).lower().startswith("year") else number
    year, month = int(ctx.ref[:4]), int(ctx.ref[5:7]) if len(ctx.ref) >= 7 else 6
    return str(year - (months - month + 12) // 12) if months >= month else str(year)


#: the words of a crisis's "of" complement that make it the economy's ("the crisis of the
#: capitalist system"): event_words.yaml economic_of
_ECONOMIC_OF = frozenset(_WORDS.words["economic_of"])


def _rule_crisis(ctx: _Context, span: Span) -> _Cand | None:
    doc = ctx.doc
    words = {t.lower_ for t in span[:-1]}
    if doc[span.end - 1].lower_ != "crisis":
        return None
    clause = ctx.clause(span.start, span.end)
    # "crisis 2008", "the 2008 crisis", "the crisis of 2008"
    near = doc[max(span.start - 2, clause.start) : min(span.end + 3, clause.end)]
    date = ctx.date_near(near, span.start, span.end)
    economic = bool(words & {"economic", "financial", "world", "global", "banking"})
    general = span.start > 0 and doc[span.start - 1].lower_ == "general"
    if not economic and not general and span.end < len(doc) and doc[span.end].lower_ == "of":
        # "the crisis of the capitalist system", "the crisis of capitalism": the economy's
        # (not "the general crisis of capitalism", a term of the doctrine, no event)
        after = doc[span.end + 1 : min(span.end + 5, clause.end)]
        economic = any(t.lower_ in _ECONOMIC_OF for t in after)
    country = None
    if span.end + 1 < len(doc) and doc[span.end].lower_ in ("in", "of"):
        country = ctx.country_of_subtree(doc[span.end])
        if country is not None and date is None and _country_only_qualifies(ctx, doc[span.end]):
            # "the crisis of British colonialism": a crisis of a policy, no event in Britain
            country = None
    if country is None:
        hits = ctx.countries_in(span)
        country = hits[0][2] if hits else None
    current = bool(words & {"current", "present", "recent"})
    if date is None and country is None and not (economic or current):
        return None
    end = _of_complement_end(ctx, span)
    if date is None and country is None:
        # "the economic crisis" in a document of the following years: the great crisis then
        return _Cand(span.start, end, "crisis", extra={"economic": True, "undated": True})
    return _Cand(
        span.start,
        end,
        "crisis",
        date=date,
        country=country,
        date_from_text=date is not None,
        extra={
            "economic": economic,
            "words": " ".join(t.lower_ for t in span[:-1] if t.lower_ not in ("and",)),
        },
    )


def _country_only_qualifies(ctx: _Context, prep: Token) -> bool:
    """The country under ``prep`` ("of") only qualifies its object: "of French
    neo-colonialism", "of US imperialism" name a policy, not a place ("of Greece" does)."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ not in ("NOUN",):
        return False
    return not any(s <= pobj.idx < e for s, e, *_ in ctx.countries_in(ctx.doc[pobj.i : pobj.i + 1]))


def _of_complement_end(ctx: _Context, span: Span) -> int:
    """Where a crisis's name ends: after its "of" complement when that names no date or place.

    "the economic crisis of the capitalist system", "the crisis of overproduction" are
    the crisis's own words; "the crisis of 2008" and "the crisis of Greece" give its date
    and country, which the rule reads, and the quote stays "crisis".
    """
    doc = ctx.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of" or doc[span.end].head.i != span.end - 1:
        return span.end
    # the complement without what is coordinated with it ("… system and the situation")
    pobj = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
    if pobj is None:
        return span.end
    words = [doc[span.end], *_own_subtree(pobj, ("conj", "cc"))]
    end = max(t.i for t in words) + 1
    clause = ctx.clause(span.start, span.end)
    complement = doc[span.end : end]
    if (
        len(words) > 6
        or end > clause.end
        or any(not (t.is_alpha and t.is_lower) for t in words)
        or ctx.countries_in(complement)
        or ctx.date_near(complement, span.end, end) is not None
    ):
        return span.end
    return end


def _rule_congress(ctx: _Context, span: Span) -> _Cand | None:
    doc = ctx.doc
    n = ordinal_value(span[0].text)
    if n is None:
        return None
    clause = ctx.clause(span.start, span.end)
    end = span.end
    org = None
    if end + 1 < clause.end and doc[end].lower_ == "of":
        j = end + 1
        if doc[j].lower_ == "the":
            j += 1
        k = j
        while (
            k < clause.end
            and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ in ("of", "the", "and"))
            and doc[k].text not in ",;.()"
        ):
            k += 1
        while k > j and doc[k - 1].lower_ in ("of", "the", "and"):
            k -= 1
        if k > j:
            org = doc[j:k].text
            end = k
    date = ctx.date_near(clause, span.start, end)
    country = ctx.country_near(clause, span.start, end)
    if org is None and date is None:
        return None
    return _Cand(
        span.start,
        end,
        "congress",
        date=date,
        country=country,
        date_from_text=date is not None,
        extra={"n": n, "org": org},
    )


def _rule_session(ctx: _Context, span: Span) -> _Cand | None:
    doc = ctx.doc
    n = ordinal_value(span[0].text)
    if n is None:
        return None
    j = span.end
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    org_ent = next((e for e in doc.ents if e.start == j or (e.start == j - 1 and e.end > j)), None)
    if org_ent is None or org_ent.label_ not in ("ORG", "NORP", "GPE", "FAC", "EVENT"):
        return None
    end = org_ent.end
    acronym = None
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
        acronym = doc[end + 1].text
        end += 3
    org = " ".join(t.text for t in org_ent if t.lower_ != "the" or t.i != org_ent.start)
    clause = ctx.clause(span.start, end)
    date = ctx.date_near(clause, span.start, end)
    noun = span[-2].lower_
    return _Cand(
        span.start,
        end,
        "meeting",
        date=date,
        date_from_text=date is not None,
        extra={"n": n, "org": org, "acronym": acronym, "noun": noun},
    )


#: an other name in brackets inside a person's name, and the surname after it ("Mahsa
#: (Jina) Amini"): a capitalised word in the brackets (no acronym), a surname after them
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*"
_BRACKETED_NAME = re.compile(rf"[ \t]?\(({_NAME_WORD})\)[ \t]+({_NAME_WORD})\b")


def _rule_death(ctx: _Context, span: Span) -> _Cand | None:
    person = [t for t in span if t.ent_type_ == "PERSON" and t.text not in ("'s", "’s")]
    if not person:
        return None
    if ctx.language != "en" and span[-1].pos_ == "VERB":
        # the English verb "die" read in another language is an article ("… unter General
        # X die Macht"): a death there is told by its own words (word_death)
        return None
    name = " ".join(t.text for t in person)
    name = re.sub(r"^(Comrade|President|Chairman|Leader|Archbishop|Bishop|General)\s+", "", name)
    if len(person) == 1:
        # "Amini's death" after "Jina Mahsa Amini": the person named in full before
        full = [
            e.text
            for e in ctx.doc.ents
            if e.label_ == "PERSON" and len(e) > 1 and e.end <= span.start and e[-1].text == person[0].text
        ]
        if full:
            name = full[-1]
    if len(person) == 1 and person[-1].i == span.end - 1:
        # "the death of Mahsa (Jina) Amini": the other name in brackets cuts the model's
        # person after the first name; the name goes on over it to the surname
        more = _BRACKETED_NAME.match(ctx.doc.text, span.end_char)
        if more:
            name = f"{name} ({more.group(1)}) {more.group(2)}"
    clause = ctx.clause(span.start, span.end)
    date = ctx.date_near(clause, span.start, span.end)
    country = ctx.country_near(clause, span.start, span.end)
    if country is not None and span[0].pos_ != "VERB":
        country = _not_the_killers(ctx, clause, span, country)
    if span[0].pos_ == "VERB":
        # "an Israeli air strike on the suburbs of Beirut killed X": a country's adjective
        # names who killed, the place where; none but the adjective leaves it unplaced
        at = ctx.doc[span.start].idx
        places = [
            h
            for h in ctx.countries + ctx.cities
            if clause.start_char <= h[0] and h[1] <= clause.end_char and h[3] not in ("demonym", "adjective")
        ]
        country = min(places, key=lambda h: abs(h[0] - at))[2] if places else None
    elif any(
        span.start_char <= h[0] and h[1] <= span.end_char and h[3] in ("demonym", "adjective")
        for h in ctx.countries
    ):
        # "the murder of the young Kurdish woman X by the police in Tehran": the adjective
        # is the victim's people; a place the clause names (a country, a city) is where
        places = [
            h
            for h in ctx.countries + ctx.cities
            if clause.start_char <= h[0]
            and h[1] <= clause.end_char
            and not span.start_char <= h[0] < span.end_char
            and h[3] not in ("demonym", "adjective")
        ]
        if places:
            country = min(places, key=lambda h: abs(h[0] - span.end_char))[2]
    if span[-1].pos_ == "VERB" or (span[0].pos_ != "VERB" and span[-1].lower_ in ("dead", "down", "to")):
        # "On 16 September X died in custody", "X died in the palace that same day", "X was
        # shot dead by police": a
        # death the text tells, in its country, on the day of the story told before it
        # a death its verb tells takes no day from another sentence ("In the night of 2 to 3
        # December 1984 the gas killed thousands. X, the company's chairman, died without
        # ever facing a court"); "that same day" is a day of its own sentence
        sent = ctx.text_sentence(span.start, span.end)
        date = date or ctx.told_date(ctx.doc[span.start].idx, since=sent.start_char)
        if country is None:
            # "X, a young worker, was shot dead by police in Lyon on 3 March 2011": the
            # parse ends the clause at the participle; the place is in the sentence
            country = ctx.country_near(sent, span.start, span.end)
            date = date or ctx.date_near(sent, span.start, span.end)
        if country is None and span[-1].pos_ == "VERB" and span[-2].lower_ == "were":
            # "X and fifteen other leaders were executed in May 1916", a death the text recalls
            # after the story of its paragraph ("… shelled the centre of Dublin …"): there
            country = ctx.country_before(sent, date)
        if country is None and ctx.of_the_story(date):
            country = ctx.document_country()
    return _death(span, name, date, country)


def _by_agent(ctx: _Context, hit: tuple[int, int, str, str]) -> bool:
    """The country's adjective ``hit`` describes the agent of a passive or of a noun ("the
    murder of X by an American commando"): who killed, not where."""
    if hit[3] not in ("demonym", "adjective"):
        return False
    words = ctx.doc.char_span(hit[0], hit[1], alignment_mode="expand")
    if words is None:
        return False
    head = words.root
    for up in [head, *head.ancestors][:4]:
        if up.dep_ == "agent" or (up.lower_ == "by" and up.dep_ == "prep"):
            return True
        if up.pos_ == "VERB":
            break
    return False


def _not_the_killers(ctx: _Context, clause: Span, span: Span, country: str) -> str | None:
    """``country`` unless it is only named by the killers' adjective ("the murder of X by an
    American commando in Abbottabad"): then the place its clause names otherwise, else the
    country its sentence opens with ("In Pakistan …; the murder of X by an American
    commando …"), else none."""
    hits = [h for h in ctx.countries_in(clause) if h[2] == country]
    if not hits or not all(_by_agent(ctx, h) for h in hits):
        return country
    places = [
        h
        for h in ctx.countries + ctx.cities
        if clause.start_char <= h[0] and h[1] <= clause.end_char and not _by_agent(ctx, h)
    ]
    if places:
        return min(places, key=lambda h: abs(h[0] - span.end_char))[2]
    sent = ctx.text_sentence(span.start, span.end)
    first = [h for h in ctx.countries_in(sent) if h[3] not in ("demonym", "adjective")]
    if first and first[0][0] - sent.start_char <= 12:
        return first[0][2]  # "In Pakistan …"
    return country  # "the murder of X by the Turkish police": none other, most likely theirs


def _rule_removal(ctx: _Context, span: Span) -> _Cand | None:
    doc = ctx.doc
    verb = span[0]
    sent = verb.sent
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if (
        obj is None
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].pos_ == "PROPN"
        and doc[verb.i + 1].head == verb
    ):
        obj = doc[verb.i + 1]  # "impeached Yoon", a name the parser hangs on the verb otherwise
    if obj is None:
        return None
    # removed from office or power, not "from the chairmanship of the Security Council"
    for prep in (c for c in verb.children if c.lower_ == "from"):
        if not any(t.lemma_.lower() in _OFFICES for t in prep.children):
            return None
    # the object is the president: named, or a pronoun for the last person named
    person = None
    if obj.pos_ == "PRON":
        persons = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= obj.i and e.start >= sent.start]
        if persons:
            person = persons[-1]
    elif obj.ent_type_ == "PERSON":
        person = next(e for e in doc.ents if e.start <= obj.i < e.end)
    elif obj.pos_ == "PROPN" and any(e.label_ == "PERSON" and obj.text in e.text.split() for e in doc.ents):
        # "impeached Yoon": a name the model tags otherwise here, a person's where the text
        # names him in full ("President Yoon Suk Yeol")
        person = doc[obj.i : obj.i + 1]
    else:
        # "removed the president, Juan Pérez, from office"
        sub = [t.i for t in obj.subtree]
        person = next(
            (e for e in doc.ents if e.label_ == "PERSON" and e.start >= min(sub) and e.end <= max(sub) + 1),
            None,
        )
    if person is None:
        return None
    window = doc[max(person.start - 4, sent.start) : min(person.end + 1, sent.end)]
    if not any(t.lower_ in ("president", "prime", "premier", "head") for t in window) and not re.search(
        # "the National Assembly impeached Yoon" after "President Yoon Suk Yeol declared …":
        # a person the text calls president elsewhere, by the same name
        rf"\b(?:president|prime\s+minister|premier)\s+{re.escape(person.text.split()[0])}\b",
        ctx.text,
        re.I,
    ):
        return None
    imprisoned = any(t.lemma_ in ("imprison", "arrest", "jail", "detain") for t in sent)
    clause = ctx.clause(span.start, span.end)
    country = ctx.country_near(clause, span.start, span.end) or ctx.document_country()
    if country is None:
        return None
    date = ctx.date_near(clause, span.start, span.end)
    from_text = date is not None
    if date is None:
        date = ctx.narrative_date(doc[span.start].idx)
    end = span.end
    if imprisoned:
        for t in sent[span.end - sent.start :]:
            if t.lemma_ in ("imprison", "arrest", "jail", "detain"):
                end = t.i + 1
                if end < sent.end and doc[end].pos_ == "PRON":
                    end += 1
                break
    return _Cand(
        span.start,
        end,
        "crisis",
        date=date,
        country=country,
        date_from_text=from_text,
        extra={
            "person": person.text.removesuffix("’s").removesuffix("'s"),
            "imprisoned": imprisoned,
            "removal": True,
            "overthrow": verb.lemma_.lower() in ("overthrow", "topple", "depose", "oust"),
        },
    )


#: the title before the removed president's name (the last words but the name of the
#: pattern removal_noun of events.jsonl)
_PRESIDENT_WORDS = frozenset({"presidente", "presidenta", "president", "président", "presidentin"})
#: a preposition of belonging right before a name (event_words.yaml victim_prepositions)
_OF_BEFORE_NAME = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, _WORDS.words["victim_prepositions"])) + r"|of)\s+\Z", re.I
)
#: the nouns of an arrest (event_words.yaml arrest_nouns)
_ARREST_NOUNS = frozenset(_WORDS.words["arrest_nouns"])


def _rule_removal_noun(ctx: _Context, span: Span) -> _Cand | None:
    """A head of state's removal named by its noun, in any language ("la destitución y
    detención del presidente Pedro Castillo el 7 de diciembre de 2022", "the removal of
    President X"): the capitalised words after the title are the person, the sentence (or
    the people its adjective names, or the text's country) places it, its own stretch dates it."""
    doc = ctx.doc
    title = next(t for t in span if t.lower_ in _PRESIDENT_WORDS)
    person = [t for t in doc[title.i + 1 : span.end] if t.is_alpha]
    if not 2 <= len(person) <= 4 or any(t.lower_ in MONTHS for t in person):
        return None
    sent = ctx.text_sentence(span.start, span.end)
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    from_text = date is not None
    if date is None:
        date = ctx.told_date(span.start_char)
    country = ctx.country_near(sent, span.start, span.end)
    if country is None:
        country = _people_country(ctx, sent) or ctx.document_country()
    if country is None or date is None:
        return None
    return _Cand(
        span.start,
        span.end,
        "crisis",
        date=date,
        country=country,
        date_from_text=from_text,
        extra={
            "person": " ".join(t.text for t in person),
            "imprisoned": any(t.lower_ in _ARREST_NOUNS for t in span),
            "removal": True,
            "overthrow": False,
        },
    )


_REGIME_WORDS = frozenset(_WORDS.words["regime_words"])
_REGIME_OF = frozenset(_WORDS.words["regime_of_words"])
_NAME_ARTICLES = frozenset(_WORDS.words["name_articles"])
#: who overthrows a ruler in a coup: the military (event_words.yaml military, coup_makers)
_COUP_MAKERS = frozenset(_WORDS.words["military"]) | frozenset(_WORDS.words["coup_makers"])
#: how many words a ruler's name may have ("the Sheikh Hasina regime")
_RULER_WORDS = 4
#: the nouns of a ruler between a noun of overthrow and the ruler's name (event_words.yaml)
_RULER_NOUNS = frozenset(_WORDS.words["ruler_nouns"])
#: the offices whose holder a verb of falling removes in a coup, not a regime's fall
#: (event_words.yaml removed_offices)
_REMOVED_OFFICES = frozenset(_WORDS.words["removed_offices"])


def _ruler_after(ctx: _Context, i: int, *, noun: bool) -> tuple[str, int] | None:
    """The ruler whose regime the words from token ``i`` name, and where they end: "the
    Assad regime", "the regime of Sheikh Hasina", "al régimen de X", "das Assad-Regime";
    after a noun of falling ("the overthrow of Milošević") also a person the model names."""
    doc = ctx.doc
    stop = ctx.text_sentence(i, i + 1).end if i < len(doc) else i
    # a noun of falling and "of" ("the overthrow of"), or a verb of falling ("toppled the
    # dictator al-Bashir"): a ruler's noun and name may follow
    overthrow = not noun or (
        i >= 2 and doc[i - 1].lower_ in _REGIME_OF and doc[i - 2].lower_ in _OVERTHROW_NOUNS
    )
    # a verb of falling right before a name ("overthrew al-Bashir", "toppled Mubarak"): the
    # person, as after "the overthrow of"
    bare = (
        not noun
        and i < stop
        and (doc[i].lower_ not in _NAME_ARTICLES or (i + 1 < stop and doc[i + 1].text in ("-", "‐")))
        # not an office's holder ("deposed President X": a removal from office)
        and doc[i].lower_ not in _RULER_NOUNS | _REMOVED_OFFICES
        # not the army's, named just before the verb ("l'armée a renversé X", "the army
        # overthrew X"): a coup
        and not any(t.lower_ in _COUP_MAKERS for t in doc[max(doc[i - 1].sent.start, i - 7) : i - 1])
    )
    while not bare and i < stop and doc[i].lower_ in _NAME_ARTICLES:
        i += 1
    if (
        overthrow
        and i + 1 < stop
        and doc[i].lower_ in (_RULER_NOUNS if noun else _RULER_NOUNS - _REMOVED_OFFICES)
    ):
        # "the overthrow of the dictator Omar al-Bashir", "der Sturz der Regierung X": the
        # name after the ruler's noun, with its particles joined by a hyphen ("al-Bashir")
        j = k = i + 1
        while k < min(j + _RULER_WORDS + 2, stop) and (
            doc[k].is_title
            or (doc[k].text in ("-", "‐") and k > j)
            or (doc[k].is_lower and k + 1 < stop and doc[k + 1].text in ("-", "‐"))
        ):
            k += 1
        if (
            k > j
            and (doc[j].is_title or (j + 1 < len(doc) and doc[j + 1].text in ("-", "‐")))
            and doc[k - 1].is_title
        ):
            # "Omar al-Bashir", and a name that opens with its particle ("al-Bashir")
            return " ".join(t.text for t in doc[j:k]).replace(" - ", "-").replace(" ‐ ", "‐"), k
    k = i
    while k < min(i + _RULER_WORDS, stop) and (doc[k].is_title or doc[k].text in ("-", "‐")):
        k += 1
    if bare and k == i and i + 2 < stop and doc[i + 1].text in ("-", "‐") and doc[i + 2].is_title:
        k = i + 3  # "overthrew al-Bashir": a name that opens with its particle
    if k > i and k < stop and doc[k].lower_ in _REGIME_WORDS and doc[k - 1].text not in ("-", "‐"):
        # "the Assad regime" (a name of capitals before the regime's noun)
        return " ".join(t.text for t in doc[i:k] if t.text not in ("-", "‐")), k + 1
    if k > i + 1 and doc[k - 1].text in ("-", "‐") and k < stop and doc[k].lower_ in _REGIME_WORDS:
        return " ".join(t.text for t in doc[i : k - 1]), k + 1  # "das Assad-Regime"
    if i < stop and doc[i].lower_ in _REGIME_WORDS:
        j = i + 1
        if j < stop and doc[j].lower_ in _REGIME_OF:
            j += 1
            while j < stop and doc[j].lower_ in _NAME_ARTICLES:
                j += 1
            k = j
            while k < min(j + _RULER_WORDS + 2, stop) and (
                doc[k].is_title
                or (doc[k].text in ("-", "‐") and k > j and doc[k - 1].is_lower)
                or (doc[k].is_lower and k > j and k + 2 < stop and doc[k + 1].text in ("-", "‐"))
            ):
                k += 1
            if k > j and doc[k - 1].is_title:
                # "the regime of Sheikh Hasina", "the regime of Omar al-Bashir" (its particle
                # joined by a hyphen)
                name = " ".join(t.text for t in doc[j:k])
                return name.replace(" - ", "-").replace(" ‐ ", "‐"), k
        return None
    if k > i and (
        (noun and doc[i - 1].lower_ in _REGIME_OF and doc[i - 2].lower_ in _OVERTHROW_NOUNS)
        or (bare and any(e.label_ == "PERSON" and e.start < k and i < e.end for e in doc.ents))
        # "the fall of Assad": a fall's noun, before a name the model reads as a person's
        # (not "the fall of Saigon", a place's)
        or (
            noun
            and doc[i - 1].lower_ in _REGIME_OF
            and doc[i - 2].lower_ in _FALL_NOUNS
            and any(e.label_ == "PERSON" and e.start <= i and k <= e.end for e in doc.ents)
        )
    ):
        # "the overthrow of Milošević" (no article: a person, not "the overthrow of the
        # Government"), when the name is no place the tables know; its particles joined by
        # a hyphen are part of it ("le renversement d'Omar al-Bachir")
        while (
            k + 2 < stop
            and doc[k].is_lower
            and doc[k + 1].text in ("-", "‐")
            and doc[k + 2].is_title
            and k - i < _RULER_WORDS + 2
        ):
            k += 3
        a, b = doc[i].idx, doc[k - 1].idx + len(doc[k - 1])
        if not any(s < b and a < e for s, e, *_ in ctx.countries + ctx.cities):
            return " ".join(t.text for t in doc[i:k]).replace(" - ", "-").replace(" ‐ ", "‐"), k
    return None


#: nouns of an overthrow that name a ruler right after "of" (not "fall", "collapse": "the
#: fall of Saigon" is a city's)
_OVERTHROW_NOUNS = frozenset(_WORDS.words["overthrow_nouns"])
#: nouns of a fall that name a ruler after "of" when the name is a person's ("the fall of
#: Assad"): event_words.yaml fall_nouns
_FALL_NOUNS = frozenset(_WORDS.words["fall_nouns"])


def _opening_place(ctx: _Context, clause: Span, i: int) -> str | None:
    """The country a preposition of place names at the start of ``clause``, before token
    ``i`` and a comma ("Au Soudan, …", "In Sudan, …", "En Argelia, …")."""
    fronted = ctx.doc[clause.start : i]
    if len(fronted) < 3 or fronted[0].lower_ not in _AT_PREPOSITIONS:
        return None
    comma = next((t for t in fronted[:6] if t.text == ","), None)
    if comma is None:
        return None
    hits = ctx.countries_in(ctx.doc[clause.start : comma.i])
    return hits[0][2] if hits and hits[0][3] not in ("city", "region") else None


def _rule_regime_fall(ctx: _Context, span: Span) -> _Cand | None:
    """The fall of a ruler's regime, told by a noun ("the fall of the Assad regime", "la
    caída del régimen de X") or a verb ("the students toppled the Hasina regime",
    "derrocaron al régimen de X"): placed by its clause (a city: "in Dhaka") or the text's
    country, dated by its clause or the story told before it."""
    noun = ctx.doc[span.end - 1].lower_ in _REGIME_OF
    found = _ruler_after(ctx, span.end, noun=noun)
    if found is None:
        return None
    ruler, end = found
    whole = ctx.doc[span.start : end]
    clause = ctx.clause(span.start, end) if ctx.language == "en" else ctx.text_sentence(span.start, end)
    # where: a place right after it ("in Dhaka"), else one before it in its clause, else the
    # paragraph's or the text's; not a place after the ruler's name, which tells where the
    # ruler went ("…, que huyó a la India", "Assad fled to Moscow")
    own = ctx.own_stretch(clause, whole)
    before = ctx.doc[own.start : span.start]
    date = ctx.date_near(own, span.start, end)
    country = (
        _placed_after(ctx, whole, clause)
        or (ctx.country_near(before, span.start, end) if len(before) else None)
        # "Au Soudan, le soulèvement … a abouti … au renversement d'Omar al-Bachir": the
        # place that opens its sentence, before the paragraph's
        or _opening_place(ctx, clause, span.start)
        or ctx.paragraph_country(clause)
        or ctx.country_before(clause, date)
        or ctx.document_country()
    )
    if country is None:
        return None
    if date is not None and ctx.ref and date[: len(ctx.ref)] > ctx.ref[: len(date)]:
        date = shift_years(date, -1)  # "toppled the X regime in May", in a December text: the May before
    from_text = date is not None
    if date is None:
        date = ctx.told_date(span.start_char)
    title = ctx.title_span()
    if date is None and title is not None and title.start <= span.start < title.end and ctx.ref:
        date = ctx.ref[:7]  # "The fall of the Assad regime": the news the text, of its month, is about
    return _Cand(
        span.start,
        end,
        "crisis",
        date=date,
        country=country,
        date_from_text=from_text,
        extra={"regime_fall": ruler},
    )


#: "and Y in <date>" after "X fell in <date>": a gapped clause of the same verb
_GAPPED_FELL = re.compile(r"\s*,?\s*and\s+([A-ZÀ-Ý][^\W\d_]+(?:\s+[A-ZÀ-Ý][^\W\d_]+)?)\s+(?:in|on)\s+$")


def _rule_ruler_fell(ctx: _Context, span: Span) -> _Cand | None:
    """A ruler's fall told by "fell" with its date right after ("X fell in February 1997
    and Y in January 2000", the second clause gapped: _ruler_fell_gapped): placed as the
    noun's rule places a fall (the paragraph's or the text's country). Not a place that
    fell ("Saigon fell in April 1975"), nor one without its date."""
    name = ctx.doc[span.start]
    if any(c[0] <= name.idx < c[1] for c in ctx.countries + ctx.cities + ctx.unplaced_cities):
        return None
    own = next(
        (d for d in ctx.dates if d[0] == ctx.doc[span.end - 1].idx + len(ctx.doc[span.end - 1]) + 1), None
    )
    if own is None or len(own[2]) < 7 or (ctx.ref and own[2][: len(ctx.ref)] > ctx.ref[: len(own[2])]):
        return None
    clause = ctx.clause(span.start, span.end)
    country = (
        _where_antecedent(ctx, span.start)
        or ctx.paragraph_country(clause)
        or ctx.country_before(clause, own[2])
        or ctx.document_country()
    )
    if country is None:
        return None
    return _Cand(
        span.start,
        span.start + 1,
        "crisis",
        date=own[2],
        country=country,
        date_from_text=True,
        extra={"regime_fall": name.text, "gapped_from": own[1]},
    )


#: the end of a sentence: what follows it is no clause of the sentence before
_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")

#: the nouns of a ruler before the name of one who fled (events.jsonl, rule ruler_fled)
_FLED_RULERS = frozenset(_WORDS.words["ruler_nouns"]) | frozenset(_WORDS.words["office_words"])
#: the verbs of a ruler's flight (event_words.yaml flight_verbs)
_FLIGHT_VERBS = frozenset(_WORDS.words["flight_verbs"])


def _rule_ruler_fled(ctx: _Context, span: Span) -> _Cand | None:
    """A ruler's flight ("le dictateur X s'enfuyait en Arabie saoudite", "Diktator X floh",
    "X fled the country"): the fall of X's regime, dated by its sentence or the story told
    before it (never the text's own date: a flight the text recalls), placed where X fled
    from: a place before it in its sentence, the paragraph's, else the text's country, not
    the place after the verb (where X went). Without a ruler's noun before the name, only
    when the text calls X a ruler or names X's regime elsewhere ("the Ben Ali regime")."""
    doc = ctx.doc
    verb = next((t for t in span if t.lower_ in _FLIGHT_VERBS), None)
    if verb is None:
        return None
    lead = doc[span.start].lower_ in _FLED_RULERS
    words = [t for t in doc[span.start + (1 if lead else 0) : verb.i] if t.is_title and t.is_alpha]
    k = span.start - 1
    while (
        not lead and k >= 0 and len(words) < 5 and (doc[k].is_space or (doc[k].is_title and doc[k].is_alpha))
    ):
        # "President Gotabaya\n Rajapaksa fled the country": the name and its ruler's noun
        # across a line's break
        if doc[k].lower_ in _FLED_RULERS:
            lead = True
        elif not doc[k].is_space:
            words.insert(0, doc[k])
        k -= 1
    if not lead and k >= 0 and doc[k].lower_ in _FLED_RULERS:
        lead = True
    if not words or len(words) > 5 or words[-1].i + 1 < verb.i - 1:
        return None
    if any(c[0] < words[-1].idx + len(words[-1]) and words[0].idx < c[1] for c in _all_places(ctx)):
        return None  # "Kabul fled …", no ruler
    name = " ".join(t.text for t in words)
    if not lead:
        pattern = re.compile(
            rf"\b(?:{'|'.join(map(re.escape, sorted(_FLED_RULERS)))})\s+{re.escape(name)}\b"
            rf"|\b{re.escape(name)}\s+(?:{'|'.join(map(re.escape, sorted(_REGIME_WORDS)))})\b",
            re.IGNORECASE,
        )
        if pattern.search(ctx.text) is None:
            return None  # "Edward Snowden fled the country": no ruler
    sent = ctx.text_sentence(span.start, span.end)
    before = doc[sent.start : span.start]
    # the flight's own clause: a day past a semicolon is another clause's, with its own verb
    # ("Am 9. Juli 2022 stürmten die Demonstranten den Palast; Präsident X floh")
    lo = ctx.text.rfind(";", sent.start_char, span.start_char) + 1 or sent.start_char
    hi = ctx.text.find(";", span.end_char, sent.end_char)
    own = doc.char_span(lo, sent.end_char if hi < 0 else hi, alignment_mode="expand") or sent
    date = ctx.date_near(own, span.start, span.end)
    if date is None:
        date = ctx.told_date(span.start_char)
        if date is not None and any(
            iso == date
            and e <= span.start_char
            and _SENTENCE_END.search(ctx.text, e, span.start_char) is None
            and ";" in ctx.text[e : span.start_char]
            for _s, e, iso in ctx.dates
        ):
            # the day of another clause of its sentence, past a semicolon, is that clause's
            # event's ("Am 9. Juli 2022 stürmten die Demonstranten den Palast; Präsident X
            # floh"): the flight keeps only its year
            date = date[:4]
    if date is None:
        return None
    country = (
        (ctx.country_near(before, span.start, span.end) if len(before) else None)
        or ctx.paragraph_country(sent)
        or ctx.document_country()
        or _paragraph_place_but(ctx, sent, verb.idx)
    )
    if country is None:
        return None
    return _Cand(
        words[0].i,
        span.end,
        "crisis",
        date=date,
        country=country,
        date_from_text=True,
        extra={"regime_fall": name},
    )


def _paragraph_place_but(ctx: _Context, sent: Span, after: int) -> str | None:
    """The one country its paragraph names (by a country, a city or its people's
    adjective), less the rest of ``sent`` from ``after`` on ("… s'enfuyait en Arabie
    saoudite …. Tout avait commencé … à Sidi Bouzid": where the ruler went is not where)."""
    text = ctx.text
    lo = text.rfind("\n\n", 0, sent.start_char) + 1
    hi = text.find("\n\n", sent.end_char)
    hi = len(text) if hi < 0 else hi
    named = {
        c[2]
        for c in ctx.countries + ctx.cities + ctx.body_adjectives()
        if lo <= c[0] < hi and not after <= c[0] < sent.end_char
    }
    return named.pop() if len(named) == 1 else None


def _all_places(ctx: _Context) -> list[tuple[int, int]]:
    return [(c[0], c[1]) for c in ctx.countries + ctx.cities] + list(ctx.unplaced_cities)


#: the relative adverbs of place: "de l'Égypte, où Moubarak est tombé …", "in Egypt, where …"
#: (event_words.yaml where_words)
_WHERE = frozenset(_WORDS.words["where_words"])


def _where_antecedent(ctx: _Context, i: int) -> str | None:
    """The country (or city's country) a relative "where" right before token ``i`` points
    back to: "de l'Égypte, où Moubarak est tombé le 11 février 2011" (Egypt, not the
    country the paragraph told before)."""
    if i == 0 or ctx.doc[i - 1].lower_ not in _WHERE:
        return None
    end = len(ctx.text[: ctx.doc[i - 1].idx].rstrip().rstrip(",").rstrip())
    return next((c[2] for c in ctx.countries + ctx.cities if c[1] == end), None)


def _ruler_fell_gapped(ctx: _Context, cand: _Cand) -> list[_Cand]:
    """The gapped clause after "X fell in <date>": "and Y in <date>", the fall of Y."""
    after = cand.extra.get("gapped_from")
    if after is None:
        return []
    nxt = next((d for d in sorted(ctx.dates) if d[0] > after), None)
    if nxt is None or len(nxt[2]) < 7 or nxt[0] - after > 40:
        return []
    m = _GAPPED_FELL.fullmatch(ctx.text, after, nxt[0])
    if m is None or any(c[0] <= m.start(1) < c[1] for c in ctx.countries + ctx.cities):
        return []
    q = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if q is None or (ctx.ref and nxt[2][: len(ctx.ref)] > ctx.ref[: len(nxt[2])]):
        return []
    extra = {"regime_fall": m.group(1)}
    return [replace(cand, start=q.start, end=q.end, date=nxt[2], extra=extra)]


_LAW_HEADS = frozenset(_WORDS.words["law_heads"])
_LAW_ADOPTION_VERBS = frozenset(_WORDS.words["law_adoption_verbs"])


def _rule_law(ctx: _Context, span: Span) -> _Cand | None:
    """A named law, decree or treaty: "the Patriot Act", "the Treaty of Lisbon".

    The statistical NER labels few of them ``LAW`` (it reads "the Maastricht Treaty" as an
    organisation and misses "the Return Directive"); the pattern asks for a capitalised
    head word with capitalised words before it or an "of" complement after it.
    """
    doc = ctx.doc
    start = span.start
    if (
        span[0].lower_ in _LAW_HEADS
        and start > 0
        and doc[start - 1].is_title
        and doc[start - 1].pos_ != "DET"
    ):
        return None  # "the Return Directive of the Union": the name is the words before
    a, b = span.start_char, span.end_char
    if any(
        e.start_char <= a and b <= e.end_char and e.end_char - e.start_char > b - a for e in ctx.org_names
    ):
        return None  # "the Workers' Agreement Committee"
    # "Anti-Terror Law": the tokenizer splits the hyphenated word
    while start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].is_title:
        start -= 2
    if doc[start].is_sent_start and span.end - start == 2:
        return None  # "Martial Law", "Trade Agreement" opening a sentence: a name or a capital?
    cand = _named_candidate(ctx, start, span.end, "law", priority=1)
    cand.end = _adopter_end(doc, start, span.end)
    return cand


def _adopter_end(doc: Doc, start: int, end: int) -> int:
    """Where a law's quote ends: after the body its participle names ("the Decree of Shame
    adopted by the European Parliament", "the Patriot Act passed by Congress").

    The adopter tells which law the name means and is one of its names (the quote); the
    label and key stay the name's. Only the adopter's own words (its article, adjectives,
    compounds), never what the body's noun governs ("… by the Parliament of 2008").
    """
    if end + 2 >= len(doc):
        return end
    verb = doc[end]
    if verb.dep_ != "acl" or not start <= verb.head.i < end or verb.lemma_ not in _LAW_ADOPTION_VERBS:
        return end
    agent = doc[end + 1]
    if agent.dep_ != "agent" or agent.head.i != verb.i:
        return end
    body = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if body is None or body.i - agent.i > 5 or any(t.is_punct for t in doc[agent.i + 1 : body.i]):
        return end
    return body.i + 1


_SUMMIT_MODIFIERS = frozenset(_WORDS.words["summit_modifiers"])
_SUMMIT_OF = frozenset(_WORDS.words["summit_of"])
#: how far after a summit's noun its place may be named ("… summit held in Vilnius")
_SUMMIT_PLACE_REACH = 6


def _rule_summit(ctx: _Context, span: Span) -> _Cand | None:
    """A summit of states or of an alliance, named by whose it is and where it met ("the NATO
    summit in Vilnius on 11 July", "the COP27 climate summit in Sharm el-Sheikh", "la cumbre
    de la OTAN en Madrid", "der Klimagipfel in Kopenhagen"): a meeting, dated by its own
    stretch of the sentence (undated, none), placed by the city or country named just after
    it or as its owner ("the Madrid summit"). Neither owner nor place, none ("at the summit")."""
    doc = ctx.doc
    noun = span[0]
    sent = ctx.text_sentence(span.start, span.end)
    # the owner before the noun: capitalised words and acronyms ("NATO", "COP27", "G20"),
    # modifiers between them and the noun ("climate", the hyphen of "NATO-Gipfel")
    i = noun.i - 1
    owner: list[Token] = []
    while i >= sent.start and (
        doc[i].lower_ in _SUMMIT_MODIFIERS
        or (doc[i].is_alpha or doc[i].text.isalnum())
        and (doc[i].is_upper or doc[i].is_title)
        # an article opening the sentence ("The", "La", "Der") is no owner's word
        and doc[i].lower_ not in _SUMMIT_OF
        and doc[i].lower_ not in _NAME_ARTICLES
    ):
        if doc[i].lower_ not in _SUMMIT_MODIFIERS:
            owner.insert(0, doc[i])
        i -= 1
    end = noun.i + 1
    if not owner:
        # after it: "the summit of the G7", "la cumbre de la OTAN"
        j = end
        while j < sent.end and doc[j].lower_ in _SUMMIT_OF and j - end < 3:
            j += 1
        k = j
        while k < sent.end and k - j < 4 and (doc[k].is_upper or doc[k].is_title) and doc[k].text.isalnum():
            k += 1
        if j > end and k > j:
            owner = list(doc[j:k])
            end = k
    places = ctx.countries + ctx.cities
    owner_chars = (owner[0].idx, owner[-1].idx + len(owner[-1])) if owner else None
    place = None
    if owner_chars is not None:
        # "the Madrid summit": the owner is the place
        place = next((h for h in places if owner_chars[0] <= h[0] and h[1] <= owner_chars[1]), None)
        if place is not None:
            owner = []
    if place is None:
        reach = doc[min(end + _SUMMIT_PLACE_REACH, sent.end) - 1]
        place = next(
            (h for h in sorted(places) if doc[end - 1].idx < h[0] and h[1] <= reach.idx + len(reach)),
            None,
        )
    if not owner and place is None:
        return None
    stretch = ctx.own_stretch(sent, doc[span.start : end])
    date = ctx.date_near(stretch, span.start, end)
    if date is None:
        return None
    start = owner[0].i if owner and owner[0].i < span.start else span.start
    return _Cand(
        start,
        end,
        "meeting",
        date=date,
        country=place[2] if place is not None else None,
        date_from_text=True,
        extra={"summit": " ".join(t.text for t in owner)},
    )


def _named_candidate(ctx: _Context, start: int, end: int, etype: str, *, priority: int) -> _Cand:
    """A candidate that is its own name: label from the text, key from the label.

    The same name found by a rule and by the NER gets the same key.
    """
    text = ctx.doc[start:end].text
    label = text[4:] if text.lower().startswith("the ") else text
    clause = ctx.clause(start, end)
    date = ctx.date_near(clause, start, end)
    return _Cand(
        start,
        end,
        etype,
        label=label,
        date=date,
        key=slugify(label),
        priority=priority,
        date_from_text=date is not None,
    )


#: the words of a constitution after a repealed article's number ("… of the Indian
#: Constitution", "… de la Constitución"), lower case: the article's law, in its name
_CONSTITUTION_WORDS = ("constitution", "constitución", "constituição", "costituzione", "verfassung")


def _rule_repeal(ctx: _Context, span: Span) -> _Cand | None:
    """An article of a constitution or law revoked ("the revocation of Article 370 of the
    Indian Constitution on 5 August 2019", "la derogación del artículo 27"): a law's act,
    named by its words up to the constitution they name, placed by the country in them or
    else in its own stretch of the sentence, dated by that stretch. Undated, none."""
    doc = ctx.doc
    sent = ctx.text_sentence(span.start, span.end)
    end = span.end
    for k in range(span.end, min(span.end + 6, sent.end)):
        if doc[k].is_punct:
            break
        if doc[k].lower_ in _CONSTITUTION_WORDS:
            end = k + 1
            break
    own = ctx.own_stretch(sent, span)
    date = ctx.date_near(own, span.start, span.end)
    if date is None:
        return None
    name = doc[span.start : end]
    # "of the Indian Constitution": the constitution's adjective, which ctx.countries may
    # leave out as no place
    named = {h.iso2 for h in country_hits(name.text)}
    country = ctx.only_country(name) or (named.pop() if len(named) == 1 else None)
    country = country or ctx.country_near(own, span.start, span.end)
    if country is None:
        return None
    cand = _named_candidate(ctx, span.start, end, "law", priority=1)
    label = cand.label or ""
    cand.label = label[:1].upper() + label[1:]
    cand.date, cand.country, cand.date_from_text = date, country, True
    return cand


def _rule_repealed(ctx: _Context, span: Span) -> _Cand | None:
    """Laws a parliament repealed, told by its verb ("On 29 November 2021 the Parliament
    repealed the three farm laws which …"): a law's act dated by its clause (undated, none),
    placed by the country of its sentence, else of the paragraph before, else of the text."""
    clause = ctx.clause(span.start, span.end)
    date = ctx.date_near(clause, span.start, span.end)
    if date is None:
        return None
    sent = ctx.text_sentence(span.start, span.end)
    country = _told_country(ctx, sent, span)
    if country is None:
        return None
    cand = _Cand(span.start, span.end, "law", date=date, country=country, date_from_text=True)
    cand.label = f"{date[:4]} repeal of laws in {ctx.rules.country_name(country)}"
    cand.key = f"repeal-{country.lower()}-{date}"
    return cand


@cache
def _capitals() -> frozenset[str]:
    """The names (and other names) of the countries' capitals (``cities.csv``), lower case."""
    return frozenset(n.casefold() for c in load_cities() if c.capital for n in (c.name, *c.aliases))


#: a ruler's flight: "fled the country", "fled abroad", "escaped" (event_words.yaml destination_verbs)
_FLED = re.compile(r"\b(?:" + "|".join(_WORDS.words["destination_verbs"]) + r")\b", re.I)


def _rule_capital_taken(ctx: _Context, span: Span) -> _Cand | None:
    """A capital taken, told by its verb with the ruler's flight after it in its sentence
    ("On 15 August 2021 the X entered Kabul and President Y fled the country"): the fall of
    the capital, in its country, dated by its clause (undated, none)."""
    city = next(
        (c for c in ctx.cities if c[0] == span[1].idx and c[1] <= span.end_char and c[3] == "city"), None
    )
    if city is None or ctx.text[city[0] : city[1]].casefold() not in _capitals():
        return None
    sent = ctx.text_sentence(span.start, span.end)
    if not _FLED.search(ctx.text, city[1], sent.end_char):
        return None
    date = ctx.date_near(ctx.clause(span.start, span.end), span.start, span.end)
    if date is None:
        return None
    name = ctx.text[city[0] : city[1]]
    cand = _Cand(span.start, span.end, "other", date=date, country=city[2], date_from_text=True)
    cand.label = f"{date[:4]} fall of {name}"
    cand.key = f"fall-{slugify(name)}-{date[:4]}"
    return cand


def _rule_burned(ctx: _Context, span: Span) -> _Cand | None:
    """People burned to death ("112 workers had burned to death in the fire of X"), a
    count of them its subject: a fire, in the country of its sentence (else of the text's
    story, told in the paragraph just before), dated by the sentence."""
    verb = span[0]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(_is_count(ctx, t) for t in subj.subtree):
        return None
    clause = ctx.clause(span.start, span.end)
    date = ctx.date_near(clause, span.start, span.end)
    if date is None or len(date) < 7:
        return None
    country = ctx.country_near(clause, span.start, span.end) or ctx.paragraph_country(clause)
    if country is None:
        return None
    return _told(span, "disaster", "fire", date, country)


def _rule_resignation(ctx: _Context, span: Span) -> _Cand | None:
    """A person's resignation named by its noun ("the resignation of Jacob Zuma as president
    of South Africa on 14 February 2018", "la renuncia de X el …"): the capitalised words
    after it (two to four, no month, no country) are the person; its own stretch of the
    sentence dates it (undated, none), the sentence places it."""
    doc = ctx.doc
    sent = ctx.text_sentence(span.start, span.end)
    office = span[-1].lower_ if span[-1].lower_ in _OFFICE_WORDS else None
    unnamed = office is not None and not (span.end < sent.end and doc[span.end].is_title)
    person = []
    for t in doc[span.end - 1 : min(span.end + 4, sent.end)] if not unnamed else []:
        if not (t.is_title and t.is_alpha) or t.lower_ in MONTHS:
            break
        person.append(t)
    if not unnamed and (
        not 2 <= len(person) <= 4
        or any(c[0] < person[-1].idx + len(person[-1]) and person[0].idx < c[1] for c in ctx.countries)
    ):
        return None
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None and unnamed:
        # "On 2 April the movement won the resignation of the president": the day that
        # opens its sentence, past another word of the story
        date = ctx.date_near(ctx.doc[sent.start : span.start], span.start, span.end)
    if date is None:
        return None
    if unnamed and ctx.ref and date[: len(ctx.ref)] > ctx.ref[: len(date)]:
        date = shift_years(date, -1)  # told in the past: "le 2 avril" in a March text
    country = ctx.country_near(sent, span.start, span.end) or _people_country(ctx, sent)
    if country is None and unnamed:
        # "a obtenu le 2 avril la démission du président": the holder of an office of the
        # country its paragraph names before it
        country = ctx.paragraph_country(sent)
    if country is None:
        return None
    return _Cand(
        span.start,
        span.end if unnamed else person[-1].i + 1,
        "crisis",
        date=date,
        country=country,
        date_from_text=True,
        extra={
            "person": _office_holder(office) if unnamed and office else " ".join(t.text for t in person),
            "resignation": True,
            "unnamed": unnamed,
        },
    )


#: the words of office before a resigning person's name ("President Evo Morales")
_OFFICE_WORDS = frozenset(_WORDS.words["office_words"])


#: the auxiliaries that open a passive of forced resignation (event_words.yaml)
_FORCED_PASSIVE = frozenset(_WORDS.words["forced_passive_words"])


#: the English verbs of a resignation after an office and its holder's name ("Prime Minister X
#: resigned"): events.jsonl, rule forced_resign
_RESIGNED = frozenset(_WORDS.words["resigned_verbs"])


def _rule_forced_resign(ctx: _Context, span: Span) -> _Cand | None:
    """A resignation told by its verb ("Evo Morales was forced to resign on 10 November
    2019", "the Hirak forced Bouteflika to resign in April 2019", "obligaron al presidente X a
    renunciar"): the person is the capitalised words before "was" or between the verb and
    "to" (one to four, words of office left out, no month, no country); its own stretch of
    the sentence dates it (undated, none), the sentence places it. A resignation as
    ``_rule_resignation`` reads one named by its noun."""
    doc = ctx.doc
    sent = ctx.text_sentence(span.start, span.end)
    if span[0].lower_ in _FORCED_PASSIVE:
        person: list[Token] = []
        for t in reversed(doc[sent.start : span.start]):
            if not (t.is_title and t.is_alpha):
                break
            person.insert(0, t)
    elif span[-1].lower_ in _RESIGNED:
        # "Prime Minister X resigned": the name between the office and the verb
        person = [t for t in span[:-1] if t.is_title and t.is_alpha]
    else:
        person = [t for t in span[1:-2] if t.is_title and t.is_alpha]
    office = next((t.lower_ for t in span[1:-2] if t.lower_ in _OFFICE_WORDS), None)
    person = [t for t in person if t.lower_ not in _OFFICE_WORDS]
    unnamed = not person and office is not None
    if unnamed:
        # "le Hirak a contraint le président à démissionner le 2 avril 2019": the office's
        # holder, whom the text does not name
        person = [span[-3]]
    if (
        not 1 <= len(person) <= 4
        or any(t.lower_ in MONTHS for t in person)
        or any(c[0] < person[-1].idx + len(person[-1]) and person[0].idx < c[1] for c in ctx.countries)
    ):
        return None
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None:
        return None
    if ctx.ref and date[: len(ctx.ref)] > ctx.ref[: len(date)]:
        date = shift_years(date, -1)  # told in the past: "on 11 February" in a November text
    country = ctx.country_near(sent, span.start, span.end) or _people_country(ctx, sent)
    if country is None:
        # "la jeunesse égyptienne a occupé la place Tahrir … et Hosni Moubarak a été contraint
        # de démissionner": the one country whose adjective its sentence has
        found = {a[2] for a in ctx.body_adjectives_in(sent)}
        country = found.pop() if len(found) == 1 else None
    if country is None and ctx.of_the_story(date):
        # "Hands off Bolivia! …" / "On 10 November President X was forced to resign": a
        # resignation the text tells as its story, in the country its title names
        country = ctx.document_country()
    if country is None:
        return None
    return _Cand(
        span.start,
        span.end,
        "crisis",
        date=date,
        country=country,
        date_from_text=True,
        extra={
            "person": _office_holder(office) if unnamed and office else " ".join(t.text for t in person),
            "resignation": True,
            "unnamed": unnamed,
        },
    )


def _office_holder(office: str) -> str:
    """The English name of the holder of an office a text names in its own language."""
    if office.startswith(("pres", "prés", "präs")):
        return "the president"
    if office.startswith("dict"):
        return "the dictator"
    if office in ("king", "rey", "roi"):
        return "the king"
    if office in ("general", "emir"):
        return f"the {office}"
    return "the prime minister"  # premier, prime minister, ministro, ministre


def _rule_stormed(ctx: _Context, span: Span, *, seat: bool = False, noun: bool = False) -> _Cand | None:
    """An assault of armed forces told by its verb ("on 19 May 2010 the army stormed the
    camp of the protesters in Bangkok"): an attack, dated by its own stretch of the sentence
    and placed by the sentence; none without both (no "the police may storm the square").
    A ``seat`` of power stormed stands in its country: a sentence that names none leaves it
    to the paragraph's country before it, else the text's (_told_country). A ``noun`` ("the
    storming of the Capitol") names one that took place: no tense to read."""
    verb = span[-1]
    if not noun and (
        verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    ):
        return None
    sent = ctx.text_sentence(span.start, span.end)
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None:
        return None
    country = _told_country(ctx, sent, span) if seat else ctx.country_near(sent, span.start, span.end)
    if noun:
        # the noun's own phrase, up to the next event's word, names its place ("the storming
        # of the Capitol in Washington on 6 January 2021, the election of X in Brazil")
        country = ctx.country_near(ctx.own_stretch(sent, span), span.start, span.end) or country
    if country is None:
        return None
    return _told(span, "attack", "storming", date, country)


def _rule_word_events_pair(ctx: _Context, span: Span) -> _Cand | None:
    """Two events named by one plural word and two countries' adjectives ("les révolutions
    tunisienne et égyptienne de 2011", "las revoluciones tunecina y egipcia"): the first
    country's event, read as one word and its adjective; the second's rides along in
    ``extra["pair"]`` (it quotes the second adjective), each dated and placed as
    ``_rule_word`` reads them. The types are those of the singular words (_WORD_RULES)."""
    doc = ctx.doc
    etype, noun = _PAIR_WORDS[span[0].lower_]
    first = _rule_word(ctx, span[:1], etype, noun)
    if first is None or ctx.adjacent_adjective(span[:1]) is None:
        return None
    second = _rule_word(ctx, doc[span.end - 2 : span.end - 1], etype, noun)  # the adjective after "et"
    if second is not None and second.country not in (None, first.country):
        second.start, second.end = span.end - 1, span.end
        first.extra["pair"] = second
    return first


def _rule_gassed(ctx: _Context, span: Span) -> _Cand | None:
    """A poison-gas attack told by its verb ("the regime gassed the Kurds of Halabja on 16
    March 1988"): a chemical attack, dated by its own stretch of the sentence and placed by
    the sentence, as _rule_stormed reads an assault; not tear gas fired at a crowd ("police
    tear-gassed the marchers")."""
    verb = span[-1]
    if any(t.lower_ == "tear" for t in ctx.doc[max(0, verb.i - 2) : verb.i]):
        return None
    cand = _rule_stormed_as(ctx, span, "chemical attack")
    if cand is not None:
        # "Halabja, where on 16 March 1988 the regime gassed 5,000 Kurds": the place the
        # relative "where" of its clause points back to
        sent = ctx.text_sentence(span.start, span.end)
        where = next((t for t in reversed(ctx.doc[sent.start : verb.i]) if t.lower_ in _WHERE), None)
        back = _where_antecedent(ctx, where.i + 1) if where is not None else None
        if back is not None:
            cand.country = back
    return cand


def _rule_stormed_as(ctx: _Context, span: Span, noun: str) -> _Cand | None:
    cand = _rule_stormed(ctx, span)
    if cand is not None:
        cand.extra["noun"] = noun
    return cand


def _rule_stormed_seat(ctx: _Context, span: Span) -> _Cand | None:
    """A seat of power stormed, whoever stormed it ("thousands of supporters of X stormed
    the Capitol in Washington on 6 January", "a mob stormed the Capitol on 6 January" in a
    paragraph or text about one country): an attack told by its verb, read as _rule_stormed
    reads the army's."""
    return _rule_stormed(ctx, span[:1], seat=True)


def _rule_storming_of_seat(ctx: _Context, span: Span) -> _Cand | None:
    """A seat of power stormed, told by the noun ("the storming of the Capitol in Washington
    on 6 January 2021 by supporters of X"): read as _rule_stormed_seat reads the verb."""
    return _rule_stormed(ctx, span[:1], seat=True, noun=True)


#: the vessels whose sinking is a shipwreck (event_words.yaml vessel_nouns)
_VESSELS = frozenset(_WORDS.words["vessel_nouns"])


def _rule_sank(ctx: _Context, span: Span) -> _Cand | None:
    """A shipwreck told by its verb ("a boat carrying African refugees sank off X on 3
    October 2013", "the ferry X capsized off Y island"; "the X ferry, which capsized and sank
    on <day>"): a vessel's noun among the eight words before the verb in its sentence, dated
    by its own stretch (undated, none), placed by the sentence, else the paragraph before,
    else the text. Not "hopes sank", "prices sank"."""
    doc = ctx.doc
    sent = ctx.text_sentence(span.start, span.end)
    if not any(t.lower_ in _VESSELS for t in doc[max(sent.start, span.start - 8) : span.start]):
        return None
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None:
        return None
    country = _told_country(ctx, sent, span)
    if country is None:
        return None
    return _told(span, "disaster", "shipwreck", date, country)


def _rule_occupied_place(ctx: _Context, span: Span) -> _Cand | None:
    """A public place occupied by those who protest ("young people occupied Zuccotti Park
    on 17 September 2011"): a protest, when the verb's subject is a crowd (marching_subjects;
    not "troops occupied the square"), dated by its own stretch of the sentence (undated,
    none), placed by the sentence, else the paragraph before, else the text."""
    verb = span[0]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _MARCHING_SUBJECTS:
        return None
    sent = ctx.text_sentence(span.start, span.end)
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None:
        return None
    date = _story_year(ctx, sent, date)
    country = _told_country(ctx, sent, span)
    if country is None:
        return None
    return _told(span, "protest", "occupation", date, country)


def _story_year(ctx: _Context, sent: Span, date: str) -> str:
    """``date``, a day of ``sent`` written without its year ("Eleven days later, on 25
    January, the youth occupied …"), in the year of the story the paragraph just told with
    one ("… drove out the dictator on 14 January 2011."), when that day comes no later in
    the calendar; else as the text's date resolved it."""
    own = next(
        ((s, e) for s, e, iso in ctx.dates if iso == date and sent.start_char <= s and e <= sent.end_char),
        None,
    )
    if own is None or _YEAR_IN.search(ctx.text, own[0], own[1]):
        return date
    para = ctx.text.rfind("\n\n", 0, own[0])
    told = [
        iso
        for s, e, iso in ctx.dates
        if max(para, own[0] - _TOLD_REACH) <= s < sent.start_char
        and len(iso) >= 7
        and _YEAR_IN.search(ctx.text, s, e)
    ]
    if not told or told[-1][5:] > date[5:]:
        return date
    return told[-1][:4] + date[4:]


#: "100 Years Since the X" (a title's way to mark an anniversary): the number of years
_YEARS_SINCE = re.compile(r"\b(\d{1,3}) years since\s+$", re.I)


def _rule_named_rising(ctx: _Context, span: Span) -> _Cand | None:
    """A rising by its own name, capitalised words and a capitalised word of rising ("the
    Easter Rising", "the Warsaw Uprising"): a protest labelled by that name, dated by its
    own stretch of the sentence, else by the story told just before it, else by "N Years
    Since the X" in a text of a known year (that year, N years before); placed by the
    sentence, else the paragraph before, else the text. Not a name inside an
    organisation's ("the Easter Rising Commemoration Committee")."""
    a, b = span.start_char, span.end_char
    if any(e.start_char <= a + 4 and b <= e.end_char for e in ctx.org_names):
        return None
    if any(a <= c[0] and c[1] <= b and c[3] in ("demonym", "adjective") for c in ctx.countries):
        return None  # "the Irish Rising": a people's, not a name (the other rules read it)
    sent = ctx.text_sentence(span.start, span.end)
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end) or ctx.told_date(a)
    since = _YEARS_SINCE.search(ctx.text, max(0, a - 24), a)
    if date is None and since is not None and ctx.ref:
        date = str(int(ctx.ref[:4]) - int(since.group(1)))
    country = _told_country(ctx, sent, span)
    name = ctx.doc[span.start + 1 : span.end].text
    return _Cand(
        span.start + 1,
        span.end,
        "protest",
        date=date,
        country=country,
        date_from_text=date is not None,
        extra={"noun": "rising", "general": False, "name": name},
    )


#: the nouns of a military offensive (event_words.yaml offensive_nouns)
_OFFENSIVE_NOUNS = frozenset(_WORDS.words["offensive_nouns"])


def _rule_named_offensive(ctx: _Context, span: Span) -> _Cand | None:
    """A military offensive by its own name ("the Tet Offensive", "la Ofensiva del Tet",
    "l'offensive du Têt"): a war's event labelled by that name, placed and dated as a rising
    by its name is (_rule_named_rising), but "N years ago" before it in its sentence ("hace
    55 años, la Ofensiva del Tet …": the text's year less N) before the story told earlier."""
    doc = ctx.doc
    own = span if span[0].lower_ != "the" else doc[span.start + 1 : span.end]
    if own.end < len(doc) and doc[own.end].is_title and "\n" not in own[-1].whitespace_:
        return None  # a longer name's beginning ("the Tet Offensive Memorial Committee")
    named = [t for t in own if t.is_title and t.lower_ not in _OFFENSIVE_NOUNS]
    if named and any(c[0] <= named[0].idx and named[-1].idx + len(named[-1]) <= c[1] for c in ctx.countries):
        return None  # an offensive by who wages it ("la ofensiva de Israel", "the Russian Offensive")
    sent = ctx.text_sentence(own.start, own.end)
    date = ctx.date_near(ctx.own_stretch(sent, own), own.start, own.end)
    if date is None and ctx.ref:
        for m in _YEARS_AGO.finditer(ctx.text, sent.start_char, own.start_char):
            g = next((x for p in _YEARS_AGO_N if (x := p.fullmatch(m.group())) is not None), None)
            n = _number_words(g.group("n")) if g is not None else None
            if n:
                date = shift_years(ctx.ref, -n)[:4]
    since = _YEARS_SINCE.search(ctx.text, max(0, own.start_char - 28), own.start_char)
    if date is None and since is not None and ctx.ref:
        date = str(int(ctx.ref[:4]) - int(since.group(1)))
    date = date or ctx.told_date(own.start_char)
    name = own.text
    return _Cand(
        own.start,
        own.end,
        "war",
        date=date,
        country=_told_country(ctx, sent, own),
        date_from_text=date is not None,
        extra={"label": name, "name": name},
    )


#: between a name and its dates: a comma, a bracket, a dash or a quote, and one short word
#: ("du", "of")
_NAME_TO_DATE = re.compile(r"[\s,(–—\"'“”«»’-]*(?:[^\W\d_]{1,4}\s+)?")


def _rule_named_bloody(ctx: _Context, span: Span) -> _Cand | None:
    """A massacre by its own name, a bloody day or week ("the Bloody Week", "la Semaine
    sanglante, du 21 au 28 mai 1871", "la Semana Trágica", "der Blutmai"): labelled by that
    name, dated by the days right after its name (else undated); placed by the sentence, else
    the paragraph before, else the text. Not a name inside an organisation's."""
    a, b = span.start_char, span.end_char
    if any(e.start_char <= a and b <= e.end_char for e in ctx.org_names):
        return None
    if span.end < len(ctx.doc) and ctx.doc[span.end].is_title and "\n" not in span[-1].whitespace_:
        return None  # a longer name's beginning ("the Bloody Sunday Inquiry")
    sent = ctx.text_sentence(span.start, span.end)
    # its days right after its name ("la Semaine sanglante, du 21 au 28 mai 1871"), not a day
    # of another event in its sentence ("la Commune de Paris, proclamée le 18 mars 1871, …
    # écrasés lors de la Semaine sanglante"): else undated
    date = next((iso for s, _e, iso in ctx.dates if s >= b and _NAME_TO_DATE.fullmatch(ctx.text, b, s)), None)
    name = span.text
    return _Cand(
        span.start,
        span.end,
        "attack",
        date=date,
        country=_told_country(ctx, sent, span),
        date_from_text=date is not None,
        extra={"noun": "massacre", "name": name},
    )


def _rule_hijacked(ctx: _Context, span: Span) -> _Cand | None:
    """An attack told by its means ("terrorists flew hijacked airliners into the World Trade
    Center on 11 September 2001", "hijacked planes struck the Twin Towers in New York"):
    placed and dated by its phrase or clause, as an attack's noun is."""
    cand = _single_event(ctx, span[:1], "attack", ())
    if cand is None or cand.date is None:
        return None
    cand.start, cand.end = span.start, span.end
    cand.extra["noun"] = "attack"
    return cand


def _rule_fire_engulfed(ctx: _Context, span: Span) -> _Cand | None:
    """A fire told by its verb ("72 people died when fire engulfed the tower on 14 June
    2017"): a disaster, placed and dated by its phrase or clause."""
    cand = _single_event(ctx, span[:1], "disaster", ())
    if cand is None or cand.date is None:
        return None
    cand.extra["noun"] = "fire"
    return cand


def _rule_burst_at_site(ctx: _Context, span: Span) -> _Cand | None:
    """An explosion or a fire at a port, a plant or a mine told by its verb ("ammonium
    nitrate exploded in the port of X on 4 August", "a fire broke out in the coal mine of X
    on 13 May"): a disaster, as _rule_disaster reads its noun, placed and dated by its
    phrase or clause; none undated, none at another place (a bomb that exploded in a market
    is an attack)."""
    if span[-1].lower_ not in _EXPLOSION_SITES:
        return None
    fire = span[0].lemma_.lower() in ("fire", "blaze")
    cand = _single_event(ctx, span[:1] if fire else span[-1:], "disaster", ())
    if cand is None or cand.date is None:
        return None
    cand.start, cand.end = span.start, span.end
    cand.extra["noun"] = "fire" if fire else "explosion"
    return cand


#: the structures whose collapse or bursting is a disaster (_rule_structure_collapsed)
_COLLAPSING = frozenset(_WORDS.words["collapsing_structures"])


def _rule_structure_collapsed(ctx: _Context, span: Span) -> _Cand | None:
    """A dam or a bridge that collapsed or burst, told by the English verb or noun ("the
    tailings dam of the X mine near Y collapsed", "the collapse of the dam at Z"): a
    collapse disaster, placed and dated as _rule_disaster reads the structure's noun; none
    undated (a "bridge" that collapsed without a day is a figure as often as a structure)."""
    noun = next((t for t in span if t.lower_ in _COLLAPSING), None)
    if noun is None:
        # the verb alone: the structure is the noun before it in its clause, with no other
        # verb or mark between (the model may take a name's foreign word, "Córrego do
        # Feijão", for a verb's and make the mine the subject)
        verb = span[0]
        sent = verb.sent
        # or the verb's own subject, whatever its phrase holds ("the canopy of the newly
        # renovated station collapsed": the participle ends the walk back)
        noun = next(
            (
                t
                for t in verb.children
                if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _COLLAPSING and t.pos_ == "NOUN"
            ),
            None,
        )
        for t in reversed(
            ctx.doc[max(sent.start, verb.i - _COLLAPSE_REACH) : verb.i] if noun is None else ()
        ):
            if t.is_punct or t.pos_ == "VERB":
                break
            if t.lower_ in _COLLAPSING and t.pos_ == "NOUN":
                noun = t
                break
    if noun is None:
        return None
    cand = _single_event(ctx, ctx.doc[noun.i : noun.i + 1], "disaster", ())
    if cand is None or cand.date is None:
        return None
    cand.start, cand.end = span.start, span.end
    cand.extra["noun"] = "collapse"
    return cand


#: how far (tokens) before its verb a collapsing structure's noun may stand
_COLLAPSE_REACH = 16


def _told(span: Span, etype: str, noun: str, date: str, country: str) -> _Cand:
    """An event of ``etype`` the rule's span tells, named by ``noun``, dated and placed by
    the text ("the army stormed …", "bombed Libya on 15 April 1986")."""
    return _Cand(
        span.start, span.end, etype, date=date, country=country, date_from_text=True, extra={"noun": noun}
    )


def _rule_capture(ctx: _Context, span: Span) -> _Cand | None:
    """A leader's capture named by its noun and his title ("the capture of Chairman X in
    September 1992", "la captura del camarada X el …"): the capitalised words after the
    title (one to four, no month, no country) are the person; its own stretch of the
    sentence dates it (undated, none), the sentence places it."""
    doc = ctx.doc
    sent = ctx.text_sentence(span.start, span.end)
    title = next(t for t in span if t.lower_ in _CAPTURE_TITLES)
    person = []
    for t in doc[title.i + 1 : min(title.i + 5, sent.end)]:
        if not (t.is_title and t.is_alpha) or t.lower_ in MONTHS:
            break
        person.append(t)
    if not person or any(
        c[0] < person[-1].idx + len(person[-1]) and person[0].idx < c[1] for c in ctx.countries
    ):
        return None
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None:
        return None
    country = ctx.country_near(sent, span.start, span.end) or _people_country(ctx, sent)
    if country is None:
        return None
    name = " ".join(t.text for t in person)
    return _Cand(
        span.start,
        person[-1].i + 1,
        "other",
        label=f"Capture of {title.text.capitalize()} {name}",
        key=f"capture-of-{slugify(name)}",
        date=date,
        country=country,
        date_from_text=True,
    )


#: who arrests (event_words.yaml): _rule_arrested
_ARRESTING_FORCES = frozenset(_WORDS.words["arresting_forces"])


def _rule_arrested(ctx: _Context, span: Span) -> _Cand | None:
    """An arrest told by its verb ("Le 29 mai 2017, la police a arrêté X, porte-parole du
    mouvement", "the police arrested X on …"): of the person named right after the verb
    (two to four capitalised words, no month nor place), by a force named before it in its
    sentence ("la police", "the security forces"); dated by its own stretch of the sentence
    (undated, none), placed by its sentence, else its paragraph, else the text's country."""
    doc = ctx.doc
    sent = ctx.text_sentence(span.start, span.end)
    verb = doc[span.start]
    if not any(t.lower_ in _ARRESTING_FORCES for t in doc[max(sent.start, verb.i - 8) : verb.i]):
        return None
    person = [t for t in span[1:] if t.lower_ not in MONTHS]
    if len(person) != len(span) - 1 or any(
        c[0] < person[-1].idx + len(person[-1]) and person[0].idx < c[1] for c in _all_places(ctx)
    ):
        return None
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None:
        return None
    country = (
        ctx.country_near(sent, span.start, span.end) or ctx.paragraph_country(sent) or ctx.document_country()
    )
    if country is None:
        return None
    name = " ".join(t.text for t in person)
    return _Cand(
        person[0].i,
        span.end,
        "other",
        label=f"Arrest of {name}",
        key=f"arrest-of-{slugify(name)}",
        date=date,
        country=country,
        date_from_text=True,
    )


#: the English nouns of the words of a siege or a blockade (events.jsonl, rule blockade;
#: event_words.yaml siege_nouns: the English noun, then the stems of its words)
_SIEGE_NOUNS = {
    word: noun.capitalize() for noun, words in _WORDS.groups["siege_nouns"].items() for word in words
}


def _siege_noun(span: Span) -> str:
    """The English noun of a siege's or blockade's word in ``span`` ("Kobanê kuşatması":
    "Siege"); the word itself when no table knows it."""
    for t in span:
        for word, noun in _SIEGE_NOUNS.items():
            if t.lower_.startswith(word):
                return noun
    return span[0].text.capitalize()


#: "the siege by …", "die Belagerung durch …": the place is named before the noun
#: (event_words.yaml siege_by)
_SIEGE_BY = frozenset(_WORDS.words["siege_by"])
#: who takes a city by arms (event_words.yaml): _rule_seized_city
_SEIZING_FORCES = frozenset(_WORDS.words["seizing_forces"])


def _rule_seized_city(ctx: _Context, span: Span) -> _Cand | None:
    """A city taken by an armed group ("ISIS, which seized Mosul in June 2014", "die
    Taliban eroberten Kabul am 15. August 2021"): the city (a known one, no country: "seized
    power" is no place) right after the verb, the group named before the verb in its
    sentence (a word of seizing_forces or an acronym in capitals), dated by its own stretch
    of the sentence (undated, none) and placed in the city's country."""
    doc = ctx.doc
    sent = ctx.text_sentence(span.start, span.end)
    city = next((c for c in ctx.cities if c[0] == span[-1].idx), None)
    if city is None:
        return None
    before = doc[max(sent.start, span.start - 8) : span.start]
    if not any(
        t.lower_ in _SEIZING_FORCES or (t.is_upper and t.is_alpha and 2 <= len(t) <= 6) for t in before
    ):
        return None
    name = ctx.text[city[0] : city[1]]
    return _place_event(
        ctx, sent, span, city, f"Capture of {name}", f"capture-of-{slugify(name)}", by_year=True
    )


#: the words of a place's liberation (event_words.yaml): _rule_liberation
_LIBERATION_OF = frozenset(_WORDS.words["liberation_of"])
_LIBERATION_GOALS = frozenset(_WORDS.words["liberation_goals"])


def _rule_liberation(ctx: _Context, span: Span) -> _Cand | None:
    """A place's liberation, named by the noun and the place right after it ("the
    liberation of Kobanê in January 2015", "die Befreiung Kobanês im Januar 2015", "la
    libération de Paris en août 1944"): an event that befell the place (a known country or
    city), in its country, dated by its own stretch of the sentence (undated, none). Not a
    goal ("the struggle for the liberation of Palestine", "seit 1948 … die Befreiung"), an
    organisation's name ("Palestine Liberation Organization"), nor one an anniversary
    numbers (the anniversary reads it)."""
    doc = ctx.doc
    noun = span[0]
    sent = ctx.text_sentence(span.start, span.end)
    if ctx.language != "de" and noun.is_title and not noun.is_sent_start:
        return None  # "Frente de Liberación de …", "the Palestine Liberation Organization": a name
    if any(doc[i].lower_ in _LIBERATION_GOALS for i in range(max(sent.start, span.start - 3), span.start)):
        return None
    if ctx.anniversary_year(span) is not None:
        return None
    j = span.end
    while j < sent.end and j - span.end < 3 and doc[j].lower_ in _LIBERATION_OF:
        j += 1
    if j >= sent.end:
        return None
    place = next((h for h in ctx.countries + ctx.cities if h[0] == doc[j].idx), None)
    if (
        place is None
        and ctx.language in _S_GENITIVE_LANGUAGES
        and doc[j].is_title
        and doc[j].text.endswith("s")
    ):
        # "die Befreiung Kobanês": a city's name in the genitive, of one country only
        stem = doc[j].text[:-1]
        hit = next((h for h in find_cities(stem) if h.start == 0 and h.end == len(stem)), None)
        if hit is not None and len(set(hit.codes)) == 1:
            place = (doc[j].idx, doc[j].idx + len(stem), hit.codes[0], "city")
    if place is None:
        return None
    told = doc.char_span(place[0], place[1], alignment_mode="expand")
    if told is None or told.end > sent.end:
        return None
    if any(e.start_char <= noun.idx and told.end_char < e.end_char for e in ctx.org_names):
        return None  # a name that runs on after the place ("… Befreiung Kurdistans Partei")
    if any(t.lower_ in _SINCE for t in ctx.own_stretch(sent, doc[span.start : told.end])):
        return None
    name = ctx.text[place[0] : place[1]]
    cand = _place_event(
        ctx,
        sent,
        doc[span.start : told.end],
        place,
        f"Liberation of {name}",
        f"liberation-of-{slugify(name)}",
        by_year=True,
    )
    if cand is None or (ctx.ref and cand.date is not None and cand.date[:4] > ctx.ref[:4]):
        return None
    return cand


def _rule_liberated(ctx: _Context, span: Span) -> _Cand | None:
    """A place's liberation told by the verb: the place (a known country or city) right after
    it ("the Red Army liberated Vienna on 13 April 1945", "l'insurrezione … liberò Milano")
    or, as a participle, right before it ("la ciudad de Kobane, liberada del Estado Islámico
    en enero de 2015"); dated by its own stretch of the sentence (undated, none), in the
    place's country. Not a goal ("… to be liberated") nor a time after the text."""
    doc = ctx.doc
    verb = span[0]
    sent = ctx.text_sentence(span.start, span.end)
    if verb.i > sent.start and doc[verb.i - 1].lower_ in _NAME_ARTICLES:
        return None  # "the liberated Kobanê", "das befreite Kobanê": an adjective, no event
    places = ctx.countries + ctx.cities
    place = None
    j = span.end
    while j < sent.end and j - span.end < 2 and doc[j].lower_ in _LIBERATION_OF and doc[j].lower_ != "of":
        j += 1
    if j < sent.end:
        place = next((h for h in places if h[0] == doc[j].idx), None)
    if place is None and verb.i > sent.start:
        # the participle after its place: "Kobane, liberada …", "Paris libérée"
        k = verb.i - 1 if doc[verb.i - 1].text != "," else verb.i - 2
        if k >= sent.start:
            place = next((h for h in places if h[1] == doc[k].idx + len(doc[k])), None)
    if place is None:
        return None
    if any(doc[i].lower_ in _LIBERATION_GOALS for i in range(max(sent.start, span.start - 3), span.start)):
        return None
    told = doc.char_span(place[0], place[1], alignment_mode="expand")
    if told is None:
        return None
    lo, hi = min(told.start, span.start), max(told.end, span.end)
    if any(t.lower_ in _SINCE for t in ctx.own_stretch(sent, doc[lo:hi])):
        return None
    name = ctx.text[place[0] : place[1]]
    cand = _place_event(
        ctx, sent, doc[lo:hi], place, f"Liberation of {name}", f"liberation-of-{slugify(name)}", by_year=True
    )
    if cand is None or (ctx.ref and cand.date is not None and cand.date[:4] > ctx.ref[:4]):
        return None
    return cand


#: a state's withdrawal from an agreement (event_words.yaml): _rule_withdrawal
_WITHDRAWAL_NOUNS = frozenset(_WORDS.words["withdrawal_nouns"])
_WITHDRAWAL_FROM = frozenset(_WORDS.words["withdrawal_from"])
_AGREEMENT_HEADS = frozenset(_WORDS.words["agreement_heads"])
#: how far after a withdrawal's word its "from" may stand, and the agreement's head after it
_WITHDRAWAL_REACH = 8
_AGREEMENT_REACH = 5


def _agreement_head(token: Token) -> bool:
    """Whether ``token`` heads an agreement's name: "treaty", "Abkommen", a German compound
    ending so ("Klimaabkommen", "Atomwaffensperrvertrag")."""
    low = token.lower_
    return low in _AGREEMENT_HEADS or (
        token.is_title and len(low) > 8 and low.endswith(("abkommen", "abkommens", "vertrag", "vertrags"))
    )


def _rule_withdrawal(ctx: _Context, span: Span) -> _Cand | None:
    """A state's withdrawal from an agreement, told by the noun or the verb ("der Austritt der
    USA aus dem Pariser Klimaabkommen, den Präsident Trump am 1. Juni 2017 verkündete", "the
    United States withdrew in August 2019 from the INF treaty"): the one country named as
    who withdraws (after the noun or before it and the verb), "from" after the word and an
    agreement's head just after it; dated by its own stretch of the sentence (undated, none:
    "we demand the withdrawal of X from the treaty"), in the withdrawing state's country. Not
    troops withdrawn from a country (no agreement), nor one called for or after the text."""
    doc = ctx.doc
    word = span[0]
    sent = ctx.text_sentence(span.start, span.end)
    k = head = None
    for i in range(span.end, min(span.end + _WITHDRAWAL_REACH, sent.end)):
        if doc[i].is_punct and doc[i].text not in ("-", "–"):
            return None
        if doc[i].lower_ not in _WITHDRAWAL_FROM:
            continue
        # "le retrait des États-Unis de l'accord de Paris": the "from" an agreement follows
        head = next(
            (t for t in doc[i + 1 : min(i + 1 + _AGREEMENT_REACH, sent.end)] if _agreement_head(t)),
            None,
        )
        if head is not None and not any(t.is_punct and t.text not in ("-", "–") for t in doc[i + 1 : head.i]):
            # the last "from" before the agreement ("le retrait de la Turquie de la convention")
            k = max(j for j in range(i, head.i) if doc[j].lower_ in _WITHDRAWAL_FROM)
            break
    if k is None or head is None:
        return None
    if any(
        t.lower_.startswith(_WANTING_STEMS) or (t.lemma_ in _WANTING and t.lemma_ != "announce") for t in sent
    ):
        return None  # "we demand the withdrawal of X from the treaty": called for
    who = ctx.countries_in(doc[span.end : k])
    if word.lower_ not in _WITHDRAWAL_NOUNS or not who:
        who = who or ctx.countries_in(doc[max(sent.start, span.start - 4) : span.start])
    isos = {h[2] for h in who}
    if len(isos) != 1:
        return None
    iso = isos.pop()
    first = k + 1
    while first < head.i and doc[first].lower_ in _ANNIVERSARY_LINKS | _WITHDRAWAL_FROM:
        first += 1
    told = doc[span.start : head.i + 1]
    date = ctx.date_near(ctx.own_stretch(sent, told), told.start, told.end)
    if date is None or (ctx.ref and date[:4] > ctx.ref[:4]):
        return None
    last = head.i + 1
    if last + 1 < sent.end and doc[last].lower_ in ("of", "de", "d'", "d’", "von") and doc[last + 1].is_title:
        last += 2  # "the Treaty of Lisbon", "l'accord de Paris"
    label = f"Withdrawal of {ctx.rules.country_name(iso)} from {doc[first:last].text}"
    return _Cand(
        span.start,
        head.i + 1,
        "other",
        label=label,
        key=f"{slugify(label)}-{date[:4]}",
        date=date,
        country=iso,
        date_from_text=True,
    )


def _place_event(
    ctx: _Context,
    sent: Span,
    span: Span,
    place: tuple[int, int, str, str],
    label: str,
    key: str,
    *,
    by_year: bool = False,
) -> _Cand | None:
    """An event of the "other" type that befell ``place`` (a country or city found in the
    text), told by ``span`` of ``sent``: in the place's country, dated by its own stretch of
    the sentence (undated, none); its ``key`` with the year when ``by_year`` (a city taken
    twice is two events)."""
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None:
        return None
    return _Cand(
        span.start,
        span.end,
        "other",
        label=label,
        key=f"{key}-{date[:4]}" if by_year else key,
        date=date,
        country=place[2],
        date_from_text=True,
    )


def _rule_blockade(ctx: _Context, span: Span) -> _Cand | None:
    """A place besieged or blockaded, named by the noun ("the siege of Gaza, imposed since
    2007", "el bloqueo de Cuba desde 1962"): the country of the place after the noun, the
    date of its own stretch of the sentence (undated, none: "against the blockade of Cuba")."""
    doc = ctx.doc
    sent = ctx.text_sentence(span.start, span.end)
    if span[-1].lower_ in _SIEGE_BY:
        # "die Verteidigung von Kobanê gegen die Belagerung durch den IS": the place named
        # in the four words before the noun
        lo = doc[max(sent.start, span.start - 4)].idx
        place = next((h for h in ctx.countries + ctx.cities if lo <= h[0] < doc[span.start].idx), None)
    elif len(span) == 2 and not span[1].is_title:
        # "Kobanê kuşatması": the place before the noun
        place = next((h for h in ctx.countries + ctx.cities if h[0] == doc[span.start].idx), None)
    else:
        place = next(
            (h for h in ctx.countries + ctx.cities if span[-1].idx >= h[0] >= doc[span.start + 1].idx), None
        )
    if place is None:
        return None
    name = ctx.text[place[0] : place[1]]
    return _place_event(
        ctx, sent, span, place, f"{_siege_noun(span)} of {name}", f"blockade-of-{slugify(name)}"
    )


def _rule_caused_movement(ctx: _Context, span: Span) -> _Cand | None:
    """A movement (or wave) that a dated event set off ("In Serbia, the collapse of the
    canopy … on 1 November 2024, which killed fifteen people, set off the largest movement
    since …"): the protests of the one country of its sentence, from the month of the event
    its verb's subject tells. Not a movement without such a cause ("the workers' movement")."""
    doc = ctx.doc
    head = span[0]
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _CAUSE_VERBS:
        return None
    if verb.lemma_.lower() in ("set", "touch") and not any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
    ):
        return None
    sent = ctx.text_sentence(span.start, span.end)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # the subject's words; the sentence up to the verb when the parser found no subject
    sub = list(subj.subtree) if subj is not None else list(doc[sent.start : verb.i])
    if not sub:
        return None
    a, b = sub[0].idx, sub[-1].idx + len(sub[-1])
    dates = [iso for s, e, iso in ctx.dates if a <= s and e <= b]
    if len(dates) != 1 or len(dates[0]) < 7:
        return None
    found = {c[2] for c in ctx.countries_in(sent)}
    if len(found) != 1:
        return None
    return _Cand(
        span.start,
        span.end,
        "protest",
        date=dates[0][:7],
        country=found.pop(),
        date_from_text=True,
        extra={"noun": "protest", "general": False},
    )


#: the titles of a leader whose capture _rule_capture reads (pattern capture of events.jsonl)
_CAPTURE_TITLES = frozenset(
    {"chairman", "comrade", "leader", "commander", "camarada", "compañero", "líder", "dirigente"}
    | {"comandante", "camarade", "dirigeant", "genosse", "genossin", "compagno"}
)


#: "since" before the day a campaign began (event_words.yaml): _rule_bombing, _counted_since
_SINCE = frozenset(_WORDS.words["since_words"])
_SINCE_BEFORE = re.compile(r"([\w'’]+)\s+(?:(?:the|le|la|el|il|dem|o|a)\s+)?$", re.IGNORECASE)


def _rule_bombing(ctx: _Context, span: Span) -> _Cand | None:
    """A bombing told as going on since a day ("Since 7 October 2023 the Israeli army has
    been bombing the Gaza Strip", "Dal 7 ottobre 2023 l'esercito israeliano bombarda la
    Striscia di Gaza"): a war in the country bombed, named after the verb (the adjective
    before it names who bombs), from the day "since" gives before the verb."""
    sent = ctx.text_sentence(span.start, span.end)
    since = None
    for s, e, iso in ctx.dates:
        if sent.start_char <= s and e <= span.start_char:
            m = _SINCE_BEFORE.search(ctx.text[max(sent.start_char, s - 16) : s])
            if m and m.group(1).lower() in _SINCE:
                since = iso
    if since is None:
        since = _since_after(ctx, span, sent)
    if since is None:
        return None  # "they were bombing villages": no campaign the text dates
    # the place bombed is the verb's, before any mark that ends its clause ("… bombing
    # Afrin, while the United States looks on" is no war in the United States)
    country = _bombed_country(ctx, span, sent)
    return None if country is None else _bombing_war(span, since, country)


def _since_after(ctx: _Context, span: Span, sent: Span) -> str | None:
    """The day a since-word gives right after a verb, in the verb's own clause ("Israel has
    been bombing Gaza since October 2023"): the first date after the verb, when a since-word
    stands just before it; none past a mark that ends the clause."""
    mark = _CLAUSE_MARK.search(ctx.text, span.end_char, sent.end_char)
    stop = mark.start() if mark else sent.end_char
    for s, e, iso in ctx.dates:
        if span.end_char <= s and e <= stop:
            m = _SINCE_BEFORE.search(ctx.text[max(span.end_char, s - 16) : s])
            return iso if m and m.group(1).lower() in _SINCE else None
    return None


def _rule_battlefield(ctx: _Context, span: Span) -> _Cand | None:
    """Places turned into battlefields since a day ("Since 15 April 2023 the armed forces
    … have turned Khartoum, Omdurman and Darfur into battlefields"): a war from that day
    in the country of the places named before "into" (its cities' country), none else."""
    sent = ctx.text_sentence(span.start, span.end)
    since = None
    for s, e, iso in ctx.dates:
        if sent.start_char <= s and e <= span.start_char:
            m = _SINCE_BEFORE.search(ctx.text[max(sent.start_char, s - 16) : s])
            if m and m.group(1).lower() in _SINCE:
                since = iso
    if since is None:
        return None
    verb = next(
        (
            t
            for t in reversed(ctx.doc[sent.start : span.start])
            if t.lemma_.lower() in ("turn", "transform", "make")
        ),
        None,
    )
    if verb is None:
        return None
    places = ctx.doc[verb.i + 1 : span.start]
    hits = {h[2] for h in ctx.countries_in(places) if h[3] not in ("demonym", "adjective")}
    return _bombing_war(span, since, hits.pop()) if len(hits) == 1 else None


def _rule_protested_since(ctx: _Context, span: Span) -> _Cand | None:
    """Protests told by their verb in English, going on since a dated act ("tens of
    thousands have protested every night in Tbilisi since the government suspended the
    talks on 28 November"): protests from that day, in the country of the words before
    "since"; the verb's subject is a crowd, not a pronoun ("we protested")."""
    doc = ctx.doc
    verb = span[0]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "millions struck and demonstrated …": the subject of the verb it is joined to
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    sent = ctx.text_sentence(span.start, span.end)
    since = next((t for t in doc[span.end : sent.end] if t.lower_ in _SINCE), None)
    if since is None:
        return _marched_in(ctx, span, subj, sent)
    if any(t.is_punct for t in doc[span.end : since.i]):
        return None
    mark = _CLAUSE_MARK.search(ctx.text, since.idx, sent.end_char)
    stop = mark.start() if mark else sent.end_char
    date = next((iso for s, _e, iso in ctx.dates if since.idx < s < stop), None)
    if date is None or len(date) < 7:
        return None
    country = ctx.country_near(doc[sent.start : since.i], span.start, span.end)
    if country is None:
        return None
    return _told(span, "protest", "protest", date, country)


#: the crowds whose past verb of protest, dated, tells a protest (event_words.yaml)
_MARCHING_SUBJECTS = frozenset(_WORDS.words["marching_subjects"])


def _marched_in(ctx: _Context, span: Span, subj: Token, sent: Span) -> _Cand | None:
    """Protests told by a past verb whose subject (its own, or that of the verb it is joined
    to) is a crowd, with a year of their own after it, in the country that opens the sentence
    ("In France, millions struck and demonstrated for months in 2023 against the pension
    reform", "In India, the farmers marched on Delhi in February 2024"). Not a verb with an
    object ("the events demonstrated that …"), nor "we marched" (no crowd)."""
    doc = ctx.doc
    verb = span[0]
    if verb.tag_ != "VBD" or subj.lower_ not in _MARCHING_SUBJECTS:
        return None
    if any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return None
    mark = _CLAUSE_MARK.search(ctx.text, span.end_char, sent.end_char)
    stop = mark.start() if mark else sent.end_char
    date = next(
        (
            iso
            for s, e, iso in ctx.dates
            if span.end_char <= s < stop and re.search(r"\b(?:1[89]|20)\d\d\b", ctx.text[s:e])
        ),
        None,
    )
    if date is None:
        return None
    hits = ctx.countries_in(doc[sent.start : subj.i])
    if all(h[3] in ("demonym", "adjective") for h in hits):
        # no country's name opens the sentence: the one place named in the verb's own
        # stretch, of the people's country if a demonym names it ("The Nigerien people
        # demonstrated in their tens of thousands in Niamey on 30 July 2023")
        people = {h[2] for h in hits}
        hits = [
            h
            for h in ctx.countries + ctx.cities
            if span.end_char <= h[0] < stop and h[3] not in ("demonym", "adjective")
        ]
        if people and {h[2] for h in hits} != people:
            return None
    if len({h[2] for h in hits}) != 1 or hits[0][3] in ("demonym", "adjective"):
        return None
    return _Cand(
        span.start,
        span.end,
        "protest",
        date=date,
        country=hits[0][2],
        date_from_text=True,
        extra={"noun": "protest"},
    )


def _bombed_country(ctx: _Context, span: Span, sent: Span) -> str | None:
    """The first country named after a bombing's word, before any mark that ends its clause."""
    mark = _CLAUSE_MARK.search(ctx.text, span.end_char, sent.end_char)
    after = ctx.doc.char_span(
        span.end_char, mark.start() if mark else sent.end_char, alignment_mode="contract"
    )
    if after is None or not len(after):
        return None
    hits = [h for h in ctx.countries_in(after) if h[3] not in ("demonym", "adjective")]
    return hits[0][2] if hits else None


def _bombing_war(span: Span, since: str, country: str) -> _Cand:
    """A bombing campaign going on since a day: a war in the country bombed from that day."""
    return _Cand(
        span.start, span.end, "war", date=since, country=country, date_from_text=True, extra={"mod": ""}
    )


def _rule_bombing_noun(ctx: _Context, span: Span) -> _Cand | None:
    """A bombing named by its noun ("the bombing of the al-Ahli hospital in Gaza City on 17
    October 2023", "les bombardements de Gaza … depuis le 7 octobre 2023"): in the place
    named after the noun, before any mark that ends its clause; a campaign going on since
    a day is a war there from that day, one the sentence dates with its day an attack."""
    sent = ctx.text_sentence(span.start, span.end)
    country = _bombed_country(ctx, span, sent)
    if country is None:
        return None
    since = None
    # the day the bombing goes on since, in its own stretch of the sentence: not "the worst
    # massacre since 2014" after it
    own = ctx.own_stretch(sent, span)
    for s, _e, iso in ctx.dates:
        if own.start_char <= s < own.end_char:
            m = _SINCE_BEFORE.search(ctx.text[max(own.start_char, s - 16) : s])
            if m and m.group(1).lower() in _SINCE:
                since = iso
    if since is not None:
        return _bombing_war(span, since, country)
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None or len(date) < 7:
        return None  # "the bombing of Belgrade in 1999": no day, no one attack the rules can tell
    return _told(span, "attack", "bombing", date, country)


def _rule_bombed(ctx: _Context, span: Span) -> _Cand | None:
    """A bombing told by its verb in the simple past, with the country it hit as its
    object and a date in its own stretch ("the Zionist state which bombed Lebanon in the
    summer of 2006", "NATO bombed Yugoslavia in 1999"): a war in that country, as a
    campaign of bombs is; an attack when the date gives the day ("bombed Libya on 15 April
    1986")."""
    verb = span[0]
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children):
        return None
    sent = ctx.text_sentence(span.start, span.end)
    country = _bombed_country(ctx, span, sent)
    if country is None:
        return None
    date = ctx.date_near(ctx.own_stretch(sent, span), span.start, span.end)
    if date is None:
        return None
    if len(date) == 10:
        return _told(span, "attack", "bombing", date, country)
    return _Cand(
        span.start, span.end, "war", date=date, country=country, date_from_text=True, extra={"mod": ""}
    )


#: the simple past of the verbs of protest in the networks' other languages (event_words.yaml):
#: a protest told by one happened, also on a day given without its year
_PAST_PROTEST_VERBS = frozenset(_WORDS.words["past_protest_verbs"])


#: the last words of the patterns of word_protest_told that tell a strike (events.jsonl)
_STRUCK_PERFECT = frozenset({"scioperato", "gestreikt", "grève", "huelga", "greve"})
#: the auxiliaries of a past tense that open a pattern of word_protest_told (events.jsonl)
_PAST_AUXILIARIES = frozenset(
    "hanno ha avevano aveva han habían había ont avaient avait haben hatten hat hatte têm tinham tinha".split()
)


def _rule_word_protest_told(ctx: _Context, span: Span) -> _Cand | None:
    """A protest told by its verb in another language ("In Algerien haben seit Februar 2019
    Millionen … demonstriert", "gingen im Januar 2024 Millionen auf die Straße"): the
    protests of its country, only when its own stretch of the sentence dates them (not
    "wir gehen am 1. Mai auf die Straße", a call, without a year; but a verb in the simple
    past tells one that happened: "In Moskau demonstrierten am 24. Februar Tausende")."""
    sent = ctx.text_sentence(span.start, span.end)
    stretch = ctx.own_stretch(sent, span)
    # a verb in a past tense with its auxiliary ("che hanno scioperato il 31 agosto"): a day
    # without its year is one the text looks back on
    perfect = span[0].lower_ in _PAST_AUXILIARIES
    if ctx.date_near(stretch, span.start, span.end) is None or not (
        perfect
        or re.search(r"\b(?:1[89]|20)\d\d\b", stretch.text)
        or _since_day(ctx, stretch)
        or span[-1].lower_ in _PAST_PROTEST_VERBS
    ):
        return None
    # a strike told by its verb ("hanno scioperato", "ont fait grève") is a strike
    noun = "strike" if span[-1].lower_ in _STRUCK_PERFECT else "protests"
    cand = _rule_word(ctx, span, "protest", noun, clause=sent)
    if cand is not None and cand.date and ctx.ref and cand.date[: len(ctx.ref)] > ctx.ref[: len(cand.date)]:
        # "Am 1. Mai 2024 gehen wir auf die Straße" in a call of 20 April 2024: still to come
        return None
    if cand is not None and any(t.lower_ in _FUTURE_VERBS for t in sent):
        return None  # "Am 1. Mai 2024 werden wir auf die Straße gehen"
    return cand


#: between "elected" and its date: a preposition, an article ("elegido en octubre de 2018",
#: "eleito em 2018", "elected on 7 May 2017", "élu le 6 mai 2012")
_ELECTED_BEFORE_DATE = re.compile(
    r"[^\S\n]+(?:(?:en|em|in|on|le|el|il|nel|am|im|a|à)[^\S\n]+)?(?:(?:el|le|o|the)[^\S\n]+)?"
)


def _rule_elected(ctx: _Context, span: Span) -> _Cand | None:
    """An election told by its participle with its date right after ("el gobierno de X,
    elegido en octubre de 2018", "eleito em 2018"): the election of its country, placed as
    the word rules place events. Not without a date ("el nuevo parlamento elegido")."""
    gap = _ELECTED_BEFORE_DATE.match(ctx.text, span.end_char)
    if gap is None or not any(s == gap.end() for s, _e, _iso in ctx.dates):
        return None
    return _rule_word(ctx, span, "election", "election")


def _since_day(ctx: _Context, stretch: Span) -> bool:
    """A day of ``stretch`` after "since" ("desde el 18 de junio", "seit dem 3. März"): one
    past, also without its year."""
    for s, _e, _iso in ctx.dates:
        if stretch.start_char <= s < stretch.end_char:
            m = _SINCE_BEFORE.search(ctx.text[max(stretch.start_char, s - 16) : s])
            if m is not None and m.group(1).lower() in _SINCE:
                return True
    return False


def _rule_word_movement(ctx: _Context, span: Span) -> _Cand | None:
    """A movement that has fought since a day ("In Frankreich kämpft die Bewegung der
    Gelbwesten seit November 2018 …"): the protests of its country from that month; a
    movement with no such day is no event ("le mouvement ouvrier")."""
    sent = ctx.text_sentence(span.start, span.end)
    stretch = ctx.own_stretch(sent, span)
    since = None
    for s, _e, iso in ctx.dates:
        if stretch.start_char <= s < stretch.end_char and len(iso) >= 7:
            m = _SINCE_BEFORE.search(ctx.text[max(sent.start_char, s - 16) : s])
            if m and m.group(1).lower() in _SINCE:
                since = iso
    if since is None and not _born_movement(ctx, span):
        return None
    return _rule_word(ctx, span, "protest", "protests", clause=sent)


#: the verbs of a movement's birth (event_words.yaml birth_verbs)
_BIRTH_VERBS = frozenset(_WORDS.words["birth_verbs"])


def _born_movement(ctx: _Context, span: Span) -> bool:
    """A movement whose birth its sentence tells, after the day it began ("el 15 de mayo
    de 2011, miles de jóvenes acamparon en la plaza y nació el movimiento X"): a verb of
    birth right before its word (maybe with an article), a day or month before it in its
    sentence."""
    doc = ctx.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in _NAME_ARTICLES:
        i -= 1
    if i < 0 or doc[i].lower_ not in _BIRTH_VERBS:
        return False
    sent = ctx.text_sentence(span.start, span.end)
    return any(sent.start_char <= s < doc[i].idx and len(iso) >= 7 for s, _e, iso in ctx.dates)


def _rule_kill_count(ctx: _Context, span: Span) -> _Cand | None:
    """A massacre told by its count of the dead ("l'attaque de X … a fait au moins 132 morts",
    "la represión dejó más de sesenta muertos"), placed and dated by its sentence; not the
    dead of a war, the nearest event's word before the count in its sentence ("la guerre au
    Sahel, qui a fait des milliers de morts"): the war's. ("la guerra en Ucrania … y las
    protestas en el Perú, donde la represión dejó sesenta muertos": the protests'.)"""
    sent = ctx.text_sentence(span.start, span.end)
    before = [w for w in ctx.triggers + ctx.war_words if sent.start_char <= w[0] and w[1] <= span.start_char]
    if before and max(before) in ctx.war_words:
        return None
    return _rule_word(ctx, span, "attack", "massacre")


@cache
def _superlative_since() -> re.Pattern[str]:
    """A superlative, then within its sentence "since" right before the end of the match
    (event_words.yaml superlative_words, since_words)."""
    sup = "|".join(re.escape(w) for w in _WORDS.words["superlative_words"])
    since = "|".join(re.escape(w) for w in sorted(_SINCE, key=len, reverse=True))
    seen = "|".join(re.escape(w) for w in _WORDS.words["witnessed_verbs"])
    return re.compile(
        rf"(?i)\b(?:{sup})(?:\s+[^\W\d]+(?:-[^\W\d]+)?){{1,3}}"  # the superlative and its noun
        rf"(?:(?:\s+[^\W\d]+){{0,5}}?\s+(?:{seen}))?"  # "(that) Iran has seen", "que le pays ait connue"
        rf"\s+(?:{since})\s+(?:(?:the|le|la|l'|el|dem|den)\s+)?$"
    )


def _compared_since(text: str, start: int) -> bool:
    """The date at ``start`` bounds a comparison ("the largest uprising Iran has seen since
    1979", "la plus grande grève depuis 1995", "der größte Streik seit 1984"): no event's
    date, neither of the event compared nor of another."""
    return _superlative_since().search(text, max(0, start - 120), start) is not None


def _counted_since(ctx: _Context, span: Span) -> bool:
    """An ordinal before the event's word and "since" after it, in a sentence naming no
    country: a count of events over a region ("C'est le septième coup d'État réussi en
    Afrique de l'Ouest depuis 2020", "the fifth coup in the region since 2020"), no one
    event ("Mali's second coup since 2020" names its country and is one)."""
    doc = ctx.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1].text
    # "une série de coups d'État", "a wave of coups": a series, with "since" anywhere in its
    # sentence ("Depuis 2020, la sous-région a connu une série de coups d'État")
    series = span.start >= 2 and before.lower() in _OF_WORDS and doc[span.start - 2].lower_ in _SERIES
    if not series and (before.isdigit() or ordinal_value(before) is None):
        return False
    sent = ctx.text_sentence(span.start, span.end)
    if not any(t.lower_ in _SINCE for t in (sent if series else doc[span.end : sent.end])):
        return False
    return not ctx.countries_in(sent)


#: the words of a series of events (event_words.yaml series_words), and the "of" after them
_SERIES = frozenset(_WORDS.words["series_words"])
_OF_WORDS = frozenset({"of", "de", "d'", "d’", "di", "von", "der"})


_RULES: dict[str, Callable[[_Context, Span], _Cand | None]] = {
    "bombing": _rule_bombing,
    "bombing_noun": _rule_bombing_noun,
    "bombed": _rule_bombed,
    "word_protest_told": _rule_word_protest_told,
    "word_movement": _rule_word_movement,
    "invasion_where": _rule_invasion_where,
    "movement": _rule_word_movement,
    "coup": _rule_coup,
    "word_coup_verb": _rule_word_coup,
    "word_death": _rule_word_death,
    "word_kill": _rule_word_kill,
    # English: "a fascist murdered nine young people" (the word rules run on other languages)
    "kill_verb": _rule_kill_verb,
    "word_death_noun": _rule_word_death_noun,
    "word_coup_bare": _rule_word_coup_bare,
    "coup_gov": _rule_coup_gov,
    "election": _rule_election,
    "attack": _rule_attack,
    "attack_on": _rule_attack_on,
    "disaster": _rule_disaster,
    "protest": _rule_protest,
    "revolution": _rule_revolution,
    "war": _rule_war,
    "crisis": _rule_crisis,
    "congress": _rule_congress,
    "session": _rule_session,
    "death": _rule_death,
    "death_back": _rule_death_back,
    "removal": _rule_removal,
    "removal_noun": _rule_removal_noun,
    "elected": _rule_elected,
    "regime_fall": _rule_regime_fall,
    "ruler_fell": _rule_ruler_fell,
    "ruler_fled": _rule_ruler_fled,
    "martial_law": partial(_rule_word, etype="crisis", noun="martial law"),
    "invasion": _rule_invasion,
    "annexation": _rule_annexation,
    "abolition": _rule_abolition,
    "intervention": _rule_intervention,
    "fire": _rule_fire,
    "fire_open": _rule_fire_open,
    "law": _rule_law,
    "summit": _rule_summit,
    "liberation": _rule_liberation,
    "liberated": _rule_liberated,
    "withdrawal": _rule_withdrawal,
    "law_of": _rule_law,
    "repeal": _rule_repeal,
    "burned": _rule_burned,
    "named_fire": _rule_named_fire,
    "genocide": _rule_genocide,
    "capital_taken": _rule_capital_taken,
    "repealed": _rule_repealed,
    "resignation": _rule_resignation,
    "forced_resign": _rule_forced_resign,
    "stormed": _rule_stormed,
    "gassed": _rule_gassed,
    "word_events_pair": _rule_word_events_pair,
    "stormed_seat": _rule_stormed_seat,
    "storming_of_seat": _rule_storming_of_seat,
    "sank": _rule_sank,
    "named_rising": _rule_named_rising,
    "named_offensive": _rule_named_offensive,
    "named_bloody": _rule_named_bloody,
    "word_named_offensive": _rule_named_offensive,
    "occupied_place": _rule_occupied_place,
    "hijacked": _rule_hijacked,
    "fire_engulfed": _rule_fire_engulfed,
    "burst_at_site": _rule_burst_at_site,
    "capture": _rule_capture,
    "arrested": _rule_arrested,
    "seized_city": _rule_seized_city,
    "blockade": _rule_blockade,
    "caused_movement": _rule_caused_movement,
    "battlefield": _rule_battlefield,
    "protested_since": _rule_protested_since,
    "structure_collapsed": _rule_structure_collapsed,
    # "la represión … dejó más de sesenta muertos": a massacre
    "word_kill_count": _rule_kill_count,
    **{name: partial(_rule_word, etype=etype, noun=noun) for name, (etype, noun) in _WORD_RULES.items()},
    "word_march": _rule_word_march,
}


# --------------------------------------------------------------------------- assembly


def _gazetteer_match(rules: EventRules, cand: _Cand, ref: str | None) -> HistoricalEvent | None:
    """The gazetteer entry a rule-found event is, by type, country and year."""
    year = _year(cand.date)
    same = [
        e
        for e in rules.gazetteer
        if e.type == cand.type and e.country == cand.country and cand.country is not None
    ]
    if year:
        hits = [e for e in same if e.date and e.date[:4] == year]
        return hits[0] if len(hits) == 1 else None
    if ref:
        same = [e for e in same if e.date and e.date[:4] <= ref[:4]]
        if cand.type in _RECURRING:
            # protests and elections recur: an undated one is recent ("the strike in France"
            # in a text of 2023 is not the May 1968 of the gazetteer)
            same = [e for e in same if e.date and int(ref[:4]) - int(e.date[:4]) <= _RECENT_YEARS]
    elif cand.type in _RECURRING:
        return None
    if ref and cand.type == "war" and len(same) > 1:
        # "the war in Ukraine" in a text of 2024 is the country's latest war before the text
        # (the invasion of 2022), not an earlier one of the gazetteer (the war in Donbas)
        return max(same, key=lambda e: e.date or "")
    return same[0] if len(same) == 1 else None


#: event types that recur in a country, and how many years before a text an undated one may lie
_RECURRING = frozenset({"protest", "election"})
#: how far (tokens) after a dated protest or election an undated one of its country is it
_RECALL_REACH = 80
_RECENT_YEARS = 3


def _finish(ctx: _Context, cand: _Cand) -> _Cand | None:
    """Give a rule candidate its gazetteer identity or its own key and label."""
    rules = ctx.rules
    if cand.gazetteer is None and cand.type in (
        "coup",
        "revolution",
        "war",
        "election",
        "protest",
        "congress",
    ):
        entry = _gazetteer_match(rules, cand, ctx.ref)
        if entry is not None:
            cand.gazetteer = entry
    if cand.gazetteer is None and cand.type == "disaster" and cand.date and len(cand.date) == 10:
        # "the Rana Plaza building … collapsed on 24 April 2013": the well-known disaster of
        # its country on that very day (a day, not a year: disasters of one year are many)
        same_day = [
            e
            for e in rules.gazetteer
            if e.type == "disaster" and e.country == cand.country and cand.country and e.date == cand.date
        ]
        if len(same_day) == 1:
            cand.gazetteer = same_day[0]
    if cand.type == "crisis" and cand.extra.get("economic") and cand.country is None:
        year = _year(cand.date)
        crises = [
            e
            for e in rules.gazetteer
            if e.type == "crisis"
            and e.country is None
            and e.date
            and re.search(r"financial|economic|depression", e.label, re.I)
        ]
        if year:
            hits = [e for e in crises if e.date and e.date[:4] == year]
        elif ctx.ref:
            # "the economic crisis" written in the few years after a great one
            hits = [e for e in crises if e.date and 0 <= int(ctx.ref[:4]) - int(e.date[:4]) <= 3]
        else:
            hits = []
        if len(hits) == 1:
            cand.gazetteer = hits[0]
        elif cand.extra.get("undated"):
            return None
    if cand.gazetteer is None and cand.date is None and cand.extra.get("told"):
        cand.date = cand.extra["told"]  # no well-known coup: the one the text just told
    entry = cand.gazetteer
    if entry is not None:
        cand.key, cand.label = entry.key, entry.label
        cand.country = cand.country or entry.country
        if cand.date and entry.date and entry.date.startswith(cand.date[:4]):
            cand.date = (
                _more_precise(entry.date, cand.date) if len(cand.date) > len(entry.date) else entry.date
            )
        elif not cand.date_from_text or not cand.date:
            cand.date = entry.date
        return cand
    return _own_identity(ctx, cand)


_SURNAME_PARTICLES = frozenset(_WORDS.words["surname_particles"])
_SURNAME_ARTICLES = tuple(sorted(_WORDS.words["surname_articles"], key=len, reverse=True))


def fall_surname(ruler: str) -> str:
    """The surname of a ruler's name as a regime's fall is keyed by: its last word, the
    particles before it, not an Arabic article.

    >>> fall_surname("Omar al-Bashir"), fall_surname("al-Bashir"), fall_surname("Bashar al-Assad")
    ('Bashir', 'Bashir', 'Assad')
    >>> fall_surname("Zine El Abidine Ben Ali"), fall_surname("Sheikh Hasina"), fall_surname("Assad")
    ('Ben Ali', 'Hasina', 'Assad')
    """
    words = ruler.split()
    if not words:
        return ruler
    n = len(words) - 1
    while n > 0 and words[n - 1].casefold() in _SURNAME_PARTICLES:
        n -= 1
    last = " ".join(words[n:])
    low = last.casefold()
    art = next((a for a in _SURNAME_ARTICLES if low.startswith(a) and len(low) > len(a) + 1), "")
    return last[len(art) :]


def _own_identity(ctx: _Context, cand: _Cand) -> _Cand | None:
    name = ctx.rules.country_name
    cc = cand.country
    year = _year(cand.date)
    where = f" in {name(cc)}" if cc else ""
    x = cand.extra
    t = cand.type
    if t == "coup":
        if cc is None:
            return None
        what = "coup attempt" if x.get("attempt") else "coup d'état"
        cand.label = f"{year} {what}{where}" if year else f"{what.capitalize()}{where}"
        cand.key = f"coup-{cc.lower()}-{year}" if year else f"coup-{cc.lower()}"
    elif t == "election" and x.get("kind") == "referendum":
        cand.label = f"{year} referendum{where}"
        cand.key = f"referendum-{cc.lower()}-{year}" if cc else None
    elif t == "election":
        kind = f"{x['kind']} " if x.get("kind") else ""
        cand.label = f"{year} {kind}election{where}"
        cand.key = f"election-{cc.lower()}-{year}" if cc else None
    elif t in ("attack", "disaster"):
        noun = x.get("noun") or t
        cand.label = f"{year} {noun}{where}" if year else f"{noun.capitalize()}{where}"
        cand.key = f"{t}-{cc.lower()}-{year}" if cc and year else None
        family = _DISASTER_KINDS.get(noun.split()[0]) or _DISASTER_KINDS.get(noun.split()[-1])
        if cand.key and t == "disaster" and family:
            # an earthquake and a flood in one country and year are two disasters (a
            # massacre and an attack there may be one event, told with two words)
            cand.key = f"{cand.key}-{family}"
        if x.get("name"):
            # a massacre with a name of its own ("la Semaine sanglante"): labelled by it
            cand.label = x["name"][0].upper() + x["name"][1:]
            cand.key = slugify(f"attack-{x['name']}")
    elif t == "protest":
        if x.get("noun") == "strike":
            noun = "general strike" if x.get("general", True) else "strike"
        else:
            noun = "protests"
        cand.label = f"{year} {noun}{where}" if year else f"{noun.capitalize()}{where}"
        cand.key = f"protest-{cc.lower()}-{year}" if cc and year else None
        if x.get("name"):
            # a protest with a name of its own ("the Eureka rebellion"): labelled by it
            cand.label = x["name"][0].upper() + x["name"][1:]
            cand.key = slugify(f"protest-{x['name']}")
    elif t == "revolution":
        if x.get("needs_anchor"):
            return None
        cand.label = f"{year} revolution{where}"
        cand.key = f"revolution-{cc.lower()}-{year}" if cc else None
    elif t == "war":
        mod = f"{x['mod']} " if x.get("mod") else ""
        # an intervention, an aggression, an occupation tells its own kind of war ("2013
        # military intervention in Mali"): not "War in Iraq", which is a name of another
        label = x.get("label") or f"{mod}war{where}"
        cand.label = label[0].upper() + label[1:]
        cand.key = f"war-{cc.lower()}-{year}" if cc and year else (f"war-{cc.lower()}" if cc else None)
        if cc is None and x.get("region"):
            cand.key = f"war-{slugify(x['region'])}"  # one war across the region's countries
        if x.get("name"):
            cand.key = slugify(f"war-{x['name']}")  # an offensive by its own name
    elif t == "crisis" and x.get("regime_fall"):
        ruler = x["regime_fall"]
        cand.label = f"Fall of the {ruler} regime{where}"
        # by the surname and the country: "the al-Bashir regime" and "the regime of Omar
        # al-Bashir" are one fall, in every corpus (resolution labels it by the fullest name)
        surname = slugify(fall_surname(ruler))
        cand.key = f"fall-of-the-{surname}-regime-{cc.lower()}" if cc else f"fall-of-the-{surname}-regime"
    elif t == "crisis" and x.get("noun") and cc:
        cand.label = f"{year} {x['noun']}{where}" if year else f"{x['noun'].capitalize()}{where}"
        cand.key = f"crisis-{cc.lower()}-{year}-{slugify(x['noun'])}" if year else None
    elif t == "crisis" and x.get("resignation") and cc:
        cand.label = f"Resignation of {x['person']}{where}"
        cand.key = f"resignation-of-{slugify(x['person'])}-{year}" if year else None
        if x.get("unnamed") and year:
            cand.key = f"resignation-of-{slugify(x['person'])}-{cc.lower()}-{year}"
    elif t == "crisis":
        if x.get("removal") and cc:
            act = "Removal and imprisonment" if x.get("imprisoned") else "Removal from office"
            cand.label = f"{act} of President {x['person']}{where}"
            cand.key = (
                f"crisis-{cc.lower()}-{year}" if year else f"crisis-{cc.lower()}-{slugify(x['person'])}"
            )
        else:
            # the crisis's own words before its noun ("economic", "2008"): none for "the crisis of 2008"
            words = x.get("words") or ""
            desc = " ".join(
                w for w in words.split() if w not in _RECENT | {"deep", "profound", "serious", "great"}
            )
            desc = f"{desc} crisis".strip() if desc else "crisis"
            cand.label = f"{year} {desc}{where}" if year else f"{desc.capitalize()}{where}"
            if cc is None and year is None:
                return None
            cand.key = "-".join(p for p in ("crisis", (cc or "").lower(), year or "") if p)
    elif t == "congress":
        n = ordinal_suffix(x["n"])
        of = f" of the {x['org']}" if x.get("org") else ""
        cand.label = f"{n} Congress{of}" if of else f"{n} Party Congress{where}"
        owner = slugify(x["org"]) if x.get("org") else (cc or "").lower()
        if not owner:
            return None
        cand.key = f"congress-{owner}-{x['n']}"
    elif t == "meeting" and "summit" in x:
        owner = f"{x['summit']} " if x["summit"] else ""
        cand.label = f"{year} {owner}summit{where}"
        cand.key = f"summit-{slugify(x['summit'] or (cc or '').lower())}-{year}"
    elif t == "meeting":
        n = ordinal_suffix(x["n"])
        cand.label = f"{n} {x['noun']} of the {x['org']}"
        cand.key = f"meeting-{slugify(x.get('acronym') or x['org'])}-{x['n']}"
    elif t == "death":
        person = x["person"]
        cand.label = f"Death of {person}"
        # the full name: "Indira Gandhi" and "Rajiv Gandhi" are two deaths (resolution joins
        # "death of Lenin" to the one "death of Vladimir Lenin" there is)
        cand.key = f"death-of-{slugify(person)}"
    else:
        return cand if cand.key and cand.label else None
    if cand.label:
        cand.label = cand.label[0].upper() + cand.label[1:]
    return cand if cand.key else None


#: heads of the names of meetings ("the Second International Conference of …", "the 3rd
#: World Conference"): the networks' meetings are read as conferences (``networks``)
_MEETING_HEADS = frozenset(_WORDS.words["meeting_heads"])

#: heads of names of places, which the model sometimes tags as events
_PLACE_HEADS = frozenset(_WORDS.words["place_heads"])
_FEAST_WORDS = frozenset(_WORDS.words["feast_words"])
#: heads of the names of organisations of parties ("the Second International")
_ORGANISATION_HEADS = frozenset(_WORDS.words["organisation_heads"])
_FEAST_DAY_HEADS = frozenset(_WORDS.words["feast_day_heads"])
#: the last words of the names of kinds of text ("New Year Message")
_TEXT_HEADS = frozenset(_WORDS.words["text_heads"])


def _ner_candidate(ctx: _Context, ent: Span) -> _Cand | None:
    """A named event or law the NER found that no rule or gazetteer entry explains."""
    words = [t for t in ent if t.lower_ != "the"]
    if not words or not any(t.is_title for t in words) or "\n" in ent.text:
        return None
    head = ent.root.lemma_.lower()
    types = {
        "war": "war",
        "revolution": "revolution",
        "crisis": "crisis",
        "election": "election",
        "uprising": "protest",
        "strike": "protest",
        "coup": "coup",
        "congress": "congress",
        "commune": "revolution",
    }
    if ent.label_ == "LAW":
        if head not in _LAW_HEADS:
            return None
        etype = "law"
    else:
        etype = types.get(head, "other")
        if etype != "other" and not words[0].is_title:
            return None
        if etype == "other" and head in _PLACE_HEADS:
            return None  # a building or a square the model took for an event ("the National Stadium")
        named = [t for t in words if t.pos_ != "DET"]
        if etype == "other" and head in _FEAST_DAY_HEADS and named and named[0].lower_ in _FEAST_WORDS:
            # a feast's day the model took for an event ("on Easter Monday, 24 April 1916",
            # "on this New Year of …")
            return None
        if etype == "other" and ent[-1].lower_ in _TEXT_HEADS:
            return None  # a kind of text, a title ("New Year Message: Long live …")
        if etype == "other" and head in _MEETING_HEADS:
            return None  # a network's meeting is a conference of the graph, not an event
        if etype == "other" and head in _ORGANISATION_HEADS:
            return None  # "the Second International": an organisation of parties, not an event
        if etype == "other" and head == "day" and words[0].lower_ in ("international", "world", "national"):
            return None  # "International Day of Solidarity of Working Women": a day kept every year
        if sum(t.is_title for t in words) < 2:
            return None
        if _described_after(ctx, ent):
            return None  # "Black October, the anti-Roma pogrom of October 1993": the rule's event
    return _named_candidate(ctx, ent.start, ent.end, etype, priority=2)


#: an apposition's opening after a name: ", the", ", an"
_APPOSITION = re.compile(r",\s+(?:the|an?)\s+", re.I)


def _described_after(ctx: _Context, ent: Span) -> bool:
    """A name the model tagged an event is told again by its apposition, an event's word a
    rule reads ("Black October, the anti-Roma pogrom of October 1993"): one event, the rule's
    (with its date and place), not a second node for the name."""
    m = _APPOSITION.match(ctx.text, ent.end_char)
    if m is None:
        return False
    return any(
        m.end() <= s <= m.end() + 30 and not _CLAUSE_MARK.search(ctx.text, m.end(), s)
        for s, _e in ctx.triggers
    )


def _anniversary(ctx: _Context, span: Span, bases: list[_Cand]) -> tuple[_Cand, _Cand] | None:
    """ "<n>th anniversary of X": the anniversary and X, found among ``bases``.

    In another language ("80° anniversario della strage di …", "Zum vierten Jahrestag des
    Anschlags von …", "Madımak katliamının 30. yıl dönümünde"), X follows the anniversary's
    words, or comes just before them in Turkish; a date of X's year in the sentence is X's,
    and the anniversary is dated by X's day, else by the text's date (the text marks it).
    """
    other = ctx.language != "en"
    n = _anniversary_number(ctx, span) if other else ordinal_value(span[0].text)
    if n is None:
        return None
    sent = ctx.text_sentence(span.start, span.end) if other else span.sent
    ordered = sorted(bases, key=lambda b: b.start)
    base = next(
        (
            b
            for b in ordered
            if span.end - 1 <= b.start <= span.end + 3 and b.end <= sent.end and b.type != "anniversary"
        ),
        None,
    )
    if base is None and other:
        # Turkish: "Madımak katliamının 30. yıl dönümünde"
        base = next((b for b in ordered if b.end == span.start and b.start >= sent.start), None)
    if base is None:
        return None
    if other:
        return _anniversary_other(ctx, span, base, n, sent)
    clause = ctx.clause(span.start, base.end)
    date = ctx.date_near(clause, span.start, base.end)
    if date is not None and ctx.ref and abs(int(date[:4]) - int(ctx.ref[:4])) > 2:
        # a date far from the text's is no day the text marks: another event's ("the 90th
        # anniversary of the founding of X in July 1921 and the 70th anniversary of the
        # invasion of Y on 22 June 1941")
        date = None
    if date is not None and date == base.date and base.gazetteer is None:
        # "the centenary of X's death, which falls on ...": the date is the anniversary's
        base.date = None
    if date is not None and base.date and date[:4] == base.date[:4]:
        date = None  # the date is the event's own ("the 20th anniversary of the 1989 ...")
    if date is not None:
        exact = shift_years(date, -n)
        if not base.date or (exact.startswith(base.date) or base.date.startswith(exact[:4])):
            base.date = (
                _more_precise(base.date, exact)
                if base.date and exact.startswith(base.date)
                else (base.date or exact)
            )
        if base.date and len(date) < len(base.date) and base.date[:4] == shift_years(date, -n)[:4]:
            # "November is the 20th anniversary of ..." and the event's own day is known
            date = _more_precise(date, shift_years(base.date, n)) or date
    elif base.date:
        date = shift_years(base.date, n)
    ann = _anniversary_of(
        base,
        n,
        date,
        span.start,
        base.end,
        ("Fall", "Death", "Dissolution", "Founding", "Removal", "Protests", "Victory", "Liberation"),
    )
    return ann, base


def _anniversary_of(
    base: _Cand, n: int, date: str | None, start: int, end: int, articled: tuple[str, ...]
) -> _Cand:
    """The ``n``th anniversary of ``base`` over tokens ``start:end``; a label that opens with
    one of ``articled`` takes "the" ("50th anniversary of the fall of …")."""
    assert base.key and base.label
    label = base.label
    if label.split()[0] in articled:
        label = "the " + label[0].lower() + label[1:]
    return _Cand(
        start,
        end,
        "anniversary",
        label=f"{ordinal_suffix(n)} anniversary of {label}",
        date=date,
        country=base.country,
        key=f"anniversary-{n}-{base.key}",
        date_from_text=date is not None,
    )


def _anniversary_other(ctx: _Context, span: Span, base: _Cand, n: int, sent: Span) -> tuple[_Cand, _Cand]:
    """The anniversary of ``base`` in a text in another language (see ``_anniversary``)."""
    start, end = min(span.start, base.start), max(span.end, base.end)
    date = ctx.date_near(sent, start, end)
    year = shift_years(ctx.ref, -n)[:4] if ctx.ref else None
    if date is not None and base.date and date[:4] == base.date[:4] and not base.extra.get("hinted"):
        date = None  # the event's own ("o 50º aniversário da Revolução dos Cravos de 25 de Abril de 1974")
    if date is not None and date[:4] == year:
        # "Pour le 60e anniversaire du massacre du 17 octobre 1961": the event's own date
        if not base.date or base.extra.get("hinted") or date.startswith(base.date):
            base.date = _more_precise(base.date, date) if base.date and date.startswith(base.date) else date
        date = None
    if date is not None:
        exact = shift_years(date, -n)
        if not base.date or exact.startswith(base.date):
            base.date = _more_precise(base.date, exact) if base.date else exact
    elif base.date:
        date = shift_years(base.date, n)
    if ctx.ref and (date is None or (len(date) < len(ctx.ref) and ctx.ref.startswith(date))):
        date = ctx.ref  # "80° anniversario della strage di …", undated: the day the text marks it
    ann = _anniversary_of(base, n, date, start, end, ("Death", "Protests"))
    return ann, base


def _stance(ctx: _Context, start: int, end: int, *, mourning: bool = True) -> str | None:
    """ "condemns"/"supports" when a stance word of the speakers governs the event."""
    doc = ctx.doc
    seen: set[int] = set()
    for tok in doc[start:end]:
        against = victims = False
        for anc in [tok, *tok.ancestors]:
            if anc.i in seen:
                break
            seen.add(anc.i)
            if anc.dep_ == "relcl" and not (start <= anc.i < end):
                # "we salute the people who resisted the coup": the stance is towards the people
                break
            lemma = anc.lemma_.lower()
            if lemma in _AGAINST and not (start <= anc.i < end):
                against = True  # "solidarity with the struggle against the coup"
                continue
            if lemma == "victim" and not (start <= anc.i < end):
                victims = True  # "we mourn the victims of the massacre"
                continue
            if lemma == "mourn" and victims:
                if not mourning:
                    return None  # the victims of an earthquake are mourned, the earthquake not condemned
                lemma = "condemn"
            if lemma in _LIGHT_VERBS:
                # "We express our solidarity with the strike": the parser hangs "with …" on
                # the verb, the stance is its object's
                obj = next(
                    (c for c in anc.children if c.dep_ == "dobj" and c.lemma_.lower() in _CONDEMN | _SUPPORT),
                    None,
                )
                if obj is not None:
                    lemma = obj.lemma_.lower()
            if lemma not in _CONDEMN and lemma not in _SUPPORT:
                continue
            if anc.i >= start and anc.i < end:
                continue
            if any(c.dep_ == "neg" for c in anc.children):
                return None  # "we do not support the war", "we never condemned …": no sure stance
            subj = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
            if anc.pos_ == "VERB" and subj:
                s = subj[0]
                ok = (
                    s.dep_ == "nsubjpass"
                    or s.lower_ in _SPEAKERS
                    or s.lemma_.lower() in _SPEAKER_NOUNS
                    or s.lower_ in _network_acronyms()
                    or s.ent_type_ == "ORG"
                )
                if ok and _named_other(s) and anc.tag_ in ("VBD", "VBN"):
                    # "The Christian Democratic Party hailed the coup": a named body's past
                    # deed is reported, while the authors speak in the present ("The
                    # Central Committee of the Party condemns …", "The Conference salutes …")
                    ok = False
                if not ok:
                    continue
            if against:
                # support for a fight against the event condemns it; condemning a fight
                # against it says nothing sure
                return "condemns" if lemma in _SUPPORT else None
            return "condemns" if lemma in _CONDEMN else "supports"
    # "Long live X!"
    sent = doc[start].sent
    opening = sent.text.lower().lstrip()
    if opening.startswith("long live"):
        return "supports"
    if opening.startswith(("down with", "no to ")):
        return "condemns"  # "Down with the military coup!", "No to the war in …!"
    return None


def _named_other(subject: Token) -> bool:
    """The subject names an organisation of its own ("the Christian Democratic Party"), not
    the speakers' own body ("the Conference", "our Party", "the ICOR")."""
    own = _OWN_BODY_WORDS | _network_acronyms()
    if subject.lower_ in _SPEAKERS or subject.lower_ in own:
        return False
    words = [t for t in subject.subtree if t.i < subject.i and t.dep_ in ("compound", "amod")]
    if any(t.lower_ in ("our", "my") for t in subject.children):
        return False
    return any(t.pos_ == "PROPN" or t.is_title for t in words if t.lower_ not in own)


#: the beginnings of "International" in the networks' languages (event_words.yaml)
_INTERNATIONAL = tuple(_WORDS.words["international_prefixes"])


@cache
def _network_heads() -> dict[str, frozenset[str]]:
    """The head nouns of the networks' names (``networks.yaml``), lower case, and the
    networks whose names they head: "conference" (ICMLPO's), "coordination" (ICOR's)."""
    heads: dict[str, set[str]] = {}
    for n in load_networks():
        for name, _lang in n.names:
            words = [w for w in name.split() if not w.casefold().startswith(_INTERNATIONAL)]
            if words:
                heads.setdefault(words[0].casefold(), set()).add(n.key)
    return {w: frozenset(keys) for w, keys in heads.items()}


@cache
def _network_acronyms() -> frozenset[str]:
    """The networks' acronyms, lower case (``data/reference/networks.yaml``): "the ICOR"
    condemning something is the speakers' own body."""
    return frozenset(a.lower() for n in load_networks() for a in n.acronyms)


#: words of the speakers' own bodies' names ("the Central Committee", "the Coordinating Committee")
_OWN_BODY_WORDS = frozenset(_WORDS.words["own_body_words"])
#: "against" in the networks' languages: "solidarity with the struggle against the coup"
_AGAINST = frozenset(_WORDS.words["against"])
#: "never again" before a war word in a slogan: event_words.yaml never_again
_NEVER_AGAIN = frozenset(_WORDS.words["never_again"])
#: verbs whose object carries the stance ("express solidarity", "declare support")
_LIGHT_VERBS = frozenset(_WORDS.words["light_verbs"])
#: what a head of state or government is removed from
_OFFICES = frozenset(_WORDS.words["offices"])
#: nouns that name who acts: a country's adjective on one names the agent, not the place
_AGENT_NOUNS = frozenset(_WORDS.words["agent_nouns"])
#: nouns that name an event of their own: a date hanging on one is that event's
_EVENT_NOUNS = frozenset(_WORDS.words["event_nouns"])
_ANAPHORIC = frozenset({"coup", "protest", "war", "election", "revolution"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
#: the other languages' demonstratives (event_words.yaml)
_OTHER_DEMONSTRATIVES = frozenset(_WORDS.words["demonstratives"])


def _refers_back(doc: Doc, rule: str, span: Span, finished: list[_Cand]) -> _Cand | None:
    """ "this fascist coup" after a coup the text named: the same event, mentioned again.

    A demonstrative (with adjectives between) points back to the last event of the kind
    named before it, the article only to one named in the sentences just before ("… seized
    power in Myanmar. We condemn the coup."); its stance is read where it stands.
    """
    if rule == "protest" and _called_for(doc[span.end - 1]):
        return None  # "calls on … to take part in the demonstrations on 8 March": ones to come
    k = span.start - 1
    while (
        k >= 0
        and span.start - k <= 3
        and doc[k].pos_ in ("ADJ", "ADV", "PUNCT")
        and doc[k].text not in ".;!?"
    ):
        k -= 1
    if k < 0 or doc[k].lower_ not in _DEMONSTRATIVES | _OTHER_DEMONSTRATIVES | {"the"}:
        return None
    before = [c for c in finished if c.type == rule and c.end <= k and c.key]
    if not before or any(c.start < span.end and k < c.end for c in finished):
        return None
    last = max(before, key=lambda c: c.end)
    if doc[k].lower_ == "the" and doc[k].idx - doc[last.end - 1].idx > _THE_REACH:
        return None  # "the coup" points back only to one named just before
    if k + 1 < span.start:
        # "The Brexit vote, like the Greek referendum": a country's adjective between the
        # article and the word names another event than the last one, of another country
        words = doc[k + 1 : span.start].text
        if any(hit.iso2 != last.country for hit in country_hits(words)):
            return None
    return replace(last, start=k, end=span.end, extra=dict(last.extra))


#: how far back (characters) "the coup" may point to a coup the text named
_THE_REACH = 300
#: how far back (characters) a coup of the text's country takes the date of the story told
_TOLD_REACH = 400
#: a capital standing for its government, not for where an event took place ("prepared in
#: Washington", "backed by Moscow", "orders from Paris")
_CITY_AS_POWER = re.compile(
    r"\b(?:(?:" + "|".join(_WORDS.words["city_as_power_verbs"]) + r")\s+(?:in|by|from)|from)\s+$", re.I
)
#: a Turkish city in the dative or the ablative ("Kobanê'ye", "Ankara'dan"): whither or whence,
#: not where (the locative is "Suruç'ta", "Sivas'ta")
#: the words before a one-word region's name that make it a place: event_words.yaml
_REGION_PREPOSITIONS = frozenset(_WORDS.words["region_prepositions"])
#: the past forms of verbs of a disaster, after which a region's name is a place: event_words.yaml
_STRUCK_FORMS = frozenset(_WORDS.words["struck_forms"])


def _region_as_place(text: str, start: int, end: int) -> bool:
    """A region's name in ``text[start:end]`` is told as a place: a name of several words
    ("Cabo Delgado", "Emilia-Romagna"), or one word after a preposition of place ("in
    Tigray", "en Chubut"), after a place's name and a comma ("Iguala, Guerrero") or with a
    Turkish case ending ("Hatay'da"); not a word that only looks like one ("Ordu yönetime
    el koydu", "the army" in Turkish)."""
    name = text[start:end]
    if re.search(r"[\s-]", name) or re.match(r"['’]\w", text[end : end + 2]):
        return True
    before = re.search(r"([^\s,]+)(,?)\s+$", text[max(0, start - 30) : start])
    if before is None:
        return False
    word, comma = before.groups()
    if comma:
        return word[:1].isupper()
    return word.casefold() in _REGION_PREPOSITIONS or word.casefold() in _STRUCK_FORMS


_TR_DIRECTION = re.compile(r"['’](?:y?[ae]|[dt][ae]n)\b")
#: how far back (characters) the document's country named makes it an undated-place event's
_STORY_REACH = 600


#: rules whose words do not cut the stretch of the events around them (``own_stretch``): an
#: anniversary's words, a bare "golpe", a verb of killing and a noun of death, which tell the
#: events beside them ("la masacre de Sacaba, donde la policía … mataron a diez campesinos
#: … el 15 de noviembre de 2019": the date is the massacre's too); a summit, which tells
#: the occasion of the protests beside it ("die Massenproteste gegen den G20-Gipfel in
#: Hamburg im Juli 2017": the place and date are the protests' too)
_NOT_TRIGGERS = frozenset(
    {
        "word_anniversary",
        "word_coup_bare",
        "word_kill",
        "kill_verb",
        "word_kill_count",
        "word_death_noun",
        "death_back",
        "summit",
        # a liberation's or a withdrawal's word (the nouns and verbs common: "keine Befreiung",
        # "trat", "retrait") cuts no other rule's stretch
        "liberation",
        "liberated",
        "withdrawal",
    }
)


def tagged_runs(doc: Doc) -> list[tuple[int, int]]:
    """The token runs ``(start, end)`` of ``doc`` that the statistical model annotated.

    A selective parse (``nlp.parse``) tags only the sentences that hold a candidate for a
    rule; the others are tokenised only and carry no tag.

    >>> from movement_graph.nlp import build_nlp, rule_only_doc, join
    >>> nlp = build_nlp()
    >>> doc = join(nlp, [rule_only_doc(nlp, "KAB, Germany. "), nlp("The coup failed.")], "KAB, Germany. The coup failed.")
    >>> tagged_runs(doc)
    [(4, 8)]
    """
    if not len(doc):
        return []
    tagged = numpy.concatenate(([0], doc.to_array("TAG") != 0, [0])).astype("int8")
    edges = numpy.flatnonzero(numpy.diff(tagged))
    return [(int(s), int(e)) for s, e in zip(edges[::2], edges[1::2], strict=True)]


def _longer_name(doc: Doc, start: int) -> bool:
    """A landmark's name at token ``start`` is the end of a longer proper name: a
    capitalised proper noun right before it, inside its sentence, that is no people's or
    country's adjective nor part of a person's name ("the Kisan Long March", not "the Great
    October Revolution", "the Chinese Cultural Revolution" or "Vladimir Ilyich Lenin's death")."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return (
        prev.is_title
        and prev.pos_ == "PROPN"
        and not prev.is_sent_start
        and prev.ent_type_ not in ("NORP", "GPE", "PERSON")
    )


def _was(rule: str, span: Span, language: str) -> bool:
    """The English rule of wars matched German or Dutch "war" ("was": "Der Anschlag war kein
    Einzelfall", "Erst am 5. November 2015 war bei X der Damm gebrochen"): no event, nor an
    event's word that opens the stretch of the event after it (_Context.own_stretch)."""
    return rule == "war" and language in ("de", "nl") and span[-1].lower_ == "war"


def tagged_matches(matcher: Matcher, doc: Doc, text: str | None = None) -> list[tuple[int, int, int]]:
    """``matcher(doc)`` read over the runs the model annotated only, in the order the
    matcher gives over the whole Doc.

    The event patterns' words are what sends a sentence to the model
    (``nlp.candidates``), so a sentence that is only tokenised holds no match: the
    matcher, whose cost grows with the tokens it reads times the patterns' predicates,
    skips it. Every pattern is added with ``greedy="LONGEST"``: over a whole Doc spaCy
    gives each rule's matches together, rules in the order of their first match, each
    rule's matches longest first and then by start; the matches of the runs are put in
    that order. Of those runs, only the sentences that hold every required word of some
    pattern are read (a sentence that reached the model for a name holds no match).
    ``text`` is ``doc.text``, when the caller has it.
    """
    order: dict[int, list[tuple[int, int, int]]] = {}
    for start, end in _pattern_runs(doc, doc.text if text is None else text):
        for key, s, e in matcher(doc[start:end]):
            order.setdefault(key, []).append((key, s + start, e + start))
    return [m for found in order.values() for m in sorted(found, key=lambda m: (m[1] - m[2], m[1]))]


def _pattern_runs(doc: Doc, text: str) -> Iterator[tuple[int, int]]:
    """The token runs of the annotated sentences next to which a pattern's required words
    all stand: each pair of neighbouring sentences is tested, so that a match that runs past
    a full stop that ends no sentence ("104. Yıldönümünde", "the murder of Gen. Soleimani")
    is read whole. A sentence that reached the model for a name or a date only, away from
    such words, holds no match and is skipped."""
    holds = default_filter().pattern_holds
    for start, end in tagged_runs(doc):
        a = doc[start].idx
        b = doc[end - 1].idx + len(doc[end - 1].text_with_ws)
        pieces = [(a + s, a + e) for s, e in sentences(text[a:b])]
        if len(pieces) == 1:
            if holds(text[a:b]):
                yield start, end
            continue
        # pair[k]: pieces k and k + 1 together hold a pattern's words
        pair = [holds(text[pieces[k][0] : pieces[k + 1][1]]) for k in range(len(pieces) - 1)]
        keep = [(i > 0 and pair[i - 1]) or (i < len(pair) and pair[i]) for i in range(len(pieces))]
        i = 0
        while i < len(pieces):
            if not keep[i]:
                i += 1
                continue
            k = i
            while k + 1 < len(pieces) and keep[k + 1]:
                k += 1
            span = doc.char_span(pieces[i][0], pieces[k][1], alignment_mode="expand")
            if span is not None:
                yield span.start, span.end
            i = k + 1


def events(
    doc: Doc,
    *,
    source: Document,
    rules: EventRules | None = None,
    language: str = "en",
    organisations: Sequence[tuple[int, int]] = (),
) -> Iterator[EventMention]:
    """Yield the events ``doc`` refers to, with offsets in the source file.

    Parameters
    ----------
    doc:
        the parsed text of ``source`` (tagger, parser and NER applied).
    source:
        the document; its ``date`` resolves relative expressions, its ``title_quote``
        lends its stance to the events it names.
    rules:
        gazetteer, patterns and country lookup; the repository's data files by default.
    language:
        the text's language: the model's EVENT and LAW entities name events only in
        English, the model's language ("del Reino Unido" in a Spanish text is no event);
        the rules of events named by a word of another language ("guerra") read only
        texts in another language.
    organisations:
        where the organisation rules found names (character offsets in ``doc``): in another
        language these, not the model's entities, hold the countries that place no event
        ("Partido Comunista del Perú").

    Returns
    -------
    Iterator[EventMention]
        in text order; an anniversary also yields the event it commemorates.
    """
    rules = rules or default_rules()
    ctx = _Context(doc, source, rules, language, organisations)
    matcher, phrases = rules.matchers(doc)
    cands: list[_Cand] = []
    for match_id, s, e in phrases(doc):
        entry = rules.gazetteer[int(doc.vocab.strings[match_id])]
        if entry.date and ctx.ref and entry.date[:4] > ctx.ref[:4]:
            # a known event of the years after the text is not the one its words name ("the
            # war against Iraq" in a text of 1994 is not the war of 2003)
            continue
        clause = ctx.clause(s, e)
        date = ctx.date_near(clause, s, e)
        ok = date is not None and entry.date is not None and date[:4] == entry.date[:4]
        if date is not None and not ok and _longer_name(doc, s):
            continue  # "the Kisan Long March in March 2018": another event, not the Long March of 1934
        cands.append(
            _Cand(
                s,
                e,
                entry.type,
                date=date if ok else None,
                country=entry.country,
                priority=0,
                gazetteer=entry,
                date_from_text=ok,
            )
        )
    ctx.named_events = sorted((doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])) for c in cands)
    anniversaries: list[Span] = []
    unread: list[tuple[str, Span]] = []
    # the event words a demonstrative of another language points back with (_refers_back),
    # with the rules' own reading of them when no event of their kind was told before
    pointing: list[tuple[str, Span, _Cand | None]] = []
    matches = tagged_matches(matcher, doc, ctx.text)
    ctx.triggers = sorted(
        {
            (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
            for m, s, e in matches
            if doc.vocab.strings[m] not in _NOT_TRIGGERS
        }
    )
    ctx.was = {
        (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        for m, s, e in matches
        if _was(doc.vocab.strings[m], doc[s:e], language)
    }
    ctx.death_words = sorted(
        (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        for m, s, e in matches
        if doc.vocab.strings[m] == "word_death_noun"
    )
    ctx.war_words = sorted(
        (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        for m, s, e in matches
        if doc.vocab.strings[m] in ("war", "word_war")
    )
    ctx.blows = sorted(
        (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        for m, s, e in matches
        if doc.vocab.strings[m] == "word_coup_bare"
    )
    if language != "en":
        ctx.named_blows = [
            (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
            for m, s, e in matches
            if doc.vocab.strings[m] == "word_coup_bare" and _named_blow(ctx, doc[s:e])
        ]
    ctx.coup_triggers = sorted(
        {
            (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
            for m, s, e in matches
            if doc.vocab.strings[m] in ("coup", "coup_gov", "word_coup_verb")
        }
    )
    if language != "en" and ctx.ref:
        # an anniversary in another language dates the event it numbers, which its rule
        # reads (_Context.anniversary_year): "80° anniversario della strage di …" in 2024
        for m, s, e in matches:
            if doc.vocab.strings[m] == "word_anniversary":
                n = _anniversary_number(ctx, doc[s:e])
                if n is None:
                    continue
                year = shift_years(ctx.ref, -n)[:4]
                stop = ctx.text_sentence(s, e).end
                for k in range(e, min(e + 4, stop)):
                    ctx.hints_after.setdefault(k, year)
                ctx.hints_before.setdefault(s, year)
    # the words another language's own rule reads ("les mobilisations de la jeunesse du
    # Kenya"): the English parse of that text places and dates nothing there
    worded = (
        {(s, e) for m, s, e in matches if doc.vocab.strings[m] == "word_protest"}
        if language != "en"
        else set()
    )
    for match_id, s, e in matches:
        rule = doc.vocab.strings[match_id]
        span = doc[s:e]
        if rule == "protest" and (s, e) in worded:
            continue
        if _was(rule, span, language):
            continue  # "Der Anschlag war kein Einzelfall": German "was", not a war
        if rule == "anniversary":
            anniversaries.append(span)
            continue
        if rule != "word_anniversary" and _counted_since(ctx, span):
            continue  # "le septième coup d'État réussi en Afrique de l'Ouest depuis 2020"
        if (rule in _WORD_RULES or rule.startswith("word_")) and language == "en":
            continue
        if rule == "word_anniversary":
            anniversaries.append(span)
            continue
        # "Ce coup d'État est le dernier d'une série : après le Mali (août 2020 …)": a
        # demonstrative points back to the coup told before, not to one its sentence's
        # places and dates tell; the rules' own reading stands only when none was told
        # ("condena esta tentativa de golpe" after a story told by other words)
        pointed = (
            language != "en" and rule in _ANAPHORIC and s > 0 and doc[s - 1].lower_ in _OTHER_DEMONSTRATIVES
        )
        if pointed:
            cands += _bracketed_series(ctx, span, rule)
        handler = _RULES.get(rule)
        if rule == "coup" and language != "en" and ctx.adjacent_adjective(span) is not None:
            handler = None  # "der chilenische Putsch": the adjective places it, not the English parse
        cand = handler(ctx, span) if handler else None
        if cand is None and rule in ("war", "word_war"):
            cand = _war_in_region(ctx, span)
        if rule == "coup" and language != "en" and (cand is None or cand.date is None):
            # the English parse of another language found no date ("die Putsche in Burkina
            # Faso am 24. Januar und am 30. September 2022"): the sentence's own words do
            cand = _rule_coup_other(ctx, span) or cand
        if pointed:
            pointing.append((rule, span, cand))
        elif cand is not None:
            cands.append(cand)
            if rule == "ruler_fell":
                cands += _ruler_fell_gapped(ctx, cand)
                cand.extra.pop("gapped_from", None)
            if "pair" in cand.extra:
                cands.append(cand.extra.pop("pair"))
            cands += (
                _coordinated(ctx, span, cand)
                or _coordinated_days(ctx, span, cand)
                or _months_of_year(ctx, span, cand)
                or _compass_pair(ctx, span, cand)
            )
        elif rule in _ANAPHORIC:
            unread.append((rule, span))
    for ent in doc.ents if language == "en" else ():
        if ent.label_ in ("EVENT", "LAW"):
            cand = _ner_candidate(ctx, ent)
            if cand is not None:
                cands.append(cand)

    finished: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (c.priority, -(c.end - c.start), c.start)):
        if any(c.start < cand.end and cand.start < c.end for c in finished):
            continue
        done = _finish(ctx, cand) if cand.priority > 0 or cand.gazetteer else cand
        if done is not None:
            finished.append(done)
    for rule, span in unread:
        again = _refers_back(doc, rule, span, finished)
        if again is not None:
            finished.append(again)
    for rule, span, cand in pointing:
        again = _refers_back(doc, rule, span, finished)
        if (
            again is None
            and cand is not None
            and not any(c.start < cand.end and cand.start < c.end for c in finished)
        ):
            again = _finish(ctx, cand)
        if again is not None:
            finished.append(again)
    finished += _founded_by_verb(ctx, finished)
    # the founding an anniversary numbers, by its year: one text marking one centenary of a
    # founding names one founding, by whichever names ("Centenaire de la fondation de
    # l'Internationale Communiste" … "le centenaire de la fondation du Komintern")
    foundings: dict[str, _Cand] = {}
    for span in anniversaries:
        pair = _anniversary(ctx, span, finished)
        if pair is None:
            told = _anniversary_told(ctx, span)
            if told is not None and told.type == "founding":
                first = foundings.setdefault(told.extra["year"], told)
                told.key, told.label = first.key, first.label
            if told is not None and not any(c.start < told.end and told.start < c.end for c in finished):
                pair = _anniversary(ctx, span, [told])
                if pair is not None:
                    # undated by the sentence: in the year the anniversary numbers back from
                    # the text's date, and the anniversary in the text's year
                    pair[1].date = pair[1].date or told.extra["year"]
                    pair[0].date = pair[0].date or (ctx.ref[:4] if ctx.ref else None)
                    finished.append(pair[1])
        if pair is not None:
            finished.append(pair[0])
    finished += _years_ago_anniversaries(ctx, finished)

    _named_again(ctx, finished)
    _consolidate(finished)
    _one_day_disasters(finished)
    title = ctx.title_span()
    title_stance: dict[str, str] = {}
    stances: dict[int, str | None] = {}
    for i, c in enumerate(finished):
        stances[i] = _stance(ctx, c.start, c.end, mourning=c.type != "disaster")
        if title is not None and title.start <= c.start < title.end and stances[i] and c.key:
            title_stance[c.key] = stances[i]  # type: ignore[assignment]
    for i, c in sorted(enumerate(finished), key=lambda ic: (ic[1].start, ic[1].end)):
        assert c.key and c.label
        if c.date and ctx.ref and c.type in _TO_COME and _after(c.date, ctx.ref):
            continue  # "the presidential election in November", in an October text: to come
        if c.type == "anniversary" and c.date and ctx.ref and c.date[:4] > ctx.ref[:4]:
            continue  # "se aproxima o 50º aniversário da Revolução dos Cravos", in 2023: next year's
        span = doc[c.start : c.end]
        stance = stances[i] or title_stance.get(c.key)
        yield EventMention(
            doc_id=source.doc_id,
            quote=Quote(source.start + span.start_char, source.start + span.end_char, span.text),
            label=c.label,
            type=c.type,
            date=c.date,
            country=c.country,
            stance=stance,
            key=c.key,
            place=_massacre_place(ctx, span) if c.type == "attack" else None,
        )


#: how many tokens after a massacre's word its place may stand ("masacraron a los campesinos
#: en X")
_PLACE_REACH = 6


def _massacre_place(ctx: _Context, span: Span) -> str | None:
    """The named place of a massacre, which tells two massacres of one country and year
    apart (resolve/events.py): the first capitalised words after a preposition of place
    within a few tokens after its word, in its clause ("the massacre of X on 15 May",
    "masacraron a los campesinos en X"); not a country, a month, nor a date's words; not
    before the word ("el golpe de Estado y la masacre"); none for massacres in the plural
    ("the massacres of X and Y")."""
    doc = ctx.doc
    if span[-1].tag_ in ("NNS", "NNPS") or span[-1].morph.get("Number", []) == ["Plur"]:
        return None
    sent = _own_part(ctx, ctx.text_sentence(span.start, span.end), span)

    def named(i: int) -> str | None:
        if doc[i].lower_ not in _PLACE_PREPOSITIONS:
            return None
        k = i + 1
        if k < sent.end and doc[k].lower_ in _NAME_ARTICLES:
            k += 1
        run: list[Token] = []
        while k < sent.end and doc[k].is_title and doc[k].is_alpha and doc[k].lower_ not in MONTHS:
            run.append(doc[k])
            k += 1
        if not run or len(run) > 3:
            return None
        a, b = run[0].idx, run[-1].idx + len(run[-1])
        if any(c[0] < b and a < c[1] for c in ctx.countries) or any(
            s < b and a < e for s, e, _iso in ctx.dates
        ):
            return None
        return " ".join(t.text for t in run)

    for i in range(span.end, min(span.end + _PLACE_REACH, sent.end)):
        if doc[i].is_punct:
            break
        if (place := named(i)) is not None:
            return place
    return None


#: the kinds of event a text names before they happen (votes, days of action, congresses);
#: a strike or an earthquake dated after the text is the text's date that is wrong
_TO_COME = frozenset({"election", "other", "meeting", "congress"})


#: the nouns of a founding and of a victory an anniversary numbers, and the small words
#: around them (event_words.yaml): _anniversary_told
_FOUNDING_NOUNS = frozenset(_WORDS.words["founding_nouns"])
_VICTORY_NOUNS = frozenset(_WORDS.words["victory_nouns"])
_ANNIVERSARY_LINKS = frozenset(_WORDS.words["anniversary_links"])


def _anniversary_told(ctx: _Context, span: Span) -> _Cand | None:
    """The event an anniversary numbers by a noun of its own, where no rule read one: a
    founding ("the 10th anniversary of the founding of X", "Centenaire de la fondation de
    l'Internationale Communiste", "the 10th anniversary of ICOR": an organisation's) or a
    victory ("the 75th anniversary of the victory over fascism"). Named by its words as the
    text writes them, in the year the anniversary numbers back from the text's date; the
    anniversary itself is then read as for any event (_anniversary)."""
    if not ctx.ref:
        return None
    n = _anniversary_number(ctx, span) if ctx.language != "en" else ordinal_value(span[0].text)
    if n is None or not 1 <= n <= 500:
        return None
    doc = ctx.doc
    sent = ctx.text_sentence(span.start, span.end)
    k = span.end
    while k < min(span.end + 3, sent.end) and doc[k].lower_ in _ANNIVERSARY_LINKS:
        k += 1
    if k >= sent.end:
        return None
    word = doc[k].lower_
    year = shift_years(ctx.ref, -n)[:4]
    if word in _FOUNDING_NOUNS or word in _VICTORY_NOUNS:
        j = k + 1
        if j >= sent.end or doc[j].lower_ not in _ANNIVERSARY_LINKS:
            return None
        while j < sent.end and doc[j].lower_ in _ANNIVERSARY_LINKS:
            j += 1
        if j >= sent.end or not doc[j].is_alpha:
            return None
        named = doc[j].is_title or doc[j].is_upper
        if word in _FOUNDING_NOUNS and _own_party_at(ctx, j):
            # "40 aniversario de la fundación de nuestro Partido": the founding of the one
            # party the text's organisation names name (its letterhead's, its signature's)
            own = _own_party_name(ctx)
            if own is None:
                return None
            label = f"Founding of {own}"
            return _Cand(k, j + 2, "founding", label=label, key=slugify(label), extra={"year": year})
        if word in _FOUNDING_NOUNS and not named:
            return None  # "the founding of our party": whose, the text's own words tell elsewhere
        # a name runs over its capitalised words and the small words between them
        # ("l'Internationale Communiste", "the Communist Party of China"); a common noun is
        # one word with the nouns and adjectives after it ("fascism", "el fascismo")
        end = j + 1
        while end < min(j + 8, sent.end) and "\n" not in doc[end - 1].whitespace_:
            t = doc[end]
            if named and (
                (t.is_alpha and (t.is_title or t.is_upper or t.lower_ in _ANNIVERSARY_LINKS))
                or t.text in ("'", "’", "-")
            ):
                end += 1
            elif not named and t.is_alpha and t.pos_ in ("NOUN", "ADJ", "PROPN") and end - j < 3:
                end += 1
            else:
                break
        while end > j + 1 and doc[end - 1].lower_ in _ANNIVERSARY_LINKS:
            end -= 1
        if word in _FOUNDING_NOUNS and end == j + 1 and doc[j].is_title and doc[j].lower_ in _network_heads():
            # "the 30th anniversary of the founding of the Conference": the network the text
            # names by that word's name ("the International Conference of …"), none if it
            # names none or two
            owners = {m.network for m in network_mentions(ctx.source)} & _network_heads()[doc[j].lower_]
            if len(owners) != 1:
                return None
            label = f"Founding of {owners.pop()}"
            return _Cand(k, end, "founding", label=label, key=slugify(label), extra={"year": year})
        text = doc[k:end].text
        label = text[0].upper() + text[1:]
        etype = "founding" if word in _FOUNDING_NOUNS else "other"
        return _Cand(k, end, etype, label=label, key=slugify(label), extra={"year": year})
    # "the 10th anniversary of ICOR", "the 90th anniversary of the Communist Party of X": the
    # anniversary of an organisation is that of its founding
    start = doc[k].idx
    org = next((e for s, e in ctx.org_rule_spans if s == start), None)
    if org is None and word in _network_acronyms():
        org = start + len(doc[k].text)
    if org is None:
        return None
    name = doc.char_span(start, org, alignment_mode="expand")
    if name is None or name.end > sent.end:
        return None
    label = f"Founding of {name.text}"
    return _Cand(name.start, name.end, "founding", label=label, key=slugify(label), extra={"year": year})


#: the words of a founding told by a verb (event_words.yaml): _founded_by_verb
_FOUNDING_VERBS = frozenset(_WORDS.words["founding_verbs"])
_FOUNDING_PARTICIPLES = frozenset(_WORDS.words["founding_participles"])
_FOUNDING_AUXILIARIES = frozenset(_WORDS.words["founding_auxiliaries"])
#: "our party" in the networks' languages (name_words.yaml own_party_words)
_OWN_PARTY_WORDS = tuple(load_name_words().words["own_party_words"])
#: the small words inside an organisation's name (event_words.yaml): its prepositions, and
#: an article right after one ("Partido Comunista de los Trabajadores", "Union of the
#: Workers"); "and" between two capitalised words ("Parties and Organizations"); what
#: stands between a name and the participle of its founding ("which was", Albanian "e")
_NAME_PREPOSITIONS = frozenset(_WORDS.words["name_prepositions"])
_NAME_CONJUNCTIONS = frozenset(_WORDS.words["name_conjunctions"])
_PARTICIPLE_LINKS = frozenset(_WORDS.words["participle_links"])
_NAME_ARTICLES_INSIDE = frozenset(_WORDS.words["name_articles_inside"])


def _org_name_in(ctx: _Context, a: int, b: int, *, last: bool) -> Span | None:
    """The name of an organisation between the tokens ``a`` and ``b``: one the organisation
    rules found, else a run of capitalised words ending in an organisation's head ("the
    Communist International"); the first of them, or the ``last``."""
    doc = ctx.doc
    if a >= b:
        return None
    lo, hi = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
    found: list[Span] = []
    for s, e in ctx.org_rule_spans:
        if lo <= s and e <= hi:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and has_org_head(span.text):
                found.append(span)
    if not found:
        k = a
        while k < b:
            if not (doc[k].is_title or doc[k].is_upper) or not doc[k].is_alpha:
                k += 1
                continue
            end = k + 1
            while end < b:
                t = doc[end]
                if t.is_alpha and (t.is_title or t.is_upper):
                    end += 1
                elif (
                    t.lower_ in _NAME_CONJUNCTIONS
                    and end + 1 < b
                    and (doc[end + 1].is_title or doc[end + 1].is_upper)
                ):
                    end += 2  # "Parties and Organizations"
                elif t.lower_ in _NAME_PREPOSITIONS and end + 1 < b:
                    nxt = end + 1
                    if doc[nxt].lower_ in _NAME_ARTICLES_INSIDE and nxt + 1 < b:
                        nxt += 1
                    if not (doc[nxt].is_title or doc[nxt].is_upper):
                        break
                    end = nxt + 1
                else:
                    break
            run = doc[k:end]
            if (
                doc[end - 1].lower_ in _ORGANISATION_HEADS
                or has_org_head(run.text)
                or run.text.lower() in _network_acronyms()
            ):
                found.append(run)
            k = end
    if not found:
        return None
    return _trimmed_name(found[-1] if last else found[0])


def _trimmed_name(name: Span) -> Span:
    """An organisation's name without the words the organisation rules may take along: a
    place after it ("the Workers' League of X in Maseru") and the words before an article
    that opens it ("en Oruro la Liga Obrera …")."""
    doc = name.doc
    start, end = name.start, name.end
    for t in name[1:]:
        if t.lower_ in _AT_PREPOSITIONS:
            end = t.i
            break
    for t in doc[start + 1 : end - 1]:
        if t.lower_ in _NAME_ARTICLES_INSIDE and doc[t.i - 1].lower_ not in _NAME_PREPOSITIONS:
            start = t.i + 1
    return doc[start:end]


def _founded_by_verb(ctx: _Context, finished: list[_Cand]) -> list[_Cand]:
    """An organisation's founding told by a verb, with its day in the sentence ("105 years
    ago, on 2 March 1919, founded together with … the Communist International in Moscow",
    "el 1 de mayo de 1983, un grupo de obreros … fundó en San Pedro Sula el Partido …", "the
    Party was founded on 1 May 1983"): "Founding of X", dated by the one day (or year) of its
    sentence, placed by the one country its sentence names, else by the one its name names."""
    doc = ctx.doc
    out: list[_Cand] = []
    for tok in doc:
        low = tok.lower_
        if low not in _FOUNDING_VERBS and low not in _FOUNDING_PARTICIPLES:
            continue
        sent = ctx.text_sentence(tok.i, tok.i + 1)
        aux = next(
            (
                t
                for t in reversed(doc[max(sent.start, tok.i - 8) : tok.i])
                if t.lower_ in _FOUNDING_AUXILIARIES
            ),
            None,
        )
        name = None
        if low in _FOUNDING_PARTICIPLES and aux is not None:
            name = _org_name_in(ctx, sent.start, aux.i, last=True)  # "the Party was founded"
        elif low in _FOUNDING_PARTICIPLES:
            # "the Communist Party of X, founded on …", "Partisë … të Shqipërisë, e
            # themeluar më …": the name right before the participle
            j = tok.i
            while j > sent.start and (doc[j - 1].is_punct or doc[j - 1].lower_ in _PARTICIPLE_LINKS):
                j -= 1
            before = _org_name_in(ctx, max(sent.start, j - 12), j, last=True)
            name = before if before is not None and before.end == j else None
        if name is None and low in _FOUNDING_VERBS and aux is None:
            name = _org_name_in(ctx, tok.i + 1, sent.end, last=False)  # "founded the Party"
        if name is None:
            continue
        if name is None or any(c.start < name.end and name.start < c.end for c in finished + out):
            continue
        days = [
            iso
            for s, e, iso in ctx.dates
            if sent.start_char <= s and e <= sent.end_char and not (name.start_char <= s < name.end_char)
        ]
        if not days:
            continue
        # the one day (or year) of the sentence, else the one nearest the verb ("…, e
        # themeluar më 8 nëntor 1941 …, deri në çlirimin e vendit më 29 nëntor 1944")
        date = (
            max(days, key=len) if len({d[:4] for d in days}) == 1 else ctx.date_near(sent, tok.i, tok.i + 1)
        )
        if date is None:
            continue
        if ctx.ref and date[:4] > ctx.ref[:4]:
            continue
        places = {c[2] for c in ctx.countries_in(sent) if not (name.start_char <= c[0] < name.end_char)}
        if not places:
            places = {h.iso2 for h in country_hits(name.text)}
        country = places.pop() if len(places) == 1 else None
        label = f"Founding of {_founded_name(ctx, name)}"
        out.append(
            _Cand(
                name.start, name.end, "founding", label=label, key=slugify(label), date=date, country=country
            )
        )
    return out


def _founded_name(ctx: _Context, name: Span) -> str:
    """How a founding names what was founded: a network by its acronym, as its anniversary
    does ("founded the International Coordination of Revolutionary Parties and Organizations
    (ICOR)": the founding of ICOR); an English name with its article ("the Communist
    International")."""
    rest = ctx.text[name.start_char : name.start_char + 120].lower()
    for net in load_networks():
        if name.text.lower() in (a.lower() for a in net.acronyms) or any(
            rest.startswith(n.lower()) for n, _lang in net.names
        ):
            return net.acronyms[0]
    if ctx.language == "en" and name.start > 0 and ctx.doc[name.start - 1].lower_ == "the":
        return f"the {name.text}"
    return name.text


def _own_party_at(ctx: _Context, j: int) -> bool:
    """Whether the words at token ``j`` say "our party" (name_words.yaml own_party_words)."""
    doc = ctx.doc
    return any(
        doc[j : j + len(w.split())].text.lower() == w
        for w in _OWN_PARTY_WORDS
        if j + len(w.split()) <= len(doc)
    )


def _own_party_name(ctx: _Context) -> str | None:
    """The one party the organisation rules found in the text, apart from the networks:
    the party "our party" is (its letterhead's, its signature's); none when it names two."""
    names: dict[str, str] = {}
    for s, e in ctx.org_rule_spans:
        text = re.sub(r"\s*\([^)]*\)\s*$", "", ctx.text[s:e]).strip()
        if not text or text.lower() in _network_acronyms() or not has_org_head(text):
            continue
        if any(n.lower() in text.lower() for net in load_networks() for n, _lang in net.names):
            continue  # a network's own name
        names.setdefault(slugify(text), text)
    return next(iter(names.values())) if len(names) == 1 else None


def _after(date: str, ref: str) -> bool:
    """Whether ``date`` is later than the document's date ``ref``, at the precision both
    have: an event still to come ("las elecciones generales previstas para 2026").

    >>> _after("2024-11", "2024-10-07"), _after("2024-10", "2024-10-07"), _after("2024", "2024-10")
    (True, False, False)
    """
    n = min(len(date), len(ref))
    return date[:n] > ref[:n]


#: "<number> years ago" in the networks' languages (event_words.yaml)
_NUMBER = r"(?P<n>\d{1,3}|[^\W\d_]+(?:[ -][^\W\d_]+)?)"
_YEARS_AGO = re.compile(
    "|".join(f"(?:{p})" for p in _WORDS.words["years_ago"]).replace("NUMBER", _NUMBER.replace("?P<n>", "?:")),
    re.I,
)
_YEARS_AGO_N = [re.compile(p.replace("NUMBER", _NUMBER), re.I) for p in _WORDS.words["years_ago"]]


def _number_words(text: str) -> int | None:
    """ "4", "four", "one hundred", "twenty-five", "zehn" as a number; None for other words."""
    if text.isdigit():
        return int(text)
    words = re.split(r"[\s-]+", text.casefold())
    values = [_CARDINAL_WORDS.get(w) for w in words]
    if not words or None in values:
        return None
    nums = [v for v in values if v is not None]
    if nums[-1] == 100:
        return (nums[0] if len(nums) > 1 else 1) * 100
    return sum(nums)


def _years_ago_anniversaries(ctx: _Context, finished: list[_Cand]) -> list[_Cand]:
    """The anniversary a text marks by telling its event "N years ago" with its day, in a
    text dated that day N years on ("Four years ago, on 4 November 2020, the government
    unleashed its war …" in a text of 4 November 2024; "Vor zehn Jahren, am 13. Mai 2014,
    …"): the event is the first of the sentence dated that day, after the phrase. Not when
    the text's date is another day ("Hace 42 años, el 24 de marzo de 1976" in September), nor
    when an anniversary of the event is already told."""
    if not ctx.ref or len(ctx.ref) < 7:
        return []
    out: list[_Cand] = []
    have = {c.key for c in finished if c.type == "anniversary" and c.key}
    for m in _YEARS_AGO.finditer(ctx.text):
        n = next(
            (_number_words(g.group("n")) for p in _YEARS_AGO_N if (g := p.fullmatch(m.group())) is not None),
            None,
        )
        if not n:
            continue
        phrase = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if phrase is None:
            continue
        sent = ctx.text_sentence(phrase.start, phrase.end)
        base = next(
            (
                c
                for c in sorted(finished, key=lambda c: c.start)
                if phrase.end <= c.start < sent.end
                and c.type != "anniversary"
                and c.date is not None
                and len(c.date) == 10
                and c.key
                and c.label
            ),
            None,
        )
        if base is None or base.date is None:
            continue
        day = shift_years(base.date, n)
        key = f"anniversary-{n}-{base.key}"
        if not day.startswith(ctx.ref):
            continue
        if key in have:
            # the anniversary told already ("37e anniversaire de l'assassinat de X" in the
            # title) takes the place of the event this sentence tells, when it has none
            for c in finished:
                if c.key == key and c.country is None and base.country is not None:
                    c.country = base.country
            continue
        have.add(key)
        out.append(_anniversary_of(base, n, day, phrase.start, phrase.end, ("Death", "Protests")))
    return out


def _one_day_disasters(cands: list[_Cand]) -> None:
    """A massacre the text dates to the day and country of a disaster it tells is that
    disaster, called a massacre to blame who caused it ("14 Ekim 2022'de Amasra'da … grizu
    patlamasında 42 maden işçisi öldü. Amasra katliamının sorumluları …"): one event, the
    disaster's, not an attack beside it. Only a day, not a month or a year."""
    days: dict[tuple[str | None, str | None], _Cand] = {
        (c.country, c.date): c
        for c in cands
        if c.type == "disaster" and c.key and c.country and c.date and len(c.date) == 10
    }
    for c in cands:
        if c.type != "attack" or c.gazetteer is not None or not c.date or len(c.date) != 10:
            continue
        same = days.get((c.country, c.date))
        if same is not None:
            c.type, c.key, c.label = same.type, same.key, same.label


#: the definite forms of an event's word that carry their article as an ending
#: (Scandinavian "strejken", "kriget"): event_words.yaml
_DEFINITE_FORMS = frozenset(_WORDS.words["definite_event_forms"])


def _definite_mention(ctx: _Context, c: _Cand) -> bool:
    """The event's word is told as one already known: "the strike", "the largest strike",
    "this war", "la grève", Swedish "Strejken" (the article as its ending)."""
    doc = ctx.doc
    if any(t.lower_ in _DEFINITE_FORMS for t in doc[c.start : c.end]):
        return True
    k = c.start - 1
    while k >= 0 and c.start - k <= 3 and doc[k].pos_ in ("ADJ", "ADV") and doc[k].text not in ".;!?":
        k -= 1
    if k < 0:
        return False
    articles = {"the"} if ctx.language == "en" else _NAME_ARTICLES - {"the"}
    return doc[k].lower_ in articles | _DEMONSTRATIVES | _OTHER_DEMONSTRATIVES


def _place_follows(doc: Doc, end: int) -> bool:
    """A place's name follows the event's word: "the war in the Sahel", "la grève en Ara"."""
    if end >= len(doc) or doc[end].lower_ not in _REGION_PREPOSITIONS:
        return False
    k = end + 1
    while k < len(doc) and k - end <= 2 and doc[k].lower_ in _NAME_ARTICLES:
        k += 1
    return k < len(doc) and doc[k].text[:1].isupper()


def _named_again(ctx: _Context, cands: list[_Cand]) -> None:
    """ "We salute the Tesla strike in Sweden. The strike has become the longest …": an
    event's word the rules read, told as a known one (``_definite_mention``) just after
    (``_THE_REACH``) an event of its kind and country the gazetteer names, is that event
    again, not another one dated by the document ("Strejken har blivit den längsta i
    Sverige" in a text of January 2024 is the strike named before it)."""
    named = [c for c in cands if c.gazetteer is not None and c.key]
    if not named:
        return
    doc = ctx.doc
    for c in cands:
        if c.gazetteer is not None or c.date_from_text or c.extra.get("told") or not c.key:
            continue
        if c.extra.get("region") or _place_follows(doc, c.end):
            continue  # "the war in the Sahel", "the strike at Ford in Ara": a place of its own
        before = [
            g
            for g in named
            if g.type == c.type
            and g.end <= c.start
            and (c.country is None or c.country == g.country)
            and doc[c.start].idx - doc[g.end - 1].idx <= _THE_REACH
        ]
        if not before or not _definite_mention(ctx, c):
            continue
        last = max(before, key=lambda g: g.end)
        c.key, c.date, c.label, c.country = last.key, last.date, last.label, last.country
        c.gazetteer = last.gazetteer


def _consolidate(cands: list[_Cand]) -> None:
    """Within one document, an undated mention takes the date of a dated one of its kind;
    a president overthrown in the year and country of a coup the text names is that coup."""
    coups = [c for c in cands if c.type == "coup" and c.key and c.date and c.country]
    for c in cands:
        if c.type == "crisis" and c.extra.get("overthrow") and c.date:
            same = [k for k in coups if k.country == c.country and _year(k.date) == _year(c.date)]
            if same:
                best = max(same, key=lambda k: len(k.date or ""))
                c.type, c.key, c.label, c.date = "coup", best.key, best.label, best.date
    by_kind: dict[tuple[str, str | None], list[_Cand]] = {}
    for c in cands:
        by_kind.setdefault((c.type, c.country), []).append(c)
    for group in by_kind.values():
        dated = [c for c in group if c.date_from_text and c.date and c.key]
        if not dated:
            # no mention dates itself: the first one dated by the story told before it
            told = sorted(
                (c for c in group if c.extra.get("told") and c.date and c.key), key=lambda c: c.start
            )
            dated = told[:1]
        if not dated:
            continue
        best = max(dated, key=lambda c: len(c.date or ""))
        for c in group:
            if c.date_from_text or c.gazetteer is not None or c.type in ("death", "anniversary"):
                continue
            if c.type in ("congress", "meeting"):
                continue
            if (
                c.type in _RECURRING
                and c.date
                and best.date
                and abs(int(c.date[:4]) - int(best.date[:4])) > 1
                and not any(0 < c.start - d.end <= _RECALL_REACH for d in dated)
            ):
                # "the uprising" the text reports (in its month) is not "the masses rose up
                # in November 2019" it recalls: protests and elections recur; but "the
                # uprising of the youth" just after "the uprising that began on 18 October
                # 2019" is that one
                continue
            c.key, c.date, c.label = best.key, best.date, best.label


__all__ = [
    "EVENT_TYPES",
    "EventRules",
    "HistoricalEvent",
    "default_rules",
    "events",
    "load_historical_events",
    "normalise_alias",
    "ordinal_value",
    "resolve_month",
    "shift_years",
]
