"""The query layer behind every page and endpoint.

Each method returns one *view*: a JSON-able dict. ``/api/...`` answers it as JSON and the
matching HTML page renders the very same dict (datasette's rule: the page and the API are
one view), so the UI can never show something the API does not give.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from http import HTTPStatus
from typing import Any, Protocol

from newsledger.errors import NewsledgerError
from newsledger.model import LAYERS, Analysis, Article, Check, Claim, Entity, Span, Story
from newsledger.store.codec import to_record
from newsledger.web.errors import ApiError, from_library, not_found

View = dict[str, Any]

#: Characters of context either side of the first match in a search result snippet; about
#: one line of a results page at the UI's text width.
SNIPPET_CONTEXT = 90
#: A word of a search query (the store's full-text search ignores everything else).
_WORD = re.compile(r"\w+")

#: Characters of an article's opening shown for it when it has no title: about two lines of a
#: heading, enough for a first news sentence (typically 25-35 words).
LEAD_CHARS = 200


class LedgerLike(Protocol):
    """The part of ``newsledger.api.Ledger`` the web layer reads and writes."""

    def ingest_text(
        self,
        text: str,
        *,
        source: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: date | None = None,
    ) -> tuple[Article, bool]: ...

    def articles(self) -> list[Article]: ...

    def analysis(self, article_id: str) -> Analysis | None: ...

    def stories(self) -> list[Story]: ...

    def story(self, story_id: str) -> Story | None: ...

    def stories_of(self, article_id: str) -> list[Story]: ...

    def entities(self) -> list[Entity]: ...

    def search(self, query: str, *, limit: int = 20) -> list[Article]: ...

    def export(self) -> dict[str, Any]: ...


def article_summary(article: Article) -> View:
    """An article's metadata without its text (lists stay small), plus its length and lead."""
    record = to_record(article)
    record.pop("text", None)
    record["chars"] = len(article.text)
    record["lead"] = lead(article.text)
    return record


def lead(text: str) -> str:
    """The opening of an article (its first line, cut at a word), to name untitled articles."""
    first = " ".join(text.strip().split("\n", 1)[0].split())
    if len(first) <= LEAD_CHARS:
        return first
    return first[:LEAD_CHARS].rsplit(" ", 1)[0] + "…"


def page(items: list[Any], *, limit: int, offset: int) -> tuple[list[Any], View]:
    """One page of ``items`` and the paging fields every list view carries."""
    return items[offset : offset + limit], {"total": len(items), "limit": limit, "offset": offset}


class Views:
    """Every view over one ledger. The ledger is not documented as thread-safe and the server
    runs handlers on a thread pool, so every call into it holds one lock."""

    def __init__(self, ledger: LedgerLike) -> None:
        self.ledger = ledger
        self._lock = threading.RLock()

    # -- reads -------------------------------------------------------------------------

    def articles(self, *, limit: int, offset: int) -> View:
        with self._lock, _library_errors():
            articles = self.ledger.articles()
        shown, paging = page(articles, limit=limit, offset=offset)
        return {"articles": [article_summary(article) for article in shown], **paging}

    def article(self, article_id: str) -> View:
        """An article, its full text and every extracted item with its offsets."""
        with self._lock, _library_errors():
            analysis = self.ledger.analysis(article_id)
            if analysis is None:
                analysis = self._bare_analysis(article_id)
            stories = self.ledger.stories_of(article_id)
        return {
            "article": {**to_record(analysis.article), "lead": lead(analysis.article.text)},
            "items": {
                layer: [to_record(item) for item in analysis.items()[layer]] for layer in LAYERS
            },
            "skipped": dict(analysis.skipped),
            "stories": [_story_ref(story) for story in stories],
        }

    def stories(self, *, limit: int, offset: int) -> View:
        with self._lock, _library_errors():
            stories = self.ledger.stories()
            articles = {article.id: article for article in self.ledger.articles()}
        shown, paging = page(stories, limit=limit, offset=offset)
        return {"stories": [_story_summary(story, articles) for story in shown], **paging}

    def story(self, story_id: str) -> View:
        """A story with its articles, checks (each value with its sentence), timeline,
        quotes grouped by speaker and entities."""
        with self._lock, _library_errors():
            story = self.ledger.story(story_id)
            if story is None:
                raise not_found("story", story_id)
            analyses = self._analyses(story.articles)
            entities = self._story_entities(story, analyses)
        return {"story": _story_detail(story, analyses, entities)}

    def entities(self, *, limit: int, offset: int) -> View:
        with self._lock, _library_errors():
            entities = self.ledger.entities()
        shown, paging = page(entities, limit=limit, offset=offset)
        return {"entities": [_entity_record(entity) for entity in shown], **paging}

    def search(self, query: str, *, limit: int) -> View:
        if not query.strip():
            raise ApiError(HTTPStatus.BAD_REQUEST, "the search query 'q' is empty")
        with self._lock, _library_errors():
            articles = self.ledger.search(query, limit=limit)
        return {
            "query": query,
            "limit": limit,
            "articles": [
                {**article_summary(article), "snippet": snippet(article.text, query)}
                for article in articles
            ],
        }

    def export(self) -> View:
        with self._lock, _library_errors():
            return self.ledger.export()

    # -- writes ------------------------------------------------------------------------

    def ingest(
        self,
        text: str,
        *,
        source: str | None,
        title: str | None,
        url: str | None,
        published: date | None,
    ) -> View:
        """Ingest one article; ``created`` says whether it was new."""
        with self._lock, _library_errors():
            article, created = self.ledger.ingest_text(
                text, source=source, title=title, url=url, published=published
            )
            stories = self.ledger.stories_of(article.id)
        return {
            "article": article_summary(article),
            "created": created,
            "stories": [_story_ref(story) for story in stories],
        }

    # -- helpers -----------------------------------------------------------------------

    def _bare_analysis(self, article_id: str) -> Analysis:
        """An article stored without an analysis still has a page (with no items)."""
        for article in self.ledger.articles():
            if article.id == article_id:
                return Analysis(article=article)
        raise not_found("article", article_id)

    def _story_entities(self, story: Story, analyses: list[Analysis]) -> dict[str, Entity]:
        """The story's entities, merged over its own articles as the cross-check merged them
        (cheap on a large store); the store-wide merge only for ids not found that way."""
        from newsledger.api import merge_entities

        entities = {entity.id: entity for entity in merge_entities(analyses)}
        if not set(story.entities) <= set(entities):
            entities.update((entity.id, entity) for entity in self.ledger.entities())
        return entities

    def _analyses(self, article_ids: Iterable[str]) -> list[Analysis]:
        analyses = []
        for article_id in article_ids:
            analysis = self.ledger.analysis(article_id)
            if analysis is not None:
                analyses.append(analysis)
        return analyses


@contextmanager
def _library_errors() -> Iterator[None]:
    """Turn library errors into API errors at the web boundary (sqlite-utils' CLI rule)."""
    try:
        yield
    except NewsledgerError as error:
        raise from_library(error) from error


def query_words(query: str) -> list[str]:
    """The words of a search query, as the store's full-text search sees them."""
    return _WORD.findall(query)


def word_pattern(query: str) -> re.Pattern[str] | None:
    """Where a query's words start a word in a text (a prefix, as the store stems words:
    "troop" finds "troops"); None for a query without words."""
    words = sorted({word.lower() for word in query_words(query)}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\w*", re.I)


def snippet(text: str, query: str) -> str:
    """About a line of ``text`` around the query: the whole phrase if the text holds it, else
    the longest query word (the most distinctive), else the opening."""
    phrase = " ".join(query_words(query))
    centre = text.lower().find(phrase.lower()) if phrase else -1
    if centre < 0:
        longest = max(query_words(query), key=len, default="")
        found = re.search(r"\b" + re.escape(longest), text, re.I) if longest else None
        centre = found.start() if found else 0
    start = max(0, centre - SNIPPET_CONTEXT)
    end = min(len(text), centre + SNIPPET_CONTEXT)
    if start > 0:  # start at a word, not inside one
        start = min(centre, start + len(text[start:centre].split(" ", 1)[0]) + 1)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + " ".join(text[start:end].split()) + suffix


def _story_ref(story: Story) -> View:
    return {"id": story.id, "title": story.title}


def _story_summary(story: Story, articles: dict[str, Article]) -> View:
    members = [articles[article_id] for article_id in story.articles if article_id in articles]
    dates = sorted(article.published for article in members if article.published is not None)
    verdicts = Counter(str(check.verdict) for check in story.checks)
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "sources": sorted({article.source for article in members if article.source}),
        "first_published": dates[0].isoformat() if dates else None,
        "last_published": dates[-1].isoformat() if dates else None,
        "checks": len(story.checks),
        "verdicts": dict(sorted(verdicts.items())),
        "timeline": len(story.timeline),
    }


def _story_detail(story: Story, analyses: list[Analysis], entities: dict[str, Entity]) -> View:
    claims = {claim.id: (claim, analysis) for analysis in analyses for claim in analysis.claims}
    mention_ids = {mention.id for analysis in analyses for mention in analysis.mentions}
    return {
        "id": story.id,
        "title": story.title,
        "articles": [article_summary(analysis.article) for analysis in analyses],
        "checks": [_check_detail(check, claims) for check in story.checks],
        "timeline": [to_record(entry) for entry in story.timeline],
        "quotes": _quotes_by_speaker(analyses),
        "entities": [
            _entity_record(entities[entity_id], in_story=mention_ids)
            for entity_id in story.entities
            if entity_id in entities
        ],
    }


def _check_detail(check: Check, claims: dict[str, tuple[Claim, Analysis]]) -> View:
    """A check record whose values and claims each carry their sentence."""
    record = to_record(check)
    record["values"] = [
        {**to_record(value), **_claim_spans(value.claim, claims)} for value in check.values
    ]
    record["statements"] = [_statement(claim_id, claims) for claim_id in check.claims]
    return record


def _claim_spans(claim_id: str, claims: dict[str, tuple[Claim, Analysis]]) -> View:
    """The claim's own span and the sentence holding it (None when the claim is unknown)."""
    found = claims.get(claim_id)
    if found is None:
        return {"span": None, "sentence": None}
    claim, analysis = found
    sentence = analysis.sentence_at(claim.start)
    return {"span": _span(claim), "sentence": _span(sentence if sentence is not None else claim)}


def _statement(claim_id: str, claims: dict[str, tuple[Claim, Analysis]]) -> View:
    """One claim of a check with its article, outlet, attribution and sentence."""
    found = claims.get(claim_id)
    if found is None:
        return {
            "claim": claim_id,
            "article": None,
            "source": None,
            "attributed_to": None,
            "hedged": None,
            **_claim_spans(claim_id, claims),
        }
    claim, analysis = found
    return {
        "claim": claim_id,
        "article": claim.article,
        "source": analysis.article.source,
        "attributed_to": claim.attributed_to,
        "hedged": claim.hedged,
        **_claim_spans(claim_id, claims),
    }


def _span(span: Span) -> View:
    return {"start": span.start, "end": span.end, "text": span.text}


def _quotes_by_speaker(analyses: list[Analysis]) -> list[View]:
    """Quotes of a story grouped by speaker, most quoted first; unattributed ones last."""
    groups: dict[str | None, list[View]] = {}
    for analysis in analyses:
        for quote in analysis.quotes:
            groups.setdefault(quote.speaker, []).append(to_record(quote))
    ordered = sorted(
        groups.items(), key=lambda item: (item[0] is None, -len(item[1]), item[0] or "")
    )
    return [{"speaker": speaker, "quotes": quotes} for speaker, quotes in ordered]


def _entity_record(entity: Entity, *, in_story: set[str] | None = None) -> View:
    record = to_record(entity)
    record["mention_count"] = len(entity.mentions)
    if in_story is not None:
        record["mentions_in_story"] = sum(1 for mention in entity.mentions if mention in in_story)
    return record
