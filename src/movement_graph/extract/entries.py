"""Split one list entry into acronym, native name, English name and country.

An entry names one organisation in whatever order and brackets its list uses::

    KAB Kommunistischer Arbeiterbund Deutschlands (Communist Workers' League of Germany)
    PODR Parti Ouvrier Démocratique Rouge (Red Democratic Workers' Party), Tunisia
    Workers' Party of Somewhere (WPS)
    PCA (unificado) Partido Comunista del Altiplano (unificado) (Communist Party of the Altiplano (unified))

Pure functions of strings; offsets are relative to the entry text.  The words that tell
an English name from a native one and those that give a former name are in
``data/patterns/name_words.yaml``; the words that head organisation names in
``data/patterns/org_heads.txt``.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ..reference import load_languages, load_name_words, load_org_heads, phrases_pattern
from .countries import CountryHit, country_of_name, is_country

#: the words of English party names (data/patterns/name_words.yaml, english_name_words)
_ENGLISH_WORDS = frozenset(load_name_words().words["english_name_words"])


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """The parts of one entry; each part a (start, end) span into the entry text or None."""

    text: str
    name: str  # English name when given, else the only name
    acronym: str | None = None
    native_name: str | None = None
    native_lang: str | None = None
    transliteration: str | None = None
    country: CountryHit | None = None
    country_explicit: bool = False
    former: str | None = None  # "(PCOS, formerly Proletarian Nucleus of Senegal)"
    translation: str | None = (
        None  # "(Organisation der Kommunisten Serbiens)": the name in the list's language
    )
    #: the networks a note after the entry says it belongs to ("… – ICOR"): None without
    #: such a note, () for "not a member of either network"
    networks: tuple[str, ...] | None = None


def is_acronym(token: str) -> bool:
    """An acronym as parties write them: KAB, CPN/ML, KP-ML, UdT, СКП, PT-BiH.

    >>> [is_acronym(t) for t in ["KAB", "UdT", "СКП", "PT-BiH", "Union", "USA", "(ML)"]]
    [True, True, True, True, False, True, False]

    A compound whose later part is a lowercase word is an adjective, not an acronym:

    >>> [is_acronym(t) for t in ["US-led", "EU-backed", "KP-ml"]]
    [False, False, True]
    """
    if not token or token[0] in "([" or len(token) > 16:
        return False
    if any(len(part) >= 3 and part.isalpha() and part.islower() for part in re.split(r"[-/]", token)[1:]):
        return False
    head = re.split(r"[-/]", token)[0]
    if head != token and len(head) >= 2 and is_acronym(head):
        return True
    letters = [c for c in token if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper >= 2 and upper / len(letters) >= 0.5 and token[0].isupper()


def _tokens(text: str) -> list[tuple[int, int]]:
    """Whitespace tokens, with a bracket group (balanced) as one token."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        if text[i] in "([":
            # a bracket group glued to a word ("(ML)," or "(ML)-x") ends here
            i = _group_end(text, i)
        else:
            while i < n and not text[i].isspace() and text[i] not in "([":
                i += 1
            # "CPN/ML" or "PC(ML)" keep glued brackets in the token
            while i < n and text[i] in "([" and not text[i - 1].isspace():
                i = _group_end(text, i)
                while i < n and not text[i].isspace() and text[i] not in "([":
                    i += 1
        out.append((start, i))
    return out


def _group_end(text: str, i: int) -> int:
    """The index just after the balanced bracket group opening at ``text[i]`` (or the end)."""
    depth = 0
    while i < len(text):
        if text[i] in "([":
            depth += 1
        elif text[i] in ")]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _is_group(text: str) -> bool:
    return text.startswith(("(", "[")) and text.endswith((")", "]"))


def _script(text: str) -> str:
    for ch in text:
        # an ASCII letter is Latin (its name is "LATIN …"): no name looked up
        if ch.isalpha() and not ch.isascii():
            name = unicodedata.name(ch, "")
            if name.startswith("CYRILLIC"):
                return "Cyrl"
            if name.startswith("GREEK"):
                return "Grek"
            if name.startswith("ARABIC"):
                return "Arab"
    return "Latn"


def looks_english(name: str) -> bool:
    """True when a name reads as English rather than another language.

    >>> looks_english("Marxist-Leninist Party of Ruritania")
    True
    >>> looks_english("Marxistisch-Leninistische Partei Rurithaniens")
    False
    >>> looks_english("Partido Obrero (Marxista Leninista)")
    False
    """
    if _script(name) != "Latn":
        return False
    tokens = [w.strip("()[],.;:'’\"") for w in re.split(r"[\s/]+", name)]
    words = [w.lower() for w in tokens if w and not is_acronym(w)]
    if not words:
        return True
    english = sum(1 for w in words if w in _ENGLISH_WORDS or w.replace("’", "'") in _ENGLISH_WORDS)
    foreign = sum(1 for w in words if _marker_lang(w) and w not in _ENGLISH_WORDS)
    if any(ord(c) > 0x24F for c in name):
        foreign += 1
    if any(c in "äöüßéèêëáíóúñçãõâôîûœåøæğşıİ" for c in name.lower()):
        foreign += 1
    return english > foreign


@cache
def _markers() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for lang in load_languages():
        for w in lang.marker_words:
            out.setdefault(w.lower(), []).append(lang.code)
    return {k: tuple(v) for k, v in out.items()}


def _marker_lang(word: str) -> tuple[str, ...]:
    return _markers().get(word.lower(), ())


def guess_language(name: str, *, country_langs: tuple[str, ...] = ()) -> str | None:
    """The BCP 47 tag of a native name, from its words and its country's languages.

    >>> guess_language("Marxistisch-Leninistische Partei Rurithaniens")
    'de'
    """
    words = [w.strip("()[],.;:'’\"").lower() for w in re.split(r"[\s\-/–]+", name)]
    votes: dict[str, float] = {}
    for w in words:
        for lang in _marker_lang(w):
            votes[lang] = votes.get(lang, 0) + 1
    for i, lang in enumerate(country_langs):
        if lang in votes:
            votes[lang] += 0.5 - i * 0.1
    script = _script(name)
    if script != "Latn":
        # a non-Latin script narrows the choice to the country's languages in it
        cands = [lang for lang in country_langs if lang in _SCRIPT_LANGS.get(script, ())]
        if cands:
            return cands[0]
        return {"Cyrl": "ru", "Grek": "el", "Arab": "ar"}.get(script)
    if not votes:
        return country_langs[0] if country_langs and country_langs[0] != "en" else None
    return max(sorted(votes), key=lambda k: votes[k])


_SCRIPT_LANGS = {
    "Cyrl": ("ru", "bg", "uk", "sr", "mk", "be", "kk", "ky", "mn"),
    "Grek": ("el",),
    "Arab": ("ar", "fa", "ur", "ps"),
}


def org_heads() -> frozenset[str]:
    """The whole words that head organisation names (Party, Partido, Front …)."""
    return load_org_heads().words


def compound_heads() -> tuple[str, ...]:
    """Endings of compounds that head a name ("arbeiterpartei", "arbeiderpartiet")."""
    return load_org_heads().endings


def has_org_head(text: str) -> bool:
    """True when a phrase contains a word that heads organisation names.

    >>> has_org_head("Communist Platform of Ruritania"), has_org_head("Long live the struggle!")
    (True, False)
    >>> has_org_head("Arbeiderpartiet Kommunistene")
    True
    >>> has_org_head("Bangladesher Biplobi Sramik Dal (BBSD)"), has_org_head("Dal Cile alla Turchia")
    (True, False)
    """
    heads = load_org_heads()
    if any(heads.heads(w) for w in re.findall(r"[^\W\d_]+", text.lower())):
        return True
    # a head that only ends a name, before its acronym or country ("… Sramik Dal (BBSD), Nepal")
    name = split_country_suffix(text)[0]
    last = re.findall(r"[^\W\d_]+", re.split(r"[(\[,;–—]|\s-\s", name)[0].lower())
    return bool(last) and last[-1] in heads.finals


# a pure function of the text, which the list rules ask of each line several times (a build
# of 300 documents: 14,721 calls, 3,072 texts)
@lru_cache(maxsize=1 << 14)
def split_country_suffix(text: str) -> tuple[str, CountryHit | None]:
    """Split a trailing ", Country" (or "- Country", "(Country)"), or a leading "Country:", off an entry.

    >>> split_country_suffix("Germany: Marxist Group")[0]
    'Marxist Group'
    >>> split_country_suffix("Ecuador – Marxist Group")[0]
    'Marxist Group'
    """
    m = re.match(r"^\s*([^:()\-–—]{2,40}?)\s*(?::|\s[-–—])\s+(?=\S)", text)
    if m:
        hit = is_country(m.group(1))
        if hit:
            return text[m.end() :], hit
    # "Name / Country": a slash set apart by spaces ("Turkey/North Kurdistan" is a region)
    m = re.search(r"\s/\s+([^/]{2,40}?)\s*[.;]?\s*$", text)
    if m and text[: m.start()].strip():
        hit = is_country(m.group(1))
        if hit:
            return text[: m.start()].rstrip(), hit
    m = re.search(
        r"(?:,|\s[-–—]|:|\sfrom)\s*([^,()\[\]–—:\s-](?:[^,()\[\]–—:]|(?<=\w)-(?=\w))*?)\s*[.;]?\s*$", text
    )
    if m:
        hit = _country_or_region(m.group(1))
        if hit:
            return text[: m.start()].rstrip(), hit
    m = re.search(r"\s*[(\[]([^()\[\]]+)[)\]]\s*[.;]?\s*$", text)
    if m and text[: m.start()].strip():
        hit = _country_or_region(m.group(1))
        if hit:
            return text[: m.start()].rstrip(), hit
    # "Party of Labour (PL) of Ecuador", "… (PL) aus Marokko": after the acronym's bracket
    # ("Party of Labour of Ecuador" keeps its country in its name)
    m = _ORIGIN.search(text)
    if m and is_acronym(m.group("acr")) and _initials_meet(text[: m.start()], m.group("acr")):
        hit = _country_or_region(m.group("place"))
        if hit:
            return text[: m.end("acr") + 1], hit
    return text, None


def _initials_meet(name: str, acronym: str) -> bool:
    """Whether ``acronym`` may stand for ``name``: one of its capitals is the initial of one
    of the name's words.  A tendency in brackets ("Communist Party (ML) of Turkey") is
    part of the name, with the country after it.

    >>> _initials_meet("Party of Labour", "PL"), _initials_meet("Communist Party", "ML")
    (True, False)
    """
    initials = {w[0].casefold() for w in re.findall(r"[^\W\d_][\w'’]*", name) if w[0].isupper()}
    return any(c.casefold() in initials for c in acronym if c.isupper())


_ORIGIN_WORDS = load_name_words().words
#: a country after the acronym's bracket, by a preposition (and an article): ``split_country_suffix``
_ORIGIN = re.compile(
    r"\((?P<acr>[^()\s]{{1,16}})\)\s+(?:{})\s*(?:(?:{})\s*)?(?P<place>[^()\[\],;:]{{2,40}}?)\s*[.;]?\s*$".format(
        "|".join(
            rf"{re.escape(w)}(?<=['’])" if w.endswith("'") else rf"{re.escape(w)}\b"
            for w in _ORIGIN_WORDS["origin_prepositions"]
        ),
        "|".join(
            rf"{re.escape(w)}(?<=['’])" if w.endswith("'") else rf"{re.escape(w)}\b"
            for w in _ORIGIN_WORDS["origin_articles"]
        ),
    ),
    re.I,
)


def table_row(text: str) -> str:
    """A row of a table of signatories (tab or wide gap between the cells) as "Name, Country".

    >>> table_row("Chad\\tParty of Labour"), table_row("Party of Labour    Chad")
    ('Party of Labour, Chad', 'Party of Labour, Chad')

    A row of more cells: its number, its country and its acronym each in a cell of their own
    ("No. | Country | Party | Acronym"), a footnote's mark after a cell's text:

    >>> table_row("3\\tChad\\tParty of Labour*\\tPL (m-l)"), table_row("Party of Labour\\tPL")
    ('Party of Labour – PL (m-l), Chad', 'Party of Labour – PL')

    A row of a journal's table of contents, its article's title, its author and its page: the
    author

    >>> table_row("The lessons of October — Workers' League of Chad\\t 24")
    "Workers' League of Chad"
    """
    cells = [c.strip() for c in re.split(r"\t+|\s{3,}", text.strip()) if c.strip()]
    if len(cells) == 1:
        # a column squeezed to two spaces by a long name: only a country as the last cell
        cells = [c.strip() for c in re.split(r"\s{2,}", text.strip()) if c.strip()]
        if len(cells) != 2 or not _country_or_region(cells[1]):
            return text
    if len(cells) < 2:
        return text
    cells = [_FOOTNOTE_MARK.sub("", c).rstrip() or c for c in cells]
    if len(cells) == 2 and re.fullmatch(r"\d{1,4}", cells[1]):
        # a journal's table of contents ("Title — Author | page"): the article's author
        title, dash, author = cells[0].rpartition(" — " if " — " in cells[0] else " – ")
        return author.strip() if dash and title.strip() and author.strip() else text
    if len(cells) > 2 and re.fullmatch(r"\d{1,3}[.)]?", cells[0]):
        cells = cells[1:]  # the row's number
    if len(cells) > 2 and _network_cell(cells[-1]):
        # a column of the network each belongs to ("… | Brasil | ICOR", "… | não membro"):
        # the row without it, the note after it as a list's entry writes it
        row = table_row("\t".join(cells[:-1]))
        return f"{row} – {cells[-1]}" if row != "\t".join(cells[:-1]) else text
    if len(cells) == 2 and (_country_or_region(cells[0]) or _country_or_region(cells[1])):
        first, second = cells
        if _country_or_region(first) and not _country_or_region(second):
            return f"{second}, {first}"
        return f"{first}, {second}"
    country = next((c for c in cells if _country_or_region(c)), None) if len(cells) > 2 else None
    rest = [c for c in cells if c is not country]
    if country is None and len(rest) == 2:
        # "CPI (ML) Red Star   Communist Party of India (ML) Red Star, India": the country
        # after the name's comma, in the name's cell
        for k, cell in enumerate(rest):
            named, hit = _comma_country(cell)
            if hit is not None and named != cell and len(named.split()) >= 2:
                country = cell[len(named) :].strip(" ,")
                rest = [named if j == k else c for j, c in enumerate(rest)]
                break
    acronym = None
    if len(rest) == 2:
        # the acronym's cell: one acronym, with its qualifier ("PCOA (ml)"), beside the name
        for a, b in (rest, rest[::-1]):
            head = a.split("(")[0].strip()
            if " " not in head and is_acronym(head) and len(a) <= 20 and len(b.split()) >= 2:
                acronym, rest = a, [b]
                break
    if len(rest) != 1:
        return text
    name = rest[0] + (f" – {acronym}" if acronym else "")
    return f"{name}, {country}" if country else name


def _network_cell(cell: str) -> bool:
    """A table's cell that is only a note on the network of the row's organisation.

    >>> _network_cell("ICOR"), _network_cell("não membro"), _network_cell("Brasil")
    (True, True, False)
    """
    m = _membership_note().search("x – " + cell)
    return m is not None and m.start() == 1


def _comma_country(text: str) -> tuple[str, CountryHit | None]:
    """``text`` without a trailing ", Country", and that country.

    >>> _comma_country("Workers' League, Denmark")[0], _comma_country("Party of Labour - Chad")[0]
    ("Workers' League", 'Party of Labour - Chad')
    """
    head, sep, tail = text.rpartition(",")
    hit = _country_or_region(tail.strip()) if sep and head.strip() else None
    return (head.rstrip(), hit) if hit else (text, None)


def _country_or_region(text: str) -> CountryHit | None:
    """A country, or a country and a region of it written "Turkey/North Kurdistan".

    >>> _country_or_region("Turkey/North Kurdistan").iso2, _country_or_region("Workers/Peasants")
    ('TR', None)
    """
    hit = is_country(text)
    if hit is None and "/" in text:
        first = text.split("/", 1)[0].strip()
        hit = is_country(first) if first else None
    return hit


def _short_name(inner: str) -> bool:
    """A bracket after a name that is the party's short name, its acronym's place: one word
    joined to an acronym by a hyphen ("(Toufan-ML)", the name of its paper and its line);
    not a qualifier of the name's own words ("(Marxist-Leninist)", "(Marksist-Leninist)",
    no acronym in it) nor a word alone ("(Bolshevik)").

    >>> [_short_name(b) for b in ["Toufan-ML", "Marxist-Leninist", "Marksist-Leninist", "Bolshevik", "KP-ML"]]
    [True, False, False, False, False]
    """
    pieces = re.split(r"[-/]", inner)
    if " " in inner or len(pieces) < 2 or is_acronym(inner):
        return False
    words = [p for p in pieces if not is_acronym(p)]
    return (
        len(words) < len(pieces)
        and bool(words)
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() and not looks_english(w) for w in words)
    )


def parse_entry(text: str) -> ParsedEntry:
    """Split an entry into its parts.

    >>> e = parse_entry("KAB Kommunistischer Arbeiterbund Deutschlands (Communist Workers' League of Germany)")
    >>> e.acronym, e.native_name, e.name, e.native_lang
    ('KAB', 'Kommunistischer Arbeiterbund Deutschlands', "Communist Workers' League of Germany", 'de')
    >>> e = parse_entry("Workers' Party of Somewhere (WPS)")
    >>> e.acronym, e.name
    ('WPS', "Workers' Party of Somewhere")
    >>> [(e.acronym, e.name) for e in map(parse_entry, ["WPS, Workers' Party of Somewhere", "WPS – Workers' Party of Somewhere"])]
    [('WPS', "Workers' Party of Somewhere"), ('WPS', "Workers' Party of Somewhere")]
    """
    raw = " ".join(table_row(text).split()).strip(" ;,.")
    # the quotation mark that opens or closes a quoted declaration on its first or last
    # entry ("… (CMLWF), Sri Lanka\"", "« Parti … (PCR)"), the quotation's, not the name's
    raw = _unquoted(raw)
    # a footnote mark ("… – Turchia³", "… (PCR)[2]") and an apposition after the acronym's
    # bracket ("… (PROI), organisation hôte", "… (PTS), host") are no part of the name
    raw = _FOOTNOTE_MARK.sub("", raw).rstrip(" ;,.")
    # a note on the entry's standing ("…, Ruritania – in the process of joining the …",
    # "… (candidate member)") is no part of its name or country
    raw, networks = split_notes(raw)
    raw = raw.rstrip(" ;,.")
    m = _APPOSITION.search(raw)
    if m and m.group(1)[:1].islower():
        raw = raw[: m.start()]
    # "Name (ACR) (Country) – حزب …", "Name (Country) – Native Name": the name in its own
    # language after a dash, once the entry's brackets have closed
    after = _native_after(raw)
    if after is not None:
        named = parse_entry(raw[: after[0]])
        if named.native_name is None and named.name != named.acronym:
            langs = _country_languages(named.country.iso2) if named.country else ()
            own_name = after[1]
            return dataclasses.replace(
                named,
                text=raw,
                native_name=own_name,
                native_lang=guess_language(own_name, country_langs=langs),
                networks=networks if networks is not None else named.networks,
            )
    body, hit = split_country_suffix(raw)
    explicit = hit is not None
    acronym: str | None = None
    # "Name – ACRONYM" or "Name - ACRONYM (m-l)": an acronym after a dash; with the last
    # words of the name it shortens ("Communist Party of India (ML) Red Star – CPI (ML) Red Star")
    m = re.search(r"(?:\s[-–—]|,)\s+([^\s()]+(?:\s*\([^()]{1,12}\))?)((?:\s+[^\W\d_][\w'’-]*){0,3})$", body)
    if m and m.group(2) and not body[: m.start()].rstrip().endswith(m.group(2).strip()):
        m = None
    if m and is_acronym(m.group(1).split("(")[0].strip()) and len(body[: m.start()].split()) >= 2:
        acronym = m.group(1) + m.group(2)
        body = body[: m.start()].rstrip()
        if hit is None:
            # "Name (Country) – ACR", "Name, Country – ACR": the country before the acronym
            body, hit = split_country_suffix(body)
            explicit = hit is not None
    # "Native Name (ACR) – English Name", "Native (ACR) / English": the acronym closes the
    # first name, whatever dashes the names hold ("… – Marxisten-Leninisten (APD-ML) / …")
    beside = None if acronym else _named_twice(body)
    if beside is not None:
        body, acronym = beside[0], beside[1]
    toks = _tokens(body)
    parts = [body[s:e] for s, e in toks]
    english: str | None = None if beside is None else beside[2]
    translit: str | None = None
    former: str | None = None
    native_in_bracket: str | None = None
    translation: str | None = None if beside is None else beside[3]
    # a trailing bracket group: the English translation, a transliteration, or an acronym
    while len(parts) >= 2 and _is_group(parts[-1]):
        inner = parts[-1][1:-1].strip()
        rest = parts[:-1]
        rest_text = " ".join(rest)
        # "(MORQ, Canada)", "(MORQ – Canada)", "(Canada, MORQ)": the acronym and the country
        both = _acronym_and_country(inner)
        if both is not None and not acronym and len(rest) >= 2:
            acronym, in_bracket = both
            if hit is None:
                hit, explicit = in_bracket, True
            parts = rest
            continue
        # "(formerly Red Circle of Benin)", "(Benin, formerly Red Circle)": a former name,
        # after the country when the bracket gives it
        only = _FORMER_ONLY.match(inner)
        if only and former is None and (only["place"] is None or is_country(only["place"])):
            former = only["rest"]
            if only["place"] and hit is None:
                hit, explicit = is_country(only["place"]), True
            parts = rest
            continue
        # "(youth organisation of the CPN(RM))", "(section de la …)": a lower-case
        # description of what the organisation is, of whom, is no part of its name
        if len(rest) >= 2 and (inner[:1].islower() and _DESCRIBES.match(inner) or _affiliate(inner)):
            parts = rest
            continue
        # "(ML)", "(M-L)": the name's qualifier, not its acronym ("… of Spain (ML)")
        if _ML_QUALIFIER.match(inner):
            break
        # "(NKF – Nya Kommunistiska Förbundet)", "(PCOS, formerly Red Circle of Benin)": the
        # acronym, then the native name or the former name
        pair = _ACRONYM_AND.match(inner)
        if pair and is_acronym(pair["acr"]) and not acronym and len(rest) >= 2:
            if pair["former"]:
                former = pair["rest"]
            elif not looks_english(pair["rest"]) and looks_english(rest_text):
                native_in_bracket = pair["rest"]
            elif looks_english(pair["rest"]) and not looks_english(rest_text) and english is None:
                english = pair["rest"]  # "(KOE – Communist Organisation of Greece)"
            elif not looks_english(pair["rest"]) and _translation_like(pair["rest"], rest_text):
                translation = pair["rest"]  # "(KOE – Organizzazione Comunista di Grecia)"
            else:
                break
            acronym = pair["acr"]
            parts = rest
            continue
        # "(Communist Workers' League, KWL)": a translation, then the acronym
        head, comma, last = inner.rpartition(",")
        if (
            comma
            and not acronym
            and len(rest) >= 2
            and " " not in last.strip()
            and is_acronym(last.strip())
            and len(head.split()) >= 2
            and has_org_head(head)
        ):
            acronym = last.strip()
            parts = [*rest, f"({head.strip()})"]
            continue
        # "(AKO)" after a one-word name ("Arbeiterkampf-Organisation (AKO)")
        one_word = len(rest) == 1 and not is_acronym(rest[0]) and has_org_head(rest[0])
        if is_acronym(inner) and " " not in inner and not acronym and (len(rest) >= 2 or one_word):
            acronym = inner
            parts = rest
            continue
        # "(Toufan-ML)": a word joined to an acronym; "(Dev Maden-Sen)" after "Devrimci Maden
        # İşçileri Sendikası": a short form clipped from the name's words, however many
        # words it has: its acronym
        if not acronym and len(rest) >= 2 and (_short_name(inner) or _clipped_short_form(inner, rest_text)):
            acronym = inner
            parts = rest
            continue
        words = inner.split()
        name_like = len(words) >= 2 or has_org_head(inner)
        if not name_like:
            break
        if (
            english is None
            and _script(inner) == "Latn"
            and looks_english(inner)
            and (
                # square brackets are the editor's: a translation whatever the name reads like
                parts[-1].startswith("[")
                or not looks_english(rest_text)
                or _script(rest_text) != "Latn"
                # "ACR Name (English)": the name after the acronym is not English; an
                # English name's bracket is its own qualifier ("… Party (Unity Centre)")
                or is_acronym(rest[0])
                and len(rest) >= 2
                and not (looks_english(" ".join(rest[1:])) and has_org_head(" ".join(rest[1:])))
            )
        ):
            english = inner
            parts = rest
            continue
        if english is not None and _script(inner) == "Latn" and _script(rest_text) != "Latn":
            translit = inner
            parts = rest
            continue
        # a name in another language than English, after a name: the native name after an
        # English one, else a translation into the list's language ("Organizacija Komunista
        # Srbije (Organisation der Kommunisten Serbiens)"); never a short qualifier
        # ("(Marxista-Leninista)", "(Patria Roja)")
        if (
            english is None
            and translation is None
            and native_in_bracket is None
            and len(rest) >= 2
            and not looks_english(inner)
            and _translation_like(inner, rest_text)
            and not is_acronym(rest[-1])
        ):
            if looks_english(rest_text):
                native_in_bracket = inner
            else:
                translation = inner
            parts = rest
            continue
        break
    # a leading acronym, with its brackets ("CPX (ML)", "PCA (unificado)") and
    # words it repeats from the name ("POR del Perú Partido ... del Perú"); not before
    # common nouns alone ("NATO bloc": an acronym qualifying a noun is one name)
    if (
        parts
        and is_acronym(parts[0])
        and len(parts) >= 2
        and not acronym
        and not all(p[:1].islower() for p in parts[1:])
    ):
        k = 1
        if all(_is_group(t) and len(t.split()) <= 2 for t in parts[1:]):
            # "PRCI (M-L)", "PCA (unificado)": the acronym and its brackets, no name
            k = len(parts)
        while k < len(parts) - 1:
            t = parts[k]
            if _is_group(t) and len(t.split()) <= 2:
                k += 1
                continue
            if is_acronym(t) and k + 1 < len(parts):
                k += 1
                continue
            if t[:1].islower() and k + 1 < len(parts):
                j = k + 1
                while j < len(parts) - 1 and parts[j][:1].isupper() and not is_acronym(parts[j]):
                    seq = parts[k : j + 1]
                    tail = parts[j + 1 :]
                    if any(tail[x : x + len(seq)] == seq for x in range(len(tail))):
                        k = j + 1
                        break
                    j += 1
                else:
                    break
                continue
            break
        # "CPI (ML) Red Star", "CPI(ML) Red Star": a bracket and at most three capitalised
        # words with no head word of an organisation qualify the acronym, they are no name
        # of their own
        if (
            (k >= 2 and _is_group(parts[k - 1]) or k == 1 and re.search(r"\w\([^()\s]+\)$", parts[0]))
            and 1 <= len(parts) - k <= 3
            and all(p[:1].isupper() and not _is_group(p) and not is_acronym(p) for p in parts[k:])
            and not has_org_head(" ".join(parts[k:]))
            and not _country_or_region(" ".join(parts[k:]))
        ):
            k = len(parts)
        # "ROL, Revolutionary Organisation of Labour", "ROL – Revolutionary …": the
        # punctuation after the acronym belongs to neither
        acronym = " ".join(parts[:k]).rstrip(",:;")
        parts = parts[k:]
    if acronym and len(parts) == 1 and _is_group(parts[0]):
        # "KMR (Kilusang … – Revolutionary Workers' Movement)": the name in brackets after its acronym
        parts = [parts[0][1:-1].strip()]
    name = " ".join(parts).strip(" ,;")
    if acronym and parts:
        name = name.lstrip(":–—- ")
    if english is None and native_in_bracket is None and translation is None:
        # "Native Name – English Name", "Native Name / English Name": the two names side by side
        sides = _bilingual(name)
        if sides is not None:
            name, english = sides
    if english:
        # "Name, Danmark [English Name, Denmark]": each part may end in ", Country"
        english, in_english = _comma_country(english)
        name, in_native = _comma_country(name)
        hit = hit or in_english or in_native
        explicit = explicit or hit is not None
    native: str | None = None
    if english:
        native = name or None
        name = english
        if native and native.casefold() == english.casefold():
            native = None
    elif native_in_bracket:
        native = native_in_bracket
    elif name and not looks_english(name):
        native = name
    if not name:
        name = acronym or raw
    if hit is None:
        hit = country_of_name(english or name, native, acronym_parts(acronym), translation)
    lang = None
    if native:
        langs = _country_languages(hit.iso2) if hit else ()
        lang = guess_language(native, country_langs=langs)
    return ParsedEntry(
        text=raw,
        name=name,
        acronym=acronym,
        native_name=native,
        native_lang=lang,
        transliteration=translit,
        country=hit,
        country_explicit=explicit,
        former=former,
        translation=translation,
        networks=networks,
    )


def _folded(text: str) -> str:
    """``text`` case-folded, without its accents ("İşçileri" → "iscileri")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _clipped_short_form(inner: str, name: str) -> bool:
    """True when ``inner`` is a short form clipped from the words of ``name``: two to four
    capitalised parts, each the start of a later word of the name, one at least cut short.

    >>> _clipped_short_form("Dev Maden-Sen", "Devrimci Maden İşçileri Sendikası")
    True
    >>> _clipped_short_form("Marxista-Leninista", "Partido Comunista Marxista-Leninista")
    False
    >>> _clipped_short_form("Patria Roja", "Partido Comunista del Perú")
    False
    """
    parts = [p for p in re.split(r"[\s-]+", inner) if p]
    if not 2 <= len(parts) <= 4 or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return False
    words = [_folded(w) for w in re.findall(r"[^\W\d_]+", name)]
    i, clipped = 0, False
    for part in map(_folded, parts):
        while i < len(words) and not (len(part) >= 2 and words[i].startswith(part)):
            i += 1
        if i == len(words):
            return False
        clipped = clipped or len(part) < len(words[i])
        i += 1
    return clipped


def _latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def _native_after(raw: str) -> tuple[int, str] | None:
    """Where the name in its own language starts after an entry's dash, and that name, or None.

    The name is written in a script other than Latin ("Union of Ara (UA) (Iraq) – اتحاد آرا"),
    or, after a closing bracket, is a name in another language with a word that heads
    organisation names ("Union of Ara (UA) (Turkey) – Ara Birliği Partisi").

    >>> _native_after("Union of Ara (Lebanon) – اتحاد آرا")
    (22, 'اتحاد آرا')
    >>> _native_after("Union of Ara (UA) (Turkey) – Ara Emek Partisi")
    (26, 'Ara Emek Partisi')
    >>> _native_after("Union of Ara (UA) – Turkey"), _native_after("Union of Ara – Red Flag")
    (None, None)
    """
    m = re.search(r"\s[-–—/]\s+((?:(?!\s[-–—/]\s).)+)$", raw)
    if m is None:
        return None
    head, tail = raw[: m.start()].rstrip(), m.group(1).strip()
    # only once the brackets have closed: "Name (ACR), Country – Native, Country" is
    # _named_twice's
    if len(head.split()) < 2 or not head.endswith(")") or not has_org_head(head):
        return None
    letters = [c for c in tail if c.isalpha()]
    if letters and not any(_latin(c) for c in letters):
        return m.start(), tail
    if (
        not re.search(r"[()\[\],]", tail)
        and len(tail.split()) >= 2
        and is_country(tail) is None
        and not looks_english(tail)
        and looks_english(head)
        and has_org_head(tail)
    ):
        return m.start(), tail
    return None


_NAMED_TWICE = re.compile(
    r"^(?P<a>\S[^()]*?)\s*\((?P<acr>[^()\s]{2,15})\)(?:\s*,\s*(?P<c>[^,()/–—]{2,40}?))?\s*[-–—/]\s+(?P<b>\S[^()]*)$"
)


#: the double quotation marks of the networks' languages
_QUOTES = '"“”„«»'


def _unquoted(raw: str) -> str:
    """``raw`` without a double quotation mark at its start or end that no other mark
    pairs with in it.

    >>> _unquoted('Red League of Ara (RLA), Ara"'), _unquoted('"Red Dawn" Group')
    ('Red League of Ara (RLA), Ara', '"Red Dawn" Group')
    """
    while raw and raw[-1] in _QUOTES and sum(raw.count(q) for q in _QUOTES) % 2 == 1:
        raw = raw[:-1].rstrip(" ;,.")
    while raw and raw[0] in _QUOTES and sum(raw.count(q) for q in _QUOTES) % 2 == 1:
        raw = raw[1:].lstrip()
    return raw


def _named_twice(body: str) -> tuple[str, str, str | None, str | None] | None:
    """A name in its language with its acronym, then its English name, after a dash or a
    slash: (the first name, the acronym, the English name, None), or None.

    >>> _named_twice("Partia Robotnicza Ary – Marksiści (PRA-M) / Workers' Party of Ara – Marxists")
    ('Partia Robotnicza Ary – Marksiści', 'PRA-M', "Workers' Party of Ara – Marxists", None)
    >>> _named_twice("Εργατικό Κόμμα Άρας (ΕΚΑ) – Workers' Party of Ara")
    ('Εργατικό Κόμμα Άρας', 'ΕΚΑ', "Workers' Party of Ara", None)
    >>> _named_twice("Workers' Party of Ara (WPA) – Bela") is None
    True

    Or its translation into the list's language, not English (a German list: "Partai Buruh
    Ara (PBA) – Arbeiterpartei Aras"): (the name, the acronym, None, the translation).

    >>> _named_twice("Partai Buruh Revolusioner Ara (PBRA) – Revolutionäre Arbeiterpartei Aras")
    ('Partai Buruh Revolusioner Ara', 'PBRA', None, 'Revolutionäre Arbeiterpartei Aras')

    Or the English name first, its country, then the name in its language ("Union of Ara's
    Workers (UAW), Ukraine – Союз рабочих Ары", the native country cut off before):

    >>> _named_twice("Union of Ara's Workers (UAW), Ukraine – Союз рабочих Ары")
    ('Союз рабочих Ары', 'UAW', "Union of Ara's Workers", None)
    """
    m = _NAMED_TWICE.match(body)
    if m is None or not is_acronym(m["acr"]):
        return None
    if m["c"] is not None and is_country(m["c"]) is None:
        return None
    a, b = m["a"].strip(), m["b"].strip()
    if len(a.split()) < 2 or len(b.split()) < 2:
        return None
    if looks_english(b) and not looks_english(a) and has_org_head(b):
        return a, m["acr"], b, None
    if m["c"] is not None and looks_english(a) and not looks_english(b) and has_org_head(a):
        return b, m["acr"], a, None
    if m["c"] is None and not looks_english(a) and not looks_english(b) and _translation_like(b, a):
        return a, m["acr"], None, b
    return None


def _bilingual(name: str) -> tuple[str, str] | None:
    """A name and its English translation side by side, split by a spaced dash or slash:
    (the name in its language, the English name), or None.

    >>> _bilingual("Partia Robotnicza Ary / Workers' Party of Ara")
    ('Partia Robotnicza Ary', "Workers' Party of Ara")
    >>> _bilingual("Workers' Party of Ara – Partia Robotnicza Ary")
    ('Partia Robotnicza Ary', "Workers' Party of Ara")
    >>> _bilingual("Partido Comunista – Bandera Roja") is None
    True
    """
    sides = re.split(r"\s[-–—/]\s", name)
    if len(sides) != 2:
        return None
    a, b = (x.strip() for x in sides)
    if not all(len(x.split()) >= 2 and has_org_head(x) and not is_acronym(x.split()[0]) for x in (a, b)):
        return None
    if looks_english(b) and not looks_english(a):
        return a, b
    if looks_english(a) and not looks_english(b):
        return b, a
    return None


# superscript digits, "[2]" or "*" closing an entry: a footnote's mark
_FOOTNOTE_MARK = re.compile(r"(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\d{1,2}\]|(?<=[^\s*])\s?\*{1,3})$")
# a note on an entry's standing after it: "– in the process of joining …", "(candidate member)";
# its spaces and its tail possessive and its start after no space, so that a long run of
# spaces or of such notes is scanned in linear time
_STANDING = re.compile(
    r"(?<!\s)\s*+(?:[-–—,;]\s*|\(\s*)(?:in\s+the\s+process\s+of\s+(?:joining|admission|affiliation)|candidate\s+(?:member|organi[sz]ation)"
    r"|applying\s+for\s+membership|en\s+proceso\s+de\s+(?:adhesi[óo]n|incorporaci[óo]n|ingreso|afiliaci[óo]n)"
    r"|en\s+cours\s+d['’](?:adh[ée]sion|affiliation)|im\s+(?:Aufnahme|Beitritts)prozess|in\s+Aufnahme"
    r"|em\s+processo\s+de\s+(?:ades[ãa]o|filia[çc][ãa]o)|in\s+corso\s+di\s+adesione)\b[^()]*+\)?$",
    re.I,
)


def _strip_standing(raw: str) -> str:
    """``raw`` without its note on its standing (``_STANDING``) or on its network.

    The note holds no bracket but the one that opens it and the one that ends the entry:
    it is looked for only after the entry's last other bracket, so that a long entry is
    read once, not once for each of its words that may begin a note.

    >>> _strip_standing("Union of Ara (UA), Chad – in the process of joining the …")
    'Union of Ara (UA), Chad'
    >>> _strip_standing("Union of Ara (UA) (candidate member)")
    'Union of Ara (UA)'
    """
    return split_notes(raw)[0]


def split_notes(raw: str) -> tuple[str, tuple[str, ...] | None]:
    """``raw`` without its note on its standing or on its network, and the networks the
    note says the organisation belongs to: None without a network note, ``()`` for "not a
    member of either network", else the keys of ``networks.yaml``.

    >>> split_notes("Union of Ara (UA), Chad – ICOR")
    ('Union of Ara (UA), Chad', ('ICOR',))
    >>> split_notes("League of Ara, Chad (membre de la CIPOML)")
    ('League of Ara, Chad', ('ICMLPO',))
    >>> split_notes("Union of Ara (UA), Chad – not a member of either network")
    ('Union of Ara (UA), Chad', ())
    >>> split_notes("Union of Ara (UA), Chad – in the process of joining ICOR")
    ('Union of Ara (UA), Chad', None)
    """
    last = max(raw.rfind("("), raw.rfind(")", 0, len(raw) - 1))
    while last > 0 and raw[last - 1].isspace():
        last -= 1  # the spaces before the note's own bracket are the note's
    m = _STANDING.search(raw, max(0, last)) or _guest_note().search(raw, max(0, last))
    if m is not None:
        return raw[: m.start()], None
    m = _membership_note().search(raw, max(0, last))
    if m is None:
        return raw, None
    acronym = m.group("net")
    if acronym is None:
        return raw[: m.start()], ()
    return raw[: m.start()], tuple(sorted(_network_of_acronym()[acronym.casefold()]))


@cache
def _guest_note() -> re.Pattern[str]:
    """A note after an entry that the organisation is there or signs as an observer or a
    guest ("… (observer)", "…, Chile (invitado)", "… – als Beobachter"): ``name_words.yaml``
    ``guest_note``.

    >>> _strip_standing("League of Ara (LA) – Chad (observer)")
    'League of Ara (LA) – Chad'
    >>> _strip_standing("Liga de Ara (LA), Chad (invitado)")
    'Liga de Ara (LA), Chad'
    >>> _strip_standing("Observer Party of Chad")
    'Observer Party of Chad'
    """
    notes = "|".join(load_name_words().words["guest_note"])
    return re.compile(rf"(?<!\s)\s*+(?:[-–—,;]\s*|\(\s*)(?:{notes})\s*\)?$", re.I)


def guest_noted(raw: str) -> bool:
    """Whether the entry ends with a note that its organisation is an observer or a guest.

    >>> guest_noted("League of Ara (LA), Chad (observer)"), guest_noted("League of Ara (LA), Chad")
    (True, False)
    """
    last = max(raw.rfind("("), raw.rfind(")", 0, len(raw) - 1))
    while last > 0 and raw[last - 1].isspace():
        last -= 1
    return _guest_note().search(raw.rstrip(" ;,."), max(0, last)) is not None


@cache
def _network_of_acronym() -> dict[str, frozenset[str]]:
    """Each acronym of a network (case-folded) -> the keys of the networks it names."""
    from .networks import load_networks

    out: dict[str, set[str]] = {}
    for n in load_networks():
        for a in n.acronyms:
            out.setdefault(a.casefold(), set()).add(n.key)
    return {a: frozenset(keys) for a, keys in out.items()}


@cache
def _membership_note() -> re.Pattern[str]:
    """A note after an entry on the network it belongs to, as a statement that several
    networks sign gives it: "…, Germany – ICOR", "… (ICMLPO)", "… (membre de l'ICOR)",
    "… – not a member of either network", "… (non-member)".  The networks' acronyms are
    those of ``networks.yaml``, the words before them and those of a non-member those of
    ``name_words.yaml`` (``member_of``, ``not_member``).

    >>> _strip_standing("Union of Ara (UA), Chad – ICOR")
    'Union of Ara (UA), Chad'
    >>> _strip_standing("Union of Ara (UA), Chad – not a member of either network")
    'Union of Ara (UA), Chad'
    >>> _strip_standing("League of Ara, Chad (CIPOML)")
    'League of Ara, Chad'
    >>> _strip_standing("Union of Ara (UA), Chad")
    'Union of Ara (UA), Chad'
    """
    acronyms = "|".join(sorted({re.escape(a) for a in _network_of_acronym()}, key=len, reverse=True))
    words = load_name_words().words
    member_of = "|".join(words["member_of"])
    not_member = "|".join(words["not_member"])
    return re.compile(
        rf"(?<!\s)\s*+(?:[-–—,;|]\s*|\(\s*)(?:(?:{member_of})?"
        rf"(?P<net>{acronyms})(?:\s+(?:member|membre|miembro|membro|mitglied))?\s*\)?$"
        rf"|(?:{not_member})\b[^()]*+\)?$)",
        re.I,
    )


# ", organisation hôte", ", host", ", anfitrión" after the acronym's bracket: lower-case words
_APPOSITION = re.compile(r"(?<=\))\s*,\s*([^,()\[\]]{1,40})$")
# a bracket that says what an organisation is and whose ("youth organisation of the …",
# "women's wing of …", "section de la …"): three or more words, one of them "of" or its kin
_DESCRIBES = re.compile(r"(?=(?:\S+\s+){2,})\S.*\b(?:of|de|del|des|du|der|della|di|do|da)\b")
# a bracket that says whose affiliate the organisation is, in whatever word order its
# language has ("DEP'in gençlik örgütü", "youth wing of the …"): name_words.yaml
# affiliate_descriptions
_AFFILIATE = re.compile(r"(?i)(?<!\w)" + phrases_pattern(load_name_words().words["affiliate_descriptions"]))


def _affiliate(inner: str) -> bool:
    """A bracket that says whose affiliate the organisation is: lower-case, or opening
    with its parent's acronym in the possessive ("DEP'in gençlik örgütü"); a capitalised
    translation ("Communist Youth League") is a name, not a description.

    >>> _affiliate("DEP'in gençlik örgütü"), _affiliate("youth organisation"), _affiliate("Communist Youth League")
    (True, True, False)
    """
    if not _AFFILIATE.search(inner):
        return False
    first = inner.split()[0]
    owner = re.match(r"^([^\W_][\w-]*)['’]\w+$", first)
    return inner[:1].islower() or (owner is not None and is_acronym(owner.group(1)))


def _translation_like(text: str, name: str) -> bool:
    """A bracket holding the name in another language: three or more words, one of them
    an organisation's head word, in a language other than the name's ("Organizacija
    Komunista Srbije (Organisation der Kommunisten Serbiens)"); a qualifier in the name's
    own language is not ("Kommunistische Partei (Revolutionärer Aufbau der Partei)").

    >>> _translation_like("Organisation der Kommunisten Serbiens", "Organizacija Komunista Srbije")
    True
    >>> _translation_like("Revolutionärer Aufbau der Partei", "Kommunistische Partei")
    False
    """
    if len(text.split()) < 3 or not has_org_head(text):
        return False
    lang = guess_language(text)
    return lang is not None and lang != guess_language(name)


def _acronym_and_country(inner: str) -> tuple[str, CountryHit] | None:
    """A bracket holding an acronym and a country, in either order.

    >>> a, c = _acronym_and_country("RUM, Mali")
    >>> a, c.iso2
    ('RUM', 'ML')
    >>> _acronym_and_country("RUM – Red Union of Mali") is None
    True
    """
    pieces = [p.strip() for p in re.split(r",|\s[-–—]\s", inner)]
    if len(pieces) != 2 or not all(pieces):
        return None
    for acr, place in (pieces, pieces[::-1]):
        if " " not in acr and is_acronym(acr):
            hit = is_country(place)
            if hit is not None:
                return acr, hit
    return None


#: the words that give an organisation's former name ("formerly", "già", "anciennement",
#: "antes", "ehemals", "eski adıyla" …), in the networks' languages: regular expressions of
#: data/patterns/name_words.yaml (formerly), alternatives in the file's order
_FORMERLY = "|".join(load_name_words().words["formerly"])
_ACRONYM_AND = re.compile(
    rf"^(?P<acr>\S+?)(?:\s*[-–—]\s+|\s+/\s+|,\s*(?P<former>{_FORMERLY})\s+)(?P<rest>\S.*)$",
    re.I,
)
#: "(formerly Red Circle of Benin)", "(Italie, anciennement Cercle Rouge)": a former name,
#: alone or after the country
_FORMER_ONLY = re.compile(rf"^(?:(?P<place>[^,]{{2,40}}),\s*)?(?:{_FORMERLY})\s+(?P<rest>\S.*)$", re.I)
#: "(ML)", "(M-L)", "(m-l)", "(MLM)", "(M.L.)": the Marxist-Leninist qualifier of a name, no acronym
_ML_QUALIFIER = re.compile(r"^m\.?\s*[-–]?\s*l\.?(?:\s*[-–]?\s*m\.?)?$", re.I)


def acronym_parts(acronym: str | None) -> str | None:
    """The pieces of an acronym that may name a country ("PT-BiH" → "BiH")."""
    if not acronym:
        return None
    return " ".join(p for p in re.split(r"[-/()\s]+", acronym) if len(p) >= 3)


@cache
def _country_languages(iso2: str) -> tuple[str, ...]:
    from ..reference import load_countries

    for c in load_countries():
        if c.iso2 == iso2:
            return tuple(c.languages)
    return ()
