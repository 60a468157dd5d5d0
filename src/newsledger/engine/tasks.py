"""The engine's tasks: top-level, pure functions over plain, picklable batches.

Nothing passed to a task holds a connection, a model or a lock: a task gets paths, options and
stage names, builds what it needs (a Pipeline) inside its worker, and returns small picklable
results. The local engine and Dask run exactly these functions.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsledger.errors import InputError
from newsledger.extract import DEFAULT_STAGES, Pipeline
from newsledger.model import Analysis, Article

if TYPE_CHECKING:
    from newsledger.ingest import ReadOptions

log = logging.getLogger(__name__)

#: Articles analysed and written as one Parquet row group inside a task: bounds a task's
#: memory (a news article with its items takes some 20-50 KB in memory, so ~25 MB) while
#: keeping row groups large enough to read efficiently.
ROW_GROUP_ARTICLES = 500


@dataclass(frozen=True, slots=True)
class ArticleFailure:
    """An article that was read but could not be analysed (an extractor raised)."""

    article: str
    origin: str | None
    message: str


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one task did: rows written per table, what it could not read or analyse."""

    part: int
    articles: int = 0
    duplicates: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    errors: tuple[InputError, ...] = ()
    failures: tuple[ArticleFailure, ...] = ()
    languages: dict[str, int] = field(default_factory=dict)


def read_batch(
    paths: Sequence[Path], options: ReadOptions | None = None
) -> list[Article | InputError]:
    """Read every article of ``paths``; unreadable inputs come back as InputError values."""
    return list(_read(paths, options))


def analyse_batch(
    articles: Iterable[Article], stages: Sequence[str] = DEFAULT_STAGES
) -> list[Analysis]:
    """Run the extractors named by ``stages`` over ``articles``."""
    return list(pipeline_for(stages).run_many(articles))


def process_batch(
    paths: Sequence[Path],
    options: ReadOptions | None,
    stages: Sequence[str],
    out_dir: Path,
    part: int,
) -> BatchResult:
    """Read, analyse and write one batch as part ``part`` of the dataset in ``out_dir``.

    Streams: articles are analysed and written ``ROW_GROUP_ARTICLES`` at a time, so a batch
    holding a large WARC archive does not hold all its articles in memory. An article whose
    analysis raises is recorded as a failure and the batch goes on; an article id seen earlier
    in the batch is written once.
    """
    from newsledger.engine.tuning import batch_gc

    with batch_gc():
        return _process_batch(paths, options, stages, out_dir, part)


def _process_batch(
    paths: Sequence[Path],
    options: ReadOptions | None,
    stages: Sequence[str],
    out_dir: Path,
    part: int,
) -> BatchResult:
    from newsledger.engine.parquet import PartWriter

    pipeline = pipeline_for(stages)
    errors: list[InputError] = []
    failures: list[ArticleFailure] = []
    languages: Counter[str] = Counter()
    seen: set[str] = set()
    duplicates = 0
    with PartWriter(out_dir, part) as writer:
        for chunk in _chunks(_read(paths, options), ROW_GROUP_ARTICLES):
            analyses = []
            for item in chunk:
                if isinstance(item, InputError):
                    errors.append(item)
                elif item.id in seen:
                    duplicates += 1
                else:
                    seen.add(item.id)
                    languages[item.language] += 1
                    analysis = _analyse_one(pipeline, item, failures)
                    if analysis is not None:
                        analyses.append(analysis)
            writer.write(analyses)
    return BatchResult(
        part=part,
        articles=writer.rows["articles"],
        duplicates=duplicates,
        rows=dict(writer.rows),
        errors=tuple(errors),
        failures=tuple(failures),
        languages=dict(languages),
    )


def _analyse_one(
    pipeline: Pipeline, article: Article, failures: list[ArticleFailure]
) -> Analysis | None:
    try:
        return pipeline.run(article)
    except Exception as exc:  # one broken article must not sink a batch of thousands
        log.debug("analysis of %s failed", article.id, exc_info=True)
        failures.append(ArticleFailure(article.id, article.origin, f"{type(exc).__name__}: {exc}"))
        return None


_local = threading.local()


def pipeline_for(stages: Sequence[str]) -> Pipeline:
    """The Pipeline for ``stages``, built once per worker thread and reused across batches.

    Built inside the worker (never shipped to it); one per thread because extractors are not
    required to be thread-safe.
    """
    key = tuple(stages)
    cache: dict[tuple[str, ...], Pipeline] = _local.__dict__.setdefault("pipelines", {})
    if key not in cache:
        cache[key] = Pipeline(key)
    return cache[key]


def _read(paths: Sequence[Path], options: ReadOptions | None) -> Iterator[Article | InputError]:
    from newsledger.ingest import ReadOptions, read_paths

    return read_paths(list(paths), options if options is not None else ReadOptions())


def _chunks(
    items: Iterable[Article | InputError], size: int
) -> Iterator[list[Article | InputError]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk
