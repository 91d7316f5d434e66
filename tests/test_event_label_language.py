"""An event known by its own name in a text of another language than English is labelled by
the words the text quotes, tagged with that text's language ("Semaine sanglante"@fr), not
as English; labels the rules compose, and the gazetteer's, stay English."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import SKOS

from movement_graph.model import EventMention, Quote
from movement_graph.resolve.events import resolve_events


def _mention(doc: str, quote: str, label: str, key: str, etype: str = "attack") -> EventMention:
    return EventMention(
        doc, Quote(10, 10 + len(quote), quote), label, etype, date="1871-05", country="FR", key=key
    )


def test_a_name_quoted_from_a_french_text_is_labelled_in_french() -> None:
    ms = [
        _mention("fr-0", "la Semaine sanglante", "Semaine sanglante", "attack-semaine-sanglante"),
        _mention("fr-0", "massacre", "1871 massacre in France", "attack-fr-1871"),
        _mention("en-0", "the Lemurian massacre", "1871 massacre in France", "attack-fr-1871"),
    ]
    nodes = {n.key: n for n in resolve_events(ms, languages={"fr-0": "fr"})}
    assert nodes["attack-semaine-sanglante"].label_lang == "fr"
    assert nodes["attack-fr-1871"].label_lang == "en"  # a label the rules compose
    # and in an English text the same name is an English label
    (same,) = resolve_events([ms[0]], languages={"fr-0": "en"})
    assert same.label_lang == "en"


@pytest.mark.model
def test_the_graph_tags_the_label_with_its_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from movement_graph.cli import app  # the whole build, on a text of its own

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "commune.txt").write_text(
        "Déclaration du Parti communiste des ouvriers de France\n\n"
        "Paris, le 28 mai 2021\n\n"
        "Il y a 150 ans, la Semaine sanglante, du 21 au 28 mai 1871, noya la Commune dans le "
        "sang. Nous saluons la mémoire des communards.\n\n"
        "Parti communiste des ouvriers de France\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            "build",
            str(corpus),
            "--out",
            str(out),
            "--no-cache",
            "--no-analyse",
            "--quiet",
            "--processes",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    labels = {
        o
        for _s, _p, o, _g in ds.quads((None, SKOS.prefLabel, None, None))
        if isinstance(o, Literal) and "anglante" in str(o)
    }
    assert labels == {Literal("Semaine sanglante", lang="fr")}
