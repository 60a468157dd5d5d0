"""The tokeniser the quantity scanner walks: numbers, words and single symbols with offsets.

One compiled regex, one pass per sentence. ``glued`` says a token touches the one before it
(no white space between), which is how "COVID-19", "5G", "2bn" and "33-year-old" are told
apart from "COVID 19 cases", "5 g" or "2 bn".
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)"
    r"|(?P<w>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<s>\S)"
)


class Token(NamedTuple):
    kind: str  # "n" number in digits, "w" word, "s" symbol
    text: str
    low: str
    start: int
    end: int
    glued: bool  # no white space between this token and the previous one

    @property
    def is_capitalised(self) -> bool:
        return self.kind == "w" and self.text[0].isupper()


def tokenise(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    tokens: list[Token] = []
    append = tokens.append
    make = tuple.__new__  # skips NamedTuple's Python-level __new__: this loop is the hot path
    previous_end = -1
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        first, last = match.span()
        append(
            make(Token, (match.lastgroup, word, word.lower(), first, last, first == previous_end))
        )
        previous_end = last
    return tokens


def number_value(token: Token) -> float:
    """The value of a digit token ("1,500" -> 1500.0)."""
    return float(token.text.replace(",", ""))
