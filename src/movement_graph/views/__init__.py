"""Interactive network pages (PyVis) and the report; the only package that imports pyvis.

``write_views(out_dir)`` reads the graph built in ``out_dir`` and writes
``views/networks.html`` (every network with participants), one page per network
(``views/icmlpo.html``, ``views/icor.html`` …) and ``report.html``.  Every page is one
self-contained file that works offline.
"""

from __future__ import annotations

from pathlib import Path

from ..analyse import SEED, GraphData, analysis, load_graph
from ..rdf.store import atomic_path
from .network_page import network_page
from .report import render_report

__all__ = ["write_views", "view_pages"]

#: the pages written for these networks even when they have no participant
ALWAYS = ("ICMLPO", "ICOR")


def view_pages(data: GraphData, *, seed: int = SEED) -> dict[str, str]:
    """Return the network pages by file name (``networks.html``, ``icor.html`` …)."""
    pages = {
        "networks.html": network_page(
            data, title="ICMLPO and ICOR: participants by network and country", seed=seed
        )[0]
    }
    keys = {net.key: iri for iri, net in data.networks.items()}
    wanted = {data.networks[n].key for n in data.active_networks()}
    wanted |= {k for k in ALWAYS if k in keys}
    for key in sorted(wanted):
        net = data.networks[keys[key]]
        title = f"{key}: {net.label}"
        pages[f"{key.lower()}.html"] = network_page(data, [keys[key]], title=title, seed=seed)[0]
    return pages


def _labels(data: GraphData) -> dict[str, str]:
    labels: dict[str, str] = {}
    for o in data.organisations.values():
        labels[o.iri] = f"{o.label} ({o.acronyms[0]})" if o.acronyms else o.label
    for d in data.documents.values():
        labels[d.iri] = f"{d.date} {d.title}" if d.date else d.title
    for e in data.events.values():
        labels[e.iri] = e.label
    return labels


def write_views(out_dir: Path, *, seed: int = SEED) -> list[Path]:
    """Write the interactive views and the report of the graph built in ``out_dir``.

    Returns
    -------
    list[Path]
        the files written.

    Raises
    ------
    MovementGraphError
        when ``out_dir`` holds no built graph.
    """
    out_dir = Path(out_dir)
    data = load_graph(out_dir)
    written = []
    pages = view_pages(data, seed=seed)
    for name, text in pages.items():
        written.append(_write(out_dir / "views" / name, text))
    exports = (
        sorted(f"exports/{p.name}" for p in (out_dir / "exports").glob("*") if p.is_file())
        if (out_dir / "exports").is_dir()
        else []
    )
    report = render_report(
        analysis(data, seed=seed),
        labels=_labels(data),
        views=[(f"views/{name}", name.removesuffix(".html")) for name in pages],
        exports=exports,
    )
    written.append(_write(out_dir / "report.html", report))
    return written


def _write(path: Path, text: str) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path
