"""One node per real organisation: cluster mentions by name, acronym and country.

Two mentions are one organisation when, after normalisation (case, accents,
punctuation, Labour/Labor, Organisation/Organization, a leading "the"), they share an
English or native name and their countries agree, or share an acronym in the same
country, or, when one of the names is in another language, the two names have the same
words once translated word by word (``data/reference/name_glossary.csv``; "Partido
Comunista Revolucionario" and "Revolutionary Communist Party"), in the same country,
unless their acronyms differ; acronyms that differ are a translation's, not another
party's, when each is the initials of its own names and the two names are of two languages
("Proletarische Front Indiens (PFI)", "Indian Proletarian Front (IPF)"); the function words
left out of that translation and the English spellings of one word are in
``data/patterns/name_words.yaml``.
Nothing fuzzy: "Communist Party of Ruritania (Marxist-Leninist)" and
"Communist Party of Ruritania – Maoist" stay two, and the acronym PTQ names two parties
in two countries.  The curation file can join or split clusters and override labels
and countries.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache, lru_cache
from pathlib import Path

import yaml

from ..errors import ConfigError
from ..extract.countries import find_countries
from ..extract.entries import is_acronym, looks_english
from ..model import Entity, OrgMention
from ..reference import load_adjectives, load_glossary, load_name_words, load_org_heads
from ..vocab import fold, slugify


@lru_cache(maxsize=1 << 16)
def norm_name(text: str) -> str:
    """Normalise a name for comparison (memoised: a large corpus names each party many times).

    >>> norm_name("The Workers’ Party of Labour (Ruritania)")
    'workers party of labor ruritania'
    >>> norm_name("Organisation Marxiste") == norm_name("organization marxiste")
    True

    "(ML)", "(M-L)" and "(m-l)" are the "Marxist-Leninist" they stand for, and a dotless
    "ı" is an "i", as a list typed without Turkish letters writes it:

    >>> norm_name("Party of Labour (M-L)") == norm_name("Party of Labour (Marxist–Leninist)")
    True
    >>> norm_name("Kızıl Bayrak") == norm_name("Kizil Bayrak")
    True
    """
    t = fold(text)
    t = re.sub(r"['’`´]", "", t)
    t = re.sub(r"[^\w]+", " ", t)
    t = _expand_ml(t)
    t = re.sub(r"\blabour\b", "labor", t)
    t = re.sub(r"\borganisation(s?)\b", r"organization\1", t)
    t = re.sub(r"^the\s+", "", t.strip())
    return re.sub(r"\s+", " ", t).strip()


def _expand_ml(words: str) -> str:
    """Lower-case words with "ml", "m l", "mlm", "m l m" spelled out ("(M-L)" is "Marxist-Leninist")."""
    words = re.sub(r"\b(?:m l m|mlm)\b", "marxist leninist maoist", words)
    return re.sub(r"\b(?:m l|ml)\b", "marxist leninist", words)


#: words left out of a name's translation: articles, prepositions, "and", in the networks'
#: languages ("Union of …", "Unión de …", "Unione di …" keep only their content words);
#: both word lists are in data/patterns/name_words.yaml
_NAME_FUNCTION_WORDS = frozenset(load_name_words().words["name_function_words"])
#: English spellings that name the same word
_SPELLINGS = dict(load_name_words().groups["spellings"])


@lru_cache(maxsize=1)
def _glossary() -> dict[str, tuple[str, ...]]:
    """Each word's English, in the spellings a name's English words are read in ("emekçiler"
    is "toilers", read as "workers")."""
    return {
        fold(g.word): tuple(s for e in g.english.split() for s in _SPELLINGS.get(e, (e,)))
        for g in load_glossary()
    }


@lru_cache(maxsize=1)
def _adjective_forms() -> dict[str, str]:
    """Every form of a country's adjective in the other languages (``country_adjectives.csv``:
    "dominicanos", "tunecina", "deutschen"), folded, to its country; a form two countries
    share in different languages is left out."""
    seen: dict[str, set[str]] = defaultdict(set)
    for a in load_adjectives():
        for form in a.forms:
            seen[fold(form)].add(a.iso2)
    return {form: next(iter(codes)) for form, codes in seen.items() if len(codes) == 1}


def gloss_key(name: str, country: str | None) -> tuple[tuple[str, ...], bool] | None:
    """A name's words in English, sorted, and whether any had to be translated; None when
    there is no country or fewer than two words are left.

    The organisation's own country named in full is left out ("… de Tunisie", "… of
    Tunisia"), any other country stands as its code; an adjective of a country ("Peruano",
    "Peruvian") stands as the country's adjective, so "Partido Comunista Peruano" is the
    "Peruvian Communist Party" and not the "Communist Party of Peru".

    >>> gloss_key("Partido Comunista Revolucionario Obrero", "UY")
    (('communist', 'party', 'revolutionary', 'workers'), True)
    >>> gloss_key("Revolutionary Communist Workers' Party of Uruguay", "UY")
    (('communist', 'party', 'revolutionary', 'workers'), False)
    >>> gloss_key("Partido Comunista Peruano", "PE") == gloss_key("Communist Party of Peru", "PE")
    False
    """
    found = _gloss_words(name, country)
    return (tuple(sorted(found[0])), found[1]) if found else None


@lru_cache(maxsize=1 << 16)
def _gloss_words(name: str, country: str | None) -> tuple[tuple[str, ...], bool] | None:
    """``gloss_key``'s words in the name's order."""
    if not country:
        return None
    glossary = _glossary()
    words: list[str] = []
    translated = False

    def add(segment: str) -> None:
        nonlocal translated
        # "People's", "Workers'": the possessive is no word of the name (as in norm_name)
        plain = re.sub(r"['’`´]s\b|['’`´]", "", fold(segment))
        for w in _expand_ml(" ".join(re.findall(r"[^\W_]+", plain))).split():
            if w in _NAME_FUNCTION_WORDS:
                continue
            if w in _adjective_forms() and w not in glossary:
                # a plural or inflected adjective the country finder does not read
                # ("Trabajadores Dominicanos" are the "Dominican Workers")
                words.append(f"adjective:{_adjective_forms()[w]}")
                translated = True
                continue
            spelling = _SPELLINGS.get(w)
            english = spelling or glossary.get(w) or (w,)
            words.extend(english)
            # a word the languages share ("union", "front") or an English spelling
            # ("organisation") translates nothing
            translated = translated or (spelling is None and english != (w,))

    last = 0
    for hit in find_countries(name):
        add(name[last : hit.start])
        last = hit.end
        if hit.clue in ("demonym", "adjective"):
            words.append(f"adjective:{hit.iso2}")
        elif country not in (hit.code, hit.iso2):
            words.append(f"country:{hit.iso2}")
    add(name[last:])
    if len(words) < 2:
        return None
    return tuple(words), translated


@lru_cache(maxsize=1 << 16)
def _head_gloss(name: str) -> tuple[tuple[str, ...], bool] | None:
    """A name of no country made of one head word and a proper name ("Collectif Iskra",
    "Iskra Collective"): its words in English, sorted, and whether the head word had to be
    translated; None for any other name.

    The head words are those of ``data/patterns/org_heads.txt``; a proper name is a word
    the glossary does not translate (no "Collectif Révolutionnaire"), so two such names
    with the same words share their proper name, written alike.

    >>> _head_gloss("Collectif Iskra") == (("collective", "iskra"), True)
    True
    >>> _head_gloss("Iskra Collective")
    (('collective', 'iskra'), False)
    >>> _head_gloss("Collectif Révolutionnaire") is None
    True
    """
    if any(True for _ in find_countries(name)):
        return None
    glossary = _glossary()
    heads = load_org_heads()
    plain = re.sub(r"['’`´]s\b|['’`´]", "", fold(name))
    words = [w for w in re.findall(r"[^\W_]+", plain) if w not in _NAME_FUNCTION_WORDS]
    head = [w for w in words if heads.heads(w)]
    if not 2 <= len(words) <= 3 or len(head) != 1:
        return None
    rest = [w for w in words if w != head[0]]
    if any(w in glossary or w in _SPELLINGS or len(w) < 3 or not w.isalpha() for w in rest):
        return None
    english = _SPELLINGS.get(head[0]) or glossary.get(head[0]) or (head[0],)
    return tuple(sorted([*english, *rest])), _SPELLINGS.get(head[0]) is None and english != (head[0],)


@lru_cache(maxsize=1 << 16)
def _initials_of(acronym: str, name: str) -> bool:
    """Whether a normalised acronym is the initials of a name: one letter for each word in
    order, its small words ("of", "du", "d'") and the words of a country named in it taken
    or left out ("PTI-EA", "Parti du Travail d'Iran – En Avant"; "KZN", "Kommunistisches
    Zentrum Nepals"), "Marxist-Leninist" two words.

    >>> _initials_of("pcdti", "Parti Communiste du Travail d'Iran"), _initials_of("pct", "Parti Communiste du Travail d'Iran")
    (True, True)
    >>> _initials_of("uoc", "Union of Communist Workers"), _initials_of("pcr", "Parti Révolutionnaire Communiste")
    (False, False)
    """
    if not acronym.isalpha() or len(acronym) < 2:
        return False
    in_country = [False] * len(name)
    for hit in find_countries(name):
        in_country[hit.start : hit.end] = [True] * (hit.end - hit.start)
    words: list[tuple[str, bool]] = []  # (first letter, may be left out)
    for m in re.finditer(r"[^\W_]+", name):
        w = fold(m.group())
        words.append((w[0], w in _NAME_FUNCTION_WORDS or len(w) == 1 or in_country[m.start()]))
    n = len(acronym)

    @cache
    def fits(i: int, k: int) -> bool:
        if i == len(words):
            return k == n
        letter, optional = words[i]
        return (k < n and acronym[k] == letter and fits(i + 1, k + 1)) or (optional and fits(i + 1, k))

    return fits(0, 0)


def _own_acronyms(acronyms: set[str], names: set[str]) -> bool:
    """Whether every acronym of a group of names is the initials of one of them (in the
    Latin script: an acronym in another script is no rival, ``_other_acronyms``)."""
    return all(any(_initials_of(a, n) for n in names) for a in acronyms if _script(a) == "latin")


@lru_cache(maxsize=1 << 16)
def _languages(name: str) -> frozenset[str]:
    """The languages of the glossary all the words a name's translation read are of (none
    when they are of no one language).

    >>> sorted(_languages("Parti Communiste Ouvrier")), sorted(_languages("Liga Comunista de los Trabajadores"))
    (['fr'], ['es'])
    >>> sorted(_languages("Partido Comunista Revolucionario"))
    ['es', 'pt']
    """
    langs: set[str] | None = None
    for w in re.findall(r"[^\W_]+", fold(name)):
        of = _gloss_languages().get(w)
        if of:
            langs = set(of) if langs is None else langs & of
    return frozenset(langs or ())


def name_language(name: str, country: str | None) -> str | None:
    """The language of an organisation's name given alone (no name in another language
    beside it), as far as the tool knows: the one language of the glossary its translated
    words are of (None when they may be of several); English when no word had to be
    translated and it reads as English (``looks_english``); else None.  An acronym has no
    language.  The words in brackets after a name are another name of it ("Communist Party
    of Turkey (Kızıl Yol)" is English), unless nothing is left without them.

    >>> name_language("Proletarische Front Indiens", "IN"), name_language("Indian Proletarian Front", "IN")
    ('de', 'en')
    >>> name_language("Partido Comunista Revolucionario", "UY"), name_language("Partido Comunista Revolucionario", None)
    (None, None)
    >>> name_language("Liga Comunista de los Trabajadores", "PE"), name_language("Marxist-leninistiska Arbetarförbundet", "SE")
    ('es', None)
    >>> name_language("Communist Party of Turkey (Kızıl Yol)", "TR"), name_language("PCRU", "UY")
    ('en', None)
    """
    if is_acronym(name):
        return None
    bare = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", name).strip() or name
    gloss = _gloss_words(bare, country)
    if gloss is not None and gloss[1]:
        langs = _languages(bare)
        return next(iter(langs)) if len(langs) == 1 else None
    return "en" if looks_english(bare) else None


@lru_cache(maxsize=1)
def _gloss_languages() -> dict[str, frozenset[str]]:
    """Each word the glossary translates into another (not "front", "union": words the
    languages share) to the languages it is of."""
    out: dict[str, set[str]] = defaultdict(set)
    for g in load_glossary():
        w = fold(g.word)
        if g.english.split() != [w]:
            out[w].add(g.lang)
    return {w: frozenset(langs) for w, langs in out.items()}


def _two_languages(a: Iterable[frozenset[str]], b: Iterable[frozenset[str]]) -> bool:
    """Whether two groups' names (the languages each name may be in) are of other languages
    each: no name of one in a language of a name of the other, and none of unknown language
    ("Organisation Communiste Ouvrière" and "Organisation Communiste des Travailleurs" are two
    groups' French names, whatever English name either has).

    >>> _two_languages([frozenset({"fr"})], [frozenset({"en"})]), _two_languages([frozenset({"fr"})], [frozenset({"en"}), frozenset({"fr"})])
    (True, False)
    """
    b = list(b)
    return all(x and y and not x & y for x in a for y in b)


def norm_acronym(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).casefold()


@dataclass(slots=True)
class Curation:
    same_as: list[list[str]] = field(default_factory=list)
    not_same_as: list[list[str]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)


def load_curation(path: Path | None) -> Curation:
    """Read a curation file; a missing file means no curation.

    Raises
    ------
    ConfigError
        when the file is not valid YAML or a section has the wrong shape.
    """
    if path is None or not path.exists():
        return Curation()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not valid YAML: {err}") from err
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping with same_as, not_same_as, labels, countries")
    cur = Curation(
        same_as=raw.get("same_as") or [],
        not_same_as=raw.get("not_same_as") or [],
        labels=raw.get("labels") or {},
        countries=raw.get("countries") or {},
    )
    for name, value in (("same_as", cur.same_as), ("not_same_as", cur.not_same_as)):
        if not isinstance(value, list) or not all(isinstance(g, list) and len(g) >= 2 for g in value):
            raise ConfigError(f"{path}: {name} must be a list of lists of two or more names")
    for name, mapping in (("labels", cur.labels), ("countries", cur.countries)):
        if not isinstance(mapping, dict):
            raise ConfigError(f"{path}: {name} must map a key or name to a value")
    return cur


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


#: what clustering and labelling read of a mention: two mentions with the same form
#: resolve alike, wherever they are
_FormKey = tuple[str, str | None, str | None, str | None, tuple[tuple[str, str | None], ...], str | None]


def _form_key(m: OrgMention | _Form) -> _FormKey:
    return (m.name, m.acronym, m.native_name, m.native_lang, m.other_names, m.country)


#: a name read word by word: (its form, whether it had to be translated, its English words
#: in its order, the name as written)
_Glossed = tuple[int, bool, tuple[str, ...], str]


@dataclass(eq=False, slots=True)
class _Form:
    """The mentions of one form: how many (distinct mentions), and the first of them."""

    name: str
    acronym: str | None
    native_name: str | None
    native_lang: str | None
    other_names: tuple[tuple[str, str | None], ...]
    country: str | None
    first: tuple[str, int, int, str]  # (document, start, end, name) of its first mention
    count: int = 0


class OrgKeys(Mapping[OrgMention, str]):
    """Mention -> entity key, looked up by the mention's form (names, acronym, country).

    Held per form, not per mention: the same memory for 1,000 or 100,000 documents
    naming the same organisations.  Only the forms given to ``resolve_organisations``
    have keys.
    """

    def __init__(self, by_form: dict[_FormKey, str]) -> None:
        self._by_form = by_form

    def __getitem__(self, m: OrgMention) -> str:
        return self._by_form[_form_key(m)]

    def __contains__(self, m: object) -> bool:
        return isinstance(m, OrgMention) and _form_key(m) in self._by_form

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise TypeError("OrgKeys is looked up by mention; it does not list mentions")

    def __len__(self) -> int:
        return len(self._by_form)


@dataclass(frozen=True, slots=True)
class OrgResolution:
    entities: tuple[Entity, ...]
    key_of: OrgKeys  # mention -> entity key (``org/<slug>``)


def _names(m: OrgMention | _Form) -> set[str]:
    """The names a mention gives the organisation: its name, native name, and other names
    (a transliteration, a former name: "PCOS, formerly Proletarian Nucleus of Senegal" is
    the party a list of earlier years calls "Proletarian Nucleus of Senegal")."""
    out = {norm_name(m.name)}
    if m.native_name:
        out.add(norm_name(m.native_name))
    out.update(norm_name(other) for other, _ in m.other_names)
    return {n for n in out if n}


class OrgForms:
    """Organisation mentions gathered document by document, kept as forms with counts.

    ``add`` takes the mentions of one document (equal mentions count once, as in a set);
    memory grows with the distinct forms, not with the mentions.
    """

    def __init__(self) -> None:
        self._forms: dict[_FormKey, _Form] = {}

    def add(self, mentions: Iterable[OrgMention]) -> None:
        forms = self._forms
        for m in set(mentions):
            k = _form_key(m)
            pos = (m.doc_id, m.quote.start, m.quote.end, m.name)
            f = forms.get(k)
            if f is None:
                f = forms[k] = _Form(*k, first=pos)
            elif pos < f.first:
                f.first = pos
            f.count += 1

    def forms(self) -> list[_Form]:
        """The forms in the order of their first mention (ties by form, for determinism)."""
        return [f for k, f in sorted(self._forms.items(), key=lambda kv: (kv[1].first, _sort_form(kv[0])))]


def _sort_form(k: _FormKey) -> tuple[str, ...]:
    return tuple("" if v is None else str(v) for v in k)


def resolve_organisations(
    mentions: Iterable[OrgMention] | OrgForms, curation: Curation | None = None
) -> OrgResolution:
    """Cluster organisation mentions into entities; deterministic for the same input.

    ``mentions`` is any iterable of mentions (equal ones count once) or an ``OrgForms``
    gathered document by document.
    """
    cur = curation or Curation()
    if isinstance(mentions, OrgForms):
        gathered = mentions
    else:
        gathered = OrgForms()
        gathered.add(mentions)
    ms = gathered.forms()
    uf = _UnionFind(len(ms))
    # a name seen with exactly one country lends it to mentions of that name without one
    countries_by_name: dict[str, set[str]] = defaultdict(set)
    for m in ms:
        if m.country:
            for n in _names(m):
                countries_by_name[n].add(m.country)

    def country(m: _Form) -> str | None:
        if m.country:
            return m.country
        seen = set().union(*(countries_by_name.get(n, set()) for n in _names(m)))
        return next(iter(seen)) if len(seen) == 1 else None

    index: dict[tuple[str, str, str | None], int] = {}
    # names by their words in English, each marked translated or not (joined below, once
    # names and acronyms have joined theirs)
    glossed: dict[tuple[tuple[str, ...], str], list[_Glossed]] = defaultdict(list)
    # the same words without the own country's adjective: (form, translated, has the adjective)
    loose: dict[tuple[tuple[str, ...], str], list[tuple[int, bool, bool]]] = defaultdict(list)
    acronyms: dict[int, set[str]] = defaultdict(set)
    for i, m in enumerate(ms):
        c = country(m)
        for written in (m.name, m.native_name):
            g = _gloss_words(written, c) if written else None
            if g is not None and c is not None and written:
                glossed[(tuple(sorted(g[0])), c)].append((i, g[1], g[0], written))
                own = f"adjective:{c}"
                loose[(tuple(sorted(w for w in g[0] if w != own)), c)].append((i, g[1], own in g[0]))
            elif c is None and written:
                # no country: a head word and a proper name ("Collectif Iskra")
                h = _head_gloss(written)
                if h is not None:
                    glossed[(h[0], "")].append((i, h[1], h[0], written))
        keys = [("name", n, c) for n in _names(m)]
        if m.acronym and c:
            keys.append(("acronym", norm_acronym(m.acronym), c))
        elif c and is_acronym(m.name):
            # "OCTB, Brazil": an entry that is its acronym alone is the party of that acronym
            keys.append(("acronym", norm_acronym(m.name), c))
        acronyms[i] = {k[1] for k in keys if k[0] == "acronym"}
        # a Cyrillic or Greek acronym meets its Latin transliteration of the same country
        # ("СРКУ", Ukraine, and "SRKU", Ukraine), as two Latin acronyms meet; only as a key,
        # not as a rival acronym ("РРП" is no rival of "RWP": _other_acronyms)
        keys += [("acronym", t, c) for a in sorted(acronyms[i]) if c for t in latin_acronyms(a)]
        if c is None and m.acronym:
            # an acronym of no country keeps apart only names translated alike
            acronyms[i].add(norm_acronym(m.acronym))
        for k in keys:
            if k in index:
                uf.union(index[k], i)
            else:
                index[k] = i
    # a name translated word by word joins the names with the same words when one of them
    # was translated, but it is weaker than what names and acronyms say:
    # - two English groups with the same words in another order ("Communist Party of X
    #   (Marxist-Leninist)", "Marxist-Leninist Communist Party of X") are two parties, and a
    #   translation with those words is either one: it joins none (the same words in the
    #   same order, "… League" and "… League of Brasil", are one party's);
    # - two groups that each have acronyms, none shared, are two organisations whose names
    #   translate alike ("Unión Comunista Obrera (UCO)", "Union of Communist Workers (UOC)")
    # - unless each group's acronyms are the initials of its own names and the two names are
    #   in two languages: a translated name has a translated acronym ("Proletarische Front
    #   Indiens (PFI)", "Indian Proletarian Front (IPF)")
    by_root: dict[int, set[str]] = defaultdict(set)
    names_of: dict[int, set[str]] = defaultdict(set)
    for i, acrs in acronyms.items():
        by_root[uf.find(i)] |= acrs
    for i, m in enumerate(ms):
        names_of[uf.find(i)] |= {n for n in (m.name, m.native_name, *(o for o, _ in m.other_names)) if n}
    for forms in glossed.values():
        if all(not t for _, t, _, _ in forms):
            continue
        in_english = [(i, order) for i, t, order, _ in forms if not t]
        if len({uf.find(i) for i, _ in in_english}) > 1 and len({order for _, order in in_english}) > 1:
            continue
        # each name's language: English, or those of the glossary its words are of
        langs = [(i, _languages(written) if t else frozenset({"en"})) for i, t, _, written in forms]
        # two groups with names of one language that translate alike: which one another
        # language's name is, the words cannot say, nor its acronym
        by_lang: dict[str, set[int]] = defaultdict(set)
        for i, x in langs:
            for lang in x:
                by_lang[lang].add(uf.find(i))
        ambiguous = any(len(roots) > 1 for roots in by_lang.values())
        first = forms[0][0]
        for i, _, _, _ in forms[1:]:
            a, b = uf.find(first), uf.find(i)
            if a == b:
                continue
            if _other_acronyms(by_root[a], by_root[b]) and not (
                not ambiguous
                and _two_languages(
                    [x for j, x in langs if uf.find(j) == a], [x for j, x in langs if uf.find(j) == b]
                )
                and _own_acronyms(by_root[a], names_of[a])
                and _own_acronyms(by_root[b], names_of[b])
            ):
                continue
            uf.union(a, b)
            by_root[uf.find(a)] = by_root[a] | by_root[b]
            names_of[uf.find(a)] = names_of[a] | names_of[b]
    _join_adjective_renderings(loose, uf, by_root, names_of)
    _join_spellings(ms, uf, by_root, country)
    _apply_same_as(ms, uf, cur)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ms)):
        clusters[uf.find(i)].append(i)
    groups = [[ms[i] for i in idx] for idx in clusters.values()]
    groups = _apply_not_same_as(groups, cur)
    entities: list[Entity] = []
    by_form: dict[_FormKey, str] = {}
    used: Counter[str] = Counter()
    for group in sorted(groups, key=lambda g: g[0].first[:2]):
        ent = _entity(group, cur, country)
        key = ent.key
        used[key] += 1
        if used[key] > 1:
            key = f"{key}-{used[key]}"
            ent = replace(ent, key=key)
        entities.append(ent)
        for m in group:
            by_form[_form_key(m)] = key
    return OrgResolution(tuple(sorted(entities, key=lambda e: e.key)), OrgKeys(by_form))


def _join_adjective_renderings(
    loose: Mapping[tuple[tuple[str, ...], str], list[tuple[int, bool, bool]]],
    uf: _UnionFind,
    by_root: dict[int, set[str]],
    names_of: dict[int, set[str]],
) -> None:
    """An English name with the country's adjective joins a name in another language
    with the country in full and otherwise the same words: English renders "Organización
    Comunista Obrera de Túnez" as the "Tunisian Workers' Communist Organisation".

    Only when the words name one group each way, the adjective is the English names'
    alone and the country in full the other languages' alone: a name in another language
    with the adjective ("Partido Comunista Peruano") is that party's own name, not a
    translation of "… del Perú", and an English "Communist Party of Haiti" beside the
    "Haitian Communist Party" is another party.
    """
    for forms in loose.values():
        with_adj = {uf.find(i) for i, _, adj in forms if adj}
        without = {uf.find(i) for i, _, adj in forms if not adj}
        if len(with_adj) != 1 or len(without) != 1 or with_adj == without:
            continue
        # the adjective only in English, the country in full only in the other language: an
        # English "… of Haiti" beside the "Haitian …" names another party
        if any(t for _, t, adj in forms if adj) or any(not t for _, t, adj in forms if not adj):
            continue
        a, b = next(iter(with_adj)), next(iter(without))
        # one English, one translated: their acronyms, each its own names' initials, are
        # one the other's translation ("Indian Proletarian Front (IPF)", "Proletarische
        # Front Indiens (PFI)")
        if _other_acronyms(by_root[a], by_root[b]) and not (
            _own_acronyms(by_root[a], names_of[a]) and _own_acronyms(by_root[b], names_of[b])
        ):
            continue
        uf.union(a, b)
        by_root[uf.find(a)] = by_root[a] | by_root[b]
        names_of[uf.find(a)] = names_of[a] | names_of[b]


def latin_acronyms(acronym: str) -> tuple[str, ...]:
    """The Latin spellings of a Cyrillic or Greek acronym (normalised as ``norm_acronym``):
    its letters transliterated, and their first Latin letters ("ХРП" is "khrp" and "krp");
    none for an acronym in another script.

    >>> latin_acronyms("СРКУ"), latin_acronyms("ЖРП"), latin_acronyms("ΚΚΕ"), latin_acronyms("SRKU")
    (('srku',), ('zhrp', 'zrp'), ('kke',), ())
    """
    if _script(acronym) == "latin":
        return ()
    whole = slugify(acronym).replace("-", "")
    first = "".join(slugify(ch)[:1] for ch in acronym if ch.isalpha())
    return tuple(dict.fromkeys(a for a in (whole, first) if a and a != "x"))


def _respelt(a: str, b: str) -> bool:
    """Two normalised names, one party's name romanised two ways: as many words, at least
    half of them the same, and each other pair alike, words of no language the glossary
    knows ("bangladesh biplobi shromik dal", "bangladesher biplobi sramik dal": a case
    ending, "o" for "a"); not two names whose words differ in meaning.

    >>> _respelt("bangladesh biplobi shromik dal", "bangladesher biplobi sramik dal")
    True
    >>> _respelt("partido comunista revolucionario", "partido comunista reconstruido")
    False
    >>> _respelt("nepal majdur kisan dal", "nepal janata kisan dal")
    False
    """
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 3 or wa == wb:
        return False
    if 2 * sum(x == y for x, y in zip(wa, wb, strict=True)) < len(wa):
        return False
    gloss = _glossary()
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < 4 or x[0] != y[0] or x in gloss or y in gloss:
            return False
        if not (x.startswith(y) or y.startswith(x)) and SequenceMatcher(None, x, y).ratio() < 0.75:
            return False
    return True


def _join_spellings(
    ms: list[_Form], uf: _UnionFind, by_root: dict[int, set[str]], country: Callable[[_Form], str | None]
) -> None:
    """Names of one country in no language the glossary knows, romanised two ways (a South
    Asian party's "… Shromik Dal" and "… Sramik Dal"), are one party's, unless their
    acronyms say otherwise. English names are left alone: their words are meant."""
    by_key: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    for i, m in enumerate(ms):
        c = country(m)
        if c is None:
            continue
        for written in (m.name, m.native_name):
            if written and not looks_english(written):
                n = norm_name(written)
                by_key[(c, len(n.split()))].append((i, n))
    for forms in by_key.values():
        for k, (i, a) in enumerate(forms):
            for j, b in forms[k + 1 :]:
                ra, rb = uf.find(i), uf.find(j)
                if ra == rb or not _respelt(a, b) or _other_acronyms(by_root[ra], by_root[rb]):
                    continue
                uf.union(ra, rb)
                by_root[uf.find(ra)] = by_root[ra] | by_root[rb]


def _script(acronym: str) -> str:
    """The script of an acronym's letters: "cyrillic", "greek" or "latin" (any other)."""
    for c in acronym:
        if c.isalpha():
            name = unicodedata.name(c, "")
            return (
                "cyrillic"
                if name.startswith("CYRILLIC")
                else "greek"
                if name.startswith("GREEK")
                else "latin"
            )
    return "latin"


def _other_acronyms(a: set[str], b: set[str]) -> bool:
    """Two groups of names whose acronyms say they are two organisations: each has one in a
    script, and they share none there. An acronym in another script is no rival ("РРП" and
    "RWP", one party's Russian and English acronyms, cannot be compared letter by letter).

    >>> _other_acronyms({"UCO"}, {"UOC"}), _other_acronyms({"РРП"}, {"RWP"}), _other_acronyms({"РРП", "RRP"}, {"RWP"})
    (True, False, True)
    """
    if a & b:
        return False
    return any(
        {x for x in a if _script(x) == s} and {x for x in b if _script(x) == s}
        for s in ("latin", "cyrillic", "greek")
    )


def _matches(m: _Form, ref: str) -> bool:
    r = norm_name(ref)
    return r in _names(m) or (m.acronym is not None and norm_acronym(m.acronym) == norm_acronym(ref))


def _apply_same_as(ms: list[_Form], uf: _UnionFind, cur: Curation) -> None:
    for group in cur.same_as:
        idx = [i for i, m in enumerate(ms) if any(_matches(m, ref) for ref in group)]
        for a, b in zip(idx, idx[1:], strict=False):
            uf.union(a, b)


def _apply_not_same_as(groups: list[list[_Form]], cur: Curation) -> list[list[_Form]]:
    for pair in cur.not_same_as:
        out = []
        for g in groups:
            sides = [[m for m in g if any(_matches(m, ref) for ref in [p])] for p in pair]
            if all(sides):
                rest = [m for m in g if not any(m in s for s in sides)]
                first = sides[0] + rest
                out.extend(
                    [first, [m for m in sides[1] if m not in first]]
                    if [m for m in sides[1] if m not in first]
                    else [first]
                )
            else:
                out.append(g)
        groups = out
    return groups


def _entity(group: list[_Form], cur: Curation, country_of: Callable[[_Form], str | None]) -> Entity:
    # each form counts as many times as its distinct mentions
    names: Counter[str] = Counter()
    english: Counter[str] = Counter()
    for m in group:
        names[m.name] += m.count
        if m.native_name is None or m.name != m.native_name:
            english[m.name] += m.count
    pool = english if english else names
    votes: Counter[str] = Counter()
    for m in group:
        c = country_of(m)
        if c:
            votes[c] += m.count
    country = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if votes else None

    def translated(name: str) -> bool:
        gloss = _gloss_words(name, country)
        return gloss is not None and gloss[1]

    # a group joined across languages is labelled by its English name ("Indian Proletarian
    # Front", not "Proletarische Front Indiens"), the other one an alternative name
    pool = Counter({n: k for n, k in pool.items() if not translated(n)}) or pool
    # an acronym alone is a label only when the group has no name, a former name only when
    # the group has no other
    pool = Counter({n: k for n, k in pool.items() if not is_acronym(n)}) or pool
    former = {norm_name(other) for m in group for other, lang in m.other_names if lang is None}
    pool = Counter({n: k for n, k in pool.items() if norm_name(n) not in former}) or pool
    label = sorted(pool.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
    acronyms = tuple(sorted({m.acronym for m in group if m.acronym}))
    alts: set[tuple[str, str | None]] = set()
    for m in group:
        if m.name != label and m.name != m.native_name:
            # a name given only in its own language is added below, in that language; a
            # name given alone that the glossary translates is in the language its words are
            # of, where they are of one ("Proletarische Front Indiens"@de: ``name_language``,
            # which the document graphs tag it by too)
            lang = "en" if m.native_name else name_language(m.name, country) if translated(m.name) else None
            alts.add((m.name, lang))
        if m.native_name and m.native_name != label:
            alts.add((m.native_name, m.native_lang))
        alts.update(m.other_names)
    refs = {label, *names, *(m.native_name for m in group if m.native_name), *acronyms}
    base = slugify(label, max_length=70)
    key_guess = f"{base}-{country.lower()}" if country else base
    for ref in [key_guess, *sorted(refs)]:
        if ref in cur.labels:
            old = label
            label = cur.labels[ref]
            if old != label:
                alts.add((old, None))
            break
    for ref in [key_guess, *sorted(refs)]:
        if ref in cur.countries:
            country = cur.countries[ref]
            break
    base = slugify(label, max_length=70)
    key = f"{base}-{country.lower()}" if country else base
    alts.discard((label, None))
    alts.discard((label, "en"))
    # the label is in a language of its own when every mention that gives it gives it as
    # its native name, with no English name
    native_langs = {m.native_lang for m in group if m.name == label}
    only_native = all(m.native_name == label for m in group if m.name == label)
    label_lang = "en"
    if only_native and len(native_langs) == 1 and None not in native_langs:
        label_lang = native_langs.pop() or "en"
    return Entity(
        key=key,
        kind="org",
        label=label,
        label_lang=label_lang,
        alt_labels=tuple(sorted(alts, key=lambda a: (a[0], a[1] or ""))),
        acronyms=acronyms,
        country=country,
    )
