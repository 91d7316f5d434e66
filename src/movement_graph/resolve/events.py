"""Resolve event mentions across documents: one node per real event.

Mentions are the same event when they share a resolution key, or when their label or
quoted text is an alias of the same gazetteer entry ("October Revolution" and
"Russian October Revolution").  The node takes the gazetteer's label, type, date and
country where there is an entry; otherwise the most frequent label and type, the most
precise date consistent with the others (where they disagree, the earliest precise one:
mentions of July and of 5 August start in July), and the most frequent country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from datetime import date as _day
from pathlib import Path

from ..extract.events import HistoricalEvent, fall_surname, load_historical_events, normalise_alias
from ..model import EventMention, ResolvedEvent
from ..reference import load_event_words
from ..vocab import slugify


def _alias_index(gazetteer: Iterable[HistoricalEvent]) -> dict[str, HistoricalEvent]:
    index: dict[str, HistoricalEvent] = {}
    for entry in gazetteer:
        for alias in (entry.label, *entry.aliases):
            index.setdefault(normalise_alias(alias), entry)
    return index


def _best_date(dates: Iterable[str | None]) -> str | None:
    """The most precise date that agrees with the most mentions; where the mentions of
    that year disagree, the earliest precise one: an event starts when its first mention
    says (a month before a year alone, the first day of the earliest month).

    >>> _best_date(["2009", "2009-06-12", None, "2009-06"])
    '2009-06-12'
    >>> _best_date(["2024-07", "2024-08-05"])
    '2024-07'
    >>> _best_date(["2024", "2024-08-05", "2024-08-09"])
    '2024-08-05'
    """
    values = [d for d in dates if d]
    if not values:
        return None
    years = Counter(d[:4] for d in values)
    year = min(years, key=lambda y: (-years[y], y))
    precise = sorted({d for d in values if d.startswith(year) and len(d) >= 7}, key=lambda d: (-len(d), d))
    if not precise:
        return year
    for d in precise:
        if all(d.startswith(o) or o.startswith(d) for o in precise):
            return d
    month = min(d[:7] for d in precise)
    days = sorted(d for d in precise if d.startswith(month) and len(d) == 10)
    return days[0] if days else month


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _join_surnames(groups: dict[str, list[EventMention]], known: Container[str]) -> None:
    """A death named by a surname alone ("death-of-gandhi") joins the one death whose
    person has that surname ("death-of-indira-gandhi"); with two such deaths it stays apart.
    So does the fall of a ruler's regime ("fall-of-the-hasina-regime").
    A gazetteer's key ("death-of-lenin") is kept, and the fuller one joins it.
    """
    # (the fall of a regime is keyed by its ruler's surname already: _split_rulers)
    for prefix, suffix in (("death-of-", ""),):
        named = [k for k in groups if k.startswith(prefix) and k.endswith(suffix)]
        for key in named:
            surname = key.removeprefix(prefix).removesuffix(suffix)
            if "-" in surname or key not in groups:
                continue
            fuller = [
                k
                for k in named
                if k != key and k.removesuffix(suffix).endswith(f"-{surname}") and k in groups
            ]
            if len(fuller) == 1:
                if key in known:
                    groups[key].extend(groups.pop(fuller[0]))
                else:
                    groups[fuller[0]].extend(groups.pop(key))


#: the kinds of event whose key (country and year) may hold two events of one year: two coups
#: ("the coup of 24 January 2022, then the one of 30 September 2022"), two massacres, two
#: disasters of one kind (two mine disasters of one year, months apart: a disaster is told
#: with its day)
_DAY_SPLIT = ("coup-", "attack-", "disaster-")
#: days of one key further apart than this are two events
_DAY_GAP = 7
#: general strikes of one country and year with days further apart than this are two
#: strikes ("the general strike of 25 June …, the fourth one on 25 September"); a movement's
#: protests are not split (one movement is told with the days of its marches), nor a strike
#: told with days within a month (an indefinite strike's start and a day of it)
_STRIKE_GAP = 30


#: the words around the ruler's name in the label of a regime's fall (extract/events.py)
_FALL_OPEN, _FALL_CLOSE = "Fall of the ", " regime"


def _ruler(m: EventMention) -> str | None:
    """The ruler's name as the label of the fall of a regime writes it."""
    if not m.label.startswith(_FALL_OPEN) or _FALL_CLOSE not in m.label:
        return None
    return m.label[len(_FALL_OPEN) : m.label.rindex(_FALL_CLOSE)]


def _given_names(ruler: str) -> frozenset[str]:
    """The words of a ruler's name before the surname ("Omar" of "Omar al-Bashir")."""
    surname = fall_surname(ruler)
    words = ruler[: ruler.rfind(surname)].split() if surname in ruler else ruler.split()[:-1]
    return frozenset(w.casefold().strip("-") for w in words if w[:1].isupper())


def _split_rulers(groups: dict[str, list[EventMention]], known: Container[str]) -> None:
    """The falls of two rulers of one country with one surname ("the Mahinda X regime", "the
    Gotabaya X regime") share their key: two falls, each keyed by its ruler's fuller name;
    the mentions by the surname alone stay on the surname's key. First names that share a
    word ("Omar al-Bashir", "Omar Hassan al-Bashir") are one ruler."""
    for key in [k for k in groups if k.startswith("fall-of-the-") and k not in known]:
        clusters: list[tuple[set[str], list[EventMention]]] = []
        rest: list[EventMention] = []
        for m in groups[key]:
            ruler = _ruler(m)
            given = _given_names(ruler) if ruler else frozenset()
            if not given:
                rest.append(m)
                continue
            joined = [c for c in clusters if c[0] & given]
            names, ms = set(given), [m]
            for c in joined:
                names |= c[0]
                ms += c[1]
                clusters.remove(c)
            clusters.append((names, ms))
        if len(clusters) < 2:
            continue
        groups[key] = rest
        tail = key.removeprefix("fall-of-the-").split("-regime", 1)[1]
        for _names, ms in clusters:
            ruler = max((_ruler(m) or "" for m in ms), key=len)
            groups.setdefault(f"fall-of-the-{slugify(ruler)}-regime{tail}", []).extend(ms)
        if not rest:
            del groups[key]


def _fullest(labels: Iterable[str]) -> str | None:
    """The longest of ``labels`` (a regime's fall by its ruler's fullest name), then the
    most frequent."""
    counts = Counter(v for v in labels if v)
    return min(counts, key=lambda v: (-len(v), -counts[v], v)) if counts else None


def _strikes_only(ms: list[EventMention]) -> bool:
    """Every mention of a protest key told with a day is a general strike's."""
    dated = [m for m in ms if m.date and len(m.date) == 10]
    return len(dated) >= 2 and all("general strike" in m.label for m in dated)


def _split_distinct_days(groups: dict[str, list[EventMention]], known: Container[str]) -> None:
    """Split a key's mentions (not a gazetteer entry's) of a coup, attack or disaster told
    with days weeks apart, or of general strikes told with days months apart, into one
    group per day, keyed with it ("coup-xx-2022-01-24", "coup-xx-2022-09-30"); a mention
    dated only by its year or month joins the first day it fits. A key whose mentions name
    one day, or none, is left whole, so the same event dated more or less precisely in other
    texts still joins it."""
    for key in [k for k in groups if k not in known]:
        ms = groups[key]
        if key.startswith(_DAY_SPLIT):
            gap = _DAY_GAP
        elif key.startswith("protest-") and _strikes_only(ms):
            gap = _STRIKE_GAP
        else:
            continue
        days = sorted({m.date for m in ms if m.date and len(m.date) == 10})
        clusters: list[list[str]] = []
        for d in days:
            if clusters and (_day.fromisoformat(d) - _day.fromisoformat(clusters[-1][-1])).days <= gap:
                clusters[-1].append(d)
            else:
                clusters.append([d])
        if len(clusters) < 2:
            if key.startswith(_DAY_SPLIT) and len(days) < 2:
                _split_distinct_months(groups, key)
            continue
        split: dict[str, list[EventMention]] = {}
        for m in ms:
            home = next((c for c in clusters if m.date and m.date in c), None)
            if home is None:
                # a month joins the first cluster with a day in it (one may run from 28
                # September to 2 October), a year the first cluster
                home = next(
                    (c for c in clusters if m.date and any(d.startswith(m.date) for d in c)), clusters[0]
                )
            split.setdefault(f"{key}-{home[0]}", []).append(m)
        del groups[key]
        groups.update(split)


def _place_key(place: str) -> str:
    return slugify(place)


def _split_places(groups: dict[str, list[EventMention]], known: Container[str]) -> None:
    """Split a key's mentions (not a gazetteer entry's) of a massacre told at two named
    places into one group per place, keyed with it ("attack-xx-2019-a", "attack-xx-2019-b"):
    when the places' days differ, or one text tells both without days. Places told on one
    day are one event named by two of its places. A mention that names no place
    joins the place told on its day, else the first place (by its earliest date), so the
    same massacre told with and without its place stays one.

    >>> from movement_graph.model import Quote
    >>> def m(doc, date, place):
    ...     return EventMention(doc, Quote(0, 8, "massacre"), "m", "attack", date, "XX", key="attack-xx-2019", place=place)
    >>> g = {"attack-xx-2019": [m("a", "2019-11-15", "Aa"), m("a", "2019-11-19", "Bb"), m("b", "2019-11-19", None)]}
    >>> _split_places(g, set())
    >>> sorted((k, [x.date for x in v]) for k, v in g.items())
    [('attack-xx-2019-aa', ['2019-11-15']), ('attack-xx-2019-bb', ['2019-11-19', '2019-11-19'])]
    >>> g = {"attack-xx-2019": [m("a", "2019-11-15", "Aa"), m("b", "2019-11", None)]}
    >>> _split_places(g, set())
    >>> list(g)
    ['attack-xx-2019']
    """
    for key in [k for k in groups if k.startswith("attack-") and k not in known]:
        ms = groups[key]
        clusters: list[tuple[set[str], list[EventMention]]] = []
        for m in ms:
            if not m.place:
                continue
            pk = _place_key(m.place)
            home = next((c for c in clusters if pk in c[0]), None)
            if home is None:
                clusters.append(({pk}, [m]))
            else:
                home[1].append(m)
        if len(clusters) < 2:
            continue

        def days(c: tuple[set[str], list[EventMention]]) -> set[str]:
            return {m.date for m in c[1] if m.date and len(m.date) == 10}

        def docs(c: tuple[set[str], list[EventMention]]) -> set[str]:
            return {m.doc_id for m in c[1]}

        merged = True
        while merged:
            merged = False
            for i, a in enumerate(clusters):
                for b in clusters[i + 1 :]:
                    # one massacre told on one day at two of its places ("la masacre de X, …,
                    # cuando el ejército asesinó … en la Plaza Y"), or by two texts that give
                    # no days apart
                    if days(a) & days(b) or (days(a) == days(b) and not docs(a) & docs(b)):
                        a[0].update(b[0])
                        a[1].extend(b[1])
                        clusters.remove(b)
                        merged = True
                        break
                if merged:
                    break
        if len(clusters) < 2:
            continue
        clusters.sort(key=lambda c: min((m.date or "9999") for m in c[1]))
        split: dict[str, list[EventMention]] = {}
        names = [f"{key}-{_place_key(next(m.place for m in c[1] if m.place))}" for c in clusters]
        for m in ms:
            if m.place:
                i = next(i for i, c in enumerate(clusters) if _place_key(m.place) in c[0])
            else:
                i = next((i for i, c in enumerate(clusters) if m.date and m.date in days(c)), 0)
            split.setdefault(names[i], []).append(m)
        del groups[key]
        groups.update(split)


def _split_distinct_months(groups: dict[str, list[EventMention]], key: str) -> None:
    """Split a coup's, attack's or disaster's key whose mentions give months (and at most one
    day) more than a month apart, two of them in one text, into one group per month ("the
    two coups in X in January and September 2022"); a mention dated only by its year joins
    the first month."""
    ms = groups[key]
    months = sorted({m.date[:7] for m in ms if m.date and len(m.date) >= 7})
    clusters: list[list[str]] = []
    for mo in months:
        n = int(mo[:4]) * 12 + int(mo[5:7])
        if clusters and n - (int(clusters[-1][-1][:4]) * 12 + int(clusters[-1][-1][5:7])) <= 1:
            clusters[-1].append(mo)
        else:
            clusters.append([mo])
    if len(clusters) < 2:
        return
    # only when one text tells both: two texts may date one event a few months apart
    told: dict[str, set[int]] = {}
    for m in ms:
        for i, c in enumerate(clusters):
            if m.date and m.date[:7] in c:
                told.setdefault(m.doc_id, set()).add(i)
    if not any(len(ix) > 1 for ix in told.values()):
        return
    split: dict[str, list[EventMention]] = {}
    for m in ms:
        home = next((c for c in clusters if m.date and m.date[:7] in c), clusters[0])
        split.setdefault(f"{key}-{home[0]}", []).append(m)
    del groups[key]
    groups.update(split)


def _other_names(
    ms: Iterable[EventMention], label: str, languages: Mapping[str, str]
) -> list[tuple[str, str]]:
    """The event's other names, each with its language: the words a mention quotes, in its
    document's language, and its label, in English where the rules wrote it and in the
    document's language where it copies the quoted words ("Paro Nacional" from "el Paro
    Nacional"); the same words from texts of two languages are a name in each; not the
    node's own label.

    >>> from movement_graph.model import Quote
    >>> ms = [
    ...     EventMention("fr-0", Quote(0, 14, "grève générale"), "2019 strike in France", "protest"),
    ...     EventMention("en-0", Quote(0, 6, "strike"), "2019 strike in France", "protest"),
    ...     EventMention("es-0", Quote(0, 16, "el Paro Nacional"), "Paro Nacional", "protest"),
    ... ]
    >>> _other_names(ms, "2019 strike in France", {"fr-0": "fr", "es-0": "es"})
    [('Paro Nacional', 'es'), ('el Paro Nacional', 'es'), ('grève générale', 'fr'), ('strike', 'en')]
    """
    names: set[tuple[str, str]] = set()
    for m in ms:
        lang = languages.get(m.doc_id, "en")
        quote, written = " ".join(m.quote.text.split()), " ".join(m.label.split())
        names.add((quote, lang))
        names.add((written, lang if written.casefold() in quote.casefold() else "en"))
    return sorted((name, lang) for name, lang in names if name != label)


#: the first words of an invasion's mention (event_words.yaml): _new_war
_INVASION_WORDS = frozenset(load_event_words().words["invasion_words"])


def _new_war(entry: HistoricalEvent, m: EventMention) -> bool:
    """An invasion the rules label by its country alone ("War in Syria"), begun on a day of
    another year than the well-known war that label names ("on 9 October 2019 the regime
    began its invasion of North and East Syria"): a war of its own, not that entry; not "the
    war" its sentence dates by another event's day.

    >>> from movement_graph.model import Quote
    >>> e = HistoricalEvent("syrian-war", "Syrian war", ("War in Syria",), "war", "2011-03-15", "SY")
    >>> m = EventMention("d", Quote(0, 8, "invasion"), "War in Syria", "war", "2019-10-09", "SY")
    >>> _new_war(e, m), _new_war(e, EventMention("d", Quote(0, 6, "guerra"), "War in Syria", "war", "2015-09-30", "SY"))
    (True, False)
    """
    words = m.quote.text.split()
    return (
        m.type == "war"
        and bool(words)
        and words[0].casefold() in _INVASION_WORDS
        and m.date is not None
        and len(m.date) == 10
        and entry.date is not None
        and m.date[:4] != entry.date[:4]
    )


def resolve_events(
    mentions: Iterable[EventMention],
    *,
    gazetteer: Path | None = None,
    languages: Mapping[str, str] | None = None,
) -> list[ResolvedEvent]:
    """Group event mentions into one ``ResolvedEvent`` per real event.

    Parameters
    ----------
    mentions:
        event mentions from any number of documents.
    gazetteer:
        the table of well-known events (``data/reference/historical_events.csv`` by default).
    languages:
        each document's language (document id -> BCP 47 tag), which tags the words a
        mention quotes from it; a document not in it is English.

    Returns
    -------
    list[ResolvedEvent]
        sorted by key; each node's mentions sorted by document and offset.
    """
    entries = load_historical_events(gazetteer)
    by_key = {e.key: e for e in entries}
    aliases = _alias_index(entries)
    groups: dict[str, list[EventMention]] = {}
    for m in mentions:
        entry = by_key.get(m.key or "")
        if entry is None:
            entry = aliases.get(normalise_alias(m.label)) or aliases.get(normalise_alias(m.quote.text))
            if entry is not None and entry.type != m.type and m.type != "other":
                entry = None  # "the October Revolution" named as an anniversary is not the revolution
            if entry is not None and _new_war(entry, m):
                entry = None
        key = entry.key if entry is not None else (m.key or slugify(f"{m.type}-{m.label}"))
        groups.setdefault(slugify(key), []).append(m)
    _join_surnames(groups, by_key)
    _split_rulers(groups, by_key)
    _split_places(groups, by_key)
    _split_distinct_days(groups, by_key)
    resolved: list[ResolvedEvent] = []
    for key in sorted(groups):
        ms = sorted(groups[key], key=lambda m: (m.doc_id, m.quote.start, m.quote.end))
        entry = by_key.get(key) or next((by_key[m.key] for m in ms if m.key and m.key in by_key), None)
        if entry is not None:
            label, etype, country = entry.label, entry.type, entry.country
            date = _best_date(
                [
                    entry.date,
                    *(m.date for m in ms if m.date and entry.date and m.date[:4] == entry.date[:4]),
                ]
            )
            if entry.date and date and not (date.startswith(entry.date) or entry.date.startswith(date)):
                date = entry.date  # mentions that disagree with the gazetteer's day: its day
        else:
            label = (
                _fullest(m.label for m in ms)
                if key.startswith("fall-of-the-")
                else _most_common(m.label for m in ms)
            ) or key
            etype = _most_common(m.type for m in ms) or "other"
            country = _most_common(m.country for m in ms)
            date = _best_date(m.date for m in ms)
        alt = _other_names(ms, label, languages or {})
        label_lang = "en" if entry is not None else _label_language(ms, label, languages or {})
        resolved.append(
            ResolvedEvent(
                key=key,
                label=label,
                type=etype,
                date=date,
                country=country,
                mentions=tuple(ms),
                alt_labels=tuple(alt),
                label_lang=label_lang,
            )
        )
    return resolved


def _label_language(ms: Sequence[EventMention], label: str, languages: Mapping[str, str]) -> str:
    """The language of an event's label: that of a document of another language than
    English whose mention it labels with the very words it quotes (a name of its own, "la
    Semaine sanglante" labelled "Semaine sanglante"), else English (a label the rules
    compose, "2013 shipwreck in Italy", or a gazetteer's).

    >>> from movement_graph.model import Quote
    >>> q = Quote(0, 20, "la Semaine sanglante")
    >>> m = EventMention("d", q, "Semaine sanglante", "attack")
    >>> _label_language([m], "Semaine sanglante", {"d": "fr"}), _label_language([m], "Semaine sanglante", {})
    ('fr', 'en')
    >>> _label_language([EventMention("d", q, "Bloody Week", "attack")], "Bloody Week", {"d": "fr"})
    'en'
    """
    folded = label.casefold()
    for m in ms:
        lang = languages.get(m.doc_id, "en")
        if lang != "en" and m.label == label and folded in m.quote.text.casefold():
            return lang
    return "en"


__all__ = ["resolve_events"]
