"""One node per real organisation across documents and languages:
groups of one entry under a country heading, "on behalf of" lists, former names in the
networks' languages, the "(ML)" qualifier, acronyms against word-by-word translations,
Turkish names (dotless ı, glossary words), and persons written without Turkish letters.

Invented parties and persons; real countries.
"""

from __future__ import annotations

import pytest
from helpers import org_mention

from movement_graph.extract.entries import has_org_head, parse_entry
from movement_graph.extract.lists import find_lists
from movement_graph.extract.organisations import from_lists
from movement_graph.extract.roles import role_of, says_member
from movement_graph.model import Document, OrgMention, PersonMention, Quote, Role
from movement_graph.resolve.organisations import norm_name, resolve_organisations
from movement_graph.resolve.persons import resolve_persons
from movement_graph.vocab import slugify

INTRO = "We call on all workers to join the protests against the new labour law. " * 3


def doc(text: str) -> Document:
    return Document(file="t.txt", index=0, start=10, end=10 + len(text), text=text, title="T")


def listed(text: str) -> list[tuple[str, str, str | None]]:
    d = doc(text)
    return [(m.name, m.role.value, m.country) for m in from_lists(find_lists(d), source=d)]


m = org_mention


def nodes(mentions: list[OrgMention]) -> list[set[str]]:
    res = resolve_organisations(mentions)
    groups: dict[str, set[str]] = {}
    for x in mentions:
        groups.setdefault(res.key_of[x], set()).add(x.name)
    return sorted(groups.values(), key=sorted)


# --- lists ------------------------------------------------------------------------------


def test_groups_of_one_entry_under_country_headings() -> None:
    """ "Germany" over "– Red League (RL)", a blank line, "Chile" over one entry …: each
    group of one entry is read, with its heading's country."""
    text = (
        f"{INTRO}\n\nErstunterzeichner:\n\nDeutschland\n– Rote Arbeiterliga (RAL)\n\n"
        "Chile\n– Núcleo Obrero Rojo\n\nItalien\n– Nuclei Proletari Rossi\n\nBurkina Faso\n– UPRB\n"
    )
    assert listed(text) == [
        ("Rote Arbeiterliga", "signatory", "DE"),
        ("Núcleo Obrero Rojo", "signatory", "CL"),
        ("Nuclei Proletari Rossi", "signatory", "IT"),
        ("UPRB", "signatory", "BF"),
    ]


def test_plural_head_words() -> None:
    assert has_org_head("Nuclei Proletari Rossi") and has_org_head("Noyaux Communistes")
    assert has_org_head("Almanya Devrimci Komünist Ligi")


@pytest.mark.parametrize(
    "intro",
    [
        "On behalf of the member organisations of the network in Europe:",
        "Au nom des organisations membres de l'ICOR en Europe :",
        "En nombre de los partidos miembros de la Conferencia:",
        "Im Namen der Mitgliedsorganisationen:",
    ],
)
def test_on_behalf_of_introduces_signatories(intro: str) -> None:
    assert role_of(intro) is Role.SIGNATORY
    assert says_member(intro, Role.SIGNATORY)


def test_an_inline_list_on_behalf_of_members_signs() -> None:
    text = (
        f"{INTRO}\n\nVive la lutte !\n\n"
        "Au nom des organisations membres de l'ICOR en Europe : RAL (Allemagne), UPF (France), "
        "PCMI (Italie, anciennement Nuclei Proletari Rossi), EKP (Turquie).\n"
    )
    got = listed(text)
    assert {r for _, r, _ in got} >= {"signatory"}
    assert [(n, c) for n, r, c in got if r == "signatory"] == [
        ("RAL", "DE"),
        ("UPF", "FR"),
        ("PCMI", "IT"),
        ("EKP", "TR"),
    ]


# --- entries ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "name", "acronym", "former", "country"),
    [
        (
            "PCMI – Marxist-Leninist Party of Italy (formerly Red Proletarian Nuclei)",
            "Marxist-Leninist Party of Italy",
            "PCMI",
            "Red Proletarian Nuclei",
            "IT",
        ),
        (
            "Partito Marxista-Leninista d'Italia (PCMI, già Nuclei Proletari Rossi) – Italia",
            "Partito Marxista-Leninista d'Italia",
            "PCMI",
            "Nuclei Proletari Rossi",
            "IT",
        ),
        ("PCMI (Italie, anciennement Nuclei Proletari Rossi)", "PCMI", None, "Nuclei Proletari Rossi", "IT"),
        ("Partido Obrero (antes Liga Roja), Chile", "Partido Obrero", None, "Liga Roja", "CL"),
        (
            "Arbeiterpartei Tirol (ehemals Rote Zelle), Österreich",
            "Arbeiterpartei Tirol",
            None,
            "Rote Zelle",
            "AT",
        ),
    ],
)
def test_former_names_in_the_networks_languages(
    entry: str, name: str, acronym: str | None, former: str, country: str
) -> None:
    e = parse_entry(entry)
    assert (e.name, e.acronym, e.former, e.country and e.country.iso2) == (name, acronym, former, country)


def test_ml_in_brackets_is_a_qualifier_not_an_acronym() -> None:
    """Before, "(ML)" became the acronym ML, and every "… of Spain (ML)" was one party."""
    a = parse_entry("Communist Labour Party of Spain (ML)")
    b = parse_entry("Red Workers' Party of Spain (M-L)")
    assert (a.name, a.acronym) == ("Communist Labour Party of Spain (ML)", None)
    assert (b.name, b.acronym) == ("Red Workers' Party of Spain (M-L)", None)
    found = nodes([m(a.name, country="ES"), m(b.name, doc_id="d-1", country="ES")])
    assert len(found) == 2


@pytest.mark.parametrize(
    ("entry", "acronym"), [("PRCB (M-L), India", "PRCB (M-L)"), ("PRCB (ML)", "PRCB (ML)")]
)
def test_an_acronym_with_its_qualifier_alone(entry: str, acronym: str) -> None:
    e = parse_entry(entry)
    assert (e.name, e.acronym) == (acronym, acronym)


# --- resolution -------------------------------------------------------------------------


def test_ml_spelt_out_or_not_is_one_name() -> None:
    assert norm_name("Workers' Party of Chile (M-L)") == norm_name(
        "Workers’ Party of Chile (Marxist–Leninist)"
    )
    assert norm_name("Workers' Party of Chile (ML)") == norm_name(
        "Workers' Party of Chile (Marxist-Leninist)"
    )
    found = nodes(
        [
            m("Communist Labour Party of Spain (ML)", country="ES"),
            m("Communist Labour Party of Spain (Marxist–Leninist)", doc_id="d-1", country="ES"),
            m("Partido del Trabajo Comunista de España (marxista-leninista)", doc_id="d-2", country="ES"),
        ]
    )
    assert len(found) == 1


def test_two_acronyms_outweigh_a_word_by_word_translation() -> None:
    """ "Unión Comunista Obrera" and "Union of Communist Workers" have the same words once
    translated, but the lists give the two parties two acronyms: they stay two, and an
    entry with the exact English name of one of them joins that one."""
    found = nodes(
        [
            m("Communist Workers' Union", acronym="UCR", native="Unión Comunista Obrera", country="MX"),
            m("Unión de Obreros Comunistas", doc_id="d-1", acronym="UOR", country="MX"),
            m("Union of Communist Workers", doc_id="d-2", country="MX"),
            m("Union of Communist Workers", doc_id="d-3", acronym="UOR", country="MX"),
            m("Communist Workers Union", doc_id="d-4", acronym="UCR", country="MX"),
        ]
    )
    assert found == [
        {"Communist Workers' Union", "Communist Workers Union"},
        {"Unión de Obreros Comunistas", "Union of Communist Workers"},
    ]


def test_a_translation_without_acronym_still_joins() -> None:
    found = nodes(
        [
            m("Unión Comunista Obrera", acronym="UCR", country="MX"),
            m("Communist Workers' Union", doc_id="d-1", country="MX"),
        ]
    )
    assert len(found) == 1


def test_a_dotless_i_is_an_i() -> None:
    found = nodes(
        [
            m("Kızıl Bayrak Birliği", country="TR"),
            m("Kizil Bayrak Birligi", doc_id="d-1", country="TR"),
            m("Red Flag Union", doc_id="d-2", country="TR"),
        ]
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    ("native", "english", "country"),
    [
        ("Fransa Devrimci Proleter Partisi", "Revolutionary Proletarian Party of France", "FR"),
        ("Şili Emekçiler Birliği", "Union of the Toilers of Chile", "CL"),
        ("Brezilya Devrimci İşçi Ligi", "Revolutionary Workers' League of Brazil", "BR"),
        ("Lega dei Comunisti Marxisti-Leninisti", "League of Marxist-Leninist Communists", "IT"),
    ],
)
def test_names_in_turkish_and_italian_plurals_translate(native: str, english: str, country: str) -> None:
    assert len(nodes([m(native, country=country), m(english, doc_id="d-1", country=country)])) == 1


def test_a_former_name_in_another_language_joins_the_old_entries() -> None:
    old = parse_entry("NPR Nuclei Proletari Rossi (Red Proletarian Nuclei), Italy")
    new = parse_entry("Partito Marxista-Leninista d'Italia (PCMI, già Nuclei Proletari Rossi) – Italia")
    found = nodes(
        [
            m(old.name, acronym=old.acronym, native=old.native_name, country="IT"),
            m(
                new.name,
                doc_id="d-1",
                acronym=new.acronym,
                native=new.native_name,
                country="IT",
                former=new.former,
            ),
        ]
    )
    assert len(found) == 1


# --- persons ----------------------------------------------------------------------------


def test_a_person_written_without_turkish_letters_is_one_node() -> None:
    assert slugify("Aydınoğlu") == "aydinoglu"

    def p(doc_id: str, name: str) -> PersonMention:
        return PersonMention(doc_id=doc_id, quote=Quote(0, len(name), name), name=name)

    found = resolve_persons([p("a-0", "Kemal Yıldırımoğlu"), p("b-0", "Kemal Yildirimoglu")])
    assert [n.key for n in found] == ["kemal-yildirimoglu"]
