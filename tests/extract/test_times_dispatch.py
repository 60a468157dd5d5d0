"""The time scanner's dispatch: trying only the kinds a position's first words allow finds
the same hit as the alternation of every kind."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract.timex import scan
from newsledger.extract.timex.dispatch import Dispatcher, first_words, readings
from newsledger.extract.timex.patterns import DISPATCHER, KINDS, TRIGGER, TRIGGER_LOWER

_INNER_NAME = re.compile(r"\(\?P<\w+>")
#: The alternation of every kind for lower-cased text, as the scanner was before dispatch.
_ALTERNATION = re.compile(
    "|".join(f"(?P<{kind}>{_INNER_NAME.sub('(?:', pattern).lower()})" for kind, pattern in KINDS)
)

_WORDS = (
    "the a an in for at this that last next its about more than end beginning of early "
    "late mid Monday Friday May March Jan. Sept. 20 21st 2025 1990s '90s 1,500 3.5 25 "
    "percent million troops days weeks years year-ago ago after before later earlier two "
    "ten twenty-four 90-day 3 p.m. 0735 GMT noon quarter third fiscal FY2024 Q3 spring "
    "yesterday today tonight now recently every monthly annually time being soon possible "
    "- , . : ( ) 12/25/2024 2025-01-20 T10:30 rock'90s o'clock mid-afternoon"
).split()
_TEXT = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=5)), max_size=30).map(" ".join)


def _both(text: str, pos: int) -> tuple[object, object]:
    alternation = _ALTERNATION.match(text, pos)
    dispatched = DISPATCHER.match(text, pos)
    return (
        None if alternation is None else (alternation.lastgroup, alternation.span()),
        None if dispatched is None else (dispatched[0], dispatched[1].span()),
    )


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_times_dispatch_finds_the_alternations_hit(text: str) -> None:
    lowered = text.lower()
    if len(lowered) != len(text):
        return  # the dispatch reads lower-cased text only where offsets are kept
    for pos in range(len(lowered)):
        alternation, dispatched = _both(lowered, pos)
        assert dispatched == alternation, lowered[pos : pos + 30]


@pytest.mark.parametrize(
    "phrase",
    [
        "the end of the year",
        "the 1990s",
        "the third quarter of 1989",
        "25 years ago",
        "1998",
        "2025-01-20",
        "3 p.m. est",
        "'90s",
        "at the moment",
        "about two and a half years",
        "q3 2024",
        "fy2024",
        "in recent years",
    ],
)
def test_times_dispatch_matches_whole_phrases(phrase: str) -> None:
    alternation, dispatched = _both(phrase, 0)
    assert alternation is not None
    assert dispatched == alternation


def test_times_dispatch_skips_kinds_the_words_rule_out() -> None:
    tried: list[str] = []

    class Spy:
        def __init__(self, name: str, pattern: str) -> None:
            self.pattern = pattern
            self._compiled = re.compile(pattern)
            self._name = name

        def match(self, text: str, pos: int) -> re.Match[str] | None:
            tried.append(self._name)
            return self._compiled.match(text, pos)

    kinds = [("day", Spy("day", r"the\s+day")), ("night", Spy("night", r"the\s+night"))]
    dispatcher = Dispatcher(kinds)  # type: ignore[arg-type]
    found = dispatcher.match("the night", 0)
    assert found is not None and found[0] == "night"
    assert tried == ["night"]


def test_times_dispatch_reads_first_words_with_digits_as_nines() -> None:
    assert first_words("the 1990s were", 0) == ("the", "9999")
    assert first_words("'90s", 0) == ("'", "")


def test_times_dispatch_cannot_list_open_patterns() -> None:
    assert readings(r"\w+ed") is None
    assert readings(r"(?:early\s+)?x?") is None  # it can match the empty string


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_times_time_words_found_as_by_the_plain_scan(text: str) -> None:
    lowered = text.lower()
    plain_lower = [match.start() for match in TRIGGER_LOWER.finditer(lowered)]
    plain_any_case = [match.start() for match in TRIGGER.finditer(text)]
    assert scan._time_words(lowered, scan._LOWER_TRIGGERS) == plain_lower
    assert scan._time_words(text, scan._ANY_CASE_TRIGGERS) == plain_any_case
