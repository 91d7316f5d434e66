"""Participant lists in the layouts of held-out probe 19 (invented names; each test fails
on the code before the fix it covers)."""

from __future__ import annotations

from movement_graph.extract.countries import is_country
from movement_graph.extract.entries import parse_entry
from movement_graph.extract.lists import find_lists
from movement_graph.extract.organisations import from_lists
from movement_graph.ingest import blank_page_furniture, html_to_text, markdown_to_text
from movement_graph.model import Document

INTRO = "We call on all workers to join the protests against the new labour law. " * 3


def doc(text: str) -> Document:
    return Document(file="t.txt", index=0, start=10, end=10 + len(text), text=text, title="T")


def orgs(text: str) -> list[tuple[str, str, str | None, str | None]]:
    d = doc(text)
    return [(m.name, m.role.value, m.country, m.acronym) for m in from_lists(find_lists(d), source=d)]


def test_three_column_table_with_header_in_another_language() -> None:
    """An HTML table "Land | Organisation | Abkürzung"; a country cell spanning two rows."""
    page = (
        "<p>Unterzeichner:</p><table><tr><th>Land</th><th>Organisation</th><th>Abkürzung</th></tr>"
        "<tr><td>Tschad</td><td>Rote Zelle Tschads</td><td>RZT</td></tr>"
        "<tr><td rowspan='2'>Peru</td><td>Unión Roja Andina</td><td>URA (ml)</td></tr>"
        "<tr><td>Colectivo Ara**</td><td>CA</td></tr></table>"
    )
    text = INTRO + "\n\n" + html_to_text(page)
    assert orgs(text) == [
        ("Rote Zelle Tschads", "signatory", "TD", "RZT"),
        ("Unión Roja Andina", "signatory", "PE", "URA (ml)"),
        ("Colectivo Ara", "signatory", "PE", "CA"),
    ]


def test_markdown_table_with_number_and_acronym_columns() -> None:
    md = (
        "Firman:\n\n| N.º | País | Partido u organización | Siglas |\n|---|---|---|---|\n"
        "| 1 | Chad | Unión Roja del Chad | URC |\n| 2 | Perú | Liga Obrera Andina | LOA |\n"
    )
    text = INTRO + "\n\n" + markdown_to_text(md)
    assert orgs(text) == [
        ("Unión Roja del Chad", "signatory", "TD", "URC"),
        ("Liga Obrera Andina", "signatory", "PE", "LOA"),
    ]


def test_markdown_front_matter_is_blank() -> None:
    out = markdown_to_text('---\nlayout: post\ntitle: "X"\n---\n\n# Title')
    assert out.split("\n")[:4] == ["   ", "            ", "          ", "   "]
    assert markdown_to_text("---\n\nText") == "---\n\nText"  # a rule, no front matter


def test_two_column_pdf_list_with_hyphenation_and_page_break() -> None:
    text = (
        INTRO
        + "\n\nSignatories:\n\n"
        + " 1. Union of Ara, Chad                        4. Revolutionary Front of Bel-\n"
        + " 2. Red League of Revolutionary Com-              gium Workers (RFBW), Belgium\n"
        + "    munists (RLRC), Peru                      5. Workers' Party of Dan\n"
        + " 3. Marxist-                                     (WPD), Mali\n"
        + "    Leninist Party of Gao, Niger\n"
        + "Org – Resolution                                      page 1/2\n\f\n"
        + "\n6. Party of Labour of Fez (PLF), Morocco\n\n"
        + "Org – Resolution                                      page 2/2\n"
    )
    got = orgs(blank_page_furniture(text))
    assert [(n, r, c) for n, r, c, _ in got] == [
        ("Union of Ara", "signatory", "TD"),
        ("Red League of Revolutionary Communists", "signatory", "PE"),
        ("Marxist-Leninist Party of Gao", "signatory", "NE"),
        ("Revolutionary Front of Belgium Workers", "signatory", "BE"),
        ("Workers' Party of Dan", "signatory", "ML"),
        ("Party of Labour of Fez", "signatory", "MA"),
    ]


def test_roman_numerals_and_regional_organ() -> None:
    text = (
        f"{INTRO}\n\nSigned by the member parties:\n\n"
        "I.    Party of Labour of Ara (PLA)\n"
        "II.   Regional Committee of Tana of the Red Workers' Party of Bel (RWPB)\n"
        "III.  Communist Union of Dan\n"
    )
    # the members signed: each entry is a signatory and a member
    assert [n for n, r, *_ in orgs(text) if r == "signatory"] == [
        "Party of Labour of Ara",
        "Red Workers' Party of Bel",
        "Communist Union of Dan",
    ]


def test_country_headings_with_colon_and_in_two_languages() -> None:
    text = (
        f"{INTRO}\n\nAssinam:\n\nBrasil:\n- Frente Operária Vermelha (FOV)\n- Coletivo Jovem Vermelho (FOV)\n"
        "Peru / Perú:\n- Liga Roja Andina\nUruguay:\n- Corriente Obrera Libre\n\nA título pessoal:\n- Prof. Ana Souza, Universidade X\n"
    )
    assert orgs(text) == [
        ("Frente Operária Vermelha", "signatory", "BR", "FOV"),
        ("Coletivo Jovem Vermelho", "signatory", "BR", None),  # (FOV) is the party it belongs to
        ("Liga Roja Andina", "signatory", "PE", None),
        ("Corriente Obrera Libre", "signatory", "UY", None),
    ]
    assert is_country("Peru / Perú").iso2 == "PE"


def test_footnote_marks_an_observer_and_bilingual_entries() -> None:
    text = (
        f"{INTRO}\n\nThe following parties took part in the Plenary:\n\n"
        "CHAD\nParti Rouge du Tchad – Red Party of Chad (PRT)\nUnion de la Jeunesse Rouge (Red Youth Union of Chad)*\n\n"
        "NORWAY\nRøde Arbeiderforbund Nord / Red Workers' League North (RAN)\n"
        "Comité Regional de Tana del Partido Obrero Rojo **\n\n"
        "* attended as observer\n** on behalf of the Partido Obrero Rojo (POR)\n"
    )
    assert orgs(text) == [
        ("Red Party of Chad", "participant", "TD", "PRT"),
        ("Red Youth Union of Chad", "guest", "TD", None),
        ("Red Workers' League North", "participant", "NO", "RAN"),
        ("Partido Obrero Rojo", "participant", "NO", None),
    ]


def test_country_before_a_dash_acronym() -> None:
    e = parse_entry("Rote Arbeiterinnen und Arbeiter (Österreich) – RAA")
    assert (e.name, e.acronym, e.country.iso2 if e.country else None) == (
        "Rote Arbeiterinnen und Arbeiter",
        "RAA",
        "AT",
    )


def test_prose_list_with_delegations_semicolon_and_as_well_as() -> None:
    text = (
        f"{INTRO}\n\nThe meeting was attended by delegations from the Workers and Peasants Party (Chad), "
        "the Red League of Gao (RLG), Mali, and the Front of Bel (M-L); the Toilers' Union of Peru as well as "
        "the Workers and Peasants Organisation of Niger also took part. The meeting adopted a resolution.\n"
    )
    assert [(n, r, c) for n, r, c, _ in orgs(text)] == [
        ("Workers and Peasants Party", "participant", "TD"),
        ("Red League of Gao", "participant", "ML"),
        ("Front of Bel (M-L)", "participant", None),
        ("Toilers' Union of Peru", "participant", "PE"),
        ("Workers and Peasants Organisation of Niger", "participant", "NE"),
    ]


def test_further_signatures_after_a_note_sign() -> None:
    text = (
        f"{INTRO}\n\nListe des signataires :\na) Parti Rouge du Tchad\nb) Union Ouvrière du Mali\n\n"
        "La liste reste ouverte.\n\nSignatures reçues après publication :\nc) Ligue Rouge du Niger\n"
        "d) Noyau Ouvrier du Bénin\n\nPartager :\nFacebook Twitter\n"
    )
    assert [r for _, r, _, _ in orgs(text)] == ["signatory"] * 4


def test_two_parties_of_one_acronym_in_a_list_keep_it_a_youth_group_under_its_party_does_not() -> None:
    text = (
        INTRO
        + "\n\nSignatories:\n"
        + "- Red League of Ara (RLA), Peru\n- Ruritanian Labour Alliance (RLA), Chile\n"
        + "- Party of Labour of Ara (PTA), Argentina\n- Workers' Party of Bel (PTA), Angola\n"
        + "- Revolutionary Miners' Union (RMU), Bolivia\n- Young Pioneers of Tin (RMU), Bolivia\n"
    )
    assert [(name, acronym) for name, _role, _country, acronym in orgs(text)] == [
        ("Red League of Ara", "RLA"),
        ("Ruritanian Labour Alliance", "RLA"),
        ("Party of Labour of Ara", "PTA"),
        ("Workers' Party of Bel", "PTA"),
        ("Revolutionary Miners' Union", "RMU"),
        ("Young Pioneers of Tin", None),
    ]
