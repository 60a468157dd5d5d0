"""Commands that start something bigger: a Dask batch run and the web server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from newsledger.cli.commands import make_read_options, read_options
from newsledger.cli.main import State, cli
from newsledger.cli.progress import progress_total
from newsledger.errors import InputError, require

pass_state = click.make_pass_decorator(State)


@cli.command(short_help="Process a large collection into Parquet (Dask).")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the output Parquet dataset (one folder per table).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler address (tcp://host:8786), or 'local' for this process only; "
    "a local Dask cluster when not given.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Input files per task (one part file per table).",
)
@click.option("--overwrite", is_flag=True, help="Replace a dataset already in --out.")
@read_options
@pass_state
def batch(
    state: State,
    inputs: tuple[Path, ...],
    out_dir: Path,
    scheduler: str | None,
    batch_size: int,
    overwrite: bool,
    manifest: Path | None,
    published: Any,
    source: str | None,
    max_bytes: int,
) -> None:
    """Process a large collection in parallel (Dask) into a Parquet dataset of every table.

    Runs the same read and extract steps as ingest on a local Dask cluster, the one at
    --scheduler, or in this process (--scheduler local). Needs the 'parquet' extra, and the
    'dask' extra for a cluster.
    """
    from newsledger.api import runnable_stages
    from newsledger.engine import DEFAULT_STAGES, run_batch

    options = make_read_options(manifest, published, source, max_bytes)
    with progress_total(state, "Batches") as advance:
        report = run_batch(
            list(inputs),
            out_dir,
            scheduler=scheduler,
            batch_size=batch_size,
            options=options,
            overwrite=overwrite,
            progress=advance,
            stages=runnable_stages(DEFAULT_STAGES),
        )
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    for failure in report.failures:
        click.echo(f"error: {failure.origin or failure.article}: {failure.message}", err=True)
    where = f"{report.engine}, {report.scheduler}" if report.scheduler else report.engine
    state.note(
        f"Wrote {report.articles} articles in {report.batches} batches to {report.out_dir} "
        f"({where}, {report.seconds:.1f} s)."
    )
    if report.articles == 0 and (report.errors or report.failures):
        raise InputError("nothing could be read")


@cli.command(short_help="Serve the web UI and REST API.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--token",
    envvar="NEWSLEDGER_TOKEN",
    help="Require this bearer token on the REST API (env NEWSLEDGER_TOKEN).",
)
@pass_state
def serve(state: State, host: str, port: int, token: str | None) -> None:
    """Serve the web UI and the REST API (/api, OpenAPI docs at /docs). Needs the 'web' extra.

    Pages and GET requests are open; writes (POST /api/articles) need --token as a bearer token.
    """
    require("fastapi", "web")
    require("uvicorn", "web")
    from newsledger.web import serve as serve_app

    state.note(f"Serving {state.db} on http://{host}:{port}/ (Ctrl-C stops)")
    serve_app(state.ledger, host=host, port=port, token=token, log_level="warning")
