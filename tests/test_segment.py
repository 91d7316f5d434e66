"""Segmentation on hand-written files: layout, not knowledge of particular files."""

from __future__ import annotations

import pytest
from helpers import source
from hypothesis import given, settings
from hypothesis import strategies as st

from movement_graph.errors import InputError
from movement_graph.ingest import read_source
from movement_graph.segment import blocks, is_navigation, segment

PROSE = (
    "The workers of the region have continued their struggle for higher wages and for the "
    "right to organise, despite the repression ordered by the government. "
) * 3


def test_closing_dateline_then_masthead_then_list_then_heading() -> None:
    text = (
        f"Declaration of the Parties\n\n{PROSE}\n\nMarch 2011\n\n"
        f"Weekly Paper #12\nApril 2-8, 2011\n\nThe Meeting Was a Success!\n\n{PROSE}\n\n"
        "Workers' Party of Atlantis\nCommunist Party of Ruritania\nUnion of Lilliput Communists\n\n\n"
        f"To the peoples of the world!\n\n{PROSE}\n\nApril 2011\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == [
        "Declaration of the Parties",
        "The Meeting Was a Success!",
        "To the peoples of the world!",
    ]
    assert [d.date for d in docs] == ["2011-03", "2011-04-02", "2011-04"]
    assert docs[1].kind == "article"
    assert docs[1].text.startswith("Weekly Paper #12")


def test_navigation_is_not_text_and_not_a_date() -> None:
    text = (
        "Skip to content. | Skip to navigation\n\nPersonal tools\n\n"
        "You are here: Home / 2015 / A Statement\n\nA Statement on the Strike\n\n"
        "Party resolution, 5 May 2015\n\n" + PROSE + "\n\nDocument Actions\n\n"
        "Click here to return to the June 2016 index.\n"
    )
    [doc] = segment(source(text))
    assert doc.title == "A Statement on the Strike"
    assert doc.date == "2015-05-05"
    assert doc.kind == "statement"  # the title's word wins over the dateline's
    assert "Skip to" not in doc.text and "Click here" not in doc.text


def test_trailing_link_titles_are_not_a_document() -> None:
    text = (
        f"Appeal for the Day of Action\n\n{PROSE}\n\nCentral Committee of the Party\n\n\n"
        "Another party joins a campaign\n\n\nAll imperialists are enemies of the peoples"
    )
    [doc] = segment(source(text))
    assert doc.text.endswith("Central Committee of the Party")


def test_subheading_inside_text_does_not_split() -> None:
    text = f"Main Title\n\n{PROSE}\n\nOur Tasks\n\n{PROSE}\n"
    assert len(list(segment(source(text)))) == 1


@pytest.mark.parametrize("text", ["", "   \n\n", "Skip to content\n\nPersonal tools\n"])
def test_no_document(text: str) -> None:
    with pytest.raises(InputError, match="sample.txt"):
        list(segment(source(text or "\n", "sample.txt")))


def test_is_navigation() -> None:
    assert is_navigation("Document Actions")
    assert not is_navigation("Documents of the conference were adopted.")


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Share this: Facebook | Twitter | Email", True),
        ("Home | About us | Statements | Contact", True),
        ("Facebook • Telegram • Print", True),
        ("Related", True),
        ("Related articles: On the strike", True),
        ("Related to this, the workers struck.", False),
        ("Statement | Central Committee", False),
        ("The workers struck | the bosses gave in | the strike won.", False),
    ],
)
def test_menus_and_sharing_rows_are_page_furniture(line: str, furniture: bool) -> None:
    assert is_navigation(line) is furniture


def test_a_menu_over_a_text_is_not_its_title() -> None:
    text = (
        "Home | About us | Statements | Contact\n\nSolidarity with the Strikers of the Mines\n\n"
        f"Party resolution, 30 October 2021\n\n{PROSE}\n\nShare this: Facebook | Twitter | Email\n"
    )
    [doc] = segment(source(text))
    assert (doc.title, doc.date) == ("Solidarity with the Strikers of the Mines", "2021-10-30")
    assert "Twitter" not in doc.text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [PROSE, "Title Line", "November 2012", "Party of X\nUnion of Y", "", "Skip to content"]
        ),
        min_size=1,
        max_size=12,
    )
)
def test_segmenting_keeps_spans_and_never_duplicates(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    try:
        docs = list(segment(source(text)))
    except InputError:
        return
    last = -1
    for d in docs:
        assert text[d.start : d.end] == d.text
        assert d.start > last
        last = d.end
    # every paragraph of prose lands in exactly one document
    for b in blocks(text):
        if b.kind == "prose":
            assert sum(1 for d in docs if d.start <= b.start and b.end <= d.end) == 1


def test_dateline_between_text_and_signatures() -> None:
    text = (
        f"Declaration of the Plenary\n\n{PROSE}\n\nQuito, November 2019\n\n"
        "Workers' Party of Atlantis\nCommunist Party of Ruritania\nUnion of Lilliput Communists\n"
    )
    [doc] = segment(source(text))
    assert doc.date == "2019-11"


def test_list_under_its_introducing_line_closes_the_text() -> None:
    # "Signatories:" over two entries is a list, whatever its length, so the heading after
    # it opens the next document
    text = (
        f"Declaration of the Parties\n\n{PROSE}\n\nSignatories:\n"
        "Workers' Party of Atlantis, Atlantis\nCommunist Party of Ruritania, Ruritania\n\n"
        f"On the situation in Lilliput\n\n{PROSE}\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == ["Declaration of the Parties", "On the situation in Lilliput"]
    assert [b.kind for b in blocks(text)] == ["heading", "prose", "list", "heading", "prose"]


def test_a_colon_over_sentences_is_prose() -> None:
    text = (
        "Main Title\n\nWe declare:\nthe workers of the region will continue their struggle for "
        "higher wages and for the right to organise.\n\n"
        f"Our Tasks\n\n{PROSE}\n"
    )
    assert [b.kind for b in blocks(text)][:2] == ["heading", "prose"]
    assert len(list(segment(source(text)))) == 1


def test_page_furniture_between_texts_separates_them() -> None:
    # a short text, then the page's own links: the heading after them opens a new document
    # even though neither text ends with a date or a list
    text = (
        f"Appeal for the Day of Action\n\n{PROSE}\n\nShare this article\nTags: news\n\n"
        f"On the situation in Lilliput\n\n{PROSE}\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == ["Appeal for the Day of Action", "On the situation in Lilliput"]
    assert "Share this article" not in docs[0].text + docs[1].text


def test_page_furniture_under_the_title_does_not_split() -> None:
    text = f"Main Title\n\nShare this article\n\nOur Tasks\n\n{PROSE}\n"
    assert len(list(segment(source(text)))) == 1


def test_signatures_in_one_sentence_close_the_text() -> None:
    # the signatures, one paragraph of "name, country; …", end the statement: the heading
    # after them opens the next document, though that one is short and no date comes between
    signed = (
        "The statement was signed by the following parties: Workers' Party of Atlantis, Atlantis; "
        "Communist Party of Ruritania, Ruritania; Union of Lilliput Communists, Lilliput"
    )
    text = f"Declaration of the Parties\n\n{PROSE}\n\n{signed}\n\n\nOn the situation in Lilliput\n\n{PROSE}\n"
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == ["Declaration of the Parties", "On the situation in Lilliput"]
    assert docs[0].text.endswith("Union of Lilliput Communists, Lilliput")


def test_participants_named_in_a_sentence_do_not_close_the_text() -> None:
    took_part = (
        "The following delegations took part: Workers' Party of Atlantis, Atlantis; "
        "Communist Party of Ruritania, Ruritania; Union of Lilliput Communists, Lilliput"
    )
    text = f"Report of the Conference\n\n{PROSE}\n\n{took_part}\n\nOur Tasks\n\n{PROSE}\n"
    assert len(list(segment(source(text)))) == 1


def test_participants_named_in_a_sentence_close_a_short_text_set_apart_by_blank_lines() -> None:
    # a short conference text ending with the sentence naming its delegations, then two blank
    # lines and the next text's title: the next text is not swallowed (its signatories would
    # take part in the first text's network)
    took_part = (
        "The following delegations participated in the Conference: Workers' Party of Atlantis, "
        "Atlantis; Communist Party of Ruritania, Ruritania; Union of Lilliput Communists."
    )
    short = "We, the undersigned parties, address the workers of the world. Forward to socialism!"
    text = (
        f"Final Declaration of the Conference\n\nDeclaration, 10 May 2017\n\n{short}\n\n{took_part}\n\n\n"
        f"Joint appeal of the parties against the repression\n\nAppeal, 5 October 2000\n\n{PROSE}\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == [
        "Final Declaration of the Conference",
        "Joint appeal of the parties against the repression",
    ]
    assert docs[0].text.endswith("Union of Lilliput Communists.")
    assert [d.date for d in docs] == ["2017-05-10", "2000-10-05"]


def test_a_dateline_under_the_page_s_furniture_and_its_title_dates_the_text() -> None:
    text = (
        "Red Harbour – Online Paper of the Workers\n\nYou are here: Home » International » 2021\n\n"
        "Posted on 5 November 2021 by editor\n\nNo to the Coup in the Mines!\n\n"
        f"Party resolution, 30 October 2021\n\n{PROSE}\n"
    )
    [doc] = segment(source(text))
    assert doc.date == "2021-10-30"


def test_a_closing_dateline_over_a_signatures_line_apart_from_its_list() -> None:
    text = (
        f"Statement on the Strike\n\n{PROSE}\n\nMarch 2022\n\nSigned:\n\n"
        "Party of Labour of Chad\nRed Union of Mali\nCommunist League of Benin\n"
    )
    [doc] = segment(source(text))
    assert doc.date == "2022-03"


def test_a_dateline_naming_the_meeting_that_adopted_the_text() -> None:
    text = (
        f"Final Declaration on the Crisis\n\n{PROSE}\n\n"
        "Adopted by the XXVI Plenary of the Conference, Quito, November 2022\n"
    )
    [doc] = segment(source(text))
    assert (doc.title, doc.date) == ("Final Declaration on the Crisis", "2022-11")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Declaración de la Conferencia sobre la crisis", "declaration"),
        ("Erklärung zum Krieg in der Ukraine", "declaration"),
        ("Résolution sur la grève", "resolution"),
        ("Aufruf zum 1. Mai", "appeal"),
        ("On the Strike of the Miners", "statement"),
        ("Statement on the Manifesto of the Miners", "statement"),
        ("Joint Communique of the Parties", "communiqué"),
    ],
)
def test_the_kind_of_a_text_in_another_language(title: str, kind: str) -> None:
    [doc] = segment(source(f"{title}\n\n{PROSE}\n"))
    assert doc.kind == kind


def test_a_malformed_kinds_file_is_a_clear_error(tmp_path, monkeypatch) -> None:
    import movement_graph.reference as ref
    import movement_graph.segment as seg
    from movement_graph.errors import ConfigError

    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "document_kinds.yaml").write_text("- declaration\n", encoding="utf-8")
    monkeypatch.setattr(ref, "data_dir", lambda: tmp_path)
    seg.kind_patterns.cache_clear()
    ref.load_document_kinds.cache_clear()
    try:
        with pytest.raises(ConfigError, match="document_kinds.yaml"):
            seg.kind_patterns()
    finally:
        seg.kind_patterns.cache_clear()
        ref.load_document_kinds.cache_clear()


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("Caracas, mid-March 2021", "2021-03"),
        ("Spring 2023", "2023"),
        ("İstanbul, 3 Nisan 2019", "2019-04-03"),
    ],
)
def test_a_vague_or_foreign_dateline_dates_the_text(dateline: str, date: str) -> None:
    [doc] = segment(source(f"On the Strike of the Miners\n\n{PROSE}\n\n{dateline}\n"))
    assert doc.date == date


@pytest.mark.parametrize("rule", ["-----", "***", "___", "* * *", "~~~~~~"])
def test_a_horizontal_rule_separates_two_texts(rule: str) -> None:
    text = (
        f"Resolution on the Strike in Arcadia\n\n{PROSE}\n\nSigned by:\nParty of Labour of Ostland\n"
        f"Union of Red Toilers\n\n{rule}\n\nStatement on the Miners of Westland\n\n{PROSE}\n\n"
        "Signatories:\nLeague of Communists of Northland\nRevolutionary Party of Southland\n\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == [
        "Resolution on the Strike in Arcadia",
        "Statement on the Miners of Westland",
    ]
    assert "Northland" not in docs[0].text


def test_a_bulletin_masthead_gives_way_to_the_text_s_own_kind_and_date() -> None:
    text = f"Information Bulletin No. 7\nSpring 2021\n\nStatement on the Strike in Arcadia\n\n15.03.2021\n\n{PROSE}\n"
    [doc] = segment(source(text))
    assert (doc.kind, doc.date) == ("statement", "2021-03-15")
    [article] = segment(
        source(f"Information Bulletin No. 7\nSpring 2021\n\nOn the Strike in Arcadia\n\n{PROSE}\n")
    )
    assert (article.kind, article.date) == ("article", "2021")


def test_a_sign_off_with_a_date_then_a_rule_closes_the_text() -> None:
    # "Coordinating Committee / mid-March 2021" reads like a masthead; after it, a rule
    text = (
        f"On the Strike in Arcadia\n\n{PROSE}\n\nCoordinating Committee of the Conference\nmid-March 2021\n\n"
        f"* * *\n\nAppeal: Solidarity with the Miners of Westland\n\n{PROSE}\n\n10.05.2021\n"
    )
    docs = list(segment(source(text)))
    assert [(d.title, d.date, d.kind) for d in docs] == [
        ("On the Strike in Arcadia", "2021-03", "statement"),
        ("Appeal: Solidarity with the Miners of Westland", "2021-05-10", "appeal"),
    ]


def test_a_signatories_heading_under_a_text_is_not_a_new_text() -> None:
    text = (
        f"Resolution on the Strike in Arcadia\n\n{PROSE}\n\n• Down with the new law!\n\n• For the workers' unity!\n\n"
        "Signatories (as of 9 August 2023)\n\n• Party of Labour of Ostland (PLO), Chad\n\n"
        "• Red Union of Westland (RUW), Mali\n\n• League of Communists of Northland, Peru\n\n"
        f"{PROSE}\n"
    )
    assert [d.title for d in segment(source(text))] == ["Resolution on the Strike in Arcadia"]


def test_a_category_line_is_page_furniture() -> None:
    assert is_navigation("Category: Resolutions") and is_navigation("Categories: News, Africa")


def test_a_blog_s_posted_on_line_dates_a_text_without_a_dateline() -> None:
    text = f"Solidarity with the Miners of Westland\n\nPosted on February 10, 2023 by editor · Leave a comment\n\n{PROSE}\n"
    [doc] = segment(source(text))
    assert doc.date == "2023-02-10" and text[doc.date_quote.start : doc.date_quote.end] == "February 10, 2023"
    # the text's own dateline comes first
    dated = f"Solidarity with the Miners of Westland\n\nPosted on February 10, 2023 by editor\n\n{PROSE}\n\n3 February 2023\n"
    assert next(iter(segment(source(dated)))).date == "2023-02-03"


def test_a_masthead_naming_the_network_and_a_kind_line_are_not_the_title() -> None:
    # the network's name (with its acronym) and a line naming only the kind of text stand over
    # the title; a heading naming a meeting or a kind of text is part of the title
    text = (
        "International Coordination of Revolutionary Parties and Organizations (ICOR)\n\n"
        "Resolution\n\nDown with the junta in Atlantis!\n\n1 February 2024\n\n"
        f"{PROSE}\n"
    )
    [doc] = segment(source(text))
    assert doc.title == "Down with the junta in Atlantis!"
    assert doc.date == "2024-02-01"
    text = (
        "Resolution of the Fourth Plenary of the International Conference of Marxist-Leninist Parties and Organizations\n\n"
        f"Message to the Party of Atlantis\n\n{PROSE}\n"
    )
    [doc] = segment(source(text))
    assert doc.title.startswith("Resolution of the Fourth Plenary") and doc.title.endswith(
        "Message to the Party of Atlantis"
    )


def test_a_site_banner_over_a_breadcrumb_is_page_furniture() -> None:
    text = (
        "WORKERS' SOLIDARITY ARCHIVE\nStatements of revolutionary parties – Europe and Asia\n\n"
        "Home > Archive > 2020–2023\n\nSolidarity with the miners of Atlantis\n\n"
        f"Quito, 15 January 2023\n\n{PROSE}\n"
    )
    [doc] = segment(source(text))
    assert doc.title == "Solidarity with the miners of Atlantis"
    assert doc.date == "2023-01-15"


def test_the_kind_is_read_from_a_subtitle_under_page_furniture() -> None:
    text = (
        "Fifty years after the coup in Atlantis\n\nPosted on 12 September 2023 by editor\n\n"
        f"Joint declaration of the parties\n\n{PROSE}\n"
    )
    [doc] = segment(source(text))
    assert doc.kind == "declaration"


def test_short_headings_between_the_groups_of_a_list_open_no_text(tmp_path) -> None:  # noqa: ANN001
    # delegations grouped under Markdown headings, one group a table with its header row
    text = (
        f"# Report of the Conference\n\n{PROSE}\n\n"
        "The following member organizations were present at the Conference:\n\n"
        "### Africa\n\n"
        "- **SAWRU** – South African Workers' Revolutionary Union (South Africa)\n"
        "- **RWUG** – Revolutionary Workers' Union of Ghana (Ghana)\n"
        "- **CWFK** – Communist Workers' Front of Kenya (Kenya)\n"
        "- **ECWL** – Egyptian Communist Workers' League (Egypt)\n\n"
        "### Asia\n\n"
        "- **RPLP** – Revolutionary Proletarian League of the Philippines (Philippines)\n"
        "- **NRWU** – Nepal Revolutionary Workers' Union (Nepal)\n"
        "- **BCWL** – Bangladesh Communist Workers' League (Bangladesh)\n\n"
        "### Europe\n\n| Organization | Country |\n|---|---|\n"
        "| Revolutionary Workers' Front of Germany (RWFG) | Germany |\n"
        "| Red Star Circle Austria (RSCA) | Austria |\n"
        "| Belarusian Workers' Communist Union (BWCU) | Belarus |\n\n"
        "### Americas\n\n"
        "- **PRTA** – Partido Revolucionario de los Trabajadores de Atlantis (Chile)\n"
        "- **MOR** – Movimiento Obrero Rojo (Argentina)\n\n"
        f"Long live the Conference!\n"
    )
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    assert len(list(segment(read_source(path)))) == 1


def test_a_title_broken_after_its_colon_is_one_heading() -> None:
    text = f"Fifty Years After the Coup:\nNever Forget, Never Forgive!\n\n11 September 2023\n\n{PROSE}\n"
    [doc] = segment(source(text))
    assert doc.title.startswith("Fifty Years After the Coup") and doc.date == "2023-09-11"


def test_closing_dateline_above_the_list_introduction() -> None:
    text = (
        f"DECLARATION OF THE PLENARY\n\n{PROSE}\n\nAtlantis City, November 2024\n\n"
        "Parties and organizations participating in the Plenary:\n\n"
        "Workers' Party of Atlantis (Spain)\nCommunist Party of Ruritania (France)\nUnion of Lilliput Communists (Italy)\n"
    )
    (doc,) = segment(source(text))
    assert doc.date == "2024-11"


def test_subtitle_line_between_title_and_dateline() -> None:
    text = (
        f"JOINT COMMUNIQUÉ\n\nof the International Meeting of Lilliput Parties\n\nOctober 1980\n\n{PROSE}\n"
    )
    (doc,) = segment(source(text))
    assert doc.date == "1980-10"


def test_posted_date_with_tags_is_navigation() -> None:
    assert is_navigation("Posted 6 October 2022 | Tags: Iran, women, uprising")


def test_numbered_paragraphs_and_a_slogan_do_not_end_the_text() -> None:
    # a resolution written as numbered paragraphs, a slogan, then its signatories: one text
    numbered = "".join(f"{n}. {PROSE.strip()}\n\n" for n in range(1, 5))
    text = (
        "RESOLUTION OF THE CONTINENTAL CONFERENCE\n\nAbidjan, 15 October 2023\n\n"
        f"{numbered}Down with Imperialism! Long Live the Struggle of the Peoples of Africa!\n\n"
        "Signatories:\n\n"
        "ROL – Revolutionary Organisation of Lilliput – Nigeria\nMCT – Communist Movement of the Toilers of"
        " Arcadia – Senegal\nPOM – Proletarian Organisation of the Mountains – Mali\nRUW – Revolutionary"
        " Union of the Workers of Bel – Cameroon\nMWP – Marxist Workers' Party of the Coast – Benin\n"
        "WUA – Workers' Union of Atlantis – Ghana\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == ["RESOLUTION OF THE CONTINENTAL CONFERENCE"]
    assert docs[0].text.rstrip().endswith("Ghana")


def test_a_letterhead_after_a_rule_opens_the_next_text() -> None:
    text = (
        f"Joint statement of the parties\n\n{PROSE}\n\nSignatories:\nWorkers' League of Atlantis\n"
        "Red Union of Ruritania\n\n==========\n\n"
        "Workers' League of Atlantis (WLA) – Atlantis\nInternational Department\n\n"
        f"Statement on the Plenary\n\n{PROSE}\n\nAtlantis City, November 2031\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == ["Joint statement of the parties", "Statement on the Plenary"]
    assert docs[1].text.startswith("Workers' League of Atlantis (WLA)")
    assert docs[1].kind == "statement"


def test_slogans_after_a_rule_are_no_letterhead() -> None:
    # the slogans and the signature close the text above; the next text opens at its title
    text = (
        f"Statement on the war\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n-----\n\n"
        "Workers of All Countries, Unite!\nLong Live Proletarian Internationalism!\n\n"
        "Coordinating Committee of ICOR\n\n\n"
        f"Resolution on the crisis\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == ["Statement on the war", "Resolution on the crisis"]
    assert docs[0].text.endswith("Coordinating Committee of ICOR")
    assert docs[1].text.startswith("Resolution on the crisis")


# --- titles, dates and kinds under a site's furniture (held-out probe 17) ---------------


def test_the_title_is_under_the_site_s_banner_and_menu_past_its_kicker() -> None:
    # a site's name over its breadcrumb trail, then "Network | Kind" over the page's title
    text = (
        "ICOR\n\nInternational Coordination of Revolutionary Parties and Organizations\n\n"
        "Home › Statements › ICOR\n\nICOR Asia | Statement\n\nHands off the Ara valley!\n\n"
        f"Posted on 3 March 2021 by admin\n\n{PROSE}\n"
    )
    (doc,) = segment(source(text))
    assert doc.title == "Hands off the Ara valley!"
    assert doc.date == "2021-03-03" and doc.kind == "statement"


def test_a_section_label_over_the_title_is_no_part_of_it() -> None:
    text = f"Home | News | Archive\n\nINTERNATIONAL\n\nSolidarity with the miners of Ara!\n\n{PROSE}\n\nMay 2020\n"
    (doc,) = segment(source(text))
    assert doc.title == "Solidarity with the miners of Ara!"
    assert doc.kind == "statement"  # a section label is no newspaper's masthead


@pytest.mark.parametrize(
    "title, kind",
    [
        ("DECLARATION OF THE CONFERENCE ON THE ELECTIONS\nAND THE CRISIS IN ARALIA", "declaration"),
        ("Communiqué of the Conference\nSolidarity with the people of Aralia!", "communiqué"),
        ("Solidarity with the dockers\nof the port of Ara!", "statement"),
    ],
)
def test_a_title_broken_over_two_lines_is_the_title(title: str, kind: str) -> None:
    text = f"Home › Statements › 2024\n\n{title}\n\nPublished on 5 August 2024 · Category: Statements\n\n{PROSE}\n"
    (doc,) = segment(source(text))
    assert doc.title == " ".join(title.split())
    assert doc.kind == kind


def test_a_title_broken_over_two_lines_after_a_rule_opens_the_next_text() -> None:
    # it names a kind of text: a title, not a letterhead kept out of the title
    text = (
        f"First Statement\n\n{PROSE}\n\nMay 2021\n\n* * *\n\nPosted by admin | Filed under: Women\n\n"
        f"APPEAL OF THE COORDINATION\nFOR THE EIGHTH OF MARCH\n\n{PROSE}\n\nSigned:\nUnion of Ara (UA), Peru\nLeague of Bel (LB), Chad\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == [
        "First Statement",
        "APPEAL OF THE COORDINATION FOR THE EIGHTH OF MARCH",
    ]
    assert docs[1].kind == "appeal"


def test_the_adoption_line_after_the_signatures_dates_the_text_not_its_publication() -> None:
    text = (
        f"Home › Resolutions › 2023\n\nRESOLUTION\n\nNo to the expulsions in Aralia!\n\n"
        f"Veröffentlicht am 3. Oktober 2023\n\n{PROSE}\n\nErstunterzeichner:\n\n"
        "1. Bund der Arbeiter von Ara (BAA), Deutschland\n2. Liga von Bel (LB), Schweiz\n\n"
        "Beschlossen vom Koordinierungskomitee am 28. September 2023\n\n---\n\n"
        "← Vorheriger Beitrag | Nächster Beitrag →\n"
    )
    (doc,) = segment(source(text))
    assert doc.title == "No to the expulsions in Aralia!"
    assert doc.date == "2023-09-28" and doc.kind == "resolution"


def test_a_dateline_with_a_byline_dates_the_report() -> None:
    text = (
        'Posted on 14 November 2023 by admin\n\nREPORT\n\nParties meet in Ara:\n"Unity in struggle"\n\n'
        f"Ara, October 2023 – From our correspondent\n\n{PROSE}\n"
    )
    (doc,) = segment(source(text))
    assert doc.title == 'Parties meet in Ara: "Unity in struggle"'
    assert doc.date == "2023-10" and doc.kind == "report"


def test_the_permalink_dates_a_text_that_has_no_other_date() -> None:
    text = (
        f"Appeal for the Eighth of March\n\n{PROSE}\n\nSigned:\nUnion of Ara (UA), Peru\nLeague of Bel (LB), Chad\n\n"
        "Permalink: https://www.example.org/2024/02/20/appeal-8-march/\n\nLeave a comment\n"
    )
    (doc,) = segment(source(text))
    assert doc.date == "2024-02-20"
    assert doc.date_quote is not None and doc.date_quote.text == "2024/02/20"


def test_a_turkish_kicker_in_capitals_is_no_part_of_the_title() -> None:
    text = (
        "Anasayfa | Açıklamalar | Kararlar\n\nICOR AÇIKLAMASI\n\nAra vadisinde halkın direnişiyle\n"
        f"dayanışma!\n\nYayınlanma tarihi: 24 Mart 2025 | Kategori: Açıklamalar\n\n{PROSE}\n\n22 Mart 2025\n"
    )
    (doc,) = segment(source(text))
    assert doc.title == "Ara vadisinde halkın direnişiyle dayanışma!"
    assert doc.date == "2025-03-22" and doc.kind == "statement"


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("Next year the workers of Ara will strike again for their wages.", False),
        ("Nächste Woche streiken die Arbeiter in Ara für höhere Löhne.", False),
        ("Suivant l'appel de la Conférence, les partis ont manifesté à Ara.", False),
        ("Next post: Solidarity with the miners of Ara", True),
        ("← Vorheriger Beitrag | Nächster Beitrag →", True),
        ("Articoli correlati", True),
    ],
)
def test_links_to_other_posts_are_furniture_a_sentence_opening_with_next_is_not(
    line: str, furniture: bool
) -> None:
    assert is_navigation(line) is furniture


@pytest.mark.parametrize(
    "furniture",
    ["Categories: Statements, Palestine", "Tags: Palestine | Gaza", "← Previous post", "Read more"],
)
def test_a_post_s_own_furniture_under_its_title_is_no_site_banner(furniture: str) -> None:
    # a site's banner is headings over its menu or breadcrumb trail; a post's tags, categories
    # or links to other posts under its title leave the title the title
    text = f"Stop the war in Ara!\n\n{furniture}\n\nStatement of the Coordinating Committee\n\n{PROSE}\n"
    (doc,) = segment(source(text))
    assert doc.title.startswith("Stop the war in Ara!")


def test_a_site_banner_over_thousands_of_menu_lines_is_read_in_linear_time() -> None:
    """Once quadratic; timed in ``bench/pathological.py``, here only the answer."""
    from helpers import pathological

    from movement_graph.segment import _after_banner

    # a heading, 8,000 menu lines, the text: each menu once, not once per menu above it
    bs = pathological.banner_over_menus(8000)
    assert [b.kind for b in bs[:2]] == ["heading", "nav"] and len(bs) == 8002
    assert _after_banner(bs, 0) == 0


def test_a_long_link_line_is_read_in_linear_time() -> None:
    """Once quadratic; timed in ``bench/pathological.py``, here only the answer."""
    from helpers import pathological

    from movement_graph.segment import _PERMALINK

    assert _PERMALINK.match(pathological.long_link_line(2000)) is None
    assert _PERMALINK.match("Permalink: https://example.org/2024/01/01") is not None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("@share partager|teilen\n", r"navigation\.txt:1: a word list is written"),
        ("@home = home\n@home = accueil\n", r"navigation\.txt:2: word list 'home' defined twice"),
        ("({share})\\s*:.*\n@share = share\n", r"navigation\.txt:1: no word list 'share' defined above"),
        ("@share = share|(partager\n", r"navigation\.txt:1: bad word list"),
    ],
)
def test_a_malformed_word_list_of_the_navigation_file_is_a_clear_error(
    tmp_path, monkeypatch, text: str, problem: str
) -> None:
    import movement_graph.segment as seg
    from movement_graph.errors import ConfigError

    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "navigation.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(seg, "data_dir", lambda: tmp_path)
    seg._navigation.cache_clear()
    try:
        with pytest.raises(ConfigError, match=problem):
            seg.navigation_patterns()
    finally:
        seg._navigation.cache_clear()


def test_the_segmenter_reads_its_navigation_words_from_the_data_file() -> None:
    from movement_graph.segment import _posted, _share, navigation_words

    assert "partager" in navigation_words("share").split("|")
    assert _share().match("Partager : Facebook | Twitter")
    assert _posted().match("Publié le 3 mai 2023 par la rédaction")
    assert not _share().match("Shares of the land went to the peasants.")
