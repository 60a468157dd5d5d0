"""Handlers for durations, sets, times of day, bare years and the vague PAST/PRESENT/FUTURE
references. Dates and offsets are in ``resolve``."""

from __future__ import annotations

import re
from typing import Final

from newsledger.extract.timex import calendar as cal
from newsledger.extract.timex.draft import (
    ABSOLUTE,
    NARRATIVE,
    PUBLISHED,
    Context,
    Draft,
    near_day,
)
from newsledger.extract.timex.lexicon import (
    DAY_PARTS,
    MONTHS,
    ONES,
    TENS,
    UNIT_FORMS,
    WEEKDAYS,
    parse_number,
)
from newsledger.extract.timex.tense import PAST
from newsledger.model import TimeType

_SET_ADVERBS: Final[dict[str, str]] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "annual": "P1Y", "hourly": "PT1H", "nightly": "P1D",
    "biweekly": "P2W", "bimonthly": "P2M", "semiannual": "P6M", "semiannually": "P6M",
    "biannual": "P6M",
}  # fmt: skip


def set_(match: re.Match[str], ctx: Context) -> Draft | None:
    if match["adv"]:
        return Draft(TimeType.SET, _SET_ADVERBS[match["adv"].lower()])
    if match["wd"]:
        if not match["wd"][:1].isupper():
            return None
        return Draft(TimeType.SET, f"XXXX-WXX-{WEEKDAYS[match['wd'].lower()] + 1}")
    if match["part"]:
        return Draft(TimeType.SET, f"XXXX-XX-XXT{DAY_PARTS[match['part'].lower()]}")
    if match["mon"]:
        if not match["mon"][:1].isupper():
            return None
        return Draft(TimeType.SET, f"XXXX-{MONTHS[match['mon'].lower()]:02d}")
    unit = UNIT_FORMS[(match["unit"] or match["unit2"]).lower()]
    count = parse_number(match["num"]) if match["num"] else 1.0
    return Draft(TimeType.SET, cal.duration_value(count, unit))


#: Words before "a year"/"a day" that make it a rate ("$5 billion a year", "twice a day").
_RATE_BEFORE: Final = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|thousand|hundred|dollars|cents|times|once|twice|"
    r"percent|each|apiece|people|barrels|tons|units|cars|shares|pounds|euros))\W*$",
    re.IGNORECASE,
)


#: "one day" after a modal is a vague future ("Islam will one day be ..."), not a day long.
_MODAL_BEFORE: Final = re.compile(
    r"\b(?:will|would|could|may|might|shall|can|must)\s+$", re.IGNORECASE
)
#: Counts that are years ("the 1988 quarter"): four digits in this range, written without a
#: thousands separator, are left to the year rule.
YEARLIKE_COUNT: Final = (1000, 2099)


def duration(match: re.Match[str], ctx: Context) -> Draft | None:
    unit = UNIT_FORMS[match["unit"].lower()]
    number = " ".join(match["num"].lower().split())
    head = ctx.text[max(0, ctx.start - 40) : ctx.start]
    if number in ("a", "an") and unit == "second":
        return None  # "a second term": the ordinal, not the unit
    if unit == "quarter" and _FRACTION_OF.match(ctx.text, ctx.end):
        return None  # "a quarter of the vote", "789, or about a quarter, of its": a fraction
    if number.isdigit() and YEARLIKE_COUNT[0] <= int(number) <= YEARLIKE_COUNT[1]:
        return None
    if number in ("one", "some") and unit == "day" and _MODAL_BEFORE.search(head):
        return Draft(TimeType.DATE, "FUTURE_REF")
    is_bare = match.group(0).lower().startswith(("a ", "an "))
    if number in ("a", "an") and is_bare and not match["mod"] and _RATE_BEFORE.search(head):
        return Draft(TimeType.SET, cal.duration_value(1.0, unit))  # "$5 billion a year"
    count = parse_number(number)
    if count is not None and count > MAX_COUNT:
        return None  # a quantity, not a span of time
    trim = 0
    if is_bare and number not in ("a", "an") and "-" in match.group(0):
        trim = match.group(0).index(" ") + 1  # "a 90-day review": the article is the noun's
    return Draft(TimeType.DURATION, cal.duration_value(count, unit), trim=trim)


#: Larger counts of a unit are quantities in news ("75,000 hours of community service" is
#: rare next to "2,000 days" of a figure), calibrated loosely: no gold duration exceeds it.
MAX_COUNT: Final = 10000
_FRACTION_OF: Final = re.compile(
    r",?\s+of\s+(?:the|a|an|its|their|his|her|our|all|those|these|\d)\b", re.IGNORECASE
)


def plural(match: re.Match[str], ctx: Context) -> Draft | None:
    mod = " ".join((match["mod"] or "").lower().split())
    long = match.group(0).lower().endswith("-long")
    if not mod and not match["vague"] and not long:
        return None  # a bare "years" is too often part of something else ("years old")
    unit = UNIT_FORMS[match["unit"].lower()]
    trim = 0
    if mod in ("for", "in", "within", "in recent"):
        trim = len(match.group(0)) - len(match.group(0)[len(match["mod"]) :].lstrip())
        if mod == "in recent":
            trim = match.group(0).lower().index("recent")
    if mod in ("recent", "in recent") and unit in ("years", "days", "year", "day"):
        return Draft(TimeType.DATE, "PAST_REF", trim=trim)
    if mod in ("past", "the past") and not match["vague"] and unit == "year":
        return Draft(TimeType.DATE, "PAST_REF", trim=trim)
    return Draft(TimeType.DURATION, cal.duration_value(None, unit), trim=trim)


_NAMED_TIMES: Final[dict[str, str]] = {
    "noon": "T12:00", "midday": "T12:00", "midnight": "T24:00", "mid-afternoon": "TAF",
    "midafternoon": "TAF", "mid-morning": "TMO", "midmorning": "TMO",
}  # fmt: skip

_UTC: Final = frozenset({"UTC", "GMT", "Z"})


def time(match: re.Match[str], ctx: Context) -> Draft | None:
    clock = _clock(match)
    if clock is None:
        return None
    if match["tz"] and match["tz"].upper() in _UTC and not match["off"]:
        clock += "Z"
    if ctx.day is not None and near_day(ctx) is not None:
        # "The plane took off Tuesday ... at 18:00 UTC": the day just named
        day = ctx.day[0]
        return Draft(
            TimeType.TIME, day + clock, NARRATIVE, day=day, clock=clock, anchor_index=ctx.day[1]
        )
    if ctx.published is None:
        return Draft(TimeType.TIME, "XXXX-XX-XX" + clock, PUBLISHED, False, clock=clock)
    day = ctx.published.isoformat()
    return Draft(TimeType.TIME, day + clock, PUBLISHED, day=day, clock=clock)


def _clock(match: re.Match[str]) -> str | None:
    if match["named"]:
        return _NAMED_TIMES[match["named"].lower().replace(" ", "")]
    if match["hw"]:
        hour = int(match["hw"]) if match["hw"].isdigit() else int(parse_number(match["hw"]) or 0)
        if match["inpart"] and match["inpart"].lower() != "morning" and hour < 12:
            hour += 12
        return f"T{hour:02d}:00" if 0 < hour <= 24 else None
    if match["mil"] is not None:
        return f"T{match['mil']}:{match['milm']}"
    if match["h"] is not None:
        hour, minute = int(match["h"]), int(match["mi"] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        if match["ap"].lower().startswith("p") and hour < 12:
            hour += 12
        elif match["ap"].lower().startswith("a") and hour == 12:
            hour = 0
    else:
        hour, minute = int(match["h24"]), int(match["mi24"])
        if hour > 24 or minute > 59:
            return None
    return f"T{hour:02d}:{minute:02d}"


#: Words before a bare four-digit number that make it a year ("in 1878", "since 2023").
YEAR_CUES: Final[frozenset[str]] = frozenset(
    "in since of from until till to by between and or before after during through throughout "
    "early late mid the year fiscal circa around for than as 's until, year's "
    "election season class vintage".split()
)
#: Words before a four-digit number that make it a count or a code, not a year.
NOT_YEAR_BEFORE: Final[frozenset[str]] = frozenset(
    "flight no. no number route room model version page pages chapter section article rule "
    "resolution code bus train highway interstate platform gate suite apartment box "
    "about nearly some almost approximately roughly over under only just $ £ € #".split()
)
#: An uncued year before a capitalised word is read as one only from here on ("1990
#: BellSouth earnings"); older ones there are house numbers ("1600 Pennsylvania Avenue").
UNCUED_NAMED_YEAR_MIN: Final = 1900
#: Bare years outside this range need a cue word ("in 1066").
BARE_YEAR_MIN, BARE_YEAR_MAX = 1600, 2099
_PLURAL_NOUN: Final = re.compile(r"[a-z]+s$")
#: Lower-case words that may follow a year without making it a count ("1994 election").
YEAR_FOLLOWERS: Final[frozenset[str]] = frozenset(
    "and or to through when after before as election elections season budget census "
    "levels level figures figure report rates rate average peak lows highs because but "
    "compared under until since while that which with in on at for from of by is was were "
    "has had have will would".split()
)


_RAW_WORD_BEFORE: Final = re.compile(r"([\w'.-]+)[ \t]+$")
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?\n\"“]\s*)$")


def _ends_name_year(ctx: Context) -> bool:
    """After a capitalised word, a year ends the name only before punctuation, a date word or
    a function word ("WWDC 2005 June 6", "Conference 2010."), not before a noun ("Russell
    2000 index")."""
    after = ctx.word_after()
    if ctx.char_after() in _YEAR_END_CHARS or not after:
        return True
    lowered = after.lower().rstrip(".")
    return lowered in MONTHS or lowered in WEEKDAYS or lowered in YEAR_FOLLOWERS


def spelled_year(match: re.Match[str], ctx: Context) -> Draft | None:
    """ "nineteen ninety-six", "the year two thousand" (broadcast transcripts)."""
    if match["millennium"]:
        return Draft(
            TimeType.DATE, f"{2000 + (ONES[match['ones'].lower()] if match['ones'] else 0)}"
        )
    century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[match["century"].lower()]
    tens = TENS[match["tens"].lower()]
    ones = ONES[match["unit"].lower()] if match["unit"] else 0
    return Draft(TimeType.DATE, f"{century}{tens + ones:02d}")


#: Characters after a bare number that end it as a year ("in 1878.", "2023, when").
_YEAR_END_CHARS: Final[frozenset[str]] = frozenset(
    {"", ".", ",", ";", ":", ")", "!", "?", "'", '"'} | set("”’\n-—")
)


def year(match: re.Match[str], ctx: Context) -> Draft | None:
    value = int(match["y"])
    if match["edge"] or match["theyear"]:
        return Draft(TimeType.DATE, f"{value:04d}")
    before = ctx.word_before()
    if before in NOT_YEAR_BEFORE or before.endswith("$"):
        return None
    raw_before = _RAW_WORD_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start)
    if (
        raw_before
        and raw_before.group(1)[:1].isupper()
        and before not in YEAR_CUES
        and not _SENTENCE_START.search(
            ctx.text, max(0, raw_before.start(1) - 3), raw_before.start(1)
        )
        and not _ends_name_year(ctx)
    ):
        return None  # inside a name: "Russell 2000 index", "Windows 2000 Server"
    after = ctx.word_after()
    follows_punct = ctx.char_after() in _YEAR_END_CHARS
    cued = before in YEAR_CUES
    if not BARE_YEAR_MIN <= value <= BARE_YEAR_MAX and not cued:
        return None
    if ctx.published is not None and value > ctx.published.year + 30 and not cued:
        return None
    if follows_punct or cued:
        return Draft(TimeType.DATE, f"{value:04d}")
    lowered = after.lower().rstrip(".")
    if after.islower() and lowered not in YEAR_FOLLOWERS and _PLURAL_NOUN.match(lowered):
        return None  # "2500 troops"
    if value < UNCUED_NAMED_YEAR_MIN and after[:1].isupper() and lowered not in MONTHS:
        return None  # a house number: "1600 Pennsylvania Avenue"
    return Draft(TimeType.DATE, f"{value:04d}")


#: Most years a range of full years may span ("1939-1945"); a two-digit end ("2020-21")
#: must be the next year: anything else ("2009-11") may as well be a year and a month.
MAX_RANGE_YEARS: Final = 50


def year_end(match: re.Match[str], ctx: Context) -> Draft | None:
    """The second year of "2009-2011" or "2020-21", when the first was taken as a year."""
    first_text = ctx.text[ctx.start - 5 : ctx.start - 1]
    if ctx.reference is None or ctx.reference[2] != ctx.start - 1:
        return None
    if ctx.reference[0] != first_text:
        return None  # the first number was no year ("Flight 2009-10")
    first, digits = int(first_text), match["y2"]
    if len(digits) == 2:
        second = first // 100 * 100 + int(digits)
        if second != first + 1 and not (first % 100 == 99 and digits == "00"):
            return None
        second = first + 1
    else:
        second = int(digits)
        if not first < second <= first + MAX_RANGE_YEARS:
            return None
    return Draft(TimeType.DATE, f"{second:04d}")


_REFS: Final[dict[str, str]] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "recent": "PAST_REF",
    "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "the past": "PAST_REF", "then current": "PAST_REF", "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF", "future": "FUTURE_REF", "a later date": "FUTURE_REF",
    "a later time": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the time being": "PRESENT_REF", "as soon as possible": "FUTURE_REF",
    "very soon": "FUTURE_REF", "quite soon": "FUTURE_REF",
}  # fmt: skip


def ref(match: re.Match[str], ctx: Context) -> Draft | None:
    word = " ".join(match["word"].lower().split())
    if word.endswith("soon") and word != "as soon as possible" and ctx.tense() == PAST:
        return None  # "he was soon released": soon after something told, not ahead
    value = _REFS.get(word, "FUTURE_REF" if word.endswith("future") else None)
    if value is None:
        return None
    return Draft(TimeType.DATE, value, ABSOLUTE)
