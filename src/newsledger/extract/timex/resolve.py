"""Normalise one scanner hit into a TIMEX3 type and value.

Each kind of ``patterns.KINDS`` has a handler ``(match, context) -> Draft | None``; None
rejects the hit (a lower-case "march", a bare number that is not a year). Values relative to
the publication date are computed only when it is known; otherwise they stay underspecified
("XXXX-WXX-3") or None, and the draft says so (``relative`` without a reference = unresolved).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsledger.extract.timex import calendar as cal
from newsledger.extract.timex.lexicon import (
    DAY_PARTS,
    FIXED_HOLIDAYS,
    MONTHS,
    ONES,
    ORDINALS,
    SEASONS,
    UNIT_FORMS,
    UNITS,
    WEEKDAYS,
    parse_number,
)
from newsledger.extract.timex.tense import FUTURE, NEUTRAL, PAST, direction
from newsledger.model import TimeType

#: Where a value came from: nothing (absolute), the publication date, or an earlier time of
#: the same text (the narrative reference: "a year earlier", "the following day").
ABSOLUTE, PUBLISHED, NARRATIVE = "absolute", "published", "narrative"


@dataclass(slots=True)
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


@dataclass(slots=True)
class Context:
    """What a handler may look at: the text, the publication date, the narrative reference."""

    text: str
    published: date | None
    #: the latest calendar value in the text before this hit: (value, hit index, end offset)
    reference: tuple[str, int, int] | None = None
    start: int = 0
    end: int = 0
    _direction: int | None = field(default=None, repr=False)

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


_WORD_BEFORE = re.compile(r"([\w'.$#-]+)\s*$")
_WORD_AFTER = re.compile(r"[ \t]+([\w'-]+)")

Handler = Callable[[re.Match[str], Context], Draft | None]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _unit(word: str) -> str:
    return UNIT_FORMS[word.lower()]


def _relative(value: str | None, published: date | None) -> Draft:
    return Draft(TimeType.DATE, value, PUBLISHED, resolved=published is not None)


def _day_draft(day: date, basis: str, clock: str | None = None) -> Draft:
    value = day.isoformat()
    if clock:
        return Draft(TimeType.TIME, value + clock, basis, day=value, clock=clock)
    return Draft(TimeType.DATE, value, basis, day=value)


def _year_of(word: str, published: date | None) -> int:
    """A four- or two-digit year; two digits go to the century nearest the publication."""
    year = int(word)
    if len(word) == 2:
        pivot = (published.year % 100 + 10) if published else 50
        year += 2000 if year <= pivot else 1900
    return year


# -- absolute dates -----------------------------------------------------------------------


def iso(match: re.Match[str], ctx: Context) -> Draft | None:
    day = cal.safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:
        return None
    if match["hh"]:
        clock = f"T{match['hh']}:{match['mm']}"
        return Draft(TimeType.TIME, day.isoformat() + clock, day=day.isoformat(), clock=clock)
    return Draft(TimeType.DATE, day.isoformat(), day=day.isoformat())


#: Numeric dates are read only when the order is certain: one part above 12 is the day.
#: "7/8/07" could be 8 July or 7 August, so only its year is given.
def numeric(match: re.Match[str], ctx: Context) -> Draft | None:
    first, second = int(match["a"]), int(match["b"])
    year = _year_of(match["y"], ctx.published)
    if first > 12 and second <= 12:
        day = cal.safe_date(year, second, first)
    elif second > 12 and first <= 12:
        day = cal.safe_date(year, first, second)
    elif first <= 12 and second <= 12:
        return Draft(TimeType.DATE, f"{year:04d}")
    else:
        return None
    return None if day is None else Draft(TimeType.DATE, day.isoformat(), day=day.isoformat())


def _month_day(match: re.Match[str], ctx: Context) -> Draft | None:
    name = match["mon"]
    if not (_capitalised(name) or match.group(0).isupper()):
        return None
    month = _month_of(name)
    day_number = int(re.match(r"\d+", match["d"]).group(0))  # type: ignore[union-attr]
    if match["y"]:
        day = cal.safe_date(int(match["y"]), month, day_number)
        return None if day is None else _day_draft(day, ABSOLUTE)
    if cal.safe_date(2000, month, day_number) is None:
        return None
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-{month:02d}-{day_number:02d}", PUBLISHED, False)
    year = cal.year_for_day(ctx.published, month, day_number, ctx.tense())
    day = None if year is None else cal.safe_date(year, month, day_number)
    return None if day is None else _day_draft(day, PUBLISHED)


mdy = _month_day
dmy = _month_day


def month_year(match: re.Match[str], ctx: Context) -> Draft | None:
    if not (_capitalised(match["mon"]) or match.group(0).isupper()):
        return None
    number = _month_of(match["mon"])
    if match["y"]:
        return Draft(TimeType.DATE, f"{int(match['y']):04d}-{number:02d}")
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-{number:02d}", PUBLISHED, False)
    year = ctx.published.year + {"last": -1, "next": 1}.get(match["yrel"].lower(), 0)
    return _relative(f"{year:04d}-{number:02d}", ctx.published)


#: Words before a bare month name that make it a date ("in May", "since March"); "May" and
#: "March" are also a name and a verb, so they need one of these.
MONTH_CUES: frozenset[str] = frozenset(
    "in since until till by from through last next this early late mid of during before after "
    "between and or to since, on for".split()
)


def month(match: re.Match[str], ctx: Context) -> Draft | None:
    name = match["mon"]
    if not _capitalised(name):
        return None
    before = ctx.word_before()
    after = ctx.word_after()
    has_prefix = match.group(0).lower() != name.lower()
    if name in ("May", "March") and not has_prefix and before not in MONTH_CUES:
        return None
    if not has_prefix and _capitalised(after) and after not in ("I",):
        return None  # a name: "June Carter", "August Wilson"
    if not has_prefix and before[:1].isupper() and before not in ("In", "By", "Since", "Until"):
        return None  # "Theresa May"
    number = _month_of(name)
    rel = (match["rel"] or "").lower().split()
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-{number:02d}", PUBLISHED, False)
    anchor = ctx.published
    if rel[:1] == ["last"] or rel[-1:] == ["past"]:
        year = anchor.year if number < anchor.month else anchor.year - 1
    elif rel[:1] == ["next"] or rel[-1:] == ["coming"]:
        year = anchor.year if number > anchor.month else anchor.year + 1
    elif rel == ["this"]:
        year = anchor.year
    else:
        year = cal.year_for_month(anchor, number, ctx.tense())
    return _relative(f"{year:04d}-{number:02d}", ctx.published)


def holiday(match: re.Match[str], ctx: Context) -> Draft | None:
    name = re.sub(r"\s+", " ", match["name"].lower())
    if not _capitalised(match["name"]):
        return None
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    rel = (match["rel"] or "").lower()
    tense = PAST if rel == "last" else FUTURE if rel == "next" else ctx.tense()
    candidates = [
        _holiday_on(name, year) for year in range(ctx.published.year - 1, ctx.published.year + 2)
    ]
    days = [d for d in candidates if d is not None]
    if not days:
        return None
    anchor = ctx.published
    if tense == PAST:
        options = [d for d in days if d <= anchor] or days
        day = max(options)
    elif tense == FUTURE:
        options = [d for d in days if d >= anchor] or days
        day = min(options)
    else:
        day = min(days, key=lambda d: abs((d - anchor).days))
    return _day_draft(day, PUBLISHED)


def _holiday_on(name: str, year: int) -> date | None:
    if name in FIXED_HOLIDAYS:
        month_number, day_number = FIXED_HOLIDAYS[name]
        return date(year, month_number, day_number)
    if name.startswith("thanksgiving"):
        return cal.nth_weekday(year, 11, 3, 4)
    if name.startswith("easter"):
        return cal.easter(year)
    if name == "good friday":
        return cal.easter(year) - timedelta(days=2)
    if name == "labor day":
        return cal.nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return cal.nth_weekday(year, 5, 0, -1)
    if name == "black friday":
        return cal.nth_weekday(year, 11, 3, 4) + timedelta(days=1)
    if name == "election day":
        return cal.nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None


# -- weekdays and deictic days ---------------------------------------------------------------


#: Capitalised words that make a weekday a named day ("Black Monday", "Super Tuesday").
NOT_WEEKDAY_BEFORE: frozenset[str] = frozenset(
    {"black", "cyber", "super", "bloody", "ash", "holy", "palm", "maundy", "giving", "blue"}
)


def weekday(match: re.Match[str], ctx: Context) -> Draft | None:
    name = match["wd"]
    if not (_capitalised(name) or match.group(0).isupper()):
        return None
    if ctx.word_before() in NOT_WEEKDAY_BEFORE:
        return None  # "Black Monday", "Super Tuesday": named days, not this week's
    number = WEEKDAYS[name.lower()]
    part = (match["part"] or "").lower()
    if match["plural"] or (part and match.group(0).lower().endswith("s")):
        clock_part = f"T{DAY_PARTS[part]}" if part else ""
        return Draft(TimeType.SET, f"XXXX-WXX-{number + 1}{clock_part}")
    clock = f"T{DAY_PARTS[part]}" if part else None
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-WXX-{number + 1}", PUBLISHED, False)
    rel = " ".join((match["rel"] or "").lower().split())
    anchor = ctx.published
    basis = PUBLISHED
    if rel in ("the previous", "the following") and ctx.reference is not None:
        parsed = cal.parse_value(ctx.reference[0])
        if parsed is not None and parsed[1] == cal.DAY:
            anchor, basis = parsed[0], NARRATIVE  # "the previous Friday": before the one named
    if rel in ("last", "this past", "past", "the previous"):
        day = cal.weekday_near(anchor - timedelta(days=1), number, PAST)
    elif rel in ("next", "this coming", "coming", "the following"):
        day = cal.weekday_near(anchor + timedelta(days=1), number, FUTURE)
    elif rel == "this":
        tense = ctx.tense()
        day = cal.weekday_near(anchor, number, PAST if tense == PAST else FUTURE)
    else:
        tense = ctx.tense()
        day = cal.weekday_near(anchor, number, FUTURE if tense == FUTURE else PAST)
    return _day_draft(day, basis, clock)


_DEICTIC_SHIFT: dict[str, int] = {
    "today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip


def deictic(match: re.Match[str], ctx: Context) -> Draft | None:
    if match["this"]:
        shift = -1 if match["this"].lower() == "last" else 0
        part = match["part2"].lower()
        if shift == 0 and part == "night" and ctx.tense() == PAST:
            shift = -1  # "this night" is rare; "last night" is the usual past form
    else:
        word = re.sub(r"\s+", " ", match["word"].lower())
        shift = _DEICTIC_SHIFT[word]
        part = (match["part"] or ("night" if word == "tonight" else "")).lower()
    clock = f"T{DAY_PARTS[part]}" if part else None
    if ctx.published is None:
        return Draft(TimeType.TIME if clock else TimeType.DATE, None, PUBLISHED, False)
    return _day_draft(ctx.published + timedelta(days=shift), PUBLISHED, clock)


# -- quarters, halves, decades, centuries, fiscal years ---------------------------------------

_QUARTER_WORDS: dict[str, int] = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, **ORDINALS}


def _last_quarter(anchor: date) -> tuple[int, int]:
    """The latest quarter that has ended by ``anchor``: (year, quarter)."""
    current = cal.quarter_of(anchor)
    return (anchor.year, current - 1) if current > 1 else (anchor.year - 1, 4)


def _reference_quarter(ctx: Context) -> tuple[int, int] | None:
    if ctx.reference is None:
        return None
    match = re.fullmatch(r"(\d{4})-Q([1-4])", ctx.reference[0])
    return (int(match.group(1)), int(match.group(2))) if match else None


def quarter(match: re.Match[str], ctx: Context) -> Draft | None:
    if match["q"]:
        number = int(match["q"])
        if match["qy"]:
            return Draft(TimeType.DATE, f"{match['qy']}-Q{number}")
        return _quarter_in_year(number, match, ctx)
    if match["bare"]:
        after = ctx.word_after().lower()
        if after == "of" or ctx.published is None:
            return None if after == "of" else Draft(TimeType.DATE, None, PUBLISHED, False)
        ref = _reference_quarter(ctx)
        if ref is not None:
            return Draft(TimeType.DATE, f"{ref[0]}-Q{ref[1]}", NARRATIVE)
        year, number = _last_quarter(ctx.published)
        return _relative(f"{year}-Q{number}", ctx.published)
    which = match["which"].lower()
    if match["plural"]:
        number = _QUARTER_WORDS.get(which)
        return Draft(TimeType.SET, f"XXXX-Q{number}") if number and number <= 4 else None
    det = " ".join((match["det"] or "").lower().split())
    if which in ("year-ago", "year-earlier") or det in ("the year-ago", "the year-earlier"):
        return _year_ago_quarter(ctx, which)
    if which in _QUARTER_WORDS and _QUARTER_WORDS[which] <= 4 and which not in ("last", "final"):
        return _quarter_in_year(_QUARTER_WORDS[which], match, ctx)
    if which == "final":
        return _quarter_in_year(4, match, ctx)
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    if which in ("latest", "last", "previous", "past", "recent"):
        year, number = _last_quarter(ctx.published)
    elif which == "next":
        nxt = cal.add_months(ctx.published, 3)
        year, number = nxt.year, cal.quarter_of(nxt)
    else:
        year, number = ctx.published.year, cal.quarter_of(ctx.published)
    return _relative(f"{year}-Q{number}", ctx.published)


def _year_ago_quarter(ctx: Context, which: str) -> Draft:
    ref = _reference_quarter(ctx)
    if ref is not None:
        return Draft(TimeType.DATE, f"{ref[0] - 1}-Q{ref[1]}", NARRATIVE)
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    year, number = _last_quarter(ctx.published)
    return _relative(f"{year - 1}-Q{number}", ctx.published)


def _quarter_in_year(number: int, match: re.Match[str], ctx: Context) -> Draft:
    explicit = match["y"] or match["y0"]
    if explicit:
        return Draft(TimeType.DATE, f"{explicit}-Q{number}")
    words = (match.group(0) or "").lower()
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-Q{number}", PUBLISHED, False)
    base = ctx.published.year
    if "last year" in words:
        return _relative(f"{base - 1}-Q{number}", ctx.published)
    if "next year" in words:
        return _relative(f"{base + 1}-Q{number}", ctx.published)
    if "this year" in words:
        return _relative(f"{base}-Q{number}", ctx.published)
    year = cal.year_for_quarter(ctx.published, number, ctx.tense())
    return _relative(f"{year}-Q{number}", ctx.published)


def half(match: re.Match[str], ctx: Context) -> Draft | None:
    number = 1 if match["which"].lower() == "first" else 2  # "second", "last", "latter"
    if match["y"]:
        return Draft(TimeType.DATE, f"{match['y']}-H{number}")
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-H{number}", PUBLISHED, False)
    shift = {"last": -1, "next": 1}.get((match["rel"] or "").lower(), 0)
    return _relative(f"{ctx.published.year + shift}-H{number}", ctx.published)


TENS_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


def decade(match: re.Match[str], ctx: Context) -> Draft | None:
    if match["full"]:
        return Draft(TimeType.DATE, match["full"])
    if match["word"]:
        tens = TENS_WORDS[match["word"].lower()]
        now = ctx.published.year if ctx.published else 2000
        century = now // 100 if tens * 10 <= now % 100 else now // 100 - 1
        return Draft(TimeType.DATE, f"{century:02d}{tens}")
    digit = int(match["short"] or match["bare"])
    now = ctx.published.year if ctx.published else 2000
    century = now // 100 if digit * 10 <= now % 100 else now // 100 - 1
    return Draft(TimeType.DATE, f"{century:02d}{digit}")


def century(match: re.Match[str], ctx: Context) -> Draft | None:
    if match["ord"]:
        word = match["ord"].lower()
        number = int(word[:-2]) if word[0].isdigit() else ORDINALS.get(word)
        if not number or number > 21:
            return None
        return Draft(TimeType.DATE, f"{number - 1:02d}")
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    shift = {"last": -1, "next": 1}.get(match["rel"].lower(), 0)
    return _relative(f"{ctx.published.year // 100 + shift:02d}", ctx.published)


def fiscal(match: re.Match[str], ctx: Context) -> Draft | None:
    return Draft(TimeType.DATE, match["y"])


# -- offsets from a reference: "two days ago", "a year earlier", "last week" -------------------


def _count(phrase: str | None) -> float | None:
    return 1.0 if phrase is None else parse_number(phrase)


def _shifted(anchor: date, count: float, unit: str, sign: int) -> tuple[date, str]:
    """``anchor`` moved by ``count`` units (fractions go down a unit), and the granularity."""
    granularity = cal.granularity_of_unit(unit)
    if count != int(count):
        if unit in cal.UNITS_PER_YEAR:
            count, unit = count * cal.UNITS_PER_YEAR[unit], "month"
        elif unit in ("month", "week"):
            count, unit = count * (30 if unit == "month" else 7), "day"
    return cal.shift(anchor, sign * round(count), unit), granularity


#: Characters before "N days before/after" searched for a verb that grants time. Calibrated
#: on the example articles: "gave the Secretaries of Defense and Homeland Security 90 days".
GRANT_WINDOW = 80
_GRANTED = re.compile(
    r"\b(?:give|gives|gave|given|giving|has|have|had|get|gets|got|take|takes|took|allow|"
    r"allows|allowed|grant|grants|granted|wait|waits|waited|spend|spent)\b[^.;!?]*$",
    re.IGNORECASE,
)


def UNITS_IS_TIME(unit: str) -> bool:  # noqa: N802 - reads as a predicate on the table
    return UNITS[unit][1]


def ago(match: re.Match[str], ctx: Context) -> Draft | None:
    unit = _unit(match["unit"])
    if match["num"] is None and not match["unit"].lower().endswith("s"):
        return None  # "year ago" without a count is not English
    count = _count(match["num"])
    way = " ".join(match["dir"].lower().split())
    sign = 1 if way in ("later", "after", "from now", "hence") else -1
    if way in ("before", "after") and _GRANTED.search(
        ctx.text, max(0, ctx.start - GRANT_WINDOW), ctx.start
    ):
        # "gave them 90 days before recommending": a span of time granted, not a date
        return Draft(TimeType.DURATION, cal.duration_value(count, unit), end=match.end("unit"))
    if way in ("before", "after"):
        # Counted from an event ("two days after being sworn in") or from a time that
        # follows ("two days after Jan. 20"); the scan joins the latter.
        # Until a following time dates it, it is what TIMEX3 annotates: the duration alone,
        # unresolved as a date ("Two days after being sworn in": P2D, counted from an event).
        whole = None if count is None or count != int(count) else (int(count), unit, sign)
        return Draft(
            TimeType.DURATION,
            cal.duration_value(count, unit),
            NARRATIVE,
            resolved=False,
            offset=whole,
            end=match.end("unit"),
        )
    if match["num"] is None or count is None:
        if way in ("earlier", "later"):
            return Draft(TimeType.DURATION, cal.duration_value(None, unit))  # "days later"
        return Draft(TimeType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", PUBLISHED)
    if (
        way in ("earlier", "later")
        and cal.granularity_of_unit(unit) == cal.DAY
        and UNITS_IS_TIME(unit)
    ):
        return Draft(TimeType.DURATION, cal.duration_value(count, unit))  # "an hour later"
    if way in ("earlier", "later") and ctx.reference is not None:
        shifted = _narrative_shift(ctx.reference[0], round(count), unit, sign)
        if shifted is not None:
            return Draft(TimeType.DATE, shifted, NARRATIVE)
    near = _near_reference(ctx)
    if unit == "year" and near is not None and re.fullmatch(r"\d{4}-Q[1-4]", near):
        # "a year ago" in a quarterly report compares with the same quarter a year before
        shifted = shift_value(near, round(count), unit, sign)
        if shifted is not None:
            return Draft(TimeType.DATE, shifted, NARRATIVE)
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    day, granularity = _shifted(ctx.published, count, unit, sign)
    if granularity == cal.WEEK:
        granularity = cal.DAY  # "two weeks ago" names a day; TimeBank values it so
    value = cal.value_at(day, granularity)
    return Draft(TimeType.DATE, value, PUBLISHED, day=value if granularity == cal.DAY else None)


#: Characters within which an earlier time is the reference for "a year ago" (about two
#: sentences of a financial report; calibrated on the TempEval-3 training data).
NEAR_REFERENCE = 400


def _near_reference(ctx: Context) -> str | None:
    if ctx.reference is None or ctx.start - ctx.reference[2] > NEAR_REFERENCE:
        return None
    return ctx.reference[0]


def _narrative_shift(value: str, count: int, unit: str, sign: int) -> str | None:
    """ "a year earlier" than the reference: a quarter stays a quarter ("1989-Q3" -> "1988-Q3"),
    otherwise the value takes the unit's granularity ("two days later" than a day)."""
    parsed = cal.parse_value(value)
    if parsed is None:
        return None
    anchor, granularity = parsed
    unit_granularity = cal.granularity_of_unit(unit)
    if granularity == cal.QUARTER and unit_granularity == cal.YEAR:
        return cal.value_at(cal.shift(anchor, sign * count, unit), cal.QUARTER)
    if cal.FINENESS[granularity] < cal.FINENESS[unit_granularity]:
        return None  # a year does not say which day is "two days later"
    return cal.value_at(cal.shift(anchor, sign * count, unit), unit_granularity)


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
    return cal.value_at(cal.shift(anchor, sign * count, unit), finer)


def comparison(match: re.Match[str], ctx: Context) -> Draft | None:
    """ "the year-ago quarter", "the same period last year": the reference period a year back
    (a quarter or month just reported; otherwise the year before publication)."""
    words = match.group(0).lower()
    if "same" in words and not re.search(r"year|ago|earlier|before", words):
        return _narrative_period_same(ctx)
    months = re.search(r"(three|six|nine)\s+months", words)
    if months:
        return Draft(TimeType.DURATION, f"P{ONES[months.group(1)]}M")  # a span, compared
    quarter_match = re.search(r"(first|second|third|fourth)\s+quarter", words)
    if quarter_match and ctx.published is not None:
        number = ORDINALS[quarter_match.group(1)]
        return _relative(f"{ctx.published.year - 1}-Q{number}", ctx.published)
    ref = _reference_quarter(ctx)
    if ref is not None:
        return Draft(TimeType.DATE, f"{ref[0] - 1}-Q{ref[1]}", NARRATIVE)
    near = _near_reference(ctx)
    parsed = cal.parse_value(near) if near is not None else None
    if parsed is not None and parsed[1] in (cal.MONTH, cal.WEEK):
        return Draft(
            TimeType.DATE, cal.value_at(cal.shift(parsed[0], -1, "year"), parsed[1]), NARRATIVE
        )
    return _period(ctx, "year", -1)


def _narrative_period_same(ctx: Context) -> Draft:
    """ "the same period": the reference itself, when there is one."""
    if ctx.reference is not None:
        return Draft(TimeType.DATE, ctx.reference[0], NARRATIVE)
    return Draft(TimeType.DATE, None, NARRATIVE, resolved=False)


_PERIOD_UNITS: dict[str, str] = {
    "week": "week", "weekend": "week", "month": "month", "year": "year",
    "fiscal year": "year", "decade": "decade", "century": "century", "day": "day",
}  # fmt: skip


def relative(match: re.Match[str], ctx: Context) -> Draft | None:
    if match["ye"]:
        return _period(ctx, "year", 0)
    if match["adj"]:
        ref = _reference_quarter(ctx)
        if ref is not None:
            return Draft(TimeType.DATE, f"{ref[0] - 1}-Q{ref[1]}", NARRATIVE)
        return _period(ctx, "year", -1)
    if match["unit2"]:
        return _the_period(match, ctx)
    unit = " ".join(match["unit"].lower().split())
    rel = " ".join(match["rel"].lower().split())
    the = (match["the"] or "").lower()
    if rel in ("past", "last") and the == "the" and unit not in ("weekend", "day"):
        letter = {"week": "W", "month": "M", "year": "Y", "fiscal year": "Y"}.get(unit)
        value = f"P1{letter}" if letter else "P10Y" if unit == "decade" else "P100Y"
        return Draft(TimeType.DURATION, value)
    if rel in ("same", "that"):
        return _narrative_period(ctx, unit, 0)
    if rel in ("following", "previous") and (the or unit == "day"):
        return _narrative_period(ctx, unit, 1 if rel == "following" else -1)
    if unit == "day":
        return None  # "the next day" needs a narrative reference, handled above
    shift = {
        "last": -1, "past": -1, "previous": -1, "this past": -1, "latest": -1,
        "next": 1, "coming": 1, "following": 1, "this coming": 1, "upcoming": 1,
    }.get(rel, 0)  # fmt: skip
    if unit == "weekend":
        return _weekend(ctx, shift)
    return _period(ctx, _PERIOD_UNITS[unit], shift)


#: Words before "the year", "the month", "the day" that make it the current one ("for the
#: year", "later in the day", "to end the day"): without one, "the year" is too often generic.
THE_PERIOD_CUES: frozenset[str] = frozenset(
    {"in", "during", "through", "throughout", "for", "end", "ended", "finish", "close", "closed"}
)


def _the_period(match: re.Match[str], ctx: Context) -> Draft | None:
    """ "the year", "the month", "the weekend", "the day": the current one, when a cue
    makes it a date; "the year ended June 30" is a year-long span."""
    unit = match["unit2"].lower()
    if unit == "weekend":
        return _weekend(ctx, 0)
    before = ctx.word_before()
    after = ctx.word_after().lower()
    if unit == "year" and after in ("ended", "ending", "ends", "to"):
        return Draft(TimeType.DURATION, "P1Y")
    cued = bool(match["edge2"] or match["part2"] or match["full"]) or before in THE_PERIOD_CUES
    if not cued or after in ("before", "after", "earlier", "later", "ago", "that", "when", "of"):
        return None
    near = _near_reference(ctx)
    parsed = cal.parse_value(near) if near is not None else None
    if unit == "day" and parsed is not None and parsed[1] == cal.DAY:
        return _day_draft(parsed[0], NARRATIVE)  # "to end the day": the day just reported
    if unit == "day":
        if ctx.published is None:
            return Draft(TimeType.DATE, None, PUBLISHED, False)
        return _day_draft(ctx.published, PUBLISHED)
    return _period(ctx, unit, 0)


def _period(ctx: Context, unit: str, shift: int) -> Draft:
    """The week, month, year, decade or century ``shift`` periods from publication."""
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    anchor = ctx.published
    if unit == "decade":
        return _relative(f"{anchor.year // 10 + shift:03d}", ctx.published)
    if unit == "century":
        return _relative(f"{anchor.year // 100 + shift:02d}", ctx.published)
    day = cal.shift(anchor, shift, unit)
    return _relative(
        cal.value_at(day, {"week": cal.WEEK, "month": cal.MONTH}.get(unit, cal.YEAR)), ctx.published
    )


def _weekend(ctx: Context, shift: int) -> Draft:
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    anchor = ctx.published
    if shift == 0:
        # "the weekend" read on a Monday is the one just gone, unless the verb says ahead.
        past = ctx.tense() != FUTURE and anchor.weekday() < 4
        shift = -1 if past and anchor.weekday() < 5 else 0
    saturday = cal.weekday_near(anchor, 5, FUTURE) + timedelta(weeks=shift)
    return _relative(cal.iso_week(saturday) + "-WE", ctx.published)


def _narrative_period(ctx: Context, unit: str, shift: int) -> Draft:
    """ "that day", "the following year": counted from the last time the text gave, at the
    unit's granularity; unresolved when there is none (or it is coarser than the unit)."""
    period = _PERIOD_UNITS[unit]
    if ctx.reference is not None and period in ("day", "week", "month", "year"):
        moved = _narrative_shift(ctx.reference[0], abs(shift), period, 1 if shift >= 0 else -1)
        if moved is not None:
            return Draft(TimeType.DATE, moved, NARRATIVE, day=moved if period == "day" else None)
    return Draft(TimeType.DATE, None, NARRATIVE, resolved=False)


_SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: Words before a bare season that make it a time ("in spring"); "fall" is also a verb.
SEASON_CUES: frozenset[str] = frozenset(
    "in during by until till since through over this last next that each every early late "
    "mid of and or the".split()
)


def season(match: re.Match[str], ctx: Context) -> Draft | None:
    code = SEASONS[match["season"].lower()]
    if match["y"]:
        return Draft(TimeType.DATE, f"{match['y']}-{code}")
    rel = " ".join((match["rel"] or "").lower().split())
    if not rel and ctx.word_before() not in SEASON_CUES:
        return None
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-{code}", PUBLISHED, False)
    anchor, start = ctx.published, _SEASON_START[code]
    started = anchor.month >= start
    if rel in ("last", "this past"):
        year = anchor.year if anchor.month >= start + 3 else anchor.year - 1
    elif rel in ("next", "this coming"):
        year = anchor.year if not started else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        tense = ctx.tense()
        if tense == PAST and not started:
            year = anchor.year - 1
        elif tense == FUTURE and anchor.month >= start + 3:
            year = anchor.year + 1
        else:
            year = anchor.year
    return _relative(f"{year}-{code}", ctx.published)


NEUTRAL_TENSE = NEUTRAL
