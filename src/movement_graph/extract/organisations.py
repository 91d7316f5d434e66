"""Organisations: entries of lists, and names in prose with their role.

List entries are split by ``entries.parse_entry``; their role comes from the list.
In prose, candidates come from the statistical NER (ORG) and from a Matcher over
capitalised phrases headed by an organisation word (Party, Union, Front …); only
phrases with such a head word (``data/patterns/org_heads.txt``) are kept, and not those
whose every word is a head or a function word (``data/patterns/name_words.yaml``).  The
role comes from the words around the name: a delegate *from* it (participant), a message
*to* it (addressee), a fight *against* it (criticised), *member of* a network (member);
else it is mentioned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ..model import Document, OrgMention, Quote, Role
from ..reference import load_glossary, load_name_words, phrases_pattern
from ..vocab import fold
from .countries import is_country
from .entries import guess_language, has_org_head, is_acronym, org_heads, parse_entry
from .lists import ListEntry, and_split, region_words
from .networks import load_networks

_ROLE_CUES: tuple[tuple[Role, re.Pattern[str], re.Pattern[str]], ...] = (
    # (role, text just before the name, text just after it)
    (
        Role.ADDRESSEE,
        re.compile(
            r"(?:^|\b(?:message|letter|greetings?|salute|appeal|call)\s+(?:to|of)\s+(?:the\s+)?"
            r"(?:comrades\s+of\s+the\s+)?)$",
            re.I,
        ),
        re.compile(r"^$"),
    ),
    (
        Role.GUEST,
        re.compile(r"\b(?:guests?|observers?)\s+(?:from|of)\s+(?:the\s+)?$", re.I),
        re.compile(
            r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:which\s+|who\s+)?(?:attended|participated|took part|was present|were present)?"
            r"\s*(?:in\s+the\s+\w+\s+)?as\s+(?:an?\s+)?(?:guests?|observers?)\b",
            re.I,
        ),
    ),
    (
        Role.PARTICIPANT,
        re.compile(r"\b(?:delegat(?:e|es|ion|ions)|representatives?)\s+(?:from|of)\s+(?:the\s+)?$", re.I),
        re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:has\s+|have\s+)?(?:participated|took part|attended)\b", re.I),
    ),
    (
        Role.MEMBER,
        re.compile(
            r"\bmember (?:parties|organi[sz]ations)\s*(?:,|:)?\s*(?:such as|including)?\s*(?:the\s+)?$", re.I
        ),
        re.compile(
            r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:is\s+|are\s+)?(?:a\s+|one of the\s+)?(?:founding\s+)?members?\s+of\b",
            re.I,
        ),
    ),
    (
        Role.CRITICISED,
        re.compile(
            r"\b(?:against|betrayal\s+(?:of|by)|condemn(?:s|ed)?|denounce[sd]?|revisionis[mt]\s+of)\s+"
            r"(?:the\s+)?(?:[\w-]+\s+){0,8}(?:of\s+)?(?:the\s+)?$",
            re.I,
        ),
        re.compile(r"^$"),
    ),
)


def from_lists(entries: Iterable[ListEntry], *, source: Document) -> Iterator[OrgMention]:
    """Turn list entries into organisation mentions.

    An entry that is only a country ("DR Congo", a country heading over its parties) names
    no organisation; the entries under it in its list that name no country of their own
    take its country.
    """
    heading: tuple[str, Quote, str] | None = None  # list id, quote and code of a country heading
    withdrawn = _withdrawals(source.text)
    # (list id, acronym) -> the name and country it was first given to
    acronyms: dict[tuple[str, str], tuple[str, str | None]] = {}
    for entry in entries:
        hit = is_country(entry.quote.text)
        if hit is not None:
            heading = (entry.list_id, entry.quote, hit.code)
            continue
        text = entry.quote.text
        # "Regional Committee of X of the Party of Y": the organ signs for the party
        cut = organ_end(text)
        if cut and has_org_head(text[cut:]) and len(text[cut:].split()) >= 2:
            text = text[cut:]
        parsed = parse_entry(text)
        if not parsed.name:
            continue
        if parsed.acronym:
            # "Red Youth (RPB)" under "Red Party (RPB)": the bracket names the party it
            # belongs to, not its own acronym
            # (not two parties of one acronym: "Cuban Labour Party (CLP)" and "Communist
            # League of Portugal (CLP)" each keep theirs, its letters being their initials or
            # their countries two)
            country = parsed.country.iso2 if parsed.country else None
            owner, owner_country = acronyms.setdefault(
                (entry.list_id, parsed.acronym), (parsed.name, country)
            )
            if (
                owner != parsed.name
                and not (country and owner_country and country != owner_country)
                and not _initials_fit(parsed.acronym, parsed.name, parsed.native_name)
            ):
                parsed = replace(parsed, acronym=None)
        others: list[tuple[str, str | None]] = []
        if parsed.transliteration:
            lang = f"{parsed.native_lang}-Latn" if parsed.native_lang else None
            others.append((parsed.transliteration, lang))
        if parsed.former:
            others.append((parsed.former, None))
        if parsed.translation:
            # the name in the list's language ("(Organisation der Kommunisten Serbiens)")
            others.append((parsed.translation, guess_language(parsed.translation)))
        country_quote, country = None, parsed.country.code if parsed.country else None
        if parsed.country is not None:
            country_quote = _locate(entry.quote, parsed.country.text)
        elif heading is not None and heading[0] == entry.list_id:
            country_quote, country = heading[1], heading[2]
        role = entry.role
        if role is Role.SIGNATORY and any(_names_in(note, parsed.name, parsed.acronym) for note in withdrawn):
            # "… (PA) has withdrawn its signature": listed, but no longer a signatory
            role = Role.MENTIONED
        mention = OrgMention(
            doc_id=source.doc_id,
            quote=entry.quote,
            name=parsed.name,
            role=role,
            acronym=parsed.acronym,
            native_name=parsed.native_name,
            native_lang=parsed.native_lang,
            other_names=tuple(others),
            country=country,
            country_quote=country_quote,
            list_id=entry.list_id,
            networks=parsed.networks,
        )
        yield mention
        if entry.member:
            # "the member parties … have endorsed this appeal": they signed it and are members
            yield replace(mention, role=Role.MEMBER)


@cache
def _withdrawal() -> re.Pattern[str]:
    return re.compile(r"(?i)(?<!\w)" + phrases_pattern(load_name_words().words["withdrawn_signature"]))


def _withdrawals(text: str) -> list[str]:
    """The sentences of ``text`` that say a signatory withdrew its signature, each up to
    the words that say it.

    >>> _withdrawals("Signed. Note: the Party of Ara (PA) has withdrawn its signature.")
    [' Note: the Party of Ara (PA) has ']
    """
    out = []
    for m in _withdrawal().finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        out.append(text[start : m.start()])
    return out


def _names_in(note: str, name: str, acronym: str | None) -> bool:
    """Whether ``note`` names the organisation, by its name or its acronym."""
    if name and name.casefold() in note.casefold():
        return True
    return bool(acronym) and re.search(rf"(?<!\w){re.escape(acronym or '')}(?!\w)", note) is not None


def _locate(q: Quote, needle: str) -> Quote:
    i = q.text.rfind(needle)
    if i < 0:
        return q
    return Quote(q.start + i, q.start + i + len(needle), needle)


#: the links inside a name whose head word comes first ("Partido … de los Trabajadores del
#: Perú", "Parti … des Travailleurs", "Partei der Arbeit", "Partito … dei Lavoratori")
_HEAD_FIRST_LINKS = (
    "de", "del", "la", "las", "los", "el", "du", "des", "le", "les", "der", "die", "des", "di",
    "della", "dei", "degli", "delle", "do", "da", "dos", "das", "d'", "l'", "d’", "l’",
)  # fmt: skip


#: the languages whose names open with their head word and capitalise only the name's words
#: (German capitalises every noun: "die Partei der Arbeiterklasse" is no name)
_HEAD_FIRST_LANGS = ("es", "fr", "it", "pt")


def _head_first() -> frozenset[str]:
    """The head words that open a name in those languages ("Partido", "Parti", "Frente",
    "Liga"): ``org_heads.txt``'s words that the name glossary translates from them into
    another English word (not "Front", "Union", English already; nor a plural people,
    "Comunistas")."""
    glossary = {
        g.word: g.english
        for g in load_glossary()
        if g.lang in _HEAD_FIRST_LANGS and g.word != g.english and not g.english.endswith("s")
    }
    return frozenset(h for h in org_heads() if fold(h) in glossary)


def _matcher(doc: Doc) -> Matcher:
    vocab = doc.vocab
    cached = getattr(vocab, "_mg_org_matcher", None)
    if cached is not None:
        return cached
    heads = sorted(org_heads())
    m = Matcher(vocab)
    # a capitalised word, or the hyphen and apostrophe inside names
    # ("Marxist-Leninist", "Workers' Party")
    cap = {"TEXT": {"REGEX": r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’.]*|[-–'’]|['’]s)$"}}
    link = {"LOWER": {"IN": ["of", "for", "the", "de", "del", "la", "du", "des", "der", "and", "in"]}}
    head = {"LOWER": {"IN": heads}}
    tail: list[dict[str, Any]] = [link, {"OP": "?", **link}, {**cap, "OP": "+"}]
    first = {"LOWER": {"IN": sorted(_head_first())}, "IS_TITLE": True}
    romance = {"LOWER": {"IN": list(_HEAD_FIRST_LINKS)}}
    after: list[dict[str, Any]] = [romance, {"OP": "?", **romance}, {**cap, "OP": "+"}]
    m.add(
        "ORG",
        [
            [{**cap, "OP": "+"}, head],
            [{**cap, "OP": "*"}, head, *tail],
            [{**cap, "OP": "*"}, head, *tail, *tail],
            [{**cap, "OP": "*"}, head, *tail, *tail, *tail],
            [{**cap, "OP": "+"}, {"ORTH": "-"}, {**cap, "OP": "+"}, head],
        ],
        greedy="LONGEST",
    )
    # a name in another language, its head word first ("el Partido Comunista Revolucionario
    # de Colombia", "le Parti des Travailleurs du Bénin"): the head written with its
    # capital, then capitalised words and links
    m.add(
        "ORG_FIRST",
        [
            [first, {**cap, "OP": "+"}],
            [first, {**cap, "OP": "*"}, *after],
            [first, {**cap, "OP": "*"}, *after, *after],
            [first, {**cap, "OP": "*"}, *after, *after, *after],
        ],
        greedy="LONGEST",
    )
    try:
        vocab._mg_org_matcher = m  # type: ignore[attr-defined]
    except AttributeError:
        pass
    return m


def in_prose(doc: Doc, *, source: Document, skip: Iterable[tuple[int, int]] = ()) -> Iterator[OrgMention]:
    """Organisations named in the prose of a document, with their role.

    ``skip`` holds file-offset spans (list entries) already accounted for.
    """
    full = doc.text  # Doc.text joins every token on each access: read it once
    skip = list(skip)
    spans: list[Span] = [e for e in doc.ents if e.label_ == "ORG"]
    # a name opening with its head word above the title is the paper's in its masthead
    # ("Bandera Roja – Periódico del Partido … de México"), read with the lists: its country
    # stays the text's
    title = source.title_quote
    top = title.start - source.start if title is not None and title.start > source.start else 0
    first = doc.vocab.strings["ORG_FIRST"]
    spans += [doc[s:e] for key, s, e in _matcher(doc)(doc) if key != first or doc[s].idx >= top]
    chosen: list[tuple[int, int]] = []
    pieces: list[tuple[int, int]] = []
    for span in spans:
        start, end = _trim(span)
        # "the Soviet Union and the Workers' Party of X": two names, joined by the matcher
        cut = and_split(full[start:end])
        pieces += [(start, start + cut[0]), (start + cut[1], end)] if cut else [(start, end)]
    for start, end in sorted(pieces, key=lambda p: (p[0] - p[1], p[0])):
        if end <= start:
            continue
        text = full[start:end]
        end = _extend_bracket(full, end, start)
        text = full[start:end]
        if not _plausible(text) or _organ_of_network(full, end):
            continue
        fs, fe = source.start + start, source.start + end
        if any(fs < e and s < fe for s, e in skip) or any(start < e and s < end for s, e in chosen):
            continue
        chosen.append((start, end))
        role = Role.AUTHOR if _is_signoff(full, start, end) else _role(full, start, end)
        organ = organ_end(text)
        if organ and is_acronym(text[organ:].strip()):
            # "Central Committee of the WLA": the organ of a party the text named before,
            # by its acronym alone; no organisation of its own
            continue
        if organ and _plausible(text[organ:]):
            # "Central Committee of the Party of X": the organ speaks for the party
            start, text = start + organ, text[organ:]
            fs = source.start + start
        parsed = parse_entry(text)
        yield OrgMention(
            doc_id=source.doc_id,
            quote=Quote(fs, fe, text),
            name=parsed.name,
            role=role,
            acronym=parsed.acronym,
            native_name=parsed.native_name,
            native_lang=parsed.native_lang,
            country=parsed.country.code if parsed.country else None,
            country_quote=_locate(Quote(fs, fe, text), parsed.country.text) if parsed.country else None,
        )


#: a party's organ before the party's name ("Central Committee of the …", "Comité Central del …")
_ORGAN_OF = re.compile(
    r"(?:(?:the\s+)?(?:(?:central|executive|political|national|permanent)\s+(?:committee|bureau|council|secretariat)"
    r"|politburo|political\s+bureau|secretariat|presidium|international\s+(?:department|bureau|commission|secretariat)"
    r"|international\s+relations\s+(?:department|commission))\s+of\s+(?:the\s+)?"
    r"|(?:comit[ée]|bur[óo]|bureau|secretariado|secr[ée]tariat|departamento|d[ée]partement)\s+"
    r"(?:central|pol[íi]tico|politique|ejecutivo|ex[ée]cutif|internacional|international)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|del\s+|du\s+|des\s+|de\s+|do\s+|da\s+)"
    r"|zentralkomitee\s+(?:der|des)\s+|comitato\s+centrale\s+(?:del|della|dello|dei)\s+"
    r"|comit[êe]\s+central\s+(?:do|da|dos)\s+"
    # a regional organ ("Regional Committee of Catalonia of the …", "Bavarian State Committee
    # of the …", "Comité Regional de Oaxaca del …", "Comité régional de Bretagne du …")
    # (group "regional": organ_end then looks for the region's name after it)
    r"|(?P<regional>(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?(?:regional|provincial|district|state|city|area|local)\s+"
    r"(?:committee|bureau|leadership|organi[sz]ation|branch|section)\s+of\s+(?:the\s+)?"
    r"|comit[ée]\s+(?:regional|r[ée]gional|provincial|departamental|estatal)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|del\s+|du\s+|des\s+|de\s+|do\s+|da\s+|d['’])\s*))",
    re.I,
)
#: the region after a regional organ ("[Regional Committee of] Catalonia of the …",
#: "[Comité Regional de] Oaxaca del …"): capitalised words, then the link to the party
_REGION_OF = re.compile(
    r"(?P<region>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})\s+"
    r"(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]|del\s+|du\s+|des\s+|de\s+|do\s+|da\s+|d['’])(?=[A-ZÀ-Þ])"
)


def organ_end(text: str) -> int:
    """Where the name of the party starts after the organ that speaks for it, or 0.

    >>> t = "Regional Committee of Catalonia of the Party of Labour of Ara"
    >>> t[organ_end(t):]
    'Party of Labour of Ara'
    >>> t = "Comité Regional de Oaxaca del Partido Rojo"; t[organ_end(t):]
    'Partido Rojo'
    >>> t = "Regional Committee of the Party of Labour"; t[organ_end(t):]
    'Party of Labour'
    >>> organ_end("Regional Union of Workers")
    0

    (The caller checks that a name follows.)
    """
    organ = _ORGAN_OF.match(text)
    if organ is None:
        return 0
    end = organ.end()
    region = _REGION_OF.match(text, end) if organ["regional"] else None
    if region and not has_org_head(region["region"]) and has_org_head(text[region.end() :]):
        end = region.end()
    return end


def _initials_fit(acronym: str, *names: str | None) -> bool:
    """The acronym's capitals are initials of one of the names' words, in any order.

    >>> _initials_fit("PMLG", "Marxist-Leninist Party of Guinea"), _initials_fit("MCPB", "Coletivo Juventude Vermelha")
    (True, False)
    """
    letters = Counter(c for c in acronym if c.isupper())
    for name in names:
        if name:
            initials = Counter(w[0].upper() for w in re.split(r"[\s\-–/]+", name) if w[:1].isalpha())
            if letters and letters <= initials:
                return True
    return False


_LEAD = re.compile(r"^(?:the|a|an|our|their|its|this|that|of|and|by|to)\s+", re.I)
_TAIL = re.compile(r"(?:\s+(?:of|the|and|for|in|de|del|la|du|des|der)|\s*[-–'’])+$", re.I)


def _trim(span: Span) -> tuple[int, int]:
    text = span.text
    start = span.start_char
    while True:
        m = _LEAD.match(text)
        if not m:
            break
        text = text[m.end() :]
        start += m.end()
    text = text[:-2] if text.endswith(("’s", "'s")) else text
    text = _TAIL.sub("", text.rstrip(" ,;:."))
    return start, start + len(text)


def _extend_bracket(text: str, end: int, start: int | None = None) -> int:
    """The end of a name with the bracket after it ("… of Ara (Marxist-Leninist)"), or with
    the closing bracket the name's span left out ("… of Nepal (Revolutionary Masses").

    >>> t = "the Communist Party of Ara (Red Masses) calls"
    >>> t[4:_extend_bracket(t, 26)], t[4:_extend_bracket(t, 38, 4)]
    ('Communist Party of Ara (Red Masses)', 'Communist Party of Ara (Red Masses)')
    """
    if (
        start is not None
        and text[end : end + 1] == ")"
        and text.count("(", start, end) > text.count(")", start, end)
    ):
        return end + 1
    m = re.match(r"\s?\(([^()\n]{1,40})\)", text[end:])
    if m and len(m.group(1).split()) <= 3 and m.group(1)[:1].isupper():
        return end + m.end()
    return end


def _organ_of_network(text: str, end: int) -> bool:
    """True when the name goes on with a network ("Coordinating Committee of the ICOR")."""
    tail = text[end : end + 120]
    m = re.match(r"^\s*(?:of|de|der|des|du)\s+(?:the\s+|la\s+)?", tail, re.I)
    if not m:
        return False
    rest = tail[m.end() :]
    for net in load_networks():
        if any(rest.startswith(a) for a in net.acronyms):
            return True
        if any(rest.lower().startswith(n.lower()[:30]) for n, _ in net.names):
            return True
    return False


#: function words, the articles of the networks' other languages among them ("Le Conseil"):
#: data/patterns/name_words.yaml (org_function_words)
_FUNCTION_WORDS = frozenset(load_name_words().words["org_function_words"])


def _plausible(text: str) -> bool:
    words = text.split()
    if len(words) < 2 or len(words) > 16 or not has_org_head(text):
        return False
    if not words[0][:1].isupper():
        return False
    if is_country(re.sub(r"^the\s+", "", text, flags=re.I)):
        return False  # "the Soviet Union", "the United Arab Emirates": a country, whatever its words
    # names of the networks, and their organs, are not member organisations
    low = text.lower()
    for net in load_networks():
        if any(a in text for a in net.acronyms) or any(n.lower() in low for n, _ in net.names):
            return False
    if _of_places(text):
        return False
    # generic phrases: every capitalised word is a head or a function word
    content = [
        w
        for w in re.findall(r"[^\W\d_]+", text)
        if w.lower() not in org_heads() and w.lower() not in _FUNCTION_WORDS
    ]
    return bool(content)


# "(Marxist-Leninist) Parties and Organisations of the Middle East": a plural head word and the
# places whose parties it gathers
_PLURAL_OF = re.compile(
    r"^(?P<pre>(?:[\w'’-]+\s+){0,4}?)(?:parties|organi[sz]ations|movements|forces|groups)\s+of\s+(?:the\s+)?(?P<place>.+)$",
    re.I,
)
_COMPASS = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:-\w+)?\s+)+", re.I
)


def _of_places(text: str) -> bool:
    """Whether a phrase names the parties of a region or of countries, no organisation:
    "Organisations of the Middle East and North Africa", "Parties of Asia and Europe"; not
    "Union of Communist Parties of Lemuria" (a head word of its own before them).

    >>> _of_places("Organisations of the Middle East and North Africa"), _of_places("Parties of Nepal and India")
    (True, True)
    >>> _of_places("Union of Communist Parties of the Soviet Union"), _of_places("Parties of the Red Dawn")
    (False, False)
    """
    m = _PLURAL_OF.match(text.strip())
    if m is None or any(w.lower() in org_heads() for w in re.findall(r"[^\W\d_]+", m["pre"])):
        return False
    places = [p for p in re.split(r"\s*(?:,|\band\b|&)\s*(?:the\s+)?", m["place"].strip(" .,;")) if p]
    return bool(places) and all(
        is_country(p) or _COMPASS.sub("", p).casefold() in region_words() for p in places
    )


def _is_signoff(text: str, start: int, end: int) -> bool:
    r"""A name standing alone on one of the last lines of a text, after its prose: the author.

    >>> _is_signoff("We call on all workers to unite.\n\nCommunist Party of Utopia\n", 34, 59)
    True
    >>> _is_signoff("The Communist Party of Utopia calls on all workers to unite.", 4, 29)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip(" .,;()"):
        return False
    rest = [ln.strip() for ln in text[line_end:].split("\n") if ln.strip()]
    # at most a dateline or a short slogan may follow the signature
    if len(rest) > 2 or any(len(ln.split()) > 12 for ln in rest):
        return False
    before = text[:line_start].rstrip()
    return bool(before) and before[-1] in '.!?"”'


def _role(text: str, start: int, end: int) -> Role:
    before = text[max(0, start - 120) : start]
    after = text[end : end + 80]
    for role, pre, post in _ROLE_CUES:
        if role is Role.ADDRESSEE:
            line_start = text.rfind("\n", 0, start) + 1
            if pre.search(text[line_start:start]) and text[line_start:start].strip():
                return role
            continue
        m = pre.search(before)
        if m and role is Role.CRITICISED and _VICTIM.search(m.group(0)):
            continue  # "we condemn the attacks on the offices of X": X is attacked, not condemned
        if m and role in (Role.PARTICIPANT, Role.GUEST) and _NOT_THERE.search(after):
            continue  # "a delegate of X could not obtain a visa": X did not take part
        if m or (post.pattern != "^$" and post.search(after)):
            return role
    return Role.MENTIONED


# what follows a name whose delegate was meant to come but did not
_NOT_THERE = re.compile(
    r"^[^.;]{0,40}?\b(?:could\s+not|couldn['’]t|was\s+unable|were\s+unable|was\s+prevented|"
    r"were\s+prevented|did\s+not|was\s+not\s+able|was\s+denied|were\s+denied)\b",
    re.I,
)


# words between "condemn"/"against" and a name that make the name the one attacked
_VICTIM = re.compile(
    r"\b(?:attacks?|assaults?|raids?|repression|persecution|arrests?|murders?|killings?|massacres?"
    r"|bans?|banning|prohibition|harassment|imprisonment|aggression|slander|smear|offensive)\b",
    re.I,
)


#: a name with its acronym in brackets, alone on a line ("Workers' Party of Ara (WPA)")
_NAMED_WITH_ACRONYM = re.compile(r"^(?P<name>[^\W\d_][^()\n]{4,}?)\s*\((?P<acronym>[^()\s]{2,16})\)\s*$")
#: a sign-off line that ends with an acronym after an organ's words, a link or a comma
#: ("Central Committee of the WPA", "Central Committee, WPA", "Централен комитет на РРПБ",
#: "Komîteya Navendî ya PKŞT"): at most five words before it
_ORGAN_ACRONYM = re.compile(r"^(?:[^\W\d_][\w'’.-]*[ \t]*,?[ \t]+){1,5}(?P<acronym>[^\s,()]{2,16})[ \t]*$")


def letterhead_author(source: Document) -> OrgMention | None:
    """The party a text's letterhead names, when its organ signs the text by the party's
    acronym alone: "Workers' Party of Ara (WPA)" on the first line, and "Central Committee
    of the WPA" (or "Central Committee, WPA", "Централен комитет на …", in any language) on
    the last. The letterhead's name is the author's; an acronym-only sign-off says whose.

    >>> text = "Workers' Party of Ara (WPA)\\n\\nStatement\\n\\nStop the war!\\n\\nWe call on the workers.\\n\\nCentral Committee, WPA\\n"
    >>> m = letterhead_author(Document("f", 0, 0, len(text), text, "T"))
    >>> (m.name, m.acronym, m.role.value, m.quote.text)
    ("Workers' Party of Ara", 'WPA', 'author', "Workers' Party of Ara (WPA)")
    >>> letterhead_author(Document("f", 0, 0, len(text) - 5, text[:-5] + "BPA\\n", "T")) is None
    True
    """
    text = source.text
    lines = [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip())
        for m in re.finditer(r"[^\n]+", text)
        if m.group().strip()
    ]
    if len(lines) < 3:
        return None
    head_at, head = lines[0]
    named = _NAMED_WITH_ACRONYM.match(head)
    title = source.title_quote
    if named is None or not is_acronym(named["acronym"]):
        return None
    if title is not None and title.start - source.start <= head_at:
        return None  # the line is the title, no letterhead above it
    # the sign-off: one of the last three lines (a dateline or a slogan may follow it)
    if not any(
        (signed := _ORGAN_ACRONYM.match(last)) is not None
        and signed["acronym"] == named["acronym"]
        and _is_signoff(text, last_at, last_at + len(last))
        for last_at, last in lines[max(1, len(lines) - 3) :]
    ):
        return None
    parsed = parse_entry(head)
    if not parsed.name or parsed.acronym != named["acronym"]:
        return None
    quote = Quote(source.start + head_at, source.start + head_at + len(head), head)
    return OrgMention(
        doc_id=source.doc_id,
        quote=quote,
        name=parsed.name,
        role=Role.AUTHOR,
        acronym=parsed.acronym,
        native_name=parsed.native_name,
        native_lang=parsed.native_lang,
        country=parsed.country.code if parsed.country else None,
        country_quote=_locate(quote, parsed.country.text) if parsed.country else None,
    )
