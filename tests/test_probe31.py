"""Probe 31: the common case on the ICMLPO/CIPOML side, in its parties' languages: a party
paper's masthead with its issue number, a report naming the participants in prose after
parties named only by their countries, signatures "Native (ACR) – English" whose names hold
dashes, a continent's group of one party, a title that ends in a date, a paper's banner over
the issue's date, and a single party's article that only cites the network. Every party
below is invented."""

from __future__ import annotations

import pytest
from helpers import list_names as names
from helpers import source

from movement_graph.extract.countries import find_countries
from movement_graph.extract.dates import is_date_line
from movement_graph.extract.entries import parse_entry
from movement_graph.segment import blocks, segment

BODY_ES = " ".join(["Los trabajadores y los pueblos luchan contra la explotación y la guerra."] * 6)


def test_issue_number_of_a_masthead_is_no_year():
    text = (
        "LA CHISPA\nÓrgano Central de la Unión Obrera de Ara\nEdición 1874 – 2022-05-14\n\n"
        "Gran jornada de lucha\n\n" + BODY_ES + "\n"
    )
    (d,) = segment(source(text))
    assert d.date == "2022-05-14"
    assert d.title == "Gran jornada de lucha"
    # the masthead's lines are no list of signatories
    assert names(text) == []


def test_participants_in_prose_after_parties_named_by_their_countries():
    text = (
        "Reunión de la Conferencia\n\n" + BODY_ES + "\n\n"
        "Participaron en la Plenaria los partidos de Ecuador, Colombia y México, el Partido "
        "Obrero de Ara, la Unión Comunista de Bela y el Parti Prolétarien de Cora. "
        "Otro partido envió un saludo.\n"
    )
    got = names(text)
    assert [n for n, _, _ in got] == [
        "Partido Obrero de Ara",
        "Unión Comunista de Bela",
        "Parti Prolétarien de Cora",
    ]
    assert {r for _, r, _ in got} == {"participant"}


def test_native_name_with_dashes_then_acronym_then_english():
    e = parse_entry(
        "Arbeiterbund Aras – Marxisten-Leninisten (AA-ML) / Workers' League of Ara – Marxist-Leninists – Germany"
    )
    assert (e.name, e.acronym, e.native_name) == (
        "Workers' League of Ara – Marxist-Leninists",
        "AA-ML",
        "Arbeiterbund Aras – Marxisten-Leninisten",
    )
    assert e.country is not None and e.country.iso2 == "DE"
    e = parse_entry("Εργατική Ένωση Άρας (ΕΕΑ) – Workers' Union of Ara")
    assert (e.name, e.acronym, e.native_name) == ("Workers' Union of Ara", "ΕΕΑ", "Εργατική Ένωση Άρας")
    # an English name with its acronym, then a country: no second name
    e = parse_entry("Workers' Union of Ara (WUA) – Bolivia")
    assert (e.name, e.acronym) == ("Workers' Union of Ara", "WUA")


def test_continent_group_of_one_party_signs_and_closes_the_text():
    text = (
        "Declaración final\n\n" + BODY_ES + "\n\nFirman:\n\n"
        "Europa\nPartido Obrero de Ara (POA)\nUnión Comunista de Bela (UCB)\n\n"
        "Asia\nPartido Emekçi de Cora (PEC)\n\n\n"
        "Resolución sobre Ara\n\n" + BODY_ES + "\n"
    )
    assert [b.kind for b in blocks(text)][-4:] == ["list", "list", "heading", "prose"]
    got = names(text)
    assert ("Partido Emekçi de Cora", "signatory", None) in [(n, r, None) for n, r, _ in got]
    assert [d.title for d in segment(source(text))] == ["Declaración final", "Resolución sobre Ara"]


def test_title_ending_in_a_date_is_no_dateline():
    assert not is_date_line("Gemeinsame Erklärung zum 1. Mai 2019")
    assert not is_date_line("Déclaration du 1er mai 2023")
    assert is_date_line("Quito, del 10 al 12 de mayo de 2022")
    assert is_date_line("Berlin, 1. Mai 2019")
    text = (
        "Gemeinsame Erklärung zum 1. Mai 2019\n\nMai 2019\n\n"
        + " ".join(["Die Arbeiter kämpfen."] * 20)
        + "\n"
    )
    (d,) = segment(source(text))
    assert d.title == "Gemeinsame Erklärung zum 1. Mai 2019"
    assert d.date == "2019-05"


def test_paper_banner_over_the_date_and_a_byline_under_the_title():
    text = (
        "Estrella Roja – Periódico de la Unión Obrera de Ara (UOA)\n\n2 de octubre de 2023\n\n"
        "¡No olvidamos!\n\nPor la Comisión Política de la UOA\n\n" + BODY_ES + "\n"
    )
    (d,) = segment(source(text))
    assert d.title == "¡No olvidamos!"
    assert d.date == "2023-10-02"


def test_portuguese_name_of_myanmar():
    assert [h.iso2 for h in find_countries("Em Mianmar, o golpe de 2021")] == ["MM"]


@pytest.mark.model
def test_party_article_that_only_cites_the_network_is_not_its(analyses):
    text = (
        "¡No olvidamos!\n\n2 de octubre de 2023\n\n" + BODY_ES + "\n\n"
        "Como ha señalado la Conferencia Internacional de Partidos y Organizaciones "
        "Marxistas-Leninistas en sus declaraciones, la represión es un rasgo común.\n\n" + BODY_ES + "\n"
    )
    (a,) = analyses(text)
    assert a.networks == ()
    # the network named in the text's own voice still counts
    (a,) = analyses(text.replace("Como ha señalado la", "La"))
    assert a.networks == ("ICMLPO",)
