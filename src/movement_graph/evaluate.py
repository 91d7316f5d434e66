"""Score a built graph against a user's own gold annotation.

The annotation format is that of ``tests/fixtures/gold_seeds.json``: one object per
document with its file, title, date, network, participating organisations and events.
The figures are those of ``movement_graph.scoring`` (the project's reference scorer):
participation precision/recall/F1, country accuracy, duplicates, segmentation, dates,
network attribution and event recall, with the missed and spurious items listed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import MovementGraphError


@dataclass(frozen=True, slots=True)
class Report:
    participation: dict
    documents: dict

    def to_json(self) -> str:
        return json.dumps(
            {"participation": self.participation, "documents": self.documents}, ensure_ascii=False, indent=1
        )

    def render(self) -> str:
        p, d = self.participation, self.documents
        lines = [
            f"documents       {d['predicted_documents']} predicted, {d['gold_documents']} in the gold; "
            f"files segmented right {d['files_segmented_right']}",
            f"documents found {d['documents_found']:.3f}   dates {d['date_accuracy']:.3f}   "
            f"network {d['network_accuracy']:.3f}   events {d['event_recall']:.3f}",
            f"participation   P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f} "
            f"({p['true_pairs']} of {p['gold_pairs']} gold pairs; {p['predicted_pairs']} predicted)",
            f"country         {p['country_accuracy']:.3f}   duplicates {p['duplicates']}   "
            f"in both networks {p['in_both_networks_predicted']} (gold {p['in_both_networks_gold']})",
        ]
        if p["missed"]:
            lines.append("missed:   " + "; ".join(map(str, p["missed"])))
        if p["spurious"]:
            lines.append("spurious: " + "; ".join(map(str, p["spurious"])))
        return "\n".join(lines)


def evaluate(graph: Path, gold: Path) -> Report:
    """Score ``graph`` (TriG, N-Quads or a folder of RDF files) against ``gold``.

    Raises
    ------
    MovementGraphError
        when the gold file is not a JSON list of documents.
    """
    from . import scoring

    try:
        annotation = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise MovementGraphError(f"{gold}: not a readable JSON annotation: {err}") from err
    if not isinstance(annotation, list):
        raise MovementGraphError(f"{gold}: expected a JSON list of documents")
    ds = scoring.load([str(graph)])
    pairs, orgs = scoring.predicted_participation(ds)
    part = scoring.score_participation(annotation, pairs, orgs)
    docs = scoring.score_documents(ds, annotation)
    return Report(participation=part, documents=docs)
