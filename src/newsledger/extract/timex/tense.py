"""Which way a relative expression points: the tense and cue words around it.

"announced Wednesday" is the Wednesday before publication, "will meet Friday" the Friday
after. The nearest cue in the same clause decides; with none, the caller picks its default.
"""

from __future__ import annotations

import re

#: Characters of context looked at on each side, cut at sentence ends. Calibrated on the
#: TempEval-3 training data: wider windows reach into the next clause's verb.
WINDOW_BEFORE = 70
WINDOW_AFTER = 45

_CUES = re.compile(
    # a plan that was ("was scheduled to", "had been due to") is past
    r"(?P<past_plan>\b(?:was|were|had\s+been|has\s+been|have\s+been|had)\s+(?:schedul\w*|"
    r"due\s+to|expected\s+to|set\s+to|going\s+to|supposed\s+to|planned\s+to|planning\s+to)\b)"
    r"|(?P<future>\b(?:will|won't|shall|going\s+to|gonna|plans?\s+to|planned\s+to|"
    r"planning\s+to|schedul\w*|expected\s+to|expects?\s+to|set\s+to|due\s+to|due|is\s+to|"
    r"are\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|until|upcoming|next|tomorrow|"
    r"ahead\s+of|be\s+\w+(?:ed|en))\b|'ll\b)"
    r"|(?P<modal>\b(?:would|could|might|should|must|may|can)\b)"
    r"|(?P<past>\b(?:\w+ed|said|was|were|had|did|took|met|made|came|went|began|left|told|"
    r"gave|won|lost|fell|rose|sold|bought|paid|held|found|got|saw|ran|spoke|wrote|knew|"
    r"became|brought|struck|hit|shot|cut|set|put|quit|led|fled|sent|spent|built|kept|"
    r"ago|last|yesterday|earlier|since)\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;\n]\s")

PAST, NEUTRAL, FUTURE = -1, 0, 1


def direction(text: str, start: int, end: int) -> int:
    """-1 when the nearest cue around ``text[start:end]`` is past, +1 when future, else 0."""
    left_from = max(0, start - WINDOW_BEFORE)
    left = text[left_from:start]
    cut = None
    for cut in _SENTENCE_END.finditer(left):
        pass
    if cut is not None:
        left_from += cut.end()
    right_to = min(len(text), end + WINDOW_AFTER)
    stop = _SENTENCE_END.search(text, end, right_to)
    if stop is not None:
        right_to = stop.start() + 1
    best_distance = WINDOW_BEFORE + WINDOW_AFTER + 1
    best = NEUTRAL
    for match in _CUES.finditer(text, left_from, start):
        distance = start - match.end()
        if distance < best_distance:
            best_distance, best = distance, _way(match)
    for match in _CUES.finditer(text, end, right_to):
        if match.group("modal"):
            continue  # a modal after the time belongs to the next clause's verb
        distance = match.start() - end
        if distance < best_distance:
            best_distance, best = distance, _way(match)
        break  # the first cue after is the nearest after
    return best


def _way(match: re.Match[str]) -> int:
    return FUTURE if match.group("future") or match.group("modal") else PAST
