"""Frozen records that cross stage boundaries.

Every stage consumes and produces these plain records; spaCy objects never leave
``nlp`` and ``extract``, rdflib objects never leave ``rdf``.  Character offsets are
always offsets in the *source file's decoded text*, so that evidence can be quoted
from the file a user opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One input file, decoded to text."""

    path: str  # as given by the user (for messages)
    name: str  # file name, e.g. ``004_55d33ac6f5b697e4.txt``
    text: str  # decoded text; all offsets refer to it
    encoding: str
    sha256: str  # of the raw bytes
    media_type: str = "text/plain"  # text/plain, text/markdown, text/html

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0] if "." in self.name else self.name


@dataclass(frozen=True, slots=True)
class Quote:
    """A span of a source file's text: the evidence for a statement."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """One text (statement, resolution, appeal, article …) inside a source file."""

    file: str  # source file name
    index: int  # position of the document within the file, from 0
    start: int  # span in the file's text
    end: int
    text: str  # == file text[start:end]
    title: str
    title_quote: Quote | None = None
    date: str | None = None  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    date_quote: Quote | None = None
    kind: str | None = None  # declaration, resolution, appeal, statement, article …
    # regions of the text that are not prose: (start, end) in file offsets,
    # e.g. navigation lines kept inside the span
    skipped: tuple[tuple[int, int], ...] = ()
    # passages of the file outside the document's span that speak for it: the cover note of
    # an e-mail that carries it ("… three documents adopted by the ICOR"); a document that
    # names no network belongs to the one they name
    context: tuple[Quote, ...] = ()

    @property
    def stem(self) -> str:
        return self.file.rsplit(".", 1)[0] if "." in self.file else self.file

    @property
    def doc_id(self) -> str:
        """Stable identifier: ``<file-stem>-<n>``."""
        return f"{self.stem}-{self.index}"


class Role(StrEnum):
    """What an organisation is to a document."""

    SIGNATORY = "signatory"
    PARTICIPANT = "participant"
    MEMBER = "member"
    GUEST = "guest"
    AUTHOR = "author"
    ADDRESSEE = "addressee"
    CRITICISED = "criticised"
    MENTIONED = "mentioned"


#: The kinds of event a document may refer to (``mg:eventType``).
EVENT_TYPES = (
    "coup",
    "protest",
    "revolution",
    "war",
    "attack",
    "disaster",
    "election",
    "death",
    "anniversary",
    "crisis",
    "congress",
    "founding",
    "law",
    "meeting",
    "other",
)

#: Roles that make an organisation a participant of the document's network.
PARTICIPATING_ROLES = frozenset({Role.SIGNATORY, Role.PARTICIPANT, Role.MEMBER})


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organisation as one document names it."""

    doc_id: str
    quote: Quote  # the whole entry or phrase
    name: str  # English name as written (or the only name given)
    role: Role
    acronym: str | None = None
    native_name: str | None = None
    native_lang: str | None = None  # BCP 47 tag of native_name, where known
    other_names: tuple[tuple[str, str | None], ...] = ()  # (label, lang) variants
    country: str | None = None  # ISO 3166-1 alpha-2
    country_quote: Quote | None = None
    list_id: str | None = None  # the signatory/delegation list it came from
    #: the networks a note on the entry says it belongs to ("…, Germany – ICOR", "… – not a
    #: member of either network"): None without such a note (the document's networks), ()
    #: for none
    networks: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class NetworkMention:
    """A network (ICMLPO, ICOR, RIM) named in a document."""

    doc_id: str
    quote: Quote
    network: str  # key of the reference data: ICMLPO, ICOR, RIM


@dataclass(frozen=True, slots=True)
class ConferenceMention:
    """A meeting of a network the document names or reports."""

    doc_id: str
    quote: Quote
    label: str
    network: str | None  # ICMLPO, ICOR, RIM, or None when unknown
    kind: str  # plenary, world-conference, founding-conference, conference, meeting
    ordinal: int | None = None
    date: str | None = None
    place: str | None = None  # ISO country code, where stated
    region: str | None = None  # a continental conference's continent: africa, americas, asia-pacific, europe
    adopted: bool = False  # a line says the text was adopted there ("Adopted by the 3rd World Conference …")


@dataclass(frozen=True, slots=True)
class CountryMention:
    doc_id: str
    quote: Quote
    country: str  # ISO 3166-1 alpha-2


@dataclass(frozen=True, slots=True)
class EventMention:
    """A historical or political event a document refers to."""

    doc_id: str
    quote: Quote
    label: str  # normalised English label, e.g. "2009 Honduran coup d'état"
    type: str  # coup, protest, revolution, war, election, death, anniversary, crisis, congress, founding
    date: str | None = None  # ISO 8601, as precise as the text allows
    country: str | None = None
    stance: str | None = None  # "condemns", "supports" or None
    key: str | None = None  # resolution key, e.g. "coup-HN-2009"
    #: the named place a massacre is told at ("the massacre of X", "masacraron … en X"): two
    #: massacres of one country and year at two places are two events (resolve/events.py)
    place: str | None = None


@dataclass(frozen=True, slots=True)
class PersonMention:
    doc_id: str
    quote: Quote
    name: str


@dataclass(frozen=True, slots=True)
class DocumentAnalysis:
    """Everything extracted from one document, ready for resolution."""

    document: Document
    networks: tuple[str, ...] = ()  # networks the document is attributed to
    network_quote: Quote | None = None
    issuer: str | None = None  # label of the issuer as named
    issuer_quote: Quote | None = None
    organisations: tuple[OrgMention, ...] = ()
    network_mentions: tuple[NetworkMention, ...] = ()
    conferences: tuple[ConferenceMention, ...] = ()
    adopted_at: int | None = None  # index into conferences
    countries: tuple[CountryMention, ...] = ()
    events: tuple[EventMention, ...] = ()
    persons: tuple[PersonMention, ...] = ()
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing after resolution, with its labels."""

    key: str  # IRI slug, e.g. ``org/communist-league-of-chile-cl``
    kind: str  # org, person, event, conference, country, network
    label: str
    alt_labels: tuple[tuple[str, str | None], ...] = ()
    acronyms: tuple[str, ...] = ()
    country: str | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())
    label_lang: str = "en"  # the language of ``label``: a name known only natively keeps its own


@dataclass(frozen=True, slots=True)
class ResolvedEvent:
    """One real event across documents, with the mentions that name it."""

    key: str  # IRI slug under id/event/, e.g. ``coup-hn-2009``
    label: str  # canonical label, English unless ``label_lang`` says otherwise
    type: str
    date: str | None
    country: str | None
    mentions: tuple[EventMention, ...]
    #: (name, language): a mention's English label, or its quoted words in the language of
    #: the document they are quoted from ("grève"@fr, "протести"@uk)
    alt_labels: tuple[tuple[str, str], ...] = ()
    #: the language of ``label``: English, but an event known by its own name in a text of
    #: another language is labelled by the words it quotes ("Semaine sanglante"@fr)
    label_lang: str = "en"


@dataclass(frozen=True, slots=True)
class ResolvedPerson:
    """One real person across documents."""

    key: str  # IRI slug under id/person/
    label: str  # the fullest name seen
    mentions: tuple[PersonMention, ...]
    alt_labels: tuple[str, ...] = ()
