"""Probe 29 (events told by verbs, and who died): English passive killings of a person ("X
was shot dead by police"), firing on a crowd by a force named earlier in the clause, police
shooting protesters dead; killings and deaths told by verbs in French, German, Spanish,
Portuguese, Italian, Turkish and Russian ("est mort", "a été tué", "tuait", "murió",
"foram massacrados", "hayatını kaybetti", "расстреляла"); a crowd as the object of a verb
of killing; the gas disaster; a massacre on the day of a disaster it names is that
disaster; "N лет назад". Invented names; each test fails on the code before the probe (the
guards excepted, which say so)."""

from __future__ import annotations

from helpers import events as _events
from helpers import has_event as _has

SIGN_EN = "\n\nSigned:\nWorkers' League of Atlantis (WLA)\nRevolutionary Circle of Lemuria (RCL)\n"
SIGN_FR = "\n\nSignataires :\nLigue Ouvrière d'Atlantide (LOA)\nCercle Révolutionnaire de Lémurie (CRL)\n"
SIGN_ES = "\n\nFirman:\nLiga Obrera de Atlántida (LOA)\nCírculo Revolucionario de Lemuria (CRL)\n"
SIGN_TR = "\n\nİmzacılar:\nAtlantis İşçi Birliği (AİB)\nLemurya Devrimci Çevresi (LDÇ)\n"


def test_english_passive_killing_of_a_person() -> None:
    text = (
        "Justice for Tomas!\n\n12 March 2012\n\n"
        "Tomas Verhoeven, a young worker, was shot dead by police in France on 3 March 2011. "
        "Daniel Roberts was killed by police in France on 9 June 2010." + SIGN_EN
    )
    ev = _events(text)
    assert _has(ev, "death", "2011-03-03", "FR"), ev
    assert _has(ev, "death", "2010-06-09", "FR"), ev


def test_fire_opened_by_a_force_named_earlier_in_the_clause() -> None:
    text = (
        "Remember the strikers!\n\n2 May 2017\n\n"
        "On 14 April 2016, heavily armed units of the Riot Police Brigade opened fire on the strikers "
        "in Abuja, killing 11 workers." + SIGN_EN
    )
    assert _has(_events(text), "attack", "2016-04-14", "NG")


def test_police_shot_dead_protesters() -> None:
    text = "Solidarity!\n\n2 July 2015\n\nOn 9 June 2015, police shot dead protesters in Lima." + SIGN_EN
    assert _has(_events(text), "attack", "2015-06-09", "PE")


def test_guard_opened_fire_without_a_force_is_no_event() -> None:
    """Guard (passes on the old code too): a figure of speech, no force fires."""
    text = (
        "On the budget\n\n2 June 2019\n\n"
        "On 3 May 2019 the opposition opened fire on the strikers' demands in Lagos, killing the reform."
        + SIGN_EN
    )
    assert not [e for e in _events(text) if e[0] in ("attack", "protest")]


def test_french_deaths_told_by_verbs() -> None:
    text = (
        "Contre les violences policières\n\nLe 5 mai 2001\n\n"
        "Jean Dufresnoy est mort le 4 avril 1999 à Lyon, frappé par des policiers. "
        "Karim Benhamou a été tué le 8 juin 2000 à Marseille par un gendarme. "
        "Le 2 mai 1970, la police tuait sept manifestants à Marseille." + SIGN_FR
    )
    ev = _events(text)
    assert _has(ev, "death", "1999-04-04", "FR"), ev
    assert _has(ev, "death", "2000-06-08", "FR"), ev
    assert _has(ev, "attack", "1970-05-02", "FR"), ev


def test_spanish_crowd_killed_and_passive_plural_count() -> None:
    text = (
        "¡Justicia!\n\n10 de agosto de 2002\n\n"
        "El 3 de mayo de 2001 la policía asesinó a los huelguistas en Bolivia. "
        "El 7 de julio de 1995, 40 presos fueron masacrados por la guardia en Venezuela. "
        "Ramón Quispe Mamani murió el 2 de junio de 2002 en Bolivia." + SIGN_ES
    )
    ev = _events(text)
    assert _has(ev, "attack", "2001-05-03", "BO"), ev
    assert _has(ev, "attack", "1995-07-07", "VE"), ev
    assert _has(ev, "death", "2002-06-02", "BO"), ev


def test_massacre_on_the_day_of_a_disaster_is_that_disaster() -> None:
    text = (
        "Hesap soracağız!\n\n20 Mart 2010\n\n"
        "3 Mart 2010'da Türkiye'de bir maden ocağında grizu patlamasında 30 maden işçisi öldü. "
        "Bu katliamın sorumluları hâlâ yargılanmadı. Mehmet Ali Kaya 5 Mart 2010'da Türkiye'de "
        "hayatını kaybetti." + SIGN_TR
    )
    ev = _events(text)
    assert _has(ev, "disaster", "2010-03-03", "TR"), ev
    assert not [e for e in ev if e[0] == "attack"], ev
    assert _has(ev, "death", "2010-03-05", "TR"), ev


def test_gas_disaster() -> None:
    text = (
        "Profit kills\n\n1 July 2001\n\n"
        "The gas leak at a chemical plant in Mumbai on 5 June 2001 killed 20 workers." + SIGN_EN
    )
    assert _has(_events(text), "disaster", "2001-06-05", "IN")


def test_russian_years_ago() -> None:
    from movement_graph.extract.events import _YEARS_AGO_N

    assert any(p.search("Десять лет назад, 16 декабря") for p in _YEARS_AGO_N)


def test_guard_active_had_killed_is_no_death_of_a_place() -> None:
    """Guard: "the collapse of the dam at Mariana had already killed 19 people" is no death
    of a person named Mariana (the passive "was killed" only)."""
    text = (
        "Profit kills\n\n1 July 2016\n\n"
        "On 5 November 2015 the collapse of the Fundão dam at Mariana had already killed 19 people." + SIGN_EN
    )
    assert not [e for e in _events(text) if e[0] == "death"]


def test_years_ago_places_the_anniversary_the_title_tells() -> None:
    text = (
        "30e anniversaire de l'assassinat de Jean Kaboré : la lutte continue\n\nLe 15 octobre 2017\n\n"
        "Il y a trente ans, le 15 octobre 1987, Jean Kaboré et dix compagnons étaient assassinés à "
        "Ouagadougou." + SIGN_FR
    )
    ev = _events(text)
    assert _has(ev, "anniversary", "2017-10-15", "BF"), ev
    assert _has(ev, "death", "1987-10-15", "BF"), ev
