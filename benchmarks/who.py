"""Who-said-what throughput: ``.venv/bin/python -m benchmarks who [--articles=N]``.

Writes the two example articles repeated to N files (default 500, each copy made distinct by
a sentence of its own) in a temporary folder, then measures articles/second for the same
ingest (``read_paths``) followed by sentence splitting, with the ``entities``, ``quotes`` and
``attribution`` stages off and then on. With ``../shared/data`` present it also times the
stages alone on the PolNeAR dev articles (real, longer political news). Speed comes from an
untraced run, peak memory from a second run under tracemalloc.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import Measurement, measure
from benchmarks.ingest import read_all, write_copies
from newsledger.extract import Pipeline
from newsledger.model import Article

OFF: tuple[str, ...] = ("sentences",)
ON: tuple[str, ...] = ("sentences", "entities", "quotes", "attribution")


def ingest_and_extract(folder: Path, stages: Sequence[str]) -> int:
    pipeline = Pipeline(stages, strict=True)
    return sum(1 for _ in pipeline.run_many(read_all(folder)))


def extract(articles: list[Article], stages: Sequence[str]) -> int:
    pipeline = Pipeline(stages, strict=True)
    return sum(1 for _ in pipeline.run_many(articles))


def _timed(name: str, count: int, work: object) -> Measurement:
    assert callable(work)
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    traced, _ = measure(name, count, work)
    return Measurement(name, count, seconds, traced.peak_mib)


def polnear_articles() -> list[Article]:
    from eval.common import data_dir, read_jsonl

    path = data_dir() / "polnear" / "quotes.dev.jsonl"
    if not path.exists():
        return []
    return [
        Article(id=record["doc_id"], text=record["text"], language="en")
        for record in read_jsonl(path)
        if record.get("primary", True)
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks who")
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args(argv)
    Pipeline(ON, strict=True).run(Article(id="warm", text="Warm up, Ana Lopez said."))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_copies(folder, args.articles, as_html=False)
        rows = [
            _timed(
                f"ingest + {'+'.join(stages)}",
                args.articles,
                lambda stages=stages: ingest_and_extract(folder, stages),
            )
            for stages in (OFF, ON)
        ]
    articles = polnear_articles()
    if articles:
        rows += [
            _timed(
                f"PolNeAR dev, {'+'.join(stages)}",
                len(articles),
                lambda stages=stages: extract(articles, stages),
            )
            for stages in (OFF, ON)
        ]
    for row in rows:
        print(row.row("articles"))
    off, on = rows[0], rows[1]
    print(f"who stages on: {on.per_second / off.per_second:.2f}x the throughput of off")
    return 0
