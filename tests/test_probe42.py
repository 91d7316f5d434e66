"""Fixer 42 (probe 34's defects left): what an e-mail's cover note says of the network
reaches the texts it carries that name none themselves; a meeting of a continental
coordination told without a meeting word ("Meeting in Dhaka on …, the parties of ICOR in
Asia …"). Every party below is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import document, source

from movement_graph.extract.networks import conferences, from_context, network_mentions
from movement_graph.model import Document
from movement_graph.segment import segment

RULE = "-" * 60
BODY = " ".join(
    ["The workers of the whole country went on strike against the hunger wages of the regime."] * 4
)


def _newsletter(
    note_network: str = "the International Coordination of Revolutionary Parties and Organizations",
) -> str:
    return (
        "From: Bulletin <bulletin@example.org>\nTo: readers\nSubject: Bulletin 4/2021\n"
        "Date: Mon, 3 May 2021 10:00:00 +0200\n\n"
        "Dear comrades,\n\nin this issue we send you two texts adopted in the last weeks by "
        f"{note_network}. Please publish them widely.\n\nWith red greetings,\nthe editors\n\n"
        f"{RULE}\n\nJoint Statement No. 7 – 20 April 2021\n\nSolidarity with the strikers of Arland!\n\n"
        f"{BODY}\n\nSignatories:\n1. Workers' Vanguard League of Kenya (WVLK), Kenya\n"
        "2. Proletarian Circle of Peru (PCP), Peru\n\n"
        f"{RULE}\n\nJoint Statement No. 8 – 28 April 2021\n\nThe ICMLPO salutes the miners!\n\n"
        f"{BODY} The parties of the ICMLPO stand with them.\n\nSignatories:\n"
        "1. Marxist-Leninist Union of Chile (MLUC), Chile\n2. Red Dawn of Nepal (RDN), Nepal\n\n"
        f"{RULE}\n"
    )


def test_a_cover_note_is_the_context_of_the_texts_it_carries():
    docs = list(segment(source(_newsletter())))
    assert len(docs) == 2
    assert all(d.context and "Dear comrades" in d.context[0].text for d in docs)
    nets, quote = from_context(docs[0])
    assert nets == ("ICOR",) and quote is not None
    text = _newsletter()
    assert text[quote.start : quote.end] == quote.text and quote.end < docs[0].start


def test_a_file_without_cover_note_gives_no_context():
    text = (
        f"Joint Statement\n\nSolidarity with the strikers!\n\n{BODY}\n\nSignatories:\n1. A B C (ABC), Chile\n"
    )
    assert all(d.context == () for d in segment(source(text)))


def test_a_context_naming_two_networks_or_none_decides_nothing():
    both = "Dear friends, texts of the ICOR and of the ICMLPO."
    none = "Dear friends, two texts of our party."
    for note in (both, none):
        d = Document("f", 1, 100, 120, "Stop the war!", "T", context=((_q(note)),))
        assert from_context(d) == ((), None)


def _q(text: str):  # noqa: ANN202
    from movement_graph.model import Quote

    return Quote(0, len(text), text)


@pytest.mark.model
def test_texts_naming_no_network_take_the_cover_notes_and_others_keep_their_own():
    from movement_graph.pipeline import analyse_batch

    a, b = analyse_batch(list(segment(source(_newsletter()))))
    assert a.networks == ("ICOR",) and "International Coordination" in (a.network_quote.text or "")
    assert a.network_quote.end <= a.document.start
    assert b.networks == ("ICMLPO",)
    # records keep no text: neither the document's nor its context's
    assert a.document.text == "" and a.document.context == ()
    # a cover note that names no network gives none
    c, _ = analyse_batch(list(segment(source(_newsletter("our friends")))))
    assert c.networks == ()


@pytest.mark.model
@pytest.mark.slow
def test_a_changed_cover_note_is_extracted_again_from_the_cache(tmp_path: Path) -> None:
    from movement_graph.pipeline import BuildOptions, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bulletin.txt").write_text(_newsletter(), encoding="utf-8")
    options = BuildOptions(out_dir=tmp_path / "out", analyse=False)
    build([corpus], options)
    assert _networks(tmp_path / "out", "bulletin-0") == {"ICOR"}
    (corpus / "bulletin.txt").write_text(_newsletter("our friends"), encoding="utf-8")
    again = build([corpus], options)
    assert again.extracted == 2 and again.cached == 0
    assert _networks(tmp_path / "out", "bulletin-0") == set()
    assert _networks(tmp_path / "out", "bulletin-1") == {"ICMLPO"}


def _networks(out: Path, doc: str) -> set[str]:
    """The networks the graph gives the document ``doc``."""
    found = set()
    for line in (out / "graph.nq").read_text(encoding="utf-8").splitlines():
        s, p, o = line.split(" ")[:3]
        if s.endswith(f"/doc/{doc}>") and p.endswith("#network>"):
            found.add(o.rsplit("/", 1)[1].rstrip(">"))
    return found


@pytest.mark.model
@pytest.mark.slow
def test_the_dask_and_process_engines_give_the_cover_notes_network_too(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from movement_graph.pipeline import BuildOptions, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bulletin.txt").write_text(_newsletter(), encoding="utf-8")
    (corpus / "other.txt").write_text(_newsletter("the ICMLPO"), encoding="utf-8")
    outs = {}
    for name, opts in (
        ("local", {}),
        ("two", {"processes": 2, "batch_size": 1}),
        ("dask", {"engine": "dask", "processes": 2}),
    ):
        build([corpus], BuildOptions(out_dir=tmp_path / name, analyse=False, cache=False, **opts))
        outs[name] = (tmp_path / name / "graph.nq").read_bytes()
    assert outs["local"] == outs["two"] == outs["dask"]
    assert _networks(tmp_path / "local", "bulletin-0") == {"ICOR"}


def _meetings(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    d = document(text)
    return [(c.kind, c.region, c.date, c.place) for c in conferences(d, network_mentions(d))]


def test_a_coordinations_meeting_told_by_a_participle_or_its_verb():
    tail = " They condemned the war and called for solidarity with the workers."
    assert _meetings(
        "Statement of the ICOR Africa coordination\n\nMeeting in Accra on 5 and 6 June 2021, the "
        "member parties of ICOR in Africa condemned the coup." + tail
    ) == [("meeting", "africa", "2021-06-05", "GH")]
    assert _meetings("Declaration\n\nICOR Europe met in Prague on 3 May 2019." + tail) == [
        ("meeting", "europe", "2019-05-03", "CZ")
    ]
    [german] = _meetings("Erklärung\n\nDie ICOR Asien traf sich am 4. März 2022 in Dhaka." + tail)
    assert german[:3] == ("meeting", "asia-pacific", "2022-03-04")


def test_a_coordination_in_a_sentence_without_its_meeting_is_none():
    tail = " They condemned the war and called for solidarity with the workers."
    # the coordination does not meet: its delegation condemns; a date of another thing
    assert (
        _meetings("Declaration\n\nThe ICOR Europe delegation condemned the coup of 3 May 2019." + tail) == []
    )
    # the participle's subject is another ("the parties" of no coordination), far from it
    assert (
        _meetings(
            "Declaration\n\nMeeting in Accra on 5 June 2021, the delegates of the workers' unions of the "
            "whole region, among them friends of ICOR in Africa, condemned the coup." + tail
        )
        == []
    )
    # several months: whose date is unclear
    assert _meetings("Declaration\n\nICOR Europe met in Prague on 3 May 2019 and 4 June 2019." + tail) == []


def test_continental_conferences_told_in_other_forms_are_conferences():
    tail = " The delegates discussed the struggles of the workers and peasants of the continent."
    for text in (
        "Declaration\n\nThe 2nd ICOR Africa Conference took place in Accra on 5 May 2019.",
        "Declaration\n\nThe 2nd Africa Conference of the ICOR took place on 5 May 2019 in Accra.",
    ):
        assert _meetings(text + tail) == [("continental-conference", "africa", "2019-05-05", "GH")]
    assert _meetings(
        "Erklärung\n\nDie Europakonferenz der ICOR tagte am 3. und 4. Mai 2019 in Prag." + tail
    ) == [("continental-conference", "europe", "2019-05-03", "CZ")]
