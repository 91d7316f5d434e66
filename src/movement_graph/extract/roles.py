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


def role_of(intro: str) -> Role | None:
    """The role an introducing sentence gives a list's entries.

    >>> role_of("Signatories (as of 7 February 2023, further signatories possible):")
    <Role.SIGNATORY: 'signatory'>
    >>> role_of("The following delegations took part:")
    <Role.PARTICIPANT: 'participant'>
    >>> role_of("Long live the struggle!") is None
    True
    """
    low = intro.lower()
    for role, words in role_words():
        if any(re.search(r"(?<!\w)" + re.escape(w), low) for w in words):
            return role
    return None


__all__ = ["role_of", "role_words"]
