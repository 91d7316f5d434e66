"""Interactive network pages: PyVis nodes and edges, rendered into one offline HTML file.

PyVis builds the node and edge lists and ships the pinned vis-network (9.1.2) that is
inlined into every page.  PyVis' own template is not used: even in ``in_line`` mode it
links Bootstrap from a CDN, and its tooltips go through ``innerHTML``.  The page here
loads nothing from anywhere (a Content-Security-Policy forbids it), passes all data as
JSON in a ``<script type="application/json">`` block, and shows every name through
``textContent`` (``static/network.js``).

Above ``PHYSICS_LIMIT`` nodes the layout is computed here and physics is off; above
``LABEL_LIMIT`` labels are drawn on demand (selection, search, or the labels switch).
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import networkx as nx
from pyvis.network import Network as PyvisNetwork

from ..analyse import SEED, GraphData, participation_graph, supporting_documents

PHYSICS_LIMIT = 1000
LABEL_LIMIT = 300
VIS_NETWORK_VERSION = "9.1.2"

#: colours of the networks' participants; other networks get the fallback
NETWORK_COLOURS = {"ICMLPO": "#c0392b", "ICOR": "#2471a3", "RIM": "#7d3c98"}
FALLBACK_COLOUR = "#148f77"
SEVERAL_COLOUR = "#d68910"  # organisations in more than one network
COUNTRY_COLOUR = "#d5d8dc"

CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


def network_colour(key: str) -> str:
    """Return the colour of a network's participants.

    >>> network_colour("ICOR")
    '#2471a3'
    """
    return NETWORK_COLOURS.get(key, FALLBACK_COLOUR)


def _asset(*parts: str) -> str:
    return resources.files("pyvis").joinpath("templates", "lib", *parts).read_text("utf-8")


def _static(name: str) -> str:
    return resources.files(__package__).joinpath("static", name).read_text("utf-8")


def _script_json(value: Any) -> str:
    """Serialise ``value`` for a ``<script>`` block: no ``<``, ``>`` or ``&`` survive.

    >>> _script_json({"n": "</script><b>"})
    '{"n": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def layout(G: nx.Graph, *, seed: int = SEED) -> dict[Any, tuple[float, float]]:
    """Compute node positions in screen units, deterministic for a given ``seed``.

    Small graphs get a spring layout; large ones a grouped layout in O(n): each country
    node is the centre of a sunflower of its organisations, groups on a larger sunflower,
    networks in the middle (a spring layout would need O(n²) memory without SciPy).
    """
    n = len(G)
    if n == 0:
        return {}
    if n <= 500:
        spring = nx.spring_layout(G, seed=seed, iterations=100)
        scale = 120 + 45 * math.sqrt(n)
        return {
            u: (round(float(x) * scale, 1), round(float(y) * scale, 1))
            for u, (x, y) in sorted(spring.items(), key=lambda kv: str(kv[0]))
        }
    groups: dict[Any, list[Any]] = {}
    hubs = sorted((u for u, k in G.nodes(data="kind") if k == "network"), key=str)
    for u in sorted(G, key=str):
        kind = G.nodes[u].get("kind")
        if kind == "network":
            continue
        if kind == "country":
            groups.setdefault(u, []).insert(0, u)
            continue
        centre = next((v for v in sorted(G[u], key=str) if G.nodes[v].get("kind") == "country"), None)
        groups.setdefault(centre if centre is not None else u, []).append(u)
    golden = math.pi * (3 - math.sqrt(5))
    spacing = 14.0
    radius = {g: spacing * math.sqrt(len(m)) + spacing for g, m in groups.items()}
    cell = 2 * max(radius.values(), default=spacing)
    pos: dict[Any, tuple[float, float]] = {}
    ordered = sorted(groups, key=lambda g: (-len(groups[g]), str(g)))
    inner = 2 * cell if hubs else 0.0
    for i, g in enumerate(ordered):
        r = inner + cell * math.sqrt(i + 0.5)
        cx, cy = r * math.cos(i * golden), r * math.sin(i * golden)
        for j, u in enumerate(groups[g]):
            rr = spacing * math.sqrt(j)
            pos[u] = (
                round(cx + rr * math.cos(j * golden), 1),
                round(cy + rr * math.sin(j * golden), 1),
            )
    for i, h in enumerate(hubs):
        angle = 2 * math.pi * i / len(hubs)
        pos[h] = (round(cell * math.cos(angle), 1), round(cell * math.sin(angle), 1))
    return pos


def _options(n: int, *, physics: bool) -> dict[str, Any]:
    big = n > PHYSICS_LIMIT
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": SEED},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "springLength": 110,
                "springConstant": 0.03,
                "avoidOverlap": 0.2,
            },
            # from the precomputed layout a few iterations settle a large graph
            "stabilization": {
                "enabled": physics,
                "iterations": 250 if n <= 300 else 80,
                "updateInterval": 25,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 100,
            "navigationButtons": False,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": True,
        },
        "nodes": {"font": {"size": 13, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {
            "smooth": False,
            "color": {"color": "#aab7b8", "opacity": 0.7},
            "width": 1,
            "selectionWidth": 2,
        },
    }


def _doc_rows(data: GraphData, docs: Iterable[str]) -> list[list[str]]:
    out = []
    for d in docs:
        doc = data.documents[d]
        out.append([doc.date or "", doc.title, doc.source_file or ""])
    return out


def _node_info(data: GraphData, G: nx.Graph, u: str) -> dict[str, Any]:
    a = G.nodes[u]
    kind = a["kind"]
    rows: list[list[str]] = []
    docs: list[list[str]] = []
    names: list[str] = [a["label"]]
    short = a["label"]
    if kind == "network":
        net = data.networks[u]
        rows.append(["Acronyms", ", ".join(net.acronyms) or "—"])
        rows.append(["Participants here", str(sum(1 for v in G[u] if G.nodes[v]["kind"] == "organisation"))])
        names += list(net.acronyms)
        short = net.key
        kind_text = "International network"
    elif kind == "country":
        iso = a["country"]
        rows.append(["ISO 3166", iso])
        rows.append(["Continent", a.get("continent") or "—"])
        orgs = [v for v in G[u] if G.nodes[v]["kind"] == "organisation"]
        rows.append(["Participants", str(len(orgs))])
        short = iso
        names.append(iso)
        kind_text = "Country"
    else:
        org = data.organisations[u]
        nets = data.networks_of(u)
        rows.append(["Acronym", ", ".join(org.acronyms) or "—"])
        if org.alt_labels:
            rows.append(["Other names", "; ".join(org.alt_labels)])
        iso = data.iso(org.country)
        rows.append(["Country", f"{data.country_label(iso)} ({iso})" if iso else "unknown"])
        for n in nets:
            status = "member" if (u, n) in data.members else "participant"
            rows.append([data.networks[n].key, status])
        for n in nets:
            docs += _doc_rows(data, supporting_documents(data, u, n))
        docs = sorted({tuple(d): d for d in docs}.values())
        names += list(org.alt_labels) + list(org.acronyms)
        short = org.acronyms[0] if org.acronyms else org.label
        kind_text = "Organisation"
    return {
        "n": a["label"],
        "k": kind_text,
        "l": short,
        "rows": rows,
        "docs": docs,
        "s": " ".join(names).lower(),
    }


def view_graph(data: GraphData, networks: Iterable[str] | None = None) -> nx.Graph:
    """Return the graph a network page draws: networks, their participants, their countries."""
    return participation_graph(data, networks=networks, countries=True)


def render_page(
    G: nx.Graph,
    info: Mapping[str, Mapping[str, Any]],
    *,
    title: str,
    legend: list[tuple[str, str, str]],
    seed: int = SEED,
) -> str:
    """Render a drawn graph to one self-contained HTML page.

    Parameters
    ----------
    G:
        nodes with ``kind``, ``label`` and optional ``color``; ``size`` and ``shape``.
    info:
        per node: ``n`` name, ``k`` kind, ``l`` short label, ``rows``, ``docs``, ``s``
        (lower-case search text); shown as text only.
    legend:
        (colour, shape, text) rows.
    """
    n = G.number_of_nodes()
    physics = n <= PHYSICS_LIMIT
    labels = n <= LABEL_LIMIT
    pos = layout(G, seed=seed)
    net = PyvisNetwork(directed=True)
    ids = {u: str(u) for u in G}
    for u in sorted(G, key=str):
        a = G.nodes[u]
        x, y = pos[u]
        net.add_node(
            ids[u],
            label=info[u]["l"],
            shape=a.get("shape", "dot"),
            color=a.get("color", FALLBACK_COLOUR),
            size=a.get("size", 10),
            x=x,
            y=y,
        )
    for u, v in sorted(G.edges(), key=lambda e: (str(e[0]), str(e[1]))):
        net.add_edge(ids[u], ids[v])
    nodes = net.nodes
    if not labels:
        for node in nodes:
            node.pop("label", None)
    edges = [{"from": e["from"], "to": e["to"]} for e in net.edges]
    payload = {
        "nodes": nodes,
        "edges": edges,
        "options": _options(n, physics=physics),
        "info": {ids[u]: dict(info[u]) for u in G},
        "labels": labels,
    }
    legend_html = "".join(
        f'<li><span class="mg-swatch {html.escape(shape)}" style="background:'
        f'{html.escape(colour)}"></span>{html.escape(text)}</li>'
        for colour, shape, text in legend
    )
    esc_title = html.escape(title)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="movement-graph; vis-network {VIS_NETWORK_VERSION} via pyvis">
<title>{esc_title}</title>
<style>{_asset("vis-" + VIS_NETWORK_VERSION, "vis-network.css")}</style>
<style>{_static("page.css")}</style>
</head>
<body data-mg-view="network">
<header>
<h1>{esc_title}</h1>
<span class="mg-count">{G.number_of_nodes()} nodes, {G.number_of_edges()} edges</span>
<form id="mg-search" role="search"><input id="mg-query" type="search"
 placeholder="Find a name or acronym" aria-label="Find a name or acronym">
<button type="submit">Find</button><span id="mg-search-status"></span></form>
<label><input id="mg-labels" type="checkbox"> labels</label>
</header>
<main>
<div id="mg-network"><div id="mg-tooltip" hidden></div></div>
<aside>
<ul class="mg-legend">{legend_html}</ul>
<p class="mg-help">Hover a node for its names, country and evidence; click to keep the
details here. Scroll to zoom, drag to move.</p>
<div id="mg-details"></div>
</aside>
</main>
<script type="application/json" id="mg-data">{_script_json(payload)}</script>
<script>{_asset("vis-" + VIS_NETWORK_VERSION, "vis-network.min.js")}</script>
<script>{_static("network.js")}</script>
</body>
</html>
"""


def network_page(
    data: GraphData, networks: Iterable[str] | None = None, *, title: str, seed: int = SEED
) -> tuple[str, nx.Graph]:
    """Return the HTML page of one or more networks and the graph it draws."""
    keep = sorted(networks) if networks is not None else data.active_networks()
    G = view_graph(data, keep)
    for u, a in G.nodes(data=True):
        if a["kind"] == "network":
            a.update(shape="star", size=30, color=network_colour(a["key"]))
        elif a["kind"] == "country":
            a.update(shape="box", size=12, color=COUNTRY_COLOUR)
        else:
            nets = [data.networks[n].key for n in data.networks_of(u) if n in keep]
            a.update(
                shape="dot",
                size=12,
                color=network_colour(nets[0]) if len(nets) == 1 else SEVERAL_COLOUR,
            )
    info = {u: _node_info(data, G, u) for u in G}
    legend = [
        (network_colour(data.networks[n].key), "", f"participant of {data.networks[n].key}") for n in keep
    ]
    if len(keep) > 1:
        legend.append((SEVERAL_COLOUR, "", "participant of several networks"))
    legend += [(network_colour(data.networks[n].key), "star", data.networks[n].label) for n in keep]
    legend.append((COUNTRY_COLOUR, "box", "country (ISO 3166 code)"))
    return render_page(G, info, title=title, legend=legend, seed=seed), G
