"""Metadata dates: the formats news uses, read as written, and no guesses."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.ingest.dates import try_parse_date

JAN_22 = date(2025, 1, 22)


@pytest.mark.parametrize(
    "value",
    [
        "2025-01-22",
        "2025-01-22T23:30:00-05:00",
        "2025-01-22 10:00:00",
        "2025/01/22",
        "20250122",
        "Wed, 22 Jan 2025 23:30:00 -0500",
        "22 January 2025",
        "January 22, 2025",
        "Jan. 22, 2025",
        "Wednesday, January 22, 2025",
        "22.01.2025",
        "01/22/2025",
        "22/01/2025",
    ],
)
def test_dates_accepted_forms(value: str) -> None:
    assert try_parse_date(value) == JAN_22


@pytest.mark.parametrize(
    "value", ["01/02/2025", "2025", "last Tuesday", "2025-02-30", "", "13/13/2025", "soon"]
)
def test_dates_ambiguous_or_unreadable_is_none(value: str) -> None:
    assert try_parse_date(value) is None
