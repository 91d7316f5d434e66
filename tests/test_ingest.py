"""Ingestion: encodings, HTML, bad files reported in one line naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from movement_graph.errors import InputError
from movement_graph.ingest import blank_page_furniture, html_to_text, read_source, read_sources

TEXT = "Statement of the Party\n\nThe workers of Perú and Côte d'Ivoire unite.\n"


def test_utf8(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    s = read_source(p)
    assert s.text == TEXT and s.encoding == "utf-8" and s.name == "a.txt"


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_other_encodings_with_a_warning(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "b.txt"
    p.write_bytes(TEXT.encode(encoding))
    warnings: list[str] = []
    s = read_source(p, on_warning=warnings.append)
    assert "Côte d'Ivoire" in s.text
    assert warnings and "b.txt" in warnings[0]


def test_html_scripts_and_styles_vanish(tmp_path: Path) -> None:
    p = tmp_path / "c.html"
    p.write_text(
        "<html><head><style>p{}</style><script>alert(1)</script></head><body>"
        "<h1>Title</h1><p>First &amp; second.</p><script>x()</script></body></html>"
    )
    s = read_source(p)
    assert s.text == "Title\n\nFirst & second."


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        ("doc.txt", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj", "binary"),
        ("nul.txt", b"abc\x00\x00\x00def" * 10, "binary"),
    ],
)
def test_bad_files_are_reported_and_others_still_read(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    errors: list[InputError] = []
    got = list(read_sources([tmp_path], on_error=errors.append))
    assert [s.name for s in got] == ["good.txt"]
    [err] = errors
    assert name in str(err) and problem in str(err) and "\n" not in str(err)


def test_symlink_loop_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    errors: list[InputError] = []
    list(read_sources([tmp_path / "loop", tmp_path / "missing.txt"], on_error=errors.append))
    assert len(errors) == 2


def test_html_to_text_keeps_paragraphs() -> None:
    assert html_to_text("<p>a</p><p>b</p>") == "a\n\nb"


MARKDOWN_STATEMENT = """# Resolution: *Hands off* Arcadia!

*Lowtown, 3 April 2019*

The International Coordination of Revolutionary Parties and Organizations firmly rejects the
attempted coup in Venezuela and calls on the workers of the world to reject every imperialist
intervention, to expose the lies of the bourgeois media and to support the independent
organisation of the working class. See [our earlier call](https://example.org/call).

### Signatories

| Organisation | Country |
|---|---|
| **Red Harbour Workers' Party** | Venezuela |
| Proletarian League of Ostland | Germany |
| Union of Revolutionary Toilers | Peru |
"""


def test_markdown_reads_as_plain_text_in_the_same_places(tmp_path: Path) -> None:
    from movement_graph.extract.lists import find_lists
    from movement_graph.model import Role
    from movement_graph.segment import segment

    path = tmp_path / "statement.md"
    path.write_text(MARKDOWN_STATEMENT, encoding="utf-8")
    src = read_source(path)
    assert len(src.text) == len(MARKDOWN_STATEMENT)  # offsets are the Markdown file's too
    assert "#" not in src.text and "**" not in src.text and "https" not in src.text
    [doc] = segment(src)
    assert (doc.title, doc.date, doc.kind) == ("Resolution: Hands off Arcadia!", "2019-04-03", "resolution")
    entries = list(find_lists(doc))
    assert [e.quote.text.split("\t")[0].strip() for e in entries] == [
        "Red Harbour Workers' Party",
        "Proletarian League of Ostland",
        "Union of Revolutionary Toilers",
    ]
    assert {e.role for e in entries} == {Role.SIGNATORY}
    for e in entries:  # each quote's place in the Markdown file holds the name with its markup
        assert e.quote.text.split("\t")[0].strip() in MARKDOWN_STATEMENT[e.quote.start : e.quote.end]


@given(st.text(alphabet=st.sampled_from(list("ab #*_|-=[]()`>\n:")), max_size=300))
def test_markdown_to_text_keeps_every_character_in_place(text: str) -> None:
    from movement_graph.ingest import markdown_to_text

    out = markdown_to_text(text)
    assert len(out) == len(text)
    assert [i for i, c in enumerate(out) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert all(o == t or o in " \t" for o, t in zip(out, text, strict=True))


def test_an_html_page_s_own_text_without_the_site_around_it() -> None:
    page = (
        '<html><body class="single has-sidebar"><header class="site-header"><p>Red Horizon</p>'
        "<nav><a>Home</a></nav></header><main><article><h1>Statement on the Strike</h1>"
        "<p>The workers struck.</p><div class='sharedaddy sharing'><a>Share this</a></div>"
        "<p>Signed:</p><table><tr><th>Party</th><th>Country</th></tr>"
        "<tr><td>Party of Labour of Ostland (PLO)</td><td>Chad</td></tr>"
        "<tr><td>Red Union (RU)</td><td>Mali</td></tr></table></article>"
        '<div id="comments"><p>2 thoughts on this post</p></div></main>'
        "<aside><h2>Recent posts</h2><p>Other title</p></aside><footer>(c) Red Horizon</footer></body></html>"
    )
    assert html_to_text(page) == (
        "Statement on the Strike\n\nThe workers struck.\n\nSigned:\n\n"
        "Party\tCountry\nParty of Labour of Ostland (PLO)\tChad\nRed Union (RU)\tMali"
    )
    # a page without <main> or <article> keeps all its text but its furniture
    assert html_to_text("<h1>Title</h1><p>Text.</p><aside>Widget</aside>") == "Title\n\nText."
    # a <main> with nothing readable in it: the whole page
    assert html_to_text("<main></main><h1>Title</h1><p>Text.</p>") == "Title\n\nText."


def test_page_furniture_of_a_pdf_s_text_is_blanked_in_place() -> None:
    page = "Red Harbour Bulletin · Statements of the Parties"
    text = (
        f"{page}   1\n\nSolidarity with the miners\n\nThe miners fight on.\n\n1\n\n"
        f"{page}   2\n\nSignatories:\nParty of Labour of Chad\n\n2\n\n"
        f"{page}   3\n\nRed Union of Mali\n\n3\n"
    )
    out = blank_page_furniture(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert page not in out and "\n1\n" not in out
    assert "Solidarity with the miners" in out and "Red Union of Mali" in out


def test_years_standing_alone_are_no_page_numbers() -> None:
    text = "Our history\n\n1994\n\nThe conference was founded.\n\n2010\n\nThe coordination was founded.\n"
    assert blank_page_furniture(text) == text


def test_two_datelines_of_one_month_are_no_running_header() -> None:
    # "14 April 1999" and "5 April 1999", each alone between blank lines, differ only by a number
    text = "Appeal\n\n14 April 1999\n\nWe call.\n\nResolution\n\n5 April 1999\n\nWe resolve.\n"
    assert blank_page_furniture(text) == text


def test_a_running_header_with_page_n_of_m_is_page_furniture() -> None:
    # "X – page 2 of 4": the count of pages is the same on every page, the page's number rises
    body = "The workers of Ara continue their strike.\n\n"
    text = "".join(f"Conference of Ara – 3rd Plenary – page {n} of 3\n\n{body}{n}\n\n" for n in (1, 2, 3))
    out = blank_page_furniture(text)
    assert len(out) == len(text) and "page 2 of 3" not in out and "3rd Plenary" not in out
    assert out.count("The workers of Ara") == 3


def test_datelines_in_day_month_year_are_no_running_header() -> None:
    # "Ara, 24/7/23" and "Ara, 24/8/23": the end of a date, no page "7 of 23" and "8 of 23"
    text = "Ara, 24/7/23\n\nWe call for a strike.\n\nAra, 24/8/23\n\nWe call again.\n"
    assert blank_page_furniture(text) == text


def test_a_long_run_of_spaces_on_a_line_is_read_in_linear_time() -> None:
    """Once quadratic; timed in ``bench/pathological.py``, here only the answer."""
    from helpers import pathological

    text = pathological.heading_then_blanks(5000)
    assert blank_page_furniture(text) == text
