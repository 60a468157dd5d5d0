"""The tokeniser the quantity scanner walks: numbers, words and single symbols with offsets.

One compiled regex, one pass per sentence. ``glued`` says a token touches the one before it
(no white space between), which is how "COVID-19", "5G", "2bn" and "33-year-old" are told
apart from "COVID 19 cases", "5 g" or "2 bn".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain, repeat
from operator import attrgetter, eq, itemgetter
from typing import NamedTuple

_TOKEN = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)"
    r"|(?P<w>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<s>\S)"
)


_MATCHED_TEXT = itemgetter(0)
_KIND = attrgetter("lastgroup")


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


#: Builds a Token from a tuple, without NamedTuple's Python-level ``__new__``.
_new_tuple: Callable[[type[Token], tuple[str, str, str, int, int, bool]], Token]
_new_tuple = tuple.__new__


def tokenise(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    matches = list(_TOKEN.finditer(text, start, len(text) if end is None else end))
    # Column by column with C-level maps: no Python bytecode runs per token (the hot path).
    words = list(map(_MATCHED_TEXT, matches))
    starts = list(map(re.Match.start, matches))
    ends = list(map(re.Match.end, matches))
    glued = map(eq, starts, chain((-1,), ends))
    columns = zip(
        map(_KIND, matches), words, map(str.lower, words), starts, ends, glued, strict=True
    )
    return list(map(_new_tuple, repeat(Token), columns))


def number_value(token: Token) -> float:
    """The value of a digit token ("1,500" -> 1500.0)."""
    return float(token.text.replace(",", ""))
