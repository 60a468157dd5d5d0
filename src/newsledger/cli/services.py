"""Commands that start something bigger: a Dask batch run and the web server."""

from __future__ import annotations

from pathlib import Path

import click

from newsledger.cli.main import State, cli
from newsledger.errors import OptionalDependencyError, require

pass_state = click.make_pass_decorator(State)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the output Parquet dataset (one table per folder).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler address (tcp://host:8786); a local cluster when not given.",
)
@pass_state
def batch(state: State, inputs: tuple[Path, ...], out_dir: Path, scheduler: str | None) -> None:
    """Process a large collection on Dask and write a Parquet dataset of every table.

    Runs the same read, extract, group and check steps as ingest and report, in parallel,
    on a local cluster or the one at --scheduler. Needs the 'dask' extra.
    """
    require("dask", "dask")
    try:
        from newsledger.engine import run_batch
    except ImportError as exc:
        raise OptionalDependencyError(
            "batch processing is not available in this installation", module="newsledger.engine"
        ) from exc
    result = run_batch([str(path) for path in inputs], str(out_dir), scheduler=scheduler)
    state.note(f"Wrote the dataset to {out_dir}")
    if result is not None:
        click.echo(str(result))


@cli.command()
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
