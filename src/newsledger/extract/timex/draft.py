"""What a handler of a scanner hit works with: the Draft it returns, the Context it reads,
and helpers shared by the handlers in ``dates``, ``offsets`` and ``periods``.

Each kind of ``patterns.KINDS`` has a handler ``(match, context) -> Draft | None``; None
rejects the hit (a lower-case "march", a bare number that is not a year). Values relative to
the publication date are computed only when it is known; otherwise they stay underspecified
("XXXX-WXX-3") or None, and the draft says so (``resolved=False``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from newsledger.extract.timex import calendar as cal
from newsledger.extract.timex.lexicon import (
    MONTHS,
    UNIT_FORMS,
)
from newsledger.extract.timex.tense import direction
from newsledger.model import TimeType

#: Where a value came from: nothing (absolute), the publication date, or an earlier time of
#: the same text (the narrative reference: "a year earlier", "the following day").
ABSOLUTE, PUBLISHED, NARRATIVE = "absolute", "published", "narrative"


@dataclass(init=False, slots=True)
class Draft:
    """A normalised hit before it becomes a TimeExpr."""

    type: TimeType
    value: str | None
    basis: str = ABSOLUTE
    resolved: bool = True
    #: the part of the value before "T" when it names one day (for joining "noon Saturday")
    day: str | None = None
    #: the time-of-day part ("T15:00", "TMO") for joining with a day
    clock: str | None = None
    #: characters to drop from the start of the hit ("for weeks" -> "weeks")
    trim: int = 0
    #: where the expression ends when it is shorter than the hit ("two days" of "two days after")
    end: int | None = None
    #: (count, unit, sign) when counted from a time that may follow ("two days after Jan. 20")
    offset: tuple[int, str, int] | None = None
    #: index of the earlier hit the value was resolved against (set by the scan)
    anchor_index: int | None = None
    #: counted back from the period reported ("the year-ago quarter"): not the report's subject
    compared: bool = False

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        type: TimeType,
        value: str | None,
        basis: str = ABSOLUTE,
        resolved: bool = True,
        day: str | None = None,
        clock: str | None = None,
        trim: int = 0,
        end: int | None = None,
        offset: tuple[int, str, int] | None = None,
        anchor_index: int | None = None,
        compared: bool = False,
    ) -> None:
        self.type = type
        self.value = value
        self.basis = basis
        self.resolved = resolved
        self.day = day
        self.clock = clock
        self.trim = trim
        self.end = end
        self.offset = offset
        self.anchor_index = anchor_index
        self.compared = compared


@dataclass(init=False, slots=True)
class Context:
    """What a handler may look at: the text, the publication date, the narrative reference."""

    text: str
    published: date | None
    #: the latest calendar value in the text before this hit: (value, hit index, end offset)
    reference: tuple[str, int, int] | None = None
    #: the latest quarter the text named ("the third quarter"): a quarterly report's subject
    quarter: str | None = None
    #: the latest day the text gave (as ``reference``): "ending the day" after a year named
    day: tuple[str, int, int] | None = None
    start: int = 0
    end: int = 0
    _direction: int | None = field(default=None, repr=False)

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        text: str,
        published: date | None,
        reference: tuple[str, int, int] | None = None,
        quarter: str | None = None,
        day: tuple[str, int, int] | None = None,
        start: int = 0,
        end: int = 0,
        _direction: int | None = None,
    ) -> None:
        self.text = text
        self.published = published
        self.reference = reference
        self.quarter = quarter
        self.day = day
        self.start = start
        self.end = end
        self._direction = _direction

    def tense(self) -> int:
        if self._direction is None:
            self._direction = direction(self.text, self.start, self.end)
        return self._direction

    def word_before(self) -> str:
        match = _WORD_BEFORE.search(self.text, max(0, self.start - 30), self.start)
        return match.group(1).lower() if match else ""

    def word_after(self) -> str:
        match = _WORD_AFTER.match(self.text, self.end, min(len(self.text), self.end + 30))
        return match.group(1) if match else ""

    def char_after(self) -> str:
        return self.text[self.end : self.end + 1]


_WORD_BEFORE: Final = re.compile(r"([\w'.$#-]+)\s*$")
_WORD_AFTER: Final = re.compile(r"[ \t]+([\w'-]+)")

Handler = Callable[[re.Match[str], Context], Draft | None]


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def unit_of(word: str) -> str:
    return UNIT_FORMS[word.lower()]


def relative_draft(value: str | None, published: date | None) -> Draft:
    return Draft(TimeType.DATE, value, PUBLISHED, resolved=published is not None)


def day_draft(day: date, basis: str, clock: str | None = None) -> Draft:
    value = day.isoformat()
    if clock:
        return Draft(TimeType.TIME, value + clock, basis, day=value, clock=clock)
    return Draft(TimeType.DATE, value, basis, day=value)


def year_of(word: str, published: date | None) -> int:
    """A four- or two-digit year; two digits go to the century nearest the publication."""
    year = int(word)
    if len(word) == 2:
        pivot = (published.year % 100 + 10) if published else 50
        year += 2000 if year <= pivot else 1900
    return year


#: Characters within which an earlier time is the reference for "a year ago" (about two
#: sentences of a financial report; calibrated on the TempEval-3 training data).
NEAR_REFERENCE: Final = 400


def near_reference(ctx: Context) -> str | None:
    if ctx.reference is None or ctx.start - ctx.reference[2] > NEAR_REFERENCE:
        return None
    return ctx.reference[0]


def near_day(ctx: Context) -> str | None:
    """The latest day the text gave, when near (see NEAR_REFERENCE)."""
    if ctx.day is None or ctx.start - ctx.day[2] > NEAR_REFERENCE:
        return None
    return ctx.day[0]


def narrative_shift(value: str, count: int, unit: str, sign: int) -> str | None:
    """ "a year earlier" than the reference: a quarter stays a quarter ("1989-Q3" -> "1988-Q3"),
    otherwise the value takes the unit's granularity ("two days later" than a day)."""
    parsed = cal.parse_value(value)
    if parsed is None:
        return None
    anchor, granularity = parsed
    unit_granularity = cal.granularity_of_unit(unit)
    if granularity == cal.QUARTER and unit_granularity == cal.YEAR:
        moved = cal.shift(anchor, sign * count, unit)
        return None if moved is None else cal.value_at(moved, cal.QUARTER)
    if cal.FINENESS[granularity] < cal.FINENESS[unit_granularity]:
        return None  # a year does not say which day is "two days later"
    moved = cal.shift(anchor, sign * count, unit)
    return None if moved is None else cal.value_at(moved, unit_granularity)


def shift_value(value: str, count: int, unit: str, sign: int) -> str | None:
    """A TIMEX3 calendar value moved by ``count`` units, at the finer of the two granularities
    ("1989-Q3" a year earlier is "1988-Q3"; "1989-10-26" two days later is "1989-10-28")."""
    parsed = cal.parse_value(value)
    if parsed is None:
        return None
    anchor, granularity = parsed
    unit_granularity = cal.granularity_of_unit(unit)
    finer = (
        granularity
        if cal.FINENESS[granularity] > cal.FINENESS[unit_granularity]
        else unit_granularity
    )
    moved = cal.shift(anchor, sign * count, unit)
    return None if moved is None else cal.value_at(moved, finer)
