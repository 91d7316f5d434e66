"""Probe 27: titles, datelines and conferences: a network's masthead and a kicker over the
title, a newspaper's masthead and issue line, an e-mail's headers, an export's breadcrumb and
properties, regional meetings held somewhere, participants named after a verb that opens
the sentence. Every party below is invented."""

from __future__ import annotations

import pytest
from helpers import document, source
from helpers import list_names as names

from movement_graph.extract.networks import conferences, network_mentions
from movement_graph.ingest import html_to_text
from movement_graph.model import ConferenceMention, Quote
from movement_graph.resolve import resolve_conferences
from movement_graph.segment import is_navigation, segment

BODY = " ".join(["The parties discussed the situation of the working class and its struggles."] * 6)


def _one(text: str):
    docs = list(segment(source(text)))
    assert len(docs) == 1
    return docs[0]


def test_network_masthead_and_press_kicker_over_the_title():
    d = _one(
        "CIPOML – ICMLPO\nInternational Conference of Marxist-Leninist Parties and Organizations\n\n"
        "PRESS COMMUNIQUÉ\n\nMeeting of the parties of the Andes\n\n" + BODY + "\n\nLima, 3 May 2022\n"
    )
    assert d.title == "Meeting of the parties of the Andes"
    assert d.kind == "communiqué" and d.date == "2022-05-03"


def test_german_press_release_kicker():
    d = _one(
        "ICOR Europa\nInternationale Koordinierung revolutionärer Parteien und Organisationen\n\n"
        "PRESSEMITTEILUNG\n\nTreffen der Organisationen am Rhein\n\n" + BODY + "\n"
    )
    assert d.title == "Treffen der Organisationen am Rhein" and d.kind == "communiqué"


def test_newspaper_name_and_issue_line_are_a_masthead():
    d = _one(
        "THE RED LANTERN\n\nPaper of the Workers' League of Arland – 14 September 2023 – No. 31\n\n"
        "International\n\nThe conference of the network met\n\n" + BODY + "\n"
    )
    assert d.title == "The conference of the network met"
    assert d.date == "2023-09-14" and d.kind == "article"


def test_html_header_with_issue_line_is_read_over_main():
    text = html_to_text(
        "<html><body><header><p>LA CHISPA</p><p>Nº 12 – marzo de 2021</p></header>"
        "<main><h1>Reunión</h1><p>Texto.</p></main></body></html>"
    )
    assert text.startswith("LA CHISPA") and "Reunión" in text
    # a site's header without an issue line stays out, as before
    text = html_to_text(
        "<html><body><header><p>Home | About | Contact</p></header><main><h1>T</h1><p>X.</p></main></body></html>"
    )
    assert "Home" not in text


def test_mail_headers_are_no_title_and_date_the_text():
    d = _one(
        "---------- Forwarded message ---------\nFrom: Info <info@example.org>\n"
        "Date: Tue, 2 Mar 2021 at 10:00\nSubject: [news] Fwd: No to the war!\nTo: <list@example.org>\n\n"
        "ICOR Resolution: No to the war!\n\n" + BODY + "\n"
    )
    assert d.title == "ICOR Resolution: No to the war!"
    assert d.date == "2021-03-02" and d.kind == "resolution"


def test_mail_subject_is_the_title_when_the_text_has_no_heading():
    d = _one("From: Info <info@example.org>\nSubject: [news] Solidarity with the miners\n\n" + BODY + "\n")
    assert d.title == "Solidarity with the miners"


def test_export_breadcrumb_and_properties_are_navigation():
    assert is_navigation("Archive / ICOR Africa / 2019")
    assert is_navigation("Section: International · Language: English · Tags: #ICOR")
    assert not is_navigation("Santiago / Berlin, 11 September 2023")
    assert not is_navigation("Workers of Arland / Bel, unite!")
    d = _one(
        "Archivio / CIPOML / 2021\n\nSezione: Internazionale · Lingua: italiano · Etichette: #CIPOML\n\n"
        "Comunicato sulla riunione\n\n" + BODY + "\n"
    )
    assert d.title == "Comunicato sulla riunione"


def _confs(text: str) -> list[ConferenceMention]:
    d = document(text)
    return list(conferences(d, network_mentions(d)))


def test_regional_meeting_dated_before_its_name_and_placed_after_it():
    (c,) = _confs("On 2 and 3 May 2022 the parties of the ICMLPO held their regional meeting in Lima, Peru.")
    assert c.kind == "meeting" and c.date.startswith("2022-05") and c.place == "PE"


def test_regional_meeting_placed_before_its_name():
    (c,) = _confs(
        "Il 4 giugno 2022 si è tenuta ad Atene, Grecia, la riunione regionale delle organizzazioni della CIPOML."
    )
    assert c.date == "2022-06-04" and c.place == "GR"
    (c,) = _confs("Am 9. und 10. April 2022 fand in Wien, Österreich, das Regionaltreffen der ICOR statt.")
    assert c.date.startswith("2022-04-") and c.place == "AT"
    (c,) = _confs("La réunion régionale de l'ICOR s'est tenue à Dakar, Sénégal, le 5 mars 2022.")
    assert c.kind == "meeting" and c.date == "2022-03-05" and c.place == "SN"


def test_meetings_of_one_month_in_two_countries_are_two():
    def m(doc: str, date: str, place: str) -> ConferenceMention:
        return ConferenceMention(
            doc, Quote(0, 7, "meeting"), "ICOR meeting", "ICOR", "meeting", None, date, place
        )

    confs, _ = resolve_conferences([m("a", "2022-03-24", "UY"), m("b", "2022-03", "AT")])
    assert len(confs) == 2


def test_participants_after_an_opening_verb():
    text = (
        "Teilgenommen haben die Rote Arbeiterliga Arlands (RAA) als Gastgeberin, die Kommunistische "
        "Gruppe Bel (KGB) aus Marokko und der Partito Operaio di Cora (POC) aus Italien.\n"
    )
    got = names(text)
    assert [(n, r) for n, r, _c in got] == [
        ("Rote Arbeiterliga Arlands", "participant"),
        ("Kommunistische Gruppe Bel", "participant"),
        ("Partito Operaio di Cora", "participant"),
    ]
    assert [c for _n, _r, c in got][1:] == ["MA", "IT"]
    got = names(
        "Hanno partecipato il Partito Comunista di Ara (PCA) d'Italia e l'Organizzazione Operaia di Bel (OOB) della Grecia.\n"
    )
    assert [(n, c) for n, _r, c in got] == [
        ("Partito Comunista di Ara", "IT"),
        ("Organizzazione Operaia di Bel", "GR"),
    ]
    got = names(
        "Participaron el Partido Obrero de Ara (POA), como anfitrión, la Liga Comunista de Bel (LCB) de Chile y el Movimiento de Cora (MC) de Perú.\n"
    )
    assert len(got) == 3 and all(r == "participant" for _n, r, _c in got)


@pytest.mark.parametrize(
    "line", ["*Quito, 12 November 2022*", "QUITO, 12 NOV 2023", "Lima, noviembre de 2019"]
)
def test_a_dateline_is_no_issue_line(line):
    # "November" holds no issue number ("No" and a Roman "V"): a title over such a dateline
    # stays the title, not a newspaper's masthead
    from movement_graph.segment import _issue_line

    assert not _issue_line(line)
