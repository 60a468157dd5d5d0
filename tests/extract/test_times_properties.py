"""Invariants of the time tagger on arbitrary text (hypothesis): it never fails, its spans
lie in the text in order without overlapping, and a date it resolves is a real date."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract.timex import find_times
from newsledger.extract.timex.calendar import parse_value

#: Words that steer the text towards time expressions and their edge cases.
_WORDS = (
    "the last next this past early late mid Monday Friday May March Jan. 20 2025 1,500 "
    "troops days weeks years ago after before later earlier a two 10 90-day 3 p.m. noon "
    "quarter third fiscal 1990s '90s spring of in by until within since yesterday today "
    "now recently every monthly annually - , . : 12/25/2024 2025-01-20 T 24 UTC (GMT +8)"
).split()

_TEXT = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), max_size=40).map(" ".join)
_PUBLISHED = st.one_of(st.none(), st.dates())
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, published=_PUBLISHED)
def test_times_spans_are_ordered_slices(text: str, published: date | None) -> None:
    previous_end = 0
    for found in find_times(text, published):
        assert previous_end <= found.start < found.end <= len(text)
        previous_end = found.end


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, published=_PUBLISHED)
def test_times_day_values_are_real_dates(text: str, published: date | None) -> None:
    for found in find_times(text, published):
        if found.value and _DAY.match(found.value):
            assert parse_value(found.value[:10]) is not None


@settings(max_examples=200, deadline=None)
@given(text=_TEXT)
def test_times_nothing_resolved_against_a_missing_date(text: str) -> None:
    for found in find_times(text, None):
        assert found.anchor != "published"
