"""Review of session 15's rules: ordinary texts they misread (invented parties and texts).

Each test failed before its fix; each names the rule it guards.
"""

from __future__ import annotations

import pytest
from helpers import events, list_names, source

from movement_graph.extract.countries import find_countries
from movement_graph.extract.networks import _in_passing
from movement_graph.model import Document, Quote
from movement_graph.segment import blocks, is_navigation, segment

_BODY = (
    "The workers of Ara have been on strike for three weeks against the closure of the mines, and the "
    "government answers with police violence and arrests of the strike leaders. We call on all parties "
    "of the ICOR to support them with solidarity messages and collections."
)


def test_parties_represented_in_parliament_are_no_participants() -> None:
    # lists.py, the "present … were" participants: a parliament's parties took part in nothing
    text = (
        "Statement on the elections in Ara\n\nThe elections changed the political map of the country. "
        "The parties represented in parliament were the Socialist Party of Ara, the Liberal Union and "
        "the People's Democratic Movement. None of them defends the workers.\n"
    )
    assert list_names(text) == []


def test_parties_present_at_the_meeting_are_still_participants() -> None:
    text = (
        "Report\n\nThe organisations present at the meeting were the Workers' Party of Ara, the "
        "Communist Union of Bel and the Revolutionary League of Cel.\n"
    )
    names = {n for n, role, _c in list_names(text) if role == "participant"}
    assert {"Workers' Party of Ara", "Communist Union of Bel", "Revolutionary League of Cel"} <= names


def test_elections_held_on_a_day_do_not_date_the_text() -> None:
    # segment.py, _meeting_date: the held verb of elections, not of a meeting
    text = (
        "Statement on the elections in Turkey\n\nThe elections held on 14 May 2023 in Turkey showed once "
        "again that the bourgeois parties cannot solve the problems of the working class and the peoples. "
        f"{_BODY}\n"
    )
    (doc,) = segment(source(text))
    assert doc.date is None


def test_a_meeting_held_on_a_day_still_dates_the_text() -> None:
    text = (
        "Final Declaration\n\nThe Plenary of the Conference was held from 9 to 12 March 2023 in Ara with "
        f"delegations of many countries. {_BODY}\n"
    )
    (doc,) = segment(source(text))
    assert doc.date == "2023-03-09"


def test_occasion_line_under_the_title_is_no_part_of_it() -> None:
    # segment.py, the occasion lines: "1 May 2024 – May Day" under the title dates the text
    text = f"Statement of the ICOR on May Day\n\n1 May 2024 – May Day\n\n{_BODY} {_BODY}\n"
    (doc,) = segment(source(text))
    assert doc.title == "Statement of the ICOR on May Day"
    assert doc.date == "2024-05-01"


def test_wie_die_before_other_words_is_no_passing_mention() -> None:
    # networks.py, "wie die" in the passing phrases: "how the ICOR's organisations fight"
    t = "Wir zeigen in diesem Bericht, wie die Mitgliedsorganisationen der ICOR weltweit kämpfen."
    i = t.index("ICOR")
    assert not _in_passing(Document("f", 0, 0, len(t), t, "T"), Quote(i, i + 4, "ICOR"))
    t = "Wie die ICOR betont hat, ist der Krieg ungerecht."
    i = t.index("ICOR")
    assert _in_passing(Document("f", 0, 0, len(t), t, "T"), Quote(i, i + 4, "ICOR"))


def test_protest_called_for_after_the_texts_date_is_no_event() -> None:
    # events.py, word_protest_told: "am 1. Mai 2024 gehen wir auf die Straße" in a call of April
    text = (
        "Aufruf zum 1. Mai\n\nBerlin, 20. April 2024\n\nAm 1. Mai 2024 gehen wir in Deutschland auf die "
        "Straße, gegen Krieg und Faschismus und für den echten Sozialismus. Wir rufen alle Arbeiter und "
        "die Jugend dazu auf, sich den Demonstrationen anzuschließen und die Einheit der Arbeiterklasse "
        "zu stärken.\n"
    )
    assert not any(t == "protest" for t, _d, _c in events(text))


def test_next_post_after_a_comment_section_is_kept() -> None:
    # segment.py, the comment-section furniture: it ends at the next post's title and dateline
    text = (
        f"Solidarity with the miners of Ara!\n\n12 March 2024\n\n{_BODY}\n\n"
        "2 thoughts on “Solidarity with the miners of Ara!”\n\nJohn says:\n\nGreat statement.\n\nReply\n\n"
        f"Stop the war in Sudan!\n\n15 March 2024\n\n{_BODY} {_BODY}\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == ["Solidarity with the miners of Ara!", "Stop the war in Sudan!"]
    assert "Great statement" not in docs[0].text


def test_russian_case_form_after_a_capitalised_adjective_is_another_country() -> None:
    # countries.py, the Russian case forms: "в Южном Судане" is South Sudan, "Северной
    # Ирландии" Northern Ireland, not Sudan or Ireland
    assert [h.iso2 for h in find_countries("Война в Южном Судане продолжается.")] == []
    assert [h.iso2 for h in find_countries("Рабочие Северной Ирландии бастуют.")] == []
    assert [h.iso2 for h in find_countries("Война в соседнем Судане продолжается.")] == ["SD"]


def test_recalled_massacre_placed_somewhere_unknown_is_not_the_titles_country() -> None:
    # events.py, the title-country rule for recalled massacres: the clause places it
    text = (
        "Ecuador: Down with the repression!\n\nStatement of the ICMLPO, 20 August 2021\n\nIn Ecuador the "
        "government answers the workers with bullets. The massacre of 2 October 1968 in the Plaza de las "
        "Tres Culturas is also a memory of all peoples of Latin America. We call on the workers of the "
        "world to support the struggle of the Ecuadorian people for their liberation and against the "
        "repression of the government.\n"
    )
    assert not any(t == "attack" and c == "EC" for t, _d, c in events(text))


def test_justified_line_opening_with_a_menu_word_is_no_menu() -> None:
    # navigation.txt and segment.py: a menu's items after "Home" are capitalised
    line = "Inicio  de  la  huelga  general  en  todo  el  país  y  la  respuesta"
    assert not is_navigation(line)
    assert is_navigation("Home  Declarations  Unity & Struggle  Member parties  Contact")
    text = f"Declaración sobre la huelga\n\n{line}\nde  los  trabajadores  a  la  represión.\n"
    assert all(b.kind != "nav" for b in blocks(text))


def test_since_after_another_event_does_not_date_the_bombing() -> None:
    # events.py, bombing_noun: "the worst massacre since 2014" is no campaign going on since 2014
    text = (
        "Stop the genocide!\n\nStatement of the ICOR, 20 October 2023\n\nThe bombing of the al-Ahli "
        "hospital in Gaza on 17 October 2023 killed hundreds of people, the worst massacre since 2014. "
        "We call on the workers of the world to show their solidarity with the Palestinian people.\n"
    )
    found = events(text)
    assert ("attack", "2023-10-17", "PS") in found
    assert not any(t == "war" for t, _d, _c in found)


@pytest.mark.model
def test_a_wider_region_across_countries_places_no_event() -> None:
    """ "La guerre au Sahel" is no war in Burkina Faso's Sahel region (wider_regions.txt)."""
    text = (
        "Non à la guerre au Sahel !\n\nParis, le 3 février 2024\n\n"
        "Depuis des années, la guerre au Sahel tue des milliers de civils. Les troupes "
        "étrangères doivent partir.\n\nSignataires :\nParti Ouvrier de Ara (POA), France\n"
        "Union Communiste de Bel (UCB), Mali\n"
    )
    assert not [e for e in events(text) if e[2] == "BF"]


def test_wider_regions_are_left_out_of_the_regions_table() -> None:
    from movement_graph.reference import data_dir

    folder = data_dir() / "reference"
    wider = [
        x.strip()
        for x in (folder / "wider_regions.txt").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    ]
    names = {line.split(",")[0] for line in (folder / "regions.csv").read_text(encoding="utf-8").splitlines()}
    assert wider and not set(wider) & names


@pytest.mark.parametrize(
    "opening",
    [
        "Réunis à Ara les 9 et 10 mars 2023, les partis de la Conférence",
        "Reunidos en Ara el 9 y 10 de marzo de 2023, los partidos de la Conferencia",
        "Meeting in Ara on 9 and 10 March 2023, the parties of the Conference",
    ],
)
def test_a_meeting_participle_in_the_networks_languages_dates_the_text(opening: str) -> None:
    # segment.py, _meeting_date: the participles networks.py reads a coordination's meeting by
    # ("Réunis à …", "Reunidos en …"), not the English ones alone
    text = f"Final Declaration\n\n{opening} adopted this declaration. {_BODY}\n"
    (doc,) = segment(source(text))
    assert doc.date == "2023-03-09"
