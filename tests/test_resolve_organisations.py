"""One node per organisation, and distinct organisations kept apart."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from movement_graph.errors import ConfigError
from movement_graph.model import OrgMention, Quote, Role
from movement_graph.resolve.organisations import Curation, load_curation, resolve_organisations


def m(
    name: str,
    *,
    doc: str = "d-0",
    start: int = 0,
    acronym: str | None = None,
    native: str | None = None,
    country: str | None = None,
) -> OrgMention:
    return OrgMention(
        doc_id=doc,
        quote=Quote(start, start + len(name), name),
        name=name,
        role=Role.SIGNATORY,
        acronym=acronym,
        native_name=native,
        country=country,
    )


def clusters(mentions: list[OrgMention], cur: Curation | None = None) -> int:
    return len(resolve_organisations(mentions, cur).entities)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            m("Workers' Party of Ruritania", country="RU"),
            m("Workers’ Party of Ruritania", doc="d-1", country="RU"),
        ),
        (m("Party of Labour of Chad", country="TD"), m("Party of Labor of Chad", doc="d-1", country="TD")),
        (
            m("Marxist Organisation of Peru", country="PE"),
            m("Marxist Organization of Peru", doc="d-1", country="PE"),
        ),
        (
            m("Communist Party of Narnia", acronym="CPN", country="NO"),
            m("Kommunistische Partei Narnias", acronym="CPN", doc="d-1", country="NO"),
        ),
        (m("Red Harbour", native="Rode Haven", country="NL"), m("Rode Haven", doc="d-1", country="NL")),
        (
            m("Party of Labour of Chad (Toufan)", country="TD"),
            m("the Party of Labour of Chad (Toufan)", doc="d-1"),
        ),
    ],
)
def test_same_organisation_is_one_node(a: OrgMention, b: OrgMention) -> None:
    assert clusters([a, b]) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            m("Communist Party of Ruritania (Marxist-Leninist)", country="CO"),
            m("Communist Party of Ruritania – Maoist", doc="d-1", country="CO"),
        ),
        (
            m("Communist Party of Labour of the Northern Isles", country="DO"),
            m("Communist Party (Marxist-Leninist-Maoist)", doc="d-1", country="DO"),
        ),
        (
            m("Communist Party of the Plateau", acronym="PTQ", country="TG"),
            m("Workers' Communist Party", acronym="PTQ", doc="d-1", country="DO"),
        ),
    ],
)
def test_distinct_organisations_stay_apart(a: OrgMention, b: OrgMention) -> None:
    assert clusters([a, b]) == 2


def test_labels_keys_and_country_are_deterministic() -> None:
    ms = [
        m("Marxist Group of Chile", native="Grupo Marxista de Chile", acronym="GMC", country="CL"),
        m("Marxist Group of Chile", doc="d-1", country="CL"),
    ]
    first = resolve_organisations(ms)
    second = resolve_organisations(list(reversed(ms)))
    assert first.entities == second.entities
    [e] = first.entities
    assert e.key == "marxist-group-of-chile-cl"
    assert e.label == "Marxist Group of Chile"
    assert ("Grupo Marxista de Chile", None) in e.alt_labels or any(
        a[0] == "Grupo Marxista de Chile" for a in e.alt_labels
    )


def test_curation_same_as_not_same_as_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "curation.yaml"
    path.write_text(
        "same_as:\n  - [Union of Oceania, Oceanian Union]\n"
        "not_same_as:\n  - [Party of Atlantis, Atlantis Party Youth]\n"
        "labels:\n  Union of Oceania: Union of the Peoples of Oceania\n"
        "countries:\n  Union of Oceania: FJ\n",
        encoding="utf-8",
    )
    cur = load_curation(path)
    res = resolve_organisations([m("Union of Oceania"), m("Oceanian Union", doc="d-1")], cur)
    [e] = res.entities
    assert e.label == "Union of the Peoples of Oceania"
    assert e.country == "FJ"
    a = m("Party of Atlantis", acronym="PA", country="GR")
    b = m("Atlantis Party Youth", acronym="PA", country="GR", doc="d-1")
    assert clusters([a, b]) == 1
    assert clusters([a, b], cur) == 2


def test_bad_curation_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "curation.yaml"
    path.write_text("same_as: [just-one]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="curation.yaml"):
        load_curation(path)


def test_a_name_known_only_in_its_own_language_keeps_that_language() -> None:
    from dataclasses import replace

    native = replace(
        m("Arbeiterbund von Utopia", native="Arbeiterbund von Utopia", country="DE"), native_lang="de"
    )
    translated = replace(
        m("Workers' League of Utopia", native="Arbeiterbund von Utopia", country="DE", doc="d-1"),
        native_lang="de",
    )
    [alone] = resolve_organisations([native]).entities
    assert (alone.label, alone.label_lang) == ("Arbeiterbund von Utopia", "de")
    [both] = resolve_organisations([native, translated]).entities
    assert both.label_lang == ("en" if both.label == "Workers' League of Utopia" else "de")
    # the native name is an altLabel in its own language only, never also as English
    assert both.label == "Workers' League of Utopia"
    assert ("Arbeiterbund von Utopia", "en") not in both.alt_labels
    assert ("Arbeiterbund von Utopia", "de") in both.alt_labels


def test_an_entry_that_is_its_acronym_alone_joins_the_party_of_that_acronym() -> None:
    full = m("Workers' Organisation of Ostland", acronym="WOO", country="BR")
    alone = m("WOO", country="BR", doc="d-1")
    again = m("WOO", country="BR", doc="d-2")
    [ent] = resolve_organisations([full, alone, again]).entities
    assert ent.label == "Workers' Organisation of Ostland"  # the name, though the acronym is commoner
    # the same letters in another country are another party
    assert clusters([full, m("WOO", country="PE", doc="d-3")]) == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a name in its own language and in English, word by word, in one country
        (
            m(
                "Partido Comunista Revolucionario Obrero",
                native="Partido Comunista Revolucionario Obrero",
                country="UY",
            ),
            m("Revolutionary Communist Workers' Party of Uruguay", doc="d-1", country="UY"),
        ),
        # two other languages; the country named in one of them only
        (
            m(
                "Union Marxiste-Léniniste de Tunisie",
                native="Union Marxiste-Léniniste de Tunisie",
                country="TN",
            ),
            m("Unione Marxista-Leninista", native="Unione Marxista-Leninista", doc="d-1", country="TN"),
        ),
        # a German name, its country in the genitive
        (
            m("Arbeiterpartei Deutschlands", native="Arbeiterpartei Deutschlands", country="DE"),
            m("Workers' Party of Germany", doc="d-1", country="DE"),
        ),
    ],
)
def test_a_name_and_its_translation_are_one_organisation(a: OrgMention, b: OrgMention) -> None:
    assert clusters([a, b]) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same words, both in English: another order may be another party
        (
            m("Revolutionary Communist Party", country="UY"),
            m("Communist Revolutionary Party", doc="d-1", country="UY"),
        ),
        # "Peruvian Communist Party" is not the "Communist Party of Peru"
        (
            m("Partido Comunista Peruano", native="Partido Comunista Peruano", country="PE"),
            m("Communist Party of Peru", doc="d-1", country="PE"),
        ),
        # a translation in another country
        (
            m("Partido Comunista Revolucionario", native="Partido Comunista Revolucionario", country="AR"),
            m("Revolutionary Communist Party", doc="d-1", country="UY"),
        ),
    ],
)
def test_translations_do_not_join_what_differs(a: OrgMention, b: OrgMention) -> None:
    assert clusters([a, b]) == 2


def test_a_former_name_joins_the_party_and_does_not_label_it() -> None:
    # "PCON, formerly Proletarian Nucleus of Narnia": earlier lists name it by its old name
    renamed = replace(
        m("Communist Workers' Party of Narnia", acronym="PCON", country="NA"),
        other_names=(("Proletarian Nucleus of Narnia", None),),
    )
    old = [m("Proletarian Nucleus of Narnia", doc=f"d-{i}", country="NA") for i in range(1, 4)]
    res = resolve_organisations([renamed, *old])
    assert len(res.entities) == 1
    assert res.entities[0].label == "Communist Workers' Party of Narnia"


def test_a_translation_that_fits_two_parties_joins_neither() -> None:
    # two parties of one country with the same words in another order, and a French name
    # that translates to those words: which of the two it is, the words cannot say
    ml_first = m("Marxist-Leninist Communist Party of Narnia", country="NA")
    ml_after = m("Communist Party of Narnia (Marxist-Leninist)", doc="d-1", country="NA")
    french = m(
        "Parti Communiste Marxiste-Léniniste de Narnia",
        native="Parti Communiste Marxiste-Léniniste de Narnia",
        doc="d-2",
        country="NA",
    )
    assert clusters([ml_first, ml_after, french]) == 3
    assert clusters([ml_first, french]) == 1


def test_a_possessive_is_no_word_of_the_name_in_translation() -> None:
    english = m("People's Liberation Party of the Hills", country="TR")
    turkish = m("Halkın Kurtuluş Partisi", native="Halkın Kurtuluş Partisi", doc="d-1", country="TR")
    # "of the Hills" is not in the Turkish name: two
    assert clusters([english, turkish]) == 2
    assert clusters([m("People's Liberation Party", country="TR"), turkish]) == 1
