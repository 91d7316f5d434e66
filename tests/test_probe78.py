"""Wrong places of events that probe 76 left: an election told inside a relative clause
took the city the main clause names past the comma that closes it, then the title's
country, though its paragraph names another one ("Режим …, який утримався при владі після
фальсифікованих виборів …, надав свою територію для наступу на Київ. Масові протести в
Білорусі …"); strikes "in den Großbetrieben von <city>" took the country of the delegation
that reported them; a protest of people "in X, in Y and in Z" took the last of those
countries. Invented parties, towns and texts; real countries. Each test fails on the code
before the fix."""

from __future__ import annotations

import pytest
from helpers import labelled_events, statement_en


@pytest.mark.model
def test_an_election_in_a_relative_clause_takes_its_paragraphs_country() -> None:
    text = (
        "Ліга трудящих Руритании\nЗаява\n\nТрудящі України не здадуться!\n\nКиїв, 5 травня 2023 року\n\n"
        "Трудящі України борються проти війни і проти олігархів.\n\n"
        "Режим Токаєва, який утримався при владі після фальсифікованих виборів 20 листопада 2022 року "
        "лише завдяки підтримці Кремля, надіслав своїх дипломатів до Києва. Робітники в Казахстані "
        "не забули розстрілів.\n\nЦентральна рада Ліги\n"
    )
    found = {(t, d, c) for t, _label, d, c in labelled_events(text)}
    assert ("election", "2022-11-20", "KZ") in found
    assert not any(t == "election" and c == "UA" for t, d, c in found)


@pytest.mark.model
def test_strikes_in_a_citys_plants_are_the_citys_not_the_reporters() -> None:
    text = (
        "Rote Fahne – Zeitung der Kommunistischen Liga Ruritaniens\nNr. 7 / 2021, 2. Juni 2021\n\n"
        "Internationales\n\nBericht vom Treffen der Parteien\n\nEnde Mai 2021 fand das Treffen der "
        "Parteien statt. An der Tagung nahmen Delegationen aus Europa und Afrika teil. Die Delegation "
        "aus Frankreich berichtete über die Streiks in den Werften von Lissabon im Mai 2021. Die Genossen "
        "diskutierten über die Lage der Arbeiterklasse und über den Kampf gegen den Krieg.\n"
    )
    found = {(t, c) for t, _label, _d, c in labelled_events(text)}
    assert ("protest", "PT") in found
    assert ("protest", "FR") not in found


@pytest.mark.model
def test_a_protest_of_people_in_several_countries_is_none_of_them() -> None:
    body = (
        "The government plans to dump contaminated water into the sea. Fishermen in Busan, in "
        "Vietnam and in the Philippines protest against this plan. We stand with them.\n\n"
    )
    found = labelled_events(statement_en("Stop the Coal Plant!", "5 March 2021", body))
    assert not [e for e in found if e[0] == "protest" and e[3] in ("KR", "VN", "PH")]


@pytest.mark.model
def test_a_coup_verb_in_a_relative_clause_is_not_dated_past_it() -> None:
    from helpers import source

    from movement_graph.pipeline import analyse_batch
    from movement_graph.segment import segment

    text = (
        "Conférence Internationale de Partis et Organisations Marxistes-Léninistes (CIPOML)\n\n"
        "DÉCLARATION SUR LA SITUATION EN AFRIQUE DE L'OUEST\n\nOctobre 2021\n\n"
        "Le coup d'État militaire du 5 septembre 2021 à Conakry, qui a renversé le président, est "
        "le deuxième dans la région, après le coup d'État au Mali en août 2020. Ces coups d'État "
        "sont l'expression de la crise de la domination néocoloniale.\n"
    )
    verbs = [
        (e.date, e.country)
        for a in analyse_batch(list(segment(source(text))))
        for e in a.events
        if e.quote is not None and e.quote.text == "renversé"
    ]
    assert verbs and all(c == "GN" and (d or "").startswith("2021") for d, c in verbs)
