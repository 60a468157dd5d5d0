"""The ``deadlines`` stage: time limits set on someone ("gave X 10 days to Y").

Reads sentences and times (and mentions when present) and finds five shapes:

- granted: "gave U.S. Northern Command 10 days to draw up a campaign", "90 days before
  recommending";
- held: "Congress has 60 days to review the deal";
- within: "the agency must respond within 30 days";
- by a date: "must leave by March 1", "no later than Friday" (an obligation word required);
- a span named as a task: "a 90-day review of the policy".

``from_`` is the date the limit runs from: a day the sentence gives ("On Monday, Trump signed
an order giving ..."), else the day an earlier sentence says the order was signed ("In this
order, Trump also gave ..." after "Trump signed one Monday"), both with reason "text"; else
the publication date with reason "published", flagged so a story-level check can refine it
with ``resolve_deadline`` when another article dates the order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from newsledger.extract.registry import Extractor, register
from newsledger.extract.timex import add_duration
from newsledger.model import (
    Analysis,
    Article,
    Deadline,
    Mention,
    Sentence,
    TimeExpr,
    TimeType,
    item_id,
)

#: Reasons ``from_`` can carry (see ``newsledger.model.Deadline``).
FROM_TEXT, FROM_STORY, FROM_PUBLISHED = "text", "story", "published"

_GRANT_VERB: Final = re.compile(
    r"\b(?:give|gives|gave|given|giving|grant|grants|granted|granting|allow|allows|allowed|"
    r"allowing|afford|affords|afforded)\s+",
    re.IGNORECASE,
)
_HOLD_BEFORE: Final = re.compile(
    r"\b(?P<verb>has|have|had|having|gets|get|got)\s+(?:only\s+|just\s+|now\s+|until\s+)?$",
    re.IGNORECASE,
)
_WITHIN_BEFORE: Final = re.compile(
    r"\b(?:within|in\s+the\s+next|over\s+the\s+next|in\s+the\s+coming|in)\s+$", re.IGNORECASE
)
_BY_BEFORE: Final = re.compile(
    r"\b(?:by|no\s+later\s+than|not\s+later\s+than|before|until|deadline\s+of)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
#: What follows a granted or held span: the task ("to draw up", "before recommending").
_TASK_AFTER: Final = re.compile(r"\s*(?:,\s*)?(?:in\s+which\s+to|to|before|for)\s+", re.IGNORECASE)
#: Nouns that make "a 90-day ..." a task with a limit rather than a plain length.
_TASK_NOUNS: Final = re.compile(
    r"\s+(?P<noun>review|deadline|window|countdown|ultimatum|grace\s+period|period|pause|"
    r"freeze|moratorium|suspension|assessment|study|evaluation|investigation|audit|report|"
    r"plan|timeline|timetable|notice|comment\s+period)\b",
    re.IGNORECASE,
)
#: Words that make "by March 1" a limit rather than a date something happened by.
_OBLIGATION: Final = re.compile(
    r"\b(?:must|shall|has\s+to|have\s+to|had\s+to|required|requires|require|ordered|orders|"
    r"directed|directs|deadline|due|needs?\s+to|is\s+to|are\s+to|gave|gives|give|instructed|"
    r"told|ultimatum|expected\s+to|will\s+have\s+to|ha(?:s|ve|d)\s+until|given\s+until)\b",
    re.IGNORECASE,
)
#: Where a task stops: a participle or relative clause after a comma, a semicolon, a dash.
_TASK_END: Final = re.compile(
    r",\s+(?:allowing|which|who|while|according|as|but|and\s+then|officials)\b|;|\s[—–]\s|"
    r"\s--\s|,\s+(?:[\w.'-]+\s+){0,5}?(?:said|says|told|reported|announced|added)\b",
    re.IGNORECASE,
)
#: Where the subject of a clause stops: its first auxiliary, modal or common verb.
_SUBJECT_END: Final = re.compile(
    r"\s+(?:also\s+|now\s+|still\s+|only\s+)?(?:has|have|had|must|will|shall|is|are|was|were|"
    r"would|should|can|could|may|might|needs?|gets?|got|gave|gives|received|faces?|faced|"
    r"ordered|said|\w+ed(?=\s+(?:a|an|the|its|their|his|her|that|on|to)\b))\b",
    re.IGNORECASE,
)
#: "ordered the company to pay": the one ordered and the order, inside a predicate.
_ORDERED: Final = re.compile(
    r"^(?:ordered|orders|order|told|tells|asked|asks|directed|directs|required|requires|"
    r"instructed|instructs|gave|gives|given)\s+(?P<who>.+?)\s+to\s+(?P<what>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_CLAUSE_START: Final = re.compile(r"(?:^|[,;:]\s+|\bthat\s+|\band\s+)", re.IGNORECASE)
_RELATIVE_CLAUSE: Final = re.compile(
    r",\s*(?:which|who|whose|that|where)\b.*$", re.IGNORECASE | re.DOTALL
)
_LEADING_WORDS: Final = re.compile(r"^(?:also|then|now|and|but|so)\s+", re.IGNORECASE)
_MODAL_WORDS: Final = re.compile(
    r"^(?:must|shall|will|would|should|has\s+to|have\s+to|had\s+to|needs?\s+to|is\s+to|"
    r"are\s+to|to)\s+",
    re.IGNORECASE,
)
#: A document that sets limits, in the deadline's sentence and in the sentence dating it.
_DOCUMENT: Final = re.compile(
    r"\b(?:orders?|laws?|bills?|decrees?|directives?|memorand(?:um|a)|memos?|proclamations?|"
    r"rulings?|agreements?|deals?|resolutions?|acts?|ultimatums?|injunctions?|mandates?)\b",
    re.IGNORECASE,
)
_SIGNING: Final = re.compile(
    r"\b(?:signed|signs|issued|issues|enacted|passed|approved|ordered|decreed|handed\s+down|"
    r"imposed|set)\b",
    re.IGNORECASE,
)
_DAY_VALUE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTED: Final = re.compile(r"^P\d+[DWMY]$")

#: Most characters of a task kept ("what"); longer ones are cut at a word boundary.
MAX_TASK_CHARS: Final = 160
#: Most characters of a subject kept ("who"); a longer run before the verb is not a name.
MAX_WHO_CHARS: Final = 90


@dataclass(frozen=True, slots=True)
class _Found:
    """A deadline before it is dated: where, who, what, and its limit."""

    start: int
    end: int
    who: str | None
    what: str | None
    duration: str | None
    due: str | None


def resolve_deadline(deadline: Deadline, from_date: date, reason: str) -> Deadline:
    """``deadline`` counted from ``from_date`` instead (another article dates the order).

    Recomputes ``due`` from the duration; a limit given as a date ("by March 1") keeps its
    due date. Pure: returns a new Deadline.
    """
    due = deadline.due
    if deadline.duration is not None:
        moved = add_duration(from_date, deadline.duration)
        due = moved.isoformat() if moved is not None else None
    return replace(deadline, from_=from_date.isoformat(), due=due, from_reason=reason)


def deadlines_in(
    article: Article,
    sentences: Sequence[Sentence],
    times: Sequence[TimeExpr],
    mentions: Sequence[Mention] = (),
) -> list[Deadline]:
    """The deadlines of one article, in text order."""
    text = article.text
    result: list[Deadline] = []
    starts = [t.start for t in times]
    in_order = starts == sorted(starts)
    for index, sentence in enumerate(sentences):
        inside = _times_inside(times, starts if in_order else None, sentence)
        for found in _find(text, sentence, inside):
            start_day, reason = _dated_from(text, sentences, index, times, inside, found)
            if start_day is None and article.published is not None:
                start_day, reason = article.published, FROM_PUBLISHED
            who = _named(found.who, found, mentions)
            deadline = Deadline(
                article=article.id,
                start=found.start,
                end=found.end,
                text=text[found.start : found.end],
                id=item_id("deadline", article.id, found.start, found.end),
                who=who,
                what=found.what,
                duration=found.duration,
                due=found.due,
            )
            if start_day is not None and reason is not None:
                deadline = resolve_deadline(deadline, start_day, reason)
            result.append(deadline)
    return result


def _times_inside(
    times: Sequence[TimeExpr], starts: list[int] | None, sentence: Sentence
) -> list[TimeExpr]:
    """The times inside ``sentence``, in the order of ``times``. With ``starts`` (the times'
    starts, in order) only those starting inside it are looked at: most sentences hold no
    time, and a scan of every time per sentence grows with the square of an article."""
    if starts is None:
        return [t for t in times if sentence.start <= t.start and t.end <= sentence.end]
    first = bisect_left(starts, sentence.start)
    last = bisect_right(starts, sentence.end, first)
    return [t for t in times[first:last] if t.end <= sentence.end]


def _find(text: str, sentence: Sentence, times: Sequence[TimeExpr]) -> Iterator[_Found]:
    for time in times:
        before = text[sentence.start : time.start]
        after_end = sentence.end
        if time.type is TimeType.DURATION and time.value and _COUNTED.match(time.value):
            found = (
                _granted(text, sentence, time, before, after_end)
                or _held(text, sentence, time, before, after_end)
                or _within(text, sentence, time, before)
                or _task_span(text, sentence, time, after_end)
            )
        elif time.type is TimeType.DATE and time.value and _DAY_VALUE.match(time.value):
            found = _by_date(text, sentence, time, before)
        else:
            found = None
        if found is not None:
            yield found


def _granted(
    text: str, sentence: Sentence, time: TimeExpr, before: str, after_end: int
) -> _Found | None:
    verbs = list(_GRANT_VERB.finditer(before))
    task = _TASK_AFTER.match(text, time.end, after_end)
    if not verbs or task is None:
        return None
    verb = verbs[-1]
    who = _clean_who(before[verb.end() :])
    what, what_end = _task(text, task.end(), after_end)
    start = sentence.start + verb.start()
    return _Found(start, what_end, who, what, time.value, None)


def _held(
    text: str, sentence: Sentence, time: TimeExpr, before: str, after_end: int
) -> _Found | None:
    held = _HOLD_BEFORE.search(before)
    task = _TASK_AFTER.match(text, time.end, after_end)
    if held is None or task is None:
        return None
    who = _subject(before[: held.start()])
    what, what_end = _task(text, task.end(), after_end)
    start = sentence.start + held.start()
    return _Found(start, what_end, who, what, time.value, None)


def _within(text: str, sentence: Sentence, time: TimeExpr, before: str) -> _Found | None:
    cue = _WITHIN_BEFORE.search(before)
    if cue is None or (cue.group(0).lower().startswith("in ") and not _OBLIGATION.search(before)):
        return None
    clause = before[: cue.start()]
    who, what = _subject_and_predicate(clause)
    start = sentence.start + cue.start()
    return _Found(start, time.end, who, what, time.value, None)


def _task_span(text: str, sentence: Sentence, time: TimeExpr, after_end: int) -> _Found | None:
    if "-" not in time.text:
        return None  # "a 90-day review" is hyphenated; "90 days review" is not English
    noun = _TASK_NOUNS.match(text, time.end, after_end)
    if noun is None:
        return None
    what, what_end = _task(text, time.end + noun.start("noun") - noun.start(), after_end)
    who = _subject(text[sentence.start : time.start])
    return _Found(time.start, what_end, who, what, time.value, None)


def _by_date(text: str, sentence: Sentence, time: TimeExpr, before: str) -> _Found | None:
    cue = _BY_BEFORE.search(before)
    if cue is None or not _OBLIGATION.search(text, sentence.start, sentence.end):
        return None
    verbs = list(_GRANT_VERB.finditer(before, 0, cue.start()))
    task = _TASK_AFTER.match(text, time.end, sentence.end)
    held = _HOLD_BEFORE.search(before, 0, cue.start())
    if held is not None and task is not None:
        # "Iran has until Friday to respond": the holder and the task around the date
        what, what_end = _task(text, task.end(), sentence.end)
        who = _subject(before[: held.start()])
        return _Found(sentence.start + held.start(), what_end, who, what, None, time.value)
    if verbs and task is not None:
        # "gave Iraq until Jan. 15 to withdraw": the recipient and the task around the date
        who = _clean_who(before[verbs[-1].end() : cue.start()])
        what, what_end = _task(text, task.end(), sentence.end)
        return _Found(sentence.start + verbs[-1].start(), what_end, who, what, None, time.value)
    who, what = _subject_and_predicate(before[: cue.start()])
    start = sentence.start + cue.start()
    return _Found(start, time.end, who, what, None, time.value)


def _task(text: str, start: int, limit: int) -> tuple[str | None, int]:
    """The task from ``start`` to the end of its clause, and where it ends."""
    stop = _TASK_END.search(text, start, limit)
    end = stop.start() if stop is not None else limit
    while end > start and text[end - 1] in " .,;:!?\"”’'":
        end -= 1
    if end - start > MAX_TASK_CHARS:
        cut = text.rfind(" ", start, start + MAX_TASK_CHARS)
        end = cut if cut > start else start + MAX_TASK_CHARS
    what = text[start:end].strip()
    return (what or None), max(end, start)


def _clean_who(phrase: str) -> str | None:
    """The recipient named between the verb and the span: relative clauses and commas off."""
    phrase = _RELATIVE_CLAUSE.sub("", phrase.strip())
    phrase = _LEADING_WORDS.sub("", phrase).strip(" ,")
    if not phrase or len(phrase) > MAX_WHO_CHARS:
        return None
    return phrase


def _subject(clause: str) -> str | None:
    """The subject at the start of the last clause of ``clause`` ("The agency must ...")."""
    starts = [m.end() for m in _CLAUSE_START.finditer(clause)]
    begin = starts[-1] if starts else 0
    candidate = clause[begin:]
    stop = _SUBJECT_END.search(candidate)
    if stop is not None:
        candidate = candidate[: stop.start()]
    return _clean_who(candidate)


def _subject_and_predicate(clause: str) -> tuple[str | None, str | None]:
    """Split "The agency must respond" into ("The agency", "respond")."""
    starts = [m.end() for m in _CLAUSE_START.finditer(clause)]
    begin = starts[-1] if starts else 0
    candidate = clause[begin:].strip()
    stop = _SUBJECT_END.search(" " + candidate)
    if stop is None:
        return None, candidate.strip(" ,") or None
    cut = max(0, stop.start() - 1)
    who = _clean_who(candidate[:cut])
    predicate = _MODAL_WORDS.sub("", candidate[cut:].strip()).strip(" ,")
    ordered = _ORDERED.match(predicate)
    if ordered is not None:
        return _clean_who(ordered.group("who")), ordered.group("what").strip(" ,") or None
    return who, predicate or None


def _dated_from(
    text: str,
    sentences: Sequence[Sentence],
    index: int,
    times: Sequence[TimeExpr],
    inside: Sequence[TimeExpr],
    found: _Found,
) -> tuple[date | None, str | None]:
    """The day the limit runs from, when the article gives it."""
    for time in inside:
        if time.end <= found.start or time.start >= found.end:
            day = _day_of(time)
            if day is not None and time.value != found.due:
                return day, FROM_TEXT
    sentence = sentences[index]
    if not _DOCUMENT.search(text, sentence.start, sentence.end):
        return None, None
    for earlier in reversed(sentences[:index]):
        span = text[earlier.start : earlier.end]
        if not (_SIGNING.search(span) and _DOCUMENT.search(span)):
            continue
        for time in times:
            if earlier.start <= time.start and time.end <= earlier.end:
                day = _day_of(time)
                if day is not None:
                    return day, FROM_TEXT
    return None, None


def _day_of(time: TimeExpr) -> date | None:
    if time.type is not TimeType.DATE or not time.value or not _DAY_VALUE.match(time.value):
        return None
    return date.fromisoformat(time.value)


def _named(who: str | None, found: _Found, mentions: Sequence[Mention]) -> str | None:
    """The fullest name of the entity ``who`` is, when the mentions layer knows it."""
    if who is None:
        return None
    for mention in mentions:
        if found.start <= mention.start < found.end and mention.text == who:
            return mention.name
    return who


class DeadlineFinder:
    """The ``deadlines`` stage."""

    def __call__(self, analysis: Analysis) -> Analysis:
        deadlines = deadlines_in(
            analysis.article, analysis.sentences, analysis.times, analysis.mentions
        )
        return analysis.with_items(deadlines=deadlines)


@register("newsledger.deadlines.v1", requires=("sentences", "times"), produces=("deadlines",))
def make_deadline_finder() -> Extractor:
    return DeadlineFinder()
