"""Handlers for dates counted from something: quarters and halves, "two days ago",
"a year earlier", "last week", "the year-ago quarter", "the following day"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from newsledger.extract.timex import calendar as cal
from newsledger.extract.timex.draft import (
    NARRATIVE,
    PUBLISHED,
    Context,
    Draft,
    day_draft,
    narrative_shift,
    near_day,
    near_reference,
    relative_draft,
    shift_value,
    unit_of,
)
from newsledger.extract.timex.lexicon import (
    ONES,
    ORDINALS,
    UNITS,
    parse_number,
)
from newsledger.extract.timex.tense import FUTURE
from newsledger.model import TimeType

# -- quarters and halves ------------------------------------------------------------------

_QUARTER_WORDS: Final[dict[str, int]] = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, **ORDINALS}


def _last_quarter(anchor: date) -> tuple[int, int]:
    """The latest quarter that has ended by ``anchor``: (year, quarter)."""
    current = cal.quarter_of(anchor)
    return (anchor.year, current - 1) if current > 1 else (anchor.year - 1, 4)


def reference_quarter(ctx: Context) -> tuple[int, int] | None:
    """The narrative reference when it is a quarter: (year, quarter)."""
    if ctx.reference is None:
        return None
    match = re.fullmatch(r"(\d{4})-Q([1-4])", ctx.reference[0])
    return (int(match.group(1)), int(match.group(2))) if match else None


def reported_quarter(ctx: Context, *, named: bool = True) -> tuple[int, int] | None:
    """The quarter a report is about, for "the year-ago quarter": the narrative reference,
    else (when ``named``) the last quarter the text named, when it has ended by publication:
    results are reported for ended quarters, and a forecast of "the third quarter of 1990"
    is not what last year's figures are compared with."""
    candidates = (reference_quarter(ctx), _parse_quarter(ctx.quarter) if named else None)
    for candidate in candidates:
        if candidate is None:
            continue
        if ctx.published is None or candidate < (
            ctx.published.year,
            cal.quarter_of(ctx.published),
        ):
            return candidate
    return None


def _parse_quarter(value: str | None) -> tuple[int, int] | None:
    match = re.fullmatch(r"(\d{4})-Q([1-4])", value or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def quarter(match: re.Match[str], ctx: Context) -> Draft | None:
    """ "the third quarter", "Q3 2024", "the latest quarter", "the quarter", "fourth quarters"."""
    if match["q"]:
        number = int(match["q"])
        if match["qy"]:
            return Draft(TimeType.DATE, f"{match['qy']}-Q{number}")
        return _quarter_in_year(number, match, ctx)
    if match["latest"] or match["py"]:
        return _period_reported(match, ctx)
    if match["bare"]:
        if ctx.word_after().lower() == "of":
            return None  # "the quarter of the vote": a fraction
        if ctx.published is None:
            return Draft(TimeType.DATE, None, PUBLISHED, False)
        ref = reference_quarter(ctx)
        if ref is not None:
            return Draft(TimeType.DATE, f"{ref[0]}-Q{ref[1]}", NARRATIVE)
        year, number = _last_quarter(ctx.published)
        return relative_draft(f"{year}-Q{number}", ctx.published)
    which = match["which"].lower()
    if match["plural"]:
        every = _QUARTER_WORDS.get(which, 0)
        return Draft(TimeType.SET, f"XXXX-Q{every}") if 1 <= every <= 4 else None
    det = " ".join((match["det"] or "").lower().split())
    if which in ("year-ago", "year-earlier") or det in ("the year-ago", "the year-earlier"):
        return _year_ago_quarter(ctx)
    if which in _QUARTER_WORDS and _QUARTER_WORDS[which] <= 4 and which not in ("last", "final"):
        return _quarter_in_year(_QUARTER_WORDS[which], match, ctx)
    if which == "final":
        return _quarter_in_year(4, match, ctx)
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    if which in ("latest", "last", "previous", "past", "recent"):
        year, number = _last_quarter(ctx.published)
    elif which == "next":
        nxt = cal.add_months(ctx.published, 3) or ctx.published
        year, number = nxt.year, cal.quarter_of(nxt)
    else:
        year, number = ctx.published.year, cal.quarter_of(ctx.published)
    return relative_draft(f"{year}-Q{number}", ctx.published)


def _period_reported(match: re.Match[str], ctx: Context) -> Draft:
    """ "the latest period": the quarter reported (else the last ended by publication);
    "the 1988 period": that quarter of 1988 (else the year)."""
    reported = reported_quarter(ctx)
    if match["py"]:
        year = int(match["py"])
        if reported is None:
            return Draft(TimeType.DATE, f"{year:04d}")
        return Draft(TimeType.DATE, f"{year:04d}-Q{reported[1]}", NARRATIVE)
    if reported is not None:
        return Draft(TimeType.DATE, f"{reported[0]}-Q{reported[1]}", NARRATIVE)
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    year, number = _last_quarter(ctx.published)
    return relative_draft(f"{year}-Q{number}", ctx.published)


def _year_ago_quarter(ctx: Context) -> Draft:
    """ "the year-ago quarter": the quarter reported, a year back."""
    ref = reported_quarter(ctx)
    if ref is not None:
        return Draft(TimeType.DATE, f"{ref[0] - 1}-Q{ref[1]}", NARRATIVE)
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    year, number = _last_quarter(ctx.published)
    return _compared(relative_draft(f"{year - 1}-Q{number}", ctx.published))


def _compared(draft: Draft) -> Draft:
    """A period counted back from the one reported is not itself the report's subject."""
    draft.compared = True
    return draft


def _quarter_in_year(number: int, match: re.Match[str], ctx: Context) -> Draft:
    """Quarter ``number`` of the year the words give, else of the year tense points to."""
    explicit = match["y"] or match["y0"]
    if explicit:
        return Draft(TimeType.DATE, f"{explicit}-Q{number}")
    words = (match.group(0) or "").lower()
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-Q{number}", PUBLISHED, False)
    base = ctx.published.year
    if "last year" in words:
        return relative_draft(f"{base - 1}-Q{number}", ctx.published)
    if "next year" in words:
        return relative_draft(f"{base + 1}-Q{number}", ctx.published)
    if "this year" in words:
        return relative_draft(f"{base}-Q{number}", ctx.published)
    year = cal.year_for_quarter(ctx.published, number, ctx.tense())
    return relative_draft(f"{year}-Q{number}", ctx.published)


def half(match: re.Match[str], ctx: Context) -> Draft | None:
    number = 1 if match["which"].lower() == "first" else 2  # "second", "last", "latter"
    if match["y"]:
        return Draft(TimeType.DATE, f"{match['y']}-H{number}")
    if ctx.published is None:
        return Draft(TimeType.DATE, f"XXXX-H{number}", PUBLISHED, False)
    shift = {"last": -1, "next": 1}.get((match["rel"] or "").lower(), 0)
    return relative_draft(f"{ctx.published.year + shift}-H{number}", ctx.published)


# -- offsets from a reference: "two days ago", "a year earlier", "last week" -------------------


def _count(phrase: str | None) -> float | None:
    return 1.0 if phrase is None else parse_number(phrase)


def _shifted(anchor: date, count: float, unit: str, sign: int) -> tuple[date | None, str]:
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
GRANT_WINDOW: Final = 80
_GRANTED: Final = re.compile(
    r"\b(?:give|gives|gave|given|giving|has|have|had|get|gets|got|take|takes|took|allow|"
    r"allows|allowed|grant|grants|granted|wait|waits|waited|spend|spent)\b[^.;!?]*$",
    re.IGNORECASE,
)


def _is_clock_unit(unit: str) -> bool:
    return UNITS[unit][1]


def ago(match: re.Match[str], ctx: Context) -> Draft | None:
    """ "two days ago", "a year earlier", "three weeks later", "two days after ..."."""
    unit = unit_of(match["unit"])
    if match["num"] is None and not match["unit"].lower().endswith("s"):
        return None  # "year ago" without a count is not English
    # "days before" without a count is some days, not one
    count = None if match["num"] is None else _count(match["num"])
    way = " ".join(match["dir"].lower().split())
    sign = 1 if way in ("later", "after", "from now", "hence") else -1
    if way in ("before", "after"):
        return _around_event(match, ctx, count, unit, sign)
    if match["num"] is None or count is None:
        if way in ("earlier", "later"):
            return Draft(TimeType.DURATION, cal.duration_value(None, unit))  # "days later"
        return Draft(TimeType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF")
    if way in ("earlier", "later") and _is_clock_unit(unit):
        return Draft(TimeType.DURATION, cal.duration_value(count, unit))  # "an hour later"
    return _offset_date(ctx, count, unit, sign, way)


def _around_event(
    match: re.Match[str], ctx: Context, count: float | None, unit: str, sign: int
) -> Draft:
    """ "N days before/after X": a span granted ("gave them 90 days before recommending"),
    else an offset from X. Until a dated X follows ("two days after Jan. 20", joined by the
    scan), it is what TIMEX3 annotates: the duration alone, unresolved as a date."""
    duration = cal.duration_value(count, unit)
    if _GRANTED.search(ctx.text, max(0, ctx.start - GRANT_WINDOW), ctx.start):
        return Draft(TimeType.DURATION, duration, end=match.end("unit"))
    whole = None if count is None or count != int(count) else (int(count), unit, sign)
    return Draft(
        TimeType.DURATION,
        duration,
        NARRATIVE,
        resolved=False,
        offset=whole,
        end=match.end("unit"),
    )


#: Characters before a comparison searched for the sentence it compares in (a long sentence
#: of a financial report: "For the nine months, net rose ... from $X, or $Y a share, a year
#: earlier"; calibrated on the TempEval-3 training data).
SENTENCE_WINDOW: Final = 300
_SENTENCE_END: Final = re.compile(r"[.!?]['\"]?\s+(?=[A-Z\"'`])|\n\s*\n")
#: The period a sentence reports on, when it is a span of months and not a quarter: "for the
#: nine months", "in the first half", "the year ended June 30". A year back it is no quarter.
_SPAN_OR_QUARTER: Final = re.compile(
    r"\b(?:(?P<span>(?:nine|six|9|6)[- ]months?|first half|year[- ](?:ended|ending|to[- ]date))"
    r"|quarter|three[- ]months?)\b",
    re.IGNORECASE,
)


def _sentence_so_far(ctx: Context) -> str:
    """The text of the hit's sentence before it."""
    window = ctx.text[max(0, ctx.start - SENTENCE_WINDOW) : ctx.start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def reports_span(ctx: Context) -> bool:
    """Whether the sentence so far reports on a span of months ("For the nine months, ...
    compared with $X a year earlier"): the period last named in it is such a span."""
    named = list(_SPAN_OR_QUARTER.finditer(_sentence_so_far(ctx)))
    return bool(named) and named[-1]["span"] is not None


#: Granularities of a period a sentence can report on that "a year earlier" keeps: the quarter,
#: month, week or day a year back. A year, decade or season gives the plain year before.
COMPARED_GRANULARITIES: Final = (cal.DAY, cal.WEEK, cal.MONTH, cal.QUARTER)


def _sentence_period(ctx: Context) -> str | None:
    """The period the hit's sentence reports on, when a time named earlier in the sentence
    gives it ("for the quarter ended Aug. 12, ... a year earlier"; "September sales ... from a
    year ago"). Only the same sentence: one before it often reports another period (checked on
    the TempEval-3 training data, where reaching back a sentence lost more than it won)."""
    if ctx.reference is None or ctx.start - ctx.reference[2] > len(_sentence_so_far(ctx)):
        return None
    parsed = cal.parse_value(ctx.reference[0])
    if parsed is None or parsed[1] not in COMPARED_GRANULARITIES:
        return None
    return ctx.reference[0]


def _offset_date(ctx: Context, count: float, unit: str, sign: int, way: str) -> Draft:
    """The date ``count`` units from the quarter reported, the narrative reference
    ("a year earlier") or the publication date ("two days ago")."""
    if unit == "year" and ctx.quarter is not None and reports_span(ctx):
        # "nine months ... a year earlier": the span a year back, which only its year names
        return _period(ctx, "year", -round(count))
    reported = _sentence_period(ctx)
    if unit == "year" and count == 1 and reported is not None:
        # "a year earlier" than the period its sentence reports; "two years ago" is rather
        # counted from publication ("killed two years ago" is no comparison)
        shifted = shift_value(reported, 1, unit, sign)
        if shifted is not None:
            return Draft(TimeType.DATE, shifted, NARRATIVE)
    if unit == "year" and ctx.quarter is not None:
        # "a year ago" in a quarterly report compares with the same quarter a year before
        shifted = shift_value(ctx.quarter, round(count), unit, sign)
        if shifted is not None:
            return Draft(TimeType.DATE, shifted, NARRATIVE)
    if way in ("earlier", "later") and ctx.reference is not None:
        shifted = narrative_shift(ctx.reference[0], round(count), unit, sign)
        if shifted is not None:
            return Draft(TimeType.DATE, shifted, NARRATIVE)
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    day, granularity = _shifted(ctx.published, count, unit, sign)
    if day is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)  # beyond the calendar
    if granularity == cal.WEEK:
        granularity = cal.DAY  # "two weeks ago" names a day; TimeBank values it so
    value = cal.value_at(day, granularity)
    return Draft(TimeType.DATE, value, PUBLISHED, day=value if granularity == cal.DAY else None)


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
        return relative_draft(f"{ctx.published.year - 1}-Q{number}", ctx.published)
    ref = reported_quarter(ctx)
    if ref is not None:
        return Draft(TimeType.DATE, f"{ref[0] - 1}-Q{ref[1]}", NARRATIVE)
    near = near_reference(ctx)
    parsed = cal.parse_value(near) if near is not None else None
    if parsed is not None and parsed[1] in (cal.MONTH, cal.WEEK):
        moved = cal.shift(parsed[0], -1, "year")
        if moved is not None:
            return Draft(TimeType.DATE, cal.value_at(moved, parsed[1]), NARRATIVE)
    return _period(ctx, "year", -1)


def _narrative_period_same(ctx: Context) -> Draft:
    """ "the same period": the reference itself, when there is one."""
    if ctx.reference is not None:
        return Draft(TimeType.DATE, ctx.reference[0], NARRATIVE)
    return Draft(TimeType.DATE, None, NARRATIVE, resolved=False)


#: Days back from publication to the middle of "the past week" (its seven days).
PAST_WEEK_MIDDLE: Final = 3

_PERIOD_UNITS: Final[dict[str, str]] = {
    "week": "week", "weekend": "week", "month": "month", "year": "year",
    "fiscal year": "year", "decade": "decade", "century": "century", "day": "day",
}  # fmt: skip


def relative(match: re.Match[str], ctx: Context) -> Draft | None:
    if match["ye"]:
        return _period(ctx, "year", 0)
    if match["adj"]:
        # "the year-ago results" may be a year's: only a quarter just named makes it one
        ref = reported_quarter(ctx, named=False)
        if ref is not None and not reports_span(ctx):
            return Draft(TimeType.DATE, f"{ref[0] - 1}-Q{ref[1]}", NARRATIVE)
        return _compared(_period(ctx, "year", -1))
    if match["unit2"]:
        return _the_period(match, ctx)
    unit = " ".join(match["unit"].lower().split())
    rel = " ".join(match["rel"].lower().split())
    the = (match["the"] or "").lower()
    if rel in ("past", "last") and the == "the" and unit in ("decade", "century"):
        # "over the past decade": a span back from publication. "The past year" is, like
        # "last year", the previous calendar year: so TimeBank, AQUAINT and MEANTIME
        # annotate all of their uses
        return Draft(TimeType.DURATION, "P10Y" if unit == "decade" else "P100Y")
    if rel in ("past", "last") and the == "the" and unit == "week" and ctx.published:
        # "for the past week": the last seven days, named by the week most of them are in
        middle = ctx.published - timedelta(days=PAST_WEEK_MIDDLE)
        return relative_draft(cal.iso_week(middle), ctx.published)
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
THE_PERIOD_CUES: Final[frozenset[str]] = frozenset(
    "in during through throughout for end ended ending ends finish finished close closed "
    "closing start started starting open opened opening".split()
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
    if unit == "day" and ctx.day is not None and near_day(ctx) is not None:
        # "to end the day": the day just reported
        draft = day_draft(date.fromisoformat(ctx.day[0]), NARRATIVE)
        draft.anchor_index = ctx.day[1]
        return draft
    if unit == "day":
        if ctx.published is None:
            return Draft(TimeType.DATE, None, PUBLISHED, False)
        return day_draft(ctx.published, PUBLISHED)
    if unit in ("year", "month") and near_reference(ctx) is not None:
        # "a loss in the fourth quarter of 2005 and for the entire year": the year of the
        # time just reported, when it lies within one
        parsed = cal.parse_value(near_reference(ctx) or "")
        granularity = cal.YEAR if unit == "year" else cal.MONTH
        if parsed is not None and cal.FINENESS[parsed[1]] > cal.FINENESS[granularity]:
            return Draft(TimeType.DATE, cal.value_at(parsed[0], granularity), NARRATIVE)
    return _period(ctx, unit, 0)


def _period(ctx: Context, unit: str, shift: int) -> Draft:
    """The week, month, year, decade or century ``shift`` periods from publication."""
    if ctx.published is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    anchor = ctx.published
    if unit == "decade":
        return relative_draft(f"{anchor.year // 10 + shift:03d}", ctx.published)
    if unit == "century":
        return relative_draft(f"{anchor.year // 100 + shift:02d}", ctx.published)
    day = cal.shift(anchor, shift, unit)
    if day is None:
        return Draft(TimeType.DATE, None, PUBLISHED, False)
    return relative_draft(
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
    return relative_draft(cal.iso_week(saturday) + "-WE", ctx.published)


def _narrative_period(ctx: Context, unit: str, shift: int) -> Draft:
    """ "that day", "the following year": counted from the last time the text gave, at the
    unit's granularity; unresolved when there is none (or it is coarser than the unit)."""
    period = _PERIOD_UNITS[unit]
    if ctx.reference is not None and period in ("day", "week", "month", "year"):
        moved = narrative_shift(ctx.reference[0], abs(shift), period, 1 if shift >= 0 else -1)
        if moved is not None:
            return Draft(TimeType.DATE, moved, NARRATIVE, day=moved if period == "day" else None)
    return Draft(TimeType.DATE, None, NARRATIVE, resolved=False)
