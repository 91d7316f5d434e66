"""Run every extractor over one document and collect a ``DocumentAnalysis``."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from ..model import (
    CountryMention,
    Document,
    DocumentAnalysis,
    EventMention,
    NetworkMention,
    OrgMention,
    PersonMention,
    Quote,
    Role,
)
from ..reference import load_languages, load_name_words
from . import lists, networks, organisations
from .events import country_hits, events
from .persons import persons


def list_entries(source: Document) -> list[lists.ListEntry]:
    """The entries of the document's organisation lists (text rules only, no model)."""
    return list(lists.find_lists(source))


def rule_only_spans(source: Document, entries: Iterable[lists.ListEntry]) -> list[tuple[int, int]]:
    """Spans of ``source.text`` that no extractor reads with the statistical model.

    These are the lines that are (mostly) list entries: a signatory or delegation list,
    one entry a line or all on one line ("signed by the following parties: A; B; C").
    A line where entries are less than half of the text stays with the model.
    """
    text = source.text
    covered: dict[tuple[int, int], int] = {}
    for entry in entries:
        s, e = entry.quote.start - source.start, entry.quote.end - source.start
        line_start = text.rfind("\n", 0, s) + 1
        nl = text.find("\n", e)
        line = (line_start, len(text) if nl < 0 else nl)
        covered[line] = covered.get(line, 0) + (e - s)
    return sorted(line for line, n in covered.items() if 2 * n >= len(text[line[0] : line[1]].strip()))


def analyse_document(
    doc: Doc, *, source: Document, entries: list[lists.ListEntry] | None = None
) -> DocumentAnalysis:
    """Everything one document says: networks, conferences, organisations, countries, events, persons.

    ``entries`` are the document's list entries when the caller has found them already.
    """
    net_mentions = networks.network_mentions(source)
    confs = list(networks.conferences(source, net_mentions))
    nets, net_quote = networks.attribute(source, net_mentions, confs)
    if not net_mentions and not any(c.network for c in confs):
        # a text that names no network belongs to the one its file's cover note names
        nets, net_quote = networks.from_context(source)
    if entries is None:
        entries = list_entries(source)
    orgs = list(organisations.from_lists(entries, source=source))
    listed = [(e.quote.start, e.quote.end) for e in entries]
    orgs += list(organisations.in_prose(doc, source=source, skip=listed))
    author = organisations.letterhead_author(source)
    if author is not None and not any(o.role is Role.AUTHOR for o in orgs):
        # the letterhead's party, that its organ signs by the acronym: the author (its
        # mention as the letterhead's name, if read, becomes the author's)
        at = author.quote
        orgs = [o for o in orgs if not (o.quote.start < at.end and at.start < o.quote.end)] + [author]
    orgs = _members(source, net_mentions, orgs)
    # the conference the document reports or was adopted at
    head_end = source.start + min(len(source.text), 400)
    adopted = None
    # the first named in the text: ``conferences`` yields meetings kind by kind
    for i, c in sorted(enumerate(confs), key=lambda ic: ic[1].quote.start):
        if networks.addressed(source, c.quote):
            continue  # "Greeting to the 28th Plenary": the meeting the text is sent to
        if not c.adopted and c.date and source.date and int(source.date[:4]) - int(c.date[:4]) >= 2:
            continue  # a meeting of years before, that the text recalls ("Ten years ago, …")
        if c.quote.start < head_end or (source.kind == "article" and c.network in nets) or c.adopted:
            adopted = i
            break
    issuer, issuer_quote = None, None
    for m in net_mentions:
        if networks.addressed(source, m.quote):
            continue
        if m.network in nets and (m.quote.start < head_end or m.quote.end > source.end - 300):
            issuer, issuer_quote = m.network, m.quote
            break
    language = text_language(source.text)
    # the statistical model reads English: in a German text it takes nouns ("Krieg",
    # "Gefahr") for persons and Spanish phrases ("del Reino Unido") for events; the events
    # the rules and the gazetteer find stay
    names = [(o.quote.start - source.start, o.quote.end - source.start) for o in orgs]
    events, persons = _events_and_persons(doc, source, language, names)
    # a country's name inside an organisation's or a person's name is no mention of the
    # country ("Salvador Allende" is no mention of El Salvador)
    taken = [(o.quote.start, o.quote.end) for o in orgs] + [(p.quote.start, p.quote.end) for p in persons]
    countries = []
    seen: set[str] = set()
    for hit in country_hits(source.text):
        s, e = source.start + hit.start, source.start + hit.end
        if any(s < te and ts < e for ts, te in taken) or hit.code in seen:
            continue
        seen.add(hit.code)
        countries.append(CountryMention(source.doc_id, Quote(s, e, hit.text), hit.code))
    return DocumentAnalysis(
        document=source,
        networks=nets,
        network_quote=net_quote,
        issuer=issuer,
        issuer_quote=issuer_quote,
        organisations=tuple(orgs),
        network_mentions=tuple(net_mentions),
        conferences=tuple(confs),
        adopted_at=adopted,
        countries=tuple(countries),
        events=tuple(events),
        persons=tuple(persons),
        language=language,
    )


def _members(
    source: Document, net_mentions: list[NetworkMention], orgs: list[OrgMention]
) -> list[OrgMention]:
    """The parties the text says are members of a network ("Our party is a member of ICOR",
    "The Workers' League of Ara is a member of the ICMLPO"): members of that network, whether
    or not the text is the network's (a party's own statement is not: networks._in_passing).
    "Our party" is the text's author; a named party is the one named just before the words."""
    out = list(orgs)
    for net, subject, own in networks.memberships(source, net_mentions):
        if own:
            out += [replace(o, role=Role.MEMBER, networks=(net,)) for o in orgs if o.role is Role.AUTHOR][:1]
            continue
        for k, o in enumerate(out):
            if (
                o.role is Role.MEMBER
                and o.networks is None
                and subject.start <= o.quote.start < o.quote.end <= subject.end
            ):
                out[k] = replace(o, networks=(net,))
    return out


_WORD = re.compile(r"[^\W\d_]+")
# the commonest words of English prose, beside the other languages' marker words
# (data/patterns/name_words.yaml, english_prose_words)
_ENGLISH = frozenset(load_name_words().words["english_prose_words"])


def text_language(text: str) -> str:
    """The language a text is written in, by its commonest words: English
    (``data/patterns/name_words.yaml``) unless another of the networks' languages
    (``data/reference/languages.csv``) has clearly more.

    >>> text_language("The parties of the conference call on the workers of the world.")
    'en'
    >>> text_language("Die Parteien der Konferenz rufen die Arbeiter und die Völker der Welt auf.")
    'de'
    >>> text_language("Los partidos de la conferencia llaman a los obreros y a los pueblos del mundo.")
    'es'
    >>> text_language("Заявление ИКОР. Долой войну!")
    'ru'
    """
    words = Counter(w.lower() for w in _WORD.findall(text[:20000]))
    scripts = Counter(_script(w) for w in words.elements())
    main = scripts.most_common(1)[0][0] if scripts else "LATIN"
    if main != "LATIN":
        # a text mostly in another script ("Заявление ИКОР …") is in one of the languages
        # written in it, whichever has most marker words (the first listed when none has)
        own = [lang for lang in load_languages() if _language_script(lang.code) == main]
        if own:
            return max(own, key=lambda lang: sum(words[w] for w in lang.marker_words)).code
    english = sum(words[w] for w in _ENGLISH)
    best, best_n = "en", english
    for lang in load_languages():
        if lang.code == "en":
            continue
        n = sum(words[w] for w in lang.marker_words)
        if n > best_n:
            best, best_n = lang.code, n
    return best if best_n >= 2 * english + 3 or best == "en" else "en"


def _script(word: str) -> str:
    """The script of a word's first letter, as Unicode names it: "LATIN", "CYRILLIC", "GREEK"."""
    return unicodedata.name(word[0], "LATIN").split()[0]


@cache
def _language_script(code: str) -> str:
    """The script most of a language's marker words (``languages.csv``) are written in."""
    lang = next(x for x in load_languages() if x.code == code)
    found = Counter(_script(w) for w in lang.marker_words)
    return found.most_common(1)[0][0] if found else "LATIN"


def _events_and_persons(
    doc: Doc, source: Document, language: str = "en", organisations: list[tuple[int, int]] | None = None
) -> tuple[list[EventMention], list[PersonMention]]:
    found = list(events(doc, source=source, language=language, organisations=organisations or ()))
    # in another language only the names a title or a government announces ("le camarade
    # X", "el gobierno de X"): the model's entities there are nouns as often as names
    return found, list(persons(doc, source=source, entities=language == "en"))
