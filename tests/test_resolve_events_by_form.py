"""Event resolution keeps one mention per form: the same nodes and keys as with every mention."""

from __future__ import annotations

import dataclasses

from helpers import document

from movement_graph.model import DocumentAnalysis, EventMention, Quote
from movement_graph.resolve import resolve
from movement_graph.resolve.events import resolve_events


def _mention(
    doc_id: str, start: int, text: str, date: str | None, country: str | None = "CL"
) -> EventMention:
    return EventMention(
        doc_id, Quote(start, start + len(text), text), "1973 Chilean coup d'état", "coup", date, country
    )


def _analyses() -> list[DocumentAnalysis]:
    out = []
    for i in range(6):
        d = dataclasses.replace(document(f"Text {i}."), file=f"f{i}.txt")
        events = (
            _mention(d.doc_id, 3, "the coup in Chile", "1973-09-11"),
            _mention(d.doc_id, 40, "the coup", "1973" if i % 2 else None),
            # a coup of another country and day: another node
            EventMention(
                d.doc_id, Quote(80, 88, "the coup"), "2019 Bolivian coup d'état", "coup", "2019-11-10", "BO"
            ),
        )
        out.append(DocumentAnalysis(document=d, events=events))
    return out


def test_keys_by_form_equal_the_keys_of_every_mention() -> None:
    analyses = _analyses()
    res = resolve(analyses)
    every = [m for a in analyses for m in a.events]
    whole = resolve_events(every)
    # the same nodes, with the same labels, dates, countries and other names
    assert [(e.key, e.label, e.date, e.country, e.alt_labels) for e in res.events] == [
        (e.key, e.label, e.date, e.country, e.alt_labels) for e in whole
    ]
    assert all(len(a.mentions) == len(b.mentions) for a, b in zip(res.events, whole, strict=True))
    by_mention = {m: e.key for e in whole for m in e.mentions}
    # every mention of every document (not only the kept ones) finds its node
    assert all(res.event_key.get(m) == by_mention[m] for m in every)
    assert all(m in res.event_key for m in every)
    # one kept mention per form: 4 forms among 18 mentions
    assert len({id(m) for e in res.events for m in e.mentions}) == 4


def test_an_unknown_mention_has_no_key() -> None:
    res = resolve(_analyses())
    stranger = _mention("g-0", 0, "the coup in Chile", "1974")
    assert res.event_key.get(stranger) is None and stranger not in res.event_key


def test_an_events_quoted_words_carry_their_documents_language() -> None:
    fr = dataclasses.replace(document("La grève générale."), file="fr.txt")
    en = dataclasses.replace(document("The general strike."), file="en.txt")
    es = dataclasses.replace(document("El Paro Nacional."), file="es.txt")

    def strike(doc_id: str, quote: str, label: str) -> EventMention:
        return EventMention(
            doc_id, Quote(3, 3 + len(quote), quote), label, "protest", "2019-12-05", "FR", key="x"
        )

    res = resolve(
        [
            DocumentAnalysis(
                document=fr,
                events=(strike(fr.doc_id, "grève générale", "2019 strike in France"),),
                language="fr",
            ),
            DocumentAnalysis(
                document=en, events=(strike(en.doc_id, "general strike", "2019 strike in France"),)
            ),
            DocumentAnalysis(
                document=es, events=(strike(es.doc_id, "el Paro Nacional", "Paro Nacional"),), language="es"
            ),
        ]
    )
    [node] = res.events
    assert node.label == "2019 strike in France"
    # the quoted words in their text's language, a label the rules wrote in English, a label
    # that copies the quoted words in theirs
    assert node.alt_labels == (
        ("Paro Nacional", "es"),
        ("el Paro Nacional", "es"),
        ("general strike", "en"),
        ("grève générale", "fr"),
    )
