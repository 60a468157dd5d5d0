"""Quotation marks: the spans of direct quotes, straight or curly, across paragraphs.

News style opens every paragraph of a long quote with a quotation mark and closes only the
last one; an open quote at the end of a paragraph therefore continues when the next
paragraph opens with a quotation mark, and is dropped otherwise (an unbalanced mark).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# '' (two apostrophes) is the typewriter double quote of some archives (NYT, PolNeAR)
_MARK = re.compile(r"''|[\"“”«»]|(?<![\w])‘|’(?![\w])")
_OPEN = frozenset("“«‘")
_LEADING_MARK = re.compile(r"\s*(''|[\"“«‘])")
_CLOSE = frozenset("”»’")
#: Quotes longer than this many characters are treated as unbalanced marks, not quotes.
MAX_QUOTE_CHARS = 4000


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation *including* its marks."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for paragraph_start, paragraph_end in _paragraphs(text):
        continues = open_at is not None and _opens_with_mark(text, paragraph_start)
        if open_at is not None and not continues:
            open_at = None  # the quote never closed: an unbalanced mark
        skip_first = continues
        for match in _MARK.finditer(text, paragraph_start, paragraph_end):
            mark, at = match.group(0), match.start()
            if skip_first:
                skip_first = False
                continue
            if open_at is None:
                if mark not in _CLOSE or _opens_anyway(text, at, match.end()):
                    open_at = at
            elif mark not in _OPEN or mark == '"':
                if match.end() - open_at <= MAX_QUOTE_CHARS:
                    spans.append((open_at, match.end()))
                open_at = None
            else:
                open_at = at  # two openers in a row: the first was a stray mark
    return spans


def _opens_anyway(text: str, start: int, end: int) -> bool:
    """A closing mark typed where an opening one belongs: after a space or a paragraph start
    and before a word ('”What is most infuriating ...” ― Nell Grey')."""
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else " "
    return before.isspace() and after.isalnum()


def _opens_with_mark(text: str, start: int) -> bool:
    match = _LEADING_MARK.match(text, start)
    return match is not None


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\n", text):
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)
