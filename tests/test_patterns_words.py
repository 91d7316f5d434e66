"""The word files of data/patterns/ (event_words.yaml, name_words.yaml) and their loader."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from movement_graph.errors import ConfigError
from movement_graph.extract import document, entries, events, organisations, persons
from movement_graph.extract.dates import ORDINAL_WORDS
from movement_graph.reference import (
    EVENT_WORD_GROUPS,
    GROUPS,
    NAME_WORD_GROUPS,
    NUMBERS,
    PATTERNS,
    WORDS,
    data_dir,
    load_event_words,
    load_name_words,
    read_vocabulary,
)
from movement_graph.resolve import organisations as resolve_organisations

FILES = [
    ("event_words.yaml", EVENT_WORD_GROUPS, load_event_words),
    ("name_words.yaml", NAME_WORD_GROUPS, load_name_words),
]


def _groups_of(kind: str) -> list[tuple[str, str]]:
    return [(name, key) for name, shape, _ in FILES for key, k in shape.items() if k == kind]


def _load(name: str) -> Any:
    return load_event_words() if name == "event_words.yaml" else load_name_words()


def test_loaders_are_cached() -> None:
    assert load_event_words() is load_event_words()
    assert load_name_words() is load_name_words()


@pytest.mark.parametrize(("name", "shape", "loader"), FILES, ids=[f[0] for f in FILES])
def test_file_has_exactly_its_groups(name: str, shape: dict[str, str], loader: Any) -> None:
    raw = yaml.safe_load((data_dir() / "patterns" / name).read_text(encoding="utf-8"))
    assert set(raw) == set(shape)
    vocabulary = loader()
    assert vocabulary.path == data_dir() / "patterns" / name
    assert set(vocabulary.words) | set(vocabulary.numbers) | set(vocabulary.groups) == set(shape)


@pytest.mark.parametrize(("name", "key"), _groups_of(WORDS))
def test_word_groups_are_lower_case_and_distinct(name: str, key: str) -> None:
    words = _load(name).words[key]
    assert words, f"{name}: {key} is empty"
    assert all(isinstance(w, str) and w == w.strip().lower() and w for w in words)
    assert len(set(words)) == len(words)


@pytest.mark.parametrize(("name", "key"), _groups_of(PATTERNS))
def test_pattern_groups_compile(name: str, key: str) -> None:
    patterns = _load(name).words[key]
    assert patterns and len(set(patterns)) == len(patterns)
    for p in patterns:
        re.compile(p)


def test_number_groups() -> None:
    words = load_event_words()
    cardinals = words.numbers["cardinal_words"]
    assert cardinals["zero"] == 0 and cardinals["twenty"] == 20 and cardinals["a"] == 1
    assert all(w == w.lower() and type(n) is int for w, n in cardinals.items())
    ordinals = words.numbers["anniversary_ordinals"]
    assert ordinals and all(n >= 100 for n in ordinals.values())
    assert set(ordinals).isdisjoint(ORDINAL_WORDS)  # no ordinal of dates.py is redefined


def test_disaster_kinds_are_a_partition() -> None:
    kinds = load_event_words().groups["disaster_kinds"]
    words = [w for ws in kinds.values() for w in ws]
    assert len(words) == len(set(words)) and all(w == w.lower() for w in words)
    assert events._DISASTER_KINDS["tsunami"] == "earthquake"
    assert events._DISASTER_KINDS["typhoon"] == "storm"


def test_spellings() -> None:
    spellings = load_name_words().groups["spellings"]
    assert spellings["labour"] == ("labor",)
    assert resolve_organisations._SPELLINGS == {k: tuple(v) for k, v in spellings.items()}


def test_words_yaml_would_read_as_booleans_are_strings() -> None:
    # "on" unquoted is true in YAML 1.1: the files quote it, and the code compares words
    assert "on" in events._NOT_NAME
    assert "on" in document._ENGLISH


@pytest.mark.parametrize(
    ("module", "constant", "name", "key", "kind"),
    [
        (events, "_CONDEMN", "event_words.yaml", "condemn", set),
        (events, "_SUPPORT", "event_words.yaml", "support", set),
        (events, "_SPEAKER_NOUNS", "event_words.yaml", "speaker_nouns", set),
        (events, "_RECENT", "event_words.yaml", "recent", set),
        (events, "_FUTURE", "event_words.yaml", "future", set),
        (events, "_MODS_KEEP", "event_words.yaml", "election_kinds", set),
        (events, "_MILITARY", "event_words.yaml", "military", frozenset),
        (events, "_AGAINST", "event_words.yaml", "against", frozenset),
        (events, "_ANY_WORDS", "event_words.yaml", "any_words", frozenset),
        (events, "_PLACE_HEADS", "event_words.yaml", "place_heads", frozenset),
        (entries, "_ENGLISH_WORDS", "name_words.yaml", "english_name_words", frozenset),
        (document, "_ENGLISH", "name_words.yaml", "english_prose_words", frozenset),
        (organisations, "_FUNCTION_WORDS", "name_words.yaml", "org_function_words", frozenset),
        (persons, "_PLACE_PREPOSITIONS", "name_words.yaml", "place_prepositions", frozenset),
        (resolve_organisations, "_NAME_FUNCTION_WORDS", "name_words.yaml", "name_function_words", frozenset),
    ],
)
def test_code_reads_the_file(module: Any, constant: str, name: str, key: str, kind: type) -> None:
    value = getattr(module, constant)
    assert type(value) is kind
    assert value == kind(_load(name).words[key])


def test_patterns_built_from_the_file() -> None:
    assert entries._FORMERLY == "|".join(load_name_words().words["formerly"])
    for text in ("formerly", "già", "anciennement", "eski adıyla", "Ehemalige"):
        assert re.fullmatch(entries._FORMERLY, text, re.I), text
    assert entries.parse_entry("PCOS (formerly Proletarian Nucleus of Senegal)").former is not None
    for text in ("backed by ", "organised in ", "organized from ", "from "):
        assert events._CITY_AS_POWER.search(f"the coup {text}"), text
    assert not events._CITY_AS_POWER.search("the coup in ")


# ------------------------------------------------------------------ errors on broken copies


def _broken(tmp_path: Path, change: Any, *, append: str = "") -> Path:
    """A copy of event_words.yaml with ``change`` applied to its groups (and text appended)."""
    raw = yaml.safe_load((data_dir() / "patterns" / "event_words.yaml").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "event_words.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False) + append, encoding="utf-8")
    return path


def _set(key: str, value: object) -> Any:
    return lambda raw: raw.__setitem__(key, value)


@pytest.mark.parametrize(
    ("change", "append", "key", "problem"),
    [
        (lambda raw: raw.pop("kill"), "", "kill", "missing"),
        (_set("kill", "slaughter"), "", "kill", "expected a non-empty list"),
        (_set("kill", []), "", "kill", "expected a non-empty list"),
        (_set("not_name", ["la", True]), "", "not_name", "True is not a word"),
        (_set("kill", ["kill", 3]), "", "kill", "3 is not a word"),
        (_set("kill", ["kill", "murder", "kill"]), "", "kill", "'kill' occurs twice"),
        (_set("kill", ["Kill"]), "", "kill", "not in lower case"),
        (_set("kill", [" kill"]), "", "kill", "spaces around it"),
        (_set("killing", ["kill"]), "", "killing", "unknown group"),
        (_set("city_as_power_verbs", ["backed", "organi[sz"]), "", "city_as_power_verbs", "not a regular"),
        # each pattern is one alternative of a larger one: it must compile there, and capture nothing
        (_set("city_as_power_verbs", ["backed", "(?i)ordered"]), "", "city_as_power_verbs", "not a regular"),
        (_set("city_as_power_verbs", ["backed", "(?P<acr>ordered)"]), "", "city_as_power_verbs", "capturing"),
        (_set("city_as_power_verbs", ["(back)\\1ed"]), "", "city_as_power_verbs", "capturing"),
        (_set("cardinal_words", {"one": "1"}), "", "cardinal_words", "not a whole number"),
        (_set("cardinal_words", {"one": True}), "", "cardinal_words", "not a whole number"),
        (_set("cardinal_words", ["one"]), "", "cardinal_words", "expected a non-empty map"),
        (_set("anniversary_ordinals", {"Centenary": 100}), "", "anniversary_ordinals", "lower-case"),
        (
            _set("disaster_kinds", {"flood": ["flood"], "storm": ["storm", "flood"]}),
            "",
            "disaster_kinds",
            "'flood' is under both 'flood' and 'storm'",
        ),
        (
            _set("disaster_kinds", {"flood": "flood"}),
            "",
            "disaster_kinds",
            "flood: expected a non-empty list",
        ),
        (lambda raw: None, "kill: [kill]\n", "'kill'", "occurs twice"),
    ],
)
def test_broken_copy_names_file_and_group(
    tmp_path: Path, change: Any, append: str, key: str, problem: str
) -> None:
    path = _broken(tmp_path, change, append=append)
    with pytest.raises(ConfigError) as info:
        read_vocabulary(path, EVENT_WORD_GROUPS)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path)), message
    assert key in message and problem in message, message


def test_duplicate_key_inside_a_map(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("kinds:\n  flood: [flood]\n  flood: [flooding]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"words\.yaml:3: the key 'flood' occurs twice"):
        read_vocabulary(path, {"kinds": GROUPS})


def test_not_a_map_missing_file_and_bad_yaml(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("- condemn\n- support\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"words\.yaml: expected a map of group names"):
        read_vocabulary(path, {"condemn": WORDS})
    path.write_text("condemn: [condemn\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"words\.yaml: not valid YAML") as info:
        read_vocabulary(path, {"condemn": WORDS})
    assert "\n" not in str(info.value)
    with pytest.raises(ConfigError, match=r"missing\.yaml: cannot read"):
        read_vocabulary(tmp_path / "missing.yaml", {"condemn": WORDS})


def test_kinds_of_a_small_file(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text(
        "verbs: [condemn, 'on']\nalt: ['ex\\s+', 'ex-?']\nn: {one: 1, a: 1}\nk: {storm: [typhoon]}\n",
        encoding="utf-8",
    )
    v = read_vocabulary(path, {"verbs": WORDS, "alt": PATTERNS, "n": NUMBERS, "k": GROUPS})
    assert v.words == {"verbs": ("condemn", "on"), "alt": (r"ex\s+", "ex-?")}
    assert v.numbers == {"n": {"one": 1, "a": 1}}
    assert v.groups == {"k": {"storm": ("typhoon",)}}
