"""The report: one self-contained HTML page of tables, inline SVG charts and world maps.

Every value is escaped with ``html.escape``; the page has no script and loads nothing
(a Content-Security-Policy forbids it).  Maps are equirectangular dot/bubble maps on
country centroids from ``data/reference/country_centroids.csv``: faint dots for every
known country sketch the continents, bubbles mark a network's countries.
"""

from __future__ import annotations

import csv
import html
import math
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .network_page import SEVERAL_COLOUR, network_colour

CENTROIDS = Path(__file__).resolve().parents[3] / "data" / "reference" / "country_centroids.csv"
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _count(n: int, one: str, many: str | None = None) -> str:
    """``n`` and its noun, singular for one ("1 conference", "2 conferences"), escaped.

    >>> _count(1, "conference"), _count(2, "country", "countries")
    ('1 conference', '2 countries')
    """
    return esc(f"{n} {one if n == 1 else (many or one + 's')}")


def esc(value: Any) -> str:
    """Escape any value for HTML text or an attribute.

    Right-to-left embeddings and overrides a value opens are closed at its end, so that a
    name cannot reverse the text that follows it on the page.

    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> esc("\u202eevil") == "\u202eevil\u202c"
    True
    """
    return html.escape(close_bidi("" if value is None else str(value)), quote=True)


_BIDI_OPEN = {
    "\u202a": "\u202c",
    "\u202b": "\u202c",
    "\u202d": "\u202c",
    "\u202e": "\u202c",
    "\u2066": "\u2069",
    "\u2067": "\u2069",
    "\u2068": "\u2069",
}


def close_bidi(text: str) -> str:
    """Close the bidirectional embeddings, overrides and isolates ``text`` leaves open."""
    if not any(c in text for c in _BIDI_OPEN):
        return text
    stack: list[str] = []
    for c in text:
        if c in _BIDI_OPEN:
            stack.append(_BIDI_OPEN[c])
        elif c in ("\u202c", "\u2069") and stack and stack[-1] == c:
            stack.pop()
    return text + "".join(reversed(stack))


@cache
def centroids(path: Path = CENTROIDS) -> dict[str, tuple[float, float]]:
    """Read the country centroids (``iso2,lat,lon``).

    Raises
    ------
    ConfigError
        when the file is missing or a row is malformed.
    """
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return {
                row["iso2"].strip().upper(): (float(row["lat"]), float(row["lon"]))
                for row in csv.DictReader(fh)
            }
    except (OSError, KeyError, ValueError) as err:
        raise ConfigError(f"{path}: cannot read country centroids: {err!r}") from err


# --------------------------------------------------------------------------- SVG charts


def bar_chart(
    items: Sequence[tuple[str, float]],
    *,
    colour: str,
    title: str,
    horizontal: bool = True,
    width: int = 560,
) -> str:
    """Return an inline SVG bar chart of (label, value) pairs.

    >>> "<rect" in bar_chart([("FR", 2)], colour="#000", title="t")
    True
    """
    if not items:
        return f'<p class="empty">{esc(title)}: no data.</p>'
    vmax = max(v for _, v in items) or 1
    if horizontal:
        bar, gap, left, right = 16, 4, 170, 40
        height = len(items) * (bar + gap) + 30
        inner = width - left - right
        parts = [f'<text x="0" y="14" class="ct">{esc(title)}</text>']
        for i, (label, v) in enumerate(items):
            y = 24 + i * (bar + gap)
            w = max(1.0, inner * v / vmax)
            parts.append(
                f'<text x="{left - 6}" y="{y + bar - 4}" text-anchor="end">'
                f"{esc(label[:28])}</text>"
                f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar}" fill="{esc(colour)}">'
                f"<title>{esc(label)}: {esc(_num(v))}</title></rect>"
                f'<text x="{left + w + 4:.1f}" y="{y + bar - 4}">{esc(_num(v))}</text>'
            )
    else:
        height, bottom, top = 220, 40, 24
        inner_h = height - bottom - top
        slot = max(14, min(48, (width - 40) // max(1, len(items))))
        width = max(width, 40 + slot * len(items))
        parts = [f'<text x="0" y="14" class="ct">{esc(title)}</text>']
        for i, (label, v) in enumerate(items):
            h = max(1.0, inner_h * v / vmax)
            x = 30 + i * slot
            parts.append(
                f'<rect x="{x}" y="{top + inner_h - h:.1f}" width="{slot - 4}" height="{h:.1f}" '
                f'fill="{esc(colour)}"><title>{esc(label)}: {esc(_num(v))}</title></rect>'
                f'<text x="{x + (slot - 4) / 2:.1f}" y="{top + inner_h - h - 3:.1f}" '
                f'text-anchor="middle">{esc(_num(v))}</text>'
                f'<text x="{x + (slot - 4) / 2:.1f}" y="{height - bottom + 14}" '
                f'text-anchor="middle" class="tick">{esc(label)}</text>'
            )
        parts.append(
            f'<line x1="26" x2="{width - 4}" y1="{top + inner_h}" y2="{top + inner_h}" stroke="#566573"/>'
        )
    return (
        f'<svg class="chart" role="img" aria-label="{esc(title)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>'
    )


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.3g}"


def world_map(points: Iterable[tuple[str, str, float, str]], *, title: str, width: int = 720) -> str:
    """Return an inline SVG equirectangular bubble map.

    Parameters
    ----------
    points:
        (iso2, name, value, colour): one bubble per country, area proportional to value.
    """
    known = centroids()
    height = width // 2
    sx, sy = width / 360, height / 180

    def xy(iso: str) -> tuple[float, float]:
        lat, lon = known[iso]
        return (lon + 180) * sx, (90 - lat) * sy

    parts = [f'<rect width="{width}" height="{height}" fill="#eaf2f8"/>']
    for lon in range(-150, 181, 30):
        x = (lon + 180) * sx
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="0" y2="{height}" class="grid"/>')
    for lat in range(-60, 61, 30):
        y = (90 - lat) * sy
        parts.append(f'<line x1="0" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
    for iso in sorted(known):
        x, y = xy(iso)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.2" fill="#aeb6bf"/>')
    missing = []
    pts = sorted(points, key=lambda p: (-p[2], p[0]))
    for iso, name, value, colour in pts:
        if iso not in known:
            missing.append(f"{name} ({iso})")
            continue
        x, y = xy(iso)
        r = 4 + 4 * math.sqrt(value)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{esc(colour)}" '
            f'fill-opacity="0.75" stroke="#fff"><title>{esc(name)} ({esc(iso)}): '
            f"{esc(_num(value))}</title></circle>"
            f'<text x="{x + r + 2:.1f}" y="{y + 4:.1f}" class="iso">{esc(iso)}</text>'
        )
    svg = (
        f'<svg class="map" role="img" aria-label="{esc(title)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>'
    )
    if missing:
        svg += f'<p class="note">Not on the map (no centroid): {esc(", ".join(missing))}</p>'
    return svg


# --------------------------------------------------------------------------- tables


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, cls: str = "") -> str:
    """Return an HTML table; every cell is escaped (pass ``Markup`` for trusted HTML)."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in row) + "</tr>" for row in rows)
    if not body:
        body = f'<tr><td colspan="{len(headers)}" class="empty">none</td></tr>'
    return f'<table class="{esc(cls)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


class Markup(str):
    """HTML built here from escaped parts; inserted as is."""


def _cell(value: Any) -> str:
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, list | tuple):
        return esc(", ".join(map(str, value)))
    return esc(value)


def _label(labels: Mapping[str, str], iri: str) -> str:
    return labels.get(iri, iri.rsplit("/", 1)[-1])


# --------------------------------------------------------------------------- page

_STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2833;
       max-width: 1100px; margin: 0 auto; padding: 16px 24px 64px; }
h1 { font-size: 26px; } h2 { margin-top: 40px; border-bottom: 2px solid #d5d8dc; }
h3 { margin-top: 24px; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; width: 100%; }
th, td { border-bottom: 1px solid #e5e8e8; padding: 3px 8px; text-align: left;
         vertical-align: top; overflow-wrap: anywhere; }
th { background: #f4f6f6; overflow-wrap: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
svg text { font: 11px sans-serif; fill: #1c2833; } svg .ct { font-weight: 600; font-size: 13px; }
svg .grid { stroke: #d6eaf8; stroke-width: 1; } svg .iso { font-size: 10px; font-weight: 600; }
svg .tick { font-size: 10px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid #d5d8dc; border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.card b { display: block; font-size: 22px; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.note, .empty { color: #566573; font-size: 13px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
          vertical-align: middle; margin-right: 4px; }
nav a { margin-right: 12px; }
"""


def render_report(
    result: Mapping[str, Any],
    *,
    labels: Mapping[str, str],
    views: Sequence[tuple[str, str]] = (),
    exports: Sequence[str] = (),
) -> str:
    """Render an ``analyse.analysis`` result as one self-contained HTML report.

    Parameters
    ----------
    result:
        the analysis (as written to ``analysis.json``).
    labels:
        names of the IRIs the result refers to (organisations, documents, events).
    views:
        (relative link, text) of the interactive pages to link to.
    exports:
        relative links of export files to list.
    """
    nets = result["networks"]
    counts = result["counts"]
    out: list[str] = []
    out.append("<h1>Two international networks of communist parties</h1>")
    out.append(
        f'<p class="note">Computed from the built graph <code>{esc(result["source"])}'
        "</code>. Every figure below is read from the graph.</p>"
    )
    if views:
        out.append(
            "<nav>Interactive views: "
            + "".join(f'<a href="{esc(href)}">{esc(text)}</a>' for href, text in views)
            + "</nav>"
        )
    cards = [
        (counts["networks"], "networks"),
        (counts["organisations"], "organisations"),
        (counts["countries"], "countries"),
        (counts["documents"], "documents"),
        (counts["conferences"], "conferences"),
        (counts["events"], "events"),
    ]
    cards += [(net["participant_count"], f"{key} participants") for key, net in nets.items()]
    out.append(
        '<div class="cards">'
        + "".join(f'<div class="card"><b>{esc(n)}</b>{esc(t)}</div>' for n, t in cards)
        + "</div>"
    )

    # overview table of the networks
    rows = []
    for key, net in nets.items():
        rows.append(
            [
                Markup(
                    f'<span class="swatch" style="background:{esc(network_colour(key))}"></span>{esc(key)}'
                ),
                net["label"],
                net["participant_count"],
                net["country_count"],
                "; ".join(f"{c}: {n}" for c, n in net["continents"].items()),
                len(net["documents"]),
                len(net["conferences"]),
            ]
        )
    out.append("<h2>The networks</h2>")
    out.append(
        table(
            [
                "network",
                "name",
                "participants",
                "countries",
                "countries by continent",
                "documents",
                "conferences",
            ],
            rows,
        )
    )

    for key, net in nets.items():
        colour = network_colour(key)
        out.append(f'<h2 id="{esc(key.lower())}">{esc(key)}: {esc(net["label"])}</h2>')
        out.append(
            f"<p>{_count(net['participant_count'], 'participating organisation')} from "
            f"{_count(net['country_count'], 'country', 'countries')}, "
            f"{_count(len(net['documents']), 'document')}, "
            f"{_count(len(net['conferences']), 'conference')}.</p>"
        )
        points = [(c["iso"], c["label"], float(len(c["participants"])), colour) for c in net["countries"]]
        out.append(world_map(points, title=f"Countries of the {key} participants"))
        by_country = sorted(
            ((f"{c['label']} ({c['iso']})", len(c["participants"])) for c in net["countries"]),
            key=lambda kv: (-kv[1], kv[0]),
        )
        by_year = [(y, n) for y, n in net["participants_by_year"].items()]
        out.append(
            '<div class="charts">'
            + bar_chart(by_country, colour=colour, title="Participants by country")
            + bar_chart(
                by_year,
                colour=colour,
                title="Participants seen, by year",
                horizontal=False,
                width=420,
            )
            + "</div>"
        )
        out.append("<h3>Participants</h3>")
        out.append(
            table(
                ["organisation", "acronym", "country", "member", "seen", "evidence"],
                (
                    [
                        p["label"],
                        p["acronyms"],
                        f"{p['country_label']} ({p['country']})" if p["country"] else "unknown",
                        "yes" if p["member"] else "",
                        _span(p["first_year"], p["last_year"]),
                        [_label(labels, d) for d in p["documents"]],
                    ]
                    for p in net["participants"]
                ),
            )
        )
        out.append("<h3>Documents</h3>")
        out.append(
            table(
                ["date", "kind", "title", "signatories"],
                (
                    [d["date"] or "", d["kind"] or "", d["title"], len(d["signatories"])]
                    for d in net["documents"]
                ),
            )
        )
        out.append("<h3>Conferences</h3>")
        out.append(
            table(
                ["date", "conference", "country", "attended by"],
                (
                    [c["date"] or "", c["label"], c["country"] or "", len(c["attended_by"])]
                    for c in net["conferences"]
                ),
            )
        )

    out.append('<h2 id="overlap">Overlap</h2>')
    if not result["overlap"]:
        out.append('<p class="empty">Fewer than two networks have participants.</p>')
    for row in result["overlap"]:
        a, b = row["networks"]
        out.append(f"<h3>{esc(a)} and {esc(b)}</h3>")
        out.append(
            f"<p>{len(row['organisations'])} organisations and "
            f"{len(row['countries'])} countries take part in both.</p>"
        )
        out.append(table(["organisations in both"], ([_label(labels, o)] for o in row["organisations"])))
        isos = {c["iso"]: c["label"] for net in nets.values() for c in net["countries"]}
        points = []
        for iso in sorted(isos):
            in_a = any(c["iso"] == iso for c in nets[a]["countries"])
            in_b = any(c["iso"] == iso for c in nets[b]["countries"])
            if in_a or in_b:
                colour = SEVERAL_COLOUR if in_a and in_b else network_colour(a if in_a else b)
                points.append((iso, isos[iso], 1.0, colour))
        out.append(world_map(points, title=f"Countries of {a}, {b} and both"))
        out.append(
            f'<p class="note"><span class="swatch" style="background:{esc(network_colour(a))}">'
            f'</span>{esc(a)} only <span class="swatch" style="background:'
            f'{esc(network_colour(b))}"></span>{esc(b)} only <span class="swatch" '
            f'style="background:{SEVERAL_COLOUR}"></span>both</p>'
        )
        out.append(table(["countries in both"], ([f"{isos.get(c, c)} ({c})"] for c in row["countries"])))

    cos = result["cosignature"]
    out.append('<h2 id="cosignature">Co-signatures</h2>')
    out.append(
        "<p>Organisations are linked when they signed the same document, weighted by "
        "how many. Betweenness counts hops; eigenvector centrality uses the weights. "
        f"Communities: Louvain (seed {esc(cos['seed'])}).</p>"
    )
    ranked = sorted(
        cos["centrality"].items(), key=lambda kv: (-kv[1]["eigenvector"], -kv[1]["degree"], kv[0])
    )
    out.append(
        table(
            ["organisation", "degree", "co-signatures", "betweenness", "eigenvector"],
            (
                [_label(labels, u), v["degree"], v["strength"], v["betweenness"], v["eigenvector"]]
                for u, v in ranked[:30]
            ),
        )
    )
    out.append("<h3>Communities</h3>")
    out.append(
        table(
            ["#", "size", "organisations"],
            ([i + 1, len(c), [_label(labels, u) for u in c]] for i, c in enumerate(cos["communities"])),
        )
    )

    out.append('<h2 id="timeline">Participation over time</h2>')
    out.append(
        table(
            ["organisation", "network", "country", "first seen", "last seen"],
            (
                [
                    r["label"],
                    r["network"],
                    r["country"] or "",
                    r["first_year"] or "",
                    r["last_year"] or "",
                ]
                for r in sorted(
                    result["timeline"],
                    key=lambda r: (r["network"], r["first_year"] or 0, r["label"]),
                )
            ),
        )
    )

    out.append('<h2 id="events">Events the networks refer to</h2>')
    out.append(
        table(
            ["network", "year", "event", "event date", "country", "how", "documents"],
            (
                [
                    r["network"],
                    r["year"] or "",
                    r["label"],
                    r["event_date"] or "",
                    r["event_country"] or "",
                    r["relations"],
                    len(r["documents"]),
                ]
                for r in result["events_by_year"]
            ),
        )
    )

    out.append('<h2 id="unaffiliated">Organisations named but in no network</h2>')
    out.append(table(["organisation"], ([_label(labels, o)] for o in result["unaffiliated"])))

    if exports:
        out.append(
            "<h2>Exports</h2><ul>"
            + "".join(f'<li><a href="{esc(p)}">{esc(p)}</a></li>' for p in exports)
            + "</ul>"
        )

    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>movement-graph report</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n" + "\n".join(out) + "\n</body>\n</html>\n"
    )


def _span(first: int | None, last: int | None) -> str:
    """Return a year range.

    >>> _span(2009, 2012), _span(2009, 2009), _span(None, None)
    ('2009–2012', '2009', '')
    """
    if first is None:
        return ""
    return str(first) if first == last else f"{first}–{last}"
