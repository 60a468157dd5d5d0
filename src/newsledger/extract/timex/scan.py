"""Scan a text once for time expressions, normalise each hit, join neighbours, track the
narrative reference ("a year earlier" counts from the last time the text gave)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date
from typing import Final

from newsledger.extract.timex import calendar as cal
from newsledger.extract.timex import dates, offsets, periods
from newsledger.extract.timex.draft import (
    NARRATIVE,
    PUBLISHED,
    Context,
    Draft,
    Handler,
    shift_value,
)
from newsledger.extract.timex.lexicon import MONTHS, WEEKDAYS
from newsledger.extract.timex.patterns import (
    DECADE_AFTER_WORD,
    DISPATCHER,
    JOINER,
    PARSERS,
    SCANNER,
    START,
    START_LOWER,
    TRIGGER,
    TRIGGER_AFTER,
    TRIGGER_AFTER_LOWER,
    TRIGGER_LOWER,
    TRIGGER_REACH,
)
from newsledger.model import TimeType

HANDLERS: Final[dict[str, Handler]] = {
    "iso": dates.iso,
    "numeric": dates.numeric,
    "week_of": dates.week_of,
    "mdy": dates.mdy,
    "dmy": dates.dmy,
    "month_year": dates.month_year,
    "holiday": dates.holiday,
    "weekday": dates.weekday,
    "deictic": dates.deictic,
    "quarter": offsets.quarter,
    "half": offsets.half,
    "decade": dates.decade,
    "century": dates.century,
    "fiscal": dates.fiscal,
    "ago": offsets.ago,
    "comparison": offsets.comparison,
    "relative": offsets.relative,
    "season": dates.season,
    "month": dates.month,
    "set": periods.set_,
    "duration": periods.duration,
    "plural": periods.plural,
    "time": periods.time,
    "year": periods.year,
    "year_end": periods.year_end,
    "spelled_year": periods.spelled_year,
    "ref": periods.ref,
}

#: Kinds that name one day, and so can take a time of day ("noon Saturday").
DAY_KINDS: Final[frozenset[str]] = frozenset({"iso", "mdy", "dmy", "weekday", "deictic", "holiday"})

_QUARTER: Final = re.compile(r"\d{4}-Q[1-4]$")
_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}$")

#: Kinds whose words are common nouns and adverbs, written in lower case in running text:
#: capitalised, they are part of a title ("ABC's "This Week"", "60 Minutes", "High Noon",
#: "USA Today", "20th Century Fox"). Names of months and days, and abbreviations
#: ("EST", "p.m."), are capitalised anyway and do not count.
COMMON_NOUN_KINDS: Final[frozenset[str]] = frozenset(
    {"relative", "deictic", "duration", "plural", "ago", "ref", "set", "time", "comparison",
     "century"}
)  # fmt: skip
#: A line with at least this share of capitalised words is a headline, where every word is.
HEADLINE_CAPITALS: Final = 0.6
_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
#: What comes before a word that starts a sentence (or a quotation, or a line).
_SENTENCE_OPENING: Final = re.compile(r"(?:^|[.!?:;\n]|--|[\"“‘`'(\[])[\s\"“‘`'(\[]*$")
#: Characters before a hit searched for a sentence opening.
OPENING_REACH: Final = 6


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether a hit is written as part of a name: a word of it capitalised where running
    text has lower case (after its first word, or the first one mid-sentence)."""
    words = list(_WORD.finditer(text, start, end))
    opening = _SENTENCE_OPENING.search(text, max(0, start - OPENING_REACH), start)
    capitalised = [
        word
        for word in words
        if _lower_in_prose(word.group(0)) and (word.start() > start or opening is None)
    ]
    return bool(capitalised) and not _in_headline(text, start)


def _lower_in_prose(word: str) -> bool:
    """Whether ``word`` is capitalised though running text writes it in lower case."""
    if len(word) < 2 or not word[0].isupper() or word.isupper():
        return False
    lowered = word.lower()
    return lowered not in MONTHS and lowered not in WEEKDAYS


def _in_headline(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    words = [w.group(0) for w in _WORD.finditer(text, line_start, line_end % (len(text) + 1))]
    long_words = [w for w in words if len(w) > 3]
    if not long_words:
        return True
    return sum(w[:1].isupper() for w in long_words) >= HEADLINE_CAPITALS * len(long_words)


#: Most characters allowed between "two days after" and the time it counts from.
ANCHOR_GAP: Final = 1


#: Not frozen: built tens of times per article, where the frozen ``__init__`` (one
#: ``object.__setattr__`` per field) took seven times as long. Never changed once built, and
#: hashed by its fields as the frozen class was.
@dataclass(init=False, slots=True, unsafe_hash=True)
class Found:
    """One time expression in a text.

    ``anchor`` is "published" (resolved against the publication date), ``"#<n>"`` (against
    the n-th expression found before it) or None (absolute, or nothing to resolve against).
    """

    start: int
    end: int
    type: TimeType
    value: str | None
    anchor: str | None
    resolved: bool

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        start: int,
        end: int,
        type: TimeType,
        value: str | None,
        anchor: str | None,
        resolved: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.anchor = anchor
        self.resolved = resolved


@dataclass(init=False, slots=True)
class _Hit:
    kind: str
    start: int
    end: int
    draft: Draft

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        kind: str,
        start: int,
        end: int,
        draft: Draft,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.draft = draft


def find_times(text: str, published: date | None) -> list[Found]:
    """Every time expression in ``text``, normalised against ``published`` when known."""
    if published is not None and not MINYEAR < published.year < MAXYEAR:
        # a year at the calendar's edge (a placeholder such as 9999-12-31) leaves no room
        # for "next year" or "last year": relative expressions stay unresolved instead
        published = None
    hits: list[_Hit] = []
    reference: tuple[str, int, int] | None = None
    day: tuple[str, int, int] | None = None
    quarter: str | None = None
    pos = 0
    lowered = text.lower()
    if len(lowered) == len(text):  # lower-casing kept every offset: use the fast scanners
        scanned, scan_at, triggers, starts = lowered, DISPATCHER.match, _LOWER_TRIGGERS, START_LOWER
    else:
        scanned, scan_at, triggers, starts = text, _scan_any_case, _ANY_CASE_TRIGGERS, START
    for candidate in _candidates(scanned, triggers, starts):
        if candidate < pos:
            continue
        scanned_hit = scan_at(scanned, candidate)
        if scanned_hit is None:
            continue
        kind, match = scanned_hit
        start, end = match.span()
        parsed = PARSERS[kind].match(text, start)
        ctx = Context(text, published, reference, quarter=quarter, day=day, start=start, end=end)
        draft = HANDLERS[kind](parsed, ctx) if parsed is not None else None
        if draft is None or (kind in COMMON_NOUN_KINDS and _in_title(text, start, end)):
            continue  # rejected: later starts may still hold a time
        pos = end
        if draft.basis == NARRATIVE and draft.value is not None and draft.anchor_index is None:
            draft.anchor_index = reference[1] if reference is not None else None
        hit = _Hit(kind, start + draft.trim, end, draft)
        if hits and _join(text, hits[-1], hit):
            hit = hits.pop()
        else:
            _anchor_previous(text, hits, hit)
        hits.append(hit)
        background = _QUARTER.match(hit.draft.value or "") is not None and _background(text, hit)
        if not background:
            reference = _reference_after(hit, len(hits) - 1, reference)
        if reference is not None and _DAY.match(reference[0]):
            day = reference
        if _reports_on(hit.draft, published) and not background:
            quarter = hit.draft.value
    return [_found(hit, published) for hit in hits]


def _scan_any_case(text: str, pos: int) -> tuple[str, re.Match[str]] | None:
    match = SCANNER.match(text, pos)
    return None if match is None else (match.lastgroup or "", match)


#: Characters before a quarter read for its article and one adjective ("a flat", "an earlier")
INDEFINITE_REACH: Final = 30
#: "a flat second quarter", "an earlier quarter": a quarter told by an indefinite article is
#: a background to the report, not its subject
_INDEFINITE: Final = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _background(text: str, hit: _Hit) -> bool:
    """A quarter named as a noun after an indefinite article ("after a flat second quarter");
    "a third-quarter loss" is the report's own quarter."""
    if "-" in text[hit.start : hit.end]:
        return False
    return _INDEFINITE.search(text, max(0, hit.start - INDEFINITE_REACH), hit.start) is not None


def _reports_on(draft: Draft, published: date | None) -> bool:
    """Whether a hit names the quarter a report is about: a quarter given in its own right
    (not counted from another) that has ended by publication."""
    value = draft.value or ""
    if draft.basis == NARRATIVE or draft.compared or not _QUARTER.match(value):
        return False
    return published is None or value < f"{published.year}-Q{cal.quarter_of(published)}"


#: (time words, the same found from the character before them) for lower-cased text and
#: for text in any case
_Triggers = tuple[re.Pattern[str], re.Pattern[str]]
_LOWER_TRIGGERS: Final[_Triggers] = (TRIGGER_LOWER, TRIGGER_AFTER_LOWER)
_ANY_CASE_TRIGGERS: Final[_Triggers] = (TRIGGER, TRIGGER_AFTER)


def _candidates(text: str, triggers: _Triggers, starts: re.Pattern[str]) -> list[int]:
    """Where an expression may start, in text order: each time word, and the start words
    within ``TRIGGER_REACH`` characters before it in the same phrase."""
    found: list[int] = []
    last = -1  # the previous time word: the start words up to it are listed already
    for at in _time_words(text, triggers):
        begin = max(last + 1, at - TRIGGER_REACH)
        cut = _LAST_BREAK.search(text, begin, at)
        if cut is not None:
            begin = cut.start() + 1
        found.extend([match.start() for match in starts.finditer(text, begin, at)])
        found.append(at)
        last = at
    return found


def _time_words(text: str, triggers: _Triggers) -> list[int]:
    """Where the time words of ``text`` start (``TRIGGER_AFTER_LOWER``)."""
    words, after_other = triggers
    if DECADE_AFTER_WORD.search(text) is not None:  # rare: the plain scan says it all
        return [match.start() for match in words.finditer(text)]
    head = words.match(text)
    found = [] if head is None else [0]
    resume = 0 if head is None else head.end()
    found.extend([match.start() + 1 for match in after_other.finditer(text, resume)])
    return found


#: The last character before a time word that no expression spans (punctuation, a line
#: break): start words before it cannot begin an expression that reaches the time word.
_LAST_BREAK: Final = re.compile(r'[.,;:!?()"“”\n][^.,;:!?()"“”\n]*$')


def _join(text: str, left: _Hit, right: _Hit) -> bool:
    """Merge ``right`` into ``left`` when together they are one expression; True if merged."""
    gap = JOINER.fullmatch(text, left.end, right.start)
    if gap is None:
        return False
    l_draft, r_draft = left.draft, right.draft
    if left.kind == "weekday" and right.kind in ("mdy", "dmy") and "at" not in gap.group(0):
        left.draft = r_draft
    elif left.kind == "time" and right.kind in DAY_KINDS and r_draft.clock is None:
        left.draft = _with_clock(r_draft, l_draft)
    elif left.kind in DAY_KINDS and right.kind == "time" and l_draft.clock is None:
        left.draft = _with_clock(l_draft, r_draft)
    else:
        return False
    left.end = right.end
    left.kind = "time" if left.draft.type is TimeType.TIME else right.kind
    return True


def _with_clock(day: Draft, clock: Draft) -> Draft:
    if day.day is None or clock.clock is None:
        return Draft(TimeType.TIME, None, day.basis, resolved=False)
    return Draft(
        TimeType.TIME,
        day.day + clock.clock,
        day.basis,
        resolved=day.resolved,
        day=day.day,
        clock=clock.clock,
    )


def _anchor_previous(text: str, hits: list[_Hit], hit: _Hit) -> None:
    """Resolve "two days after" against the dated time right after it ("after Jan. 20")."""
    if not hits:
        return
    previous = hits[-1]
    offset = previous.draft.offset
    if offset is None or hit.start - previous.end > ANCHOR_GAP or hit.draft.value is None:
        return
    if text[previous.end : hit.start].strip():
        return
    count, unit, sign = offset
    moved = shift_value(hit.draft.value.split("T")[0], count, unit, sign)
    if moved is not None:
        previous.draft = Draft(
            TimeType.DATE, moved, NARRATIVE, resolved=hit.draft.resolved, anchor_index=len(hits)
        )


def _reference_after(
    hit: _Hit, index: int, reference: tuple[str, int, int] | None
) -> tuple[str, int, int] | None:
    """The narrative reference after ``hit``: its calendar value when it has one. Times
    counted from the reference ("a year earlier") do not move it, so chains do not drift."""
    value = hit.draft.value
    if value is None or hit.draft.type not in (TimeType.DATE, TimeType.TIME):
        return reference
    if hit.draft.basis == NARRATIVE or hit.draft.compared:
        return reference
    calendar_part = value.split("T")[0]
    if cal.parse_value(calendar_part) is None:
        return reference
    return calendar_part, index, hit.end


def _found(hit: _Hit, published: date | None) -> Found:
    draft = hit.draft
    anchor: str | None = None
    resolved = draft.resolved
    if draft.basis == PUBLISHED:
        anchor = "published" if published is not None and resolved else None
    elif draft.basis == NARRATIVE:
        anchor = f"#{draft.anchor_index}" if draft.anchor_index is not None else None
        resolved = resolved and draft.value is not None
    end = draft.end if draft.end is not None else hit.end
    return Found(hit.start, end, draft.type, draft.value, anchor, resolved)
