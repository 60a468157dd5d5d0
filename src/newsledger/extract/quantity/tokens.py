"""The tokeniser the quantity scanner walks: numbers, words and single symbols with offsets.

One compiled regex, one pass per sentence. ``glued`` says a token touches the one before it
(no white space between), which is how "COVID-19", "5G", "2bn" and "33-year-old" are told
apart from "COVID 19 cases", "5 g" or "2 bn".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

#: A token with the white space before it: every character is white space or starts a
#: token, so offsets are running sums of lengths, and ``findall`` makes no match object per
#: token. Groups: space, number in digits, word, symbol.
_SPACED_TOKEN: Final = re.compile(
    r"(\s*)(?:(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)"
    r"|([^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(\S))"
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


#: Builds a Token from a tuple, without NamedTuple's Python-level ``__new__`` (Final: the
#: compiled build reads it from a C static, not from the module's globals, once per token).
_new_tuple: Final[Callable[[type[Token], tuple[str, str, str, int, int, bool]], Token]] = (
    tuple.__new__
)


def tokenise(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    tokens: list[Token] = []
    append = tokens.append  # once per token of a batch: locals, not look-ups
    position = start
    later = False  # the first token touches nothing before it
    # typed groups (``findall`` is typed list[Any]): the compiled build unpacks them natively
    groups: list[tuple[str, str, str, str]] = _SPACED_TOKEN.findall(
        text, start, len(text) if end is None else end
    )
    for space, number, word, symbol in groups:
        begin = position + len(space)
        if number:
            kind, token = "n", number
        elif word:
            kind, token = "w", word
        else:
            kind, token = "s", symbol
        position = begin + len(token)
        glued = later and not space
        append(_new_tuple(Token, (kind, token, token.lower(), begin, position, glued)))
        later = True
    return tokens


def number_value(token: Token) -> float:
    """The value of a digit token ("1,500" -> 1500.0)."""
    return float(token.text.replace(",", ""))
