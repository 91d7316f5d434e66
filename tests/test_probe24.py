"""Held-out end-to-end texts (probe 24): a statement that members of both networks and
non-members sign, each entry with its own network ("…, Chad – ICOR", "… (membre de la
CIPOML)", a table's column "Rede", "… – not a member of either network"); participants
named in a sentence with their country after the acronym ("the Party of Ara (PA) of
Chad"); a blog's archive page of several posts (its own heading and description above the
first post, a post signed off by a line that is no dateline).

Invented parties; real countries.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import document as doc
from helpers import list_names as names
from helpers import signers_networks, source

from movement_graph.extract.entries import parse_entry, table_row
from movement_graph.segment import segment

PROSE = (
    "The workers of the mines have struck for three weeks against the closure of the shafts, "
    "and the government has answered them with the police and with the courts of the state. "
) * 3


@pytest.mark.parametrize(
    ("entry", "networks"),
    [
        ("Union of Ara (UA), Chad – ICOR", ("ICOR",)),
        ("League of Bel (LB), Mali – ICMLPO", ("ICMLPO",)),
        ("Parti de Cor (PC), Niger (membre de l'ICOR)", ("ICOR",)),
        ("Liga de Dal (LD), Perú – CIPOML", ("ICMLPO",)),
        ("Cercle d'Ela (CE), Sénégal (non membre)", ()),
        ("Coletivo de Fal (CF), Brasil – não membro", ()),
        ("Circle of Gal (CG), Kenya – not a member of either network", ()),
        ("Union of Ara (UA), Chad", None),
        ("Union of Ara (UA), Chad – in the process of joining ICOR", None),
    ],
)
def test_an_entry_names_its_network(entry, networks):
    from movement_graph.extract.entries import split_notes

    assert split_notes(entry)[1] == networks
    parsed = parse_entry(entry)
    assert parsed.networks == networks
    assert parsed.acronym and parsed.country is not None
    assert "membr" not in parsed.name and "ICOR" not in parsed.name


def test_a_tables_network_column_is_a_note():
    assert table_row("Partido de Ara (PA)\tBrasil\tICOR") == "Partido de Ara (PA), Brasil – ICOR"
    assert (
        table_row("Coletivo de Bel (CB)\tBrasil\tnão membro") == "Coletivo de Bel (CB), Brasil – não membro"
    )
    e = parse_entry("Coletivo de Bel (CB)\tBrasil\tnão membro")
    assert (e.name, e.acronym, e.country.iso2, e.networks) == ("Coletivo de Bel", "CB", "BR", ())
    # a row without such a column is read as before
    assert table_row("3\tChad\tParty of Labour*\tPL (m-l)") == "Party of Labour – PL (m-l), Chad"


def test_the_signatories_network_notes_reach_the_mentions():
    from movement_graph.extract.lists import find_lists
    from movement_graph.extract.organisations import from_lists

    text = (
        PROSE
        + "\n\nSignatories:\n\n"
        + "Union of Ara (UA), Chad – ICOR\n"
        + "League of Bel (LB), Mali – ICMLPO\n"
        + "Democratic Youth Front of Gal (DYFG), Kenya – not a member of either network\n"
    )
    d = doc(text)
    got = {m.name: m.networks for m in from_lists(find_lists(d), source=d)}
    assert got == {
        "Union of Ara": ("ICOR",),
        "League of Bel": ("ICMLPO",),
        "Democratic Youth Front of Gal": (),
    }


def test_each_signatory_participates_in_its_own_network(tmp_path: Path):
    pytest.importorskip("spacy")
    got = signers_networks(
        tmp_path,
        "joint.txt",
        "Joint statement of ICOR and ICMLPO organisations: Stop the war!\n\n"
        + PROSE
        + "\n\n12 March 2024\n\nSigned by:\n\n"
        + "Union of Ara (UA), Chad – ICOR\n"
        + "League of Bel (LB), Mali – ICMLPO\n"
        + "Democratic Youth Front of Gal (DYFG), Kenya – not a member of either network\n",
    )
    assert got == {
        "Union of Ara": {"ICOR"},
        "League of Bel": {"ICMLPO"},
        "Democratic Youth Front of Gal": set(),
    }


@pytest.mark.parametrize(
    ("entry", "name", "acronym", "country"),
    [
        ("Partido Obrero de Ara (POA) of Ecuador", "Partido Obrero de Ara", "POA", "EC"),
        ("Union of Bel (UB) of the Dominican Republic", "Union of Bel", "UB", "DO"),
        ("Organisation de Cor (OC) aus Marokko", "Organisation de Cor", "OC", "MA"),
        ("Parti de Dal (PD) du Mali", "Parti de Dal", "PD", "ML"),
        # a bracket that is no acronym is part of the name, the country too
        (
            "Communist Front (Marxist-Leninist) of Chad",
            "Communist Front (Marxist-Leninist) of Chad",
            None,
            None,
        ),
        # nor a tendency's capitals that stand for no word of the name ("(ML)", "(MLM)")
        ("Communist Front (ML) of Chad", "Communist Front (ML) of Chad", None, "TD"),
        ("Revolutionary Union (MLM) of Peru", "Revolutionary Union (MLM) of Peru", None, "PE"),
    ],
)
def test_a_country_after_the_acronym(entry, name, acronym, country):
    e = parse_entry(entry)
    assert (e.name, e.acronym) == (name, acronym)
    assert e.country is None or e.country.iso2 == (country or e.country.iso2)


def test_participants_in_a_sentence_with_their_countries():
    text = (
        PROSE + "\n\nThe meeting was attended by the Partido Obrero de Ara (POA) of Ecuador, the host "
        "organisation, the Union of Bel (UB) of the Dominican Republic and the Liga de Cor (LC) of Mexico.\n"
    )
    assert sorted(names(text)) == [
        ("Liga de Cor", "participant", "MX"),
        ("Partido Obrero de Ara", "participant", "EC"),
        ("Union of Bel", "participant", "DO"),
    ]


ARCHIVE = (
    "Category: International\n\n"
    "The statements of the international coordinations our comrades take part in.\n\n"
    "ICOR: Solidarity with the miners of Ara!\n"
    "Posted on 7 February 2024 by editor\n\n" + PROSE + "\n\n"
    "The Coordinating Committee of ICOR, 6 February 2024\n\n"
    "ICMLPO: No to the war in the Sahel!\n"
    "Posted on 9 August 2023 by editor\n\n" + PROSE + "\n"
)


def test_an_archive_pages_posts():
    docs = list(segment(source(ARCHIVE)))
    assert [d.title for d in docs] == [
        "ICOR: Solidarity with the miners of Ara!",
        "ICMLPO: No to the war in the Sahel!",
    ]
    # the first post is dated by its sign-off's dateline, the second by its line of publication
    assert [d.date for d in docs] == ["2024-02-06", "2023-08-09"]


def test_one_post_keeps_what_stands_above_its_heading():
    # a single post: the prose above its heading is its text, as before
    text = (
        "A word to our readers about the miners of Ara.\n\n"
        "ICOR: Solidarity with the miners of Ara!\n"
        "Posted on 7 February 2024 by editor\n\n" + PROSE + "\n"
    )
    (d,) = segment(source(text))
    assert d.text.startswith("A word to our readers")
