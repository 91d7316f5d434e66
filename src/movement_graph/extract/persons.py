"""Extract the persons a document names.

``PERSON`` entities of the statistical NER, plus token patterns for names the model
misses (``data/patterns/persons.jsonl``): a title before a name ("President X",
"Comrade X", "Chairman X"), a name before "regime"/"government" ("the Pérez
regime") and "the government of X".  False positives are filtered out: party and
organisation names, ideologies ("Marxism-Leninism", "Maoism"), countries and
demonyms, all-capital acronyms, single common words, a single name after a preposition
of place (``data/patterns/name_words.yaml``), and entries of lists (signatories) whose
lines have no verb.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ..model import Document, PersonMention, Quote
from ..reference import load_cities, load_name_words, load_regions, load_wider_regions

PATTERNS_PATH = Path(__file__).resolve().parents[3] / "data" / "patterns" / "persons.jsonl"

#: (start, end, iso2, clue) of a country expression in a text
CountryFinder = Callable[[str], Iterable[tuple[int, int, str, str]]]

_POSSESSIVE = re.compile(r"\s*['’]s?$")


def _default_country_finder(text: str) -> Iterator[tuple[int, int, str, str]]:
    from .countries import find_countries

    for hit in find_countries(text):
        yield hit.start, hit.end, hit.iso2, hit.clue


@dataclass(frozen=True)
class PersonRules:
    """Patterns and stop lists from ``data/patterns/persons.jsonl``."""

    patterns: tuple[dict[str, Any], ...]
    org_words: frozenset[str]
    suffixes: tuple[str, ...]
    titles: frozenset[str]
    find_countries: CountryFinder = _default_country_finder
    _matchers: dict[int, Matcher] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path | None = None, *, find_countries: CountryFinder | None = None) -> PersonRules:
        """Read the patterns; the line with ``"rule": "stoplist"`` holds the stop lists."""
        path = path or PATTERNS_PATH
        patterns: list[dict[str, Any]] = []
        stop: dict[str, Any] = {}
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:{n}: not a JSON object: {err}") from err
                if row["rule"] == "stoplist":
                    stop = row
                else:
                    patterns.append(row)
        return cls(
            patterns=tuple(patterns),
            org_words=frozenset(w.casefold() for w in stop.get("org_words", ())),
            suffixes=tuple(stop.get("suffixes", ())),
            titles=frozenset(w.casefold() for w in stop.get("titles", ())),
            find_countries=find_countries or _default_country_finder,
        )

    def matcher(self, doc: Doc) -> Matcher:
        found = self._matchers.get(id(doc.vocab))
        if found is None:
            found = Matcher(doc.vocab)
            for row in self.patterns:
                found.add(row["rule"], [row["pattern"]], greedy="LONGEST")
            self._matchers[id(doc.vocab)] = found
        return found


@cache
def default_rules() -> PersonRules:
    """The rules from the repository's data file."""
    return PersonRules.load()


def clean_name(text: str, *, titles: Iterable[str] = ()) -> str:
    """Strip a possessive, surrounding punctuation and leading titles from a name.

    >>> clean_name("Vladimir Ilyich Lenin’s")
    'Vladimir Ilyich Lenin'
    >>> clean_name("Comrade Ramírez", titles={"comrade"})
    'Ramírez'
    """
    text = re.sub(r"\s+", " ", text).strip(" ,.;:()[]\"“”'")
    text = _POSSESSIVE.sub("", text)
    words = text.split(" ")
    low = {t.casefold() for t in titles}
    while len(words) > 1 and words[0].casefold() in low:
        words = words[1:]
    return " ".join(words)


def _name_span(span: Span, titles: frozenset[str]) -> Span:
    """Trim titles, possessives and punctuation off the edges of ``span``."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in titles or doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    # "Moon Jae" + "-in": the rest of a hyphenated given name the model left out
    while (
        end + 1 < len(doc)
        and end > start
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return doc[start:end]


#: a single name right after one of these is a place, not a person
#: (data/patterns/name_words.yaml, place_prepositions)
_PLACE_PREPOSITIONS = frozenset(load_name_words().words["place_prepositions"])
#: peoples within or across states (name_words.yaml, ethnonyms): no person's name
_ETHNONYMS = frozenset(load_name_words().words["ethnonyms"])


@cache
def _place_names() -> frozenset[str]:
    """The casefolded names of the cities (``cities.csv``, aliases too), of the countries'
    subdivisions (``regions.csv``) and of the regions across countries (``wider_regions.txt``):
    a name the model takes for a person's that is one of these whole is a place ("riots swept
    KwaZulu-Natal and Gauteng", "the peoples of the Sahel")."""
    names = {r.name.casefold() for r in load_regions()}
    names.update(n.casefold() for n in load_wider_regions())
    for c in load_cities():
        names.update(n.casefold() for n in (c.name, *c.aliases))
    return frozenset(names)


def _plausible(span: Span, rules: PersonRules, text: str | None = None) -> bool:
    # "al-Bashir" is three tokens: the hyphen joins, it is no word of its own
    words = [t for t in span if not (t.text in ("-", "‐") and t.whitespace_ == "" and t.i > span.start)]
    if not words or len(words) > 5:
        return False
    if "\n" in span.text or any(t.is_digit or t.like_num for t in words):
        return False
    for t in words:
        low = t.lower_
        if low in rules.org_words or any(p in rules.org_words for p in re.split(r"[-–]", low)):
            return False
        # an elided particle the tokenizer splits off ("D'" of "D'Alema") is no acronym
        elided = t.text[-1:] in ("'", "’") and not t.whitespace_ and t.i + 1 < span.end
        if t.is_upper and len(t.text.rstrip(".")) >= 2 and not elided:
            return False  # an acronym: KAB, OAS
        # "Doo-hwan": the lower-case part of a hyphenated name, written without spaces
        joined = (
            t.i > span.start + 1
            and span.doc[t.i - 1].text in ("-", "‐")
            and not span.doc[t.i - 1].whitespace_
            and not span.doc[t.i - 2].whitespace_
        )
        if (
            not t.text[:1].isupper()
            and not joined
            and low
            not in (
                "de",
                "da",
                "del",
                "la",
                "van",
                "von",
                "bin",
                "ibn",
                "al",
                "dos",
                "y",
            )
        ):
            return False
        if len(words) == 1 and any(low.endswith(s) for s in rules.suffixes):
            return False
    if len(words) == 1 and words[0].pos_ != "PROPN":
        return False  # a single common word the model took for a name
    if len(words) == 1 and words[0].lower_ in _ETHNONYMS:
        return False  # "Tutsi and moderate Hutu": a people
    titled = span.start > 0 and span.doc[span.start - 1].lower_ in rules.titles
    if not titled and clean_name(span.text).casefold() in _place_names():
        return False  # "Gauteng", "Sidi Bouzid": a region or a city, unless a title names a person by it
    if len(words) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS:
        return False  # "the people in Gwangju", "a rally at Atbara": a place
    for s, e, _iso2, _clue in rules.find_countries(span.text):
        if e - s >= len(span.text.strip()) - 1:
            return False  # "Peru", "Bolivian"
    # entries of a list (signatories, delegations) have no verb on their line
    doc = span.doc
    text = doc.text if text is None else text  # Doc.text joins every token: pass it in
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    line = doc.char_span(line_start, line_end, alignment_mode="expand")
    if line is not None and not any(t.pos_ in ("VERB", "AUX") for t in line):
        return False
    for s, e, _iso2, _clue in rules.find_countries(text[line_start:line_end]):
        if line_start + s <= span.start_char and span.end_char <= line_start + e:
            return False  # "Barbuda" of "Antigua and Barbuda", "Herzegovina" of "Bosnia and Herzegovina"
    return True


def persons(
    doc: Doc, *, source: Document, rules: PersonRules | None = None, entities: bool = True
) -> Iterator[PersonMention]:
    """Yield the persons ``doc`` names, with offsets in the source file.

    Parameters
    ----------
    doc:
        the parsed text of ``source`` (NER applied).
    source:
        the document the text belongs to.
    rules:
        patterns and stop lists; the repository's data file by default.
    entities:
        whether the model's ``PERSON`` entities count: the model reads English, and in a
        text in another language it takes nouns for names ("Krieg", "Gefahr"); there only
        the patterns' names count, those a title or a government announces ("le camarade
        X", "el gobierno de X").

    Returns
    -------
    Iterator[PersonMention]
        in text order, one per occurrence, names without titles or possessives.
    """
    rules = rules or default_rules()
    found: list[Span] = [e for e in doc.ents if e.label_ == "PERSON"] if entities else []
    matcher = rules.matcher(doc)
    # a text no sentence of which reached the model has no tags for the patterns to read
    for match_id, s, e in matcher(doc) if doc.has_annotation("POS") else ():
        rule = doc.vocab.strings[match_id]
        span = doc[s:e]
        if rule == "head":
            span = doc[e - 2 : e - 1]
        elif rule == "of":
            span = doc[s + 2 : e]
        found.append(span)
    taken: list[tuple[int, int]] = []
    spans: list[Span] = []
    text = doc.text
    for span in sorted(
        (_name_span(s, rules.titles) for s in found), key=lambda s: (s.start, -(s.end - s.start))
    ):
        if len(span) == 0 or any(a < span.end and span.start < b for a, b in taken):
            continue
        if not _plausible(span, rules, text):
            continue
        taken.append((span.start, span.end))
        spans.append(span)
    for span in spans:
        name = clean_name(span.text, titles=rules.titles)
        yield PersonMention(
            doc_id=source.doc_id,
            quote=Quote(source.start + span.start_char, source.start + span.end_char, span.text),
            name=name,
        )


__all__ = ["PersonRules", "clean_name", "default_rules", "persons"]
