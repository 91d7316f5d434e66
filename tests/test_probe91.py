"""Defects left by probes 89 and 90 (events told by verbs in other languages): a German
verb of murder whose count of the killed comes after a date and a place ("ermordete ein
Täter am 4. März 2021 in Rostock sieben Menschen") was out of reach, the date's tokens
counting as words; a Spanish verb of massacre whose victims are a group of people ("el
ejército masacró a los estudiantes") and a march told by the Spanish verb ("miles
marcharon en …") were no events. Invented texts; real countries. Each test fails on the
code before the fix."""

from __future__ import annotations

import pytest

SIGNED_ES = "\n\nFirman:\nPartido Obrero de Ara (POA)\nLiga Roja del Sur (LRS)\n"
SIGNED_DE = "\n\nUnterzeichner:\nArbeiterpartei von Ara (APA)\nRote Liga von Bela (RLB)\n"


@pytest.fixture
def facts(analyses):  # type: ignore[no-untyped-def]
    def run(text: str) -> set[tuple[str, str | None, str | None]]:
        (a,) = analyses(text)
        return {(e.type, e.date, e.country) for e in a.events}

    return run


@pytest.mark.model
def test_a_german_verb_of_murder_with_its_count_after_a_date_and_a_place(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Erklärung\n\nGemeinsam gegen Rassismus!\n\n8. März 2022\n\n"
        "In Deutschland ermordete ein Rassist am 4. März 2021 in Rostock sieben Menschen mit "
        "Migrationsgeschichte. Wir rufen die Arbeiter und die Jugend auf, sich mit uns gegen den "
        "Faschismus und die Hetze der Regierung zu stellen, denn der Kampf ist nicht vorbei." + SIGNED_DE
    )
    assert ("attack", "2021-03-04", "DE") in facts(text)


@pytest.mark.model
def test_a_spanish_verb_of_massacre_with_a_group_of_people(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaración\n\nNi olvido ni perdón\n\n1 de mayo de 2016\n\n"
        "No es la primera vez: el 5 de abril de 1971 el ejército masacró a los estudiantes en la plaza "
        "mayor de Lima, en el Perú. Los trabajadores y los pueblos del mundo luchan contra la "
        "explotación y la opresión del capital, y estamos a su lado en cada lucha." + SIGNED_ES
    )
    assert ("attack", "1971-04-05", "PE") in facts(text)


@pytest.mark.model
def test_a_march_told_by_the_spanish_verb(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaración\n\nNi olvido ni perdón\n\n1 de mayo de 2016\n\n"
        "El 7 de julio de 2014 cientos de miles marcharon en Colombia contra la violencia hacia las "
        "mujeres. Los trabajadores y los pueblos del mundo luchan contra la explotación y la opresión "
        "del capital, y estamos a su lado en cada lucha." + SIGNED_ES
    )
    assert ("protest", "2014-07-07", "CO") in facts(text)


@pytest.mark.model
def test_a_school_named_before_a_passive_verb_of_murder_is_no_person(analyses) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaración\n\nNi olvido ni perdón\n\n1 de mayo de 2016\n\n"
        "La noche del 14 de marzo de 2012, en Cusco, la policía atacó a los alumnos de la Escuela Normal "
        "Superior de Quispicanchi: tres personas fueron asesinadas. Los trabajadores y los pueblos del mundo "
        "luchan contra la explotación y la opresión del capital, y estamos a su lado en cada lucha."
        + SIGNED_ES
    )
    (a,) = analyses(text)
    labels = [e.label for e in a.events if e.type == "death"]
    assert not any("Escuela" in lab for lab in labels), labels


@pytest.mark.model
def test_a_president_forced_to_resign_in_the_country_of_the_title(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Statement\n\nHands off Paraguay! Condemn the coup\n\n8 May 2021\n\n"
        "On 3 May 2021 President Tomás Benítez was forced to resign after the commander of the army "
        '"suggested" it. The new government has since unleashed the police against the protesting '
        "people. We condemn this reactionary coup, which serves the interests of the imperialists."
        "\n\nSigned:\nWorkers' Party of Ara (WPA)\nRed League of Bela (RLB)\n"
    )
    found = facts(text)
    assert any(d == "2021-05-03" and c == "PY" for _t, d, c in found), found


@pytest.mark.model
def test_an_international_strike_named_as_such_is_in_no_one_country(analyses) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Statement\n\nWomen of the world, unite!\n\n1 March 2016\n\n"
        "On 12 May 2014 the International Domestic Workers' Strike brought women into the streets of more "
        "than thirty countries. The struggle of women against exploitation and oppression goes on, and we "
        "stand at its side in every country.\n\nSigned:\nWorkers' Party of Ara (WPA)\nRed League of Bela (RLB)\n"
    )
    (a,) = analyses(text)
    found = [(e.type, e.label, e.date, e.country) for e in a.events]
    assert ("protest", "International Domestic Workers' Strike", "2014-05-12", None) in found, found
