"""Calendar arithmetic and number words behind the time tagger (``timex.calendar``,
``timex.lexicon``)."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.extract.timex import calendar as cal
from newsledger.extract.timex.lexicon import parse_number


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 3, 15), -3, date(2024, 12, 15)),
        (date(2025, 12, 1), 1, date(2026, 1, 1)),
    ],
)
def test_times_calendar_add_months_clamps(start: date, months: int, expected: date) -> None:
    assert cal.add_months(start, months) == expected


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        ("P10D", date(2025, 1, 30)),
        ("P90D", date(2025, 4, 20)),
        ("P2W", date(2025, 2, 3)),
        ("P3M", date(2025, 4, 20)),
        ("P1Q", date(2025, 4, 20)),
        ("P1Y", date(2026, 1, 20)),
        ("PXD", None),
        ("PT5H", None),
        ("P2.5Y", None),
    ],
)
def test_times_calendar_add_duration(duration: str, expected: date | None) -> None:
    assert cal.add_duration(date(2025, 1, 20), duration) == expected


@pytest.mark.parametrize(
    ("count", "unit", "expected"),
    [
        (10, "day", "P10D"),
        (2, "decade", "P20Y"),
        (1, "century", "P100Y"),
        (5, "hour", "PT5H"),
        (2.5, "year", "P2Y6M"),
        (1.5, "hour", "PT1H30M"),
        (0.5, "day", "PT12H"),
        (None, "week", "PXW"),
        (None, "minute", "PTXM"),
    ],
)
def test_times_calendar_duration_value(count: float | None, unit: str, expected: str) -> None:
    assert cal.duration_value(count, unit) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-22", (date(2025, 1, 22), cal.DAY)),
        ("2025-W04", (date(2025, 1, 20), cal.WEEK)),
        ("2024-11", (date(2024, 11, 1), cal.MONTH)),
        ("1989-Q3", (date(1989, 7, 1), cal.QUARTER)),
        ("2023", (date(2023, 1, 1), cal.YEAR)),
        ("PRESENT_REF", None),
        ("P10D", None),
    ],
)
def test_times_calendar_parse_value(value: str, expected: tuple[date, str] | None) -> None:
    assert cal.parse_value(value) == expected


@pytest.mark.parametrize(
    ("direction", "expected"),
    [(-1, date(2025, 1, 22)), (1, date(2025, 1, 29)), (0, date(2025, 1, 22))],
)
def test_times_calendar_weekday_near(direction: int, expected: date) -> None:
    # Thursday 2025-01-23; Wednesday is weekday 2
    assert cal.weekday_near(date(2025, 1, 23), 2, direction) == expected


@pytest.mark.parametrize(
    ("month", "day", "direction", "year"),
    [
        (11, 20, -1, 2024),  # a past November seen from January
        (3, 1, 1, 2025),  # a coming March
        (2, 1, -1, 2025),  # "extended to Feb. 1": near-future dates survive a past verb
        (12, 25, 0, 2024),  # the nearest Christmas
    ],
)
def test_times_calendar_year_for_day(month: int, day: int, direction: int, year: int) -> None:
    assert cal.year_for_day(date(2025, 1, 23), month, day, direction) == year


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2000, date(2000, 4, 23))],
)
def test_times_calendar_easter(year: int, expected: date) -> None:
    assert cal.easter(year) == expected


def test_times_calendar_nth_weekday_thanksgiving() -> None:
    assert cal.nth_weekday(2024, 11, 3, 4) == date(2024, 11, 28)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("ten", 10),
        ("twenty-four", 24),
        ("twenty four", 24),
        ("5 1/2", 5.5),
        ("two and a half", 2.5),
        ("a half", 0.5),
        ("a", 1),
        ("a couple of", 2),
        ("several", None),
        ("a few", None),
    ],
)
def test_times_lexicon_parse_number(phrase: str, value: float | None) -> None:
    assert parse_number(phrase) == value
