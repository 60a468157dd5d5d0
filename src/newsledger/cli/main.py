"""The command group: global options, logging to stderr, and library errors turned into one
line and an exit code (the only place that happens)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from newsledger.errors import NewsledgerError

if TYPE_CHECKING:
    from newsledger.api import Ledger

DEFAULT_DB = "sqlite:///newsledger.db"


@dataclass
class State:
    """What every command shares: the store URL, verbosity and the consoles."""

    db: str
    quiet: bool
    verbose: bool
    ledger_: Ledger | None = field(default=None)

    @property
    def ledger(self) -> Ledger:
        """The ledger, opened on first use and closed when the command ends."""
        if self.ledger_ is None:
            from newsledger.api import Ledger

            self.ledger_ = Ledger(self.db)
        return self.ledger_

    def close(self) -> None:
        if self.ledger_ is not None:
            self.ledger_.close()
            self.ledger_ = None

    @property
    def out(self) -> Console:
        """Console for results (stdout)."""
        return Console(highlight=False)

    @property
    def err(self) -> Console:
        """Console for progress and notes (stderr)."""
        return Console(stderr=True, highlight=False)

    def note(self, message: str) -> None:
        """An informational line on stderr, unless --quiet."""
        if not self.quiet:
            click.echo(message, err=True)

    @property
    def interactive(self) -> bool:
        """Whether progress bars are wanted: not --quiet and stderr is a terminal."""
        return not self.quiet and sys.stderr.isatty()


class _ErrorsToMessages(click.Group):
    """Runs a command; a library error becomes ``Error: <message>`` and its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsledgerError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


class _EchoHandler(logging.Handler):
    """Library log records on stderr, as ``warning: message`` (looked up at emit time, so
    test runners that swap stderr see them)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            click.echo(f"{record.levelname.lower()}: {record.getMessage()}", err=True)
        except Exception:  # logging must never break a command
            self.handleError(record)


def _configure_logging(*, quiet: bool, verbose: bool) -> Callable[[], None]:
    """Show library log records on stderr for this command; returns the undo."""
    logger = logging.getLogger("newsledger")
    handler = _EchoHandler()
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)

    def restore() -> None:
        logger.removeHandler(handler)
        logger.setLevel(previous)

    return restore


@click.group(cls=_ErrorsToMessages, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    envvar="NEWSLEDGER_DB",
    help="Store URL: sqlite:///FILE.db or postgresql://user@host/db (env NEWSLEDGER_DB).",
)
@click.option("--quiet", "-q", is_flag=True, help="Only results and errors; no progress bar.")
@click.option("--verbose", "-v", is_flag=True, help="Also show informational log messages.")
@click.version_option(package_name="newsledger")
@click.pass_context
def cli(ctx: click.Context, db: str, quiet: bool, verbose: bool) -> None:
    """Many news reports in, one sourced and cross-checked record of a story out.

    Ingest reports, then see per story what independent sources agree on, which figures or
    dates conflict, what only one source says, and a dated timeline.
    """
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose cannot be used together")
    ctx.call_on_close(_configure_logging(quiet=quiet, verbose=verbose))
    state = State(db=db, quiet=quiet, verbose=verbose)
    ctx.obj = state
    ctx.call_on_close(state.close)


def main() -> None:
    """The ``newsledger`` console script."""
    cli(prog_name="newsledger")
