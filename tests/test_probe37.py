"""Probe 37 (the networks' common texts as their websites publish them, blind): a post's
comment section and its "Related posts", a menu set apart by blanks, a breadcrumb trail
ending in the title, the network's name signing over its parties, the kind and network
under the title, a paper's masthead in one paragraph and the reprinted text's own date, a
post's date over its title, and the network's regional body signing a text."""

from __future__ import annotations

from helpers import list_names, source

from movement_graph.segment import _kind_of_network, is_navigation, segment

PROSE = (
    "The workers of the region have continued their struggle for higher wages and for the "
    "right to organise, despite the repression ordered by the government. "
) * 3

COUNTRIES = ("Peru", "Chad", "Mali", "Ghana", "Chile", "Nepal", "Spain", "Italy", "Kenya", "Togo")
SIGNERS = "Signatories:\n1. UWA Union of the Workers of Ara, Peru\n2. PB Party of Bel, Chad\n"


def test_a_comment_section_is_furniture_not_a_text() -> None:
    text = (
        f"Stop the war in the valley!\n\nPosted on 4 May 2021 by editor\n\n{PROSE}\n\n{SIGNERS}\n"
        "Leave a Reply\n\n"
        "3 thoughts on “Stop the war in the valley!”\n\n"
        "Ana P. says:\n5 May 2021 at 10:12\nWe read the statement at our meeting on Saturday.\nReply\n\n"
        "Tom K. says:\n6 May 2021 at 08:40\nThe Miners' Union of Bel should sign it too, as it did the last time.\nReply\n\n"
        "Leave a Reply\nYour email address will not be published. Required fields are marked *\nComment *\nName *\n"
    )
    docs = list(segment(source(text)))
    assert len(docs) == 1
    assert docs[0].title == "Stop the war in the valley!"
    assert "Miners' Union" not in docs[0].text
    # a sentence that opens with the same words is no comment section
    assert not is_navigation("One response to the crisis is the general strike of the dockers.")
    assert is_navigation("Une réflexion sur « Non à la guerre ! »")


def test_the_links_under_related_posts_are_furniture() -> None:
    text = (
        f"Solidarity with the dockers!\n\n{PROSE}\n\n{SIGNERS}\nRelated posts\n\n"
        "Statement of the Conference on the Elections in Ara\nAugust 22, 2019\n\n"
        "8 March: For the Emancipation of Working Women\nMarch 1, 2020\n"
    )
    (doc,) = segment(source(text))
    assert "Emancipation" not in doc.text


def test_a_menu_set_apart_by_blanks_and_a_breadcrumb_ending_in_the_title() -> None:
    assert is_navigation("Home  Declarations  Unity & Struggle  Member parties  Contact")
    assert is_navigation("Inicio » Declaraciones » 8 de Marzo: ¡Por la emancipación de la mujer trabajadora!")
    assert not is_navigation("Home is where the struggle begins, said the speaker.")
    for banner, menu, title in (
        (
            "CONF – International Conference of the Parties",
            "Home  Declarations  Member parties  Archive  Contact",
            "Long Live the First of May!",
        ),
        (
            "CONF – Conferencia Internacional de los Partidos",
            "Inicio » Declaraciones » ¡Viva el Primero de Mayo!",
            "¡Viva el Primero de Mayo!",
        ),
    ):
        text = f"{banner}\n{menu}\n\n{title}\n\nApril 26, 2019\n\n{PROSE}\n\n{SIGNERS}"
        (doc,) = segment(source(text))
        assert doc.title == title
        assert doc.date == "2019-04-26"


def test_the_networks_name_over_the_parties_signs_the_text_above() -> None:
    text = (
        f"Long Live the First of May!\n\n{PROSE}\n\nApril 2019\n\n"
        "International Conference of Marxist-Leninist Parties and Organizations (ICMLPO)\n\n"
        + "\n".join(f"Revolutionary Workers' Party of {c} (RWP{c[0]}), {c}" for c in COUNTRIES)
        + "\n\nTags: First of May\n"
    )
    (doc,) = segment(source(text))
    assert doc.title == "Long Live the First of May!"
    assert [n for n, _, _ in list_names(text)] == [f"Revolutionary Workers' Party of {c}" for c in COUNTRIES]


def test_the_kind_and_the_network_under_the_title_are_no_part_of_it() -> None:
    assert _kind_of_network(
        "Statement of the International Conference of Marxist-Leninist Parties and Organizations (ICMLPO)"
    )
    assert _kind_of_network(
        "Déclaration de la Conférence Internationale des Partis et Organisations Marxistes-Léninistes (CIPOML)"
    )
    assert not _kind_of_network("Declaration of the ICMLPO on the Elections in Ara")
    text = (
        "No to the war in the valley!\n\nStatement of the International Coordination of Revolutionary "
        f"Parties and Organizations (ICOR)\n\n{PROSE}\n\nMarch 2019\n\n{SIGNERS}"
    )
    (doc,) = segment(source(text))
    assert doc.title == "No to the war in the valley!"
    assert doc.kind == "statement"


def test_a_papers_masthead_in_one_paragraph_and_the_reprinted_texts_own_day() -> None:
    text = (
        "THE RED TRIBUNE\nPaper of the Workers' Centre of Ara · No. 214 · 25 August 2019 · Price 10\n\n"
        f"INTERNATIONAL\n\nStatement on the Elections in Ara\n\n{PROSE}\n\nAugust 21, 2019\n\n{SIGNERS}"
    )
    (doc,) = segment(source(text))
    assert doc.title == "Statement on the Elections in Ara"
    assert doc.date == "2019-08-21"
    # an article of the paper itself, with no day of its own, keeps the issue's
    text = (
        "THE RED TRIBUNE\nPaper of the Workers' Centre of Ara · No. 214 · 25 August 2019 · Price 10\n\n"
        f"The Strikes in the Ports\n\n{PROSE}\n"
    )
    (doc,) = segment(source(text))
    assert doc.date == "2019-08-25"


def test_a_posts_date_over_its_title_opens_the_post() -> None:
    text = (
        f"News – documents of the Coordination\n\n27.06.2019\n\nSOLIDARITY WITH THE YOUTH OF ARA!\n\n{PROSE}\n\n"
        "Long live the struggle of the youth!\n\n"
        "* * *\n\n18.01.2019\n\nLenin Lives! 100 Years After His Death\n\nResolution, 18 January 2019\n\n"
        f"{PROSE}\n\n{SIGNERS}"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == [
        "SOLIDARITY WITH THE YOUTH OF ARA!",
        "Lenin Lives! 100 Years After His Death",
    ]
    assert [d.date for d in docs] == ["2019-06-27", "2019-01-18"]


def test_the_networks_regional_body_signing_a_text_is_no_party() -> None:
    text = (
        f"Solidarity with the youth of Ara!\n\n{PROSE}\n\n"
        "ICOR Africa regional coordination\n"
        "International Coordination of Revolutionary Parties and Organizations (ICOR)\n"
    )
    assert list_names(text) == []
