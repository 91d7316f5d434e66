"""Probe 46 (events left by probes 40, 41 and 43): a trade war is no war; an earthquake
after a place no table knows is not placed by the sentence before, nor is an earthquake's
later compound ("deprem vergileri") dated by it; the people's adjective after a protest's
word ("la rebelión del pueblo chileno") places it; a date after one event of a list and
before the next item ("…, y las movilizaciones de …") is the first's. Invented texts; each
test fails on the code before (the guards excepted, which say so)."""

from __future__ import annotations

import pytest
from helpers import events as _events
from helpers import has_event as _has

pytestmark = pytest.mark.model

SIGN_EN = "\n\nSigned:\nWorkers' League of Atlantis (WLA)\nRevolutionary Circle of Lemuria (RCL)\n"
SIGN_ES = "\n\nFirman:\nLiga Obrera de Atlántida (LOA)\nCírculo Revolucionario de Lemuria (CRL)\n"
SIGN_TR = "\n\nİmzacılar:\nAtlantis İşçi Birliği (AİB)\nLemurya Devrimci Çevresi (LDÇ)\n"


def test_a_trade_war_is_no_war() -> None:
    text = (
        "Statement on the world economy\n\n5 May 2020\n\n"
        "The trade war between the United States and China announces a new crisis of "
        "overproduction." + SIGN_EN
    )
    ev = _events(text)
    assert not any(t == "war" for t, _d, _c in ev), ev


def test_a_spanish_commercial_war_is_no_war() -> None:
    text = (
        "Declaración sobre la crisis\n\n5 de mayo de 2020\n\n"
        "La guerra comercial entre Canadá y México anuncia una nueva crisis económica." + SIGN_ES
    )
    ev = _events(text)
    assert not any(t == "war" for t, _d, _c in ev), ev


def test_a_war_still_counts_guard() -> None:
    # guard: passes before and after
    text = (
        "Declaración sobre la guerra\n\n5 de mayo de 2020\n\n"
        "La guerra en Yemen, iniciada en marzo de 2015, ha matado a miles de personas." + SIGN_ES
    )
    ev = _events(text)
    assert any(t == "war" and c == "YE" for t, _d, c in ev), ev


def test_an_earthquake_after_an_unknown_place_is_not_the_sentence_before_s() -> None:
    text = (
        "Depremzedelerle dayanışma!\n\n10 Mart 2023\n\n"
        "6 Şubat 2023'te depremler Türkiye'nin güneyinde ve Suriye'nin kuzeyinde binlerce "
        "insanın ölümüne yol açtı. 12 Kasım 1999 Yenikale depreminden sonra toplanan deprem "
        "vergileri hiçbir işe yaramadı." + SIGN_TR
    )
    ev = _events(text)
    assert not _has(ev, "disaster", "1999", "SY"), ev
    assert _has(ev, "disaster", "2023-02-06", "TR"), ev


def test_the_people_s_adjective_places_its_rebellion_and_keeps_its_date() -> None:
    text = (
        "Saludo a los pueblos\n\n2 de diciembre de 2019\n\n"
        "Saludamos la rebelión del pueblo colombiano, que desde el 21 de noviembre de 2019 "
        "enfrenta en las calles al gobierno, y las movilizaciones de los pueblos de Haití y "
        "del Líbano." + SIGN_ES
    )
    ev = _events(text)
    assert _has(ev, "protest", "2019-11-21", "CO"), ev
    assert not _has(ev, "protest", "2019-11-21", "HT"), ev


def test_the_annexation_of_a_region_is_in_the_region_s_country() -> None:
    text = (
        "Statement on the wars\n\n5 May 2032\n\n"
        "Since the Plaza coup of February 2030 and the annexation of Chubut by Chile in March "
        "2030, the danger of war has grown in South America." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "other", "2030-03", "AR"), ev
    # the coup is not placed by the annexer, named after the annexation's word
    assert not _has(ev, "coup", "2030", "CL"), ev


def test_an_italian_annexation_and_an_undated_one() -> None:
    text = (
        "Dichiarazione\n\n5 maggio 2032\n\n"
        "La guerra è il seguito dell'annessione del Tigray da parte dell'Eritrea nel 2029. "
        "Respingiamo ogni annessione." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "other", "2029", "ET"), ev
    assert len([e for e in ev if e[0] == "other"]) == 1, ev


def test_russian_months_in_the_prepositional_case() -> None:
    from movement_graph.extract.dates import find_dates

    assert [d.iso for d in find_dates("в марте 2030 года и в сентябре 2031 года")] == ["2030-03", "2031-09"]


def test_a_state_told_by_a_pronoun_massacred_thousands() -> None:
    text = (
        "Statement on Syria\n\n5 May 2031\n\n"
        "The regime of Syria has always ruled by terror. In the spring of 1982 it massacred "
        "thousands of workers in its prisons." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "attack", "1982", "SY"), ev


def test_a_date_before_nor_and_the_next_event_is_the_first_s() -> None:
    text = (
        "Declaración sobre Bolivia\n\n2 de mayo de 2031\n\n"
        "No olvidamos el golpe de Estado en Bolivia de abril de 2030 ni la masacre de Yanakaka, "
        "en El Alto, el 14 de abril de 2030." + SIGN_ES
    )
    ev = _events(text)
    assert _has(ev, "attack", "2030-04-14", "BO"), ev
