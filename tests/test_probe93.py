"""Probe 93: one node per party when the same party signs in two languages, each name with
its own acronym (invented parties of real countries)."""

from __future__ import annotations

import pytest
from helpers import org_mention

from movement_graph.model import OrgMention
from movement_graph.resolve.organisations import resolve_organisations


def m(name: str, acronym: str | None, country: str, doc: str) -> OrgMention:
    return org_mention(name, doc_id=doc, acronym=acronym, country=country)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # French and English, each name with the initials of its own words
        (
            ("Parti Communiste du Travail de Namibie", "PCTN", "NA"),
            ("Communist Party of Labour of Namibia", "CPLN", "NA"),
        ),
        # the German genitive and the English demonym of one country
        (("Proletarische Liga Boliviens", "PLB", "BO"), ("Bolivian Proletarian League", "BPL", "BO")),
        # German "Zentrum", "(Marxistisch-Leninistisch)" as "(Marxist-Leninist)", no acronyms
        (
            ("Kommunistisches Zentrum Laos (Marxistisch-Leninistisch)", None, "LA"),
            ("Communist Centre of Laos (Marxist-Leninist)", None, "LA"),
        ),
        # a small word in the acronym ("En Avant"), the country left out of it
        (
            ("Parti Ouvrier du Niger – En Avant", "PONEA", "NE"),
            ("Workers' Party of Niger – Forward", "WPF", "NE"),
        ),
    ],
)
def test_a_party_signing_in_two_languages_is_one_node(
    a: tuple[str, str | None, str], b: tuple[str, str | None, str]
) -> None:
    res = resolve_organisations([m(*a, doc="d-0"), m(*b, doc="d-1")])
    assert len(res.entities) == 1
    (ent,) = res.entities
    # the English name labels it, the other one is kept as an alternative name
    assert ent.label == b[0]
    assert a[0] in {alt for alt, _ in ent.alt_labels}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an acronym that is not the initials of its name: two organisations
        (("Unión Comunista Obrera", "UCO", "PY"), ("Union of Communist Workers", "UOC", "PY")),
        # two names of one language that translate alike are two groups
        (
            ("Liga Obrera Comunista de Paraguay", "LOCP", "PY"),
            ("Liga Comunista de los Trabajadores", "LCT", "PY"),
        ),
        # a qualifier one name has and the other not
        (
            ("Parti Communiste du Travail (Marxiste) de Namibie", "PCTMN", "NA"),
            ("Communist Party of Labour of Namibia", "CPLN", "NA"),
        ),
    ],
)
def test_names_with_their_own_acronyms_that_differ_stay_apart(
    a: tuple[str, str | None, str], b: tuple[str, str | None, str]
) -> None:
    assert len(resolve_organisations([m(*a, doc="d-0"), m(*b, doc="d-1")]).entities) == 2


def test_a_translation_does_not_join_two_english_groups_with_their_own_acronyms() -> None:
    # two English names of the same words with their own acronyms stay two, even when a
    # French name between them translates to both
    english = m("Revolutionary Workers' League of Kenya", "RWLK", "KE", "d-0")
    other = m("Kenya Revolutionary Workers' League", "KRWL", "KE", "d-1")
    french = m("Ligue des Travailleurs Révolutionnaires du Kenya", "LTRK", "KE", "d-2")
    assert len(resolve_organisations([english, other, french]).entities) == 3
    # and two French groups of other words stay apart through an English name
    a = m("Organisation Communiste Ouvrière de Namibie", "OCON", "NA", "d-0")
    b = m("Organisation Communiste des Travailleurs de Namibie", "OCTN", "NA", "d-1")
    en = m("Communist Workers' Organisation of Namibia", "CWON", "NA", "d-2")
    assert len(resolve_organisations([a, b, en]).entities) == 3


def test_the_english_name_labels_the_node_and_the_other_keeps_its_language() -> None:
    # a party named twice in German, once in English, one acronym: the English name labels
    # it (not the more frequent German one), the German name is an alternative name in German
    german = [m("Marxistisch-Leninistische Organisation Boliviens", "MLOB", "BO", f"d-{i}") for i in range(2)]
    english = m("Marxist-Leninist Organisation of Bolivia", "MLOB", "BO", "d-2")
    (ent,) = resolve_organisations([*german, english]).entities
    assert ent.label == "Marxist-Leninist Organisation of Bolivia"
    assert ("Marxistisch-Leninistische Organisation Boliviens", "de") in ent.alt_labels
