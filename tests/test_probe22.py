"""Held-out end-to-end texts (probe 22): a post's furniture under or after its text ("Filed
under ICOR Africa | 16 August 2022", "Leave a comment | Share: …", "« Back to
Declarations"), a participants' list grouped under continents' names ("AFRICA" / "Benin<TAB>
…"), signatories annotated with their network ("…, Germany – ICOR", "… – not a member of
either network"), and head words of names in Danish, German, Greek and Turkish.

Invented parties; real countries.
"""

from __future__ import annotations

import pytest
from helpers import document as doc
from helpers import list_names as names
from helpers import source

from movement_graph.extract.entries import has_org_head, parse_entry
from movement_graph.segment import is_navigation, segment

PROSE = (
    "The workers of the mines have struck for three weeks against the closure of the shafts, "
    "and the government has answered them with the police and with the courts of the state. "
) * 3


def test_post_furniture_is_navigation():
    assert is_navigation("Leave a comment | Share: Facebook · Twitter · Email")
    assert is_navigation("« Back to Declarations")
    assert is_navigation("« Older posts")
    # a slogan is text
    assert not is_navigation("Back to the factories, comrades!")
    assert not is_navigation("Leave a mark on history!")


def test_filed_under_line_dates_the_post():
    text = (
        "Ten years after the strike: the struggle continues!\n"
        "Filed under ICOR Africa | 16 August 2022\n\n" + PROSE + "\n"
    )
    (d,) = segment(source(text))
    assert d.date == "2022-08-16"


def test_share_row_between_two_posts_is_no_title():
    text = (
        "First statement on the strike\nFiled under ICOR Africa | 16 August 2022\n\n" + PROSE + "\n\n"
        "Leave a comment | Share: Facebook · Twitter · Email\n\n"
        "Second statement on the elections\nFiled under ICMLPO | 11 September 2023\n\n" + PROSE + "\n"
    )
    ds = list(segment(source(text)))
    assert [d.title for d in ds] == ["First statement on the strike", "Second statement on the elections"]
    assert [d.date for d in ds] == ["2022-08-16", "2023-09-11"]


def test_dateline_over_participants_is_kept_under_a_back_link():
    text = (
        "FINAL DECLARATION OF THE PLENARY\n\n" + PROSE + "\n\nMorocco, November 2021\n\n"
        "Parties participating in the Plenary:\n\n"
        "Benin\tParti de la Forge Ouvrière (PFO)\nChile\tPartido Obrero del Desierto (POD)\n"
        "Mali\tParti Ouvrier du Sahel Rouge (POSR)\nSpain\tPartido Obrero de la Meseta (POM)\n\n"
        "« Back to Declarations\n"
    )
    (d,) = segment(source(text))
    assert d.date == "2021-11"


def test_continent_headings_are_no_organisations():
    text = (
        "Parties and organisations participating in the Plenary:\n\n"
        "AFRICA\nBenin\tParti de la Forge Ouvrière (PFO)\nMali\tParti Ouvrier du Sahel Rouge (POSR)\n\n"
        "EUROPE\nDenmark\tRøde Havnekreds (RHK)\nGreece\tEnosi Ergaton Thessalias (EET)\n"
        "Spain\tPartido Obrero de la Meseta (POM)\n"
    )
    got = names(text)
    labels = [n for n, _, _ in got]
    assert not {"AFRICA", "EUROPE"} & set(labels)
    assert ("Røde Havnekreds", "participant", "DK") in got
    assert ("Enosi Ergaton Thessalias", "participant", "GR") in got
    assert ("Partido Obrero de la Meseta", "participant", "ES") in got
    assert len(got) == 5


def test_a_signatory_s_network_note_is_no_part_of_it():
    for raw in (
        "Kızıl Emek Cephe (KEC), Turkey – ICOR",
        "Kızıl Emek Cephe (KEC), Turkey – ICMLPO",
        "Kızıl Emek Cephe (KEC), Turkey – not a member of either network",
        "Kızıl Emek Cephe (KEC), Turkey (CIPOML)",
    ):
        e = parse_entry(raw)
        assert (e.name, e.acronym, e.country and e.country.iso2) == ("Kızıl Emek Cephe", "KEC", "TR"), raw


def test_head_words_of_names_in_other_languages():
    for name in (
        "Røde Havnekreds",
        "Marxistischer Arbeiterzirkel",
        "Rote Betriebskomitees",
        "Kızıl Emek Cephe",
        "Enosi Ergaton Thessalias",
    ):
        assert has_org_head(name), name


def test_each_resolution_of_a_package_signed_off_as_adopted_at_the_conference_is_adopted_there(
    analyses,
) -> None:
    # found in review: only the resolution naming the conference in its first lines was
    # adopted at it; the sign-off "Adopted by the …" under each names it for every one
    body = (
        "The peoples of the region have suffered decades of plunder by the monopolies, and the "
        "workers and peasants have answered with strikes, occupations and mass demonstrations "
        "against the governments that serve them. The movement grows in the factories and in "
        "the countryside alike, and it needs an organised and revolutionary leadership. "
    ) * 2
    text = "".join(
        f"Resolution on {topic}\n\n{body}\n\nAdopted by the 2nd World Conference of ICOR, March 2015\n\n"
        "Signed by:\nWorkers' League of Ara (WLA), Chad\nRed Dawn Party (RDP), Mali\n\n\n"
        for topic in ("the struggle of the miners", "the defence of the peasants")
    )
    docs = analyses(text)
    assert len(docs) == 2
    for a in docs:
        assert a.adopted_at is not None
        assert a.conferences[a.adopted_at].network == "ICOR"


def test_a_plenary_numbered_before_international_is_numbered_and_placed() -> None:
    from movement_graph.extract.networks import conferences, network_mentions

    text = (
        "FINAL DECLARATION OF THE XXIII INTERNATIONAL PLENARY OF THE ICMLPO\n\n"
        "In November 2017, the XXIII International Plenary of the International Conference of "
        "Marxist-Leninist Parties and Organizations was held in Tunisia. Parties from four "
        "continents took part.\n"
    )
    d = doc(text)
    [c] = list(conferences(d, network_mentions(d)))
    assert (c.network, c.kind, c.ordinal, c.place) == ("ICMLPO", "plenary", 23, "TN")


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("[Archive of the workers' movement – scanned documents, 1970–1979]", True),
        ("[End of transcription]", True),
        ("WORKERS' BULLETIN · No. 12 · March 2024                                  page 3", True),
        ("Rundbrief Nr. 7 – Seite 2", True),
        ("Workers' Front: Solidarity with the miners of Chad .................. 4", True),
        ("Contents", True),
        ("The strike lasted.... 12 days", False),
        ("The resolution is printed on page 3 of the bulletin.", False),
        ("[1]", False),
        ("The Plenary [of 2019] adopted the declaration.", False),
    ],
)
def test_editorial_notes_page_headers_and_contents_are_furniture(line: str, furniture: bool) -> None:
    assert is_navigation(line) is furniture
