"""What a reader found, and how it becomes an Article: metadata precedence, language and id.

A reader yields ``Record``s: the text and whatever metadata the input itself carries. The
caller supplies ``Fallback``s in order of precedence (a manifest entry, then the command line).
The article's own metadata always wins; ``published_reason`` records where the date came from.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from newsledger.errors import EmptyInputError
from newsledger.ingest.cleaning import clean_text
from newsledger.ingest.ids import article_id
from newsledger.ingest.language import detect_language
from newsledger.model import Article

NO_TEXT_MESSAGE = "no article text"


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """One article as a reader found it, before cleaning, fallbacks and ids."""

    text: str
    origin: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: datetime.date | None = None
    published_reason: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Fallback:
    """Metadata from outside the article (a manifest row, the command line)."""

    reason: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: datetime.date | None = None


def to_article(record: Record, fallbacks: Sequence[Fallback] = ()) -> Article:
    """Build the stored Article; EmptyInputError if nothing is left of the text."""
    text = clean_text(record.text)
    if not text:
        raise EmptyInputError(NO_TEXT_MESSAGE, path=record.origin)
    published, reason = record.published, record.published_reason
    if published is None:
        reason = None
        for fallback in fallbacks:
            if fallback.published is not None:
                published, reason = fallback.published, fallback.reason
                break
    return Article(
        id=article_id(text),
        text=text,
        source=_first(record.source, *(fallback.source for fallback in fallbacks)),
        title=_first(record.title, *(fallback.title for fallback in fallbacks)),
        url=_first(record.url, *(fallback.url for fallback in fallbacks)),
        published=published,
        published_reason=reason,
        language=record.language or detect_language(text),
        origin=record.origin,
    )


def _first(*values: str | None) -> str | None:
    for value in values:
        if value is not None:
            value = " ".join(value.split())
            if value:
                return value
    return None
