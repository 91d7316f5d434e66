from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from movement_graph.extract.dates import find_dates, is_date_line, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("November 2009", "2009-11"),
        ("Party resolution, 7 February 2023", "2023-02-07"),
        ("Weekly #12, March 3-9, 2011", "2011-03-03"),
        ("Jan. 21, 2024", "2024-01-21"),
        ("in April of 2002 they tried", "2002-04"),
        ("12 de octubre de 2015", "2015-10-12"),
        ("6. Oktober 2010", "2010-10-06"),
        ("on the 1st of May 2021", "2021-05-01"),
        ("2019-05-01", "2019-05-01"),
        ("07.02.2023", "2023-02-07"),
        ("the revolution of 1917", "1917"),
        ("February 30, 2023", "2023"),  # no such day: only the year is sure
        # months in the other languages the networks write in (data/reference/months.csv)
        ("İstanbul, 3 Nisan 2019", "2019-04-03"),  # Turkish
        ("Roma, 12 marzo 2020", "2020-03-12"),  # Italian
        ("Oslo, 1. mai 2020", "2020-05-01"),  # Norwegian
        ("Stockholm den 14 augusti 2019", "2019-08-14"),  # Swedish
        ("Amsterdam, 1 mei 2021", "2021-05-01"),  # Dutch
        # two days of one month: the first, whatever the language's "and"
        ("Paris, les 9 et 10 mars 2023", "2023-03-09"),
        ("Roma, 9 e 10 marzo 2023", "2023-03-09"),
        ("Lisboa, 9 e 10 de março de 2023", "2023-03-09"),
        ("Ankara, 9 ve 10 Mart 2023", "2023-03-09"),
        ("Stockholm, 9 och 10 mars 2023", "2023-03-09"),
        ("Oslo, 9. og 10. mars 2023", "2023-03-09"),
    ],
)
def test_parse_date(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 2009", True),
        ("Madrid, 3 May 2014", True),
        ("Central Committee, 1 May 2020", True),
        ("The meeting was held in November 2009 in a city.", False),
        ("Long live the struggle!", False),
        # a season or part of a month or year belongs to the date
        ("mid-March 2021", True),
        ("Caracas, Spring 2023", True),
        ("End of April 2019", True),
        ("Winter of 1990", True),
        # a date after a preposition is a sentence's
        ("We met in November 2009.", False),
        ("We met in late 2019.", False),
        ("Spring came in 2023", False),
        # a text signed in two places
        ("Santiago de Chile / Berlin, 11 September 2023", True),
        ("Paris / Rome / Madrid, 1 May 2021", True),
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


@given(st.text(max_size=200))
def test_find_dates_never_crashes_and_spans_match(text: str) -> None:
    found = list(find_dates(text))
    assert found == list(find_dates(text))
    for d in found:
        assert text[d.start : d.end] == d.text
        assert len(d.iso) in (4, 7, 10)


@pytest.mark.parametrize(
    "line",
    [
        "Statement of the ICOR, 10 March 2021",
        "Joint Declaration of the Workers' League of Ostland, 22 August 2022",
    ],
)
def test_a_dateline_naming_the_text_and_its_authors(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line, dated",
    [
        ("Tunis, October 2023 – From our correspondent", True),
        ("By our correspondent | 22 October 2024", True),
        ("Adopted by the Coordinating Committee on 28 September 2023", True),
        ("Beschlossen vom Koordinierungskomitee der Konferenz am 28. September 2023", True),
        ("Adopted by the Plenary on 2 May 2021 in Quito", False),
        ("We met in Tunis on 28 September 2023", False),
    ],
)
def test_datelines_with_a_byline_or_an_adoption(line: str, dated: bool) -> None:
    assert is_date_line(line) is dated
