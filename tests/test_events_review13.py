"""Review of probe 23's event rules: each text below gave a false fact before the mend."""

from __future__ import annotations

import pytest


@pytest.fixture
def facts(analyses):
    def run(text: str) -> set[tuple[str, str | None, str | None, str]]:
        return {(e.type, e.date, e.country, e.label) for a in analyses(text) for e in a.events}

    return run


def test_possessive_death_is_not_the_person_named_last(facts):
    # "Her death" is Amini's; the president the sentence before names did not die
    text = (
        "Iran: freedom for the women\n\n10 October 2022\n\n"
        "Jina Mahsa Amini was arrested by the morality police in Tehran on 13 September 2022. "
        "President Ebrahim Raisi promised an inquiry. "
        "Her death on 16 September 2022 sparked an uprising across Iran.\n"
    )
    assert not any("Raisi" in f[3] for f in facts(text))


def test_possessive_murder_of_is_the_killers_deed(facts):
    text = (
        "Statement on police violence\n\n1 July 2021\n\n"
        "Police officer Derek Chauvin was sentenced in Minneapolis on 25 June 2021. "
        "His murder of the young worker had sparked protests across the world.\n"
    )
    assert not any("Chauvin" in f[3] for f in facts(text))


def test_possessive_death_needs_a_sentence_about_the_person(facts):
    text = (
        "France : justice pour Nahel\n\n1er juillet 2023\n\n"
        "Nahel, 17 ans, a été tué par un policier à Nanterre le 27 juin 2023. "
        "Emmanuel Macron a parlé d'un acte inexplicable. "
        "Sa mort a déclenché des révoltes dans tout le pays.\n"
    )
    assert not any("Macron" in f[3] for f in facts(text))


def test_a_day_that_dates_the_next_clause_is_no_second_coup(facts):
    text = (
        "Tunisia: against the dictatorship\n\n1 October 2021\n\n"
        "Kais Saied's coup on 25 July 2021, and on 22 September 2021 he suspended most of "
        "the constitution and ruled by decree.\n"
    )
    assert {f[1] for f in facts(text) if f[0] == "coup"} == {"2021-07-25"}


def test_yearless_day_before_a_later_month_takes_the_year_before(facts):
    text = (
        "Soudan : non à la dictature militaire\n\n10 janvier 2022\n\n"
        "Les militaires ont réprimé les manifestations le 24 décembre et le 3 janvier 2022 à "
        "Khartoum. Le putsch soudanais du 25 octobre 2021 doit tomber.\n"
    )
    dates = {f[1] for f in facts(text)}
    assert "2022-12-24" not in dates and "2021-12-24" in dates


def test_a_blow_with_an_indefinite_article_is_no_coup(facts):
    text = (
        "Argentina: ¡No al decreto!\n\n3 de enero de 2024\n\n"
        "El nuevo decreto de Milei es un golpe de 2024 contra los jubilados. Llamamos a la lucha.\n"
    )
    assert not any(f[0] == "coup" for f in facts(text))


def test_a_protest_against_a_named_persons_law_is_not_the_texts_country(facts):
    text = (
        "Germany: build the workers' offensive\n\n1 July 2024\n\n"
        "The workers in Germany face rising prices, and Germany's government cuts social spending. "
        "We salute the protests against the Finance Bill of President William Ruto. The youth "
        "showed the way.\n"
    )
    assert not any(f[0] == "protest" and f[2] == "DE" for f in facts(text))


def test_possessive_death_after_a_sentence_naming_a_place_the_model_reads_as_a_person(facts):
    # mend of the review: a one-word "person" of the model (a town) is no other candidate
    text = (
        "Iran: the women's uprising lives on\n\n16 September 2023\n\n"
        "On 13 September 2022 Jina Mahsa Amini, a 22-year-old Kurdish woman from Saqqez, was "
        'arrested in Tehran by the so-called morality police for an "improper hijab". Her death in '
        "custody on 16 September 2022 set the whole country alight.\n"
    )
    assert ("death", "2022-09-16", "IR", "Death of Jina Mahsa Amini") in facts(text)


def test_possessive_death_after_a_sentence_telling_the_death_without_a_date(facts):
    # mend of the review: "died" in the sentence before tells what befell the person
    text = (
        "Iran: one year on\n\n16 September 2023\n\n"
        "One year ago today, Jina Mahsa Amini, a young Kurdish woman, died in the custody of the "
        "morality police in Tehran. Her death on 16 September 2022 lit the fire of an uprising.\n"
    )
    assert ("death", "2022-09-16", "IR", "Death of Jina Mahsa Amini") in facts(text)
