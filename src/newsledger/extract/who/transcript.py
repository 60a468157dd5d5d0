"""Transcript turns: paragraphs led by a speaker label in capitals ("WALLACE: Let's start
with ...", '"PENCE: Well, look, ...'), as news sites print interview and debate transcripts.

The label is the speaker and the rest of the paragraph is what they said, word for word.
"""

from __future__ import annotations

import re
from typing import Final

from newsledger.extract.who.sources import Source, SourceResolver
from newsledger.extract.who.tokens import tokenize

#: A paragraph opening with an optional quotation mark, a label of one to three words in
#: capitals (initials, hyphens and apostrophes allowed) and a colon.
_TURN: Final = re.compile(
    r"(?m)^[ \t]*[\"“]?([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):[ \t]+(\S.*)$"
)
#: Characters that can end a label, before its colon.
_LABEL_LAST: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’-")
#: Fewer words than this after the label is a heading ("NOTE: none"), not a turn.
MIN_TURN_WORDS: Final = 3
_TRIM: Final = " \t\"“”'"


def transcript_turns(text: str, resolver: SourceResolver) -> list[tuple[int, int, Source]]:
    """(content start, content end, speaker) of each transcript turn of an article."""
    turns: list[tuple[int, int, Source]] = []
    if not _may_hold_turns(text):
        return turns  # most articles
    for match in _TURN.finditer(text):
        start, end = match.span(2)
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if len(text[start:end].split()) < MIN_TURN_WORDS:
            continue
        label = tokenize(text, *match.span(1))
        source = resolver.make(label, loose=True)
        if source is not None:
            turns.append((start, end, source))
    return turns


def _may_hold_turns(text: str) -> bool:
    """Whether a colon follows a capital letter (or a stop, hyphen or apostrophe) and comes
    before a space or tab, as the colon of every turn does. The colons of an article are
    few and found in C; ``_TURN`` tries every position of the text, and most articles hold
    no turn."""
    at = text.find(":", 1)
    while at >= 0:
        if text[at - 1] in _LABEL_LAST and text.startswith((" ", "\t"), at + 1):
            return True
        at = text.find(":", at + 1)
    return False
