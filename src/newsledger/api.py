"""The library API: one ``Ledger`` over a store that ties the pipeline stages together.

The command line and the web layer are thin shells over this class::

    with Ledger("sqlite:///news.db") as ledger:
        report = ledger.ingest(["reports/"])
        for story in ledger.stories():
            ...

Every stage is called through its package's public functions. An extractor that fails on one
article makes that article an input error; a cross-check that fails on one story lists that
story without checks and logs why; neither hides the rest of the batch.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from newsledger.errors import InputError, MalformedInputError, NewsledgerError
from newsledger.extract import DEFAULT_STAGES, Pipeline
from newsledger.model import Analysis, Article, Entity, Story

if TYPE_CHECKING:
    from newsledger.group import StoryIndex
    from newsledger.ingest import Deduplicator, ReadOptions
    from newsledger.store.base import Store

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Store state key under which the incremental story index is persisted.
STORY_INDEX_STATE = "story_index"

#: Store state key under which the newest publication date the copy check has seen is kept, so
#: that start-up reads only the stored articles inside its window (``COPY_WINDOW_DAYS``).
COPY_NEWEST_STATE = "copies_newest"

#: Languages English-only extractors handle ("und" = too short to tell, treated as English).
ENGLISH = ("en", "und")


@dataclass(frozen=True)
class IngestReport:
    """What one ``Ledger.ingest`` call did.

    Attributes:
        added: articles stored for the first time (copies included).
        unchanged: ids of articles that were already stored (re-reading changes nothing).
        copies: the added articles that are near-identical copies of an earlier one.
        errors: one error per input that could not be read, in input order.
    """

    added: tuple[Article, ...]
    unchanged: tuple[str, ...]
    copies: tuple[Article, ...]
    errors: tuple[InputError, ...]

    @property
    def read(self) -> int:
        """How many articles could be read (new or already stored)."""
        return len(self.added) + len(self.unchanged)


def _default_read_options() -> ReadOptions:
    from newsledger.ingest import ReadOptions

    return ReadOptions()


class Ledger:
    """Articles in, stories with cross-checks out, all kept in one store.

    Args:
        db: store URL: ``sqlite:///path.db`` (default) or ``postgresql://user@host/db``.
        stages: extractor names to run on each article, in order.
    """

    def __init__(
        self, db: str = "sqlite:///newsledger.db", *, stages: Sequence[str] = DEFAULT_STAGES
    ) -> None:
        from newsledger.store import open_store

        self.db = db
        self.store: Store = open_store(db)
        self._stages = tuple(stages)
        self._pipeline: Pipeline | None = None
        self._deduplicator: Deduplicator | None = None
        # Writes (ingest, regrouping) are serialised: the web layer calls from several threads.
        self._lock = threading.RLock()

    # -- context manager -------------------------------------------------------------------

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the store; the ledger cannot be used afterwards."""
        self.store.close()

    @property
    def pipeline(self) -> Pipeline:
        """The extraction pipeline, built (and validated) on first use."""
        if self._pipeline is None:
            stages = self._stages
            if stages == DEFAULT_STAGES:
                stages = runnable_stages(stages)
            self._pipeline = Pipeline(stages)
        return self._pipeline

    @property
    def deduplicator(self) -> Deduplicator:
        """Near-copy detection over the stored articles inside its window, built once and kept
        up to date.

        Only the articles published within ``COPY_WINDOW_DAYS`` of the newest publication date
        seen (and the undated ones, of which it keeps the latest) are read and signed: the
        older ones would be forgotten at once, and reading them all would make start-up grow
        with the store.
        """
        if self._deduplicator is None:
            from newsledger.ingest import Deduplicator
            from newsledger.ingest.limits import COPY_WINDOW_DAYS

            newest = self._newest_published()
            since = newest - timedelta(days=COPY_WINDOW_DAYS) if newest is not None else None
            self._deduplicator = Deduplicator(self.store.articles(since=since))
        return self._deduplicator

    def _newest_published(self) -> date | None:
        """The newest publication date the copy check has seen (as last recorded)."""
        recorded = self.store.get_state(COPY_NEWEST_STATE)
        if recorded:
            return date.fromisoformat(recorded)
        # A store written before the date was recorded: one pass over the dates, no signatures.
        from newsledger.ingest.limits import stream_date

        dates = (stream_date(article.published) for article in self.store.articles())
        return max((day for day in dates if day is not None), default=None)

    def _record_newest_published(self) -> None:
        """Record the copy check's newest date for the next start. A recorded date older than
        the newest stored (another writer's) only makes that start read more, never miss a copy.
        """
        newest = self.deduplicator.newest
        if newest is None:
            return
        if self.store.get_state(COPY_NEWEST_STATE) != newest.isoformat():
            self.store.set_state(COPY_NEWEST_STATE, newest.isoformat())

    # -- ingest ----------------------------------------------------------------------------

    def ingest(
        self,
        paths: Sequence[str | Path],
        options: ReadOptions | None = None,
        *,
        progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Read files, folders and archives; extract and store each article.

        Each article is stored with everything extracted from it, or not at all; an input that
        cannot be read becomes one entry of ``errors`` and the rest of the batch goes on.
        Re-ingesting an article already stored changes nothing.

        Args:
            paths: files or folders (folders are read recursively; a ``manifest.csv`` or
                ``manifest.json`` in a folder is used automatically).
            options: date, source, manifest and size limit applied while reading.
            progress: called after each input (article or error) with the number of inputs
                handled so far.
        """
        from newsledger.engine.tuning import batch_gc
        from newsledger.ingest import read_paths

        options = options if options is not None else _default_read_options()
        with self._lock, batch_gc():
            batch = _Batch(self, progress)
            items = iter(read_paths([str(path) for path in paths], options))
            try:
                while chunk := list(itertools.islice(items, WRITE_BATCH)):
                    batch.take_many(chunk)
            except BaseException:
                batch.write()  # an interrupted ingest keeps what it extracted
                raise
            return batch.finish()

    def ingest_text(
        self,
        text: str,
        *,
        source: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: date | None = None,
    ) -> tuple[Article, bool]:
        """Store one article given as text; returns it and whether it was new.

        The text may start with header lines (``date 2025-01-23``, ``source``, ``title``,
        ``url``) like a plain-text file; the arguments fill in what the text does not say
        itself, as ``--source`` and ``--date`` do on the command line.

        Raises:
            InputError: the text is empty or otherwise unreadable.
        """
        from newsledger.ingest import ReadOptions, read_text

        options = ReadOptions(date=published, source=source)
        article = read_text(text, origin="<text>", options=options)
        article = replace(
            article,
            title=article.title if article.title is not None else title,
            url=article.url if article.url is not None else url,
        )
        with self._lock:
            batch = _Batch(self, None)
            batch.take(article)
            report = batch.finish()
        if report.errors:
            raise report.errors[0]
        if report.added:
            return report.added[0], True
        stored = self.store.get_article(article.id)
        return (stored if stored is not None else article), False

    # -- queries ---------------------------------------------------------------------------

    def articles(self) -> list[Article]:
        """Every stored article, oldest first."""
        return list(self.store.articles())

    def analysis(self, article_id: str) -> Analysis | None:
        """One article with everything extracted from it, or None if it is not stored."""
        return self.store.get_analysis(article_id)

    def search(self, query: str, *, limit: int = 20) -> list[Article]:
        """Full-text search over article texts and titles."""
        return self.store.search(query, limit=limit)

    def entities(self) -> list[Entity]:
        """Entities merged across every stored article, with all their mentions."""
        return merge_entities(list(self.store.analyses()))

    def stories(self) -> list[Story]:
        """Every story, after grouping new articles and re-checking the stories they changed.

        Grouping is incremental: the story index is kept in the store, so an article that
        arrives after its story exists joins it, and only changed stories are cross-checked.
        """
        self.update_stories()
        return self.store.stories()

    def story(self, story_id: str) -> Story | None:
        """One story (after bringing stories up to date), or None."""
        self.update_stories()
        return self.store.get_story(story_id)

    def stories_of(self, article_id: str) -> list[Story]:
        """The stories an article belongs to (after bringing stories up to date)."""
        self.update_stories()
        return self.store.stories_of(article_id)

    def update_stories(self) -> None:
        """Group the articles no story holds yet and re-check the stories they change; with
        none, a single query."""
        with self._lock:
            _StoryUpdater(self.store).update()

    def export(self) -> dict[str, Any]:
        """The JSON export of DESIGN.md (schema ``newsledger/1``) of everything stored."""
        from newsledger.render.export import build_export

        stories = self.stories()
        analyses = list(self.store.analyses())
        return build_export(analyses, stories, merge_entities(analyses))


#: Analyses an ingest holds before writing them in one transaction (``Store.put_many``). A
#: transaction per article cost more than extracting it did; 200 is the store's own chunk.
WRITE_BATCH = 200


class _Batch:
    """One ingest batch: deduplicate and extract articles one at a time, and store them a
    ``WRITE_BATCH`` at a time (each article still atomically, with all its items)."""

    def __init__(self, ledger: Ledger, progress: Callable[[int], None] | None) -> None:
        self.ledger = ledger
        self.progress = progress
        self.deduplicator = ledger.deduplicator
        self.added: list[Article] = []
        self.unchanged: list[str] = []
        self.errors: list[InputError] = []
        self.skipped_languages: Counter[str] = Counter()
        self.handled = 0
        self.pending: list[Analysis] = []
        self.pending_ids: set[str] = set()

    def take_many(self, items: Sequence[Article | InputError]) -> None:
        """``take`` each item, asking the store which articles it holds in one query."""
        ids = [item.id for item in items if isinstance(item, Article)]
        stored = self.ledger.store.stored(ids)
        for item in items:
            self.take(item, stored=stored)

    def take(self, item: Article | InputError, *, stored: set[str] | None = None) -> None:
        """Handle one input; ``stored``: the ids known to be stored, if the caller asked."""
        if isinstance(item, InputError):
            self.errors.append(item)
        else:
            self._store(item, stored)
        self.handled += 1
        if self.progress is not None:
            self.progress(self.handled)

    def _store(self, article: Article, stored: set[str] | None) -> None:
        store = self.ledger.store
        known = article.id in stored if stored is not None else store.has(article.id)
        if known or article.id in self.pending_ids:
            self.unchanged.append(article.id)
            return
        article = self.deduplicator.check(article)
        pipeline = self.ledger.pipeline  # built outside the try: a bad pipeline is no input error
        try:
            analysis = pipeline.run(article)
        except InputError as exc:
            self.errors.append(exc)
            return
        except Exception as exc:  # an extractor bug must not stop the batch either
            log.debug("extraction failed on %s", article.origin, exc_info=True)
            self.errors.append(
                MalformedInputError(f"extraction failed: {exc}", path=article.origin or article.id)
            )
            return
        if article.language not in ENGLISH:
            self.skipped_languages[article.language] += 1
        self.pending.append(analysis)
        self.pending_ids.add(article.id)
        if len(self.pending) >= WRITE_BATCH:
            self.write()

    def write(self) -> None:
        """Store the pending analyses; the articles another writer stored first meanwhile
        count as unchanged."""
        pending, self.pending = self.pending, []
        self.pending_ids = set()
        for analysis, new in zip(pending, self.ledger.store.put_many(pending), strict=True):
            if new:
                self.added.append(analysis.article)
            else:
                self.unchanged.append(analysis.article.id)

    def finish(self) -> IngestReport:
        self.write()
        self.ledger._record_newest_published()
        if self.skipped_languages:
            # One warning per batch, not one per article (like Pipeline.run_many).
            listing = ", ".join(
                f"{n} in {lang}" for lang, n in sorted(self.skipped_languages.items())
            )
            log.warning(
                "English-only extractors skipped %d article(s): %s",
                self.skipped_languages.total(),
                listing,
            )
        copies = tuple(article for article in self.added if article.copy_of is not None)
        return IngestReport(
            added=tuple(self.added),
            unchanged=tuple(self.unchanged),
            copies=copies,
            errors=tuple(self.errors),
        )


#: Checked stories written per transaction when stories are brought up to date: few enough that
#: the stories waiting to be written stay small, whatever the number of stories.
STORY_WRITE = 20


#: New articles grouped at a time when stories are brought up to date. Each batch is clustered
#: as a whole (every article sees the others of its batch, as ``python -m eval stories``
#: measures), and the stories it closes are written before the next batch, so one update holds
#: the signatures of a batch, not of every article ingested since the last update. A batch of
#: new articles costs about 28 MiB per 1,000 while it is grouped (signatures, vectors, links:
#: ``python -m benchmarks pipeline --ledger``); 1,000 holds the ECB+ evaluation's largest
#: split (575 articles) in one batch.
GROUP_BATCH = 1_000


def _pieces(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    iterator = iter(items)
    while piece := list(itertools.islice(iterator, size)):
        yield piece


class _StoryUpdater:
    """Brings the stored stories up to date with the stored articles.

    Only the stories that changed are checked and written (upserted a ``STORY_WRITE`` at a
    time, the others kept as stored), and the stories the grouping closed leave the persisted
    index once written, so neither the memory used nor the index state grows with the corpus.
    New articles are grouped ``GROUP_BATCH`` at a time, so neither does it grow with the number
    of articles ingested since the last update.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def update(self) -> None:
        from newsledger.group import group_stories
        from newsledger.group.signature import SIGNATURE_LAYERS

        new_ids = self.store.ungrouped()
        if not new_ids:
            return  # nothing new: one query, no story decoded
        members = self.store.story_members()
        index = self._index()
        for batch in _pieces(new_ids, GROUP_BATCH):
            # Grouping reads the article and its mentions only: the other layers stay unread.
            group_stories(self.store.analyses(batch, layers=SIGNATURE_LAYERS), index)
            self._write_changed(index.take_closed(), members)
        self._write_changed(index.stories(), members)
        # Saved after the stories it took: a closed story leaves the state once it is stored.
        self.store.set_state(STORY_INDEX_STATE, index.to_state())

    def _index(self) -> StoryIndex:
        """The persisted story index (a new one if none is stored yet)."""
        from newsledger.group import StoryIndex

        state = self.store.get_state(STORY_INDEX_STATE)
        return StoryIndex.from_state(state) if state else StoryIndex()

    def _write_changed(
        self, groups: dict[str, list[str]], members: dict[str, frozenset[str]]
    ) -> None:
        """Check and store the groups whose articles differ from their stored story's."""
        changed = (
            (story_id, article_ids)
            for story_id, article_ids in groups.items()
            if members.get(story_id) != frozenset(article_ids)
        )
        for piece in _pieces(changed, STORY_WRITE):
            stories = [
                check_story(story_id, list(self.store.analyses(article_ids)))
                for story_id, article_ids in piece
            ]
            self.store.put_stories(stories, replace=False)


def runnable_stages(stages: Sequence[str]) -> tuple[str, ...]:
    """The stages that are installed and whose needs earlier installed stages meet.

    A partial install (an extra missing, an extractor not built) still runs the default
    pipeline, minus the stages that cannot run; each one left out is logged once.
    """
    from newsledger.extract import lookup

    produced: set[str] = set()
    kept: list[str] = []
    for name in stages:
        try:
            spec = lookup(name)
        except NewsledgerError:
            log.info("extractor %s is not available; left out", name)
            continue
        missing = [layer for layer in spec.requires if layer not in produced]
        if missing:
            log.info("extractor %s needs %s; left out", name, ", ".join(missing))
            continue
        kept.append(name)
        produced.update(spec.produces)
    return tuple(kept)


def check_story(story_id: str, analyses: list[Analysis]) -> Story:
    """Cross-check one story's articles; a story whose check fails is listed unchecked."""
    analyses = sorted(analyses, key=_reading_order)
    unchecked = Story(
        id=story_id,
        title=story_title(analyses),
        articles=tuple(analysis.article.id for analysis in analyses),
    )
    from newsledger.compare import check_story as compare_story

    try:
        # the story keeps its entities' ids, which the check finds without building them
        story: Story = compare_story(story_id, analyses)
    except Exception as exc:  # one story's failure must not hide every other story
        log.error("cross-check failed on story %s (listed without checks): %s", story_id, exc)
        log.debug("cross-check failure", exc_info=True)
        return unchecked
    return story


def merge_entities(analyses: list[Analysis]) -> list[Entity]:
    """Entities merged across articles, with every mention kept."""
    from newsledger.compare.entities import merge_entities as merge

    entities: list[Entity] = merge(analyses)
    return entities


def story_title(analyses: Sequence[Analysis]) -> str:
    """A story's title without the grouping stage: its first article's title or sentence."""
    for analysis in analyses:
        if analysis.article.title:
            return analysis.article.title
    for analysis in analyses:
        if analysis.sentences:
            return analysis.sentences[0].text
    return analyses[0].article.text.split("\n", 1)[0].strip() if analyses else ""


def _reading_order(analysis: Analysis) -> tuple[date, str]:
    article = analysis.article
    return (article.published or date.max, article.id)
