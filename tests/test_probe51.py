"""Probe 51: Latin American texts of both networks in Spanish, Portuguese and English, on
invented text (real countries and events, invented wording and organisations). Each test
fails on the code before the fix."""

from __future__ import annotations

import pytest
from helpers import events, has_event, source

from movement_graph.segment import segment

BODY = (
    "The organisations of the region, meeting in their coordination, adopt the following "
    "resolution and call on all revolutionaries to organise solidarity with the workers. "
) * 2


def test_dateline_under_the_issuer_line_and_the_slogan() -> None:
    # title / the issuer's line / the slogan / the dateline: the dateline is the text's
    text = (
        "Resolution on the situation in Atlantis\n\nICOR Oceania – Continental Coordination\n\n"
        "Down with the government of hunger! Solidarity with the miners!\n\nSuva, March 3, 2021\n\n" + BODY
    )
    assert [(d.title, d.date) for d in segment(source(text))] == [
        ("Resolution on the situation in Atlantis", "2021-03-03")
    ]


def test_a_long_prose_paragraph_under_the_title_is_no_slogan() -> None:
    # the guard: a paragraph of the text's prose between title and a closing dateline
    text = "Resolution on the situation in Atlantis\n\nICOR Oceania\n\n" + BODY + "\n\nSuva, March 3, 2021\n"
    docs = [(d.title, d.date) for d in segment(source(text))]
    assert len(docs) == 1 and docs[0][1] == "2021-03-03"


@pytest.mark.model
def test_a_coup_as_the_subject_of_a_general_statement_is_none() -> None:
    text = (
        "Declaración sobre Brasil\n\n"
        "En Brasil, el gobierno de la derecha, elegido en octubre de 2018, ataca a los trabajadores.\n\n"
        "4. Un golpe de Estado no es un destino inevitable: los pueblos organizados pueden derrotarlo."
    )
    assert not any(t == "coup" for t, _d, _c in events(text))


@pytest.mark.model
def test_a_plural_participle_of_murder_is_no_death_of_the_person_named() -> None:
    text = (
        "Declaración\n\nEn Colombia, el paro nacional iniciado el 28 de abril de 2021 duró semanas "
        "pese a la represión del gobierno de Mateo Rincón Vargas, que dejó decenas de jóvenes asesinados en Cali."
    )
    found = events(text)
    assert not any(t == "death" for t, _d, _c in found)
    assert has_event(found, "protest", "2021-04-28", "CO")


@pytest.mark.model
def test_golpe_fascista_and_salvador_as_a_given_name() -> None:
    text = (
        "Declaração\n\nNo Chile, lembramos o golpe fascista contra o governo de Salvador Allende, "
        "em 11 de setembro de 1973."
    )
    found = events(text)
    assert has_event(found, "coup", "1973-09-11", "CL")
    assert not any(c == "SV" for _t, _d, c in found)


@pytest.mark.model
def test_tentativa_de_golpe_is_a_coup_attempt() -> None:
    text = (
        "Declaração\n\nEm 8 de janeiro de 2023, milhares de extremistas invadiram os palácios de Brasília. "
        "Foi uma tentativa de golpe preparada durante meses diante dos quartéis."
    )
    assert has_event(events(text), "coup", "2023-01", "BR")
    from movement_graph.pipeline import analyse_batch

    labels = [e.label for a in analyse_batch(list(segment(source(text)))) for e in a.events]
    assert any("coup attempt" in label for label in labels), labels


@pytest.mark.model
def test_the_people_named_by_its_adjective_places_the_strike() -> None:
    # the title names Mexico; the sentence names the Colombian people
    text = (
        "Pronunciamiento\n\n¡Alto a la represión contra el pueblo de México!\n\n"
        "Expresamos nuestra solidaridad con los trabajadores de México.\n\n"
        "Saludamos la lucha del pueblo colombiano, que en el paro nacional de 2021 enfrentó la represión."
    )
    found = events(text)
    assert has_event(found, "protest", "2021", "CO")
    assert not any(t == "protest" and c == "MX" for t, _d, c in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Resolución sobre el Ecuador\n\nDesde la destitución y detención del presidente Tomás Aldana Ruiz "
            "el 3 de marzo de 2021, el pueblo ecuatoriano resiste.",
            "2021-03-03",
        ),
        (
            "Declaração\n\nNo Paraguai, desde a destituição do presidente Tomás Aldana Ruiz, em maio de 2021, "
            "o povo trabalhador resiste nas ruas e nas fábricas contra o novo governo.",
            "2021-05",
        ),
        (
            "Resolution\n\nIn Ecuador, since the removal and arrest of President Tomás Aldana on March 3, 2021, "
            "the workers have resisted.",
            "2021-03-03",
        ),
    ],
)
def test_a_presidents_removal_named_by_its_noun(text: str, date: str) -> None:
    found = events(text)
    assert any(t == "crisis" and d is not None and d.startswith(date) for t, d, _c in found), found


@pytest.mark.model
def test_the_people_rose_up_told_by_a_reflexive_verb() -> None:
    text = "Declaración\n\nEn Bolivia, en octubre de 2003, el pueblo se levantó contra la venta del gas."
    assert has_event(events(text), "protest", "2003-10", "BO")
    # the guard: a condition, with no date, is no protest
    assert events("Declaración\n\nSi el pueblo se levanta, el gobierno caerá.") == []


@pytest.mark.model
def test_a_count_in_words_after_more_than_before_a_passive_verb_of_murder() -> None:
    text = (
        "Declaração\n\nNo Peru, em dezembro de 2022, mais de sessenta pessoas foram assassinadas pelas "
        "forças repressivas do governo nas ruas de Ayacucho e de outras cidades do sul do país."
    )
    assert has_event(events(text), "attack", "2022-12", "PE")


@pytest.mark.model
def test_landmark_events_of_the_region_in_the_gazetteer() -> None:
    es = (
        "Declaración\n\nExigimos justicia para los 43 normalistas de Ayotzinapa, desaparecidos por el Estado."
    )
    assert has_event(events(es), "attack", "2014-09-26", "MX")
    pt = "Declaração\n\nOs fascistas depredaram as sedes dos três poderes e seguem impunes."
    assert has_event(events(pt), "attack", "2023-01-08", "BR")


@pytest.mark.model
def test_an_election_told_by_its_participle_and_date() -> None:
    text = (
        "Declaración sobre el Brasil\n\nEn Brasil, el gobierno de la ultraderecha, elegido en octubre de 2018, "
        "ataca los derechos de los trabajadores y entrega las selvas a los monopolios."
    )
    assert has_event(events(text), "election", "2018-10", "BR")
    # the guard: no date after the participle, no election
    undated = (
        "Declaración\n\nEl nuevo parlamento elegido no resolverá nada para los trabajadores del campo "
        "y de la ciudad en Colombia."
    )
    assert not any(t == "election" for t, _d, _c in events(undated))


@pytest.mark.model
def test_a_coup_placed_by_no_country_takes_the_landmark_of_its_very_day() -> None:
    text = (
        "Declaração\n\nNeste ano lembramos o golpe fascista de Pinochet contra o governo popular, em 11 de "
        "setembro de 1973, e a memória dos assassinados segue viva na luta."
    )
    assert has_event(events(text), "coup", "1973-09-11", "CL")


@pytest.mark.model
def test_a_bare_golpe_against_a_named_president_and_the_next_coups_own_date() -> None:
    text = (
        "Nota sobre a Bolívia\n\nRepudiamos o golpe de Estado consumado em 10 de novembro de 2019 na Bolívia "
        "contra o governo eleito.\n\nEste golpe segue o roteiro do golpe contra Manuel Zelaya em Honduras, "
        "em 2009, e do golpe parlamentar contra Fernando Lugo no Paraguai, em junho de 2012."
    )
    found = events(text)
    assert has_event(found, "coup", "2009", "HN")
    assert has_event(found, "coup", "2012-06", "PY")
    assert not has_event(found, "coup", "2009", "PY")
    # the guard: a blow against the workers is no coup
    blow = (
        "Declaración\n\nEl gobierno asestó un duro golpe contra los trabajadores del campo en México "
        "en marzo de 2021 con su reforma laboral y sus despidos."
    )
    assert not any(t == "coup" for t, _d, _c in events(blow))
