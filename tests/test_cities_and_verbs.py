"""Places given by their city, and events told by verbs in the networks' other languages:
a meeting "réunie à Abidjan", a dateline "Quito, 24 de noviembre de
2019", a coup "à Niamey"; coups and killings told by their verbs ("ont pris le pouvoir",
"yönetime el koydu", "fue asesinada"); "in diesem Land"; one coup word before a list of
countries in French or Spanish; the German verb "war".

Invented parties; real countries, cities and events.
"""

from __future__ import annotations

import pytest
from helpers import source

from movement_graph.extract.cities import find_cities, resolve
from movement_graph.extract.countries import find_countries
from movement_graph.extract.networks import conference_place, conferences, network_mentions
from movement_graph.model import Document
from movement_graph.segment import segment

# ----------------------------------------------------------------------------- the table


def test_the_city_table_is_well_formed() -> None:
    """Every row has a name and known ISO codes; no name is also a country's name (the
    country finder reads those), and no name stands for two rows."""
    from movement_graph.reference import load_cities, load_countries

    codes = {c.iso2 for c in load_countries()}
    seen: dict[str, str] = {}
    for city in load_cities():
        assert city.name and city.iso2
        assert set(city.iso2) <= codes, city
        for name in [city.name, *city.aliases]:
            assert name not in seen or seen[name] == city.name, name
            seen[name] = city.name
            hits = list(find_countries(name))
            assert not any(h.start == 0 and h.end == len(name) for h in hits), name


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Les militaires ont pris le pouvoir à Niamey.", [("Niamey", ("NE",))]),
        ("Myanmar'da ordu Naypyidaw'da yönetime el koydu", [("Naypyidaw", ("MM",))]),
        ("Hrant Dink, 19 Ocak 2007'de İstanbul'da öldürüldü", [("İstanbul", ("TR",))]),
        ("the Paris Commune, George Washington and the Istanbul Convention", []),
        ("En Quito se reunieron", [("Quito", ("EC",))]),
        ("Soma-se a isso", []),
    ],
)
def test_find_cities(text: str, found: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(h.text, h.codes) for h in find_cities(text)] == found


def test_a_name_of_several_cities_needs_one_of_its_countries_named() -> None:
    assert resolve(("BO", "MX"), {"BO", "PE"}) == "BO"
    assert resolve(("BO", "MX"), {"BO", "MX"}) is None
    assert resolve(("BO", "MX"), set()) is None


# ----------------------------------------------------------------------------- meetings


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("La Conférence continentale, réunie à Abidjan les 13 et 14 octobre 2023, a adopté …", "CI"),
        ("The European Regional Meeting was held in Lisbon on 22 and 23 October 2022.", "PT"),
        ("La Reunión Regional, celebrada en Quito los días 22 y 23 de noviembre de 2019, saluda …", "EC"),
        ("Die Konferenz tagte in Wien im Februar 2022.", "AT"),
        ("The Plenary condemned the coup in Niamey.", None),
    ],
)
def test_a_meetings_place_by_its_city(sentence: str, country: str | None) -> None:
    assert conference_place(sentence, 4) == country


def test_a_meeting_without_a_place_was_held_where_its_text_is_dated() -> None:
    text = (
        "DECLARACIÓN DE LA REUNIÓN REGIONAL DE LA CIPOML\n\nQuito, 24 de noviembre de 2019\n\n"
        "Los delegados de los partidos de la región analizaron la situación política del continente y "
        "las tareas de los revolucionarios en la lucha contra el imperialismo y la reacción.\n"
    )
    (d,) = segment(source(text))
    found = list(conferences(d, network_mentions(d)))
    assert [(c.network, c.kind, c.place) for c in found] == [("ICMLPO", "meeting", "EC")]


def test_a_meetings_date_is_not_its_texts_dateline() -> None:
    """The dateline under a title naming the meeting dates the text, not the meeting."""
    text = (
        "RÉSOLUTION DE LA CONFÉRENCE CONTINENTALE AFRICAINE DE L'ICOR\n\nAbidjan, le 15 octobre 2023\n\n"
        "Les délégations de six organisations membres ont adopté à l'unanimité la résolution suivante "
        "sur la situation du continent et les tâches des révolutionnaires.\n"
    )
    (d,) = segment(source(text))
    found = list(conferences(d, network_mentions(d)))
    assert [(c.date, c.place) for c in found] == [("2023-10", "CI")]


# ----------------------------------------------------------------------------- events


@pytest.fixture(scope="module")
def analyse(analyses):  # type: ignore[no-untyped-def]
    def run(text: str):  # type: ignore[no-untyped-def]
        (a,) = analyses(text)
        return {(e.type, e.date[:4] if e.date else None, e.country) for e in a.events}

    return run


FR = (
    "Résolution sur l'Afrique de l'Ouest\n\nDakar, le 20 octobre 2023\n\n"
    "1. Les coups d'État se succèdent : au Mali en août 2020 et en mai 2021, en Guinée en septembre "
    "2021, au Burkina Faso en janvier et en septembre 2022. À Niamey, les militaires ont pris le "
    "pouvoir le 26 juillet 2023.\n\n"
    "2. Nous rendons hommage à Thomas Sankara, qui a été assassiné à Ouagadougou le 15 octobre 1987.\n\n"
    "3. Au Kenya, le gouvernement a augmenté les taxes. Dans ce pays, les manifestations contre la vie "
    "chère de juillet 2023 ont été réprimées.\n"
)


def test_french_coups_deaths_and_this_country(analyse) -> None:  # type: ignore[no-untyped-def]
    found = analyse(FR)
    assert {
        ("coup", "2020", "ML"),
        ("coup", "2021", "ML"),
        ("coup", "2021", "GN"),
        ("coup", "2022", "BF"),
        ("coup", "2023", "NE"),
        ("death", "1987", "BF"),
        ("protest", "2023", "KE"),
    } <= found


def test_turkish_coups_told_by_their_verb(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cuntaya karşı direniş bizim direnişimizdir!\n\nİstanbul, 3 Mart 2021\n\n"
        "Myanmar'da ordu 1 Şubat'ta başkent Naypyidaw'da yönetime el koydu. İşçiler sokaklara döküldü.\n\n"
        "Türkiye halkı askeri darbelerin ne anlama geldiğini iyi bilir. 12 Eylül 1980'de ordu yönetime el "
        "koydu; on binlerce devrimci işkenceden geçirildi.\n\n"
        "Gazeteci Hrant Dink, 19 Ocak 2007'de İstanbul'da öldürüldü.\n\n"
        "Devrimci işçi ve emekçi halk için: yaşasın devrimci dayanışma ve halkların kardeşliği!\n"
    )
    found = analyse(text)
    assert {("coup", "2021", "MM"), ("coup", "1980", "TR"), ("death", "2007", "TR")} <= found
    assert ("coup", "1980", "MM") not in found


def test_german_coups_attacks_elections_and_the_verb_war(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Erklärung\n\nBerlin, 19. Februar 2022\n\n"
        "Heute vor zwei Jahren, am 19. Februar 2020, ermordete ein Faschist neun Menschen. Der rassistische "
        "Anschlag in Hanau war kein Einzelfall. Auch nach der Bundestagswahl vom 26. September 2021 hat "
        "sich in Deutschland nichts geändert. In Khartum hat das Militär am 25. Oktober 2021 die Macht übernommen.\n\n"
        "Wir blicken auch nach Kasachstan. In diesem Land wurden im Januar die Massenproteste blutig "
        "niedergeschlagen.\n\nDie Arbeiter und die Völker der Welt kämpfen für die Befreiung und für den "
        "Sozialismus, gegen die Ausbeutung und die Unterdrückung durch das Kapital.\n"
    )
    found = analyse(text)
    assert {
        ("attack", "2020", "DE"),
        ("election", "2021", "DE"),
        ("coup", "2021", "SD"),
        ("protest", "2022", "KZ"),
    } <= found
    assert not any(t == "war" for t, _, _ in found)


def test_spanish_list_of_coups_deaths_and_a_massacres_own_date(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Resolución\n\nCiudad de México, 26 de septiembre de 2016\n\n"
        "El 19 de junio, la Policía Federal disparó contra maestros en Nochixtlán: ocho muertos. La masacre "
        "de Nochixtlán en Oaxaca tuvo lugar en plena huelga de maestros contra la reforma educativa, iniciada el 15 "
        "de mayo.\n\n"
        "En Honduras, la dirigente indígena Berta Cáceres fue asesinada el 3 de marzo en La Esperanza.\n\n"
        "La historia de América Latina está marcada por los golpes militares: en Guatemala en 1954, en "
        "Brasil en 1964, en Chile y Uruguay en 1973, en Argentina en 1976 y en Honduras en 2009.\n"
    )
    found = analyse(text)
    assert {
        ("attack", "2016", "MX"),  # placed by the city in its own phrase
        ("death", "2016", "HN"),
        ("coup", "1954", "GT"),
        ("coup", "1964", "BR"),
        ("coup", "1973", "CL"),
        ("coup", "1973", "UY"),
        ("coup", "1976", "AR"),
        ("coup", "2009", "HN"),
    } <= found


def test_an_unknown_place_after_the_word_keeps_another_events_country(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Statement\n\n13 May 2024\n\n"
        "The floods in Derna in September 2023 and the shipwreck off Cutro in February 2023 show the same "
        "logic of profit on both shores of the sea.\n"
    )
    found = analyse(text)
    assert ("disaster", "2023", "LY") in found
    assert len([f for f in found if f[2] == "LY"]) == 1


def test_a_closing_dateline_done_at_a_city() -> None:
    text = (
        "Déclaration de la rencontre régionale des partis africains de la CIPOML\n\n"
        "Les délégués des partis et organisations ont analysé la situation politique du continent et "
        "défini leurs tâches communes dans la lutte contre l'impérialisme et la réaction.\n\n"
        "Fait à Dakar, le 6 février 2022\n"
    )
    (d,) = segment(source(text))
    assert [c.place for c in conferences(d, network_mentions(d))] == ["SN"]


def test_a_capital_standing_for_its_government_places_nothing(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fifty years after the coup\n\n11 September 2023\n\n"
        "This coup, prepared in Washington with the help of the CIA, opened years of terror. Orders from"
        " Paris decided the coup that followed.\n"
    )
    assert not [f for f in analyse(text) if f[2] in ("US", "FR")]


def test_a_peoples_own_disaster_at_an_unknown_place_is_in_their_country(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "May Day 2023\n\n1 May 2023\n\n"
        "Last March, the Greek youth rose up after the train disaster at Tempi, which killed 57 people.\n"
    )
    assert ("disaster", "2023", "GR") in analyse(text)


def test_plural_disasters_take_no_date_of_another_event_in_their_clause(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Declaration\n\nMadrid, November 2024\n\n"
        "The workers of Spain are fighting back.\n\n"
        "The earthquake in the Al Haouz region of Morocco in September last year and the floods in Valencia"
        " have shown that the so-called natural disasters hit the poor hardest.\n"
    )
    found = analyse(text)
    assert ("disaster", "2023", "MA") in found
    assert ("disaster", "2023", "ES") not in found


def test_a_turkish_slogan_in_capitals_is_read_without_error(analyse) -> None:  # type: ignore[no-untyped-def]
    # "MAYIS" in capitals: case-insensitive matching finds it, its lower case is no key
    text = (
        "Ortak Açıklama\n\nİstanbul, 3 Mayıs 2023\n\n"
        "Bu yılın 1 Şubat'ında Ankara'da işçiler genel grev yaptı ve polis saldırısına rağmen fabrikaları"
        " işgal ettiler. İşçi sınıfı ve emekçiler birliğini güçlendiriyor. YAŞASIN 1 MAYIS! YAŞASIN 1 NİSAN!\n"
    )
    assert isinstance(analyse(text), set)


def test_the_join_of_a_list_of_countries_is_linear_on_a_long_blanked_aside() -> None:
    from movement_graph.extract.events import _JOIN

    # an aside of dates and brackets blanked to spaces: one "\s*" run, not five side by side
    assert _JOIN.fullmatch(" " * 300 + "but not in ") is None
    assert _JOIN.fullmatch(", and again in the ") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Seul le prolétariat peut mener cette lutte jusqu'au bout.",
        "En Antioquia y Cauca, el ejército asesinó a dirigentes campesinos.",
        "the Strait of Tiran was closed to shipping",
    ],
)
def test_words_and_other_places_that_only_look_like_a_city(text: str) -> None:
    assert list(find_cities(text)) == []


def test_a_city_two_countries_name_needs_one_of_them_named() -> None:
    (lagos,) = find_cities("el gobierno de Lagos privatizó el cobre")
    assert resolve(lagos.codes, {"CL"}) is None
    assert resolve(lagos.codes, {"NG"}) == "NG"


def test_a_dateline_that_closes_the_text_leaves_the_story_its_dates(analyse) -> None:  # type: ignore[no-untyped-def]
    body = (
        "El 19 de junio, la Policía Federal disparó contra maestros en Nochixtlán: ocho muertos. Los"
        " trabajadores y los pueblos de México exigen justicia.\n\nLa masacre de Nochixtlán sigue impune.\n\n"
        "¡Viva la lucha de los pueblos del mundo y de la clase obrera!\n\n"
    )
    top = "Resolución sobre México\n\nCiudad de México, 26 de septiembre de 2016\n\n" + body
    bottom = "Resolución sobre México\n\n" + body + "Ciudad de México, 26 de septiembre de 2016\n"
    assert ("attack", "2016", "MX") in analyse(top)
    assert ("attack", "2016", "MX") in analyse(bottom)


def test_a_meeting_named_with_its_city_right_after_its_name() -> None:
    from movement_graph.extract.networks import conferences, network_mentions

    text = (
        "Resolution on the strikes\n\n5 May 2023\n\n"
        "The 7th Plenary of the ICMLPO in Lisbon adopted a resolution on the strikes. The Plenary"
        " condemned the coup in Niamey.\n"
    )
    d = Document(file="t.txt", index=0, start=0, end=len(text), text=text, title="Resolution on the strikes")
    places = {c.place for c in conferences(d, list(network_mentions(d)))}
    assert places == {"PT"}


def test_a_meetings_place_from_a_later_mention() -> None:
    from movement_graph.extract.networks import conferences, network_mentions

    text = (
        "Resolution of the 7th Plenary\n\n5 May 2023\n\n"
        "The 7th Plenary of the ICMLPO in Lisbon adopted a resolution on the strikes. The Plenary"
        " condemned the coup in Niamey.\n"
    )
    d = Document(
        file="t.txt", index=0, start=0, end=len(text), text=text, title="Resolution of the 7th Plenary"
    )
    found = list(conferences(d, list(network_mentions(d))))
    assert [(c.quote.text, c.place) for c in found] == [("the 7th Plenary", "PT")]
