"""RSS and Atom feeds: one article per entry, through feedparser.

An entry's text is its full content (``content:encoded``, Atom ``content``) when the feed carries
it, else its summary, with the HTML stripped. The entry's date is read from the string the feed
gives, so the calendar day stays the publisher's (feedparser's own parsed form is in UTC).
The feed's title is the source. A feed that is not well-formed XML is reported whole, with no
entries: feedparser's recovery after an XML error yields entries whose text may be cut short.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any

from newsledger.errors import EmptyInputError, InputError, MalformedInputError
from newsledger.ingest.dates import parse_date, try_parse_date
from newsledger.ingest.markup import html_to_text, looks_like_html
from newsledger.ingest.records import Record

NOT_A_FEED_MESSAGE = "malformed feed: not an RSS or Atom document"
EMPTY_ENTRY_MESSAGE = "feed entry has no text"
NO_ENTRIES_MESSAGE = "feed has no entries"
#: feedparser "bozo" exceptions that do not mean the XML is broken.
_HARMLESS_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")


def read_feed(data: bytes, *, origin: str) -> Iterator[Record | InputError]:
    """Records of an RSS or Atom document (given as bytes: feedparser reads its declared encoding).

    Entries are numbered from 1 in origins (``feed.xml#3``).
    """
    import feedparser

    # Bytes are parsed as a document; feedparser would fetch a str that looks like a URL.
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    problem = _problem(parsed)
    if problem is not None:
        yield MalformedInputError(problem, path=origin)
        return
    if not parsed.entries:
        yield EmptyInputError(NO_ENTRIES_MESSAGE, path=origin)
        return
    source = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield _record(entry, source=source, origin=f"{origin}#{number}")


def _problem(parsed: Any) -> str | None:
    if parsed.get("bozo"):
        error = parsed.get("bozo_exception")
        if type(error).__name__ not in _HARMLESS_BOZO:
            return f"malformed feed: {_describe(error)}"
    if not parsed.get("version") and not parsed.entries:
        return NOT_A_FEED_MESSAGE
    return None


def _describe(error: object) -> str:
    message = " ".join(str(error).split())
    return message or type(error).__name__


def _record(entry: Mapping[str, Any], *, source: str | None, origin: str) -> Record | InputError:
    text = _entry_text(entry)
    if not text.strip():
        return EmptyInputError(EMPTY_ENTRY_MESSAGE, path=origin)
    published = _entry_date(entry, origin)
    return Record(
        text=text,
        origin=origin,
        title=_clean(_field(entry, "title")),
        source=source,
        url=_field(entry, "link") or None,
        published=published,
        published_reason="feed" if published else None,
    )


def _entry_text(entry: Mapping[str, Any]) -> str:
    candidates = [
        (item.get("value") or "", item.get("type") or "") for item in _field(entry, "content") or ()
    ]
    summary = _field(entry, "summary_detail") or {}
    candidates.append((_field(entry, "summary") or "", summary.get("type") or "text/html"))
    value, kind = max(candidates, key=lambda pair: len(pair[0].strip()))
    if "html" in kind or looks_like_html(value):
        return html_to_text(value)
    return value


def _entry_date(entry: Mapping[str, Any], origin: str) -> datetime.date | None:
    written = [
        _field(entry, key) for key in ("published", "updated", "created") if _field(entry, key)
    ]
    for value in written:
        published = try_parse_date(value)
        if published is not None:
            return published
    # feedparser reads more exotic formats than ours, but gives them in UTC: a last resort.
    for key in ("published_parsed", "updated_parsed"):
        parsed = _field(entry, key)
        if parsed:
            return datetime.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    if written:
        parse_date(written[0], origin=origin)  # logs the unparseable date
    return None


def _field(entry: Mapping[str, Any], key: str) -> Any:
    """A feed field as the feed gave it: feedparser's own lookup maps missing keys to others
    (``updated`` to ``published``) with a DeprecationWarning."""
    return dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    if looks_like_html(value):
        value = html_to_text(value)
    return " ".join(value.split()) or None
