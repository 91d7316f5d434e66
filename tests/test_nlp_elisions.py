"""The pipeline's tokenizer splits French and Italian elisions, and nothing of English.

Invented parties; real countries and events.
"""

from __future__ import annotations

import re

import pytest
from spacy.lang.en import English

from movement_graph.extract.events import _tokenizer_of, events
from movement_graph.model import Document
from movement_graph.nlp import build_nlp, rule_only_doc
from movement_graph.nlp.candidates import sentences
from movement_graph.nlp.elisions import ELIDED, elision_infix, split_elisions
from movement_graph.reference import data_dir

pytestmark = pytest.mark.model  # build_nlp loads the model, whose tokenizer these tests read


def tokens(text: str) -> list[str]:
    return [t.text for t in build_nlp().make_doc(text)]


#: the English tokenizer as spaCy ships it
ENGLISH = English()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'élection présidentielle", ["l'", "élection", "présidentielle"]),
        ("l’invasion de l'Irak", ["l’", "invasion", "de", "l'", "Irak"]),
        # "d'État" is no elision to split: English has borrowed "coup d'état" whole
        ("le coup d'État du 30 septembre", ["le", "coup", "d'État", "du", "30", "septembre"]),
        ("L'armée a renversé", ["L'", "armée", "a", "renversé"]),
        ("(l'ICOR)", ["(", "l'", "ICOR", ")"]),
        (
            "qu'il n'est jusqu'à lorsqu'on s'est",
            ["qu'", "il", "n'", "est", "jusqu'", "à", "lorsqu'", "on", "s'", "est"],
        ),
        ("c'est-à-dire", ["c'", "est", "-", "à", "-", "dire"]),
        ("l'homme", ["l'", "homme"]),
        ("l'11 septembre", ["l'", "11", "septembre"]),
    ],
)
def test_french_elisions_are_split(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dell'Ucraina", ["dell'", "Ucraina"]),
        ("l'attentato di Hanau", ["l'", "attentato", "di", "Hanau"]),
        ("all'invasione russa", ["all'", "invasione", "russa"]),
        ("dall'esercito nell'anno sull'isola", ["dall'", "esercito", "nell'", "anno", "sull'", "isola"]),
        ("quest'anno un'organizzazione c'è", ["quest'", "anno", "un'", "organizzazione", "c'", "è"]),
        ("L'8 marzo", ["L'", "8", "marzo"]),
    ],
)
def test_italian_elisions_are_split(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "O'Brien and O'Neill met in N'Djamena with D'Souza.",
        "rock 'n' roll, rock'n'roll",
        "We don't, can't and won't; c'mon, y'all, ma'am, 'tis.",
        "The parties' statement and the party's programme, the workers' struggle.",
        "I'd've gone; they'll come; it's the 1980s' crisis of '68.",
        "Côte d'Ivoire's workers",  # the French name's elision is split, its possessive kept
    ],
)
def test_english_apostrophes_tokenise_as_before(text: str) -> None:
    before = [t.text for t in ENGLISH.make_doc(text)]
    after = tokens(text)
    if "d'Ivoire" in text:
        assert after == [t for b in before for t in (("d'", b[2:]) if b.startswith("d'") else (b,))]
    else:
        assert after == before


def test_the_bundled_corpus_tokenises_as_before_but_for_elisions() -> None:
    # every sentence of the bundled (English) texts: a token changes only by an elided
    # French or Italian word split off its start
    elided = re.compile(rf"(?i:{'|'.join(ELIDED)})['’]")
    count = changed = 0
    for path in sorted((data_dir() / "corpus").iterdir()):
        text = path.read_text(encoding="utf-8")
        for s, e in sentences(text):
            before = [(t.idx, t.text) for t in ENGLISH.make_doc(text[s:e])]
            after = [(t.idx, t.text) for t in build_nlp().make_doc(text[s:e])]
            count += 1
            if before == after:
                continue
            changed += 1
            split = dict(after)
            for idx, word in sorted(set(before) - set(after)):
                head = elided.match(word)
                assert head is not None, word
                assert split[idx] == head.group(0) and split[idx + head.end()] == word[head.end() :]
    assert count > 300 and 0 < changed < count / 20


def test_rule_only_docs_and_the_gazetteer_s_phrases_split_alike() -> None:
    nlp = build_nlp()
    text = "Contro l'invasione russa dell'Ucraina, contre l'invasion russe de l'Ukraine."
    doc = rule_only_doc(nlp, text)
    assert [t.text for t in doc] == tokens(text)
    assert [t.text for t in _tokenizer_of(doc)(text)] == tokens(text)


def test_the_rule_is_added_once() -> None:
    nlp = English()
    split_elisions(split_elisions(nlp.tokenizer))
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern  # type: ignore[attr-defined]
    assert pattern.count(elision_infix()) == 1
    assert [t.text for t in nlp("l'élection")] == ["l'", "élection"]


def _events(text: str, language: str, date: str = "2023-10-01") -> list[tuple[str, str | None, str | None]]:
    source = Document(file="t.txt", index=0, start=0, end=len(text), text=text, title=text, date=date)
    return [(e.type, e.date, e.country) for e in events(build_nlp()(text), source=source, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le Parti Ouvrier de Lutécie salue l'insurrection populaire des 30 et 31 octobre 2014 "
            "au Burkina Faso.",
            "fr",
            ("protest", "2014-10-30", "BF"),  # its first day, as "30 and 31 October" gives
        ),
        (
            "Le 30 septembre 2022, l'armée a renversé le gouvernement au Burkina Faso.",
            "fr",
            ("coup", "2022-09-30", "BF"),
        ),
        (
            "Le Parti Communiste de Lutécie condamne l'attentat du 19 février 2020 à Hanau, en Allemagne.",
            "fr",
            ("attack", "2020-02-19", "DE"),
        ),
        (
            "Il Partito Operaio di Utopia condanna l'attentato del 19 febbraio 2020 a Hanau, in Germania.",
            "it",
            ("attack", "2020-02-19", "DE"),
        ),
        (
            "Il 26 luglio 2023 l'esercito ha rovesciato il presidente in Niger.",
            "it",
            ("coup", "2023-07-26", "NE"),
        ),
        (
            # the gazetteer's alias "invasione russa dell'Ucraina"
            "La guerra, iniziata con l'invasione russa dell'Ucraina il 24 febbraio 2022, continua.",
            "it",
            ("war", "2022-02-24", "UA"),
        ),
    ],
)
def test_an_event_after_an_elision_is_found(text: str, language: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text, language)


def test_an_english_coup_d_etat_keeps_its_place_and_date() -> None:
    # split, "d'" + "état" made the model parse the sentence otherwise: the coup lost its date
    # ("of April 2007") or was not found at all
    text = (
        "We condemn the military coup d'état in the United Kingdom of April 2007, organised by "
        "the reactionary generals with the support of imperialism."
    )
    assert tokens("coup d'état, coups d’états") == ["coup", "d'état", ",", "coups", "d’états"]
    assert ("coup", "2007-04", "GB") in _events(text, "en", date="2014-12-15")


def test_a_verb_s_date_is_not_one_of_an_event_named_before_it() -> None:
    text = (
        "Après les deux coups d'État au Mali, en août 2020 puis en mai 2021, les militaires ont "
        "renversé le président en Guinée le 5 septembre 2021."
    )
    assert ("coup", "2021-09-05", "GN") in _events(text, "fr", date="2022-02-06")
