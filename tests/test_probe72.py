"""Defects of the Middle East and North Africa probe (probe 72): a signatory's name in its
own script (or language) after a dash, once its acronym's and country's brackets had closed
("… (Iraq) – حزب …"), stayed part of its English name; a letterhead whose second line says
"Organisation membre de l'ICOR" was taken for the title, and the text lost its dateline; a
Turkish network name without its genitive ending ("… Parti ve Örgütler Uluslararası
Konferansı") made its letterhead line a signatory; "le renversement d'X al-Y" (an elided
article, a particle joined by a hyphen), "X a été contraint de démissionner", "the explosion
of the port of …", "explodierten im Hafen von …", the Turkish "direniş", "gassed the Kurds
of …" and "les révolutions tunisienne et égyptienne" were no events, and an overthrow told
after "Au Soudan, …" took the paragraph's earlier country. Invented parties and persons;
real countries. Each test fails on the code before the fix."""

from __future__ import annotations

import pytest
from helpers import labelled_events, titles_and_dates

from movement_graph.extract.entries import parse_entry
from movement_graph.extract.networks import pattern_hits


def test_a_name_in_its_own_script_after_the_brackets_is_the_native_name() -> None:
    e = parse_entry("Workers' Union of Atlantis (WUA) (Iraq) – اتحاد العمال الأطلنطي")
    assert (e.name, e.acronym, e.native_name, e.native_lang) == (
        "Workers' Union of Atlantis",
        "WUA",
        "اتحاد العمال الأطلنطي",
        "ar",
    )
    assert e.country is not None and e.country.iso2 == "IQ"
    e = parse_entry("Red League of Lemuria (Marxist-Leninist) (Iran) – سازمان سرخ لموریا (م-ل)")
    assert e.name == "Red League of Lemuria (Marxist-Leninist)"
    assert e.native_name == "سازمان سرخ لموریا (م-ل)"
    assert e.country is not None and e.country.iso2 == "IR"


def test_a_native_name_in_latin_letters_after_the_brackets_is_the_native_name() -> None:
    e = parse_entry("Party of the Toilers of Atlantis (EPA) (Turkey) – Atlantis Emekçi Partisi")
    assert (e.name, e.acronym, e.native_name) == (
        "Party of the Toilers of Atlantis",
        "EPA",
        "Atlantis Emekçi Partisi",
    )
    assert e.country is not None and e.country.iso2 == "TR"
    # a country or a second English name after the dash is no native name
    assert parse_entry("Party of the Toilers of Atlantis (EPA) – Turkey").native_name is None


def test_a_turkish_network_name_without_its_genitive_is_the_network() -> None:
    line = "Marksist-Leninist Parti ve Örgütler Uluslararası Konferansı üyesi"
    assert any(key == "ICMLPO" for _s, _e, key, _w in pattern_hits(line))
    line = "Devrimci Parti ve Örgütler Uluslararası Koordinasyonu üyesi"
    assert any(key == "ICOR" for _s, _e, key, _w in pattern_hits(line))


def test_a_membership_line_under_the_partys_name_is_its_letterhead() -> None:
    text = (
        "Voie Ouvrière de l'Atlantide (VOA)\n"
        "Organisation membre de l'ICOR – Coordination Internationale des Partis et Organisations "
        "Révolutionnaires\n\n"
        "Solidarité avec les mineurs de Jerada !\n\n"
        "Rabat, le 3 mars 2018\n\n"
        "Les mineurs de Jerada sont en lutte depuis décembre. La VOA exige la libération des "
        "détenus et appelle à la solidarité internationale.\n"
    )
    assert titles_and_dates(text) == [("Solidarité avec les mineurs de Jerada !", "2018-03-03")]


def _fr(body: str) -> list[tuple[str, str, str | None, str | None]]:
    return labelled_events(
        "Déclaration\n\nSalut aux peuples en lutte !\n\nParis, le 20 avril 2019\n\n"
        f"{body}\n\nLes partis appellent les travailleurs à la solidarité internationale avec "
        "tous les peuples en lutte contre la dictature.\n"
    )


@pytest.mark.model
def test_the_overthrow_of_a_ruler_after_an_elided_article_in_the_country_that_opens_it() -> None:
    body = (
        "Depuis février, le peuple algérien manifeste par millions contre le régime. Au Soudan, "
        "le soulèvement a abouti, le 11 avril 2019, au renversement d'Ahmed al-Karim par l'armée, "
        "après trente ans de dictature."
    )
    found = _fr(body)
    assert ("crisis", "Fall of the Ahmed al-Karim regime in Sudan", "2019-04-11", "SD") in found


@pytest.mark.model
def test_a_forced_resignation_told_in_the_passive() -> None:
    body = (
        "Le 25 janvier 2011, la jeunesse égyptienne a occupé les places et, le 11 février 2011, "
        "Karim Hamdi a été contraint de démissionner après dix-huit jours de soulèvement."
    )
    found = _fr(body)
    assert ("crisis", "Resignation of Karim Hamdi in Egypt", "2011-02-11", "EG") in found


@pytest.mark.model
def test_two_revolutions_named_by_one_plural_word_and_two_adjectives() -> None:
    body = (
        "Ces soulèvements prolongent les révolutions tunisienne et égyptienne de 2011 et les luttes "
        "des peuples de la région contre les dictatures."
    )
    found = _fr(body)
    assert any(t == "revolution" and c == "TN" and d and d.startswith("2011") for t, _l, d, c in found)
    assert any(t == "revolution" and c == "EG" and d and d.startswith("2011") for t, _l, d, c in found)


@pytest.mark.model
def test_an_explosion_of_a_port_and_a_gas_attack_told_by_its_verb() -> None:
    text = (
        "Statement\n\nNo to Imperialism in the Middle East!\n\nLondon, 20 March 2023\n\n"
        "The people of Lebanon, who suffered the explosion of the port of Beirut in August 2020, "
        "know this enemy. The Kurds have not forgotten Halabja, where on 16 March 1988 the "
        "Baathist regime gassed 5,000 people, nor the massacres in Iranian jails.\n\n"
        "We call on the workers of the world to organise solidarity.\n"
    )
    found = labelled_events(text)
    assert any(t == "disaster" and d == "2020-08" and c == "LB" for t, _l, d, c in found)
    assert ("attack", "1988 chemical attack in Iraq", "1988-03-16", "IQ") in found
    tear = (
        "Statement\n\nSolidarity with the Marchers!\n\nLondon, 20 March 2023\n\n"
        "On 3 March 2023 the police tear-gassed the marchers in Ankara, Turkey.\n"
    )
    assert not any(t == "attack" for t, *_ in labelled_events(tear))


@pytest.mark.model
def test_an_explosion_told_by_a_german_verb_at_a_site() -> None:
    text = (
        "Erklärung\n\nSolidarität mit dem Volk des Libanon!\n\nBerlin, 6. August 2020\n\n"
        "Am 4. August 2020 explodierten im Hafen von Beirut Tausende Tonnen Ammoniumnitrat, die "
        "seit Jahren ungesichert gelagert waren. Die Explosion ist ein Verbrechen der Oligarchie, "
        "die das Land ausplündert. Wir erklären unsere Solidarität mit den Opfern.\n"
    )
    found = labelled_events(text)
    assert any(t == "disaster" and d == "2020-08-04" and c == "LB" for t, _l, d, c in found)
    prices = text.replace("explodierten im Hafen von Beirut Tausende Tonnen", "explodierten die Preise")
    assert not any(t == "disaster" and d == "2020-08-04" for t, _l, d, c in labelled_events(prices))


@pytest.mark.model
def test_a_turkish_resistance_with_its_case_ending_is_a_protest() -> None:
    text = (
        "Açıklama\n\nDireniş Sürüyor!\n\nAnkara, 15 Temmuz 2017\n\n"
        "Saray rejimi bu saldırganlığa bugün başlamadı. 28 Mayıs 2013'te İstanbul'da bir parkın "
        "yıkılmasına karşı başlayan direniş bütün ülkeye yayıldığında, polis on binlerce gence gaz "
        "sıktı. Bu mücadele işçiler ve emekçiler için bir okul oldu ve olmaya devam ediyor. Gerçek "
        "demokrasi ancak işçi sınıfının ve emekçilerin örgütlü mücadelesiyle kazanılacaktır.\n"
    )
    found = labelled_events(text)
    assert any(t == "protest" and d == "2013-05-28" and c == "TR" for t, _l, d, c in found)


@pytest.mark.model
def test_a_death_whose_person_follows_the_german_verb() -> None:
    text = (
        "Resolution\n\nEin Jahr Aufstand im Iran!\n\nBerlin, 16. September 2023\n\n"
        "Heute vor einem Jahr, am 16. September 2022, starb die junge Studentin Leyla Baran Tabrizi "
        "in Teheran im Gewahrsam der Sittenpolizei. Nach ihrem Tod erhoben sich im ganzen Land die "
        "Frauen und die Arbeiter. Wir grüßen die kämpfenden Frauen und Arbeiter des Iran.\n"
    )
    found = labelled_events(text)
    assert any(t == "death" and "Leyla Baran Tabrizi" in lab and d == "2022-09-16" for t, lab, d, _c in found)


def test_a_date_after_a_superlative_and_since_bounds_a_comparison() -> None:
    from movement_graph.extract.events import _compared_since

    for text in (
        "Her death set off the largest uprising Atlantis has seen since 1979",
        "C'est la plus grande grève que le pays ait connue depuis 1995",
        "Es war der größte Streik seit 1984",
    ):
        assert _compared_since(text, len(text) - 4), text
    text = "The largest union of the port has been on strike since 3 March"
    assert not _compared_since(text, text.index("3 March"))


@pytest.mark.model
def test_an_event_is_not_dated_by_the_bound_of_a_comparison() -> None:
    text = (
        "Statement\n\nWoman, Life, Freedom!\n\nStockholm, 24 September 2022\n\n"
        "On 16 September 2022, a young woman died in the custody of the police in Tehran. Her death "
        "set off the largest uprising Iran has seen since 1979.\n\n"
        "We call on the workers of the world to organise solidarity.\n"
    )
    found = labelled_events(text)
    assert not any(d and d.startswith("1979") for _t, _l, d, _c in found)
    assert any(t == "protest" and c == "IR" and d and d.startswith("2022") for t, _l, d, c in found)
