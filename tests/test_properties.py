"""Invariants of the pure text stages, on any input hypothesis can think of.

The list parser, the date parser, the segmenter and the country finder never crash, never
lose or duplicate a line of their input, point at the exact text they report, and give the
same answer twice.
"""

from __future__ import annotations

from helpers import source
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from movement_graph.errors import InputError
from movement_graph.extract.countries import find_countries
from movement_graph.extract.dates import find_dates, is_date_line, parse_date
from movement_graph.extract.lists import find_lists
from movement_graph.model import Document
from movement_graph.segment import blocks, segment

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text made of the pieces the parsers look for, glued by anything
PIECES = [
    "Miners' Communist Party of Peru",
    "Workers' Party of Côte d'Ivoire",
    "RWPD",
    "(Germany)",
    "Signatories:",
    "The following delegations took part:",
    "1.",
    "2)",
    "•",
    "-",
    "\n",
    "\n\n",
    "\n\n\n",
    "7 February 2023",
    "December 4-10, 2009",
    "November 2009",
    "1979",
    "07.02.2023",
    "Upper Volta",
    "Burkina Faso",
    "Turkish",
    "the USSR",
    "Sri Lanka",
    "Skip to content",
    "Declaration of the Parties",
    ",",
    ";",
    " and ",
    ":",
    " ",
    "\u202e",
    "\u200b",
    "<script>alert(1)</script>",
    "} ; DROP ALL ; {",
    "é",
    "ß",
    "中文",
]
texty = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)


def doc_of(text: str, start: int = 7) -> Document:
    return Document(file="p.txt", index=0, start=start, end=start + len(text), text=text, title="T")


# ------------------------------------------------------------------------------ dates


@SETTINGS
@given(texty)
def test_dates_point_at_their_text_and_do_not_overlap(text: str) -> None:
    found = list(find_dates(text))
    assert found == list(find_dates(text))
    last_end = -1
    for d in found:
        assert text[d.start : d.end] == d.text
        assert d.start >= last_end  # in order, no overlap: nothing counted twice
        last_end = d.end
        assert len(d.iso) in (4, 7, 10)
        year = int(d.iso[:4])
        assert 1600 <= year <= 2099
    assert parse_date(text) == (found[0].iso if found else None)
    assert is_date_line(text) in (True, False)


@SETTINGS
@given(
    st.integers(1600, 2099),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["{d} {M} {y}", "{M} {d}, {y}", "{y}-{m:02d}-{d:02d}", "{d}.{m}.{y}"]),
)
def test_any_written_date_is_read_back(y: int, m: int, d: int, form: str) -> None:
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    text = form.format(y=y, m=m, d=d, M=months[m - 1])
    assert parse_date(f"Paris, {text}.") == f"{y:04d}-{m:02d}-{d:02d}"


# ------------------------------------------------------------------------------ countries


@SETTINGS
@given(texty)
def test_countries_point_at_their_text_and_do_not_overlap(text: str) -> None:
    found = list(find_countries(text))
    assert found == list(find_countries(text))
    last_end = -1
    for hit in found:
        assert text[hit.start : hit.end] == hit.text
        assert hit.start >= last_end
        last_end = hit.end
        assert len(hit.iso2) == 2 and hit.iso2.isupper()


# ------------------------------------------------------------------------------ lists

ORG = st.builds(
    lambda head, of, place: f"{head} of {of}{place}",
    st.sampled_from(
        [
            "Communist Party",
            "Workers' Party",
            "Revolutionary Union",
            "Marxist-Leninist Party",
            "Party of Labour",
            "Communist League",
        ]
    ),
    st.sampled_from(
        ["Atlantis", "Ruritania", "Lilliput", "Peru", "Côte d'Ivoire", "Türkiye", "the Workers", "Blefuscu"]
    ),
    st.sampled_from(["", " (Marxist-Leninist)", " – ML", " (Reconstructed)"]),
)
LAYOUT = st.sampled_from(["numbered", "paren", "bullet", "dash", "plain"])
INTRO = (
    "We call on all workers to join the protests against the new labour law, and we stand with the strikers. "
) * 2


def _lines(names: list[str], layout: str) -> list[str]:
    if layout == "numbered":
        return [f"{i + 1}. {n}" for i, n in enumerate(names)]
    if layout == "paren":
        return [f"{i + 1}) {n}" for i, n in enumerate(names)]
    if layout == "bullet":
        return [f"• {n}" for n in names]
    if layout == "dash":
        return [f"- {n}" for n in names]
    return list(names)


@SETTINGS
@given(
    st.lists(ORG, min_size=2, max_size=40, unique=True),
    LAYOUT,
    st.sampled_from(["Signatories:", "Signed by:", "The following delegations took part:"]),
    st.integers(0, 50),
)
def test_every_list_line_is_found_once_in_order(
    names: list[str], layout: str, intro: str, start: int
) -> None:
    text = f"{INTRO}\n\n{intro}\n" + "\n".join(_lines(names, layout)) + "\n"
    d = doc_of(text, start)
    entries = list(find_lists(d))
    assert [e.quote.text for e in entries] == names  # none lost, none twice, in order
    for e in entries:
        assert text[e.quote.start - start : e.quote.end - start] == e.quote.text
    assert entries == list(find_lists(d))


@SETTINGS
@given(texty, st.integers(0, 20))
def test_lists_never_crash_and_never_repeat_a_span(text: str, start: int) -> None:
    d = doc_of(text, start)
    entries = list(find_lists(d))
    spans = [(e.quote.start, e.quote.end) for e in entries]
    assert len(spans) == len(set(spans))
    for e in entries:
        assert text[e.quote.start - start : e.quote.end - start] == e.quote.text
    assert entries == list(find_lists(d))


# ------------------------------------------------------------------------------ segmenter

PROSE = (
    "The workers of the region have continued their struggle for higher wages and for the "
    "right to organise, despite the repression ordered by the government. "
) * 2
PARAGRAPHS = [
    PROSE,
    "Declaration of the Parties",
    "November 2012",
    "Paris, 7 February 2023",
    "Party of X\nUnion of Y\nLeague of Z",
    "1. Miners' Communist Party of Peru\n2. RWPD",
    "Skip to content",
    "You are here: Home / 2015",
    "Weekly Paper #12\nApril 2-8, 2011",
    "Our Tasks",
    "",
    "   ",
    "\u202eRTL\u202c title",
    "zero\u200bwidth words here",
]


@SETTINGS
@given(
    st.lists(st.one_of(st.sampled_from(PARAGRAPHS), st.text(max_size=30)), min_size=1, max_size=14),
    st.lists(st.sampled_from(["\n", "\n\n", "\n\n\n", "\r\n\r\n"]), min_size=13, max_size=13),
)
def test_segmenting_never_loses_or_duplicates_a_line(parts: list[str], gaps: list[str]) -> None:
    text = parts[0] + "".join(g + p for g, p in zip(gaps, parts[1:], strict=False))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        docs = list(segment(source(text, "p.txt")))
    except InputError as err:
        assert "p.txt" in str(err) and "\n" not in str(err)
        return
    again = list(segment(source(text, "p.txt")))
    assert docs == again
    last_end = -1
    for d in docs:
        assert text[d.start : d.end] == d.text
        assert d.start >= last_end  # documents do not overlap: no line is in two
        last_end = d.end
    # every line of prose or list lands in exactly one document
    for b in blocks(text):
        if b.kind in ("prose", "list"):
            holders = [d for d in docs if d.start <= b.start and b.end <= d.end]
            assert len(holders) == 1, b.text
