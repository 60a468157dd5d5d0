"""The everyday commands: ingest, report, stories, show, export, schema.

Each parses its arguments, calls the library, and prints; nothing else happens here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsledger.cli.main import State, cli
from newsledger.cli.progress import progress_counter, working
from newsledger.errors import InputError, UsageError

if TYPE_CHECKING:
    from newsledger.api import IngestReport, Ledger
    from newsledger.ingest import ReadOptions
    from newsledger.render.view import StoryView

pass_state = click.make_pass_decorator(State)

#: Report file suffixes and the renderer each selects.
REPORT_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}

EXPORT_FORMATS = ("json", "jsonl", "csv", "parquet")


def read_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options that say how inputs are read (shared by ingest and report)."""
    decorators = [
        click.option(
            "--manifest",
            type=click.Path(dir_okay=False, path_type=Path),
            help="CSV or JSON manifest mapping files to source, published, title, url.",
        ),
        click.option(
            "--date",
            "published",
            type=click.DateTime(formats=["%Y-%m-%d"]),
            help="Publication date (YYYY-MM-DD) for inputs that carry none.",
        ),
        click.option("--source", help="Outlet name for inputs that carry none."),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=10_000_000,
            show_default=True,
            help="Skip files larger than this.",
        ),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


@cli.command(short_help="Read reports into the store.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@read_options
@pass_state
def ingest(
    state: State,
    paths: tuple[Path, ...],
    manifest: Path | None,
    published: Any,
    source: str | None,
    max_bytes: int,
) -> None:
    """Read reports (text, HTML, JSON/JSONL, RSS/Atom, WARC, folders) into the store.

    Re-reading an article changes nothing; a near-identical copy is stored and marked as a
    copy. Each unreadable input is named with its reason; the others are still stored.
    """
    _ingest(state, paths, manifest, published, source, max_bytes)


def _ingest(
    state: State,
    paths: Sequence[Path],
    manifest: Path | None,
    published: Any,
    source: str | None,
    max_bytes: int,
) -> IngestReport:
    options = make_read_options(manifest, published, source, max_bytes)
    with progress_counter(state, "Reading") as advance:
        report = state.ledger.ingest(list(paths), options, progress=advance)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    state.note(ingest_summary(report))
    if report.read == 0:
        if report.errors:
            raise InputError("nothing could be read")
        raise InputError("no articles found in " + ", ".join(str(p) for p in paths))
    return report


def make_read_options(
    manifest: Path | None, published: Any, source: str | None, max_bytes: int
) -> ReadOptions:
    """The library's read options from the command-line options."""
    from newsledger.ingest import ReadOptions

    return ReadOptions(
        date=published.date() if published is not None else None,
        source=source,
        manifest=manifest,
        max_bytes=max_bytes,
    )


def ingest_summary(report: IngestReport) -> str:
    """One line saying what an ingest did."""
    parts = [
        f"{len(report.added)} new",
        f"{len(report.unchanged)} already stored",
    ]
    if report.copies:
        parts.append(_plural(len(report.copies), "copy", "copies") + " of earlier articles")
    if report.errors:
        parts.append(_plural(len(report.errors), "unreadable input", "unreadable inputs"))
    return f"Ingested {_plural(report.read, 'article', 'articles')}: " + ", ".join(parts) + "."


@cli.command(short_help="Summarise every story (terminal, HTML, Markdown).")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@read_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the report to a file: .html (standalone page) or .md (Markdown).",
)
@pass_state
def report(
    state: State,
    paths: tuple[Path, ...],
    manifest: Path | None,
    published: Any,
    source: str | None,
    max_bytes: int,
    output: Path | None,
) -> None:
    """Summarise every story: checks by verdict, timeline, deadlines, quotes, entities.

    PATHs given are ingested first. The summary goes to the terminal; -o report.html writes a
    standalone HTML report with every cited sentence highlighted, -o report.md Markdown.
    """
    kind = _report_kind(output) if output is not None else None
    if paths:
        _ingest(state, paths, manifest, published, source, max_bytes)
    with working(state, "Grouping and cross-checking stories"):
        views = story_views(state.ledger)
    from newsledger.render import render_terminal

    render_terminal(views, state.out)
    if output is not None and kind is not None:
        _write_report(views, output, kind)
        state.note(f"Wrote {output}")


def _report_kind(output: Path) -> str:
    kind = REPORT_FORMATS.get(output.suffix.lower())
    if kind is None:
        raise UsageError(f"cannot tell the report format of {output}: use a .html or .md file")
    return kind


def _write_report(views: Sequence[StoryView], output: Path, kind: str) -> None:
    from newsledger.render import render_html, render_markdown

    text = render_html(views) if kind == "html" else render_markdown(views)
    _write_text(output, text)


def story_views(ledger: Ledger, story_ids: Sequence[str] | None = None) -> list[StoryView]:
    """The report views of all stories (or of the given ones)."""
    from newsledger.render import build_views

    stories = ledger.stories()
    if story_ids is not None:
        stories = [story for story in stories if story.id in story_ids]
    analyses = []
    for story in stories:
        for article_id in story.articles:
            analysis = ledger.analysis(article_id)
            if analysis is not None:
                analyses.append(analysis)
    return build_views(stories, analyses, ledger.entities())


@cli.command(short_help="List the stories.")
@pass_state
def stories(state: State) -> None:
    """List the stories: id, title, number of articles and checks by verdict."""
    from newsledger.render.terminal import stories_table

    with working(state, "Grouping and cross-checking stories"):
        found = state.ledger.stories()
    state.out.print(stories_table(found, width=state.out.width))


@cli.command(short_help="Show one story or one article.")
@click.argument("item_id", metavar="ID")
@pass_state
def show(state: State, item_id: str) -> None:
    """Show one story (its full summary) or one article (metadata and what was extracted)."""
    from newsledger.render.terminal import article_renderable, story_renderable

    ledger = state.ledger
    if ledger.story(item_id) is not None:
        for view in story_views(ledger, [item_id]):
            state.out.print(story_renderable(view))
        return
    analysis = ledger.analysis(item_id)
    if analysis is None:
        raise InputError(f"no story or article with id {item_id!r}")
    state.out.print(article_renderable(analysis))


@cli.command(short_help="Export as JSON, JSONL, CSV or Parquet.")
@click.option(
    "--format",
    "format_",
    type=click.Choice(EXPORT_FORMATS),
    default="json",
    show_default=True,
    help="json: one document; jsonl: one record per line; csv, parquet: one file per table.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File (json, jsonl; default stdout), folder (csv, parquet) or .zip file (csv).",
)
@pass_state
def export(state: State, format_: str, output: Path | None) -> None:
    """Export everything stored, in the schema 'newsledger schema' prints.

    json and jsonl go to stdout unless -o is given; csv writes one file per table into the
    folder -o (or into a zip archive if -o ends in .zip); parquet one file per table into -o.
    """
    from newsledger.render import export as exports

    if format_ in ("csv", "parquet") and output is None:
        raise UsageError(f"--format {format_} writes one file per table: give a folder with -o")
    with working(state, "Collecting the export"):
        document = state.ledger.export()
    if format_ in ("json", "jsonl"):
        write = exports.write_json if format_ == "json" else exports.write_jsonl
        if output is None:
            write(document, sys.stdout)
            return
        _ensure_parent(output)
        with output.open("w", encoding="utf-8") as stream:
            write(document, stream)
        state.note(f"Wrote {output}")
        return
    if output is None:  # checked above; repeated so the type narrows
        raise UsageError(f"--format {format_} needs -o")
    writer = exports.write_csv if format_ == "csv" else exports.write_parquet
    try:
        written = writer(document, output)
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from exc
    state.note(f"Wrote {_plural(len(written), 'file', 'files')} to {output}")


@cli.command(short_help="Print the JSON Schema of the export.")
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the JSON export."""
    from newsledger.schema import schema_text

    click.echo(schema_text(), nl=False)


def _write_text(path: Path, text: str) -> None:
    _ensure_parent(path)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _ensure_parent(path: Path) -> None:
    if not path.parent.is_dir():
        raise UsageError(f"cannot write {path}: folder {path.parent} does not exist")


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
