"""Resolution: one node per real-world thing across all documents.

``resolve`` takes every document's analysis and returns plain records: organisations
(``resolve.organisations``), conferences, events (``resolve.events``) and persons
(``resolve.persons``), with the mapping from each mention to its node.  The curation
file (``data/curation.yaml``) is applied here, on every build.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..extract.networks import conference_label
from ..model import (
    ConferenceMention,
    DocumentAnalysis,
    EventMention,
    PersonMention,
    ResolvedEvent,
    ResolvedPerson,
)
from ..vocab import slugify
from .organisations import Curation, OrgForms, OrgResolution, resolve_organisations


@dataclass(frozen=True, slots=True)
class ResolvedConference:
    key: str  # slug under id/conference/
    label: str
    network: str | None
    kind: str
    ordinal: int | None
    date: str | None
    mentions: tuple[ConferenceMention, ...]
    place: str | None = None
    region: str | None = None  # a continental conference's continent


@dataclass(frozen=True, slots=True)
class Resolution:
    orgs: OrgResolution
    conferences: tuple[ResolvedConference, ...]
    conference_key: Mapping[ConferenceMention, str]
    events: tuple[ResolvedEvent, ...]
    event_key: Mapping[EventMention, str]
    persons: tuple[ResolvedPerson, ...]
    person_key: Mapping[PersonMention, str]


def resolve_conferences(
    mentions: Sequence[ConferenceMention],
) -> tuple[tuple[ResolvedConference, ...], dict[ConferenceMention, str]]:
    """One node per meeting: same network, kind and ordinal, or same network, kind and a date one refines.

    A continental conference is also of one continent ("ICOR Africa 2nd continental
    conference" is not the 2nd of ICOR Europe).  One named without its continent ("the
    2nd Continental Conference") is of the one continent whose conference of that number
    the mentions name, and of none (a node of its own) when they name several or none.
    """
    # the continents of each numbered conference the mentions name
    continents: dict[tuple[str | None, str, int], set[str]] = {}
    for m in mentions:
        if m.region and m.ordinal is not None:
            continents.setdefault((m.network, m.kind, m.ordinal), set()).add(m.region)

    def region_of(m: ConferenceMention) -> str | None:
        if m.region or m.ordinal is None:
            return m.region
        known = continents.get((m.network, m.kind, m.ordinal), set())
        return next(iter(known)) if len(known) == 1 else None

    groups: list[list[ConferenceMention]] = []
    group_docs: list[set[str]] = []  # the documents of each group, for the same-document test
    group_regions: list[str | None] = []  # the continent of each group, once one is known
    for m in sorted(
        mentions,
        key=lambda c: (c.network or "", c.kind, c.ordinal or 0, -len(c.date or ""), c.doc_id, c.quote.start),
    ):
        region = region_of(m)
        for i, (g, docs) in enumerate(zip(groups, group_docs, strict=True)):
            h = g[0]
            if (h.network, h.kind) != (m.network, m.kind):
                continue
            same_dates = bool(m.date and h.date and (h.date.startswith(m.date) or m.date.startswith(h.date)))
            same_region = region == group_regions[i]
            # two unnumbered meetings of one month held in two countries are two meetings
            # (the regional meetings of two continents, each dated by its report's month)
            places = {x.place for x in g if x.place}
            other_place = bool(m.place and places and m.place not in places)
            # one document naming a meeting twice, once by number and once by date (and
            # once by its continent, once not)
            same_doc = (
                m.doc_id in docs
                and (m.ordinal is None or h.ordinal is None)
                and (same_dates or not (m.date and h.date))
                and (same_region or region is None or group_regions[i] is None)
            )
            if (
                m.kind == "founding-conference"
                or (m.ordinal is not None and m.ordinal == h.ordinal and same_region)
                or (
                    m.ordinal is None and h.ordinal is None and same_dates and same_region and not other_place
                )
                or (same_doc and not other_place)
            ):
                g.append(m)
                docs.add(m.doc_id)
                group_regions[i] = group_regions[i] or region
                break
        else:
            if m.ordinal is None and m.date is None and m.kind != "founding-conference":
                continue  # an undated, unnumbered meeting cannot be told from others
            groups.append([m])
            group_docs.append({m.doc_id})
            group_regions.append(region)
    # groups that come to the same key are one meeting: an unnumbered mention joined to
    # the number named in its document, and the same number named alone elsewhere
    by_key: dict[str, list[ConferenceMention]] = {}
    region_of_key: dict[str, str | None] = {}
    for g, region in zip(groups, group_regions, strict=True):
        h = g[0]
        ordinal = next((m.ordinal for m in g if m.ordinal is not None), None)
        parts = [h.network or "unknown", h.kind, region or ""]
        if h.kind != "founding-conference":
            parts.append(str(ordinal) if ordinal is not None else (_meeting_date(g) or ""))
        key = slugify("-".join(p for p in parts if p))
        by_key.setdefault(key, []).extend(g)
        region_of_key[key] = region
    out: list[ResolvedConference] = []
    key_of: dict[ConferenceMention, str] = {}
    for key, g in by_key.items():
        h = g[0]
        date = _meeting_date(g)
        ordinal = next((m.ordinal for m in g if m.ordinal is not None), None)
        region = region_of_key[key]
        label = conference_label(h.network, h.kind, ordinal, date, region)
        place = next((m.place for m in g if m.place), None)
        rc = ResolvedConference(key, label, h.network, h.kind, ordinal, date, tuple(g), place, region)
        out.append(rc)
        for m in g:
            key_of[m] = key
    return tuple(sorted(out, key=lambda c: c.key)), key_of


def _meeting_date(group: Sequence[ConferenceMention]) -> str | None:
    """One date for a meeting its mentions date differently.

    The dates given with its number count before those of unnumbered mentions; among
    them the year most mentions give, then the most precise date of that year.

    >>> from movement_graph.model import Quote
    >>> def m(o, d): return ConferenceMention("d", Quote(0, 1, "P"), "P", "ICMLPO", "plenary", o, d)
    >>> _meeting_date([m(None, "2021-10"), m(26, "2022-11"), m(26, "2022")])
    '2022-11'
    """
    numbered = [m.date for m in group if m.date and m.ordinal is not None]
    dates = numbered or [m.date for m in group if m.date]
    if not dates:
        return None
    years = Counter(d[:4] for d in dates)
    year = min(years, key=lambda y: (-years[y], y))
    return max((d for d in dates if d.startswith(year)), key=lambda d: (len(d), d))


#: what event resolution reads of a mention (``resolve_events``): two mentions with the
#: same form resolve alike, in whichever document
_EventForm = tuple[str | None, str, str, str, str | None, str | None, str | None]


def _event_form(m: EventMention) -> _EventForm:
    return (m.key, m.label, m.quote.text, m.type, m.date, m.country, m.place)


class EventKeys(Mapping[EventMention, str]):
    """Event mention -> event key, looked up by the mention's form (``_event_form``).

    Held per form, not per mention: resolution keeps one mention of each form, and a
    large archive repeats its references to the same events in the same words.

    >>> from movement_graph.model import Quote
    >>> m = EventMention("d1", Quote(0, 4, "coup"), "coup", "coup", "1973-09-11", "CL")
    >>> keys = EventKeys({_event_form(m): "coup-cl-1973"})
    >>> keys.get(EventMention("d2", Quote(9, 13, "coup"), "coup", "coup", "1973-09-11", "CL"))
    'coup-cl-1973'
    """

    def __init__(self, by_form: dict[_EventForm, str]) -> None:
        self._by_form = by_form

    def __getitem__(self, m: EventMention) -> str:
        return self._by_form[_event_form(m)]

    def __contains__(self, m: object) -> bool:
        return isinstance(m, EventMention) and _event_form(m) in self._by_form

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise TypeError("EventKeys is looked up by mention; it does not list mentions")

    def __len__(self) -> int:
        return len(self._by_form)


def resolve(analyses: Iterable[DocumentAnalysis], curation: Curation | None = None) -> Resolution:
    """Resolve every mention of every document into nodes.

    One pass over ``analyses`` (records may be read from disk as they come): organisation
    mentions are kept as their distinct forms (``OrgForms``), event mentions as the first
    mention of each form (what their resolution reads; ``EventKeys`` looks the others up
    by form, so a resolved event's ``mentions`` hold that first one for each of its
    mentions); conference and person mentions, a few per document, are kept whole.
    """
    org_forms = OrgForms()
    conf_mentions: list[ConferenceMention] = []
    ev_mentions: list[EventMention] = []
    # the first mention of each event form stands for the others (``EventKeys``)
    ev_forms: dict[_EventForm, EventMention] = {}
    p_mentions: list[PersonMention] = []
    # the languages of the documents whose event words are kept (they tag those words)
    ev_languages: dict[str, str] = {}
    for a in analyses:
        org_forms.add(a.organisations)
        conf_mentions += a.conferences
        for em in a.events:
            kept = ev_forms.setdefault(_event_form(em), em)
            ev_mentions.append(kept)
            if kept is em and a.language != "en":
                ev_languages[em.doc_id] = a.language
        p_mentions += a.persons
    del ev_forms
    orgs = resolve_organisations(org_forms, curation)
    confs, conf_key = resolve_conferences(conf_mentions)
    events: tuple[ResolvedEvent, ...] = ()
    event_key: Mapping[EventMention, str] = EventKeys({})
    persons: tuple[ResolvedPerson, ...] = ()
    person_key: dict[PersonMention, str] = {}
    if ev_mentions:
        from .events import resolve_events

        events = tuple(sorted(resolve_events(ev_mentions, languages=ev_languages), key=lambda e: e.key))
        event_key = EventKeys({_event_form(m): e.key for e in events for m in e.mentions})
    if p_mentions:
        from .persons import resolve_persons

        persons = tuple(sorted(resolve_persons(p_mentions), key=lambda p: p.key))
        person_key = {m: p.key for p in persons for m in p.mentions}
    return Resolution(orgs, confs, conf_key, events, event_key, persons, person_key)
