"""Ingest throughput: ``.venv/bin/python -m benchmarks ingest [--articles N]``.

Writes the two example articles repeated to N files (default 1,000) in a temporary folder, each
copy made distinct by a sentence of its own so every id differs, then measures ``read_paths`` on
the folder (articles/second and peak Python heap), the same articles as HTML pages (trafilatura),
near-duplicate checking of everything read, and the whole ingest as users run it
(``Ledger.ingest``: read, deduplicate, extract with every default stage, store in SQLite).
Speed comes from an untraced run, peak memory from a second run under tracemalloc.
"""

from __future__ import annotations

import argparse
import html
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from benchmarks.common import Measurement, measure
from newsledger.api import Ledger
from newsledger.errors import InputError
from newsledger.ingest import Deduplicator, read_paths
from newsledger.model import Article

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "border-2025"
SEEDS = ("000_1b23dc7213abb3ae.txt", "003_70f550a770bde8ef.txt")
T = TypeVar("T")


def write_copies(folder: Path, count: int, *, as_html: bool) -> None:
    texts = [(EXAMPLE / name).read_text(encoding="utf-8") for name in SEEDS]
    for number in range(count):
        text = texts[number % len(texts)]
        extra = f"Officials counted {number + 7} convoys by day {number % 28 + 1}."
        if as_html:
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
            page = (
                f"<html><head><title>Copy {number}</title></head><body><article>{paragraphs}"
                f"<p>{extra}</p></article></body></html>"
            )
            (folder / f"{number:05d}.html").write_text(page, encoding="utf-8")
        else:
            (folder / f"{number:05d}.txt").write_text(f"{text}\n{extra}\n", encoding="utf-8")


def read_all(folder: Path) -> list[Article]:
    items = list(read_paths([folder]))
    errors = [item for item in items if isinstance(item, InputError)]
    if errors:
        raise SystemExit(f"unexpected input errors: {errors[:3]}")
    return [item for item in items if isinstance(item, Article)]


def run(name: str, items: int, work: Callable[[], T]) -> tuple[Measurement, T]:
    """Time ``work`` untraced (tracemalloc slows allocation-heavy code 2-3x), then take its peak
    memory from a second, traced run."""
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    traced, _ = measure(name, items, work)
    return Measurement(name, items, seconds, traced.peak_mib), result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks ingest")
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args([arg for arg in argv if arg != "--"])
    with tempfile.TemporaryDirectory() as scratch:
        text_folder, html_folder = Path(scratch, "text"), Path(scratch, "html")
        text_folder.mkdir()
        html_folder.mkdir()
        write_copies(text_folder, args.articles, as_html=False)
        write_copies(html_folder, args.articles, as_html=True)
        text_run, articles = run(
            "read_paths, plain text", args.articles, lambda: read_all(text_folder)
        )
        print(text_run.row("articles"))
        html_run, _ = run(
            "read_paths, HTML (trafilatura)", args.articles, lambda: read_all(html_folder)
        )
        print(html_run.row("articles"))

        def dedupe() -> int:
            deduplicator = Deduplicator()
            return sum(1 for article in articles if deduplicator.check(article).copy_of)

        dedupe_run, copies = run("Deduplicator.check", len(articles), dedupe)
        print(dedupe_run.row("articles"))
        # Every copy differs from its seed by one sentence: all but the two seeds are copies.
        print(f"distinct ids: {len({a.id for a in articles})}; marked as copies: {copies}")

        runs = iter(range(2))

        def ledger_ingest() -> int:
            # a fresh store per run, so the traced run ingests everything again
            db = Path(scratch, f"ingest-{next(runs)}.db")
            with Ledger(f"sqlite:///{db}") as ledger:
                return len(ledger.ingest([text_folder]).added)

        ledger_run, added = run("Ledger.ingest (read+extract+store)", args.articles, ledger_ingest)
        print(ledger_run.row("articles"))
        print(f"stored: {added}")
    return 0
