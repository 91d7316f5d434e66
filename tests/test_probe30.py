"""Probe 30: the common case, ordinary joint statements: a list of signers right under the
closing dateline with page furniture after it, "Read also: …" links, a closing dateline
over signatures written as a sentence, a site's banner heading over the post's title, and
the reference scorer's texts of neither network. Every party below is invented."""

from __future__ import annotations

from helpers import list_names as names
from helpers import source

from movement_graph.segment import is_navigation, segment

BODY = " ".join(["The youth rose against the regime and the workers went on strike."] * 6)


def _one(text: str):
    docs = list(segment(source(text)))
    assert len(docs) == 1
    return docs[0]


def test_list_under_closing_dateline_signs_despite_furniture_after_it():
    text = (
        "Solidarity with the youth!\n\n" + BODY + "\n\nAfrica, 30 July 2024\n\n"
        "Workers' Vanguard League of Arland (WVLA), Kenya\n"
        "Union Révolutionnaire des Travailleurs de Bela (URTB), Côte d'Ivoire\n"
        "Parti Prolétarien de Cora (PPC), Tunisia\n\n"
        "Read also: Statement on the war | Statement on the elections\n"
    )
    got = names(text)
    assert [r for _, r, _ in got] == ["signatory"] * 3
    assert {c for _, _, c in got} == {"KE", "CI", "TN"}
    # a translator's note after the list, no furniture: the dateline over it still says they sign
    text = text.replace(
        "Read also: Statement on the war | Statement on the elections", "Translated by the editors."
    )
    assert [r for _, r, _ in names(text)] == ["signatory"] * 3


def test_list_in_the_middle_of_a_text_is_still_only_mentioned():
    text = (
        "Solidarity with the youth!\n\n" + BODY + "\n\nAmong those present were\n\n"
        "Workers' Vanguard League of Arland (WVLA), Kenya\n"
        "Parti Prolétarien de Cora (PPC), Tunisia\n\n" + BODY + "\n"
    )
    assert {r for _, r, _ in names(text)} <= {"mentioned"}


def test_read_also_links_are_navigation():
    assert is_navigation("Read also: ICMLPO: Solidarity with Sudan | Statement on the coup")
    assert is_navigation("Siehe auch: Erklärung zum 1. Mai")
    assert not is_navigation("Read also the statement below.")
    assert not is_navigation("See also the resolution of 2019.")


def test_closing_dateline_over_a_signature_sentence_dates_the_text():
    d = _one(
        "Déclaration commune\n\nNon au coup de force !\n\n" + BODY + "\n\nLe 12 février 2024\n\n"
        "Cette déclaration est signée par la Ligue Communiste de Bela (Sénégal), le Parti des "
        "Travailleurs de Cora (Mali) et l'Union Prolétarienne d'Ara (France).\n"
    )
    assert d.date == "2024-02-12"


def test_dateline_before_the_last_paragraph_of_prose_is_not_the_date():
    d = _one("Non au coup de force !\n\n" + BODY + "\n\nLe 12 février 2024\n\n" + BODY + "\n")
    assert d.date is None


def test_site_banner_heading_is_no_part_of_the_title():
    d = _one(
        "Bandera Roja de Ara — Órgano de la Organización Comunista de Ara\n\n"
        "¡Abajo el gobierno asesino!\n\n"
        "Publicado el 12 enero, 2023 por Redacción\n\n" + BODY + "\n\nLima, 11 de enero de 2023\n"
    )
    assert d.title == "¡Abajo el gobierno asesino!"
    d = _one(
        "Unity Online — News from the ICMLPO\n\nStatement on Kenya\n\nGlory to the youth!\n\n" + BODY + "\n"
    )
    assert d.title.startswith("Statement on Kenya")


def test_a_title_with_a_dash_stays_whole():
    d = _one("No to war — yes to the struggle of the peoples\n\nOn the situation\n\n" + BODY + "\n")
    assert d.title.startswith("No to war — yes to the struggle of the peoples")


def test_a_french_coup_de_force_is_no_coup() -> None:
    from helpers import source

    from movement_graph.pipeline import analyse_batch

    text = (
        "Déclaration commune\n\nSénégal : non au coup de force constitutionnel !\n\nNous dénonçons ce coup de "
        "force constitutionnel contre la volonté du peuple sénégalais, après le report des élections. "
        "Le coup d'État du 26 juillet 2023 au Niger a ouvert une crise dans toute la région.\n\n"
        "Le 12 février 2024\n\nSigné par :\nLigue des Travailleurs de Cora (LTC)\n"
    )
    coups = [
        (e.country, e.date)
        for a in analyse_batch(list(segment(source(text))))
        for e in a.events
        if e.type == "coup"
    ]
    assert ("NE", "2023-07-26") in coups
    assert not any(c == "SN" or d is None for c, d in coups)


def test_a_french_coup_de_force_with_its_day_is_a_coup() -> None:
    from helpers import source

    from movement_graph.pipeline import analyse_batch

    text = (
        "Message au congrès\n\nSalut fraternel\n\nTunis, le 3 mars 2022\n\nDepuis le coup de force du 25 juillet "
        "2021, par lequel le président a suspendu le parlement de la Tunisie et concentré tous les pouvoirs, "
        "la répression frappe les travailleurs.\n\nSigné par :\nLigue des Travailleurs de Cora (LTC)\n"
    )
    coups = [
        (e.country, e.date)
        for a in analyse_batch(list(segment(source(text))))
        for e in a.events
        if e.type == "coup"
    ]
    assert ("TN", "2021-07-25") in coups
