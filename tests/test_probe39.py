"""Fixes from held-out probes 34, 37 and 32 (fixer 39): the meetings of a network's
continental bodies named "<continent> Conference"; a countryless collective named in two
languages (invented texts and names)."""

from __future__ import annotations

from movement_graph.extract.networks import conferences, network_mentions
from movement_graph.model import Document, OrgMention, Quote, Role
from movement_graph.resolve.organisations import resolve_organisations


def _conferences(
    text: str, date: str | None = None
) -> list[tuple[str, str | None, int | None, str | None, str | None]]:
    d = Document("f", 0, 0, len(text), text, text.split("\n")[0], date=date)
    return [(c.kind, c.region, c.ordinal, c.date, c.place) for c in conferences(d, network_mentions(d))]


def test_a_continent_before_a_bare_conference_word_names_a_continental_conference():
    text = (
        "Declaration of the 2nd ICOR Asia Conference\n\n"
        "The 2nd Asia Conference of the International Coordination of Revolutionary Parties and "
        "Organizations (ICOR) was held from 3 to 5 May 2019 in Manila. It discussed the tasks."
    )
    assert ("continental-conference", "asia-pacific", 2, None, "PH") in _conferences(text)


def test_the_german_compound_of_a_continent_and_konferenz():
    text = (
        "Die Afrikakonferenz der ICOR: Einheit gegen den Neokolonialismus\n\n"
        "Die Afrikakonferenz der Internationalen Koordinierung revolutionärer Parteien und "
        "Organisationen (ICOR) tagte am 4. und 5. Mai 2019 in Dakar. Sie beriet über die Lage."
    )
    found = _conferences(text)
    assert ("continental-conference", "africa", None, "2019-05-04", "SN") in found
    assert len(found) == 1


def test_a_continent_s_conference_of_no_network_is_none():
    # a conference of a continent the network neither names in it nor right after it
    text = (
        "ICOR greets the workers.\n\n"
        "The 3rd Europe Conference on Security of the governments met on 2 May 2019 in Vienna."
    )
    assert _conferences(text) == []


def _org(name: str, doc: str, acronym: str | None = None) -> OrgMention:
    return OrgMention(doc, Quote(0, len(name), name), name, Role.SIGNATORY, acronym=acronym)


def test_a_collective_of_no_country_named_in_two_languages_is_one_node():
    ms = [
        _org("Zarnitsa Collective", "a-0"),
        _org("Collectif Zarnitsa", "b-0"),
        _org("Colectivo Zarnitsa", "c-0"),
    ]
    res = resolve_organisations(ms)
    assert len({res.key_of[x] for x in ms}) == 1


def test_countryless_names_with_translated_words_or_other_acronyms_stay_apart():
    # a word the glossary translates is no proper name; two acronyms, none shared, are two
    assert (
        len(
            resolve_organisations(
                [_org("Revolutionary Collective", "a-0"), _org("Collectif Révolutionnaire", "b-0")]
            ).entities
        )
        == 2
    )
    ms = [_org("Zarnitsa Collective", "a-0", "ZC"), _org("Collectif Zarnitsa", "b-0", "CZF")]
    assert len(resolve_organisations(ms).entities) == 2
    ms = [_org("Zarnitsa Collective", "a-0"), _org("Zarnitsa Front", "b-0")]
    assert len(resolve_organisations(ms).entities) == 2


def _signed(text: str) -> list[tuple[str, str]]:
    from movement_graph.extract.lists import find_lists
    from movement_graph.extract.organisations import from_lists

    d = Document("t.txt", 0, 0, len(text), text, "T")
    return [(x.name, x.role.value) for x in from_lists(find_lists(d), source=d)]


def test_one_party_over_the_closing_dateline_signs_the_text():
    text = (
        "Apelo: solidariedade com os mineiros\n\n"
        "O partido apela a todos os trabalhadores para que apoiem a greve dos mineiros de Lota.\n\n"
        "Movimento Operário Marxista-Leninista de Angola (MOMLA)\n"
        "Luanda, 12 de março de 2021\n"
    )
    assert [n for n, r in _signed(text) if r == "signatory"] == [
        "Movimento Operário Marxista-Leninista de Angola"
    ]


def test_a_letterhead_over_the_dateline_signs_nothing():
    text = (
        "Movimento Operário Marxista-Leninista de Angola (MOMLA)\n"
        "Luanda, 12 de março de 2021\n\n"
        "O partido apela a todos os trabalhadores para que apoiem a greve dos mineiros de Lota.\n"
    )
    assert not [n for n, r in _signed(text) if r == "signatory"]
