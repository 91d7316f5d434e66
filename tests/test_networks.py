"""Networks, conferences and document attribution (hand-written inputs)."""

from __future__ import annotations

import pytest

from movement_graph.extract.networks import attribute, conferences, load_networks, network_mentions
from movement_graph.model import Document


def doc(text: str, date: str | None = None) -> Document:
    return Document(
        file="t.txt", index=0, start=0, end=len(text), text=text, title=text.split("\n")[0], date=date
    )


def attributed(text: str, date: str | None = None) -> tuple[str, ...]:
    d = doc(text, date)
    ms = network_mentions(d)
    return attribute(d, ms, list(conferences(d, ms)))[0]


@pytest.mark.parametrize(
    ("text", "network"),
    [
        ("Statement of the CIPOML on the strike\n\nThe parties call on the workers.", "ICMLPO"),
        (
            "Declaración de la Conferencia Internacional de Partidos y Organizaciones Marxista-Leninistas",
            "ICMLPO",
        ),
        (
            "Erklärung der Internationalen Koordinierung revolutionärer Parteien und Organisationen (ICOR)",
            "ICOR",
        ),
        ("Aufruf der Internationalen Koordination revolutionärer Parteien und Organisationen", "ICOR"),
        ("Coordination Internationale des Partis et Organisations Révolutionnaires: appel", "ICOR"),
        ("ICOR resolution, 1 May 2019\n\nWe salute the workers.", "ICOR"),
        ("The Revolutionary Internationalist Movement greets the fighters.", "RIM"),
    ],
)
def test_attribution_by_names_in_several_languages(text: str, network: str) -> None:
    assert attributed(text) == (network,)


def test_numbered_conference_of_the_same_name_is_not_the_icmlpo() -> None:
    text = (
        "Resolution of the First International Conference of Marxist-Leninist Parties and "
        "Organizations\n\nThe First Conference of Marxist-Leninist Parties and Organizations "
        "greets the comrades."
    )
    d = doc(text, date="1980-11")
    ms = network_mentions(d)
    assert {m.network for m in ms} == {"RIM"}
    [conf] = conferences(d, ms)
    assert (conf.network, conf.ordinal, conf.date) == ("RIM", 1, "1980")
    assert attributed(text, date="1980-11") == ("RIM",)
    # undated, but naming the movement the conferences founded
    assert attributed(text + " We greet the Revolutionary Internationalist Movement.") == ("RIM",)


def test_numbered_conference_from_1994_on_is_the_icmlpo() -> None:
    text = (
        "The 2nd International Conference of Marxist-Leninist Parties and Organizations "
        "brought together organisations from 15 countries."
    )
    assert attributed(text, date="1995-12") == ("ICMLPO",)
    assert attributed(text + " It met in 1995, a year after the first.") == ("ICMLPO",)
    # no date, no other network named, no year: the lineage cannot be told
    assert attributed(text) == ()


def test_a_network_founded_after_the_document_is_not_its_network() -> None:
    text = "Statement on the ICOR model of cooperation\n\nThe parties met."
    assert attributed(text, date="1999-05") == ()
    assert attributed(text, date="2015-05") == ("ICOR",)


def test_plenary_with_ordinal_date_and_place() -> None:
    text = (
        "The XXV Plenary of the ICMLPO was held in Quito, Ecuador, in November 2019. "
        "The participants adopted a declaration."
    )
    d = doc(text)
    [conf] = conferences(d, network_mentions(d))
    assert (conf.network, conf.kind, conf.ordinal, conf.place) == ("ICMLPO", "plenary", 25, "EC")


def test_a_regional_conference_of_the_icor_is_a_continental_conference() -> None:
    d = doc(
        "The 4th Regional Conference of ICOR Africa met in Nairobi in July 2024. It adopted a resolution."
    )
    [conf] = conferences(d, network_mentions(d))
    assert (conf.network, conf.kind, conf.ordinal) == ("ICOR", "continental-conference", 4)


def test_world_conference_words() -> None:
    text = "The 3rd World Conference of the ICOR took place in 2019 and elected a committee."
    d = doc(text)
    [conf] = conferences(d, network_mentions(d))
    assert (conf.network, conf.kind, conf.ordinal) == ("ICOR", "world-conference", 3)


def test_reference_data_has_the_three_networks_with_founding_dates() -> None:
    nets = {n.key: n for n in load_networks()}
    assert set(nets) == {"ICMLPO", "ICOR", "RIM"}
    assert nets["ICOR"].founded == "2010-10-06" and nets["ICMLPO"].founded == "1994"
    assert "CIPOML" in nets["ICMLPO"].acronyms


def test_a_meeting_named_by_number_and_by_date_is_one_conference() -> None:
    from movement_graph.resolve import resolve_conferences

    text = (
        "The ICMLPO held its 7th Plenary in Mexico in May 2001. The Plenary of the ICMLPO met "
        "for three days in May 2001."
    )
    d = doc(text)
    confs, _ = resolve_conferences(list(conferences(d, network_mentions(d))))
    [c] = confs
    assert (c.ordinal, c.date, c.place) == (7, "2001-05", "MX")


def test_a_year_before_the_network_s_name_numbers_no_conference() -> None:
    # a closing dateline over the signature; the old pattern read "021" of "2021" as the
    # 21st International Conference
    text = (
        "Statement on the strikes\n\nThe parties salute the workers.\n\nQuito, October 2021\n"
        "International Conference of Marxist-Leninist Parties and Organizations (CIPOML)"
    )
    d = doc(text)
    assert [c.ordinal for c in conferences(d, network_mentions(d))] == []
    assert attributed(text) == ("ICMLPO",)


def test_a_numbered_meeting_is_one_conference_with_one_date_across_documents() -> None:
    # document a names the 26th Plenary without a date and "the Plenary" beside another
    # event's date; document b dates the 26th Plenary. Two groups came to one key, and the
    # node got two start dates (the whole build stopped at validation)
    from movement_graph.model import ConferenceMention, Quote
    from movement_graph.resolve import resolve_conferences

    def m(doc: str, ordinal: int | None, date: str | None) -> ConferenceMention:
        return ConferenceMention(doc, Quote(0, 7, "Plenary"), "Plenary", "ICMLPO", "plenary", ordinal, date)

    confs, key_of = resolve_conferences([m("a", None, "2021-10"), m("a", 26, None), m("b", 26, "2022-11")])
    [c] = confs
    assert (c.key, c.ordinal, c.date) == ("icmlpo-plenary-26", 26, "2022-11")
    assert set(key_of.values()) == {c.key}


def test_the_body_that_signs_the_text_decides_its_network() -> None:
    text = (
        "On the World Conference of the ICOR\n\nThe ICOR recently held its World Conference. Our parties "
        "follow its work with interest, but our tasks are our own.\n\n"
        "Coordinating Committee of the CIPOML"
    )
    assert attributed(text) == ("ICMLPO",)
    # the networks a text only speaks of still count when nobody signs it so
    assert attributed(text.rsplit("\n\n", 1)[0]) == ("ICOR",)


def test_the_shared_name_in_a_text_before_the_icmlpo_is_the_rim_lineage() -> None:
    text = (
        "JOINT COMMUNIQUÉ of the International Conference of Marxist-Leninist Parties and Organizations\n\n"
        "The parties of Atlantis and Ruritania met this autumn."
    )
    assert attributed(text, date="1980-10") == ("RIM",)
    assert attributed(text, date="2010-10") == ("ICMLPO",)


# probe 16: which network, which conference


def test_a_roman_ordinal_with_an_english_ending_numbers_the_plenary() -> None:
    d = doc("Message to the XXVIIIth Plenary of the CIPOML\n\nDear comrades, we greet you.", "2031-05")
    ordinals = {c.ordinal for c in conferences(d, network_mentions(d))}
    assert ordinals == {28}


def test_a_party_greeting_another_networks_meeting_belongs_to_its_own() -> None:
    text = (
        "Greeting to the XIth Plenary of the CIPOML\n\n"
        "To the delegates of the XIth Plenary of the International Conference of Marxist-Leninist "
        "Parties and Organizations\n\nDear comrades,\n\n"
        "As a member organisation of the International Coordination of Revolutionary Parties and "
        "Organizations (ICOR), the Workers' League of Atlantis sends you its greetings.\n\n"
        "Workers' League of Atlantis\nAtlantis City, 2 May 2031"
    )
    assert attributed(text, "2031-05-02") == ("ICOR",)
    # named alone, the addressee still decides: the sender may well be one of its members
    assert attributed("Greeting to the XIth Plenary of the CIPOML\n\nDear comrades.", "2031-05") == (
        "ICMLPO",
    )


def test_a_network_named_in_passing_does_not_claim_the_text() -> None:
    text = (
        "Joint statement on the war\n\nWe, the undersigned parties of the region, call on the workers to "
        + "take to the streets against the war, the bombing of the cities and the occupation. " * 6
        + "We welcome every initiative of solidarity, such as the day of action of the "
        + "ICOR, but the parties of the region bear a special responsibility.\n\nSignatories:\n"
        + "Workers' League of Atlantis\nRed Union of Ruritania"
    )
    assert attributed(text, "2031-10-03") == ()
    # the same single mention, naming the signatories' network, still claims it
    member = text.replace(
        "We welcome every initiative of solidarity, such as the day of action of the ICOR",
        "We act together as member parties of the ICOR",
    )
    assert attributed(member, "2031-10-03") == ("ICOR",)


def test_an_unnumbered_conference_of_1980_is_the_rims_first() -> None:
    text = (
        "Joint Communiqué\n\nAutumn 1980\n\n"
        "In the autumn of 1980 an International Conference of Marxist-Leninist Parties and Organizations "
        "was held with the participation of parties from four continents."
    )
    d = doc(text, "1980")
    ms = network_mentions(d)
    [conf] = conferences(d, ms)
    assert (conf.network, conf.ordinal) == ("RIM", 1)
    assert attribute(d, ms, [conf])[0] == ("RIM",)


@pytest.mark.parametrize(
    ("title", "ordinal"),
    [
        ("Resolution of the Third World Conference of ICOR", 3),
        ("Resolution of the Sixth World Conference of ICOR", 6),
        ("Message to the XIth Plenary of the CIPOML", 11),
        ("Salut à la XXVe Plénière de la CIPOML", 25),
    ],
)
def test_an_ordinal_word_keeps_its_ending_a_roman_numeral_loses_it(title: str, ordinal: int) -> None:
    # "third" and "sixth" end as Roman numerals do ("-rd" after an "i", "-th" after an "x")
    d = doc(f"{title}\n\nDear comrades, we greet you.", "2031-05")
    assert {c.ordinal for c in conferences(d, network_mentions(d))} == {ordinal}


# review of the probe-16 rules: what they must leave alone

_BODY = "The delegates discussed the situation of the working class and the tasks ahead. " * 6


def test_a_name_of_1980_named_once_in_the_body_is_still_the_rims() -> None:
    # its weight goes to the RIM, which has no mention of its own: no "in passing" to find
    text = (
        f"Communiqué of the Conference\n\n{_BODY}The parties decided to carry forward the work of the "
        "International Conference of Marxist-Leninist Parties and Organizations in the coming years."
    )
    assert attributed(text, "1980-10") == ("RIM",)


def test_would_like_is_no_like_of_an_example() -> None:
    text = f"Statement\n\n{_BODY}We would like to thank the comrades of the ICOR for their support."
    assert attributed(text, "2031-05") == ("ICOR",)


def test_a_networks_letter_to_its_members_stays_its_own() -> None:
    # addressed to the ICOR's members, another network named once in the body
    text = f"To the member organisations of the ICOR\n\nDear comrades,\n\n{_BODY}Unlike the CIPOML, we see a deep crisis."
    assert attributed(text, "2031-05") == ("ICOR",)


def test_a_sentence_of_the_body_beginning_to_the_is_no_address() -> None:
    text = (
        f"Declaration\n\n{_BODY}To the extent that the parties of the CIPOML fight, we support them. "
        "The ICOR calls on its members to act."
    )
    assert attributed(text, "2031-05") == ("ICMLPO",)


def test_addressed_reads_a_text_of_one_long_line_in_linear_time() -> None:
    """Once quadratic; timed in ``bench/pathological.py``, here only the answers."""
    from helpers import pathological

    from movement_graph.extract.networks import addressed

    d = doc(pathological.one_long_line_of_mentions(3000), "2031")
    ms = network_mentions(d)
    assert len(ms) == 3000
    assert not any(addressed(d, m.quote) for m in ms)
    networks, quote = attribute(d, ms, [])
    assert networks == ("ICOR",)
    assert quote is not None and (quote.start, quote.text) == (1001, "ICOR")


@pytest.mark.parametrize(
    ("text", "kind", "ordinal"),
    [
        ("La Segunda Conferencia Mundial de la ICOR se celebró en 2019.", "world-conference", 2),
        ("LA SEGUNDA CONFERENCIA MUNDIAL DE LA ICOR", "world-conference", 2),
        ("La deuxième Conférence mondiale de l'ICOR a adopté une résolution.", "world-conference", 2),
        ("Die Zweite Weltkonferenz der ICOR fand in Indien statt.", "world-conference", 2),
        ("Auf der Zweiten Weltkonferenz der ICOR wurde beschlossen …", "world-conference", 2),
        ("La Terza Conferenza Mondiale dell'ICOR si è svolta nel 2019.", "world-conference", 3),
        ("A Quarta Conferência Mundial da ICOR foi realizada em 2022.", "world-conference", 4),
        ("ICOR'un Üçüncü Dünya Konferansı 2019'da toplandı.", "world-conference", 3),
        ("ICOR'un İKİNCİ DÜNYA KONFERANSI", "world-conference", 2),
        ("De Tweede Wereldconferentie van ICOR werd gehouden in 2015.", "world-conference", 2),
        ("La vigésima séptima Plenaria de la CIPOML se reunió en Túnez.", "plenary", 27),
        ("La vigesima septima Plenaria de la CIPOML se reunió en Túnez.", "plenary", 27),
        ("El Primer Pleno de la CIPOML se reunió en Quito.", "plenary", 1),
        ("La ventisettesima Plenaria della CIPOML si è riunita a Tunisi.", "plenary", 27),
        ("La vingt-septième Plénière de la CIPOML s'est tenue à Tunis.", "plenary", 27),
        ("Die siebenundzwanzigste Plenartagung der IKMLPO tagte in Tunis.", "plenary", 27),
    ],
)
def test_spelled_out_ordinals_of_the_networks_languages_number_the_meeting(
    text: str, kind: str, ordinal: int
) -> None:
    d = doc(text)
    assert [(c.kind, c.ordinal) for c in conferences(d, network_mentions(d))] == [(kind, ordinal)]


@pytest.mark.parametrize(
    "text",
    [
        # "prima" (before), "segundo" (a second), "erste" (first question): no ordinal of the
        # meeting unless right before its name
        "Prima della Conferenza Mondiale dell'ICOR del maggio 2022, i partiti discussero.",
        "Un segundo antes de la Conferencia Mundial de la ICOR de mayo de 2022, todo cambió.",
        "Die erste Frage an die Weltkonferenz der ICOR vom Mai 2022 war die Einheit.",
    ],
)
def test_an_ordinal_word_counts_only_right_before_a_meeting(text: str) -> None:
    d = doc(text)
    assert all(c.ordinal is None for c in conferences(d, network_mentions(d)))


@pytest.mark.parametrize(
    ("text", "region", "ordinal"),
    [
        (
            "Declaration of the 2nd Continental Conference of ICOR Africa\n\nWe salute the workers.",
            "africa",
            2,
        ),
        ("The 3rd European Continental Conference of the ICOR met in Vienna.", "europe", 3),
        ("La Conferencia Continental de ICOR América, celebrada en Lima en marzo de 2024.", "americas", None),
        ("Die 4. Kontinentalkonferenz von ICOR-Europa tagte in Wien. ICOR", "europe", 4),
        ("La 2e Conférence continentale africaine de l'ICOR s'est tenue à Dakar.", "africa", 2),
        (
            "The ICOR Asia/Pacific Continental Conference was held in Kathmandu in May 2023.",
            "asia-pacific",
            None,
        ),
        # the text of one coordination, its letterhead and sign-off
        ("ICOR Europe\n\nThe 2nd Continental Conference was held in Madrid.\n\nICOR Europe", "europe", 2),
        # two coordinations named: the text is of neither
        ("ICOR Africa\n\nThe 2nd Continental Conference of the ICOR met. ICOR Europe greets it.", None, 2),
    ],
)
def test_a_continental_conference_is_of_its_continent(
    text: str, region: str | None, ordinal: int | None
) -> None:
    d = doc(text)
    [conf] = conferences(d, network_mentions(d))
    assert (conf.kind, conf.region, conf.ordinal) == ("continental-conference", region, ordinal)


def test_continental_conferences_of_two_continents_are_two_meetings() -> None:
    from movement_graph.resolve import resolve_conferences

    africa = doc("The 2nd Continental Conference of ICOR Africa was held in Lusaka. ICOR")
    europe = doc("The 2nd Continental Conference of ICOR Europe was held in Vienna. ICOR")
    europe = Document("e.txt", 0, 0, len(europe.text), europe.text, "T")
    mentions = [c for d in (africa, europe) for c in conferences(d, network_mentions(d))]
    confs, _ = resolve_conferences(mentions)
    assert [(c.key, c.label, c.region) for c in confs] == [
        ("icor-continental-conference-africa-2", "ICOR Africa 2nd continental conference", "africa"),
        ("icor-continental-conference-europe-2", "ICOR Europe 2nd continental conference", "europe"),
    ]


def test_a_continental_conference_named_without_its_continent_joins_the_only_one_of_its_number() -> None:
    from movement_graph.model import ConferenceMention, Quote
    from movement_graph.resolve import resolve_conferences

    def m(doc: str, ordinal: int, region: str | None) -> ConferenceMention:
        kind = "continental-conference"
        return ConferenceMention(
            doc, Quote(0, 9, "Continental"), "C", "ICOR", kind, ordinal, None, None, region
        )

    confs, key_of = resolve_conferences([m("a", 2, "africa"), m("b", 2, None), m("c", 3, None)])
    assert [c.key for c in confs] == ["icor-continental-conference-3", "icor-continental-conference-africa-2"]
    assert key_of[m("b", 2, None)] == "icor-continental-conference-africa-2"
    # two continents held a 2nd: the one named without its continent stays apart
    confs, key_of = resolve_conferences([m("a", 2, "africa"), m("b", 2, None), m("d", 2, "europe")])
    assert key_of[m("b", 2, None)] == "icor-continental-conference-2"
    assert len(confs) == 3


def test_the_shapes_accept_exactly_the_regions_of_the_reference_data() -> None:
    from pathlib import Path

    from rdflib import Graph
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    from movement_graph.extract.networks import load_regions
    from movement_graph.vocab import MG

    g = Graph().parse(Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl")
    [prop] = [p for p in g.subjects(SH.path, MG.region) if (p, SH["in"], None) in g]
    allowed = {str(v) for v in Collection(g, g.value(prop, SH["in"]))}
    assert allowed == {r.key for r in load_regions()}


@pytest.mark.parametrize(
    "text",
    [
        "Statement of ICOR\n\nThe 2nd Continental Conference of ICOR was held in 2023, and ICOR Europe greeted it.",
        "The ICOR Europe delegation attended. The 2nd Continental Conference of the ICOR was held in Ara.",
    ],
)
def test_a_coordination_named_in_passing_gives_the_text_no_continent(text: str) -> None:
    # only a line of its own (letterhead, title, sign-off) makes a text a coordination's
    d = doc(text)
    [conf] = conferences(d, network_mentions(d))
    assert (conf.ordinal, conf.region) == (2, None)
