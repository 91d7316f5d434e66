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
