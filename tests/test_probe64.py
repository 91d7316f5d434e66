"""Event defects that probes 58 and 60 left: a town's massacre took the date of an older
disaster told after it in its sentence ("The X massacre reminds us of the Y mine disaster
in Z of <date>"), and that disaster the country of a third one named later; a country that
ends a name the model reads as an event's ("the Plan Colombia") placed an election; a
protest its sentence places in towns of several countries took the document's country;
French "Ce coup d'État" took the places and dates of the series its sentence tells; the
countries of such a series with their dates in brackets; French "putschs"; months listed
after an event's year ("en 2022, en janvier et en septembre"); a list of cities broken by
a concessive aside ("in Berlin in spite of the bans, in Amman …"). Invented texts; each
test fails on the code before the fix."""

from __future__ import annotations

import pytest
from helpers import events, has_event, labelled_events, statement_en, statement_es

pytestmark = pytest.mark.model

SIGN_FR = "\n\nSignataires :\nLigue ouvrière d'Atlantide (LOA)\nCercle révolutionnaire de Lémurie (CRL)\n"


def _fr(body: str, date: str = "3 août 2023") -> str:
    return f"Déclaration\n\nSolidarité avec les peuples d'Afrique\n\n{date}\n\n{body}{SIGN_FR}"


def test_massacre_takes_no_date_past_a_verb_and_another_event() -> None:
    text = statement_en(
        "No to murder for profit!",
        "20 June 2021",
        "The Izmir massacre reminds us of the Kestel mine disaster in Manisa of 4 April 1988, in "
        "which 90 miners died, and of the Lota disaster in Chile in May 2001.",
    )
    found = events(text)
    assert ("disaster", "1988-04-04", "TR") in found
    assert not any(t == "attack" and d == "1988-04-04" for t, d, _c in found)
    assert not any(t == "disaster" and c == "CL" and d == "1988-04-04" for t, d, c in found)


def test_country_ending_an_event_name_places_nothing() -> None:
    text = statement_en(
        "Statement on Peru",
        "April 2005",
        "The president came to power in the elections of 2001 and betrayed the people by "
        "submitting to the IMF and to the Plan Colombia.",
    )
    found = events(text)
    assert not any(t == "election" and c == "CO" for t, _d, c in found)
    assert has_event(found, "election", "2001", "PE")


def test_protest_in_towns_of_several_countries_is_not_the_documents() -> None:
    text = statement_en(
        "No to the war against Iran!",
        "March 2012",
        "The war was decided against the will of the peoples. On 12 February millions of "
        "people demonstrated in Rome, London, Madrid, New York and hundreds of other cities "
        "in the largest protest in years.",
    )
    assert not any(t == "protest" and c == "IR" for t, _d, c in events(text))


def test_demonstrative_coup_and_its_bracketed_series() -> None:
    text = _fr(
        "Le 9 mars 2023, des officiers ont renversé le président à Libreville. Ce coup d'État "
        "est le dernier d'une série : après le Soudan (avril 2019 et octobre 2021) et le Tchad "
        "(avril 2021), la Guinée a connu deux putschs en 2022, en février et en novembre."
    )
    found = events(text)
    assert not any(t == "coup" and c in ("SD", "TD") and d == "2023-03-09" for t, d, c in found)
    assert has_event(found, "coup", "2019-04", "SD")
    assert has_event(found, "coup", "2021-10", "SD")
    assert has_event(found, "coup", "2021-04", "TD")
    assert has_event(found, "coup", "2022-02", "GN")
    assert has_event(found, "coup", "2022-11", "GN")


def test_months_before_the_dated_month() -> None:
    found = events(_fr("La Guinée a connu deux putschs, en février et en novembre 2022."))
    assert has_event(found, "coup", "2022-02", "GN")
    assert has_event(found, "coup", "2022-11", "GN")


def test_concessive_aside_ends_no_list_of_cities() -> None:
    text = statement_en(
        "Stop the bombing!",
        "20 May 2024",
        "Millions have taken to the streets worldwide: in Paris on 11 May, in Rome in spite "
        "of the bans, in Amman, Cairo and Istanbul.",
    )
    found = events(text)
    for iso in ("JO", "EG", "TR"):
        assert any(t == "protest" and c == iso for t, _d, c in found), iso


def test_spanish_demonstrative_points_back() -> None:
    text = statement_es(
        "¡No al golpe!",
        "8 de octubre de 2021",
        "El 5 de octubre de 2021 los militares derrocaron al presidente de Bolivia. Este golpe de "
        "Estado es el último de una serie: después de Chile (septiembre de 1973) y Uruguay "
        "(junio de 1973), la región vuelve a los años oscuros.",
    )
    found = events(text)
    assert not any(t == "coup" and c == "CL" and d == "2021-10-05" for t, d, c in found)
    assert has_event(found, "coup", "1973-06", "UY")


def test_ruler_fell_and_gapped_clause() -> None:
    text = statement_en(
        "Statement: the people of Peru have driven out another president",
        "April 2005",
        "In Peru the people marched for a week. Fujimar fell in November 1998 and Tolenza in "
        "March 2001, both brought down by the workers and the youth.",
    )
    found = labelled_events(text)
    assert ("crisis", "Fall of the Fujimar regime in Peru", "1998-11", "PE") in found
    assert ("crisis", "Fall of the Tolenza regime in Peru", "2001-03", "PE") in found


def test_place_that_fell_is_no_ruler() -> None:
    text = statement_en(
        "On Cuba", "May 2020", "In Cuba the guerrilla advanced. Santiago fell in December 1958."
    )
    assert not any(t == "crisis" for t, _l, _d, _c in labelled_events(text))
