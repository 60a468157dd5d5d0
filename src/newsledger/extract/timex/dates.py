"""Handlers for dates named by the calendar: numeric and written dates, months, weekdays,
"today" and its kin, holidays, seasons, decades, centuries and fiscal years."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from newsledger.extract.timex import calendar as cal
from newsledger.extract.timex.draft import (
    ABSOLUTE,
    NARRATIVE,
    PUBLISHED,
    Context,
    Draft,
    Handler,
    capitalised,
    day_draft,
    month_of,
    relative_draft,
    year_of,
)
from newsledger.extract.timex.lexicon import (
    DAY_PARTS,
    FIXED_HOLIDAYS,
    ORDINALS,
    SEASONS,
    WEEKDAYS,
)
from newsledger.extract.timex.tense import FUTURE, PAST, limit_ahead
from newsledger.model import TimeType

# -- absolute dates -----------------------------------------------------------------------


def iso(match: re.Match[str], ctx: Context) -> Draft | None:
    day = cal.safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:
        return None
    if match["hh"]:
        clock = f"T{match['hh']}:{match['mm']}"
        return Draft(TimeType.TIME, day.isoformat() + clock, day=day.isoformat(), clock=clock)
    return Draft(TimeType.DATE, day.isoformat(), day=day.isoformat())


#: Days from publication within which one reading of an ambiguous numeric date settles it:
#: "7/8/07" in a report of 9 July 2007 is 8 July (a dateline, last week's event), not
#: 7 August. Two weeks keeps the other reading at least two weeks further off for all but
#: the dates of a month's first days.
NUMERIC_NEAR_DAYS: Final = 14


def numeric(match: re.Match[str], ctx: Context) -> Draft | None:
    """Numeric dates are read only when the order is certain: one part above 12 is the day,
    both parts are equal, or only one reading lies near publication. Otherwise ("7/8/07"
    could be 8 July or 7 August) only the year is given."""
    first, second = int(match["a"]), int(match["b"])
    year = year_of(match["y"], ctx.published)
    if first > 12 and second <= 12:
        day = cal.safe_date(year, second, first)
    elif second > 12 and first <= 12:
        day = cal.safe_date(year, first, second)
    elif first <= 12 and second <= 12:
        day = _near_reading(year, first, second, ctx.published)
        if day is None:
            return Draft(TimeType.DATE, f"{year:04d}")
    else:
        return None
    return None if day is None else Draft(TimeType.DATE, day.isoformat(), day=day.isoformat())


def _near_reading(year: int, first: int, second: int, published: date | None) -> date | None:
    """The one reading of "first/second" (month/day or day/month) near publication."""
    readings = {cal.safe_date(year, first, second), cal.safe_date(year, second, first)} - {None}
    if len(readings) == 1:
        return readings.pop()
    if published is None:
        return None
    near = [d for d in readings if d is not None and abs((d - published).days) <= NUMERIC_NEAR_DAYS]
    return near[0] if len(near) == 1 else None


def _month_day(match: re.Match[str], ctx: Context) -> Draft | None:
    name = match["mon"]
    if not (capitalised(name) or match.group(0).isupper()):
        return None
    month = month_of(name)
    day_number = int(re.match(r"\d+", match["d"]).group(0))  # type: ignore[union-attr]
    if match["y"]:
        day = cal.safe_date(int(match["y"]), month, day_number)
        return None if day is None else day_draft(day, ABSOLUTE)
    if cal.safe_date(2000, month, day_number) is None:
        return None
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-{month:02d}-{day_number:02d}", PUBLISHED, False)
    year = cal.year_for_day(ctx.published, month, day_number, ctx.tense())
    day = None if year is None else cal.safe_date(year, month, day_number)
    return None if day is None else day_draft(day, PUBLISHED)


# Annotated: mypyc cannot infer an alias's type across the import cycle with scan.py.
mdy: Final[Handler] = _month_day
dmy: Final[Handler] = _month_day


_NTH_WEEK: Final[dict[str, int]] = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def week_of(match: re.Match[str], ctx: Context) -> Draft | None:
    """ "the week of March 6": the ISO week of that day; "the last week of March": of the
    month's weeks (ISO weeks whose Thursday falls in it, as ISO assigns weeks to years)."""
    name = match["mon"] or match["mon2"]
    if not capitalised(name):
        return None
    number = month_of(name)
    day_number = int(match["d"].rstrip("stndrh")) if match["d"] else None
    year: int | None
    if match["y"]:
        year, basis = int(match["y"]), ABSOLUTE
    elif ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    elif day_number is not None:
        year, basis = cal.year_for_day(ctx.published, number, day_number, ctx.tense()), PUBLISHED
    else:
        year, basis = cal.year_for_month(ctx.published, number, ctx.tense()), PUBLISHED
    if year is None:
        return None
    if day_number is not None:
        day = cal.safe_date(year, number, day_number)
    else:
        day = _month_thursday(year, number, match["nth"].lower())
    if day is None:
        return None
    return Draft(TimeType.DATE, cal.iso_week(day), basis, resolved=True)


def _month_thursday(year: int, month: int, nth: str) -> date | None:
    """The Thursday of a month's first, ..., or last week."""
    first = cal.safe_date(year, month, 1)
    if first is None:
        return None
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    if nth in _NTH_WEEK:
        return thursday + timedelta(weeks=_NTH_WEEK[nth])
    while (thursday + timedelta(weeks=1)).month == month:
        thursday += timedelta(weeks=1)
    return thursday


def month_year(match: re.Match[str], ctx: Context) -> Draft | None:
    if not (capitalised(match["mon"]) or match.group(0).isupper()):
        return None
    number = month_of(match["mon"])
    if match["y"]:
        return Draft(TimeType.DATE, f"{int(match['y']):04d}-{number:02d}")
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-{number:02d}", PUBLISHED, False)
    year = ctx.published.year + {"last": -1, "next": 1}.get(match["yrel"].lower(), 0)
    return relative_draft(f"{year:04d}-{number:02d}", ctx.published)


#: Words before a bare month name that make it a date ("in May", "since March"); "May" and
#: "March" are also a name and a verb, so they need one of these.
MONTH_CUES: Final[frozenset[str]] = frozenset(
    "in since until till by from through last next this early late mid of during before after "
    "between and or to since, on for".split()
)


def month(match: re.Match[str], ctx: Context) -> Draft | None:
    name = match["mon"]
    if not capitalised(name):
        return None
    before = ctx.word_before()
    after = ctx.word_after()
    has_prefix = match.group(0).lower() != name.lower()
    if name in ("May", "March") and not has_prefix and before not in MONTH_CUES:
        return None
    if not has_prefix and capitalised(after) and after not in ("I",):
        return None  # a name: "June Carter", "August Wilson"
    if not has_prefix and before[:1].isupper() and before not in ("In", "By", "Since", "Until"):
        return None  # "Theresa May"
    number = month_of(name)
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
    return relative_draft(f"{year:04d}-{number:02d}", ctx.published)


def holiday(match: re.Match[str], ctx: Context) -> Draft | None:
    name = re.sub(r"\s+", " ", match["name"].lower())
    if not capitalised(match["name"]):
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
    return day_draft(day, PUBLISHED)


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
NOT_WEEKDAY_BEFORE: Final[frozenset[str]] = frozenset(
    {"black", "cyber", "super", "bloody", "ash", "holy", "palm", "maundy", "giving", "blue"}
)


def weekday(match: re.Match[str], ctx: Context) -> Draft | None:
    name = match["wd"]
    if not (capitalised(name) or match.group(0).isupper()):
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
    elif _POSSESSIVE.match(ctx.text, ctx.end):
        # "Wednesday's ruling" names the day of something reported: past, whatever the verb
        # of the clause, unless a limit word puts it ahead ("ahead of Friday's vote")
        way = FUTURE if limit_ahead(ctx.text, ctx.start) else PAST
        day = cal.weekday_near(anchor, number, way)
    else:
        tense = ctx.tense()
        day = cal.weekday_near(anchor, number, FUTURE if tense == FUTURE else PAST)
    return day_draft(day, basis, clock)


_POSSESSIVE: Final = re.compile(r"['’]s\b")


_DEICTIC_SHIFT: Final[dict[str, int]] = {
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
    return day_draft(ctx.published + timedelta(days=shift), PUBLISHED, clock)


TENS_WORDS: Final[dict[str, int]] = {
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
    return relative_draft(f"{ctx.published.year // 100 + shift:02d}", ctx.published)


def fiscal(match: re.Match[str], ctx: Context) -> Draft | None:
    return Draft(TimeType.DATE, match["y"])


_SEASON_START: Final[dict[str, int]] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: Words before a bare season that make it a time ("in spring"); "fall" is also a verb.
SEASON_CUES: Final[frozenset[str]] = frozenset(
    "in during by until till since through over this last next that each every early late "
    "mid of and or the their its his her our".split()
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
    return relative_draft(f"{year}-{code}", ctx.published)
