"""A progress bar on stderr for long work; silent with --quiet or when stderr is no terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsledger.cli.main import State


@contextmanager
def progress_counter(state: State, label: str) -> Iterator[Callable[[int], None] | None]:
    """Yield a callback taking the number of items handled so far (or None when silent)."""
    if not state.interactive:
        yield None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} inputs"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=state.err, transient=True) as progress:
        task = progress.add_task(label, total=None)

        def update(handled: int) -> None:
            progress.update(task, completed=handled)

        yield update


@contextmanager
def progress_total(state: State, label: str) -> Iterator[Callable[[int, int], None] | None]:
    """Yield a callback taking (done, total), or None when silent."""
    if not state.interactive:
        yield None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=state.err, transient=True) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update


@contextmanager
def working(state: State, label: str) -> Iterator[None]:
    """A spinner on stderr while work of unknown length runs (grouping, cross-checking)."""
    if not state.interactive:
        yield
        return
    with state.err.status(label):
        yield
