"""Plain text with an optional header of metadata lines.

The header is a run of lines at the top such as::

    date 2025-01-23
    source: The Independent
    title Troops sent to the border
    url https://example.com/a

ended by a blank line or by the first line that is not a header line. Keys are ``date``,
``source``, ``title`` and ``url`` (aliases: ``published``, ``outlet``, ``publisher``,
``headline``, ``link``; ``language``/``lang``; ``author``/``byline`` are consumed and ignored).
Two forms, chosen so a body sentence is never read as a header:

- ``key: value`` (any case: ``Source: Reuters``);
- ``key value`` with the key in lower case, as written by tools (``date 2025-01-23``); a sentence
  starts with a capital, so "Source familiar with the talks said ..." stays body text. In this form
  a date must parse and a url must start with http(s)://.

A date header may run into the first sentence on the same line, as in the first example article
(`` date 2025-01-23 The U.S. military is ...``): the date ends the header and the body starts at
the first word after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsledger.ingest.dates import LEADING_DATE, parse_date, try_parse_date
from newsledger.ingest.limits import MAX_HEADER_LINES
from newsledger.ingest.records import Record

#: Header keys and the field each fills ("" = consumed but not stored).
HEADER_KEYS: dict[str, str] = {
    "date": "date",
    "published": "date",
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "language": "language",
    "lang": "language",
    "author": "",
    "byline": "",
}

_LINE = re.compile(r"[ \t]*(?P<key>[A-Za-z]+)[ \t]*(?P<colon>:)?[ \t]*(?P<value>[^\n]*)")
_URL = re.compile(r"https?://\S+$")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}$")
# What may follow a date in the same header value without being body text: a clock time,
# a zone. "2025-01-22 10:00 UTC" is one date; "2025-01-23 The U.S. ..." runs into the body.
_TIME_REST = re.compile(
    r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?\s*"
    r"(?:UTC|GMT|Z|[ECMP][SD]?T|BST|CES?T|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Header:
    values: dict[str, str] = field(default_factory=dict)
    body_start: int = 0


def read_plain(text: str, *, origin: str) -> Record:
    """Split ``text`` into header metadata and body; the body is kept exactly as written."""
    header = _parse_header(text)
    values = header.values
    date_text = values.get("date")
    published = parse_date(date_text, origin=origin) if date_text else None
    language = values.get("language", "").lower()
    return Record(
        text=text[header.body_start :],
        origin=origin,
        title=values.get("title"),
        source=values.get("source"),
        url=values.get("url"),
        published=published,
        published_reason="header" if published else None,
        language=language if _LANGUAGE_CODE.match(language) else None,
    )


def _parse_header(text: str) -> _Header:
    header = _Header()
    position = len(text) - len(text.lstrip())
    for _ in range(MAX_HEADER_LINES):
        if position >= len(text):
            break
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        if not line.strip():
            break  # a blank line ends the header
        run_in = _header_line(line, header.values)
        if run_in is None:
            break  # the first non-header line starts the body
        if run_in >= 0:
            header.body_start = position + run_in
            return header
        position = line_end + 1
        header.body_start = position
    return header


def _header_line(line: str, values: dict[str, str]) -> int | None:
    """Record a header line in ``values``; None if it is not one, else -1, or the offset in the
    line where the body starts when a date runs into the first sentence."""
    match = _LINE.match(line)
    if match is None:
        return None
    key, value, colon = match["key"], match["value"].rstrip(), bool(match["colon"])
    name = HEADER_KEYS.get(key.lower())
    if name is None or (not colon and (key != key.lower() or not value)):
        return None
    if name == "date":
        return _date_line(match, values, colon)
    if name == "url" and not colon and not _URL.match(value):
        return None
    if name and value:
        values.setdefault(name, value)
    return -1


def _date_line(match: re.Match[str], values: dict[str, str], colon: bool) -> int | None:
    value = match["value"].rstrip()
    leading = LEADING_DATE.match(value)
    if leading is not None:
        rest = value[leading.end() :]
        if rest.strip() and not _TIME_REST.match(rest.strip()):
            values.setdefault("date", leading.group())
            return match.start("value") + leading.end() + len(rest) - len(rest.lstrip())
    if not colon and try_parse_date(value) is None:
        return None  # "date night ..." in lower case is not a header
    if value:
        values.setdefault("date", value)
    return -1
