"""Which way a relative expression points: the tense and cue words around it.

"announced Wednesday" is the Wednesday before publication, "will meet Friday" the Friday
after. The nearest cue in the same clause decides; with none, the caller picks its default.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsledger.extract.timex.patterns import trie

#: Characters of context looked at on each side, cut at sentence ends. Calibrated on the
#: TempEval-3 training data: wider windows reach into the next clause's verb.
WINDOW_BEFORE: Final = 70
WINDOW_AFTER: Final = 45

#: The same after a time that opens its sentence ("On Tuesday, the National Abortion and
#: Reproductive Rights Action League plans to ..."): the verb comes after the whole subject.
WINDOW_AFTER_OPENING: Final = 100
#: What may come before a time that opens its sentence.
_OPENING: Final = re.compile(
    r"[\s\"“‘`'(]*(?:(?:on|by|until|from|since|early|late|and|but|also)\s+)*", re.IGNORECASE
)

#: Past forms and past adverbs that date what they go with whatever follows.
_STRONG_PAST: Final[tuple[str, ...]] = tuple(
    """said says was were had did took met made came went began left told gave won lost fell
    rose sold bought held found got saw ran spoke wrote knew became brought struck shot quit
    led fled sent spent built kept ago last yesterday earlier since""".split()
)

_CUES: Final = re.compile(
    # every cue but "'ll" opens with a word: tested once, before the alternatives, so that
    # they are not each tried at every character (same matches, about half the time)
    r"\b(?=\w)(?:"
    # a plan that was ("was scheduled to", "had been due to") is past
    r"(?P<past_plan>\b(?:was|were|had\s+been|has\s+been|have\s+been|had)\s+(?:schedul\w*|"
    r"due\s+to|expected\s+to|set\s+to|going\s+to|supposed\s+to|planned\s+to)\b)"
    # (a plan made, "planned to leave on Thursday", is more often still ahead than not; after
    # an adverb, "the hastily planned trip", it is an adjective)
    r"|(?P<future>\b(?:will|won't|shall|going\s+to|gonna|plans?\s+to|(?<!ly\s)plann\w*|schedul\w*|"
    r"expected\s+to|expects?\s+to|set\s+to|due\s+to|due|is\s+to|are\s+to|intends?\s+to|"
    r"aims?\s+to|hopes?\s+to|until|upcoming|next(?!\s+to\b)|tomorrow|"
    r"(?:is|are)\s+set\s+for)\b)"
    # "could" is as often the past of "can" ("police could not find him") as a possibility
    r"|(?P<modal>\b(?:would|might|should|must|(?-i:may)|can)\b)"
    # a participle after "be" belongs to the modal or infinitive before it ("would be held")
    rf"|(?<!\bbe\s)(?P<strong_past>\b{trie(_STRONG_PAST)}\b)"
    # a bare "-ed" word, unless it is an adjective ("a planned", "unspecified") (the ending
    # is looked for first: most words fail there, before the costlier tests)
    r"|(?=\w+ed\b)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bstill\s)(?<!\bbe\s)"
    # ("succeed", "need", "hundred" and the like only end in "ed")
    r"(?P<past>\b(?!un)(?!(?:\w*[^r\W]eed|hundred|need|speed|indeed|red|bed|shed|sacred|"
    r"naked|wicked|kindred)\b)\w+ed\b))"
    r"|(?P<future_ll>'ll\b)",
    re.IGNORECASE,
)
#: Words right before a time that make it a limit ahead, whatever the tense.
_LEADING: Final = re.compile(
    r"\b(?:(?P<limit>by|until|till)|effective|payable|starting|beginning|due|ahead\s+of|"
    r"as\s+(?:early|soon)\s+as|no\s+later\s+than|not\s+later\s+than|deadline\s+of)"
    r"\s+(?:on\s+|in\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s*(?:[A-Z]{2,4}\s*)?,?\s*)?$",
    re.IGNORECASE,
)
#: The past perfect: a limit it reaches ("had ... by Wednesday") is behind the report.
_PERFECT: Final = re.compile(r"\bhad\b", re.IGNORECASE)
#: A stop before white space, or a line break: ``[.!?;]\s|\n`` opening with one character
#: class, which lets the regex engine skip to the next candidate (same matches, a third
#: faster).
_SENTENCE_END: Final = re.compile(r"[.!?;\n](?:(?<=\n)|\s)")
#: Characters before a full stop searched for an abbreviation (the longest listed is 5).
ABBREVIATION_REACH: Final = 8
#: Words whose full stop does not end a sentence ("at 4 a.m. EDT Thursday", "Jan. 20").
_ABBREVIATION: Final = re.compile(
    r"(?:\b[a-z]\.[a-z]|\b[A-Za-z]|\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|"
    r"St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Inc|Corp|Co|Ltd|No|Jr|Sr|vs))$"
)

PAST, NEUTRAL, FUTURE = -1, 0, 1

#: Characters before a time searched for a limit word ("until 9 a.m. EST Tuesday").
LEADING_WINDOW: Final = 32


def direction(text: str, start: int, end: int) -> int:
    """-1 when the nearest cue around ``text[start:end]`` is past, +1 when future, else 0."""
    left_from = max(0, start - WINDOW_BEFORE)
    ends = [m.end() for m in _sentence_ends(text, left_from, start)]
    if ends:
        left_from = ends[-1]
    reach = WINDOW_AFTER_OPENING if _OPENING.fullmatch(text, left_from, start) else WINDOW_AFTER
    right_to = min(len(text), end + reach)
    stop = next(_sentence_ends(text, end, right_to), None)
    if stop is not None:
        right_to = stop.start() + 1
    leading = _LEADING.search(text, max(0, start - LEADING_WINDOW), start)
    if leading is not None:
        if leading.group("limit") and _PERFECT.search(text, left_from, right_to):
            return PAST  # "had filed reports by Wednesday", "until Thursday, they had not"
        return FUTURE  # "by May", "effective Feb. 1", "until Friday": a limit ahead
    way = NEUTRAL
    for match in _CUES.finditer(text, left_from, start):
        # read left to right: a later cue overrides, but a bare "-ed" word after a future
        # cue is that verb's participle ("would be paid", "will be finalized")
        if match.group("past_plan") or match.group("strong_past"):
            way = PAST
        elif match.group("future") or match.group("future_ll") or match.group("modal"):
            way = FUTURE
        else:
            way = PAST
    if way != NEUTRAL:
        return way
    for match in _CUES.finditer(text, end, right_to):
        if match.group("modal"):
            continue  # a modal after the time belongs to the next clause's verb
        return _way(match)
    return NEUTRAL


def limit_ahead(text: str, start: int) -> bool:
    """Whether a limit word ("by", "until", "ahead of") comes right before ``start``."""
    return _LEADING.search(text, max(0, start - LEADING_WINDOW), start) is not None


def _sentence_ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Sentence ends between ``start`` and ``end``, skipping the stops of abbreviations."""
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.start()
        if text[stop] != "." or not _ABBREVIATION.search(
            text, max(0, stop - ABBREVIATION_REACH), stop
        ):
            yield match


def _way(match: re.Match[str]) -> int:
    future = match.group("future") or match.group("future_ll") or match.group("modal")
    return FUTURE if future else PAST
