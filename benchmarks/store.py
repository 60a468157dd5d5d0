"""Store throughput: articles written and read per second on SQLite (and PostgreSQL).

``python -m benchmarks store [--articles N] [--pg URL]``. The articles are the two bundled
examples run through the available extractors, copied under fresh ids (so every item is
rewritten for its copy), which gives realistic row counts per article.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.common import measure
from newsledger.errors import PipelineError
from newsledger.extract import DEFAULT_STAGES, Pipeline
from newsledger.model import LAYERS, Analysis, Article, Story
from newsledger.store import open_store, sql

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "border-2025"


def _pipeline() -> Pipeline:
    """The default stages that can run now (stages whose inputs are missing are left out)."""
    stages: list[str] = []
    for stage in DEFAULT_STAGES:
        try:
            Pipeline([*stages, stage])
        except PipelineError:
            continue
        stages.append(stage)
    return Pipeline(stages)


def _seed_analyses() -> list[Analysis]:
    pipeline = _pipeline()
    texts = sorted(EXAMPLE.glob("*.txt"))
    return [
        pipeline.run(Article(id=f"seed{n}", text=path.read_text(encoding="utf-8"), language="en"))
        for n, path in enumerate(texts)
    ]


def _copy(analysis: Analysis, article_id: str) -> Analysis:
    """The same analysis under another article id (items re-pointed at it)."""
    layers: dict[str, Any] = {}
    for layer in LAYERS:
        items = []
        for item in getattr(analysis, layer):
            changes: dict[str, Any] = {"article": article_id}
            if hasattr(item, "id"):
                changes["id"] = f"{item.id}@{article_id}"
            items.append(replace(item, **changes))
        layers[layer] = tuple(items)
    return replace(analysis, article=replace(analysis.article, id=article_id), **layers)


def _corpus(seeds: list[Analysis], count: int) -> Iterator[Analysis]:
    for n in range(count):
        yield _copy(seeds[n % len(seeds)], f"a{n:07d}")


def _stories(count: int) -> Iterator[Story]:
    for n in range(count):
        yield Story(id=f"s{n}", title=f"Story {n}", articles=(f"a{n:07d}",))


def _bench(url: str, label: str, seeds: list[Analysis], count: int) -> None:
    rows = sum(len(getattr(seed, layer)) for seed in seeds for layer in LAYERS) / len(seeds)
    print(f"-- {label}: {count} articles, ~{rows:.0f} item rows each")
    default = sql.PUT_CHUNK
    for chunk in (1, 50, default, 1000):
        sql.PUT_CHUNK = chunk
        _bench_writes(url, f"{label} chunk={chunk}", list(_corpus(seeds, count)))
        _reset(url)
    sql.PUT_CHUNK = default
    with open_store(url) as store:
        for n in (1_000, 10_000):
            result, _ = measure(
                f"{label} put_stories {n}", n, lambda n=n: store.put_stories(_stories(n))
            )
            print(result.row("stories"))
    _reset(url)


def _bench_writes(url: str, label: str, batch: list[Analysis]) -> None:
    with open_store(url) as store:
        result, _ = measure(f"{label} put_many", len(batch), lambda: store.put_many(batch))
        print(result.row("articles"))
        again, _ = measure(f"{label} again (no-op)", len(batch), lambda: store.put_many(batch))
        print(again.row("articles"))
        read, _ = measure(
            f"{label} analyses()", len(batch), lambda: sum(1 for _ in store.analyses())
        )
        print(read.row("articles"))
        found, _ = measure(
            f"{label} search x100", 100, lambda: [store.search("border troops") for _ in range(100)]
        )
        print(found.row("queries"))


def _reset(url: str) -> None:
    if url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
        return
    import sqlalchemy as sa

    from newsledger.store import normalise_url

    engine = sa.create_engine(normalise_url(url))
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks store")
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument(
        "--pg",
        default=os.environ.get("NEWSLEDGER_BENCH_PG"),
        help="a scratch PostgreSQL database (its public schema is dropped)",
    )
    args = parser.parse_args(argv)
    seeds = _seed_analyses()
    with tempfile.TemporaryDirectory() as folder:
        _bench(f"sqlite:///{folder}/bench.db", "sqlite", seeds, args.articles)
    if args.pg:
        _bench(args.pg, "postgresql", seeds, args.articles)
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
