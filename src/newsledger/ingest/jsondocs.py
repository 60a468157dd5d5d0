"""JSON and JSONL records: one article per object, with the field names news exports use.

A ``.json`` file holds one record, a list of records, or an object wrapping the list under a key
such as ``articles`` (NewsAPI) or ``items``. A ``.jsonl`` file holds one record per line; a broken
line is reported on its own (``file.jsonl#7`` names line 7) and the other lines are still read.
Field names are matched case-insensitively; the first non-empty one of each list wins. Text that
carries HTML markup is reduced to its text.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator, Mapping
from typing import Any

from newsledger.errors import EmptyInputError, InputError, MalformedInputError
from newsledger.ingest.dates import from_timestamp, parse_date
from newsledger.ingest.markup import html_to_text, looks_like_html
from newsledger.ingest.records import Record

TEXT_FIELDS = ("text", "body", "content", "maintext", "article_text", "article", "description")
TITLE_FIELDS = ("title", "headline")
SOURCE_FIELDS = ("source", "outlet", "publisher", "source_name", "sitename", "source_domain")
DATE_FIELDS = (
    "date",
    "published",
    "published_at",
    "publishedat",
    "date_publish",
    "pubdate",
    "datepublished",
    "publication_date",
)
URL_FIELDS = ("url", "link", "canonical_url")
#: Keys under which a JSON object wraps its list of records.
LIST_KEYS = ("articles", "items", "records", "data", "results", "entries", "documents", "docs")

#: A numeric date above this is a timestamp in milliseconds rather than seconds.
MILLISECONDS_ABOVE = 1e11

NO_TEXT_MESSAGE = "record has no text field (" + ", ".join(TEXT_FIELDS) + ")"
NOT_OBJECT_MESSAGE = "record is not a JSON object"
EMPTY_TEXT_MESSAGE = "record text is empty"
NO_RECORDS_MESSAGE = "JSON holds no records"


def read_json(text: str, *, origin: str) -> Iterator[Record | InputError]:
    """Records of a ``.json`` document (falls back to JSONL when it holds one object per line)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from read_jsonl(text, origin=origin)
            return
        yield MalformedInputError(_decode_message(exc), path=origin)
        return
    if isinstance(value, Mapping) and not _has_text_field(value):
        value = _wrapped_list(value) or value
    if isinstance(value, list):
        if not value:
            yield EmptyInputError(NO_RECORDS_MESSAGE, path=origin)
        for number, item in enumerate(value, start=1):
            yield _record(item, origin=f"{origin}#{number}")
    else:
        yield _record(value, origin=origin)


def read_jsonl(text: str, *, origin: str) -> Iterator[Record | InputError]:
    """Records of a JSONL document; ``#n`` in an origin is the line number."""
    # (decode() has already refused a file of white space only, so some line is not blank)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}#{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInputError(_decode_message(exc), path=where)
            continue
        yield _record(value, origin=where)


def _decode_message(exc: json.JSONDecodeError) -> str:
    return f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"


def _record(value: Any, *, origin: str) -> Record | InputError:
    if not isinstance(value, Mapping):
        return MalformedInputError(NOT_OBJECT_MESSAGE, path=origin)
    fields = {str(key).lower(): item for key, item in value.items()}
    text = _string(fields, TEXT_FIELDS)
    if text is None:
        if any(isinstance(fields.get(name), str) for name in TEXT_FIELDS):
            return EmptyInputError(EMPTY_TEXT_MESSAGE, path=origin)
        return MalformedInputError(NO_TEXT_MESSAGE, path=origin)
    if looks_like_html(text):
        text = html_to_text(text)
    published = _date(fields, origin)
    return Record(
        text=text,
        origin=origin,
        title=_string(fields, TITLE_FIELDS),
        source=_string(fields, SOURCE_FIELDS),
        url=_string(fields, URL_FIELDS),
        published=published,
        published_reason="json" if published else None,
    )


def _string(fields: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = fields.get(name)
        if isinstance(value, Mapping):  # NewsAPI: "source": {"id": ..., "name": "BBC News"}
            value = value.get("name") or value.get("title")
        if isinstance(value, str) and value.strip():
            return value
    return None


def _date(fields: Mapping[str, Any], origin: str) -> datetime.date | None:
    for name in DATE_FIELDS:
        value = fields.get(name)
        if value in (None, ""):
            continue
        if isinstance(value, int | float) and not isinstance(value, bool):
            # JavaScript exports give milliseconds; seconds since 1970 stay below 1e11 until 5138.
            return from_timestamp(value / 1000 if value > MILLISECONDS_ABOVE else value)
        return parse_date(value if isinstance(value, str) else repr(value), origin=origin)
    return None


def _has_text_field(value: Mapping[str, Any]) -> bool:
    return any(str(key).lower() in TEXT_FIELDS for key in value)


def _wrapped_list(value: Mapping[str, Any]) -> list[Any] | None:
    fields = {str(key).lower(): item for key, item in value.items()}
    for key in LIST_KEYS:
        if isinstance(fields.get(key), list):
            items: list[Any] = fields[key]
            return items
    return None
