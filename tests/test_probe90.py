"""Defects of the compilations probe (probe 90: several texts in one file, as researchers
save them): a bulletin's masthead of four lines (its publisher's line under the issue's)
was read as the first text's title and gave it the issue's month for a date, and the texts
after it that name no network got none; a paper's translator's note under a reprinted text
("(Aus dem Englischen übersetzt …)") was taken for the next text's title, and a reprint note
worded "Auf dieser Seite dokumentieren wir …" was not one; a page of a Plenary's documents,
each under a heading of its kind and none dated or signed, was read as two texts, and only
the first took the network from the page's note; a mailing list's digest was read with its
header and list of topics as a text, "Message: 1" / "Date: …" as titles, the date on a line
over a message's title as no date; a title for a day of action with its date after a comma
was read as a dateline; an inline list of signatories running onto the paragraph's next
line lost the names there, and "Zentrum" headed no name. Invented parties and texts, real
countries. Each test fails on the code before the fix."""

from __future__ import annotations

from helpers import source

from movement_graph.extract.dates import is_date_line
from movement_graph.extract.lists import find_lists
from movement_graph.extract.networks import from_context
from movement_graph.model import Role
from movement_graph.segment import is_navigation, segment

PROSE = (
    "The dockers of the port have struck for two weeks against the sackings, and the "
    "government has sent the police against their pickets and their families in the town. "
) * 2


def test_a_translators_note_in_brackets_is_furniture():
    assert is_navigation("(Aus dem Englischen übersetzt von der Redaktion der Zeitung.)")
    assert is_navigation("(Übersetzung: Redaktion)")
    assert is_navigation("[Translated from the Spanish by our editors]")
    assert not is_navigation("(The strike goes on.)")


def test_a_papers_page_of_reprints_under_kickers_with_translators_notes():
    text = (
        "Die Fackel · Zeitung des Arbeiterbunds Bel · Nr. 3/2022 · Seite 5\n\n"
        "INTERNATIONAL\n\n"
        "Auf dieser Seite dokumentieren wir zwei Erklärungen revolutionärer Parteien.\n\n"
        "ICOR\n\nSieg dem Streik der Hafenarbeiter!\n\n" + PROSE + "\n\n4. März 2022\n\n"
        "Unterzeichner:\nLiga von Ara (LA), Mali\nBund von Bel (BB), Niger\n\n"
        "(Aus dem Englischen übersetzt von der Redaktion.)\n\n"
        "CIPOML\n\nFreiheit für die Gefangenen!\n\n10. März 2022\n\n" + PROSE + "\n\n"
        "Liga von Ara (LA), Mali\nBund von Bel (BB), Niger\n\n"
        "(Übersetzung aus dem Französischen: Redaktion.)\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == ["Sieg dem Streik der Hafenarbeiter!", "Freiheit für die Gefangenen!"]
    assert [d.date for d in docs] == ["2022-03-04", "2022-03-10"]


BULLETIN = (
    "ICOR BULLETIN\nInternational Coordination of Revolutionary Parties and Organizations\n"
    "No. 2/2022 · June 2022\nPublished by the Main Coordination · www.example.org\n\n"
    "CONTENTS\n\n1. Victory to the dockers! ........ 2\n2. Free the prisoners! ........ 3\n\n\n"
    "Victory to the dockers!\n\n12 March 2022\n\n" + PROSE + "\n\n"
    "Signed:\n1. League of Ara (LA), Mali\n2. Union of Bel (UB), Niger\n\n\n"
    "Free the prisoners!\n\n" + PROSE + "\n\n20 April 2022\n\n"
    "League of Ara (LA), Mali\nUnion of Bel (UB), Niger\n"
)


def test_a_networks_bulletin_gives_each_text_its_own_title_date_and_the_network():
    docs = list(segment(source(BULLETIN)))
    assert [d.title for d in docs] == ["Victory to the dockers!", "Free the prisoners!"]
    # the text's own day, not the month
    assert [d.date for d in docs] == ["2022-03-12", "2022-04-20"]
    # the second text names no network: the bulletin's masthead gives it
    assert from_context(docs[1])[0] == ("ICOR",)


def test_a_plenarys_page_of_undated_resolutions_each_under_its_heading():
    short = (
        "The Plenary salutes the dockers of the port, who struck for two weeks against the "
        "sackings, and condemns the police that the government sent against their pickets."
    )
    text = (
        "Documents of the XX Plenary\n\nHome › Documents › Plenaries\n\n"
        "We publish below the documents adopted by the XX Plenary of the International "
        "Conference of Marxist-Leninist Parties and Organizations.\n\n"
        "Final Declaration of the XX Plenary\n\n" + PROSE + "\n\nMay 2022\n\n"
        "League of Ara (LA), Mali\nUnion of Bel (UB), Niger\n\n"
        "Resolution on the dockers' strike\n\n" + short + "\n\n"
        "Resolution of solidarity with the prisoners\n\n" + short + "\n\n"
        "Message of greetings to the workers of Ara\n\n" + short + "\n"
    )
    docs = list(segment(source(text)))
    assert [d.title for d in docs] == [
        "Final Declaration of the XX Plenary",
        "Resolution on the dockers' strike",
        "Resolution of solidarity with the prisoners",
        "Message of greetings to the workers of Ara",
    ]
    assert [d.date for d in docs] == ["2022-05", None, None, None]
    # the page's note names the network of the texts that name none
    assert [from_context(d)[0] for d in docs[1:]] == [("ICMLPO",)] * 3


DIGEST = (
    "From: news-request@lists.example.org\nTo: news@lists.example.org\n"
    "Subject: news Digest, Vol 3, Issue 2\nDate: Mon, 7 Mar 2022 09:14:02 +0100\n\n"
    "Send news mailing list submissions to news@lists.example.org\n\n"
    "Today's Topics:\n\n   1. Victory to the dockers!\n   2. Free the prisoners!\n\n"
    + "-"
    * 70
    + "\n\nMessage: 1\nDate: Sat, 12 Mar 2022 18:40:11 +0100\n\n12 March 2022\n\n"
    "Victory to the dockers!\n\n"
    + PROSE
    + "\n\nSigned by:\nLeague of Ara (LA), Mali\nUnion of Bel (UB), Niger\n\n"
    "* * *\n\nMessage: 2\nDate: Wed, 20 Apr 2022 07:02:45 +0100\n\n"
    "Free the prisoners!\n\n"
    + PROSE
    + "\n\nLeague of Ara (LA), Mali\nUnion of Bel (UB), Niger\n\n"
    + "-" * 70
    + "\n\nEnd of news Digest, Vol 3, Issue 2\n"
    + "*" * 40
    + "\n"
)


def test_a_mailing_lists_digest_holds_its_messages_and_no_more():
    docs = list(segment(source(DIGEST)))
    assert [d.title for d in docs] == ["Victory to the dockers!", "Free the prisoners!"]
    assert [d.date for d in docs] == ["2022-03-12", "2022-04-20"]
    # the digest's last line is no part of the last message: its list closes it and signs it
    entries = list(find_lists(docs[1]))
    assert [e.role for e in entries] == [Role.SIGNATORY, Role.SIGNATORY]


def test_a_title_for_a_day_of_action_and_its_date_is_no_dateline():
    assert not is_date_line("Déclaration de l'ICOR pour la Journée internationale des femmes, 8 mars 2022")
    assert is_date_line("Statement of the League of Ara, 22 August 2022")


def test_an_inline_list_of_signatories_goes_on_to_the_paragraphs_next_line():
    text = (
        "Solidarität mit den Hafenarbeitern!\n\n" + PROSE + "\n\n"
        "Unterzeichnet von: Liga von Ara (LA), Mali; Kommunistisches Zentrum Nigers\n"
        "(Marxistisch-Leninistisch), Niger; Bund von Bel (BB), Tschad\n\n3. Dezember 2022\n"
    )
    (doc,) = segment(source(text))
    names = [" ".join(e.quote.text.split()) for e in find_lists(doc) if e.role == Role.SIGNATORY]
    assert names == [
        "Liga von Ara (LA), Mali",
        "Kommunistisches Zentrum Nigers (Marxistisch-Leninistisch), Niger",
        "Bund von Bel (BB), Tschad",
    ]


def test_a_text_and_its_translation_under_it_are_one_document():
    fr = (
        "Les dockers du port sont en grève depuis deux semaines contre les licenciements, et le "
        "gouvernement a envoyé la police contre leurs piquets et leurs familles dans la ville. "
    ) * 2
    text = (
        "Victoire aux dockers !\n\nAra / Bel, le 5 mars 2022\n\n" + fr + "\n\n"
        "Ligue d'Ara (LA), Mali\nUnion de Bel (UB), Niger\n\n"
        "Victory to the dockers!\n\nAra / Bel, 5 March 2022\n\n" + PROSE + "\n\n"
        "League of Ara (LA), Mali\nUnion of Bel (UB), Niger\n"
    )
    (doc,) = segment(source(text))
    assert doc.title == "Victoire aux dockers !" and doc.date == "2022-03-05"
    # two texts of the same parties and day in one language stay two
    other = text.replace(fr, PROSE).replace("Ara / Bel, le 5 mars 2022", "Ara / Bel, 5 March 2022")
    assert len(list(segment(source(other)))) == 2
