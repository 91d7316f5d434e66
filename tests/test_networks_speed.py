"""The shortcuts of ``extract.networks`` find exactly what the plain patterns find.

Needles, anchors and the cache only skip work: on texts made of the networks' own names,
acronyms, meeting words and ordinals, in every case, between odd characters ("İ", "ſ"),
every pattern must yield the matches of ``pattern.finditer`` over the whole text.
"""

from __future__ import annotations

import random

from movement_graph.extract import networks
from movement_graph.extract.dates import ORDINAL_WORDS


def _fragments() -> list[str]:
    out = ["the", "The", "International", "of", "and", "met", "in", "5th", "5th.", "VII", "xii", "21º"]
    out += list(ORDINAL_WORDS)[:40]
    # every language's, compounds among them ("vigésima séptima", "vingt-deuxième")
    out += list(ORDINAL_WORDS)[40::9]
    out += [w for r in networks.load_regions() for w in r.words]
    for net in networks.load_networks():
        out += [name for name, _ in net.names] + list(net.acronyms)
        out += [w for _, words in net.meeting_kinds for w in words]
        if net.numbered_conference_pattern:
            out.append(net.numbered_conference_pattern)
        for name, _ in net.names:
            out += name.split()
    return out


def _texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    frags = _fragments()
    seps = [" ", "  ", "\n", ", ", ". ", "; ", "-", " (", ") ", "İ", "ſ", "ı", "\u212a", "é ", "'"]
    cases = [str, str.lower, str.upper, str.title]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 40)):
            parts.append(rng.choice(cases)(rng.choice(frags)))
            parts.append(rng.choice(seps))
        texts.append("".join(parts))
    return texts


def test_pattern_hits_equal_plain_scan() -> None:
    for text in _texts(1500):
        plain = tuple(
            (m.start(), m.end(), key, what)
            for key, what, scan in networks._patterns()
            for m in scan.pattern.finditer(text)
        )
        assert networks.pattern_hits(text) == plain, text


def test_meeting_scans_equal_plain_scan() -> None:
    for text in _texts(1500, seed=11):
        lowered = text.lower()
        for net in networks.load_networks():
            for _, scan in networks._meeting_patterns(net.key):
                fast = [m.span() for m in scan.finditer(text, lowered)]
                assert fast == [m.span() for m in scan.pattern.finditer(text)], text
