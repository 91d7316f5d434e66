"""The role the words introducing a list give its entries (``data/patterns/list_roles.yaml``).

Read by the list finder (``extract.lists``) and by the segmenter, to which a paragraph
of signatures closes a document.
"""

from __future__ import annotations

import re
from functools import cache

import yaml

from ..model import Role
from ..reference import data_dir


@cache
def role_words() -> tuple[tuple[Role, tuple[str, ...]], ...]:
    raw = yaml.safe_load((data_dir() / "patterns" / "list_roles.yaml").read_text(encoding="utf-8"))
    return tuple((Role(k), tuple(v)) for k, v in raw.items())


def word_pattern(word: str) -> str:
    """A role word as a pattern: at a word's start, or anywhere in a word for a "*" word
    (the end of a compound: "Erstunterzeichner"); words joined by " … " are a verb and its
    separated particle, whole words in that order ("nahmen … teil": "An der Konferenz nahmen
    folgende Organisationen teil", not "weitere Unterzeichner nehmen wir gerne auf").

    >>> bool(re.search(word_pattern("nahmen … teil"), "es nahmen folgende parteien teil"))
    True
    >>> bool(re.search(word_pattern("nehmen … teil"), "unterzeichner (wir nehmen weitere auf)"))
    False
    """
    if " … " in word:
        return r"(?<!\w)" + r"(?!\w)[^.:\n]*?(?<!\w)".join(map(re.escape, word.split(" … "))) + r"(?!\w)"
    return re.escape(word[1:]) if word.startswith("*") else r"(?<!\w)" + re.escape(word)


@cache
def _role_patterns() -> tuple[tuple[Role, re.Pattern[str]], ...]:
    """One pattern per role, of its words."""
    return tuple((role, re.compile("|".join(map(word_pattern, words)))) for role, words in role_words())


def _lower(text: str) -> str:
    # Turkish "İ" lowers to "i" and a combining dot in Python ("İmza" → "i̇mza")
    return text.replace("İ", "i").lower()


def role_of(intro: str) -> Role | None:
    """The role an introducing sentence gives a list's entries.

    >>> role_of("Signatories (as of 7 February 2023, further signatories possible):")
    <Role.SIGNATORY: 'signatory'>
    >>> role_of("The following delegations took part:")
    <Role.PARTICIPANT: 'participant'>
    >>> role_of("Long live the struggle!") is None
    True
    """
    low = _lower(intro)
    for role, pattern in _role_patterns():
        if pattern.search(low):
            return role
    return None


def says_member(intro: str, role: Role | None) -> bool:
    """The introduction of a list of signatories or participants also says they are members.

    >>> says_member("The following member parties of the Conference have endorsed this appeal:", Role.SIGNATORY)
    True
    >>> says_member("Signatories:", Role.SIGNATORY), says_member("Members:", Role.MEMBER)
    (False, False)
    """
    if role not in (Role.SIGNATORY, Role.PARTICIPANT):
        return False
    member = dict(_role_patterns()).get(Role.MEMBER)
    return member is not None and member.search(_lower(intro)) is not None


__all__ = ["role_of", "role_words", "says_member", "word_pattern"]
