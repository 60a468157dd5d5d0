"""Calendar arithmetic on dates and TIMEX3 values (pure functions, no regexes).

Values follow TIMEX3: "2025-01-22" (day), "2025-W04" (ISO week), "2025-W04-WE" (weekend),
"2025-01" (month), "2025-Q1" (quarter), "2025-SU" (season), "2025" (year), "202" (decade),
"20" (century); durations "P10D", "PT3H", "P2Y", with "X" for an unknown count ("PXD").
"""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import lru_cache
from typing import Final

from newsledger.extract.timex.lexicon import UNITS

#: Granularities of a date value, coarse to fine, for shifting relative expressions.
DAY, WEEK, MONTH, QUARTER, YEAR = "day", "week", "month", "quarter", "year"

_DURATION: Final = re.compile(r"^P(?:(\d+(?:\.\d+)?)([YMWDQ]))?(?:T(\d+(?:\.\d+)?)([HMS]))?$")


def add_months(day: date, months: int) -> date | None:
    """``day`` moved by whole months, clamped to the end of a shorter month; None when that
    falls outside the calendar Python knows (years 1 to 9999: "5,000 years ago")."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not MINYEAR <= year <= MAXYEAR:
        return None
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_days(day: date, days: int) -> date | None:
    """``day`` plus ``days`` (negative to go back), or None outside the calendar."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def shift(day: date, count: int, unit: str) -> date | None:
    """``day`` moved by ``count`` units (a unit name from ``lexicon.UNITS``), or None when
    that leaves the calendar."""
    letter, is_time, factor = UNITS[unit]
    amount = count * factor
    if is_time:
        return day  # hours and minutes do not move a date we only know to the day
    if letter == "D":
        return add_days(day, amount)
    if letter == "W":
        return add_days(day, 7 * amount)
    if letter == "M":
        return add_months(day, amount)
    if letter == "Q":
        return add_months(day, 3 * amount)
    return add_months(day, 12 * amount)


def iso_day(day: date) -> str:
    return day.isoformat()


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def iso_month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def iso_quarter(day: date) -> str:
    return f"{day.year:04d}-Q{quarter_of(day)}"


def value_at(day: date, granularity: str) -> str:
    """The TIMEX3 value of the period of ``granularity`` that contains ``day``."""
    if granularity == DAY:
        return iso_day(day)
    if granularity == WEEK:
        return iso_week(day)
    if granularity == MONTH:
        return iso_month(day)
    if granularity == QUARTER:
        return iso_quarter(day)
    return f"{day.year:04d}"


def granularity_of_unit(unit: str) -> str:
    """The date granularity that "N <unit>s ago" is stated to."""
    letter, is_time, _ = UNITS[unit]
    if is_time or letter == "D":
        return DAY
    return {"W": WEEK, "M": MONTH, "Q": QUARTER}.get(letter, YEAR)


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The ``weekday`` (0 = Monday) nearest ``anchor`` in ``direction``: -1 the latest on or
    before it, +1 the first on or after it, 0 the nearest either way (ties go back, as news
    reports past events more than future ones)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction < 0 or (direction == 0 and back <= ahead):
        return anchor - timedelta(days=back)
    return anchor + timedelta(days=ahead)


#: Where a date named without its year may fall, in days from publication, by tense
#: (past, neutral, future). A year-long window holds exactly one candidate. Past-tense
#: windows reach a little ahead because tense cues mislead ("extended the offer to Nov. 6"),
#: and an explicit near-future date is far likelier than one a year back. Calibrated on the
#: TempEval-3 training data.
DAY_WINDOWS: Final[dict[int, tuple[int, int]]] = {-1: (-304, 60), 0: (-240, 124), 1: (-60, 304)}
#: The same for a month named alone ("in November"), in months from publication.
MONTH_WINDOWS: Final[dict[int, tuple[int, int]]] = {-1: (-10, 1), 0: (-7, 4), 1: (-1, 10)}
#: The same for a quarter named without its year, in quarters from publication.
QUARTER_WINDOWS: Final[dict[int, tuple[int, int]]] = {-1: (-3, 0), 0: (-2, 1), 1: (-1, 2)}


def _pick_year(anchor_year: int, offsets: dict[int, int], window: tuple[int, int]) -> int:
    """The year whose offset from publication lies in ``window`` (else the nearest)."""
    low, high = window
    inside = [year for year, offset in offsets.items() if low <= offset <= high]
    if inside:
        return min(inside, key=lambda year: abs(offsets[year]))
    return min(offsets, key=lambda year: abs(offsets[year]))


def year_for_day(anchor: date, month: int, day: int, direction: int) -> int | None:
    """The year of a day named without one ("Jan. 20"), told by tense (see DAY_WINDOWS)."""
    offsets = {}
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = safe_date(year, month, day)
        if candidate is not None:
            offsets[year] = (candidate - anchor).days
    return _pick_year(anchor.year, offsets, DAY_WINDOWS[direction]) if offsets else None


def year_for_month(anchor: date, month: int, direction: int) -> int:
    """The year of a month named without one ("in November"), told by tense."""
    offsets = {
        year: (year - anchor.year) * 12 + month - anchor.month
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
    }
    return _pick_year(anchor.year, offsets, MONTH_WINDOWS[direction])


def year_for_quarter(anchor: date, quarter: int, direction: int) -> int:
    """The year of a quarter named without one ("the third quarter"), told by tense."""
    offsets = {
        year: (year - anchor.year) * 4 + quarter - quarter_of(anchor)
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
    }
    return _pick_year(anchor.year, offsets, QUARTER_WINDOWS[direction])


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` of a month (n = -1: the last)."""
    if n < 0:
        last = date(year, month, _calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


#: The next smaller unit of each duration letter: (letter, how many per unit, is a time unit).
_SMALLER: Final[dict[tuple[str, bool], tuple[str, int, bool]]] = {
    ("Y", False): ("M", 12, False),
    ("M", False): ("D", 30, False),
    ("W", False): ("D", 7, False),
    ("D", False): ("H", 24, True),
    ("H", True): ("M", 60, True),
    ("M", True): ("S", 60, True),
}


def duration_value(count: float | None, unit: str) -> str:
    """The TIMEX3 duration of ``count`` units ("P10D", "PT3H", "P20Y"; "PXD" when vague)."""
    letter, is_time, factor = UNITS[unit]
    prefix = "PT" if is_time else "P"
    if count is None:
        return f"{prefix}X{letter}"
    amount = count * factor
    if amount == int(amount):
        return f"{prefix}{int(amount)}{letter}"
    # "2 1/2 years" is P2Y6M, "an hour and a half" PT1H30M: whole units and the smaller rest
    whole, rest = int(amount), amount - int(amount)
    smaller = _SMALLER.get((letter, is_time))
    if smaller is None:
        return f"{prefix}{amount:g}{letter}"
    small_letter, per, small_is_time = smaller
    head = f"{whole}{letter}" if whole else ""
    tail = f"{round(rest * per)}{small_letter}"
    if small_is_time and not is_time:
        return f"P{head}T{tail}"
    return f"{prefix}{head}{tail}"


def add_duration(start: date, duration: str) -> date | None:
    """``start`` plus a TIMEX3 duration of whole days, weeks, months, quarters or years.

    Returns None for vague ("PXD"), fractional or time-of-day durations, which give no
    calendar due date.
    """
    match = _DURATION.match(duration)
    if match is None or match.group(1) is None or match.group(3) is not None:
        return None
    amount, letter = match.group(1), match.group(2)
    if "." in amount:
        return None
    count = int(amount)
    if letter == "D":
        return add_days(start, count)
    if letter == "W":
        return add_days(start, 7 * count)
    if letter == "M":
        return add_months(start, count)
    if letter == "Q":
        return add_months(start, 3 * count)
    return add_months(start, 12 * count)


#: How fine each granularity is, for choosing the finer of two.
FINENESS: Final[dict[str, int]] = {YEAR: 0, QUARTER: 1, MONTH: 2, WEEK: 3, DAY: 4}

#: Months in one of each long unit, to move by a fraction of it ("a year and a half").
UNITS_PER_YEAR: Final[dict[str, int]] = {"year": 12, "decade": 120, "century": 1200}

#: Calendar values remembered parsed: a text names few, and a stream of news the same dates
#: again and again (every resolved time is parsed once or twice more as a reference).
PARSED_VALUES_KEPT: Final = 4096

_VALUE: Final = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{1,2})|Q(?P<q>[1-4])))?$"
)


@lru_cache(maxsize=PARSED_VALUES_KEPT)
def parse_value(value: str) -> tuple[date, str] | None:
    """A calendar value's first day and granularity ("1989-Q3" -> 1989-07-01, quarter)."""
    match = _VALUE.match(value)
    if match is None:
        return None
    year = int(match["y"])
    try:
        if match["d"]:
            return date(year, int(match["m"]), int(match["d"])), DAY
        if match["m"]:
            return date(year, int(match["m"]), 1), MONTH
        if match["w"]:
            return date.fromisocalendar(year, int(match["w"]), 1), WEEK
        if match["q"]:
            return date(year, 3 * int(match["q"]) - 2, 1), QUARTER
    except ValueError:
        return None
    return date(year, 1, 1), YEAR
