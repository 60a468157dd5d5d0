"""Words for time: month, weekday, season and unit names, number words, holidays.

Plain data, no logic beyond parsing a number phrase; regex fragments built from these words
live in ``patterns``.
"""

from __future__ import annotations

import re
from typing import Final

MONTHS: Final[dict[str, int]] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

#: TIMEX3 season codes.
SEASONS: Final[dict[str, str]] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

#: TIMEX3 parts of the day.
DAY_PARTS: Final[dict[str, str]] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "MI", "mid-afternoon": "AF", "midafternoon": "AF",
}  # fmt: skip

#: Units: (TIMEX3 duration letter, whether it is a time unit written after "T", how many of
#: the base unit one of it is; decades and centuries are written in years, as the TimeBank
#: and MEANTIME annotators do: "two decades" is P20Y).
UNITS: Final[dict[str, tuple[str, bool, int]]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "quarter": ("Q", False, 1),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "millennium": ("Y", False, 1000),
}  # fmt: skip

#: Plural and irregular unit spellings.
UNIT_FORMS: Final[dict[str, str]] = {
    **{u: u for u in UNITS},
    **{u + "s": u for u in UNITS},
    "centuries": "century", "millennia": "millennium", "yrs": "year", "hrs": "hour",
    "mins": "minute", "min": "minute", "hr": "hour", "secs": "second",
}  # fmt: skip

ONES: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": 4, "final": 4,
}  # fmt: skip

#: Number phrases with no exact value: the duration keeps the unit and an X ("PXD").
VAGUE_NUMBERS: Final[frozenset[str]] = frozenset(
    {
        "a few",
        "few",
        "several",
        "some",
        "many",
        "a number of",
        "dozens of",
        "hundreds of",
        "the",
    }
)

#: Fixed-date holidays: (month, day).
FIXED_HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "the fourth of july": (7, 4), "july fourth": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "veterans day": (11, 11), "boxing day": (12, 26),
}  # fmt: skip

_NUMBER_WORD: Final = re.compile(r"1/2|½|[a-z]+|\d+(?:\.\d+)?")
#: "a half", "and a half", "half an": the article belongs to the half, not to a count of one.
_HALF: Final = re.compile(r"\b(?:and )?an? half\b|\bhalf an?\b")


def parse_number(phrase: str) -> float | None:
    """The value of a number phrase ("ten", "twenty-four", "5 1/2", "a", "two and a half"),
    or None when it is vague ("several", "a few")."""
    words = phrase.lower().replace(",", "").replace("-", " ").strip()
    if words in VAGUE_NUMBERS:
        return None
    words = _HALF.sub(" 1/2 ", words)
    total = 0.0
    seen = False
    for token in _NUMBER_WORD.findall(words):
        if token in ("a", "an") and "couple" in words:
            continue
        if token in ("a", "an", "one"):
            total += 1
        elif token in ONES:
            total += ONES[token]
        elif token in TENS:
            total += TENS[token]
        elif token == "hundred":
            total = max(total, 1) * 100
        elif token == "dozen":
            total = max(total, 1) * 12
        elif token in ("half", "1/2", "½"):
            total = total + 0.5 if seen else 0.5
        elif token[0].isdigit():
            total += float(token)
        elif token == "couple":
            total += 2
        elif token in ("and", "of"):
            continue
        else:
            return None
        seen = True
    return total if seen else None
