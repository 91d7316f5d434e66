"""Events in held-out texts (probe 18): self-coups ("autogolpe", "Selbstputsch"), a text's
country given by a lower-case adjective in its title or by the one country its paragraph
names, events still to come (a date after the text's, "ne sera", a call to strike),
referendums, fires and Turkish case endings in the networks' languages, the war "contro"
a country, a hypothetical war, a massacre beyond another event's word, well-known events
of the gazetteer.

Invented parties; real countries and events.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyse(analyses):  # type: ignore[no-untyped-def]
    def run(text: str, keys: bool = False):  # type: ignore[no-untyped-def]
        (a,) = analyses(text)
        if keys:
            return {e.key for e in a.events}
        return {(e.type, e.date[:4] if e.date else None, e.country) for e in a.events}

    return run


SIGNED_ES = "\n\nFirman:\nPartido Obrero Andino (POA), Bolivia\nLiga Roja del Sur (LRS), Chile\n"
SIGNED_FR = "\n\nSignataires :\nParti Ouvrier de l'Atlas (POA) – Maroc\nUnion Rouge du Sahel (URS) – Niger\n"
SIGNED_EN = "\n\nSigned:\nRed Dawn Workers' Party (RDWP), Ireland\nLeague of Toilers (LT), Norway\n"


def test_a_self_coup_in_a_text_whose_title_names_its_people(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaración conjunta\n\nCon la lucha del pueblo guatemalteco\n\nCiudad, 1 de julio de 1993\n\n"
        "La crisis estalló cuando el presidente Jorge Serrano intentó un autogolpe el 25 de mayo de 1993, "
        "disolviendo el Congreso y la Corte Suprema." + SIGNED_ES
    )
    assert ("coup", "1993", "GT") in analyse(text)


def test_a_coup_named_in_german_after_its_story(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Resolution\n\nSolidarität mit den Massen!\n\n10. Dezember 2024\n\n"
        "Am Abend des 3. Dezember 2024 verhängte der Präsident das Kriegsrecht über Südkorea. Es war ein "
        "Selbstputsch: Parteien wurden verboten. In Südkorea wehrten sich die Massen.\n\n"
        "Die Arbeiter Südkoreas kämpfen seit langem. Der Militärputsch vom 12. Dezember 1979 brachte einen "
        "General an die Macht." + SIGNED_FR
    )
    found = analyse(text)
    assert ("coup", "2024", "KR") in found
    assert ("coup", "1979", "KR") in found


def test_an_election_placed_by_the_one_country_of_its_paragraph(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Déclaration\n\nContre la répression\n\nParis, le 1er mai 2021\n\n"
        "L'impérialisme français domine l'Afrique de l'Ouest depuis des décennies.\n\n"
        "Au Bénin, le peuple a payé cher sa résistance. L'élection présidentielle du 11 avril 2021 a été "
        "une farce." + SIGNED_FR
    )
    assert ("election", "2021", "BJ") in analyse(text)


def test_no_election_that_is_still_to_come(analyse) -> None:  # type: ignore[no-untyped-def]
    fr = (
        "Déclaration\n\nTunisie : non à la mascarade !\n\nTunis, le 20 septembre 2024\n\n"
        "Les candidats ont été écartés. L'élection présidentielle du 6 octobre ne sera qu'une farce."
        + SIGNED_FR
    )
    assert not {e for e in analyse(fr) if e[0] == "election"}
    en = (
        "Statement\n\nStop the war!\n\n7 October 2024\n\n"
        "Neither the presidential election in the United States in November nor any summit will bring "
        "peace." + SIGNED_EN
    )
    assert not {e for e in analyse(en) if e[0] == "election"}
    es = (
        "Declaración\n\nCon el pueblo peruano\n\nLima, 20 de enero de 2023\n\n"
        "Las elecciones generales previstas para 2026 no resolverán nada." + SIGNED_ES
    )
    assert not {e for e in analyse(es) if e[0] == "election"}


def test_a_strike_called_for_is_no_event(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaración\n\nCon el pueblo boliviano\n\nLa Paz, 20 de enero de 2023\n\n"
        "Llamamos a los trabajadores a preparar la huelga general política." + SIGNED_ES
    )
    assert not {e for e in analyse(text) if e[0] == "protest"}


def test_referendum_fire_and_turkish_earthquakes(analyse) -> None:  # type: ignore[no-untyped-def]
    fr = (
        "Déclaration\n\nTunisie : liberté !\n\nTunis, le 20 septembre 2024\n\n"
        "Le référendum constitutionnel du 25 juillet 2022 a enterré les acquis démocratiques." + SIGNED_FR
    )
    assert "referendum-tn-2022" in analyse(fr, keys=True)
    tr = (
        "Ortak açıklama\n\nDepremin yıldönümü\n\n6 Şubat 2024\n\n"
        "6 Şubat 2023 depremlerinde Türkiye'de on binlerce insan öldü. Bu ülkede binaları yapan "
        "müteahhitler ve onlara izin veren iktidar hâlâ yargılanmadı.\n\nİmzacılar:\n"
        "– Kızıl Şafak Partisi (KŞP) – Türkiye\n– Emekçiler Birliği (EB) – Almanya\n"
    )
    assert ("disaster", "2023", "TR") in analyse(tr)
    en = (
        "Statement\n\nRemember the garment workers!\n\n24 April 2023\n\n"
        "The garment factory fire in Bangladesh on 24 November 2012 killed more than a hundred workers."
        + SIGNED_EN
    )
    assert ("disaster", "2012", "BD") in analyse(en)


def test_a_war_against_a_country_and_a_hypothetical_war(analyse) -> None:  # type: ignore[no-untyped-def]
    it = (
        "Dichiarazione\n\nContro la guerra\n\n10 giugno 2024\n\n"
        "Il governo sostiene la guerra di Israele contro Gaza e taglia la sanità e la scuola per "
        "pagare le armi.\n\nFirmatari:\nPartito Operaio del Nord (PON) – Italia\n"
        "Lega Rossa (LR) – Spagna\n"
    )
    wars = {e for e in analyse(it) if e[0] == "war"}
    assert wars and all(e[2] == "PS" for e in wars)
    en = (
        "Resolution\n\nStop the war!\n\n7 October 2024\n\n"
        "A war against Iran would set the whole region on fire." + SIGNED_EN
    )
    assert not {e for e in analyse(en) if e[0] == "war"}


def test_a_massacre_is_not_placed_beyond_another_events_word(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Resolution\n\nSolidarity with Palestine\n\n7 October 2024\n\n"
        "Israel's wars have not stopped at its borders: the massacre of Sabra and Shatila in September "
        "1982 and the war against Lebanon in July 2006 cost thousands of lives." + SIGNED_EN
    )
    assert ("attack", "1982", "IL") not in analyse(text)


def test_well_known_events_of_the_gazetteer(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Statement\n\nLong live the resistance!\n\n1 May 2024\n\n"
        "The Palestinian people have resisted since the Nakba. The First Intifada showed their strength. "
        "The Gezi resistance showed what the youth of Turkey can do. The Rana Plaza collapse killed "
        "workers in Bangladesh." + SIGNED_EN
    )
    assert {"nakba", "first-intifada", "gezi-park-protests", "rana-plaza-collapse"} <= analyse(
        text, keys=True
    )
