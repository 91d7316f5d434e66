"""The command line: build | query | serve | analyse | views | evaluate.

Each command validates its paths and calls one library function; library code never
prints, this module does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .errors import MovementGraphError

app = typer.Typer(
    name="movement-graph",
    help="Build and query a knowledge graph of transnational party networks.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        out.print(f"movement-graph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Build and query a knowledge graph of transnational party networks."""


@app.command()
def build(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(help="Files and folders to read (.txt, .md, .html). Default: data/corpus."),
    ] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("out"),
    strict: Annotated[bool, typer.Option(help="Exit with status 1 when any file was skipped.")] = False,
    curation: Annotated[
        Path | None,
        typer.Option(
            help="Curation file (same-as, not-same-as, overrides). Default: data/curation.yaml "
            "when it exists."
        ),
    ] = None,
    analyse: Annotated[
        bool, typer.Option("--analyse/--no-analyse", help="Also write the analyses, views and report.")
    ] = True,
    processes: Annotated[int, typer.Option(help="Worker processes for the NLP.")] = 1,
    engine: Annotated[str, typer.Option(help="'local' or 'dask'.")] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (with --engine dask); a LocalCluster when omitted."),
    ] = None,
    cache: Annotated[
        bool, typer.Option("--cache/--no-cache", help="Reuse extraction results of unchanged documents.")
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read documents and write the graph, the store, the views and the report to --out."""
    from .pipeline import BuildOptions
    from .pipeline import build as run_build

    paths = inputs or [Path("data/corpus")]
    for p in paths:
        if not p.exists() and not p.is_symlink():
            err.print(f"[red]error[/red]: {p}: no such file or folder")
            raise typer.Exit(2)
    options = BuildOptions(
        out_dir=out_dir,
        curation=curation,
        analyse=analyse,
        processes=processes,
        engine=engine,
        scheduler=scheduler,
        cache=cache,
        progress=not quiet and sys.stderr.isatty(),
    )
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .pipeline import count_files

    progress = Progress(
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=err,
        disable=not options.progress,
        transient=True,
    )
    try:
        with progress:
            task = progress.add_task("", total=count_files(paths))
            summary = run_build(
                paths,
                options,
                on_warning=lambda m: progress.console.print(m, markup=False, highlight=False),
                on_file=lambda name: progress.update(task, advance=1, description=name),
            )
    except MovementGraphError as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        raise typer.Exit(1) from e
    out.print(summary.render(), markup=False, highlight=False)
    if strict and summary.skipped:
        raise typer.Exit(1)


@app.command()
def query(
    text: Annotated[
        str | None,
        typer.Argument(help="A SPARQL query; '-' or nothing with --file absent reads standard input."),
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    store: Annotated[Path, typer.Option(help="Built store folder.")] = Path("out/store"),
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv, json or turtle.")] = "table",
    bind: Annotated[
        list[str] | None,
        typer.Option(help="Bind a variable: NAME=VALUE (an IRI in <...>, else a plain literal). Repeatable."),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            min=0,
            help="One page: at most N rows, or N of what a query's '# page' line counts (see the query file).",
        ),
    ] = None,
    offset: Annotated[
        int | None, typer.Option(min=0, help="Skip the first M rows (or items) before the page.")
    ] = None,
) -> None:
    """Run a SPARQL query over a built store (project prefixes predeclared)."""
    from .rdf.query import parse_bindings, run_query

    if file is not None:
        if not file.is_file():
            err.print(f"error: {file}: no such query file", markup=False)
            raise typer.Exit(2)
        q = file.read_text(encoding="utf-8")
    elif text is None or text == "-":
        q = sys.stdin.read()
    else:
        q = text
    try:
        result = run_query(store, q, fmt=fmt, bindings=parse_bindings(bind or []), limit=limit, offset=offset)
    except MovementGraphError as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        raise typer.Exit(1) from e
    sys.stdout.write(result)
    if result and not result.endswith("\n"):
        sys.stdout.write("\n")


@app.command()
def serve(
    store: Annotated[Path, typer.Option(help="Built store folder.")] = Path("out/store"),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 7878,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run.")] = 10.0,
    max_rows: Annotated[int, typer.Option(help="Most result rows returned (reported).")] = 10000,
) -> None:
    """Serve a read-only SPARQL 1.1 Protocol endpoint at /sparql."""
    from .server import serve as run_server

    try:
        run_server(
            store,
            host=host,
            port=port,
            timeout=timeout,
            max_rows=max_rows,
            log=lambda m: err.print(m, markup=False, highlight=False),
        )
    except MovementGraphError as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        raise typer.Exit(1) from e


@app.command("analyse")
def analyse_cmd(
    out_dir: Annotated[Path, typer.Option("--out", help="A built output folder.")] = Path("out"),
) -> None:
    """Compute the network analyses of a built graph (analysis.json, CSV, GraphML, GEXF)."""
    from .analyse import analyse

    try:
        written = analyse(out_dir)
    except MovementGraphError as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        raise typer.Exit(1) from e
    for p in written:
        out.print(str(p), markup=False, highlight=False)


@app.command("views")
def views_cmd(
    out_dir: Annotated[Path, typer.Option("--out", help="A built output folder.")] = Path("out"),
) -> None:
    """Write the interactive views (views/*.html) and the report (report.html)."""
    from .views import write_views

    try:
        written = write_views(out_dir)
    except MovementGraphError as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        raise typer.Exit(1) from e
    for p in written:
        out.print(str(p), markup=False, highlight=False)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold annotation (JSON, as tests/fixtures/gold_seeds.json).")],
    graph: Annotated[Path, typer.Option(help="Built graph (TriG) or output folder.")] = Path(
        "out/graph.trig"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Score a built graph against your own gold annotation: P/R/F1, missed and spurious."""
    from .evaluate import evaluate as run_eval

    if graph.is_dir():
        graph = graph / "graph.trig"
    for p in (gold, graph):
        if not p.is_file():
            err.print(f"error: {p}: no such file", markup=False)
            raise typer.Exit(2)
    try:
        report = run_eval(graph, gold)
    except MovementGraphError as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        raise typer.Exit(1) from e
    out.print(report.to_json() if as_json else report.render(), markup=False, highlight=False)


if __name__ == "__main__":  # pragma: no cover
    app()
