"""Run the doctests of every module, so that the examples in docstrings stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import movement_graph

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(movement_graph.__path__, "movement_graph.")
    if m.name != "movement_graph.scoring"  # the reference scorer, shipped as published
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
