"""Probe 23 (held-out events): country adjectives in the networks' other languages, a bare
"golpe" named by its adjective or date, coordinated days, a death told by a possessive, the
date of the event's own clause, protests against a law. Invented parties; each test fails
on the code before the probe."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import events as _events
from helpers import has_event as _has

from movement_graph.errors import ConfigError
from movement_graph.reference import load_adjectives, read_adjectives

HEAD_IT = "Dichiarazione comune\n\nLa memoria è lotta\n\n11 settembre 2023\n\n"


def test_italian_bare_golpe_with_adjective() -> None:
    ev = _events(
        HEAD_IT
        + "Il golpe cileno dell'11 settembre 1973 rovesciò il governo. Il golpe greco del 21 aprile 1967 portò al potere i colonnelli.\n\nFirmano:\nPartito Operaio della Luna (POL)\n"
    )
    assert _has(ev, "coup", "1973-09-11", "CL")
    assert _has(ev, "coup", "1967-04-21", "GR")


def test_adjective_after_the_word_wins_over_an_earlier_country() -> None:
    text = (
        "Résolution\n\nAucune confiance dans les juntes\n\nLe 4 septembre 2023\n\n"
        "Il y a eu les deux coups d'État au Mali, le 18 août 2020 et le 24 mai 2021, puis le putsch "
        "guinéen du 5 septembre 2021. Le coup d'État soudanais du 25 octobre 2021 a brisé la révolution.\n"
    )
    ev = _events(text)
    assert _has(ev, "coup", "2021-09-05", "GN")
    assert _has(ev, "coup", "2021-10-25", "SD")
    assert _has(ev, "coup", "2021-05-24", "ML")  # the second of the coordinated days


def test_german_adjective_before_the_word_and_coordinated_days() -> None:
    text = (
        "Erklärung\n\nNieder mit der Militärdiktatur!\n\n12. September 2025\n\n"
        "Mit dem türkischen Militärputsch vom 12. September 1980 ergriff die Armee die Macht. "
        "Die Putsche in Burkina Faso am 24. Januar und am 30. September 2022 brachten keine Befreiung.\n"
    )
    ev = _events(text)
    assert _has(ev, "coup", "1980-09-12", "TR")
    assert _has(ev, "coup", "2022-01-24", "BF")
    assert _has(ev, "coup", "2022-09-30", "BF")


def test_a_day_joined_to_an_events_day_but_told_with_the_next_event_is_the_next_ones() -> None:
    # found in review: the day after "et le" dates the coup told right after it, not a
    # second coup of the country before
    text = (
        "Déclaration\n\nContre les juntes et l'impérialisme\n\nLe 2 mars 2022\n\n"
        "Les militaires ont renversé le président en Guinée le 5 septembre 2021, et le 24 janvier "
        "2022 le coup d'État au Burkina Faso a installé une nouvelle junte.\n"
    )
    ev = _events(text)
    assert _has(ev, "coup", "2021-09-05", "GN")
    assert _has(ev, "coup", "2022-01-24", "BF")
    assert not _has(ev, "coup", "2022", "GN")


def test_death_told_by_a_possessive_after_the_name() -> None:
    text = (
        "Déclaration\n\nJustice pour les victimes\n\nLe 6 juillet 2023\n\n"
        "Karim Benhaddou, 19 ans, a été tué par un policier le 27 juin 2023. Sa mort a déclenché des révoltes.\n"
    )
    ev = _events(text)
    assert any(t == "death" and d == "2023-06-27" for t, d, _c in ev)


def test_english_possessive_death_is_the_named_persons() -> None:
    text = (
        "Statement\n\nJustice for Kenya's youth\n\n28 June 2024\n\n"
        "Rex Odhiambo, a young man of 29, was shot dead by police in central Nairobi on 20 June 2024. "
        "His killing became a symbol of the movement.\n"
    )
    ev = _events(text)
    assert _has(ev, "death", "2024-06-20", "KE")


def test_the_event_clauses_own_date() -> None:
    text = (
        "Resolution\n\nBangladesh: the victory of the students\n\n12 August 2024\n\n"
        "Just as the Aragalaya forced Gotabaya Rajapaksa to flee Sri Lanka in July 2022, the student "
        "uprising in Bangladesh brought down Sheikh Hasina on 5 August 2024.\n"
    )
    ev = _events(text)
    assert _has(ev, "protest", "2024", "BD")
    assert not _has(ev, "protest", "2022", "BD")


def test_protests_against_a_bill_in_a_text_about_one_country() -> None:
    text = (
        "Statement\n\nKenya: the youth have rejected the Finance Bill\n\n28 June 2024\n\n"
        "The protests against the Finance Bill have shaken the government.\n"
    )
    assert _has(_events(text), "protest", "2024", "KE")


def test_a_new_war_warned_of_is_no_event() -> None:
    text = (
        "Erklärung\n\nSolidarität mit den südkoreanischen Massen\n\n10. Dezember 2024\n\n"
        "Ein neuer Krieg auf der koreanischen Halbinsel würde Millionen Opfer fordern.\n"
    )
    assert not any(t == "war" for t, _d, _c in _events(text))


def test_adjectives_table_loads_and_refuses_a_shared_form(tmp_path: Path) -> None:
    assert any(a.iso2 == "CL" and a.lang == "it" and "cileno" in a.forms for a in load_adjectives())
    bad = tmp_path / "a.csv"
    bad.write_text("iso2,lang,forms\nCL,it,cileno|cilena\nPE,it,cileno\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        read_adjectives(bad)
    bad.write_text("iso2,lang,forms\nCL,it,Cileno\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        read_adjectives(bad)
    bad.write_text("iso2,lang,forms\nXX,it,cileno\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        read_adjectives(bad, frozenset({"CL"}))
