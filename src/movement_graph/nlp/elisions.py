"""Split French and Italian elisions off the word they are joined to.

The English tokenizer keeps "l'élection", "d'État", "dell'Ucraina", "qu'il" as one token,
so a token pattern for "élection" or "Ucraina" never sees its word after an elided article,
pronoun or preposition.  Like the tokenizers of ``spacy.lang.fr`` and ``spacy.lang.it``,
one more infix rule splits after the apostrophe ("l'" + "élection"), here only after the
elided words of those languages that open a word and only before a vowel, an "h" or a
digit, where French and Italian elide: English keeps its tokens ("O'Brien", "rock 'n' roll",
"don't", "parties'", "N'Djamena", "D'Souza").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer

ELISION = "'’"

#: words that elide their last vowel before the next word, lower case: French ("l'", "qu'",
#: "jusqu'"), Italian ("dell'", "all'", "quest'", "un'"); the one-letter ones serve both
ELIDED = (
    *"cdjlmnstv",
    *("qu", "jusqu", "lorsqu", "puisqu", "quoiqu"),
    *("all", "dall", "dell", "nell", "sull", "coll", "pell", "quell", "quest", "un", "nessun"),
)

#: the sounds an elided word is joined to: a vowel, a mute "h", a number ("l'11 septembre")
_NEXT = "aàâäáãåæeéèêëiîïíìoôöóòõœuùûüúh0-9"


#: elisions English has borrowed whole, which the English model reads as one word: "coup
#: d'état" (split, the model parses English sentences about a coup differently and loses
#: the coup's place and date)
_LOANS = r"(?!(?i:[ée]tats?\b))"


def elision_infix() -> str:
    """The infix rule that splits an elided word from the next: an empty match after it.

    Python's look-behinds have a fixed width, so the words are grouped by length.

    >>> rule = re.compile(elision_infix())
    >>> [m.start() for m in rule.finditer("dell'Ucraina qu'il O'Brien d'Souza coup d'état")]
    [5, 16]
    """
    by_length: dict[int, list[str]] = {}
    for word in ELIDED:
        by_length.setdefault(len(word), []).append(re.escape(word))
    behind = "|".join(
        rf"(?<=\b(?i:{'|'.join(sorted(words))})[{ELISION}])" for _, words in sorted(by_length.items())
    )
    return rf"(?:{behind})(?=(?i:[{_NEXT}])){_LOANS}"


def split_elisions(tokenizer: Tokenizer) -> Tokenizer:
    """Add the elision rule to ``tokenizer``'s infixes (in place) and return it.

    Applying it twice changes nothing.

    >>> from spacy.lang.en import English
    >>> nlp = English()
    >>> _ = split_elisions(nlp.tokenizer)
    >>> [t.text for t in nlp("l'élection de l’invasion dell'Ucraina, O'Brien don't")]
    ["l'", 'élection', 'de', 'l’', 'invasion', "dell'", 'Ucraina', ',', "O'Brien", 'do', "n't"]
    """
    rule = elision_infix()
    infixes = tokenizer.infix_finditer
    pattern = getattr(getattr(infixes, "__self__", None), "pattern", None)
    if pattern is None:
        tokenizer.infix_finditer = re.compile(rule).finditer
    elif rule not in pattern:
        tokenizer.infix_finditer = re.compile(f"{pattern}|{rule}").finditer
    return tokenizer


def with_elisions(nlp: Language) -> Language:
    """``nlp`` with its tokenizer splitting elisions (``split_elisions``)."""
    split_elisions(nlp.tokenizer)
    return nlp


__all__ = ["ELIDED", "ELISION", "elision_infix", "split_elisions", "with_elisions"]
