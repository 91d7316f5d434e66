"""Anniversaries in the networks' other languages ("80° anniversario della strage di …",
"Zum vierten Jahrestag des Anschlags von …", "… katliamının 30. yıl dönümünde", "A 50 años
del golpe"), killings told by an active verb with a count or a named victim ("asesinaron a
más de treinta manifestantes", "ont tué au moins 132 civils", "security forces shot dead
more than ninety"), and killings named by a noun ("l'assassinat de Thomas Sankara", "der
Mord an …", "the killing of …").

Invented parties; real countries and events.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyse(analyses):  # type: ignore[no-untyped-def]
    def run(text: str):  # type: ignore[no-untyped-def]
        (a,) = analyses(text)
        return a.events

    return run


def facts(events) -> set[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.type, e.date[:4] if e.date else None, e.country) for e in events}


SIGNED_ES = "\n\nFirman:\nPartido Obrero de Ara (POA)\nLiga Roja del Sur (LRS)\n"
SIGNED_FR = "\n\nSignataires :\nParti Ouvrier de Bela (POB)\nUnion Rouge de Cora (URC)\n"
SIGNED_IT = "\n\nFirmatari:\nPartito Operaio di Ara (POA)\nLega Rossa di Bela (LRB)\n"
SIGNED_DE = "\n\nUnterzeichner:\nArbeiterpartei von Ara (APA)\nRote Liga von Bela (RLB)\n"
SIGNED_PT = "\n\nAssinam:\nPartido Operário de Ara (POA)\nLiga Vermelha de Bela (LVB)\n"
SIGNED_TR = "\n\nİmzacılar:\nAra İşçi Partisi (AİP)\nBela Kızıl Birliği (BKB)\n"
SIGNED_EN = "\n\nSigned:\nWorkers' Party of Ara (WPA)\nRed League of Bela (RLB)\n"


def test_spanish_anniversary_of_a_bare_golpe_and_killings_told_by_verbs(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaración\n\nA 50 años del golpe fascista en Chile: ¡ni olvido ni perdón!\n\n"
        "Santiago, 11 de septiembre de 2023\n\n"
        "En los días siguientes, en el Estadio Chile, los militares asesinaron a Víctor Jara el 16 de "
        "septiembre de 1973.\n\n"
        "Por eso, en octubre de 2019, millones se levantaron. Durante el estallido social los carabineros "
        "asesinaron a más de treinta manifestantes." + SIGNED_ES
    )
    events = analyse(text)
    found = facts(events)
    assert ("anniversary", "2023", "CL") in found
    assert ("coup", "1973", "CL") in found
    assert ("death", "1973", "CL") in found
    assert ("attack", "2019", "CL") in found
    keys = {e.key for e in events}
    assert {"anniversary-50-coup-cl-1973", "coup-cl-1973", "death-of-victor-jara", "attack-cl-2019"} <= keys


def test_italian_anniversary_of_a_massacre_dated_by_its_number(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dichiarazione\n\n80° anniversario della strage di Marzabotto: la Resistenza vive\n\n"
        "Bologna, 29 settembre 2024\n\n"
        "L'Italia antifascista non dimentica. In Italia il governo riabilita i nostalgici del regime.\n\n"
        "Nell'80° anniversario della strage di Marzabotto rendiamo omaggio ai partigiani." + SIGNED_IT
    )
    events = analyse(text)
    found = facts(events)
    assert ("anniversary", "2024", "IT") in found
    assert ("attack", "1944", "IT") in found
    assert "anniversary-80-attack-it-1944" in {e.key for e in events}


def test_german_anniversary_and_an_active_verb_with_a_count(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Erklärung\n\nVier Jahre nach Hanau: Gemeinsam gegen Rassismus!\n\n19. Februar 2024\n\n"
        "Am 19. Februar 2020 ermordete ein faschistischer Täter in Hanau neun Menschen mit "
        "Migrationsgeschichte. Zum vierten Jahrestag des Anschlags von Hanau gedenken wir der Opfer.\n\n"
        "Der Mord an Halit Yozgat in Kassel am 6. April 2006 geschah vor den Augen des Staates. Wir rufen "
        "die Arbeiter und die Jugend auf, sich mit uns gegen den Faschismus und die Hetze der Regierung zu "
        "stellen, denn der Kampf ist nicht vorbei." + SIGNED_DE
    )
    events = analyse(text)
    found = facts(events)
    assert ("attack", "2020", "DE") in found
    assert ("anniversary", "2024", "DE") in found
    assert ("death", "2006", "DE") in found
    keys = {e.key for e in events}
    assert {"anniversary-4-attack-de-2020", "death-of-halit-yozgat"} <= keys


def test_turkish_anniversary_after_its_event(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Açıklama\n\nMadımak katliamının 30. yıl dönümünde: Unutmadık!\n\n2 Temmuz 2023\n\n"
        "Türkiye'de gericilik devletle iç içedir. 2 Temmuz 1993'te Sivas'ta 33 aydın ve sanatçı "
        "yakılarak katledildi. Türkiye işçi sınıfı bunu unutmadı." + SIGNED_TR
    )
    events = analyse(text)
    found = facts(events)
    assert ("anniversary", "2023", "TR") in found
    assert ("attack", "1993", "TR") in found
    assert "anniversary-30-attack-tr-1993" in {e.key for e in events}


def test_french_anniversary_of_an_assassination_and_a_count_after_the_verb(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Déclaration\n\n37e anniversaire de l'assassinat de Thomas Sankara au Burkina Faso\n\n"
        "Ouagadougou, le 15 octobre 2024\n\n"
        "Au Burkina Faso, dans la nuit du 4 au 5 juin 2021, à Solhan, des hommes armés ont tué au "
        "moins 132 civils." + SIGNED_FR
    )
    events = analyse(text)
    found = facts(events)
    assert ("anniversary", "2024", "BF") in found
    assert ("death", "1987", "BF") in found
    assert ("attack", "2021", "BF") in found
    keys = {e.key for e in events}
    assert {"anniversary-37-death-of-thomas-sankara", "death-of-thomas-sankara"} <= keys


def test_portuguese_killing_noun_and_a_disaster_that_killed_is_no_attack(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaração\n\nO Brasil não esquece!\n\nSão Paulo, 20 de maio de 2024\n\n"
        "No Brasil, o rompimento da barragem em Brumadinho, em 25 de janeiro de 2019, matou 270 "
        "trabalhadores. No Brasil, o assassinato de Marielle Franco, em 14 de março de 2018, continua "
        "impune. Na chacina do Jacarezinho, em 6 de maio de 2021, a polícia do Rio de Janeiro matou "
        "28 pessoas." + SIGNED_PT
    )
    events = analyse(text)
    found = facts(events)
    assert ("death", "2018", "BR") in found
    assert ("attack", "2021", "BR") in found
    assert ("attack", "2019", "BR") not in found  # the dam's collapse killed: no one killed them
    assert "death-of-marielle-franco" in {e.key for e in events}


def test_english_security_forces_shot_dead_more_than_and_the_killing_of(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Statement\n\nOne year after the killing of Jina Mahsa Amini: the struggle of the Iranian people "
        "continues!\n\n16 September 2023\n\n"
        "The regime answered with bullets. On 30 September 2022, in Zahedan, security forces shot dead "
        "more than ninety worshippers and protesters.\n\n"
        "This is not the first time. In November 2019, when the price of fuel was tripled overnight, "
        "security forces killed more than three hundred protesters in a few days." + SIGNED_EN
    )
    events = analyse(text)
    found = facts(events)
    assert ("attack", "2022", "IR") in found
    assert ("attack", "2019", "IR") in found
    assert "death-of-jina-mahsa-amini" in {e.key for e in events}


def test_no_killing_nor_anniversary_without_a_victim_or_an_event(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaración\n\n¡Libertad para los presos de Chile!\n\nSantiago, 11 de septiembre de 2023\n\n"
        "En Chile los tribunales condenaron a 50 años de cárcel a los dirigentes. La policía mató hace "
        "dos años la esperanza de muchos. Denunciamos la muerte de la democracia en Chile. Llamamos a "
        "preparar el 60 aniversario de la fundación del partido." + SIGNED_ES
    )
    found = facts(analyse(text))
    assert not {f for f in found if f[0] in ("anniversary", "attack", "death")}


def test_the_killers_adjective_does_not_place_a_killing(analyse) -> None:  # type: ignore[no-untyped-def]
    got = analyse(
        "Statement of the Workers' League of Ara\n\n"
        "On 27 September 2024 an Israeli air strike on the southern suburbs of Beirut killed "
        "Hassan Nasrallah. We condemn the widening of the war.\n"
    )
    deaths = {e for e in facts(got) if e[0] == "death"}
    assert deaths and all(e[2] != "IL" for e in deaths), got
    assert ("death", "2024", "LB") in deaths, got
    # an air strike is a blow of arms, not a strike of workers
    assert not any(e[0] == "protest" for e in facts(got)), got
