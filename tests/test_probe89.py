"""Defects of the probe of statements whose signers are not only parties (probe 89: a
women's conference, a youth camp, joint statements with trade unions, peasants', students'
and cultural associations, an action day's supporters, in en/de/es/fr/tr): a signer whose
name is headed by "Plattform", "Netzwerk", "Sindicato", "Syndicat", "Sendikası",
"Derneği", or is a paper's editorial board or a publishing house ("Editorial Board …",
"Verlag …", "… Yayınevi") and has no country after it was no organisation; the country a
solidarity committee stands with ("… con Palestina") was taken for its own; a Turkish union's short form
clipped from its name ("(Dev Maden-Sen)") stayed in its name; "Published by the ICOR on
14 August 2023" under a title was no dateline; a dam that collapsed or burst, told by the
English verb, a German "Frauenstreik" and the murder of "the 19-year-old student X" were no
events. Invented organisations and
texts; real countries. Each test fails on the code before the fix."""

from __future__ import annotations

import pytest
from helpers import SIGN_DE, labelled_events, list_names, statement_en, titles_and_dates

from movement_graph.extract.entries import has_org_head, parse_entry

PROSE = (
    "The workers of the mines have struck for three weeks against the closure of the shafts, "
    "and the government has answered them with the police and with the courts of the state. "
) * 2


@pytest.mark.parametrize(
    "name",
    [
        "Plattform Migrantinnen Linz",
        "Netzwerk Solidarität Graz",
        "Sindicato Minero de Oruro",
        "Syndicat des Cheminots de Thiès",
        "Maden İşçileri Sendikası",
        "Emekçi Kadın Derneği",
        "Gewerkschaft der Lokführer Basel",
        "Editorial Board of the newspaper Red Dawn",
        "New Path Publishing House",
        "Redaktion der Zeitung Morgenrot",
        "Verlag Neuer Morgen",
        "Kulturverein Brecht",
        "Éditions Aube Nouvelle",
        "Coordinadora de Mujeres Luchadoras",
        "Yeni Yol Yayınevi",
    ],
)
def test_union_federation_association_network_and_platform_head_a_name(name):
    assert has_org_head(name)


@pytest.mark.parametrize(
    "name",
    [
        "Federazione Russa",
        "Editorial: One hundred years after the revolution",
        "Periódico El Proletario",
        "Merkez Komitesi",
    ],
)
def test_a_country_a_kind_of_text_and_a_masthead_head_no_name(name):
    assert not has_org_head(name)


def test_signers_without_a_country_headed_by_platform_union_or_association():
    de = (
        "Unterzeichner:\nArbeiterbund Atlantis (ABA), Österreich\nPlattform Migrantinnen Linz\n"
        "Netzwerk Solidarität Graz\n"
    )
    tr = "İmzacılar:\nEmek Birliği (EB), Türkiye\nMaden İşçileri Sendikası\nEmekçi Kadın Derneği\n"
    assert [n for n, _r, _c in list_names(de)] == [
        "Arbeiterbund Atlantis",
        "Plattform Migrantinnen Linz",
        "Netzwerk Solidarität Graz",
    ]
    assert [n for n, _r, _c in list_names(tr)] == [
        "Emek Birliği",
        "Maden İşçileri Sendikası",
        "Emekçi Kadın Derneği",
    ]


def test_the_country_a_solidarity_committee_stands_with_is_not_its_own():
    assert parse_entry("Comité de Solidaridad con Palestina").country is None
    assert parse_entry("Solidaritätskomitee mit dem Volk von Kurdistan").country is None
    e = parse_entry("Committee of Solidarity with Cuba (CSC), Ghana")
    assert e.country is not None and e.country.iso2 == "GH"
    e = parse_entry("Workers' Union of Cuba")
    assert e.country is not None and e.country.iso2 == "CU"


def test_a_short_form_clipped_from_the_names_words_is_its_acronym():
    e = parse_entry("Devrimci Tekstil İşçileri Sendikası (Dev Tekstil-Sen)")
    assert (e.name, e.acronym) == ("Devrimci Tekstil İşçileri Sendikası", "Dev Tekstil-Sen")
    # a qualifier that repeats the name's words whole is no short form
    assert parse_entry("Partido Comunista Marxista-Leninista (Marxista-Leninista)").acronym is None
    assert parse_entry("Communist Party of Nepal (Maoist Centre)").acronym is None


def test_published_by_and_on_a_day_under_the_title_is_the_dateline():
    text = (
        "Declaration of the Youth Camp\n\nPublished by the ICOR on 14 August 2023\n\n"
        + PROSE
        + "\n\nSignatories:\nWorkers' League of Atlantis (WLA), Ghana\n"
    )
    assert titles_and_dates(text) == [("Declaration of the Youth Camp", "2023-08-14")]


@pytest.mark.model
def test_a_dam_that_collapsed_or_whose_collapse_is_named_is_a_disaster():
    body = (
        "On 25 January 2019 the tailings dam of the Córrego do Ouro mine of the Ferro corporation near "
        "Itabira in Brazil collapsed. A flood of mud buried hundreds of miners.\n\n"
    )
    found = labelled_events(statement_en("Justice for the miners", "10 December 2019", body))
    assert any(t == "disaster" and d == "2019-01-25" and c == "BR" for t, _l, d, c in found), found
    body = "We remember the collapse of the tailings dam near Itabira in Brazil on 25 January 2019.\n\n"
    found = labelled_events(statement_en("Justice for the miners", "10 December 2019", body))
    assert any(t == "disaster" and d == "2019-01-25" and c == "BR" for t, _l, d, c in found), found


@pytest.mark.model
def test_an_undated_bridge_that_collapsed_is_no_event():
    body = "The bridge between the workers and the party collapsed when the leaders betrayed them.\n\n"
    found = labelled_events(statement_en("On the crisis", "10 December 2019", body))
    assert not any(t == "disaster" for t, _l, _d, _c in found), found


@pytest.mark.model
def test_a_womens_strike_named_by_the_german_compound():
    text = (
        "Erklärung\n\nHeraus zum 8. März!\n\n2. März 2020\n\nAm 14. Juni 2019 legten in der Schweiz "
        "mehr als eine halbe Million Frauen die Arbeit nieder – der größte Frauenstreik seit 1991. "
        "Wir rufen alle Frauen auf, auf die Straße zu gehen." + SIGN_DE
    )
    found = labelled_events(text)
    assert any(t == "protest" and d == "2019-06-14" and c == "CH" for t, _l, d, c in found), found


@pytest.mark.model
@pytest.mark.parametrize("noun", ["murder", "killing"])
def test_an_age_before_the_person_whose_death_is_named(noun):
    body = (
        f"The {noun} of the 19-year-old student Grace Adjei in a post office in Accra on 24 August 2019 "
        "has shaken Ghana. Thousands of women have marched since then.\n\n"
    )
    found = labelled_events(statement_en("Stop the war on women!", "10 September 2019", body))
    assert any(t == "death" and "Grace Adjei" in lab and d == "2019-08-24" for t, lab, d, _c in found), found
