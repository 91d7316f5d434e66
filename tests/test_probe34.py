"""Probe 34: how websites, PDF exports, e-mail newsletters and party newspapers present the
networks' texts: numbered statements with their date on the line over the title, a
title and its dateline in one paragraph under a kicker, a newsletter's cover note over the
texts it carries, a newspaper's masthead and long kicker line, a date only at the text's
end under its issuer, a text dated only by the meeting it reports. Every party below is
invented."""

from __future__ import annotations

from helpers import source

from movement_graph.extract.dates import find_dates
from movement_graph.extract.lists import find_lists
from movement_graph.extract.organisations import from_lists
from movement_graph.segment import segment

BODY = " ".join(
    ["The youth rose against the regime and the workers went on strike in the whole country."] * 5
)
SIGNED = (
    "Signatories:\n1. Workers' Vanguard League of Arland (WVLA), Kenya\n"
    "2. Parti Prolétarien de Cora (PPC), Tunisia\n"
)


def _docs(text: str):
    return list(segment(source(text)))


def test_the_number_of_a_text_is_no_day_of_a_range():
    assert [d.iso for d in find_dates("Joint Statement No. 31 – 14 September 2023")] == ["2023-09-14"]
    assert [d.iso for d in find_dates("Déclaration n° 5 – 3 mars 2024")] == ["2024-03-03"]
    # a range of days stays a range: its first day
    assert [d.iso for d in find_dates("held from 9 to 12 March 2023")] == ["2023-03-09"]
    assert [d.iso for d in find_dates("4-10 December 2009")] == ["2009-12-04"]


def test_numbered_statements_of_a_newsletter_under_its_cover_note():
    rule = "-" * 60
    text = (
        "From: Red Bulletin <news@example.org>\nTo: readers\nSubject: Bulletin 9/2023 – new statements\n"
        "Date: Fri, 22 Sep 2023 08:14:03 +0200\n\n"
        "Dear friends and comrades,\n\n"
        "in this issue we send you the statements adopted in the last weeks by the network. "
        "Please distribute them widely and translate them into your languages.\n\n"
        "With internationalist greetings,\nthe editors\n\n" + rule + "\n\n"
        "Joint Statement No. 31 – 14 September 2023\n\nNever forget the massacre!\n\n"
        + BODY
        + "\n\n"
        + SIGNED
        + "\n"
        + rule
        + "\n\n"
        "Joint Statement No. 32 – 18 September 2023\n\nSolidarity with the flood victims!\n\n"
        + BODY
        + "\n\n"
        + SIGNED
        + "\n"
        + rule
        + "\n\n"
        "ICOR Resolution\nStop the war – peace for the people!\n20 September 2023\n\n"
        + BODY
        + "\n\n"
        + SIGNED
    )
    docs = _docs(text)
    # the cover note is no text of its own
    assert [d.title for d in docs] == [
        "Never forget the massacre!",
        "Solidarity with the flood victims!",
        "Stop the war – peace for the people!",
    ]
    assert [d.date for d in docs] == ["2023-09-14", "2023-09-18", "2023-09-20"]
    assert [d.kind for d in docs] == ["statement", "statement", "resolution"]


def test_a_mail_without_heading_is_still_one_text():
    text = (
        "From: Info <i@example.org>\nDate: Mon, 15 Apr 2024\nSubject: No to war!\n\n" + BODY + "\n\n" + SIGNED
    )
    docs = _docs(text)
    assert len(docs) == 1 and docs[0].title == "No to war!"


def test_newspaper_masthead_and_long_kicker_lines_over_the_titles():
    text = (
        "Red Voice – central organ of the Workers' League of Arland\nIssue 412 – January 2023\n\n"
        "WORLD | Parties of four continents condemn the putsch of the generals and demand punishment for its backers\n"
        "Declaration of the Network on the putsch in Arland\n\n"
        "Capital, 12 January 2023\n\n" + BODY + "\n\n" + SIGNED + "\n\n"
        "MEMORY | Next year is the fiftieth anniversary of the uprising that overthrew the longest dictatorship\n"
        "Appeal of the Network: fifty years of the uprising\n\n" + BODY + "\n\n"
        "Workers' League of Arland (WLA)\nCapital, 30 January 2023\n"
    )
    docs = _docs(text)
    assert [d.title for d in docs] == [
        "Declaration of the Network on the putsch in Arland",
        "Appeal of the Network: fifty years of the uprising",
    ]
    assert [d.date for d in docs] == ["2023-01-12", "2023-01-30"]
    assert [d.kind for d in docs] == ["declaration", "appeal"]


def test_a_long_prose_paragraph_is_no_kicker_and_title():
    text = (
        "Against the war\n\n"
        "The Plenary calls on the working class and the peoples to oppose the imperialist war of the powers\n"
        "Reject the rearmament\n\n" + BODY + "\n"
    )
    docs = _docs(text)
    assert len(docs) == 1 and docs[0].title == "Against the war"


def test_date_only_at_the_end_under_the_issuer_line():
    text = (
        "Solidarity with the victims of the earthquake\n\n" + BODY + "\n\n"
        "International Coordination of Revolutionary Parties and Organizations (ICOR),\n10 February 2023\n"
    )
    (doc,) = _docs(text)
    assert doc.date == "2023-02-10"


def test_a_text_dated_only_by_the_meeting_it_reports():
    for sentence, iso in [
        ("The Special Plenary of the Conference was held from 9 to 12 March 2023 in Lisbon.", "2023-03-09"),
        ("La XXe Assemblée plénière s'est tenue du 18 au 20 novembre 2022 à Dakar.", "2022-11-18"),
        ("Die Europakonferenz tagte am 9. und 10. März 2024 in Wien.", "2024-03-09"),
        ("La Plenaria se celebró los días 9 y 10 de marzo de 2024 en Quito.", "2024-03-09"),
        (
            "Meeting in Kathmandu on 2 and 3 December 2023, the organisations condemned the war of 7 October 2023.",
            "2023-12-02",
        ),
    ]:
        (doc,) = _docs("Declaration of the meeting\n\n" + sentence + " " + BODY + "\n")
        assert doc.date == iso, sentence
        assert doc.date_quote is not None and doc.date_quote.text in sentence
    # a sentence that dates two months names no one meeting's day; a sentence that holds nothing
    for sentence in [
        "The Conference met in Lisbon on 2 May 2023 and again on 14 June 2023.",
        "On 26 July 2023 the officers overthrew the president.",
    ]:
        (doc,) = _docs("Declaration of the meeting\n\n" + sentence + " " + BODY + "\n")
        assert doc.date is None, sentence


def test_a_title_broken_over_two_lines_is_no_list_of_organisations():
    text = (
        "FINAL DECLARATION OF THE SPECIAL PLENARY\n"
        "OF THE INTERNATIONAL CONFERENCE OF MARXIST-LENINIST PARTIES AND ORGANIZATIONS\n\n"
        + BODY
        + "\n\n"
        + SIGNED
    )
    (doc,) = _docs(text)
    assert doc.title.startswith("FINAL DECLARATION OF THE SPECIAL PLENARY OF THE")
    got = [m.name for m in from_lists(find_lists(doc), source=doc)]
    assert got == ["Workers' Vanguard League of Arland", "Parti Prolétarien de Cora"]


def test_a_pdf_page_break_inside_a_participants_list():
    rule = "-" * 70
    header = "Network – Documents of the Plenary, March 2023"
    footer = header + "                    page {} of 4"
    text = (
        "FINAL DECLARATION OF THE PLENARY\n\n" + BODY + "\n\n"
        "Organisations participating in the Plenary:\n\n"
        "Workers' Vanguard League of Arland (WVLA) – Kenya\nParti Prolétarien de Cora (PPC) – Tunisia\n\n"
        + footer.format(1)
        + "\n"
        + rule
        + "\n\n"
        + header
        + "\n"
        + rule
        + "\n"
        "Union of the Workers of Bela (UWB) – Peru\nCommunist League of Dara (CLD) – Chile\n\n"
        "RESOLUTION ON THE STRIKES\n\n" + BODY + "\n\n" + footer.format(2) + "\n" + rule + "\n"
    )
    docs = _docs(text)
    assert [d.title for d in docs] == ["FINAL DECLARATION OF THE PLENARY", "RESOLUTION ON THE STRIKES"]
    first = docs[0]
    # the page's footer and its running header are furniture, the list goes on under them
    assert first.end > text.index("Communist League of Dara")
    got = [(m.name, m.country) for m in from_lists(find_lists(first), source=first)]
    assert got == [
        ("Workers' Vanguard League of Arland", "KE"),
        ("Parti Prolétarien de Cora", "TN"),
        ("Union of the Workers of Bela", "PE"),
        ("Communist League of Dara", "CL"),
    ]
    assert not any(header in d.title for d in docs)


def test_the_numbered_line_under_the_title_dates_the_text():
    (doc,) = _docs("STOP THE WAR\n\nJoint Statement No. 3 – 24 February 2024\n\n" + BODY + "\n\n" + SIGNED)
    assert doc.title == "STOP THE WAR"
    assert doc.date == "2024-02-24"
