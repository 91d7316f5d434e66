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
