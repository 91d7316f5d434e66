"""Review of session 19's rules: ordinary texts they misread (invented texts, real places).

Each test failed before its fix; each names the rule it guards.
"""

from __future__ import annotations

import pytest
from helpers import labelled_events, statement_en


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # the killers' people, by its adjective, is not where ("French paratroopers")
        ("On 17 October 1961 French paratroopers shot dead dozens of demonstrators in Algiers.", "DZ"),
        # nor the victims' people ("Algerian demonstrators") when the phrase names the place
        ("On 17 October 1961 French police massacred hundreds of Algerian demonstrators in Paris.", "FR"),
    ],
)
def test_a_massacre_is_placed_by_its_phrase_not_by_a_people(sentence: str, country: str) -> None:
    # events.py, _rule_fire: the place its phrase names ("in Algiers") before the peoples
    found = labelled_events(statement_en("Statement on repression", "12 May 2020", sentence))
    assert [(t, c) for t, _label, _d, c in found] == [("attack", country)]


@pytest.mark.model
def test_a_massacre_placed_by_its_country_is_still_found() -> None:
    found = labelled_events(
        statement_en(
            "Statement on repression",
            "12 May 2020",
            "On 16 August 2012 the police shot dead 34 striking miners in South Africa.",
        )
    )
    assert found == [("attack", "2012 massacre in South Africa", "2012-08-16", "ZA")]


@pytest.mark.model
def test_a_massacre_by_a_countrys_police_is_in_that_country() -> None:
    # events.py, _rule_fire / _police_country: a police force acts in its own country; an
    # army's adjective still places nothing ("Israeli soldiers … at the fence")
    found = labelled_events(
        statement_en(
            "Statement on repression",
            "12 May 2020",
            "On 21 March 1960 South African police shot dead 69 protesters at Sharpeville. On 3 May 2019 "
            "Israeli soldiers shot dead 12 protesters at the fence.",
        )
    )
    assert [(t, d, c) for t, _label, d, c in found] == [("attack", "1960-03-21", "ZA")]
