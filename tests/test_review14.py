"""Review of session 14's rules: each text reproduced a defect on the code before the review
(invented parties)."""

from __future__ import annotations

from helpers import pathological, source

from movement_graph.extract.networks import _held_date
from movement_graph.ingest import plain_tables
from movement_graph.pipeline import analyse_batch
from movement_graph.segment import segment

BODY = (
    "The parties and organisations call on the workers and the peoples of the world to build "
    "their unity in action against the exploiters and the imperialist powers, and to strengthen "
    "the revolutionary organisations in every country where they work and struggle."
)
SIGN = "\n\nSigned:\nWorkers' League of Atlantis (WLA)\nRevolutionary Circle of Lemuria (RCL)\n"


def _run(text: str):
    docs = list(segment(source(text)))
    return docs, analyse_batch(docs)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.country) for a in _run(text)[1] for e in a.events]


def test_meeting_not_dated_by_another_clause() -> None:
    text = (
        "Regional meeting of ICOR Africa\n\n12 April 2024\n\nThe regional meeting of ICOR Africa, held in "
        "Lomé, Togo, strongly condemned the military coup of 26 July 2023 in Niger. " + BODY + SIGN
    )
    confs = [(c.kind, c.date) for a in _run(text)[1] for c in a.conferences]
    assert confs == [("meeting", "2024-04")]
    t = "The regional meeting of ICOR Africa was held in Lomé on 2 May 2023."
    assert _held_date(t, 4) == "2023-05-02"


def test_plain_table_rule_on_a_long_run_of_blanks() -> None:
    """Once quadratic; timed in ``bench/pathological.py``: blanks are no table's rule."""
    text = pathological.table_header_then_blanks(50_000)
    assert plain_tables(text) == text
    table = "Country | Party\n--------+------\nPeru    | Red Party"
    assert plain_tables(text + "\n" + table).endswith(
        "Country \t Party\n" + " " * 15 + "\nPeru    \t Red Party"
    )


def test_numbered_statement_under_title_is_no_masthead() -> None:
    docs, _ = _run(
        "STOP THE WAR IN UKRAINE\n\nJoint Statement No. 3 – 24 February 2024\n\n" + BODY + " " + BODY + SIGN
    )
    assert docs[0].title == "STOP THE WAR IN UKRAINE"


def test_bombing_placed_in_its_own_clause() -> None:
    ev = _events(
        "Stop the war on Syria\n\n2 March 2018\n\nSince 20 January 2018 the Turkish army has been "
        "bombing Afrin, while the United States looks on. " + BODY + SIGN
    )
    assert not any(c == "US" for _, _, c in ev)


def test_french_coup_militaire_is_a_coup() -> None:
    ev = _events(
        "Déclaration sur le Niger\n\nParis, le 30 juillet 2023\n\nLe coup militaire du 26 juillet 2023 au "
        "Niger est un nouveau coup porté aux peuples. Les partis appellent les travailleurs du monde "
        "entier à construire leur unité dans l'action contre les exploiteurs.\n\nSigné :\n"
        "Parti des Travailleurs d'Atlantide (PTA)\nCercle révolutionnaire de Lémurie (CRL)\n"
    )
    assert ("coup", "2023-07-26", "NE") in ev


def test_region_of_a_country_the_text_does_not_name() -> None:
    ev = _events(
        "Solidarity with the people of Chile\n\n1 March 2010\n\nOn 27 February 2010 a terrible "
        "earthquake struck in Concepción and killed hundreds of workers. " + BODY + SIGN
    )
    assert not any(c == "PY" for _, _, c in ev)


def test_region_word_inside_a_name_is_no_place() -> None:
    ev = _events(
        "Statement\n\nManila, 10 July 2024\n\nOn 5 July 2024 the soldiers committed a massacre of "
        "peasants in the Festival of Unity in Mindanao. " + BODY + SIGN
    )
    assert not any(c == "SS" for _, _, c in ev)
