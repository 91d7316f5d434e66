"""Find countries in text: names, aliases, native and foreign names, demonyms, historical names.

Pure functions of strings over the reference tables in ``data/reference/``.  Each hit
names the country node it points to: an ISO 3166-1 alpha-2 code, or for a historical
country (Upper Volta, USSR) the historical record's code, whose ``mg:iso3166`` is that
of its principal successor.

A country's name in another language ("Tyskland", "Alemania", "Allemagne") is an
``exonym`` clue, as strong as a native name.  A name followed by the German or
Scandinavian genitive "-s" ("Tysklands", "Indiens", "Chiles") counts as the name, for
the names listed in ``country_genitives.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ..reference import (
    NameCase,
    load_adjectives,
    load_countries,
    load_exonyms,
    load_genitives,
    load_historical,
    load_homonyms,
    load_name_cases,
    load_name_words,
)

#: how strong a clue is, strongest first: an explicit name beats an adjective
STRENGTH = {
    "name": 0,
    "alias": 0,
    "historical": 0,
    "native": 1,
    "exonym": 1,
    "demonym": 2,
    "adjective": 3,
    "code": 4,
}


@dataclass(frozen=True, slots=True)
class CountryHit:
    start: int
    end: int
    text: str
    code: str  # ISO alpha-2, or a historical country's code
    iso2: str  # ISO alpha-2 of the country or its successor
    clue: str  # name, alias, native, exonym, demonym, adjective, historical, code


def _expressions() -> Iterator[tuple[str, str, str, str]]:
    """Every country expression the tables hold: (expression, code, ISO 3166 code, clue)."""
    for c in load_countries():
        yield c.name, c.iso2, c.iso2, "name"
        for a in c.aliases:
            yield a, c.iso2, c.iso2, "alias"
        for a in c.native_names:
            yield a, c.iso2, c.iso2, "native"
        for a in c.demonyms:
            yield a, c.iso2, c.iso2, "demonym"
        for a in c.native_adjectives:
            yield a, c.iso2, c.iso2, "adjective"
    for h in load_historical():
        yield h.name, h.code, h.successor, "historical"
        for a in h.aliases:
            yield a, h.code, h.successor, "historical"
    for x in load_exonyms():
        yield x.name, x.iso2, x.iso2, "exonym"


@cache
def _entries() -> tuple[dict[str, tuple[str, str, str]], frozenset[str], frozenset[str]]:
    """Every country expression (normalised) and what it means; the ones that take "-s"."""
    what: dict[str, tuple[str, str, str]] = {}

    def add(expr: str, code: str, iso2: str, clue: str) -> None:
        expr = expr.strip()
        if len(expr) < 3 and clue != "code":
            return
        key = _norm(expr)
        old = what.get(key)
        if old is None or STRENGTH[clue] < STRENGTH[old[2]]:
            what[key] = (code, iso2, clue)

    for expr, code, iso2, clue in _expressions():
        add(expr, code, iso2, clue)
    inflected = _add_cases(what)
    genitive = set()
    for g in load_genitives():
        key = _norm(g.name)
        info = what.get(key)
        if info is not None and info[0] == g.code and _norm(g.genitive) not in what:
            genitive.add(key)
    return what, frozenset(genitive), frozenset(inflected)


#: a name in Cyrillic of one word (or words joined by hyphens): "Украина", "Шри-Ланка"
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*$")
#: the clues whose names are nouns and take the noun's case endings (not the adjectives)
_NOUN_CLUES = frozenset({"name", "alias", "native", "exonym", "historical"})


def _add_cases(what: dict[str, tuple[str, str, str]]) -> set[str]:
    """Add the other cases of the one-word Cyrillic names in ``what`` (``name_cases.csv``):
    a Russian text says "в Узбекистане", "на Украине", "из Германии", never the name's
    nominative; a Ukrainian one "в Україні", "у Білорусі", "Казахстану". Each language's
    endings inflect every name (a name's spelling does not say its language). A form that
    is already a name keeps that name's meaning. Returns the forms added."""
    by_lang: dict[str, list[NameCase]] = {}
    for r in load_name_cases():
        by_lang.setdefault(r.lang, []).append(r)
    added: set[str] = set()
    names = [(k, info) for k, info in what.items() if info[2] in _NOUN_CLUES and _CYRILLIC_WORD.match(k)]
    for _lang, rules in sorted(by_lang.items()):
        for key, info in names:
            rule = next((r for r in rules if key.endswith(r.ending)), None)
            for form in rule.inflect(key) if rule is not None else ():
                if form not in what:
                    what[form] = info
                    added.add(form)
    return added


#: a capitalised Russian adjective in an oblique case just before a name ("в Южном Судане",
#: "Северной Ирландии"): the name is part of another country's or region's, whose
#: adjective the table does not inflect
_CYRILLIC_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])[\u0410-\u042f\u0401][\u0430-\u044f\u0451]+(?:ой|ом|ого|ому|ей|ем|его|ему|ую|юю|ых|их|ым|им)\s+$"
)


@cache
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    """One alternation of every country expression, longest first, and what each means."""
    what, _genitive, _inflected = _entries()
    exprs = sorted(what, key=len, reverse=True)
    alternation = "|".join(_alt(e) for e in exprs)
    pattern = re.compile(_LEFT + r"(?:the\s+)?(" + alternation + r")(?![\w-])", re.I)
    return pattern, what


def _alt(expr: str) -> str:
    """``expr``'s alternative: its flexible spelling, then "s?" where it takes a genitive."""
    return _flex(expr) + ("s?" if expr in _entries()[1] else "")


def _norm(text: str) -> str:
    # Turkish "İ" casefolds to "i" + a combining dot, which no text "İ" matches under re.I
    text = text.replace("’", "'").replace("–", "-").replace("İ", "I")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _flex(expr: str) -> str:
    out = re.escape(expr.casefold())
    out = out.replace(r"\ ", r"\s+").replace("'", "['’]").replace(r"\-", "[-–]")
    # casefolding spells "ß" "ss", which no "ß" of a text matches under re.I: "Großbritannien",
    # "Weißrussland"
    return out.replace("ss", "(?:ss|ß)")


#: a word start; also after the elided article or preposition of French and Italian
#: ("d'Allemagne", "l'Inde", "dell'India")
_LEFT = r"(?:(?<![\w'’-])|(?<=[dl]['’]))"
_THE = re.compile(r"the\s+", re.I)


@cache
def _dispatch() -> tuple[re.Pattern[str], dict[tuple[str, str], tuple[tuple[int, str], ...]]]:
    """The pieces of ``_table``'s alternation, grouped by what their first two characters are.

    ``_table()[0].finditer`` tries all ~3,000 alternatives at every word start. The same
    matches come from trying, at each position where the pattern can start (``starts``),
    only the alternatives whose first two characters match the text's two characters
    there, in the alternation's order (``_sub``; every expression has three characters or
    more). Which pattern characters match a text character is decided by ``re`` itself
    under ``re.I`` (one pattern character always matches one text character), so the
    case-insensitive semantics are the original's.
    """
    _pattern, what = _table()
    exprs = sorted(what, key=len, reverse=True)  # the alternation's order
    pairs: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for i, e in enumerate(exprs):
        pairs.setdefault((_flex(e[0]), _flex(e[1])), []).append((i, _alt(e)))
    firsts = dict.fromkeys(first for first, _second in pairs)
    starts = re.compile(_LEFT + "(?=" + "|".join([*firsts, "t"]) + ")", re.I)
    return starts, {k: tuple(v) for k, v in pairs.items()}


_SUB: dict[str, re.Pattern[str] | None] = {}


def _sub(two: str) -> re.Pattern[str] | None:
    """The alternatives (in order) that can begin at the text characters ``two``."""
    try:
        return _SUB[two]
    except KeyError:
        pass
    _starts, pairs = _dispatch()
    found: list[tuple[int, str]] = []
    if len(two) == 2:
        for (first, second), group in pairs.items():
            if re.fullmatch(first, two[0], re.I) and re.fullmatch(second, two[1], re.I):
                found.extend(group)
    # keep the original alternation's order (longest first, then insertion order)
    ordered = [alt for _i, alt in sorted(found)]
    sub = re.compile("(" + "|".join(ordered) + r")(?![\w-])", re.I) if ordered else None
    _SUB[two] = sub
    return sub


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The group-1 matches of ``_table()[0].finditer(text)``, the same ones, faster."""
    starts, _firsts = _dispatch()
    n = len(text)
    pos = 0
    for c in starts.finditer(text):
        p = c.start()
        if p < pos:
            continue
        found = None
        the = _THE.match(text, p)
        if the is not None:
            # "(?:the\s+)?" is greedy: after "the", fewer blanks are tried when more fail
            for q in range(the.end(), p + 3, -1):
                if q >= n:
                    continue
                sub = _sub(text[q : q + 2])
                if sub is not None:
                    found = sub.match(text, q)
                    if found is not None:
                        break
        if found is None:
            sub = _sub(text[p : p + 2])
            if sub is not None:
                found = sub.match(text, p)
        if found is not None:
            yield found
            pos = found.end()


#: texts up to this long have their countries kept (``_kept_hits``): the list and event
#: rules ask for the countries of the same lines and parts again and again
_KEPT_TEXT = 1000


def find_countries(text: str) -> Iterator[CountryHit]:
    """Yield every country expression in ``text``, in order.

    Case matters only for short expressions: country names, demonyms and native
    names are written with capitals, so "chad" or "turkey" in lower case are not
    countries.
    """
    if len(text) <= _KEPT_TEXT:
        return iter(_kept_hits(text))
    return _find_countries(text)


@lru_cache(maxsize=1 << 14)
def _kept_hits(text: str) -> tuple[CountryHit, ...]:
    """``_find_countries`` of a short text, kept: a pure function of the text (the tables
    it reads are themselves kept), whose hits are frozen."""
    return tuple(_find_countries(text))


def _find_countries(text: str) -> Iterator[CountryHit]:
    _pattern, what = _table()
    for m in _matches(text):
        s, e = m.span(1)
        surface = m.group(1)
        if not surface[:1].isupper():
            continue
        key = _norm(surface)
        info = what.get(key)
        if info is None and key.endswith("s"):
            key = key[:-1]
            info = what.get(key)  # a genitive: the alternative was "name" + "s?"
        if info is None:
            continue
        if key in _homonyms() and not _meant_as_country(text, s, e):
            continue
        if not _case_fits(surface, key):
            continue  # "the Suez Canal zone": not the (Panama) "Canal Zone"
        if key in _entries()[2] and _CYRILLIC_ADJECTIVE_BEFORE.search(text, max(0, s - 30), s):
            continue  # "в Южном Судане", "Северной Ирландии": not Sudan's, not Ireland's
        code, iso2, clue = info
        yield CountryHit(s, e, surface, code, iso2, clue)


#: the endings of English demonyms that take no plural "-s" ("the Chinese", "the French")
_NO_PLURAL = ("s", "sh", "ch", "ese", "x", "z")


@cache
def _plural_demonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    """The English demonyms of one word in their plural ("Filipinos", "Bangladeshis",
    "Indians") and their countries; not a plural that is a country's own expression
    ("Philippines")."""
    what = _entries()[0]
    plurals: dict[str, str] = {}
    for c in load_countries():
        for d in c.demonyms:
            if " " in d or not d[:1].isupper() or d.lower().endswith(_NO_PLURAL):
                continue
            plural = d + "s"
            if _norm(plural) not in what:
                plurals.setdefault(plural, c.iso2)
    alts = "|".join(sorted(map(re.escape, plurals), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])"), plurals


def find_peoples(text: str) -> Iterator[CountryHit]:
    """Yield every English demonym in the plural in ``text`` ("millions of Filipinos"): a
    people, which an event's rule may read where it asks for the people who acted; no
    mention of the country (clue "demonym")."""
    pattern, plurals = _plural_demonyms()
    for m in pattern.finditer(text):
        iso2 = plurals[m.group()]
        yield CountryHit(m.start(), m.end(), m.group(), iso2, iso2, "demonym")


@cache
def _spellings() -> dict[str, frozenset[str]]:
    """Every country expression of several words (normalised) and how the tables write it."""
    out: dict[str, set[str]] = {}
    for name, *_meaning in _expressions():
        if " " in name.strip():
            out.setdefault(_norm(name), set()).add(name.strip())
    return {k: frozenset(v) for k, v in out.items()}


def _case_fits(surface: str, key: str) -> bool:
    """Whether a name of several words is written with its capitals: a word the tables
    capitalise is not in lower case in the text ("Suez Canal zone" is not the "Canal Zone").

    >>> _case_fits("Canal zone", "canal zone"), _case_fits("Canal Zone", "canal zone")
    (False, True)
    >>> _case_fits("North Korea", "north korea"), _case_fits("Union Soviétique", "union soviétique")
    (True, True)
    """
    spellings = _spellings().get(key)
    words = surface.split()
    if not spellings or len(words) < 2:
        return True
    for spelling in spellings:
        parts = spelling.split()
        if len(parts) != len(words) or not any(
            p[:1].isupper() and w[:1].islower() for p, w in zip(parts, words, strict=True)
        ):
            return True
    return False


@cache
def _homonyms() -> frozenset[str]:
    return frozenset(_norm(h.name) for h in load_homonyms())


#: before a country's name that is also a common word: "la" or a preposition ("à la Réunion",
#: "isla de la Reunión", "in Réunion", "Communist Party of Réunion", "von Réunion", "Partido …
#: do Benim"), a list's
#: or bracket's punctuation ("… (Réunion)", "… – Réunion"), or the start of a line or of the
#: text (a signatory list's "Réunion: Parti …", a list's country alone: "Réunion");
#: after it: the end of the phrase or of the line
_HOMONYM_BEFORE = re.compile(
    r"(?:\b(?:la|of|in|on|to|from|at|à|au|aux|en|na|von|aus|auf|de|do|da|du|del|di)\s+|[(,/–—-]\s*|^[^\S\n]*(?:[-–—•*·][^\S\n]*)?)$",
    re.I | re.M,
)
_HOMONYM_AFTER = re.compile(r"[^\S\n]*(?:$|[\n.,;:!?)\]»”\"]|\s(?:and|et|y|e|und|or|ou|o)\s)", re.M)


_LA = re.compile(r"la\s+", re.I)


def _meant_as_country(text: str, start: int, end: int) -> bool:
    """Whether a country's name that is also a common word names the country here.

    >>> def meant(text, name):
    ...     return _meant_as_country(text, text.rindex(name), text.rindex(name) + len(name))
    >>> meant("Grève générale à la Réunion, en Guadeloupe", "Réunion")
    True
    >>> meant("Declaración de la Reunión Regional de Partidos", "Reunión")
    False
    >>> meant("Reunión Plenaria", "Reunión")
    False
    >>> meant("Parti Ouvrier Réunionnais (Réunion)", "Réunion")
    True
    >>> meant("Communist Party of Réunion", "Réunion"), meant("Signataires :\\nRéunion : Parti Rouge", "Réunion")
    (True, True)
    >>> meant("Parti Rouge – Réunion\\nParti Noir – Niger", "Réunion"), meant("Réunion", "Réunion")
    (True, True)
    >>> meant("Partido dos Trabalhadores do Benim", "Benim"), meant("Benim adım Ali.", "Benim")
    (True, False)
    >>> meant("le coup d'État au Chili", "Chili"), meant("Parti Rouge (PR), Chili", "Chili")
    (True, True)
    >>> meant("la sauce au chili et le chili con carne", "chili")
    False
    """
    return bool(_HOMONYM_BEFORE.search(text, max(0, start - 12), start)) and bool(
        _HOMONYM_AFTER.match(text, end)
    )


def country_of_name(*names: str | None, suffix: str | None = None) -> CountryHit | None:
    """The country an organisation's names point to, or None.

    An explicit country after the entry (``suffix``) wins; then the strongest clue in
    the names, taking the names in the order given (English first): a country's name
    ("of Germany", "Deutschlands") beats a demonym ("Bulgarian"), which beats a native
    adjective ("Portuguesa").  In a compound such as "Turkey / Kurdistan" the first
    country counts.
    """
    if suffix:
        for hit in find_countries(suffix):
            return hit
    best: CountryHit | None = None
    for name in names:
        if not name:
            continue
        for hit in find_countries(name):
            if _stood_with(name, hit):
                continue  # "Committee of Solidarity with Palestine": not its own country
            if best is None or STRENGTH[hit.clue] < STRENGTH[best.clue]:
                best = hit
    if best is None:
        # a name that ends in a country's lower-case adjective in its language ("Parti du
        # travail turc (Voie prolétarienne)", "Partito comunista italiano")
        for name in names:
            final = _final_adjective(name) if name else None
            if final is not None:
                return final
    return best


@cache
def _with_before() -> re.Pattern[str]:
    """A preposition of standing with someone, then at most four words, ending a name's
    text before a country (``solidarity_prepositions`` of name_words.yaml)."""
    words = "|".join(map(re.escape, load_name_words().words["solidarity_prepositions"]))
    return re.compile(rf"(?i)(?<![\w'’])(?:{words})(?:\s+[^\W\d_][\w'’-]*){{0,4}}\s+\Z")


def _stood_with(name: str, hit: CountryHit) -> bool:
    """True when the country ``hit`` of ``name`` is the one the organisation stands with.

    >>> name = "Comité de Solidaridad con el pueblo de Cuba"
    >>> _stood_with(name, next(find_countries(name)))
    True
    >>> _stood_with("Workers' Union of Cuba", next(find_countries("Workers' Union of Cuba")))
    False
    >>> _stood_with("Working People's Party of Russia", next(find_countries("Working People's Party of Russia")))
    False
    """
    return _with_before().search(name, 0, hit.start) is not None


_NAME_END = re.compile(r"([^\W\d_]+)\s*(?:[(\[][^()\[\]]*[)\]]\s*)*$")


def _final_adjective(name: str) -> CountryHit | None:
    """The country whose lower-case adjective ends ``name``, before any bracket.

    >>> _final_adjective("Parti du travail turc (Voie prolétarienne)").iso2
    'TR'
    >>> _final_adjective("Parti du travail") is None, _final_adjective("Turc") is None
    (True, True)
    """
    m = _NAME_END.search(name)
    if m is None or not m.group(1).islower() or len(name.split()) < 3:
        return None
    iso2 = _lower_adjectives().get(m.group(1))
    if iso2 is None:
        return None
    return CountryHit(m.start(1), m.end(1), m.group(1), iso2, iso2, "adjective")


@cache
def _lower_adjectives() -> dict[str, str]:
    """Each lower-case form of a country's adjective in the networks' other languages
    (``country_adjectives.csv``) to its country, when only one country has it."""
    seen: dict[str, set[str]] = {}
    for a in load_adjectives():
        for form in a.forms:
            seen.setdefault(form, set()).add(a.iso2)
    return {form: next(iter(codes)) for form, codes in seen.items() if len(codes) == 1}


# a pure function of the text, which the list and entry rules ask of the same few thousand
# strings over and over (a build of 300 documents: 22,480 calls, 1,959 texts)
@lru_cache(maxsize=1 << 14)
def is_country(text: str) -> CountryHit | None:
    """The country when ``text`` is nothing but a country expression.

    >>> is_country("Sri Lanka").iso2 if is_country("Sri Lanka") else None
    'LK'
    >>> is_country("Peru / Perú").iso2, is_country("Peru / Chile")
    ('PE', None)
    >>> is_country("Réunion").iso2, is_country("(La Réunion)").iso2, is_country("Reunión Regional")
    ('RE', 'RE', None)
    """
    stripped = text.strip(" ,.;:()[]")
    for hit in find_countries(stripped):
        if (
            # "La Réunion": the article of a country whose name is also a common word, which
            # the finder reads only after "la" (_meant_as_country)
            (hit.start == 0 or (_norm(hit.text) in _homonyms() and _LA.fullmatch(stripped, 0, hit.start)))
            and hit.end == len(stripped)
            and hit.clue in ("name", "alias", "native", "exonym", "historical")
        ):
            return hit if hit.start == 0 else CountryHit(0, hit.end, stripped, hit.code, hit.iso2, hit.clue)
    if " / " in stripped:
        # "Peru / Perú": one country's name in two languages
        hits = [is_country(part) for part in stripped.split(" / ")]
        first = hits[0]
        if first is not None and all(h is not None and h.iso2 == first.iso2 for h in hits):
            return CountryHit(0, len(stripped), stripped, first.code, first.iso2, first.clue)
    return None
