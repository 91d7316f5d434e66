"""Session 23: the languages a text is told to be in (``dcterms:language``) include Indonesian,
Tagalog and Kurmanji, which the networks' member parties write in; the other languages'
texts keep their own.  Texts invented for the test."""

from __future__ import annotations

import pytest

from movement_graph.extract.document import text_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Pernyataan bersama partai-partai komunis. Kami menyerukan kaum buruh dan rakyat untuk "
            "bersatu dalam perjuangan melawan imperialisme yang menindas mereka.",
            "id",
        ),
        (
            "Pahayag ng Partido ng mga Manggagawa. Nananawagan kami sa mga manggagawa at magsasaka "
            "na ituloy ang pakikibaka ng bayan laban sa pasismo.",
            "fil",
        ),
        (
            "Daxuyanî. Em bang li karker û gelan dikin ku têkoşîna xwe ya li dijî faşîzmê bidomînin "
            "û ji bîr nakin.",
            "ku",
        ),
        # the neighbours keep theirs
        (
            "Declaração do Partido Comunista. A classe operária e os trabalhadores não esquecem a "
            "luta pela liberdade e também pela paz.",
            "pt",
        ),
        (
            "Declaración del Partido Comunista. Los trabajadores y la clase obrera salen a la calle "
            "por la paz y contra la guerra.",
            "es",
        ),
        (
            "Dichiarazione del Partito Comunista. I lavoratori e la classe operaia scendono in piazza "
            "per la pace e contro la guerra di rapina.",
            "it",
        ),
        (
            "Türkiye Komünist İşçi Partisi açıklaması: işçiler ve halklar faşizme karşı birleşmeli, "
            "ne savaş ne sömürü istiyoruz.",
            "tr",
        ),
        ("The parties of the conference call on the workers and peoples of the world.", "en"),
    ],
)
def test_text_language(text: str, code: str) -> None:
    assert text_language(text) == code


def test_a_party_named_in_french_with_pour_and_socialisme_is_its_english_name() -> None:
    """ "pour" is left out of a name's translation as "for" is, and "socialisme" is "socialism":
    the two names of one party (invented, of a real country), each acronym its own name's
    initials, are one node."""
    from helpers import org_mention

    from movement_graph.resolve.organisations import resolve_organisations

    english = org_mention("Workers' Party of Benin for Socialism", doc_id="d-0", acronym="WPBS", country="BJ")
    french = org_mention(
        "Parti des Travailleurs du Bénin pour le Socialisme", doc_id="d-1", acronym="PTBS", country="BJ"
    )
    other = org_mention("Workers' Party of Benin", doc_id="d-2", acronym="WPB", country="BJ")
    labels = sorted(e.label for e in resolve_organisations([english, french, other]).entities)
    assert labels == ["Workers' Party of Benin", "Workers' Party of Benin for Socialism"]
