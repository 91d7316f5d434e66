"""Events told the way statements tell them: by verbs, relative dates, lists of countries
after one word, the story told before (sentences written for these tests; persons invented)."""

from __future__ import annotations

import pytest

from movement_graph.extract.events import EventRules, events
from movement_graph.model import Document, EventMention, Quote


@pytest.fixture(scope="module")
def rules() -> EventRules:
    return EventRules.load()  # the shared country tables


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pytest.importorskip("spacy")
    from movement_graph.nlp import build_nlp

    return build_nlp()  # the pipeline's tokenizer, which splits elisions


def _extract(
    nlp, rules, text: str, date: str | None, title: str = "", dateline: str = ""
) -> list[EventMention]:  # type: ignore[no-untyped-def]
    head = f"{title}\n\n{dateline}\n\n" if dateline else (f"{title}\n\n" if title else "")
    body = head + text
    tq = Quote(0, len(title), title) if title else None
    dq = Quote(len(title) + 2, len(title) + 2 + len(dateline), dateline) if dateline else None
    source = Document(
        file="t.txt",
        index=0,
        start=0,
        end=len(body),
        text=body,
        title=title,
        title_quote=tq,
        date=date,
        date_quote=dq,
    )
    return list(events(nlp(body), source=source, rules=rules))


def _facts(found: list[EventMention]) -> set[tuple[str, str | None, str | None]]:
    return {(m.type, (m.date or "")[:10] or None, m.country) for m in found}


TOLD = [
    # (text, document date, title, expected (type, date, country))
    (
        "Last year the workers of France waged a week of general strike against the reform.",
        "2024-11",
        "",
        ("protest", "2023", "FR"),
    ),
    (
        "The earthquake in the south of Morocco in September last year killed thousands.",
        "2024-11",
        "",
        ("disaster", "2023-09", "MA"),
    ),
    (
        "At the beginning of October Israel invaded Lebanon once more.",
        "2024-11",
        "",
        ("war", "2024-10", "LB"),
    ),
    (
        "In Bangladesh, the movement of the students turned into a popular uprising that forced the"
        " prime minister to flee the country on 5 August.",
        "2024-11",
        "",
        ("protest", "2024-08-05", "BD"),
    ),
    (
        "In Asia the Myanmar junta, which seized power on 1 February 2021, still wages war on the people.",
        "2023-09-11",
        "",
        ("coup", "2021-02-01", "MM"),
    ),
    (
        "In Gabon, officers of the Republican Guard took power on 30 August, a few days after the vote.",
        "2023-09-11",
        "",
        ("coup", "2023-08-30", "GA"),
    ),
    (
        "On 26 July, officers of the presidential guard detained President Amadou Kalla in the capital.",
        "2023-09-11",
        "Hands off Niger!",
        ("coup", "2023-07-26", "NE"),
    ),
    (
        "In Kenya, the youth stormed the parliament in Nairobi on 25 June and forced the government back.",
        "2024-11",
        "",
        ("protest", "2024-06-25", "KE"),
    ),
    (
        "On the night of 3 May the police opened fire on demonstrators in a working-class district and"
        " killed at least three young people.",
        "2021-05-10",
        "Colombia: Stop the killings!",
        ("attack", "2021-05-03", "CO"),
    ),
    (
        "On 16 September the young woman Leyla Haddadi died in the custody of the morality police.",
        "2022-10-05",
        "Solidarity with the uprising in Iran!",
        ("death", "2022-09-16", "IR"),
    ),
    (
        "The catastrophic floods in Pakistan this summer have driven millions from their homes.",
        "2022-09-20",
        "",
        ("disaster", "2022", "PK"),
    ),
    (
        "The last time such a movement shook the island was the great Hartal of 12 August 1953, when the"
        " workers of Sri Lanka paralysed the country.",
        "2022-07-15",
        "",
        ("protest", "1953", "LK"),
    ),
    (
        "Twenty years ago, on 20 March 2003, US troops invaded Iraq. In Haditha, on 19 November 2005,"
        " US Marines shot 24 unarmed civilians.",
        "2023-03-20",
        "20 years since the invasion of Iraq",
        ("attack", "2005-11-19", "IQ"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "doc_date", "title", "expected"), TOLD)
def test_events_told_by_verbs_and_relative_dates(nlp, rules, text, doc_date, title, expected):  # type: ignore[no-untyped-def]
    found = _facts(_extract(nlp, rules, text, doc_date, title))
    etype, date, country = expected
    assert any(t == etype and c == country and (d or "").startswith(date) for t, d, c in found), found


@pytest.mark.model
def test_one_event_per_country_of_a_list(nlp, rules):  # type: ignore[no-untyped-def]
    text = (
        "Since 2020 the military has seized power in Mali (August 2020 and again in May 2021), in Guinea"
        " (September 2021) and in Burkina Faso (twice in 2022)."
    )
    found = _extract(nlp, rules, text, "2023-09-11")
    assert {(m.key, (m.date or "")[:7]) for m in found} >= {
        ("coup-ml-2020", "2020-08"),
        ("coup-ml-2021", "2021-05"),
        ("coup-gn-2021", "2021-09"),
        ("coup-bf-2022", "2022"),
    }
    text = "The methods are those of the coups in Honduras in 2009 and in Paraguay in 2012."
    assert {m.key for m in _extract(nlp, rules, text, "2019-11-25")} >= {"coup-hn-2009", "coup-py-2012"}
    text = "After the uprisings in Ecuador and Chile in October, the peoples are not defeated."
    assert {m.key for m in _extract(nlp, rules, text, "2019-11-25")} >= {"protest-ec-2019", "protest-cl-2019"}


@pytest.mark.model
def test_a_country_that_opens_its_own_clause_is_no_list(nlp, rules):  # type: ignore[no-untyped-def]
    text = "We condemn the coup in Bolivia in 2019, and in Ecuador the workers went on strike."
    keys = {m.key for m in _extract(nlp, rules, text, "2019-11-25")}
    assert not any(k.startswith("coup-ec") for k in keys), keys


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'In Israel, hundreds of thousands demonstrate on 4 March against the "judicial coup" of the government.',
        "In Peru the unions called for a general strike on 5 May.",
        "The earthquake in Morocco on 8 September and the floods in Valencia show who pays.",
    ],
)
def test_no_event_from_figures_wishes_or_a_neighbours_country(nlp, rules, text):  # type: ignore[no-untyped-def]
    found = _extract(nlp, rules, text, "2023-10-05")
    assert not [m for m in found if m.type == "coup"], found
    assert not [m for m in found if m.type == "protest" and m.country == "PE"], found
    assert len([m for m in found if m.type == "disaster"]) <= 1, found


@pytest.mark.model
def test_this_is_a_coup_takes_the_story_told_before(nlp, rules):  # type: ignore[no-untyped-def]
    text = (
        "On 10 November, the commander of the armed forces asked the president to resign; that same evening"
        " he announced his resignation.\n\nThis is a coup d'état. The first acts of the new rulers were"
        " repression and decrees."
    )
    found = _extract(nlp, rules, text, "2019-11-25", title="Bolivia: No to the coup of the oligarchy!")
    coups = {(m.key, m.date) for m in found if m.type == "coup"}
    assert coups == {("coup-bo-2019", "2019-11-10")}, coups


@pytest.mark.model
def test_the_uprising_of_today_is_not_the_one_recalled(nlp, rules):  # type: ignore[no-untyped-def]
    text = (
        "Since the funeral, the uprising of women and the youth has spread to more than 100 cities of Iran. It is the same"
        " regime that killed hundreds when the masses rose up in November 2019."
    )
    keys = {m.key for m in _extract(nlp, rules, text, "2022-10-05", title="Solidarity with Iran!")}
    assert {"protest-ir-2022", "protest-ir-2019"} <= keys, keys


@pytest.mark.model
def test_the_uprising_just_after_its_dated_mention_is_that_one(nlp, rules):  # type: ignore[no-untyped-def]
    text = (
        "The social uprising that began on 18 October 2019 against the rise in fares shook the regime. We salute"
        " the uprising of the Chilean youth and workers, which won a referendum."
    )
    keys = {
        m.key for m in _extract(nlp, rules, text, "2023-09-11", title="Fifty years after the coup in Chile")
    }
    assert "protest-cl-2019" in keys and "protest-cl-2023" not in keys, keys


@pytest.mark.model
def test_a_death_long_before_the_text_takes_no_country_of_the_text(nlp, rules):  # type: ignore[no-untyped-def]
    text = (
        "The workers of Peru continue their struggle against the government. Lenin died on 21 January 1924,"
        " and his teachings guide us. Comrade Pedro Quispe Mamani died in prison last year."
    )
    found = {m.label: m.country for m in _extract(nlp, rules, text, "2023-03-10", title="Statement on Peru")}
    assert found.get("Death of Lenin", "none") is None, found
    assert found.get("Death of Pedro Quispe Mamani") == "PE", found
