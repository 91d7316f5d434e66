"""The scalable pipeline: selective parsing, streamed graphs, graph-by-graph validation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import document
from rdflib import Literal
from rdflib.namespace import RDF, SKOS, XSD

from movement_graph.errors import OntologyError
from movement_graph.nlp.candidates import default_filter, plan, sentences
from movement_graph.rdf.build import date_literal
from movement_graph.rdf.validate import GraphValidator, validate, validate_pyshacl
from movement_graph.rdf.write import GraphStream, group, write_nquads, write_trig
from movement_graph.vocab import MG, mint_iri

ROOT = Path(__file__).resolve().parent.parent
G = mint_iri("doc", "f-0")
H = mint_iri("doc", "g-0")
R = mint_iri("graph", "resolution")
ORG = mint_iri("org", "party-pe")
PE = mint_iri("country", "PE")


@pytest.mark.parametrize(
    ("sentence", "needs"),
    [
        ("The coup in Honduras was condemned by all.", True),  # trigger
        ("We salute the memory of Ana Lopez.", True),  # capitalised multiword: a person?
        ("We salute the workers of the Party of Labour.", False),  # organisation rules read it
        ("We try hard to win the workers.", False),  # "try" alone: no event pattern complete
        ("They tried to overthrow the government.", True),  # every required word of a pattern
        ("In March 2023 the workers rose.", True),  # a date
        ("President Castillo was removed.", True),  # a title
        ("We must unite and struggle against exploitation.", False),
        ("The masses will win!", False),  # a capital that only opens the sentence
        # a pattern's token given by a regular expression (Turkish cases of "katliam")
        ("işçiler katliamının yıldönümünde sokaklara çıktı.", True),
        ("işçiler sokaklara çıktı.", False),
    ],
)
def test_which_sentences_need_the_model(sentence: str, needs: bool) -> None:
    assert default_filter().needs_model(sentence) is needs


@pytest.mark.model
def test_the_event_matcher_reads_only_what_the_model_annotated_and_misses_nothing() -> None:
    """Over the runs the model annotated, the event rules' matcher finds what it finds over
    the whole Doc, in the same order: the sentences it skips hold no match."""
    from movement_graph.extract.document import list_entries, rule_only_spans
    from movement_graph.extract.events import default_rules, tagged_matches
    from movement_graph.nlp import build_nlp, parse
    from movement_graph.pipeline import BuildSummary, documents

    texts = sorted((ROOT / "data" / "corpus").iterdir())
    docs = [d for _, d in documents(texts, BuildSummary(), lambda _: None)]
    docs.append(
        document(
            "İşçi Partisi (Türkiye)\n\nSoma katliamının 9. yıldönümünde işçiler sokaklara çıktı. "
            "Wir verurteilen den Militärputsch. Ils ont fêté le 50e anniversaire du coup d'État. "
            "Ekim Devrimi'nin 104. Yıldönümünde işçiler yürüdü. Ana Lopez spoke. Lenin wrote. "
            "Madencilerin 10. Yıldönümünde anma yapıldı.\n\n"
            "Signed:\nMovimiento Obrero Revolucionario (Chile)\nPartido del Trabajo (Perú)\n"
        )
    )
    assert len(docs) == 9
    items = [(d.text, rule_only_spans(d, es), d) for d in docs for es in [list_entries(d)]]
    matcher, _ = default_rules().matchers(build_nlp().make_doc(""))
    skipped = 0
    for (doc, _), (_, lists, _) in zip(parse(build_nlp(), items), items, strict=True):
        # matches inside list entries ("Movimiento" in a party's name) name no event
        whole = [
            (key, s, e)
            for key, s, e in (matcher(doc) if doc.has_annotation("POS") else [])
            if not any(a <= doc[s].idx < b for a, b in lists)
        ]
        assert tagged_matches(matcher, doc) == whole
        skipped += sum(1 for t in doc if not t.tag)
    assert skipped > 0  # some sentences were only tokenised


def test_plan_covers_the_text_and_keeps_lists_from_the_model() -> None:
    text = (
        "We must unite.  The coup in Peru was condemned.\n\nSigned:\n"
        "Miners' Communist Party of Peru\nRevolutionary Workshop Party of Germany\n"
    )
    lists = [(text.index("Miners'"), len(text) - 1)]
    runs = plan(text, lists)
    assert "".join(text[s:e] for s, e, _ in runs) == text
    assert [e for s, e, _ in runs][:-1] == [s for s, e, _ in runs][1:]
    assert any(needs and "coup" in text[s:e] for s, e, needs in runs)
    assert not any(needs and "Germany" in text[s:e] for s, e, needs in runs)
    assert "".join(text[s:e] for s, e in sentences(text)) == text


@pytest.mark.model
def test_selective_parse_keeps_text_offsets_and_sentences() -> None:
    from movement_graph.nlp import build_nlp, parse

    text = (
        "Solidarity with Peru\n\nWe must unite and fight.  The coup in Honduras in June 2009 "
        "was condemned by President Obama.\n\nMiners' Communist Party of Peru\nRWPD Germany\n"
    )
    lists = [(text.index("Miners'"), len(text) - 1)]
    [(doc, ctx)] = list(parse(build_nlp(), [(text, lists, "ctx")]))
    assert ctx == "ctx" and doc.text == text
    assert [t.idx for t in doc] == sorted(t.idx for t in doc)
    assert "".join(s.text for s in doc.sents) == text
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Honduras", "GPE") in ents
    listed = doc.char_span(lists[0][0], lists[0][1], alignment_mode="expand")
    assert not listed.ents and all(t.pos_ == "" for t in listed)  # no model on the list


def test_stream_writes_what_group_writes(tmp_path: Path) -> None:
    quads = [
        (G, RDF.type, MG.Document, G),
        (G, MG.sourceFile, Literal("f.txt"), G),
        (ORG, SKOS.prefLabel, Literal("Party", lang="en"), R),
        (H, RDF.type, MG.Document, H),
        (H, MG.sourceFile, Literal("g.txt"), H),
        (H, MG.sourceFile, Literal("g.txt"), H),
    ]
    doc_quads = sorted((q for q in quads if q[3] != R), key=lambda q: str(q[3]))
    stream = GraphStream(
        lambda: doc_quads + [q for q in quads if q[3] == R], stream_prefix=str(mint_iri("doc", "x"))[:-1]
    )
    for writer in (write_trig, write_nquads):
        writer(group(quads), tmp_path / "a")
        writer(stream, tmp_path / "b")
        assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()


def test_stream_hands_the_last_graph_to_its_own_callback() -> None:
    quads = [
        (G, RDF.type, MG.Document, G),
        (H, RDF.type, MG.Document, H),
        (ORG, RDF.type, MG.PoliticalOrganisation, R),
    ]
    seen: list[tuple[str, str]] = []
    stream = GraphStream(
        lambda: quads,
        stream_prefix=str(mint_iri("doc", "x"))[:-1],
        on_graph=lambda g, ts: seen.append(("graph", str(g))),
        on_last_graph=lambda g, ts: seen.append(("last", str(g))),
        on_done=lambda: seen.append(("done", "")),
    )
    assert [str(g) for g, _ in stream.items()] == [str(G), str(H), str(R)]
    assert seen == [("graph", str(G)), ("graph", str(H)), ("last", str(R)), ("done", "")]


def test_stream_refuses_document_graphs_out_of_order() -> None:
    quads = [(H, RDF.type, MG.Document, H), (G, RDF.type, MG.Document, G)]
    with pytest.raises(ValueError, match="order"):
        list(GraphStream(lambda: quads, stream_prefix=str(mint_iri("doc", "x"))[:-1]).items())


def _doc_graph(g, org=ORG):  # noqa: ANN001, ANN202
    return [
        (g, RDF.type, MG.Document),
        (g, MG.sourceFile, Literal("f.txt")),
        (g, MG.signedBy, org),
        (g, MG.documentIndex, Literal(0)),
        (org, RDF.type, MG.PoliticalOrganisation),
        (org, MG.country, PE),
    ]


REFERENCE = [(PE, RDF.type, MG.Country), (PE, MG.iso3166, Literal("PE"))]
RESOLUTION = [(ORG, RDF.type, MG.PoliticalOrganisation), (ORG, SKOS.prefLabel, Literal("Party", lang="en"))]


def test_graph_by_graph_validation_passes_a_good_graph() -> None:
    v = GraphValidator()
    v.add_graph(G, _doc_graph(G))
    v.add_graph(H, _doc_graph(H))
    v.add_graph(R, RESOLUTION)
    v.add_graph(mint_iri("graph", "reference"), REFERENCE)
    v.finish()


@pytest.mark.parametrize(
    ("broken", "where"),
    [
        # an organisation without its label in any graph (sh:minCount across graphs)
        (lambda: [_doc_graph(G), REFERENCE], "prefLabel"),
        # two labels, from two graphs (sh:maxCount across graphs)
        (
            lambda: [
                _doc_graph(G),
                RESOLUTION,
                REFERENCE,
                [(ORG, SKOS.prefLabel, Literal("Other", lang="en"))],
            ],
            "prefLabel",
        ),
        # a country that is typed nowhere (sh:class resolved at the end)
        (lambda: [_doc_graph(G), RESOLUTION], "country"),
        # a document with two source files (a local node)
        (
            lambda: [_doc_graph(G) + [(G, MG.sourceFile, Literal("g.txt"))], RESOLUTION, REFERENCE],
            "sourceFile",
        ),
        # a value of the wrong datatype, a malformed code
        (
            lambda: [_doc_graph(G) + [(G, MG.documentIndex, Literal("x"))], RESOLUTION, REFERENCE],
            "documentIndex",
        ),
        (
            lambda: [
                _doc_graph(G),
                RESOLUTION,
                [(PE, RDF.type, MG.Country), (PE, MG.iso3166, Literal("Peru"))],
            ],
            "iso3166",
        ),
        (
            lambda: [
                _doc_graph(G)
                + [(G, mint_iri("graph", "x"), Literal(1))]
                + [(G, MG.network, Literal("ICOR"))],
                RESOLUTION,
                REFERENCE,
            ],
            "network",
        ),
    ],
)
def test_graph_by_graph_validation_agrees_with_pyshacl(broken, where: str) -> None:  # noqa: ANN001
    graphs = broken()
    union = [t for ts in graphs for t in ts]
    with pytest.raises(OntologyError):
        validate_pyshacl(union)
    # the last graph as any other, or as the last (its shared nodes' counts decided at once)
    for as_last in (False, True):
        v = GraphValidator()
        for i, ts in enumerate(graphs):
            add = v.add_last_graph if as_last and i == len(graphs) - 1 else v.add_graph
            add(G if i == 0 else mint_iri("graph", f"g{i}"), ts)
        with pytest.raises(OntologyError, match=where):
            v.finish()
    with pytest.raises(OntologyError):
        validate(union)


def _participation(docs: list) -> list:
    from rdflib.namespace import ORG as W3ORG

    pi, network = mint_iri("participation", "party-pe-icor"), mint_iri("network", "icor")
    return [
        (pi, RDF.type, MG.Participation),
        (pi, W3ORG.member, ORG),
        (pi, W3ORG.organization, network),
        (pi, MG.evidenceCount, Literal(len(docs))),
        (network, RDF.type, MG.Network),
        (network, SKOS.prefLabel, Literal("Network", lang="en")),
        (network, MG.acronym, Literal("N")),
    ] + [(pi, MG.restsOn, d) for d in docs]


def _doc_graphs(n: int) -> list:
    return [(mint_iri("doc", f"f-{i}"), _doc_graph(mint_iri("doc", f"f-{i}"))) for i in range(n)]


@pytest.mark.parametrize("untyped", [None, 0, 17, 39])
def test_counted_values_on_shared_nodes_are_kept_only_as_far_as_the_counts_need(untyped) -> None:  # noqa: ANN001
    """A participation resting on many documents: "at least one" needs one of them kept,
    but every one of them is still checked to be a document, whichever is not."""
    graphs = _doc_graphs(40)
    docs = [g for g, _ in graphs]
    if untyped is not None:  # this document's graph is missing, so nothing says it is a document
        graphs = [x for x in graphs if x[0] != docs[untyped]]
    resolution = RESOLUTION + _participation(docs)
    v = GraphValidator()
    for g, ts in graphs:
        v.add_graph(g, ts)
    v.add_graph(R, resolution)
    v.add_graph(mint_iri("graph", "reference"), REFERENCE)
    union = [t for _, ts in graphs for t in ts] + resolution + REFERENCE
    if untyped is None:
        v.finish()
        validate_pyshacl(union)
    else:
        with pytest.raises(OntologyError, match=rf"<{docs[untyped]}> is no <{MG.Document}>"):
            v.finish()
        with pytest.raises(OntologyError):
            validate_pyshacl(union)


def test_a_max_count_broken_across_many_graphs_is_reported_once_it_is_decided() -> None:
    """Three labels from three graphs break sh:maxCount 1; the same label in many graphs does not."""
    same = [[(ORG, SKOS.prefLabel, Literal("Party", lang="en"))] for _ in range(5)]
    v = GraphValidator()
    v.add_graph(G, _doc_graph(G))
    for i, ts in enumerate([RESOLUTION, REFERENCE, *same]):
        v.add_graph(mint_iri("graph", f"g{i}"), ts)
    v.finish()
    others = [[(ORG, SKOS.prefLabel, Literal(name, lang="en"))] for name in ("Other", "Third")]
    v = GraphValidator()
    v.add_graph(G, _doc_graph(G))
    for i, ts in enumerate([RESOLUTION, REFERENCE, *others]):
        v.add_graph(mint_iri("graph", f"g{i}"), ts)
    with pytest.raises(OntologyError, match="prefLabel.*at least 2 values in the whole graph"):
        v.finish()
    with pytest.raises(OntologyError):
        validate_pyshacl(_doc_graph(G) + RESOLUTION + REFERENCE + [t for ts in others for t in ts])


def test_good_graph_passes_both_validators() -> None:
    union = (
        _doc_graph(G)
        + RESOLUTION
        + REFERENCE
        + [
            (G, MG.charStart, Literal(0)),
            (G, MG.charEnd, Literal(5)),
            (G, mint_iri("doc", "f-1"), date_literal("2020")),
        ][:2]
    )
    validate_pyshacl(union)
    validate(union)
    assert XSD.integer == Literal(0).datatype


@pytest.mark.model
@pytest.mark.slow
def test_worker_processes_build_the_same_graph(tmp_path: Path) -> None:
    from movement_graph.pipeline import BuildOptions, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("001_5da5a2c1ae49ad2f.txt", "003_a12c75e372628b75.txt"):
        shutil.copy(ROOT / "data" / "corpus" / name, corpus / name)
    one = build([corpus], BuildOptions(out_dir=tmp_path / "one", analyse=False, cache=False))
    two = build(
        [corpus],
        BuildOptions(out_dir=tmp_path / "two", analyse=False, cache=False, processes=2, batch_size=1),
    )
    assert one.documents == two.documents
    for name in ("graph.trig", "graph.nq"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


@pytest.mark.model
def test_a_german_text_is_tagged_german_and_its_nouns_are_no_persons(tmp_path: Path) -> None:
    from movement_graph.pipeline import BuildOptions, build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "de.txt").write_text(
        "Erklärung gegen den Krieg\n\n"
        "Die Gefahr eines neuen Krieges wächst. Zugleich rufen wir die Arbeiter und die Jugend auf, "
        "sich gegen die Aufrüstung und für den Frieden zu erheben. Der Krieg ist die Fortsetzung der "
        "Politik der Monopole mit anderen Mitteln, und die Völker zahlen dafür mit ihrem Blut.\n\n"
        "Unterzeichner:\n\nKommunistische Partei der Arbeit (Deutschland)\nRote Liga Utopiens (Österreich)\n\nMai 2022\n",
        encoding="utf-8",
    )
    build([tmp_path / "in"], BuildOptions(out_dir=tmp_path / "out", cache=False, analyse=False))
    trig = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    assert 'dcterms:language "de"' in trig
    assert "id/person/" not in trig


@pytest.mark.parametrize("order", ["sorted", "subjects apart"])
def test_a_graph_is_checked_alike_whether_its_subjects_come_together_or_apart(order: str) -> None:
    """The validator reads a graph subject by subject when each subject's triples come
    together (the build's sorted graphs); triples of one subject that come apart are
    gathered first: a document with two source files breaks sh:maxCount 1 either way."""
    doc = _doc_graph(G) + [(G, MG.sourceFile, Literal("g.txt"))]
    if order == "sorted":
        doc = sorted(doc, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    else:  # the second source file after another subject's triples
        doc = [t for t in doc if t[2] != Literal("g.txt")] + [(G, MG.sourceFile, Literal("g.txt"))]
        assert doc[-2][0] != G
    v = GraphValidator()
    v.add_graph(G, doc)
    v.add_graph(R, RESOLUTION)
    v.add_graph(mint_iri("graph", "reference"), REFERENCE)
    with pytest.raises(OntologyError, match=r"sourceFile> \(in graph .*\[2 values\]"):
        v.finish()


def test_a_graph_read_subject_by_subject_is_read_as_it_comes() -> None:
    """With each subject's triples together, one subject's statements are in hand at a time:
    the first subject is checked before the last triple is read."""
    doc = sorted(_doc_graph(G), key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    read: list[int] = []

    class Counted(list):  # a re-readable collection that notes how far each reading got
        def __iter__(self):  # noqa: ANN204
            for i, t in enumerate(list.__iter__(self)):
                read.append(i)
                yield t

    groups = GraphValidator._by_subject(Counted(doc), contiguous=True)
    subject, props = next(groups)
    assert subject == doc[0][0] and len(read) < len(doc)
    assert sum(len(v) for v in props.values()) == sum(1 for t in doc if t[0] == subject)


def test_the_last_graph_s_shared_nodes_are_checked_at_once_and_not_kept() -> None:
    """A participation resting on many documents, in the last graph: its counts are decided
    when that graph is read, so nothing is kept for it; a broken count is still reported."""
    graphs = _doc_graphs(40)
    docs = [g for g, _ in graphs]
    for broken in (False, True):
        resolution = RESOLUTION + _participation([] if broken else docs)
        v = GraphValidator()
        for g, ts in graphs:
            v.add_graph(g, ts)
        v.add_graph(mint_iri("graph", "reference"), REFERENCE)
        v.add_last_graph(R, sorted(resolution, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))))
        participation = mint_iri("participation", "party-pe-icor")
        assert not [k for k in v._shared_values if k[0] in (participation, ORG)]
        if broken:
            with pytest.raises(
                OntologyError, match=r"participation.*restsOn.*0 value\(s\) in the whole graph"
            ):
                v.finish()
        else:
            v.finish()
