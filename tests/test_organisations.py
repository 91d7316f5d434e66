"""Organisations in prose and their roles (hand-written sentences)."""

from __future__ import annotations

import pytest

from movement_graph.extract.organisations import in_prose
from movement_graph.model import Document, Role

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from movement_graph.nlp import build_nlp

    return build_nlp()


def roles(nlp, text: str) -> dict[str, str]:
    d = Document(file="t.txt", index=0, start=100, end=100 + len(text), text=text, title="T")
    return {m.name: m.role.value for m in in_prose(nlp(text), source=d)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The delegate from the Workers' Party of Atlantis spoke about the strikes.",
            "Workers' Party of Atlantis",
            Role.PARTICIPANT,
        ),
        (
            "The Revolutionary Communist Party of Chile took part in the meeting of the parties.",
            "Revolutionary Communist Party of Chile",
            Role.PARTICIPANT,
        ),
        (
            "The conference sends its greetings to the comrades of the Communist Party of Bolivia, which leads the struggle.",
            "Communist Party of Bolivia",
            Role.ADDRESSEE,
        ),
        (
            "We fight against the revisionist leadership of the Socialist Unity Party of Narnia and its allies.",
            "Socialist Unity Party of Narnia",
            Role.CRITICISED,
        ),
        (
            "The Marxist-Leninist Group of Norway, a member of the coordination, supports the call.",
            "Marxist-Leninist Group of Norway",
            Role.MEMBER,
        ),
        (
            "The Labour Party of Fiji attended as an observer and greeted the delegates.",
            "Labour Party of Fiji",
            Role.GUEST,
        ),
        (
            "We condemn the attacks of the fascists on the offices of the Red Youth Union of Narnia.",
            "Red Youth Union of Narnia",
            Role.MENTIONED,
        ),
        (
            "We condemn the revisionist line of the Socialist Unity Party of Narnia.",
            "Socialist Unity Party of Narnia",
            Role.CRITICISED,
        ),
        # a delegate who could not come: no participant
        (
            "A delegate of the Workers' League of Atlantis could not obtain a visa and the league sent a greeting.",
            "Workers' League of Atlantis",
            Role.MENTIONED,
        ),
        (
            "The regime relies on the support of the Liberal Party of Canada in parliament.",
            "Liberal Party of Canada",
            Role.MENTIONED,
        ),
    ],
)
def test_roles_in_prose(nlp, text: str, name: str, role: Role) -> None:
    assert roles(nlp, text).get(name) == role.value


def test_signature_at_the_end_is_the_author(nlp) -> None:
    text = (
        "We call on the workers of all countries to join the protests against the war.\n\n"
        "Revolutionary Workers' Union of Ghana\n\nMay 2021\n"
    )
    assert roles(nlp, text) == {"Revolutionary Workers' Union of Ghana": "author"}


def test_organs_of_a_network_are_not_members(nlp) -> None:
    text = "The Coordinating Committee of the ICOR calls on all parties to act."
    assert roles(nlp, text) == {}


def test_quotes_point_into_the_file(nlp) -> None:
    text = "The delegate from the Workers' Party of Atlantis spoke."
    d = Document(file="t.txt", index=0, start=100, end=100 + len(text), text=text, title="T")
    for m in in_prose(nlp(text), source=d):
        assert text[m.quote.start - 100 : m.quote.end - 100] == m.quote.text


def test_a_country_named_with_a_head_word_is_no_organisation(nlp) -> None:
    text = "The Soviet Union and the Workers' Party of Narnia signed a treaty of friendship in 1950."
    assert set(roles(nlp, text)) == {"Workers' Party of Narnia"}


def test_an_acronym_before_a_common_noun_is_part_of_the_name(nlp) -> None:
    # "NATO bloc" is no party "bloc" with the acronym NATO, and "US-led" no acronym
    text = "We condemn the aggression of the US-led NATO bloc, and the Workers' Party of Narnia does too."
    found = roles(nlp, text)
    assert "bloc" not in found
    assert "NATO bloc" in found
    assert "Workers' Party of Narnia" in found


def test_an_article_and_a_head_word_name_nothing(analyses) -> None:  # type: ignore[no-untyped-def]
    # in a French text, "Le Conseil" of "Le Conseil de sécurité de l'ONU": an article and a
    # head word, no name
    text = (
        "Déclaration du Parti Ouvrier de Narnia\n\n"
        "Le Conseil de sécurité de l'ONU a voté une résolution. Nous appelons les travailleurs "
        "à lutter contre la guerre impérialiste et pour la paix entre les peuples.\n"
    )
    names = {m.name for a in analyses(text) for m in a.organisations}
    assert "Le Conseil" not in names


def test_a_party_organ_signing_stands_for_the_party(nlp) -> None:
    text = (
        "We call on the workers of all countries to join the protests against the war.\n\n"
        "Central Committee of the Revolutionary Workers' Union of Ghana (RWUG)\n\nMay 2031\n"
    )
    assert roles(nlp, text) == {"Revolutionary Workers' Union of Ghana": "author"}
