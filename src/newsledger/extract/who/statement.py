"""A statement found in an article: content span, source, cue; and span helpers shared by the
modules that find statements (``findings``, ``direct``, ``nominal``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from newsledger.extract.who.sources import Source

#: Characters trimmed from both ends of a content span.
_TRIM: Final = " \t\n,;:—–-"


#: Not frozen: built tens of times per article, where the frozen ``__init__`` (one
#: ``object.__setattr__`` per field) took seven times as long. Never changed once built, and
#: hashed by its fields as the frozen class was.
@dataclass(init=False, slots=True, unsafe_hash=True)
class Finding:
    """One statement attributed (or not) to a source."""

    start: int  # the content
    end: int
    source: Source | None
    cue_start: int | None  # the cue (verb, "according to", a dash or a colon)
    cue_end: int | None
    verb: str | None
    direct: bool
    sentence: int
    #: Found only by the wide reading of the ``quotes`` stage: a view, wish or evaluation
    #: ("praised her plan", "is afraid that") rather than reported speech, or a source that
    #: is only some noun phrase ("the ad references ..."). A quote in the PARC/PolNeAR
    #: sense, but nothing the ``attribution`` stage lets a sentence rest on.
    wide: bool = False

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        start: int,
        end: int,
        source: Source | None,
        cue_start: int | None,
        cue_end: int | None,
        verb: str | None,
        direct: bool,
        sentence: int,
        wide: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.source = source
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.verb = verb
        self.direct = direct
        self.sentence = sentence
        self.wide = wide


def sentence_index(starts: Sequence[int], offset: int) -> int:
    """The index of the sentence (by start offsets) holding ``offset``."""
    return max(0, bisect_right(starts, offset) - 1)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved past spaces and frame punctuation at both ends."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Trimmed, without the sentence's final stop (kept after "U.S." and other initials)."""
    start, end = trimmed(text, start, end)
    while end - start > 1 and text[end - 1] in ".!?" and not text[end - 2].isupper():
        end -= 1
    return trimmed(text, start, end)


def before_space(text: str, offset: int) -> int:
    """Where the text before ``offset`` ends once trailing spaces are dropped:
    ``len(text[:offset].rstrip())``, without copying all the text before ``offset`` (the
    rules ask this near every cue of an article)."""
    while offset and text[offset - 1].isspace():
        offset -= 1
    return offset
