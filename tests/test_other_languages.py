"""Texts in the networks' other languages: list introductions, head words, names written as
entries are, the networks' names, datelines, page furniture, ordinals, the model's events.

Invented parties; real countries and languages.
"""

from __future__ import annotations

import pytest
from helpers import source

from movement_graph.extract import document as document_module
from movement_graph.extract.dates import find_dates, is_date_line
from movement_graph.extract.lists import and_split, find_lists
from movement_graph.extract.networks import attribute, conferences, network_mentions
from movement_graph.extract.organisations import from_lists
from movement_graph.extract.roles import role_of, says_member
from movement_graph.model import Document, Quote, Role
from movement_graph.segment import is_navigation

PROSE = "Los pueblos del mundo luchan contra la explotación y la guerra imperialista. " * 3


def doc(text: str, date: str | None = None) -> Document:
    return Document(
        file="t.txt", index=0, start=0, end=len(text), text=text, title=text.split("\n")[0], date=date
    )


def entries(text: str) -> list[tuple[str, str, str | None]]:
    d = doc(text)
    return [(m.name, m.role.value, m.country) for m in from_lists(find_lists(d), source=d)]


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("Firman:", Role.SIGNATORY),
        ("Signatarios:", Role.SIGNATORY),
        ("Suscriben:", Role.SIGNATORY),
        ("Adhieren:", Role.SIGNATORY),
        ("Organizações signatárias:", Role.SIGNATORY),
        ("Assinam:", Role.SIGNATORY),
        ("Hanno firmato:", Role.SIGNATORY),
        ("Aderiscono:", Role.SIGNATORY),
        ("İmzacı parti ve örgütler:", Role.SIGNATORY),
        ("IMZACILAR:", Role.SIGNATORY),
        # German compounds: the role word ends them
        ("Erstunterzeichnende Organisationen:", Role.SIGNATORY),
        ("Unterstützer:", Role.SIGNATORY),
        ("Konferenzteilnehmer:", Role.PARTICIPANT),
        ("Ont participé :", Role.PARTICIPANT),
        ("Katılan parti ve örgütler:", Role.PARTICIPANT),
        ("Observadores:", Role.GUEST),
        ("Partis membres:", Role.MEMBER),
        ("Üye partiler:", Role.MEMBER),
    ],
)
def test_list_introductions_in_other_languages(intro: str, role: Role) -> None:
    assert role_of(intro) is role


@pytest.mark.parametrize("text", ["Particularmente:", "Viva la lucha de los pueblos!", "Assim:"])
def test_other_words_give_no_role(text: str) -> None:
    assert role_of(text) is None


def test_member_words_of_other_languages_make_signatories_members() -> None:
    assert says_member("Partidos miembros firmantes:", Role.SIGNATORY)
    assert says_member("Üye partiler imzaladı:", Role.SIGNATORY)


def test_a_german_compound_introduction_before_a_closing_note_signs() -> None:
    text = (
        f"{PROSE}\n\nErstunterzeichnende Organisationen:\n"
        "Kommunistische Arbeiterpartei Ruritaniens (KAR)\n"
        "Revolutionäre Liga Kärntens (RLK)\n"
        "Proletarische Partei Tirols (PPT)\n\n"
        "Weitere Unterzeichnungen werden laufend veröffentlicht.\n"
    )
    assert {(n, r) for n, r, _ in entries(text)} == {
        ("Kommunistische Arbeiterpartei Ruritaniens", "signatory"),
        ("Revolutionäre Liga Kärntens", "signatory"),
        ("Proletarische Partei Tirols", "signatory"),
    }


def test_an_inline_list_under_firman() -> None:
    text = (
        f"{PROSE}\n\nFirman: Partido Obrero de Ara (POA), Argentina; Unión Proletaria de Bel (UPB), Chile y "
        "Movimiento Comunista del Sur (MCS), Perú.\n"
    )
    assert entries(text) == [
        ("Partido Obrero de Ara", "signatory", "AR"),
        ("Unión Proletaria de Bel", "signatory", "CL"),
        ("Movimiento Comunista del Sur", "signatory", "PE"),
    ]


@pytest.mark.parametrize(
    "entry",
    [
        "Burkina Faso : Noyau communiste du Sahel (NCS)",
        "Italie – Collettivo comunista proletario (CCP)",
        "Arbeiterkreis Nordmark (AKN), Allemagne",
        "Türkiye – Emekçi Komünistler Birliği (EKB)",
    ],
)
def test_new_head_words_of_other_languages(entry: str) -> None:
    text = f"{PROSE}\n\nSignataires :\n\nFrance : Parti ouvrier de Lys (POL)\nMali : Parti des travailleurs du Bani (PTB)\n{entry}\n"
    got = [n for n, _, _ in entries(text)]
    assert len(got) == 3, got


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        # no head word the reference list knows, but written as its siblings are
        ("Austria – Proletarische Linke Tirols (PLT)", "Proletarische Linke Tirols"),
        ("Mali: Cercle Rouge du Sahel", "Cercle Rouge du Sahel"),
        ("Acción Comunista de Ara (ACA) – Argentina", "Acción Comunista de Ara"),
    ],
)
def test_an_entry_without_a_head_word_written_as_its_siblings_are(entry: str, name: str) -> None:
    text = (
        f"{PROSE}\n\nSignatories:\n\nFrance: Workers' Party of Lys (WPL)\n{entry}\n"
        "Chile: Proletarian League of Bel (PLB)\n"
    )
    got = [n for n, _, _ in entries(text)]
    assert name in got and len(got) == 3, got


@pytest.mark.parametrize(
    "line",
    ["Further signatures will follow (see below)", "Mali: further texts to come", "Long live the (struggle)"],
)
def test_prose_among_entries_is_still_no_entry(line: str) -> None:
    text = (
        f"{PROSE}\n\nSignatories:\n\nFrance: Workers' Party of Lys (WPL)\n{line}\n"
        "Chile: Proletarian League of Bel (PLB)\n"
    )
    assert [n for n, _, _ in entries(text)] == ["Workers' Party of Lys", "Proletarian League of Bel"]


def test_an_inline_list_with_a_name_written_with_its_country_in_brackets() -> None:
    text = (
        f"{PROSE}\n\nSigned by: Proletarian Organisation of Lys (Senegal); Noir Rouge du Sahel (Burkina Faso); "
        "Workers' Party of Bel (Chile) and Red Circle of Ara (RCA).\n"
    )
    assert [n for n, _, _ in entries(text)] == [
        "Proletarian Organisation of Lys",
        "Noir Rouge du Sahel",
        "Workers' Party of Bel",
        "Red Circle of Ara",
    ]


def test_and_splits_a_name_that_has_its_country_in_brackets() -> None:
    chunk = "Noir Rouge du Sahel (Burkina Faso) and Parti des travailleurs du Bani (PTB)"
    left, right = and_split(chunk)  # type: ignore[misc]
    assert (chunk[:left], chunk[right:]) == (
        "Noir Rouge du Sahel (Burkina Faso)",
        "Parti des travailleurs du Bani (PTB)",
    )


@pytest.mark.parametrize(
    ("text", "network"),
    [
        ("Marksist-Leninist Parti ve Örgütlerin Uluslararası Konferansı'nın açıklaması", "ICMLPO"),
        ("MLPÖUK açıklaması: depremzedelerle dayanışma", "ICMLPO"),
        (
            "Dichiarazione della Conferenza Internazionale dei Partiti e delle Organizzazioni Marxisti-Leninisti",
            "ICMLPO",
        ),
        ("Declaração da Coordenação Internacional dos Partidos e Organizações Revolucionárias", "ICOR"),
        (
            "Risoluzione del Coordinamento Internazionale dei Partiti e delle Organizzazioni Rivoluzionarie",
            "ICOR",
        ),
        ("Devrimci Parti ve Örgütlerin Uluslararası Koordinasyonu'nun çağrısı", "ICOR"),
    ],
)
def test_the_networks_names_in_turkish_italian_and_portuguese(text: str, network: str) -> None:
    d = doc(text + "\n\nLos pueblos luchan.", "2023-02-10")
    ms = network_mentions(d)
    assert attribute(d, ms, list(conferences(d, ms)))[0] == (network,)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Caracas, 1° de mayo de 2023", "2023-05-01"),
        ("Lisboa, 1.º de maio de 2023", "2023-05-01"),
        ("Paris, le 1ᵉʳ mai 2023", "2023-05-01"),
        ("Quito, noviembre del 2019", "2019-11"),
        ("Bogotá, 3 de octubre del 2022", "2022-10-03"),
        # a kind of text and its issuer, in the text's language, before the date
        ("Déclaration de l'ICOR, le 15 avril 2024", "2024-04-15"),
        ("Declaración de la CIPOML, 1 de mayo de 2023", "2023-05-01"),
        ("Erklärung der ICOR, 3. Oktober 2022", "2022-10-03"),
        ("Berlin, den 3. Oktober 2022", "2022-10-03"),
    ],
)
def test_datelines_of_other_languages(line: str, iso: str) -> None:
    assert is_date_line(line)
    assert [d.iso for d in find_dates(line)] == [iso]


@pytest.mark.parametrize(
    "line",
    ["Wir trafen uns am 3. Oktober 2022.", "Déclaration sur la grève qui a commencé le 15 avril 2024"],
)
def test_sentences_with_dates_are_no_datelines(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    ("line", "nav"),
    [
        ("Accueil » Déclarations » 2023", True),
        ("Inicio › Documentos › Resoluciones", True),
        ("Partager : Facebook | Twitter | E-mail", True),
        ("Compartir en: Facebook", True),
        ("Vous êtes ici : Accueil / Déclarations", True),
        ("Startseite", True),
        ("Teilen der Arbeiterklasse sind wütend.", False),
        ("La lutte continue » jusqu'à la victoire", False),
    ],
)
def test_page_furniture_in_other_languages(line: str, nav: bool) -> None:
    assert is_navigation(line) is nav


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("XXVe Plénière de la CIPOML, Paris, novembre 2019. Les partis ont adopté une déclaration.", 25),
        ("La 25e Plénière de la CIPOML a eu lieu en novembre 2019.", 25),
        ("El XXV Pleno de la CIPOML se reunió en noviembre de 2019.", 25),
        ("El 25° Pleno de la CIPOML se reunió en noviembre de 2019.", 25),
    ],
)
def test_plenaries_numbered_the_french_and_spanish_ways(text: str, ordinal: int) -> None:
    d = doc(text)
    [conf] = conferences(d, network_mentions(d))
    assert (conf.network, conf.kind, conf.ordinal) == ("ICMLPO", "plenary", ordinal)


def test_a_one_letter_word_before_a_meeting_word_is_no_roman_ordinal() -> None:
    # "Le", "Ce", "De" are L, C and D with a French ordinal's "e"
    d = doc("Le Plénum de la CIPOML a salué la grève. Ce Plénum a eu lieu en novembre 2019.")
    assert all(c.ordinal is None for c in conferences(d, network_mentions(d)))


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pytest.importorskip("spacy")
    from movement_graph.nlp import build_nlp

    return build_nlp()  # the pipeline's tokenizer, which splits elisions


@pytest.mark.model
def test_the_model_s_events_are_not_read_in_another_language(nlp) -> None:  # type: ignore[no-untyped-def]
    from movement_graph.extract.events import events

    text = "Saludamos a los obreros del Reino Unido que han realizado las mayores huelgas en décadas."
    source = doc(text, "2023-05-01")
    parsed = nlp(text)
    assert any(e.label_ == "EVENT" for e in parsed.ents)  # the English model's reading of Spanish
    assert any("Reino Unido" in e.quote.text for e in events(parsed, source=source))
    assert not any("Reino Unido" in e.quote.text for e in events(parsed, source=source, language="es"))


@pytest.mark.model
def test_a_spanish_text_gets_no_events_from_the_model_s_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Saludamos a los obreros del Reino Unido que han realizado las mayores huelgas en décadas. "
        "Los partidos de la conferencia llaman a los obreros y a los pueblos del mundo a la lucha."
    )
    source = doc(text, "2023-05-01")
    analysis = document_module.analyse_document(nlp(text), source=source)
    assert analysis.language == "es"
    assert not any("Reino Unido" in e.quote.text for e in analysis.events)


def _events(
    nlp, text: str, language: str, date: str = "2023-05-01", title: str = "", organisations=()
) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    from movement_graph.extract.events import events

    body = f"{title}\n\n{text}" if title else text
    source = Document(
        file="t.txt",
        index=0,
        start=0,
        end=len(body),
        text=body,
        title=title or body.split("\n")[0],
        title_quote=Quote(0, len(title), title) if title else None,
        date=date,
    )
    found = events(nlp(body), source=source, language=language, organisations=organisations)
    return [(e.type, e.date, e.country) for e in found]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Condenamos el golpe de Estado en Bolivia del 10 de noviembre de 2019 contra el pueblo.",
            "es",
            ("coup", "2019-11-10", "BO"),
        ),
        (
            "I lavoratori si oppongono alla guerra in Ucraina, iniziata il 24 febbraio 2022, e al riarmo.",
            "it",
            ("war", "2022-02-24", "UA"),
        ),
        (
            "6 Şubat 2023'te Türkiye ve Suriye'de on binlerce insanın ölümüne yol açan depremlerin ardından dayanışma.",
            "tr",
            ("disaster", "2023-02-06", "TR"),
        ),
        (
            "Saludamos la huelga general en Argentina del 24 de enero de 2024 contra el gobierno.",
            "es",
            ("protest", "2024-01-24", "AR"),
        ),
        (
            # the English parser ends a sentence at "24.", the rule reads the sentence whole
            "Wir grüßen die Massenproteste in Frankreich seit dem 19. Januar 2023.",
            "de",
            ("protest", "2023-01-19", "FR"),
        ),
        (
            "Die Arbeiter in Frankreich führen Massenproteste gegen die Rentenreform.",
            "de",
            ("protest", "2023-05", "FR"),
        ),
    ],
)
def test_events_named_by_a_word_of_another_language(nlp, text: str, language: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert expected in _events(nlp, text, language)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "language"),
    [
        # any war, none that happened
        ("Nous appelons les peuples d'Europe à s'opposer à toute guerre contre le Niger.", "fr"),
        # the countries that wage a war or take sides are not where it is fought
        ("Los Estados Unidos y China libran una guerra comercial.", "es"),
        # an election or an earthquake without a date is none the rules can tell apart
        ("El pueblo de Chile no espera nada de las elecciones.", "es"),
    ],
)
def test_no_event_from_a_word_of_another_language_without_its_facts(nlp, text: str, language: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text, language) == []


@pytest.mark.model
def test_the_other_languages_words_are_not_read_in_english(nlp) -> None:  # type: ignore[no-untyped-def]
    # "massacres" of many, in English, is no one event; the Spanish word list holds it too
    text = "The massacres in Colombia in 2021 were condemned by the workers."
    assert not any(t == "attack" for t, _, _ in _events(nlp, text, "en"))


# ---------------------------------------------------------------- a held-out probe's layouts


def test_a_french_list_whose_entries_open_with_an_article() -> None:
    text = (
        f"{PROSE}\n\nOnt pris part à la rencontre :\n\n"
        "- le Parti communiste ouvrier de Lys (PCOL), Bénin ;\n"
        "- l'Union des travailleurs du Bani (UTB), Mali ;\n"
        "- la Ligue prolétarienne du Sahel (LPS), Niger.\n"
    )
    assert entries(text) == [
        ("Parti communiste ouvrier de Lys", "participant", "BJ"),
        ("Union des travailleurs du Bani", "participant", "ML"),
        ("Ligue prolétarienne du Sahel", "participant", "NE"),
    ]


def test_one_guest_named_after_its_introduction() -> None:
    text = f"{PROSE}\n\nÉtait invité : le Parti ouvrier de Lys (POL), Bénin.\n"
    assert entries(text) == [("Parti ouvrier de Lys", "guest", "BJ")]


def test_one_entry_under_its_introduction_loses_its_marker() -> None:
    text = f"{PROSE}\n\nThe following organisation attended as observer:\n\n* Youth Front of Lys (Greece)\n\nQuito, October 2019\n"
    assert [(n, r) for n, r, _ in entries(text)] == [("Youth Front of Lys", "guest")]


def test_german_compounds_ending_in_bewegung_or_kern_head_names() -> None:
    text = (
        f"{PROSE}\n\nUnterzeichner:\n\nVolksbewegung Ruritaniens (VBR), Chile\nArbeiterkern Nordmark (AKN), Peru\n"
        "Revolutionäre Partei Tirols (RPT), Österreich\n"
    )
    assert [n for n, _, _ in entries(text)] == [
        "Volksbewegung Ruritaniens",
        "Arbeiterkern Nordmark",
        "Revolutionäre Partei Tirols",
    ]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Lima, diciembre 15 de 2022", "2022-12-15"),
        ("Bogotá D.C., 21 de junio de 2023", "2023-06-21"),
        ("Beschlossen von der Weltkonferenz der ICOR, 20. November 2022", "2022-11-20"),
        ("Adoptada por el Pleno de la CIPOML, noviembre de 2022", "2022-11"),
    ],
)
def test_more_datelines_of_other_languages(line: str, iso: str) -> None:
    assert is_date_line(line)
    assert [d.iso for d in find_dates(line)] == [iso]


@pytest.mark.parametrize(
    "line",
    [
        "Publicado el 3 de mayo de 2023 por Redacción",
        "Pubblicato il 5 maggio 2023 da redazione",
        "Etiquetas: Perú, golpe de Estado",
        "Schlagwörter: Streik, Frankreich",
        "———————",
    ],
)
def test_blog_furniture_of_other_languages(line: str) -> None:
    assert is_navigation(line)


def test_a_subtitle_between_the_title_and_its_dateline() -> None:
    from movement_graph.segment import segment

    text = (
        "¡Abajo el golpe en Ruritania!\n\nDeclaración de las organizaciones de la región\n\n"
        f"Lima, diciembre 15 de 2022\n\n{PROSE}\n"
    )
    [d] = segment(source(text))
    assert d.date == "2022-12-15"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # the text's one country in its title
        (
            "Saludamos la huelga de los mineros del 3 de marzo de 2023.",
            "Perú: la lucha continúa",
            ("protest", "2023-03-03", "PE"),
        ),
        (
            "El golpe parlamentario del 7 de diciembre de 2022 fue condenado.",
            "Perú: abajo el golpe",
            ("coup", "2022-12-07", "PE"),
        ),
        ("El paro nacional en Colombia del 28 de abril de 2021 sigue.", "", ("protest", "2021-04-28", "CO")),
    ],
)
def test_more_events_in_other_languages(nlp, text: str, title: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert expected in _events(nlp, text, "es", title=title)


@pytest.mark.model
def test_unemployment_is_no_strike(nlp) -> None:  # type: ignore[no-untyped-def]
    # "el paro" alone is unemployment in Spain
    assert _events(nlp, "El paro en España llegó al 13 por ciento en marzo de 2023.", "es") == []


@pytest.mark.model
def test_a_country_in_a_party_s_name_places_no_event_in_another_language(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "El Partido Comunista del Perú saluda las huelgas del 3 de marzo de 2023."
    name = (text.index("Partido"), text.index(" saluda"))
    assert ("protest", "2023-03-03", "PE") in _events(nlp, text, "es")
    assert _events(nlp, text, "es", organisations=[name]) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Hace cien años, tras la muerte de Lenin, el partido siguió su camino.",
            "es",
            ("death", "1924-01-21", "RU"),
        ),
        ("Vive la Grande Révolution socialiste d'Octobre !", "fr", ("revolution", "1917-11-07", "RU")),
        ("Nach dem Zweiten Weltkrieg begann eine neue Epoche.", "de", ("war", "1939-09-01", None)),
    ],
)
def test_well_known_events_named_in_another_language(nlp, text: str, language: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer's names of well-known events in the networks' other languages
    assert expected in _events(nlp, text, language)
