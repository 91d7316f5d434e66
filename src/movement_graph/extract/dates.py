"""Find and normalise calendar dates in text, as precisely as the text allows.

Pure functions of strings: ``find_dates`` yields every date expression with its
offsets and ISO 8601 value (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); a range
("December 4-10, 2009") normalises to its first day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..reference import load_document_kinds, load_event_words, load_months, load_ordinals
from ..vocab import trie_pattern

#: month name (lower case, any language of ``data/reference/months.csv``) -> its number
#: (``read_months`` refuses a name that stands for two months)
MONTHS: dict[str, int] = {name: m.month for m in load_months() for name in m.names}
#: spelled-out ordinals (lower case, any language of ``data/reference/ordinals.csv``) -> their
#: number, as conferences and anniversaries are numbered ("twenty-seventh", "vigésima
#: séptima", "siebenundzwanzigste"); ``read_ordinals`` refuses a word of two numbers
ORDINAL_WORDS: dict[str, int] = {o.word: o.value for o in load_ordinals()}
# the ~300 names as one prefix-sharing expression, longest first where one name begins
# another ("mar", "mars", "marzo"), as the plain alternation of the names sorted by length
# tries them (tests/test_dates_speed.py): the plain one tried every name at every word
_MONTH = r"(?P<{name}>" + trie_pattern(MONTHS) + r")\.?"
_YEAR = r"(?P<{name}>(?:1[6-9]|20)\d\d)"
# "1st", "1er", "1ᵉʳ", "1º", "1°", "1.º" (Spanish and Portuguese first of the month), "1.",
# "8ης" / "8η" (Greek: "της 8ης Μαρτίου"), "16ê" (Kurmanji: "16ê Adara 1988an")
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th|er|ᵉʳ|º|°|\.º|\.°|\.|ης|η|ê)?"
# between a range's or a pair's two days: "9 to 10", "9 and 10", "les 9 et 10", "9 e 10", "9 ve 10",
# "9 och 10", "9 og 10", "9 i 10", "9 и 10", "9 και 10"
_SEP = r"(?:\s*[-–—]\s*|\s+(?:to|and|au|et|al|bis|a|e|und|y|ve|och|og|i|till|til|и|до|και|&)\s+)"

_PATTERNS = [
    # 2023-02-07
    re.compile(r"\b" + _YEAR.format(name="y") + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # 7 February 2023, 4-10 December 2009, 7 de febrero de 2023, 6. Oktober 2010, 1st of May
    # 2021, ika-21 ng Setyembre 2022 (Filipino), 16ê Adara 1988an (Kurmanji: the year's suffix)
    re.compile(
        r"\b"
        + _DAY.format(name="d")
        + rf"(?:{_SEP}(?P<d2>[0-3]?\d)(?:st|nd|rd|th|\.|ης|η)?)?\s+(?:de\s+|of\s+|ng\s+)?"
        + _MONTH.format(name="mon")
        + r",?\s+(?:del?\s+|of\s+)?"
        + _YEAR.format(name="y")
        + r"(?:an)?\b",
        re.I,
    ),
    # December 4-10, 2009 ; Jan. 21, 2024 ; June 12, 2009
    re.compile(
        r"\b"
        + _MONTH.format(name="mon")
        + r"\s+"
        + _DAY.format(name="d")
        + rf"(?:{_SEP}[0-3]?\d(?:st|nd|rd|th)?)?,?\s+(?:del?\s+)?"
        + _YEAR.format(name="y")
        + r"\b",
        re.I,
    ),
    # May-June 1968, mai-juin 1968, julio–agosto de 2019: a span of months, dated by its first
    re.compile(
        r"\b"
        + _MONTH.format(name="mon")
        + r"\s?[-–/]\s?"
        + _MONTH.format(name="mon2")
        + r",?\s+(?:of\s+|del?\s+)?"
        + _YEAR.format(name="y")
        + r"\b",
        re.I,
    ),
    # November 2009, April of 2002, noviembre de 2009
    re.compile(
        r"\b" + _MONTH.format(name="mon") + r",?\s+(?:of\s+|del?\s+)?" + _YEAR.format(name="y") + r"\b", re.I
    ),
    # 07.02.2023, 7/2/2023 (day first, as the networks' European and Latin American texts write)
    re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./]" + _YEAR.format(name="y") + r"\b"),
    # 30.VII.2021, 7. XI. 2017, 7-XI-2017: the month in Roman numerals (upper case), as the
    # Polish, Czech, Balkan and Russian texts write it; a dot or a hyphen on each side (not a
    # bare space: "Chapter 3 IV 2019")
    re.compile(
        r"\b(?P<d>[0-3]?\d)(?:\.\s?|-)(?P<r>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.\s?|-)"
        + _YEAR.format(name="y")
        + r"\b"
    ),
    # 1984-85, 1984–1985, 2019/20: a span of years, dated by its first (a later second
    # year only: "2023-02" is no span)
    re.compile(r"(?<![\d.,/-])" + _YEAR.format(name="y") + r"[-–/](?P<y2>\d\d(?:\d\d)?)(?![\d/-]|\.\d)"),
    # a bare year
    re.compile(r"(?<![\d.,/-])" + _YEAR.format(name="y") + r"(?![\d/-]|\.\d)"),
]


_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    text: str
    iso: str

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}[len(self.iso)]


def _iso(groups: dict[str, str | None]) -> str | None:
    y, mon, m, d = (groups.get(k) for k in ("y", "mon", "m", "d"))
    y2 = groups.get("y2")
    if (
        y
        and y2
        and (int(y2) <= (int(y) if len(y2) == 4 else int(y) % 100) or (len(y2) == 2 and int(y2) <= 12))
    ):
        return None  # "2023-02", "1985-84": no span of years; "2009-11" may be a month
    if groups.get("r"):
        m = str(_ROMAN_MONTHS.index(groups["r"]) + 1)
    if not y:
        return None
    year = int(y)
    month: int | None = None
    if mon:
        month = MONTHS.get(mon.lower().rstrip("."))
    elif m:
        month = int(m)
    day = int(d) if d else None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= _days_in(year, month):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def find_dates(text: str) -> Iterator[DateMatch]:
    """Yield the date expressions of ``text``, longest first where they overlap, in order.

    >>> [d.iso for d in find_dates("ICOR resolution, 7 February 2023")]
    ['2023-02-07']
    >>> [d.iso for d in find_dates("December 4-10, 2009")]
    ['2009-12-04']
    >>> [d.iso for d in find_dates("held in November 2009 and in 1979")]
    ['2009-11', '1979']
    >>> [d.iso for d in find_dates("Published: 30.VII.2021; Warszawa, 7. XI. 2017")]
    ['2021-07-30', '2017-11-07']
    >>> [d.iso for d in find_dates("En mai-juin 1968 ; May–June 1968")]
    ['1968-05', '1968-05']
    >>> [d.iso for d in find_dates("the strike of 1984-85, the war of 1998–2000, 2023-02, 2009-11")]
    ['1984', '1998']
    >>> [d.iso for d in find_dates("Joint Statement No. 3 – 24 February 2024")]
    ['2024-02-24']
    """
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if m.groupdict().get("d2") and _NUMBER_SIGN.search(text, 0, m.start()):
                # "Joint Statement No. 31 – 14 September 2023": the text's number and a dash
                # before the day, no range of days
                m = pattern.match(text, m.start("d2")) or m
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _iso(m.groupdict())
            if iso is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMatch(m.start(), m.end(), m.group(0), iso))
    return iter(sorted(found, key=lambda d: d.start))


#: the sign of a number just before a number ("No. 31", "n° 5", "Nr. 12", "#4"): no day of a range
_NUMBER_SIGN = re.compile(r"(?i:(?<![^\W\d_])(?:no|nr|n[°º]|núm|num|nº|#)\.?\s*)$")


def parse_date(text: str) -> str | None:
    """Return the ISO value of the first (most precise where overlapping) date in ``text``.

    >>> parse_date("Jan. 21, 2024")
    '2024-01-21'
    >>> parse_date("no date here") is None
    True
    >>> is_date_line("Москва, 7 ноября 2021 года"), is_date_line("В ноябре 2021 года мы встретились.")
    (True, False)
    """
    for d in find_dates(text):
        return d.iso
    return None


def is_date_line(line: str) -> bool:
    """True when a line is nothing but a date (a dateline such as "November 2009").

    >>> is_date_line("November 2009")
    True
    >>> is_date_line("Paris, 12 March 2011.")
    True
    >>> is_date_line("In November 2009 the conference met.")
    False
    >>> is_date_line("Adopted by the XXVI Plenary of the Conference, Quito, November 2022")
    True
    >>> is_date_line("The Plenary met in Quito in November 2022.")
    False
    >>> is_date_line("mid-March 2021"), is_date_line("Caracas, Spring 2023"), is_date_line("We met in late 2019.")
    (True, True, False)
    >>> is_date_line("Statement of the Marxist-Leninist League of Germany, 22 August 2022")
    True
    >>> is_date_line("Ara – Bela – Cora, le 15 octobre 2024")
    True
    >>> is_date_line("Declaração dos partidos e organizações da Conferência — 20 de maio de 2024")
    True
    >>> is_date_line("By our international correspondent · 24.11.2019 · ICMLPO")
    True
    >>> is_date_line("Gemeinsame Erklärung zum 1. Mai 2019"), is_date_line("Quito, del 10 al 12 de mayo de 2022")
    (False, True)
    >>> is_date_line("Déclaration de l'ICOR pour la Journée internationale des femmes, 8 mars 2021")
    False
    >>> is_date_line("le 6 mars 2024"), is_date_line("Beschlossen von der 3. Weltkonferenz der ICOR, November 2017")
    (True, True)
    >>> is_date_line("Kathmandu, 2072 Baisakh 20 (3 May 2015)"), is_date_line("We met on 10 Mehr 1401 (2 October 2022) in Tehran.")
    (True, False)
    >>> is_date_line("Москва, 1 марта 2022 г. / Moscow, 1 March 2022"), is_date_line("1 марта 2022 г. / 2 March 2022")
    (True, False)
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 160 or is_occasion_line(stripped):
        return False
    halves = stripped.split(" / ")
    if len(halves) == 2 and all(halves):
        # a bilingual text's dateline in its two languages ("1 марта 2022 г. / 1 March
        # 2022"): the same date twice
        days = [[d.iso for d in find_dates(h)] for h in halves]
        if days[0] and days[0] == days[1] and all(is_date_line(h) for h in halves):
            return True
    # "Lyon, May 2022 – From our correspondent": the byline is no part of the dateline
    stripped = _BYLINE.sub("", stripped) or stripped
    for d in find_dates(stripped):
        # "mid-March 2021", "Paris, Spring 2023": a season or a part of the month or year
        # before the date belongs to it
        vague = _VAGUE_BEFORE.search(stripped, 0, d.start)
        head = stripped[: vague.start()] if vague else stripped[: d.start]
        # "Paris, le 15 avril 2024", "Berlin, den 3. Oktober 2022": the article is the date's
        head = _COMMA_ARTICLE.sub(",", head)
        if (
            d.precision == "year"
            and len(stripped) > 4
            and not vague
            and not _adopted_in_year(stripped, head, d.end)
        ):
            continue
        # "1 марта 2022 года": the word "year" after the year is the date's
        year_word = _YEAR_WORD.match(stripped, d.end)
        end = year_word.end() if year_word else d.end
        # "Kathmandu, 2072 Baisakh 20 (3 May 2015)", "10 Mehr 1401 (2 October 2022)": the date
        # in another calendar, glossed by the bracket that holds this one, is the date's too
        gloss = _GLOSSED.search(head)
        if (
            gloss
            and stripped[end:].lstrip().startswith(")")
            and all(w[:1].isupper() or w[:1].isdigit() for w in gloss.group(1).split())
        ):
            head = head[: gloss.start(1)]
            end = stripped.index(")", end) + 1
        if _adoption(stripped, head, end):
            return True
        if _PREPOSITION_END.search(head):
            continue  # "We met in November 2009.": a sentence, not a place and a date
        if "," not in head and _PREPOSITION_END_OTHER.search(head):
            # "Gemeinsame Erklärung zum 1. Mai 2019", "Déclaration du 1er mai 2023": a title
            # (after a place and its comma, "Quito, del 10 al 12 de …" is a dateline)
            continue
        # a post's meta line separates its parts by "·" or "|" ("By our correspondent ·
        # 24.11.2019 · ICMLPO"): the separators at its ends are no words
        rest = (head + stripped[end:]).strip(" ,.;:-–—()·|")
        # initials are no sentence's end ("Bogotá D.C., 21 de junio de 2023")
        rest = _INITIALS.sub("", rest).strip(" ,")
        rest = _ORDINAL_DOT.sub(r"\1", rest)
        # "Paris, 12 March 2011": a place before the date is still a dateline
        # "Santiago de Chile / Berlin, 11 September 2023": each place counts on its own
        # "Ouagadougou – Lomé – Abidjan, le 15 octobre 2024": or between dashes
        places = [p for p in re.split(r"\s+[/–—]\s+", rest) if p]
        if not rest or (
            all(_place_like(p) for p in places)
            and len(places) <= 3
            and "." not in rest
            and len(stripped) <= 60 + 20 * (len(places) - 1)
        ):
            return True
        # "Adopted by the XXVI Plenary of the Conference, November 2022": the meeting that
        # issued the text, a comma, and the date ending the line
        before, after = head.rstrip(), stripped[end:].strip(" .")
        return (
            not after
            and before.endswith((",", "–", "—"))
            and len(rest.split()) <= 16
            and "." not in rest
            and bool(_issued_by().search(rest))
            # (not the day the text is for, its date: "Déclaration de l'ICOR pour la
            # Journée internationale de lutte des femmes, 8 mars 2021" is a title)
            and not {w.casefold() for w in re.findall(r"[^\W\d_]+", rest)} & _occasion_words()
        )
    return False


#: the small words inside a place's name ("Afrique de l'Ouest et du Centre", "Rio de
#: Janeiro", "West and Central Africa")
_PLACE_PARTICLES = frozenset("de du des del della di da do dos das la le et y e und and of".split())


def _place_like(place: str) -> bool:
    """A place's name before a dateline's date: at most three capitalised words, joined by particles.

    >>> _place_like("Ouagadougou"), _place_like("Afrique de l'Ouest et du Centre")
    (True, True)
    >>> _place_like("Nous avons tenu la conférence"), _place_like("in West Africa")
    (False, False)
    >>> _place_like("Comité Ejecutivo del PTML")
    False
    """
    words = place.split()
    if not words or not place[:1].isupper():
        return False
    if len(words) <= 3:
        return True

    def named(w: str) -> bool:
        w = re.sub(r"^[ldLD][’']", "", w)
        return w[:1].isupper()

    caps = [w for w in words if named(w)]
    if any(len(w) >= 2 and w.isupper() for w in caps):
        return False  # an organisation's acronym: its author ("Comité Ejecutivo del PTML")
    return len(caps) <= 3 and len(words) <= 7 and all(named(w) or w in _PLACE_PARTICLES for w in words)


#: another calendar's date (its day, month and year: short, with a number) just before the
#: bracket that gives its Gregorian date
_GLOSSED = re.compile(
    r"(?:^|,\s*)((?=[^,()]*\d)(?:(?:\d+|[^\W\d_][^\W_]*)\.?\s+){1,3}(?:\d+|[^\W\d_][^\W_]*)\s*)\(\s*$"
)


#: the word "year" after a date's year, in Russian, Ukrainian, Polish and Serbo-Croatian
#: ("1 марта 2022 года", "2022 г.", "2 травня 2024 р.", "28 kwietnia 2021 r.", "2020. godine")
_YEAR_WORD = re.compile(r"\.?\s*(?:года|год|г\.|року|р\.|roku|r\.|godine|god\.)(?!\w)", re.I)


@cache
def _occasion_words() -> frozenset[str]:
    return frozenset(load_event_words().words["occasion_days"])


# a date opening or closing a line, set apart from the rest by a spaced dash or a colon
_DATE_ASIDE = re.compile(r"^(?P<a>.*?)\s+[-–—]\s+(?P<b>.*)$|^(?P<c>[^:]*?):\s+(?P<d>.*)$")


def is_occasion_line(line: str) -> bool:
    """A date and the day of action, remembrance or anniversary it is, set apart by a dash or
    a colon: "8 March 2024 – International Women's Day", "1. September 2023 – Antikriegstag",
    "Día Internacional de la Mujer – 8 de marzo de 2024".  The occasion the text is written
    for, a title's line over it: no dateline of the text.

    >>> is_occasion_line("8 March 2024 – International Women's Day")
    True
    >>> is_occasion_line("1er mai 2024 : Journée internationale des travailleurs")
    True
    >>> is_occasion_line("Paris, 12 March 2011"), is_occasion_line("12 March 2011 – Paris")
    (False, False)
    """
    s = line.strip(" *_#")
    if len(s) > 120:
        return False
    m = _DATE_ASIDE.match(s)
    if m is None:
        return False
    sides = [m["a"], m["b"]] if m["a"] is not None else [m["c"], m["d"]]
    for date_side, rest in (sides, sides[::-1]):
        dates = list(find_dates(date_side))
        if len(dates) != 1 or dates[0].precision == "year" or dates[0].text.strip() != date_side.strip(" ,."):
            continue
        words = {w.casefold() for w in re.findall(r"[^\W\d_]+", rest)}
        if words & _occasion_words():
            return True
    return False


# a byline after a dateline, or before it: "– From our correspondent", "| By our reporter",
# "– de notre correspondant", "– von unserem Korrespondenten", "By Jane Roe |"
_BYLINE = re.compile(
    r"(?i:\s*[–—|·-]\s*(?:by|from|de|par|von|dal|del|do|da)\s+"
    r"(?:our|notre|nuestr[oa]|unserem|unserer|nostr[oa]|noss[oa])\s+\w+(?:\s+\w+)?\s*$"
    r"|^(?:by|from)\s+(?:our|a|the)\s+\w+(?:\s+\w+)?\s*[–—|·]\s*)"
)

#: the first words of a line that says who adopted the text (and when), in the networks' languages
ADOPTION_WORDS = (
    r"adopted|approved|issued|passed|signed|done|beschlossen|verabschiedet|angenommen"
    r"|adoptad[ao]|aprobad[ao]|adoptée?|approuvée?|approvat[ao]|adottat[ao]|adotad[ao]|aprovad[ao]"
)
_ADOPTED = re.compile(rf"(?i:{ADOPTION_WORDS})\b")
# a line that says who published the text and when is its dateline as well ("Published by
# the ICOR on 14 August 2023", "Publié par le Comité le 3 mai 2021")
_PUBLISHED = re.compile(r"(?i:published|publiée?|publicad[ao]|publicat[ao]|pubblicat[ao]|veröffentlicht)\b")
# the preposition of a day or month after such a line's issuer ("… am 14. März 2022")
_ADOPTION_PREPOSITION = re.compile(r"(?i:\b(?:on|in|am|im|le|en|el|il|nel|em|no|den)\s*)$")


def _adoption(line: str, head: str, date_end: int) -> bool:
    """A line that says who adopted the text and when, the date ending it: "Adopted by the
    Central Committee on 14 March 2022", "Verabschiedet vom Parteitag am 14. März 2022".

    >>> _adoption("Adopted by the Plenary on 2 May 2021", "Adopted by the Plenary on ", 36)
    True
    >>> _adoption("Adopted by the Plenary on 2 May 2021 in Quito", "Adopted by the Plenary on ", 36)
    False
    >>> _adoption("Published by the ICOR on 14 August 2023", "Published by the ICOR on ", 39)
    True
    """
    return (
        (_ADOPTED.match(line) is not None or _PUBLISHED.match(line) is not None)
        and not line[date_end:].strip(" .")
        and _ADOPTION_PREPOSITION.search(head) is not None
        and len(head.split()) <= 16
        and "." not in head.rstrip(". ")
    )


def _adopted_in_year(line: str, head: str, date_end: int) -> bool:
    """A line that says who adopted the text, then its year after a comma, ending it:
    "Adopted unanimously by the First International Conference of …, 1980."

    >>> _adopted_in_year("Adopted by the Second Conference, 1981.", "Adopted by the Second Conference, ", 38)
    True
    >>> _adopted_in_year("Adopted by the Conference in 1981.", "Adopted by the Conference in ", 33)
    False
    """
    return (
        _ADOPTED.match(line) is not None
        and head.rstrip().endswith(",")
        and not line[date_end:].strip(" .")
        and len(head.split()) <= 16
    )


# a season or part of a month or year just before a date ("mid-March 2021", "Spring 2023",
# "end of April 2019"); English, as the datelines of the other languages name a day
_VAGUE_BEFORE = re.compile(
    r"(?i:\b(?:(?:early|mid|late)(?:[\s-]+|(?=-))|(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+)"
    r"|\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)$"
)


def vague_before(text: str, start: int) -> bool:
    """Whether a season or part of a year stands right before the date at ``start``: such a
    year is a date of the text's own ("In the autumn of 1980 … was held"), no year in passing.

    >>> vague_before("In the autumn of 1980 a conference was held.", 17)
    True
    >>> vague_before("The conference of 1980 was held.", 18)
    False
    """
    return _VAGUE_BEFORE.search(text, max(0, start - 40), start) is not None


# a date after one of these words is part of a sentence
# (and Russian's: "В ноябре 2021 года мы встретились")
_PREPOSITION_END = re.compile(
    r"(?i:\b(?:in|on|at|since|by|until|till|from|of|during|before|after|to|в|во|с|со|до|после|от|к)\s*)$"
)

# the same in the networks' other languages, where no place and comma come before
_PREPOSITION_END_OTHER = re.compile(
    r"(?i:\b(?:zum|zur|vom|seit|bis|del|al|desde|hasta|du|au|depuis|dal|nel|do|no|pelo|dell['’])\s*)$"
)
_INITIALS = re.compile(r"\b(?:[A-ZÀ-Þ]\.)+[A-ZÀ-Þ]\b\.?")
# the article of a day after a place's comma, or opening the line ("le 6 mars 2024")
_COMMA_ARTICLE = re.compile(r"(?:^|,)\s*(?i:le|el|den)\s*$")
# a German ordinal's dot inside a dateline's issuer ("der 3. Weltkonferenz der ICOR") ends
# no sentence
_ORDINAL_DOT = re.compile(r"(?<![\w.])(\d{1,3})\.(?=\s+[^\W\d_])")


@cache
def _issued_by() -> re.Pattern[str]:
    """The words of a dateline that names who issued the text: "Adopted by …", "… Plenary
    …", or a kind of text and its issuer ("Statement of the ICOR, 10 March 2021",
    "Déclaration de l'ICOR, le 15 avril 2024", "Erklärung der ICOR, 3. Oktober 2022"), the
    kinds in every language of ``data/patterns/document_kinds.yaml``.
    """
    kinds = sorted({w for _, words in load_document_kinds() for w in words}, key=len, reverse=True)
    return re.compile(
        rf"^(?i:{ADOPTION_WORDS})\b"
        r"|\b(?:Plenary|Conference|Congress|Meeting|Assembly|Session|Committee|Bureau|Coordination)\b"
        # the meetings' words of the other languages ("Weltkonferenz der ICOR")
        r"|\b(?:Plenum|Pleno|Plenaria|Plénière|Plenária|Conferencia|Conférence|Conferenza|Conferência"
        r"|[A-ZÄÖÜ]\w*konferenz|Konferenz)\b"
        r"|^(?i:(?:joint|common|gemeinsame|conjunta|commune|congiunta)\s+)?"
        r"(?i:" + "|".join(map(re.escape, kinds)) + r")\s+"
        r"(?i:of|by|from|de|del|des|du|der|des|von|della|dell|di|da|do|dos|das)(?!\w)",
    )


def names_issuer(text: str) -> bool:
    """True when ``text`` names who issued a text: "Adopted by …", a meeting ("4th World
    Conference of ICOR", "Coordinating Committee") or a kind of text and its issuer.

    >>> names_issuer("4th World Conference of ICOR"), names_issuer("Workers of all countries, unite!")
    (True, False)
    """
    return _issued_by().search(text) is not None
