"""What looks like a number but is not a quantity: years, dates, clock times, phone numbers,
identifiers ("Flight 370", "page 5"), and numbers inside names ("COVID-19", "F-35", "5G",
"Apollo 11"). Durations are caught where the unit is read (``scan.py``).

These are deliberately light checks over the scanner's tokens, not a date parser: the time
extractor owns dates, and this module only has to keep them out of the quantities.
"""

from __future__ import annotations

import re
from typing import Final

from newsledger.extract.quantity.lexicon import (
    CLOCK_WORDS,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DIAL_WORDS,
    GLUED_UNITS,
    ID_NOUNS,
    IRREGULAR_PLURALS,
    MODIFIERS,
    MONTHS,
    NOT_NAME_WORDS,
    SCALES,
    STREET_WORDS,
    TIME_UNITS,
    WEEKDAYS,
)
from newsledger.extract.quantity.tokens import Token

#: Phone numbers, clock times and numeric dates, found on the raw sentence text first.
_RAW_EXCLUSIONS: Final = re.compile(
    # the lookahead lets the engine skip every position that cannot start a match at once
    r"(?=[\d+(])(?:"
    r"(?:\+\d{1,3}[\s.-]?)(?:\(?\d{1,4}\)?[\s.-]?){2,5}\d{2,4}"  # +44 20 7946 0958
    r"|\(\d{3}\)\s?\d{3}[\s.-]\d{4}"  # (202) 456-1111
    r"|(?<![\d,.])\d{3}([.-])\d{3}\1\d{4}(?![\d,])"  # 202-456-1111
    r"|(?<![\d,.-])\d{3}-\d{4}(?![\d,])"  # 456-1111
    r"|(?<![\d,.])0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}(?![\d,])"  # 0845 125 2222
    r"|(?<![\d,.])\d{1,2}:\s?\d{2}(?::\d{2})?(?!\d)"  # 10:30, 18:00:05, 14: 25
    r"|(?<![\d,.])\d{1,2}[.]\d{2}\s?[ap]\.?m\b"  # 3.30pm
    r"|(?<![\d,.])\d{1,4}([/.-])\d{1,2}\2\d{2,4}(?![\d,])"  # 1/23/2025, 2025-01-23
    r"|(?<![\d,.])\d{1,2}/\d{1,2}(?![\d,/])"  # 9/11, 24/7
    r"|(?<![\d,.])\d{1,2}\s?[ap]\.m\.?"  # 3 p.m.
    r")"
)
#: Smallest and largest numbers read as years when written as four bare digits.
YEAR_MIN, YEAR_MAX = 1000, 2100
#: Prepositions before a four-digit number that make it a year ("in 2023", "since 1878").
_YEAR_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    "in since by until till from during before after of early late mid circa".split()
)
#: Determiners before a four-digit number that make it a year ("the 1967 slayings").
_DETERMINERS: Final[frozenset[str]] = frozenset("the a an its their his her our this that".split())
#: Abbreviations that, with a full stop, introduce an identifier ("No. 10", "p. 5").
_ID_ABBREVIATIONS: Final[frozenset[str]] = frozenset("no nos vol fig p pp art sec ch op".split())
#: Ordinal and decade suffixes glued to digits ("21st", "1990s").
_ORDINAL_SUFFIXES: Final[frozenset[str]] = frozenset({"st", "nd", "rd", "th", "s"})
#: Every word that takes part in a modifier ("more than", "about"); not name words.
_MODIFIER_WORDS: Final[frozenset[str]] = frozenset(word for key in MODIFIERS for word in key)
#: How many tokens after a number an address's street word may come ("10 Downing Street").
_STREET_WINDOW: Final = 4


def raw_exclusions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of phone numbers, clock times and numeric dates in text[start:end]."""
    return [m.span() for m in _RAW_EXCLUSIONS.finditer(text, start, end)]


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


def glued_name(tokens: list[Token], start: int, end: int, *, range_end: bool = False) -> bool:
    """Digits glued into a name or code: "A330", "COVID-19", "5G", "21st", "9/11", "7-Eleven".

    ``range_end`` is set for the second end of a range ("2,000-3,000"), whose hyphen is the
    range's own; elsewhere digits after "<number>-" are the tail of a code or a score."""
    first = tokens[start]
    if first.kind != "n":
        return False
    if first.text.startswith("0") and len(first.text) > 1 and first.text[1].isdigit():
        return True  # "0845", "007": codes and numbers dialled, never amounts
    if start > 0 and first.glued:
        before = tokens[start - 1]
        if (
            before.kind == "w"
            and before.low not in CURRENCY_WORDS
            and before.low not in CURRENCY_CODES
        ):
            return True
        if before.kind != "w" and before.text in "#№/:'’.":
            return True
        if before.text == "-" and start > 1 and before.glued and tokens[start - 2].kind != "s":
            return not range_end
    if start > 1 and tokens[start - 1].text in "+-−" and tokens[start - 2].low in CLOCK_WORDS:
        return True  # "GMT +8"
    if end < len(tokens) and tokens[end].glued and tokens[end - 1].kind == "n":
        after = tokens[end]
        if after.kind == "w":
            if after.text in ("C", "F"):
                return False  # "37C": a temperature
            unit_like = after.low in GLUED_UNITS or after.low in SCALES
            # "5m" is five metres or million, "5M" a name; two-letter units keep any case.
            return after.low in _ORDINAL_SUFFIXES or not (
                unit_like and (len(after.text) > 1 or after.text.islower())
            )
        if after.text in "/:" and _glued_digit(tokens, end + 1):
            return True
        if after.text == "-" and end + 1 < len(tokens) and tokens[end + 1].glued:
            return tokens[end + 1].is_capitalised
    return False


def _glued_digit(tokens: list[Token], i: int) -> bool:
    return i < len(tokens) and tokens[i].glued and tokens[i].kind == "n"


def is_year(tokens: list[Token], start: int, end: int) -> bool:
    """Four bare digits in the year range, unless a plural noun follows ("2000 people")."""
    token = tokens[start]
    if end != start + 1 or token.kind != "n" or len(token.text) != 4 or not token.text.isdigit():
        return False
    if not YEAR_MIN <= int(token.text) <= YEAR_MAX:
        return False
    if _low(tokens, start - 1) in _YEAR_PREPOSITIONS or _low(tokens, start - 1) in _DETERMINERS:
        return True  # "in 2023", "the 1967 slayings" (counts this large are written "2,000")
    return not plural_noun(tokens, end)


def plural_noun(tokens: list[Token], i: int) -> bool:
    if i >= len(tokens) or tokens[i].kind != "w":
        return False
    word = tokens[i].low
    if word in TIME_UNITS or word in MONTHS or tokens[i].is_capitalised:
        return False  # "the 2012 Chiefs", "the 2008 Olympics"
    return word in IRREGULAR_PLURALS or (
        word.endswith("s") and not word.endswith(("ss", "'s", "’s")) and len(word) > 3
    )


def is_date_or_clock(tokens: list[Token], start: int, end: int) -> bool:
    """A day of a month ("January 5", "5 November", "Jan. 5") or a time ("3 pm", "5 GMT")."""
    before = start - 1
    if _low(tokens, before) == "." and tokens[before].glued:
        before -= 1
    if before >= 0 and tokens[before].low in MONTHS and tokens[before].is_capitalised:
        return True
    after = tokens[end] if end < len(tokens) else None
    if after is None:
        return False
    if after.low in MONTHS and after.is_capitalised:
        return True
    if after.low in CLOCK_WORDS:
        return True
    return after.low in ("a", "p") and _low(tokens, end + 1) == "." and _low(tokens, end + 2) == "m"


def is_identifier(tokens: list[Token], start: int, end: int, *, bare: bool) -> bool:
    """ "page 5", "Flight 370", "No. 10", "Apollo 11", "Section 427", "10 Downing Street".

    A capitalised word before the number makes it a name ("Apollo 11", "Boeing 787") only
    when the number is ``bare`` (no unit, currency or scale word: "Exxon $2bn" is money).
    """
    previous = tokens[start - 1] if start > 0 else None
    if previous is not None and previous.kind == "w":
        if previous.low in ID_NOUNS or (bare and previous.low in DIAL_WORDS):
            return True
        if (
            bare
            and _name_like(previous)
            and previous.low not in NOT_NAME_WORDS
            and previous.low not in _MODIFIER_WORDS
            and previous.low not in WEEKDAYS
        ):
            return True
    if (
        previous is not None
        and previous.text == "."
        and _low(tokens, start - 2) in _ID_ABBREVIATIONS
        and tokens[start - 2].is_capitalised
    ):
        return True
    return _is_address(tokens, end)


def _name_like(token: Token) -> bool:
    """Capitalised ("Apollo") or camel-case ("iPhone", "iOS"): part of a name."""
    return token.kind == "w" and any(c.isupper() for c in token.text)


def _is_address(tokens: list[Token], end: int) -> bool:
    if end >= len(tokens) or not tokens[end].is_capitalised:
        return False
    for i in range(end, min(end + _STREET_WINDOW, len(tokens))):
        token = tokens[i]
        if not (token.is_capitalised or token.text == "."):
            return False
        if token.low in STREET_WORDS and i > end:
            return True
    return False
