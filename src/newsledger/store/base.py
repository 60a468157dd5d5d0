"""The seam every store implements (SQLite and PostgreSQL share one implementation)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from datetime import date
from typing import Protocol

from newsledger.model import Analysis, Article, Story


class Store(Protocol):
    """Persistent home of articles, their analyses and the stories built from them.

    Writes are per article and atomic: an article is stored with all its extracted items or
    not at all. ``put`` is idempotent: putting an article id that is already stored with the
    same text changes nothing and returns False.
    """

    url: str

    def put(self, analysis: Analysis, *, replace: bool = False) -> bool:
        """Store an article and everything extracted from it; True if it was new.

        With ``replace``, an article already stored is rewritten with this analysis (its
        place in ingest order is kept) and False is returned.
        """
        ...

    def put_many(self, analyses: Iterable[Analysis], *, replace: bool = False) -> list[bool]:
        """``put`` each analysis, in few round trips; still atomic per article."""
        ...

    def has(self, article_id: str) -> bool: ...

    def stored(self, article_ids: Iterable[str]) -> set[str]:
        """Which of ``article_ids`` are stored: ``has`` for many ids in few round trips."""
        ...

    def get_article(self, article_id: str) -> Article | None: ...

    def get_analysis(self, article_id: str) -> Analysis | None: ...

    def articles(self, *, since: date | None = None) -> Iterator[Article]:
        """Every stored article, oldest ingest first; with ``since``, only those published on
        or after it and the undated ones (no date places them before it)."""
        ...

    def analyses(
        self, article_ids: Iterable[str] | None = None, *, layers: Collection[str] | None = None
    ) -> Iterator[Analysis]:
        """The analyses of the given articles (in that order; unknown ids are left out), or of
        every article, oldest ingest first; with ``layers``, only those layers' items are read
        (the others come back empty)."""
        ...

    def count(self) -> int: ...

    def search(self, query: str, *, limit: int = 20) -> list[Article]:
        """Full-text search over article text and titles (FTS5 on SQLite, tsvector on PG)."""
        ...

    def put_stories(self, stories: Iterable[Story], *, replace: bool = True) -> None:
        """Replace the stored stories (grouping and cross-check results) with these.

        With ``replace=False``, upsert these stories and keep the others: a stored story of
        the same id is rewritten in its place in put order, a new one goes last. Either way
        an id given twice keeps the last story given.
        """
        ...

    def stories(self) -> list[Story]: ...

    def iter_stories(self) -> Iterator[Story]:
        """Every story, in the order they were put, without holding them all in memory."""
        ...

    def stories_of(self, article_id: str) -> list[Story]:
        """The stories an article belongs to."""
        ...

    def story_members(self) -> dict[str, frozenset[str]]:
        """Each stored story's article ids, read without decoding the stories."""
        ...

    def ungrouped(self) -> list[str]:
        """Ids of the stored articles no stored story holds, oldest ingest first."""
        ...

    def get_story(self, story_id: str) -> Story | None: ...

    def get_state(self, key: str) -> str | None:
        """Small JSON blobs other stages persist (e.g. the story index)."""
        ...

    def set_state(self, key: str, value: str) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None:
        """Close the store."""
        ...
