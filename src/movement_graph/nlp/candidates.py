"""Decide which sentences need the statistical model and which rules alone can read.

The extractors read the statistical model (NER, tagger, parser, lemmas) only around
candidates: a sentence that holds every required word of one of the token patterns
(``data/patterns/events.jsonl``, ``data/patterns/persons.jsonl``: "tried … to
overthrow … the … government", not "try" alone), a gazetteer alias
(``data/reference/historical_events.csv``), a run of capitalised words that may be a
name the rules cannot read (one holding an organisation head such as "Party" is read by
the organisation rules; one of known words only, such as countries, demonyms and months,
names nothing new), a date.
A sentence with none of these is only tokenised; regions the caller knows to be
rule-only (the entries of a signatory list) are never sent to the model.

The vocabulary comes from the same data files the extractors read, so that adding a
trigger word to a pattern file also makes its sentences reach the model.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.dates import MONTHS
from ..reference import OrgHeads, data_dir, load_name_words, read_countries, read_org_heads
from ..vocab import trie_pattern

# irregular forms of lemmas the patterns name ("overthrow" → "overthrew")
_IRREGULAR = {
    "overthrow": ("overthrew", "overthrown"),
    "seek": ("sought",),
    "bring": ("brought",),
    "try": ("tried", "tries"),
    "die": ("dying",),
    "take": ("took", "taken"),
    "rise": ("rose", "risen"),
    "shoot": ("shot",),
    "begin": ("began", "begun"),
    "run": ("ran",),
    "overrun": ("overran",),
    "drive": ("drove", "driven"),
}
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE = re.compile(rf"\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:{_MONTHS})\b\.?")
# a whole run of capitalised words, joined by particles: "Communist Party of Utopia"
_CAPS_RUN = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:(?:\s+(?:of|the|de|del|la|for|and|y|du|des|der)){0,2}"
    r"\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)+"
)
_NAME = re.compile(r"(?<=[\s(“\"])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_FIRST_WORD = re.compile(r"[\w'’-]+")
# a run of word characters: the words the tests of required tokens compare
_RUN = re.compile(r"\w+")
# a sentence ends at . ! ? (and closing quotes or brackets) followed by a space
_SENT_END = re.compile(r"(?<=[.!?])[\"”’)\]]*[ \t]+(?=\S)")
#: a name's initial before its full stop ("K. P. Sharma Oli"), which ends no sentence (not
#: "I", a numeral: "World War I. Then …")
_INITIAL_DOT = re.compile(r"(?:^|(?<=[\s(]))[A-HJ-ZÀ-ÖØ-Þ]\.[ \t]+$")
# "am 24. Februar", "le 1. Mai": a day's number and its full stop before a month's name
_DAY_DOT = re.compile(r"(?<![\d.])\d{1,2}\.[ \t]+$")
# "zum 9. jährlichen Treffen", "katliamının 9. yıldönümünde": an ordinal's number and its
# full stop before a word in lower case
_ORDINAL_DOT = re.compile(r"(?<![\d.])\d{1,3}\.[ \t]+$")


@cache
def _abbreviation_dot() -> re.Pattern[str]:
    """An abbreviation that opens a place's name and its full stop ("St. ", "Mt. "):
    ``name_abbreviations`` of name_words.yaml."""
    words = "|".join(map(re.escape, load_name_words().words["name_abbreviations"]))
    return re.compile(r"(?<![^\W\d_])(?i:" + words + r")\.[ \t]+$")


@cache
def _month_start() -> re.Pattern[str]:
    return re.compile(r"(?i:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\b")


_WORD = re.compile(r"[\w'’-]+")


def _forms(lemma: str) -> set[str]:
    """The inflected forms of ``lemma`` a pattern's LEMMA can match.

    A superset is harmless (a sentence more reaches the model), a missing form is not.

    >>> {"plot", "plots", "plotted", "plotting"} <= _forms("plot")
    True
    >>> {"removed", "removes", "removing"} <= _forms("remove"), {"tried", "tries"} <= _forms("try")
    (True, True)
    """
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _pattern_words(path: Path) -> list[list[frozenset[str] | str]]:
    """For each token pattern of a pattern file, the word sets of its required tokens.

    A pattern can only match a sentence that holds a word of every set; tokens that
    are optional or constrained by other attributes (POS, entity type) give no set.
    ``ORTH`` and ``TEXT`` keep their case ("Act" is not "act"); the other attributes are
    read without it. A token given by a regular expression gives the expression, unanchored
    (a word of the sentence holds a match wherever the token does): "Militärputsch" reaches
    the model for ``{"LOWER": {"REGEX": "^\\w{3,}-?putsch(e?s)?$"}}``.
    """
    out: list[list[frozenset[str] | str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            required: list[frozenset[str] | str] = []
            for spec in row.get("pattern", ()):
                if spec.get("OP") in ("?", "*"):
                    continue
                words: set[str] = set()
                for attr in ("LOWER", "ORTH", "NORM", "TEXT", "LEMMA"):
                    value = spec.get(attr)
                    if isinstance(value, dict) and "REGEX" in value and attr != "LEMMA":
                        required.append(_unanchored(value["REGEX"], ignore_case=attr not in ("ORTH", "TEXT")))
                        break
                    if isinstance(value, dict):
                        value = value.get("IN", ())
                    values = [value] if isinstance(value, str) else list(value or ())
                    for v in values:
                        if attr == "LEMMA":
                            words |= _forms(v.lower())
                        else:
                            words.add(v if attr in ("ORTH", "TEXT") else v.lower())
                if words:
                    required.append(frozenset(words))
            if required:
                out.append(required)
    return out


def _commonness(words: frozenset[str] | str) -> tuple[bool, float]:
    """How costly and how common a required token's test is: whether it searches the text
    (a regular expression, a word such as "d'état"), then the share of stop words and
    punctuation among its words."""
    if isinstance(words, str):
        return True, 1.0
    common = sum(w in STOP_WORDS or not any(c.isalpha() for c in w) for w in words) / len(words)
    return any(not _RUN.fullmatch(w) for w in words), common


def _unanchored(regex: str, *, ignore_case: bool) -> str:
    """A token's regular expression as a search in a sentence: its anchors dropped, so
    that it matches wherever the token would (and maybe more: the filter may send a
    sentence too many to the model, never one too few).

    >>> _unanchored("^katliam(ı|ın)?$", ignore_case=True), _unanchored("^koy", ignore_case=False)
    ('(?i:katliam(ı|ın)?)', '(?:koy)')
    """
    if regex.startswith("^"):
        regex = regex[1:]
    if regex.endswith("$") and not regex.endswith("\\$"):
        regex = regex[:-1]
    return f"(?i:{regex})" if ignore_case else f"(?:{regex})"


def _alternation(words: set[str] | frozenset[str], *, ignore_case: bool | None = None) -> re.Pattern[str]:
    """Any of ``words`` as a whole word; without case when they are all lower case.

    >>> bool(_alternation({"Act", "Law"}).search("the act")), bool(_alternation({"coup"}).search("Coup"))
    (False, True)
    """
    alts = sorted(words, key=lambda w: (-len(w), w))
    if ignore_case is None:
        ignore_case = all(w == w.lower() for w in words)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alts)) + r")(?!\w)", re.I if ignore_case else 0)


@dataclass(frozen=True)
class Words:
    """The words of a sentence, as the tests of required tokens read them: each maximal run
    of word characters, as written and in lower case."""

    text: str
    exact: frozenset[str]
    lower: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Words:
        exact = frozenset(_RUN.findall(text))
        return cls(text, exact, frozenset(w.lower() for w in exact))


@dataclass(frozen=True)
class TokenTest:
    """Whether a sentence holds a word one required token of a pattern can match.

    The same verdict as searching the alternation of the token's words as whole words
    (``_alternation``), read from the sentence's words: a word of word characters only is
    one of the sentence's runs; the others ("d'état", "°") and a token's regular expression
    are searched.

    >>> t = TokenTest.of(frozenset({"coup", "d'état"}))
    >>> t.holds(Words.of("Le Coup fut condamné.")), t.holds(Words.of("le coup-d'état")), t.holds(Words.of("coups"))
    (True, True, False)
    >>> TokenTest.of(frozenset({"Act", "law"})).holds(Words.of("the Law"))
    False
    """

    #: words made of word characters only
    words: frozenset[str]
    #: whether ``words`` are compared in lower case (all the token's words are)
    ignore_case: bool
    #: the rest, searched in the sentence's text
    search: re.Pattern[str] | None

    @classmethod
    def of(cls, words: frozenset[str] | str) -> TokenTest:
        if isinstance(words, str):  # a regular expression
            return cls(frozenset(), True, re.compile(words))
        ignore_case = all(w == w.lower() for w in words)
        plain = frozenset(w for w in words if _RUN.fullmatch(w))
        rest = words - plain
        search = _alternation(rest, ignore_case=ignore_case) if rest else None
        return cls(plain, ignore_case, search)

    def holds(self, sentence: Words) -> bool:
        if not self.words.isdisjoint(sentence.lower if self.ignore_case else sentence.exact):
            return True
        return self.search is not None and self.search.search(sentence.text) is not None


@dataclass(frozen=True)
class CandidateFilter:
    """A compiled test for "this sentence needs the statistical model"."""

    aliases: re.Pattern[str] | None
    #: capitalised words that are no name of a person (countries, demonyms, org heads …)
    known: frozenset[str] = frozenset()
    #: per token pattern, one test per required token, the rarest first; all must hold
    patterns: tuple[tuple[TokenTest, ...], ...] = ()
    #: the patterns whose first test a word (in lower case) may pass
    by_word: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    #: the patterns whose first test searches the text (a regular expression, "d'état")
    searched: tuple[int, ...] = ()
    #: words that head organisation names: a name holding one is read by the rules
    heads: OrgHeads = OrgHeads(frozenset(), ())

    @classmethod
    def from_data(cls, data: Path | None = None) -> CandidateFilter:
        """Build the filter from the pattern and gazetteer files under ``data`` (the project's by default)."""
        data = data or data_dir()
        required: list[list[frozenset[str] | str]] = []
        for name in ("events.jsonl", "persons.jsonl"):
            path = data / "patterns" / name
            if path.exists():
                required += _pattern_words(path)
        # each pattern's tests, the rarest first (``all`` stops at the first that fails)
        required = [sorted(pat, key=_commonness) for pat in required]
        compiled: dict[frozenset[str] | str, TokenTest] = {}
        patterns = tuple(tuple(compiled.setdefault(ws, TokenTest.of(ws)) for ws in pat) for pat in required)
        by_word: dict[str, list[int]] = {}
        searched: list[int] = []
        for i, pat in enumerate(patterns):
            if pat[0].search is not None:
                searched.append(i)
            for w in pat[0].words:
                by_word.setdefault(w.lower(), []).append(i)
        aliases: set[str] = set()
        gazetteer = data / "reference" / "historical_events.csv"
        if gazetteer.exists():
            with gazetteer.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    for a in (row.get("aliases") or row.get("label") or "").split("|"):
                        a = _fold(a)
                        if a:
                            aliases.add(a)
        alias_re = re.compile(trie_pattern(aliases)) if aliases else None
        known: set[str] = set(_MONTHS.lower().split("|"))
        countries = data / "reference" / "countries.csv"
        if countries.exists():
            for c in read_countries(countries):
                for name in (c.name, *c.aliases, *c.demonyms):
                    known.update(w.lower() for w in re.findall(r"[\w'’-]+", name))
        path = data / "patterns" / "org_heads.txt"
        heads = read_org_heads(path) if path.exists() else OrgHeads(frozenset(), ())
        known |= heads.words
        return cls(
            alias_re,
            frozenset(known),
            patterns,
            {w: tuple(ix) for w, ix in by_word.items()},
            tuple(searched),
            heads,
        )

    def needs_model(self, sentence: str) -> bool:
        """True when ``sentence`` holds a candidate only the statistical model can decide.

        >>> f = default_filter()
        >>> f.needs_model("The coup in Honduras was condemned.")
        True
        >>> f.needs_model("we must unite and struggle against exploitation.")
        False
        """
        if _DATE.search(sentence):
            return True
        if self._pattern_holds(Words.of(sentence)):
            return True
        body = sentence.lstrip(" \t\n\"“'‘(")
        first = _FIRST_WORD.match(body)
        if first and first.group(0).lower() in STOP_WORDS:
            body = body[first.end() :]  # "The Party …": a capital that only opens the sentence
        for m in _CAPS_RUN.finditer(body):
            if self._open_name(m.group(0)):
                return True
        # names the rules read are no single names either
        body = _CAPS_RUN.sub(lambda m: " " * len(m.group(0)), body)
        # a single name inside the sentence ("the contributions of Lenin"): NER decides
        for m in _NAME.finditer(body, 1):
            word = _POSSESSIVE.sub("", m.group(0).lower())
            if word not in self.known and word not in STOP_WORDS and not m.group(0).isupper():
                return True
        if self.aliases is not None and self.aliases.search(_fold(sentence)):
            return True
        return False

    def pattern_holds(self, sentence: str) -> bool:
        """Whether every required token of some pattern has a word in ``sentence``.

        >>> f = default_filter()
        >>> f.pattern_holds("They tried to overthrow the government."), f.pattern_holds("Lenin wrote.")
        (True, False)
        """
        return self._pattern_holds(Words.of(sentence))

    def _pattern_holds(self, words: Words) -> bool:
        """Whether every required token of some pattern has a word in the sentence; only
        the patterns whose rarest token the sentence's words or a search may pass are tried."""
        tried = set(self.searched)
        for w in words.lower:
            tried.update(self.by_word.get(w, ()))
        return any(all(t.holds(words) for t in self.patterns[i]) for i in tried)

    def _open_name(self, run: str) -> bool:
        """True when a run of capitalised words may be a name only the model can read.

        A run holding a word that heads organisation names is read by the organisation
        rules ("Party of Labour of Utopia"); a run of known words ("South Africa",
        "Marxist-Leninist", a month) names nothing new.

        >>> f = default_filter()
        >>> f._open_name("Ana Lopez"), f._open_name("Workers' Party of Utopia")
        (True, False)
        >>> f._open_name("Utopische Arbeiterpartei")
        False
        """
        words = [w.lower() for w in _FIRST_WORD.findall(run)]
        # a head word, or a compound ending in one ("Arbeiterpartei")
        if any(self.heads.heads(w) for w in words):
            return False
        return not all(
            _POSSESSIVE.sub("", w) in self.known or w in STOP_WORDS or part_known(w, self.known)
            for w in words
        )


def part_known(word: str, known: frozenset[str]) -> bool:
    """A hyphenated word whose parts are all known ("marxist-leninist")."""
    parts = [p for p in re.split(r"[-–]", word) if p]
    return len(parts) > 1 and all(p in known or p in STOP_WORDS for p in parts)


def _fold(text: str) -> str:
    text = text.replace("’", "'").replace("–", "-").replace("—", "-").casefold()
    return re.sub(r"\s+", " ", text).strip(" .,;:")


@cache
def default_filter() -> CandidateFilter:
    """The filter built from the repository's data files."""
    return CandidateFilter.from_data()


#: the characters that end a line's sentence: a line after one of them starts a new piece
#: even in lower case
_LINE_STOPS = frozenset(".!?:;\n")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Split ``text`` into (start, end) pieces: lines, and sentences within a line.

    Every character belongs to exactly one piece; trailing spaces and the newline stay
    with the piece before them.

    >>> t = "One. Two here.\\nThree"
    >>> [t[s:e] for s, e in sentences(t)]
    ['One. ', 'Two here.\\n', 'Three']

    A day's number before a month's name ends no sentence:

    >>> t = "Der Krieg begann am 24. Februar 2022. Er dauert an."
    >>> [t[s:e] for s, e in sentences(t)]
    ['Der Krieg begann am 24. Februar 2022. ', 'Er dauert an.']

    nor does an ordinal's number before a word in lower case:

    >>> t = "Soma katliamının 9. yıldönümünde işçiler yürüdü. Polis saldırdı."
    >>> [t[s:e] for s, e in sentences(t)]
    ['Soma katliamının 9. yıldönümünde işçiler yürüdü. ', 'Polis saldırdı.']

    nor does the line break of a hard-wrapped sentence, whose next line goes on in lower case:

    >>> t = "ICOR calls on all to organise\\nprotests in front of embassies.\\nDefend it!"
    >>> [t[s:e] for s, e in sentences(t)]
    ['ICOR calls on all to organise\\nprotests in front of embassies.\\n', 'Defend it!']

    nor does an abbreviation that opens a place's name:

    >>> t = "In Moskau und St. Petersburg demonstrierten Tausende. Sie wurden verhaftet."
    >>> [t[s:e] for s, e in sentences(t)]
    ['In Moskau und St. Petersburg demonstrierten Tausende. ', 'Sie wurden verhaftet.']
    """
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        while 0 < nl < n - 1 and text[nl + 1].islower() and text[nl - 1] not in _LINE_STOPS:
            nl = text.find("\n", nl + 1)  # a hard-wrapped sentence goes on in lower case
        line_end = n if nl < 0 else nl + 1
        # blank lines and the newline run stay with the line before
        while line_end < n and text[line_end] == "\n":
            line_end += 1
        start = pos
        for m in _SENT_END.finditer(text, pos, line_end):
            if _DAY_DOT.search(text, max(start, m.start() - 4), m.end()) and _month_start().match(
                text, m.end()
            ):
                continue
            if text[m.end()].islower() and _ORDINAL_DOT.search(text, max(start, m.start() - 5), m.end()):
                continue
            if text[m.end()].isupper() and _abbreviation_dot().search(
                text, max(start, m.start() - 5), m.end()
            ):
                continue  # "St. Petersburg": an abbreviation that opens a place's name
            if text[m.end()].isupper() and _INITIAL_DOT.search(text, max(start, m.start() - 3), m.end()):
                continue  # "Prime Minister K. P. Sharma Oli": a name's initials
            yield start, m.end()
            start = m.end()
        if start < line_end:
            yield start, line_end
        pos = line_end


def plan(
    text: str, rule_only: Sequence[tuple[int, int]] = (), *, candidates: CandidateFilter | None = None
) -> list[tuple[int, int, bool]]:
    """Cut ``text`` into runs ``(start, end, needs_model)`` that cover it exactly.

    ``rule_only`` holds character spans (e.g. list entries) that never need the model;
    a sentence overlapping one of them is rule-only.  Adjacent pieces of the same kind
    are merged, so that the model sees whole runs of prose.

    >>> plan("Signed:\\nKABD\\n", [(8, 13)], candidates=default_filter())
    [(0, 13, False)]

    A pattern's words either side of a full stop that ends no sentence need the model:

    >>> plan("Madencilerin 10. Yıldönümünde anma yapıldı.", candidates=default_filter())
    [(0, 43, True)]
    """
    candidates = candidates or default_filter()
    spans = sorted(rule_only)
    pieces: list[tuple[int, int, bool, bool]] = []  # start, end, listed, needs the model
    k = 0
    for s, e in sentences(text):
        while k < len(spans) and spans[k][1] <= s:
            k += 1
        listed = k < len(spans) and spans[k][0] < e
        pieces.append((s, e, listed, not listed and candidates.needs_model(text[s:e])))
    # a pattern whose words stand either side of a full stop that ends no sentence
    # ("Zum 50. Jahrestag", "10. Yıldönümünde"): both pieces need the model
    for i in range(len(pieces) - 1):
        (s, _, listed, flag), (_, e, listed2, flag2) = pieces[i], pieces[i + 1]
        if not (listed or listed2 or flag or flag2) and candidates.pattern_holds(text[s:e]):
            pieces[i] = pieces[i][:3] + (True,)
            pieces[i + 1] = pieces[i + 1][:3] + (True,)
    out: list[tuple[int, int, bool]] = []
    for s, e, _listed, flag in pieces:
        # model runs stop at a paragraph break, as the parser's sentences do
        if out and out[-1][2] == flag and not (flag and text[s - 2 : s] == "\n\n"):
            out[-1] = (out[-1][0], e, flag)
        else:
            out.append((s, e, flag))
    return out


__all__ = ["CandidateFilter", "default_filter", "plan", "sentences"]
