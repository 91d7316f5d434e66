"""Resolve person mentions across documents: one node per real person.

A name whose words are a subset of a longer name with the same surname is that
person ("Carlos Pérez" of "Juan Carlos Pérez", "Lenin" of "Vladimir Ilyich Lenin"),
when exactly one fullest name contains it; otherwise the names stay apart.  A name and the
same name with one more surname after it ("Pedro Castillo", "Pedro Castillo Terrones") are
one person when every text that gives the shorter also gives the longer.  Names are
compared without case or accents ("Chavez" is "Chávez").  The key is the slug of the
fullest name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model import PersonMention, ResolvedPerson
from ..vocab import slugify


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in (slugify(p, max_length=200) for p in name.split()) if w != "x")


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """``shorter`` is ``longer`` without some words, the surname (last word) kept.

    >>> _contains(("juan", "carlos", "perez"), ("carlos", "perez"))
    True
    >>> _contains(("hugo", "chavez"), ("chavez", "hugo"))
    False
    """
    if not shorter or len(shorter) >= len(longer) or shorter[-1] != longer[-1]:
        return False
    it = iter(longer)
    return all(any(w == x for x in it) for w in shorter)


def resolve_persons(mentions: Iterable[PersonMention]) -> list[ResolvedPerson]:
    """Group person mentions into one ``ResolvedPerson`` per real person.

    Returns
    -------
    list[ResolvedPerson]
        sorted by key; each node's label is its fullest name, its other names are
        ``alt_labels``.
    """
    ms = list(mentions)
    spelled: dict[tuple[str, ...], Counter[str]] = {}
    for m in ms:
        words = _words(m.name)
        if words:
            spelled.setdefault(words, Counter())[m.name] += 1
    names = sorted(spelled, key=lambda w: (-len(w), w))
    maximal = [w for w in names if not any(_contains(o, w) for o in names)]
    docs: dict[tuple[str, ...], set[str]] = {}
    for m in ms:
        docs.setdefault(_words(m.name), set()).add(m.doc_id)
    target: dict[tuple[str, ...], tuple[str, ...]] = {}
    for w in names:
        if w in maximal:
            target[w] = w
            continue
        owners = [o for o in maximal if _contains(o, w)]
        target[w] = owners[0] if len(owners) == 1 else w
    # a name and the same name with one more surname, in the same text, are one person: the
    # second surname of Spanish and Portuguese names is left out once the full name is given
    # ("Pedro Castillo Terrones" … "Pedro Castillo"); across texts the names stay apart
    for w in names:
        if target[w] != w or len(w) < 2:
            continue
        fuller = [o for o in maximal if len(o) == len(w) + 1 and o[:-1] == w and docs[w] <= docs[o]]
        if len(fuller) == 1:
            target[w] = fuller[0]
    for w in names:  # "Castillo" of "Pedro Castillo", itself of "Pedro Castillo Terrones"
        target[w] = target[target[w]]
    groups: dict[tuple[str, ...], list[PersonMention]] = {}
    for m in ms:
        words = _words(m.name)
        if words:
            groups.setdefault(target[words], []).append(m)
    resolved: list[ResolvedPerson] = []
    for full, group in groups.items():
        counts = spelled[full]
        label = min(counts, key=lambda n: (-counts[n], n))
        key = slugify(label)
        alts = sorted({m.name for m in group} - {label})
        group.sort(key=lambda m: (m.doc_id, m.quote.start, m.quote.end))
        resolved.append(ResolvedPerson(key=key, label=label, mentions=tuple(group), alt_labels=tuple(alts)))
    resolved.sort(key=lambda p: p.key)
    return resolved


__all__ = ["resolve_persons"]
