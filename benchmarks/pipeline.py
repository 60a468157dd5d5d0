"""The whole pipeline, one process (one core): read, extract, store, group, check.

``python -m benchmarks pipeline [--articles=N] [--db=URL]``

The articles are ordinary news reports: the ECB+ documents (772 articles, about 2,000
characters each, detokenised) from ``../shared/data`` when present, else the two example
articles; they are written as plain-text files with a date header and repeated (with a
distinguishing line) up to ``--articles``. Each pass over the corpus (an "edition") is dated
``EDITION_DAYS`` later than the one before, as a news stream moves on: a repeated report is a
copy of the earlier one, and it starts a story of its own rather than swelling the old one
(which the grouping time window closed), so a larger run holds more stories of the same size,
as a longer crawl does. As in ``newsledger ingest``, near-identical copies are marked as they
are read (``Deduplicator``, the stage "copies"), and stories are cross-checked from the
analyses the store gives back and written a few at a time. Times are CPU seconds of this
process (``time.process_time``), which is what "per core" means on a shared machine; wall time
is longer when other processes compete for the cores. Reported: articles per CPU second per
stage and in all, and peak resident memory. Runs with twice and four times the articles (each
in a fresh process) show whether memory grows with the number of articles and stories held:
the last line gives the slope of peak memory in MiB per 1,000 articles.

``--ledger`` runs the same articles through the product's own calls instead, as
``newsledger ingest`` and then ``newsledger stories`` do (``Ledger.ingest``, then
``Ledger.update_stories``, which groups the new articles in one batch from the store and
checks the stories): one figure for the whole, no stages.
"""

from __future__ import annotations

import argparse
import itertools
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from eval.common import data_dir, read_jsonl
from eval.detok import detokenise

from benchmarks.common import Measurement
from newsledger.compare import check_story
from newsledger.compiled import describe
from newsledger.engine.tuning import batch_gc
from newsledger.extract import Pipeline
from newsledger.group import StoryIndex, group_stories
from newsledger.ingest import Deduplicator, read_paths
from newsledger.model import Article
from newsledger.store import Store, open_store

T = TypeVar("T")

#: Publication date of the first article (the first edition spans its first 28 days).
FIRST_DAY = date(2024, 3, 1)

#: Articles per store write and per story cross-check batch.
BATCH = 200

#: Checked stories written to the store per transaction (``put_stories(..., replace=False)``):
#: few enough that the stories waiting to be written stay small, enough to share a commit.
STORY_WRITE = 20

#: Days between one pass over the corpus and the next: more than the grouping time window
#: (``newsledger.group.index.TIME_WINDOW_DAYS``) plus the 28 days a pass spans, so a later
#: edition's reports never join an earlier edition's stories.
EDITION_DAYS = 70

#: Sizes run, as multiples of ``--articles`` (each in a fresh process).
SIZES = (1, 2, 4)


@dataclass
class Timings:
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    failures: int = 0
    stories: int = 0

    def add(self, stage: str, started: float) -> None:
        self.seconds[stage] += time.process_time() - started


def corpus() -> list[str]:
    """Texts of ordinary news articles."""
    docs = data_dir() / "ecbplus" / "docs.jsonl"
    if docs.exists():
        texts = []
        for record in read_jsonl(docs):
            lines = detokenise(record["text"]).text.split("\n")
            if lines and lines[0].lstrip().lower().startswith(("http", "www")):
                lines = lines[1:]
            texts.append("\n".join(lines))
        return texts
    examples = Path(__file__).resolve().parent.parent / "examples" / "border-2025"
    return [path.read_text(encoding="utf-8") for path in sorted(examples.glob("*.txt"))]


def write_articles(folder: Path, count: int) -> None:
    texts = corpus()
    for n in range(count):
        copy = n // len(texts)
        published = FIRST_DAY + timedelta(days=copy * EDITION_DAYS + n % 28)
        body = texts[n % len(texts)]
        suffix = f"\n(Edition {copy}.)" if copy else ""
        header = f"date {published.isoformat()}\nsource Outlet {n % 17}\n\n"
        (folder / f"{n:07d}.txt").write_text(header + body + suffix, encoding="utf-8")


def run(folder: Path, db_url: str) -> tuple[int, Timings]:
    # The product runs batches under the same collector setting (Ledger.ingest, batch tasks).
    with batch_gc():
        return _run(folder, db_url)


def _run(folder: Path, db_url: str) -> tuple[int, Timings]:
    timings = Timings()
    pipeline = Pipeline()
    store = open_store(db_url)
    index = StoryIndex()
    count = 0
    for batch in _batches(_articles(folder, timings)):
        started = time.process_time()
        analyses = []
        for article in batch:
            try:
                analyses.append(pipeline.run(article))
            except Exception:  # an extractor bug must not hide the others' speed; counted
                timings.failures += 1
        timings.add("extract", started)
        started = time.process_time()
        store.put_many(analyses)
        timings.add("store", started)
        started = time.process_time()
        group_stories(analyses, index)
        closed = index.take_closed()
        timings.add("group", started)
        count += len(analyses)
        timings.stories += _check(store, closed, timings)
    timings.stories += _check(store, index.stories(), timings)
    store.close()
    return count, timings


def _check(store: Store, stories: dict[str, list[str]], timings: Timings) -> int:
    """Cross-check stories (story id -> article ids), loading their analyses from the store
    one story at a time, and write them ``STORY_WRITE`` at a time (upserted, keeping the
    others). Stories are checked as the grouping closes them (the stream has left them
    behind) and the open ones at the end, so memory holds the open stories, one story's
    analyses and a few checked stories, whatever the number of stories."""
    written = 0
    for piece in _pieces(stories.items(), STORY_WRITE):
        started = time.process_time()
        stories = [
            check_story(story_id, list(store.analyses(article_ids)))
            for story_id, article_ids in piece
        ]
        timings.add("load+check", started)
        started = time.process_time()
        store.put_stories(stories, replace=False)
        timings.add("store", started)
        written += len(stories)
    return written


def _articles(folder: Path, timings: Timings) -> Iterator[Article]:
    """The articles read, marked by the near-copy check ``Ledger.ingest`` runs (timed as
    the stage "copies")."""
    items = iter(read_paths([folder]))
    deduplicator = Deduplicator()
    while True:
        started = time.process_time()
        item = next(items, None)
        timings.add("read", started)
        if item is None:
            return
        if isinstance(item, Article):
            started = time.process_time()
            article = deduplicator.check(item)
            timings.add("copies", started)
            yield article


def _batches(articles: Iterator[Article]) -> Iterator[list[Article]]:
    return _pieces(articles, BATCH)


def _pieces(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while piece := list(itertools.islice(iterator, size)):
        yield piece


@contextmanager
def _written(count: int, db: str | None) -> Iterator[tuple[Path, str]]:
    """A temporary folder of ``count`` articles, and the store URL to use (``db`` or a
    temporary SQLite file), removed afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(folder, count)
        yield folder, db or f"sqlite:///{Path(tmp) / 'bench.db'}"


def _peak_rss_mib() -> float:
    """The process's resident-memory high-water mark (so each size runs in a fresh process)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_once(count: int, db: str | None) -> tuple[Measurement, Timings]:
    """One run in this process: CPU time per stage, and peak resident memory."""
    with _written(count, db) as (folder, url):
        started = time.process_time()
        done, timings = run(folder, url)
        seconds = time.process_time() - started
    return Measurement(f"pipeline ({done} articles)", done, seconds, _peak_rss_mib()), timings


def measure_ledger(count: int, db: str | None) -> Measurement:
    """The articles through ``Ledger.ingest`` and ``Ledger.update_stories``, in this process."""
    from newsledger.api import Ledger

    with _written(count, db) as (folder, url):
        started = time.process_time()
        with Ledger(url) as ledger:
            added = len(ledger.ingest([folder]).added)
            ledger.update_stories()
        seconds = time.process_time() - started
    return Measurement(f"ingest + stories ({added} articles)", added, seconds, _peak_rss_mib())


def report(count: int, db: str | None) -> None:
    measurement, timings = measure_once(count, db)
    print(measurement.row("articles").replace("peak", "peak RSS"))
    print(f"    ({timings.stories} stories grouped, checked and stored; {describe()})")
    if timings.failures:
        print(f"    ({timings.failures} articles failed in an extractor and were left out)")
    for stage, seconds in timings.seconds.items():
        rate = measurement.items / seconds if seconds else float("inf")
        print(f"    {stage:<10} {seconds:8.3f}s  {rate:10.1f} articles/s")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks pipeline")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--db", default=None, help="store URL (default: a temporary SQLite)")
    parser.add_argument("--once", action="store_true", help="one size, in this process")
    parser.add_argument(
        "--ledger", action="store_true", help="through Ledger.ingest and Ledger.update_stories"
    )
    args = parser.parse_args(argv)
    if args.ledger and args.once:
        measurement = measure_ledger(args.articles, args.db)
        print(measurement.row("articles").replace("peak", "peak RSS"), f"({describe()})")
        return 0
    if args.once:
        report(args.articles, args.db)
        return 0
    print("one process (one core) per size; the articles are described in the module docstring")
    peaks: dict[int, float] = {}
    for count in (factor * args.articles for factor in SIZES):
        command = [sys.executable, "-m", "benchmarks", "pipeline", f"--articles={count}", "--once"]
        if args.ledger:
            command.append("--ledger")
        if args.db:
            command.append(f"--db={args.db}")
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        print("\n".join(line for line in output.splitlines() if not line.startswith("==")))
        peaks[count] = _peak_mib(output)
    print(_slope(peaks))
    return 0


def _peak_mib(output: str) -> float:
    found = re.search(r"peak RSS\s+([\d.]+) MiB", output)
    return float(found.group(1)) if found else float("nan")


def _slope(peaks: dict[int, float]) -> str:
    """Peak memory growth from the smallest run to the largest, per 1,000 articles."""
    (low, low_mib), (high, high_mib) = min(peaks.items()), max(peaks.items())
    per_thousand = (high_mib - low_mib) / (high - low) * 1000 if high > low else 0.0
    return (
        f"peak RSS grows {per_thousand:+.1f} MiB per 1000 articles "
        f"({low} -> {high} articles: {low_mib:.1f} -> {high_mib:.1f} MiB)"
    )
