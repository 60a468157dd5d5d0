"""Publication dates from metadata strings: the formats news metadata uses, and no guessing.

Accepted: ISO 8601 (``2025-01-22``, ``2025-01-22T23:30:00-05:00``, ``2025/01/22``,
``20250122``), RFC 2822 as in RSS (``Wed, 22 Jan 2025 23:30:00 -0500``), and written dates
(``January 22, 2025``, ``Jan. 22, 2025``, ``22 January 2025``, ``Wednesday, 22 Jan 2025``).
Numeric day/month orders are accepted only when they cannot be misread: ``23.01.2025`` (the dotted
form is day first everywhere it is used) and ``01/23/2025`` (23 cannot be a month); ``01/02/2025``
is refused. The date is the calendar day as written, in the publisher's own time zone: an RSS
``pubDate`` of ``Wed, 22 Jan 2025 23:30:00 -0500`` is 22 January, not 23 January in UTC.
Anything else gives None and a logged warning: a wrong date would silently shift every relative
time expression of the article.
"""

from __future__ import annotations

import datetime
import logging
import re

logger = logging.getLogger(__name__)

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = r"(?P<month>" + _MONTH_NAMES + r")\.?"
_ANY_MONTH = r"(?:" + _MONTH_NAMES + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TAIL = r"(?:[T\s,].*)?$"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # ISO 8601 and its slashed and compact forms, optionally followed by a time.
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + _TAIL),
    re.compile(r"^(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})" + _TAIL),
    re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:T.*)?$"),
    # 22 Jan 2025, Wed, 22 Jan 2025 23:30:00 -0500 (RFC 2822), 22 January 2025
    re.compile(
        r"^"
        + _WEEKDAY
        + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+"
        + _MONTH
        + r",?\s+(?P<year>\d{4})"
        + _TAIL,
        re.IGNORECASE,
    ),
    # January 22, 2025; Jan. 22 2025; Wednesday, January 22, 2025
    re.compile(
        r"^" + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
        r"(?P<year>\d{4})" + _TAIL,
        re.IGNORECASE,
    ),
    # 22.01.2025 (day first wherever the dotted form is used)
    re.compile(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})" + _TAIL),
)

_SLASHED = re.compile(r"^(?P<first>\d{1,2})[/-](?P<second>\d{1,2})[/-](?P<year>\d{4})" + _TAIL)

#: A date token at the start of a string, for a header date run into the first sentence.
LEADING_DATE = re.compile(
    r"(?:\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}/\d{1,2}/\d{1,2}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|" + _WEEKDAY + r"\d{1,2}(?:st|nd|rd|th)?\s+" + _ANY_MONTH + r",?\s+\d{4}"
    r"|" + _WEEKDAY + _ANY_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
    re.IGNORECASE,
)


def parse_date(value: object, *, origin: str = "") -> datetime.date | None:
    """Parse a metadata date; None (with a warning naming ``origin``) when it cannot be read."""
    parsed = try_parse_date(value)
    if parsed is None and value not in (None, ""):
        logger.warning("%s: unparseable date %r ignored", origin or "<input>", value)
    return parsed


def try_parse_date(value: object) -> datetime.date | None:
    """Parse a metadata date quietly: None when it cannot be read."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            return _build(match["year"], match["month"], match["day"])
    match = _SLASHED.match(text)
    if match:
        return _unambiguous(int(match["first"]), int(match["second"]), int(match["year"]))
    return None


def _build(year: str, month: str, day: str) -> datetime.date | None:
    number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    if number is None:
        return None
    try:
        return datetime.date(int(year), number, int(day))
    except ValueError:
        return None


def _unambiguous(first: int, second: int, year: int) -> datetime.date | None:
    """Month and day in either order, only when one reading is impossible."""
    readings = set()
    for month, day in ((first, second), (second, first)):
        try:
            readings.add(datetime.date(year, month, day))
        except ValueError:
            continue
    return readings.pop() if len(readings) == 1 else None


def from_timestamp(value: float) -> datetime.date | None:
    """A Unix timestamp in seconds (as some JSON exports give), as a UTC calendar day."""
    try:
        return datetime.datetime.fromtimestamp(value, tz=datetime.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
