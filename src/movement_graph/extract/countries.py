"""Find countries in text: names, aliases, native names, demonyms, historical names.

Pure functions of strings over the reference tables in ``data/reference/``.  Each hit
names the country node it points to: an ISO 3166-1 alpha-2 code, or for a historical
country (Upper Volta, USSR) the historical record's code, whose ``mg:iso3166`` is that
of its principal successor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..reference import load_countries, load_historical

#: how strong a clue is, strongest first: an explicit name beats an adjective
STRENGTH = {"name": 0, "alias": 0, "historical": 0, "native": 1, "demonym": 2, "adjective": 3, "code": 4}


@dataclass(frozen=True, slots=True)
class CountryHit:
    start: int
    end: int
    text: str
    code: str  # ISO alpha-2, or a historical country's code
    iso2: str  # ISO alpha-2 of the country or its successor
    clue: str  # name, alias, native, demonym, adjective, historical, code


@cache
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    """One alternation of every country expression, longest first, and what each means."""
    what: dict[str, tuple[str, str, str]] = {}

    def add(expr: str, code: str, iso2: str, clue: str) -> None:
        expr = expr.strip()
        if len(expr) < 3 and clue != "code":
            return
        key = _norm(expr)
        old = what.get(key)
        if old is None or STRENGTH[clue] < STRENGTH[old[2]]:
            what[key] = (code, iso2, clue)

    for c in load_countries():
        add(c.name, c.iso2, c.iso2, "name")
        for a in c.aliases:
            add(a, c.iso2, c.iso2, "alias")
        for a in c.native_names:
            add(a, c.iso2, c.iso2, "native")
        for a in c.demonyms:
            add(a, c.iso2, c.iso2, "demonym")
        for a in c.native_adjectives:
            add(a, c.iso2, c.iso2, "adjective")
    for h in load_historical():
        add(h.name, h.code, h.successor, "historical")
        for a in h.aliases:
            add(a, h.code, h.successor, "historical")
    exprs = sorted(what, key=len, reverse=True)
    alternation = "|".join(_flex(e) for e in exprs)
    pattern = re.compile(_LEFT + r"(?:the\s+)?(" + alternation + r")(?![\w-])", re.I)
    return pattern, what


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("–", "-")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _flex(expr: str) -> str:
    out = re.escape(expr.casefold())
    out = out.replace(r"\ ", r"\s+").replace("'", "['’]").replace(r"\-", "[-–]")
    return out


_LEFT = r"(?<![\w'’-])"
_THE = re.compile(r"the\s+", re.I)


@cache
def _dispatch() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The pieces of ``_table``'s alternation, grouped by what their first character is.

    ``_table()[0].finditer`` tries all ~1,700 alternatives at every word start. The same
    matches come from trying, at each position where the pattern can start (``starts``),
    only the alternatives whose first character matches the text's character there, in
    the alternation's order (``_sub``). Which first characters match a text character is
    decided by ``re`` itself under ``re.I`` (one pattern character always matches one text
    character), so the case-insensitive semantics are the original's.
    """
    _pattern, what = _table()
    exprs = sorted(what, key=len, reverse=True)  # the alternation's order
    firsts: dict[str, list[str]] = {}
    for e in exprs:
        firsts.setdefault(_flex(e[0]), []).append(_flex(e))
    starts = re.compile(_LEFT + "(?=" + "|".join([*firsts, "t"]) + ")", re.I)
    return starts, {k: tuple(v) for k, v in firsts.items()}


_SUB: dict[str, re.Pattern[str] | None] = {}


def _sub(ch: str) -> re.Pattern[str] | None:
    """The alternatives (in order) that can begin at the text character ``ch``."""
    try:
        return _SUB[ch]
    except KeyError:
        pass
    _starts, firsts = _dispatch()
    exprs = {flexed for first, group in firsts.items() if re.fullmatch(first, ch, re.I) for flexed in group}
    # keep the original alternation's order (longest first, then insertion order)
    _pattern, what = _table()
    ordered = [f for f in (_flex(e) for e in sorted(what, key=len, reverse=True)) if f in exprs]
    sub = re.compile("(" + "|".join(ordered) + r")(?![\w-])", re.I) if ordered else None
    _SUB[ch] = sub
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
                sub = _sub(text[q])
                if sub is not None:
                    found = sub.match(text, q)
                    if found is not None:
                        break
        if found is None:
            sub = _sub(text[p])
            if sub is not None:
                found = sub.match(text, p)
        if found is not None:
            yield found
            pos = found.end()


def find_countries(text: str) -> Iterator[CountryHit]:
    """Yield every country expression in ``text``, in order.

    Case matters only for short expressions: country names, demonyms and native
    names are written with capitals, so "chad" or "turkey" in lower case are not
    countries.
    """
    _pattern, what = _table()
    for m in _matches(text):
        s, e = m.span(1)
        surface = m.group(1)
        if not surface[:1].isupper():
            continue
        info = what.get(_norm(surface))
        if info is None:
            continue
        code, iso2, clue = info
        yield CountryHit(s, e, surface, code, iso2, clue)


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
            if best is None or STRENGTH[hit.clue] < STRENGTH[best.clue]:
                best = hit
    return best


def is_country(text: str) -> CountryHit | None:
    """The country when ``text`` is nothing but a country expression.

    >>> is_country("Sri Lanka").iso2 if is_country("Sri Lanka") else None
    'LK'
    """
    stripped = text.strip(" ,.;:()[]")
    for hit in find_countries(stripped):
        if (
            hit.start == 0
            and hit.end == len(stripped)
            and hit.clue in ("name", "alias", "native", "historical")
        ):
            return hit
    return None
