"""Layouts and words of the networks' texts in other languages:
demands lists over signatures, entries with translations and footnote marks, compound
acronyms, regional meetings, report titles, yearless dates and compound event words.

Invented parties; real countries and events.
"""

from __future__ import annotations

import pytest
from helpers import pathological, source

from movement_graph.extract.entries import parse_entry
from movement_graph.extract.networks import _WHERE_AND_WHEN, conferences, network_mentions, pattern_hits
from movement_graph.model import Document, Quote
from movement_graph.segment import segment

BODY = (
    "El ejército tomó el poder y declaró el estado de emergencia. Los trabajadores respondieron "
    "con huelgas y manifestaciones en todas las ciudades del país, y la represión dejó decenas de "
    "muertos. Los partidos firmantes saludan esta lucha heroica de la clase obrera y del pueblo."
)


def test_a_list_of_demands_does_not_close_the_text() -> None:
    """A slogan between a list of demands and the signatures is no title of a new text."""
    text = (
        "¡ABAJO LA DICTADURA MILITAR!\n\nDeclaración conjunta\n\n15 de noviembre de 2021\n\n"
        f"{BODY}\n\n"
        "Nosotros, los partidos abajo firmantes:\n"
        "– saludamos la huelga general de los trabajadores contra el golpe militar;\n"
        "– exigimos la liberación inmediata de todos los presos políticos del régimen;\n"
        "– llamamos a los trabajadores del mundo entero a la solidaridad con este pueblo.\n\n"
        "¡Abajo el golpe militar! ¡Viva la lucha del pueblo!\n\n"
        "Firmantes:\n\n"
        "Chile – Unión Obrera Roja (UOR)\n"
        "Perú – Liga de Trabajadores Revolucionarios (LTR)\n"
        "Uruguay – Movimiento Proletario Oriental (MPO)\n"
        "Bolivia – Frente Obrero Revolucionario de Bolivia (FORB)\n"
        "Paraguay – Organización Comunista de los Trabajadores Paraguayos (OCTP)\n"
        "Argentina – Núcleo Obrero Comunista Revolucionario (NOCR)\n"
        "Ecuador – Unión de Trabajadores Revolucionarios del Ecuador (UTRE)\n"
    )
    docs = list(segment(source(text)))
    assert len(docs) == 1
    assert "Firmantes" in docs[0].text


@pytest.mark.parametrize(
    ("entry", "name", "acronym", "country"),
    [
        # a footnote mark after the country
        (
            "Unione Proletaria dei Lavoratori (UPL) – Turchia³",
            "Unione Proletaria dei Lavoratori",
            "UPL",
            "TR",
        ),
        # an apposition after the acronym's bracket
        (
            "Côte d'Ivoire : Ligue des Ouvriers Ivoiriens (LOI), organisation hôte",
            "Ligue des Ouvriers Ivoiriens",
            "LOI",
            "CI",
        ),
        # a one-word name and its acronym
        ("Almanya – Arbeiterkampfbund-Organisation (AKBO)", "Arbeiterkampfbund-Organisation", "AKBO", "DE"),
        # "(translation, ACRONYM)" and "(ACRONYM – translation)"
        (
            "Tunus – Union des Ouvriers Rouges de Tunisie (Tunus Kızıl İşçiler Birliği, UORT)",
            "Union des Ouvriers Rouges de Tunisie",
            "UORT",
            "TN",
        ),
        (
            "Ergatiki Enosi Elladas (EEE – Unione Operaia di Grecia) – Grecia",
            "Ergatiki Enosi Elladas",
            "EEE",
            "GR",
        ),
        ("Denmark – Rød Arbejderforbund (Red Workers' League, RAF)", "Red Workers' League", "RAF", "DK"),
        # a translation into the list's language in brackets
        (
            "KRS\tKomunistička Radnička Savez (Kommunistischer Arbeiterbund Serbiens), Serbien",
            "Komunistička Radnička Savez",
            "KRS",
            "RS",
        ),
    ],
)
def test_entry_layouts(entry: str, name: str, acronym: str, country: str) -> None:
    e = parse_entry(entry)
    assert (e.name, e.acronym, e.country.iso2 if e.country else None) == (name, acronym, country)


def test_a_qualifier_in_the_names_language_stays_in_the_name() -> None:
    assert parse_entry("Kommunistische Partei (Revolutionärer Aufbau der Partei)").name == (
        "Kommunistische Partei (Revolutionärer Aufbau der Partei)"
    )
    assert (
        parse_entry("Partido Comunista del Perú (Patria Roja)").name
        == "Partido Comunista del Perú (Patria Roja)"
    )


def test_a_translation_is_another_name() -> None:
    e = parse_entry("KRS\tKomunistička Radnička Savez (Kommunistischer Arbeiterbund Serbiens), Serbien")
    assert e.translation == "Kommunistischer Arbeiterbund Serbiens"


def test_an_acronym_opening_a_compound_names_the_network() -> None:
    assert [k for _, _, k, _ in pattern_hits("Gemeinsame Erklärung von ICOR-Organisationen in Europa")] == [
        "ICOR"
    ]
    assert [k for _, _, k, _ in pattern_hits("CIPOML-Mitgliedsparteien")] == ["ICMLPO"]
    assert pattern_hits("ICOR-ML") == () and pattern_hits("XY-ICOR") == ()


def test_where_and_when_is_linear_on_capitals() -> None:
    """Once exponential in the capitals; timed in ``bench/pathological.py``."""
    text = pathological.capitals(26)
    assert text == " ABCDEFGHIJKLMNOPQRSTUVWXYZ x"
    assert _WHERE_AND_WHEN.match(text) is None
    assert _WHERE_AND_WHEN.match(" Quito, Ecuador, from ") is not None


def _doc(text: str, date: str | None) -> Document:
    title = text.split("\n")[0]
    return Document(
        file="t.txt",
        index=0,
        start=0,
        end=len(text),
        text=text,
        title=title,
        title_quote=Quote(0, len(title), title),
        date=date,
    )


@pytest.mark.parametrize(
    ("text", "kind", "network"),
    [
        (
            "Final Communiqué of the European Regional Conference of the ICMLPO\n\nThe delegates met.",
            "continental-conference",
            "ICMLPO",
        ),
        (
            "Declaración del Seminario Regional de América Latina\n\nCIPOML – Los delegados se reunieron.",
            "meeting",
            "ICMLPO",
        ),
        (
            "COMPTE RENDU DE LA RENCONTRE RÉGIONALE DES ORGANISATIONS DE L'ICOR\n\nLes délégués.",
            "meeting",
            "ICOR",
        ),
    ],
)
def test_a_regional_meeting_named_in_the_title(text: str, kind: str, network: str) -> None:
    d = _doc(text, "2023-10-29")
    found = list(conferences(d, network_mentions(d)))
    assert [(c.kind, c.network, c.date) for c in found] == [(kind, network, "2023-10")]


def test_a_shared_meeting_word_belongs_to_the_network_named_after_it() -> None:
    text = (
        "Report\n\nThe regional meeting of ICOR in South Asia was held in March 2023. An observer of "
        "the ICMLPO attended."
    )
    d = _doc(text, "2023-04-01")
    assert {(c.network, c.kind) for c in conferences(d, network_mentions(d))} == {("ICOR", "meeting")}


def test_report_titles_and_a_network_heading_are_no_newspaper() -> None:
    text = (
        "ICOR Afrique\n\nCOMPTE RENDU DE LA RÉUNION DES ORGANISATIONS\n\nAbidjan, le 3 septembre 2023\n\n"
        "Les délégués des organisations se sont réunis pendant deux jours et ont discuté de la situation "
        "politique du continent, des coups d'État militaires et des tâches des révolutionnaires."
    )
    (d,) = segment(source(text))
    assert d.kind == "report"


@pytest.fixture(scope="module")
def analyse(analyses):  # type: ignore[no-untyped-def]
    def run(text: str):  # type: ignore[no-untyped-def]
        (a,) = analyses(text)
        return {(e.type, e.date, e.country) for e in a.events}

    return run


def test_a_yearless_day_takes_the_year_before_the_texts_date(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaración sobre Níger\n\nLima, 27 de agosto de 2023\n\n"
        "Los partidos rechazan el golpe de Estado militar del 26 de julio en Níger y toda intervención "
        "armada extranjera en ese país. Los pueblos de la región luchan por su independencia verdadera."
    )
    assert ("coup", "2023-07-26", "NE") in analyse(text)


def test_compound_and_translated_names_of_historical_events(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Erklärung zum Jahrestag\n\n23. Oktober 2023\n\n"
        "Wenige Wochen später versuchten die Faschisten mit dem Hitlerputsch die Macht an sich zu reißen. "
        "Die Novemberrevolution hatte die Machtfrage nicht gelöst. Die Arbeiter Portugals feiern die "
        "Nelkenrevolution."
    )
    found = {(t, d[:4] if d else None, c) for t, d, c in analyse(text)}
    assert {("coup", "1923", "DE"), ("revolution", "1918", "DE"), ("revolution", "1974", "PT")} <= found
