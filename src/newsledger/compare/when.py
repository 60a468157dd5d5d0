"""When an event happened, as several reports state it: weekday, date and clock-time checks.

Reports of one story often disagree on *when* ("intercepted on Thursday" / "foiled the attack
on Friday"; "around 10 a.m." / "around 10:30 a.m."). Comparing every date two aligned claims
carry makes false conflicts, because a claim carries several times and some are not the event's
("a naval officer said here Friday" is when it was told). So a stated time is compared only:

* with times of the same **granularity** (a weekday with a weekday or a full date's weekday,
  a day of the month with a day of the month, a clock time with a clock time): "Monday" and
  "March 2" are never compared, nor are years (a story names many years of many events);
* when it is the time of an **event verb** (the nearest verb before it, "fired", "seized",
  "was arraigned", else the first event verb after it), not of a reporting verb ("said
  Friday", "told reporters on Friday");
* between claims of different articles about the **same event**: the same event class, the
  same people when both name people, and shared content (the cross-check's statement weights).

Clock times are read here from the claim text ("9.25 a. m.", "about 10am", "10:30 a.m."), with
the precision they state: "about 10 a.m." allows a quarter of an hour either way, so "around
10 a.m." and "around 10:30 a.m." conflict, while "9:25" and "about 9:25" are only vaguer.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from newsledger.compare.align import ClaimView, Weights, group, surname
from newsledger.compare.lexicon import (
    STOPWORDS,
    VERB_CLASSES,
    WORD,
    stem,
    verb_class,
    verb_class_after,
    word_spans,
)
from newsledger.compare.sources import Sources
from newsledger.model import (
    Analysis,
    Check,
    CheckValue,
    EntityType,
    Mention,
    TimeExpr,
    TimeType,
    Verdict,
)

#: Shared content weight (fraction of the lighter claim's) above which two claims dated by the
#: same kind of event are taken to be about one event. Calibrated on crosscheck-dev: the claims
#: of one operation told by different outlets share 0.3-0.6; claims about other events with
#: the same verb class ("fired O'Brien" / "fired Cheeks") share less, and differ in people.
SAME_EVENT_OVERLAP = 0.3

#: Shared content two claims giving *different* times must have: a conflict is the worst error
#: to make, so it needs more evidence that both claims tell one event. Set on crosscheck-dev
#: (the one weekday conflict there shares 0.44; claims of other events with a different day
#: share at most 0.23).
CONFLICT_EVENT_OVERLAP = 0.4

#: Slack of an approximate clock time ("about 10 a.m."): a quarter of an hour for one stated
#: on the hour or half hour, five minutes for one stated to the minute ("about 9:25"). The
#: crosscheck-dev annotation calls "about 10" vs "around 10:30" a conflict.
ROUND_CLOCK_SLACK = 15
#: Clock times on a multiple of this many minutes are round ("10:30"), not stated to the minute.
ROUND_MINUTES = 15
MINUTE_CLOCK_SLACK = 5

#: How far "after 10 a.m." / "before 10 a.m." reaches (minutes): an open bound in news rarely
#: means more than an hour.
CLOCK_BOUND_REACH = 60

#: Words before a time that make it the time of the telling, not of the event.
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|say|told(?: \w+)?|reported|added|stated|confirmed|announced|disclosed|"
    r"updated|posted|published|modified)"
    r"(?: here| late| early| on| at)*\s*$",
    re.IGNORECASE,
)

#: Reporting verbs: never the event a time belongs to.
_REPORTING_STEMS = frozenset(
    {"said", "say", "told", "tell", "report", "add", "stat", "confirm", "updat", "post", "publish"}
)

#: A time written before its event noun: "the June 20 shooting", "a Monday morning attack".
_EVENT_NOUN = re.compile(r"\s+(?:morning\s+|afternoon\s+|evening\s+|night\s+)?([a-z]{4,})\b")

#: "today (14 October 2011)": the date of the report, written out after "today".
#: Words after which a noun is dated by the time before it ("the Monday morning attack").
_DAY_PARTS = frozenset("morning afternoon evening night".split())

_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their)\s+$", re.I)

_TODAY_BEFORE = re.compile(r"\b(?:today|yesterday|tonight)\s*[(,]\s*$", re.IGNORECASE)

_POSSESSIVE = re.compile(r"['’]s\b")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^(?:\d{4}|XXXX)-(\d{2})-(\d{2})$")

#: A time zone after a clock time: times in different zones (or one unzoned) are not compared.
_ZONE = (
    r"(?:\s*(?P<zone>(?-i:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|IST|CET|"
    r"CEST)\b|local time\b))?"
)

_CLOCK = re.compile(
    r"(?P<qual>\b(?:about|around|approximately|roughly|some|nearly|almost|shortly after|"
    r"shortly before|just after|just before|after|before|by)\s+)?"
    r"\b(?P<hour>\d{1,2})(?:\s*[:.]\s*(?P<minute>\d{2}))?\s*"
    r"(?P<meridiem>a\.?\s?m\b\.?|p\.?\s?m\b\.?|hours\b|hrs\b)" + _ZONE,
    re.IGNORECASE,
)

#: "at (about) 9:25" with no "a.m.": a clock time when written with a colon after "at".
_CLOCK_AT = re.compile(
    r"\bat\s+(?P<qual>(?:about|around|approximately|roughly)\s+)?"
    r"(?P<hour>\d{1,2})\s*:\s*(?P<minute>\d{2})\b(?!\s*(?:a\.?\s?m\b|p\.?\s?m\b|hours|hrs))"
    r"(?P<meridiem>)" + _ZONE,
    re.IGNORECASE,
)

_APPROXIMATE = frozenset(
    {"about", "around", "approximately", "roughly", "some", "nearly", "almost"}
)
_AFTER = frozenset({"after", "shortly after", "just after"})
_BEFORE = frozenset({"before", "shortly before", "just before", "by"})


@dataclass(frozen=True, slots=True)
class Stated:
    """A time a claim states for its event: its kind, its value and the event's verb class."""

    view: ClaimView
    start: int
    end: int
    text: str
    kind: str  # "weekday", "day" (month-day) or "clock"
    value: str
    low: int = 0  # clock times: the minutes of the day it allows
    high: int = 0
    exact: bool = True
    event: str = ""
    full_date: str | None = None  # "2004-04-21" when the text gives the year too
    persons: frozenset[str] = frozenset()  # the event's people (else the claim's)
    half_stated: bool = True  # clock times: whether "a.m."/"p.m." or a 24-hour hour says


def stated_times(analysis: Analysis, claim_views: Sequence[ClaimView]) -> list[Stated]:
    """The event times the claims of one article state (see the module notes)."""
    text = analysis.text
    names = [(m.start, m.end) for m in analysis.mentions if m.type != EntityType.PERSON]
    persons = [m for m in analysis.mentions if m.type == EntityType.PERSON]
    time_values = {t.start: t.value or "" for t in analysis.times}
    dates = _dates(analysis)
    date_starts = sorted(time.start for time, _ in dates)
    out: list[Stated] = []
    # A claim's views (a rank or a period makes one more) state the same times: only its
    # first view is read, which is the one ``_unique`` would keep.
    read: set[str] = set()
    words_of: dict[tuple[int, int], _Words] = {}
    for view in claim_views:
        if view.claim.article != analysis.article.id or view.verb == "ordinal":
            continue
        claim = view.claim
        if claim.id in read:
            continue
        read.add(claim.id)
        if not _may_state_time(text, date_starts, claim.start, claim.end):
            continue
        found_times = list(_times_in(text, dates, claim.start, claim.end))
        for start, end, kind, value, extra in found_times:
            if any(a <= start < b for a, b in names):
                continue
            if _REPORTING_BEFORE.search(text, max(claim.start, start - 40), start):
                continue
            if _POSSESSIVE.match(text, end) or _TODAY_BEFORE.search(text, claim.start, start):
                continue  # "Saturday's shooting" dates a noun; "today (14 October)" the report
            found = _event(text, claim.start, claim.end, start, end, words_of)
            if found is None:
                continue
            event, region_start, region_end = found
            if any(region_start < t[0] and t[1] <= start for t in found_times):
                continue  # its verb's own time comes first: "recovered Sunday after ... Saturday"
            people = _named(text, persons, max(region_start, claim.start), region_end)
            low, high, exact, half_stated = extra
            full = _FULL_DATE.match(time_values.get(start, ""))
            out.append(
                Stated(
                    view,
                    start,
                    end,
                    text[start:end],
                    kind,
                    value,
                    low,
                    high,
                    exact,
                    event,
                    full.group(0) if full else None,
                    people or view.persons,
                    half_stated,
                )
            )
    return _unique(out)


def _named(text: str, persons: Sequence[Mention], start: int, end: int) -> frozenset[str]:
    """Who an event involves, as named between its verb and its time ("signed DeShawn Wynn on
    Tuesday"): people's surnames, and capitalised words the entity stage may have missed."""
    names = {surname(m.name) for m in persons if start <= m.start < end}
    for offset, _, word in word_spans(text[start:end]):
        lower = word.lower()
        name = word[0].isupper() and not word.isupper() and offset > 0
        if name and lower not in STOPWORDS and lower not in CALENDAR_TERMS:
            names.add(lower)
    return frozenset(names)


def _unique(stated: list[Stated]) -> list[Stated]:
    """One entry per time and claim (a claim has several views when it ranks something)."""
    seen: set[tuple[str, int]] = set()
    out = []
    for item in stated:
        key = (item.view.claim.id, item.start)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


#: A stated time: start, end, kind, value and (lowest minute, highest minute, exact, whether
#: the half of the day is stated) for clock times.
_Found = tuple[int, int, str, str, tuple[int, int, bool, bool]]


_DIGIT = re.compile(r"\d")


def _dates(analysis: Analysis) -> list[tuple[TimeExpr, tuple[str, str]]]:
    """The article's dates of a kind the check compares, with that kind, in article order."""
    out = []
    for time in analysis.times:
        if time.type == TimeType.DATE:
            kind_value = _date_kind(time.value or "")
            if kind_value is not None:
                out.append((time, kind_value))
    return out


def _times_in(
    text: str,
    dates: Sequence[tuple[TimeExpr, tuple[str, str]]],
    start: int,
    end: int,
) -> Iterator[_Found]:
    """The stated times inside ``text[start:end]``: ``dates`` (from ``_dates``) and clock
    times (none where there is no digit)."""
    for time, (kind, value) in dates:
        if start <= time.start and time.end <= end:
            yield time.start, time.end, kind, value, (0, 0, True, True)
    if _DIGIT.search(text, start, end) is None:
        return
    patterns = [_CLOCK] if _may_state_clock(text, start, end) else []
    if text.find(":", start, end) >= 0:  # "at 9:25" has a colon
        patterns.append(_CLOCK_AT)
    for clock_pattern in patterns:
        for match in clock_pattern.finditer(text, start, end):
            clock = _clock(match)
            if clock is not None:
                value, low, high, exact = clock
                zone = match.group("zone")
                kind = f"clock {zone.upper()}" if zone else "clock"
                hour = int(match.group("hour"))
                half = bool(match.group("meridiem")) or hour == 0 or hour > HALF_DAY // 60
                yield match.start(), match.end(), kind, value, (low, high, exact, half)


def _may_state_time(text: str, date_starts: Sequence[int], start: int, end: int) -> bool:
    """False only when ``_times_in`` finds nothing in ``text[start:end]``: no date starts in
    it (``date_starts`` sorted) and it holds no digit, which every clock time has. Most
    claims state no time."""
    at = bisect.bisect_left(date_starts, start)
    if at < len(date_starts) and date_starts[at] <= end:
        return True
    return _DIGIT.search(text, start, end) is not None


def _may_state_clock(text: str, start: int, end: int) -> bool:
    """False only when ``text[start:end]`` holds no match of ``_CLOCK``: a quick test on the
    lower-cased text for what every match holds, a digit then "a.m.", "p.m." or "hours".
    Only ASCII text is tested, where lower-casing is exactly what the case-blind match does."""
    part = text[start:end]
    return not part.isascii() or _CLOCK_PART.search(part.lower()) is not None


#: The part of a ``_CLOCK`` match from the hour's last digit to the start of its meridiem.
_CLOCK_PART = re.compile(r"\d(?:\s*[:.]\s*\d{2})?\s*(?:a\.?\s?m|p\.?\s?m|hours|hrs)")


def _date_kind(value: str) -> tuple[str, str] | None:
    """("weekday", "4") for "XXXX-WXX-4"; ("day", "11-10") for a day of a month."""
    weekday = _WEEKDAY.match(value)
    if weekday:
        return "weekday", weekday.group(1)
    month_day = _MONTH_DAY.match(value)
    if month_day:
        return "day", f"{month_day.group(1)}-{month_day.group(2)}"
    return None


def _clock(match: re.Match[str]) -> tuple[str, int, int, bool] | None:
    """A clock time as (hh:mm, lowest minute, highest minute, exact)."""
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    meridiem = match.group("meridiem").lower().replace(".", "").replace(" ", "")
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    at = hour * 60 + minute
    qualifier = " ".join((match.group("qual") or "").lower().split())
    if qualifier in _APPROXIMATE:
        slack = ROUND_CLOCK_SLACK if minute % ROUND_MINUTES == 0 else MINUTE_CLOCK_SLACK
        low, high, exact = at - slack, at + slack, False
    elif qualifier in _AFTER:
        low, high, exact = at, at + CLOCK_BOUND_REACH, False
    elif qualifier in _BEFORE:
        low, high, exact = at - CLOCK_BOUND_REACH, at, False
    elif minute % ROUND_MINUTES == 0:
        # "at 3:30 a.m." may well be rounded: it allows a few minutes, like "about 9:25"
        low, high, exact = at - MINUTE_CLOCK_SLACK, at + MINUTE_CLOCK_SLACK, False
    else:
        low, high, exact = at, at, True
    return f"{hour:02d}:{minute:02d}", low, high, exact


class _Verb(NamedTuple):
    """A verb (or event noun, "a shooting") of a claim, with its event class (a named tuple:
    a claim with a time has several, and a frozen dataclass costs three times as much to
    build)."""

    start: int
    end: int
    event: str
    reporting: bool = False
    noun: bool = False


#: A claim's words: (start, end, word) in text order.
_Words = list[tuple[int, int, str]]


def _verb_at(text: str, words: _Words, index: int) -> _Verb | None:
    """The verb ``words[index]`` is, if any: an event verb of a known class, a past or passive
    form ("was arraigned", "took over"), an event noun after a determiner ("after a
    shooting"), or a reporting verb ("said", "confirmed"). Only the word before it counts."""
    start, end, word = words[index]
    previous = words[index - 1][2].lower() if index else ""
    if not word[0].islower() or previous[:1].isdigit() or previous in _DAY_PARTS:
        return None  # a name, or a noun a time is written before ("June 24 murder")
    lower, stem_ = word.lower(), stem(word)
    if stem_ in _REPORTING_STEMS or lower in _REPORTING_WORDS:
        return _Verb(start, end, stem_, reporting=True)
    if lower in _COPULAS:
        if _PARTICIPLE.match(text, end):  # "was escorting" is no state
            return None
        return _Verb(start, end, "be")  # "was on suicide watch Monday"
    if _noun_before(previous):
        if not lower.endswith("ed") and (stem_ in VERB_CLASSES or lower.endswith("ing")):
            return _Verb(start, end, verb_class(stem_), noun=True)  # "after a shooting"
        return None
    if stem_ in VERB_CLASSES:
        return _Verb(start, end, verb_class_after(previous, stem_))
    if lower in _IRREGULAR_PAST or (_PAST.match(lower) and not _modifies(previous)):
        return _Verb(start, end, verb_class(stem_))
    return None


def _event(
    text: str,
    start: int,
    end: int,
    anchor: int,
    anchor_end: int,
    words_of: dict[tuple[int, int], _Words],
) -> tuple[str, int, int] | None:
    """The event class of the verb a time belongs to, and the stretch of text between them
    (where the event's people are named): the nearest verb before the time when there is one
    ("intercepted ... on Thursday", "decided on Saturday to fire him": deciding), else the
    first verb after it ("On Thursday, the navy foiled ..."). None when that verb is one of
    reporting ("confirmed to People on Friday"): the time is then the telling's.
    ``words_of`` holds the words of claims already read (a claim may state several times);
    only the words from the time to its verb are read as verbs or not."""
    noun = _EVENT_NOUN.match(text, anchor_end)
    determined = _DETERMINER_BEFORE.search(text, start, anchor) is not None
    if determined and noun is not None and stem(noun.group(1)) in VERB_CLASSES:
        return verb_class(stem(noun.group(1))), anchor, noun.end()  # "the June 20 shooting"
    words = words_of.get((start, end))
    if words is None:
        words = words_of[start, end] = [
            (match.start(), match.end(), match.group()) for match in WORD.finditer(text, start, end)
        ]
    first_after = bisect.bisect_left(words, anchor, key=_word_start)
    verb = _verb_before(text, words, first_after)
    if verb is not None:
        region = (verb.start, anchor)
    else:
        verb = _verb_after(text, words, first_after)
        if verb is None:
            return None
        region = (anchor, min(end, verb.end + OBJECT_REACH))
    if verb.reporting or verb.event == "be":
        return None  # the time of the telling, or of a state ("was under control by 6:40")
    return verb.event, *region


def _word_start(word: tuple[int, int, str]) -> int:
    return word[0]


def _verb_before(text: str, words: _Words, first_after: int) -> _Verb | None:
    """The last verb of ``words[:first_after]``."""
    for index in range(first_after - 1, -1, -1):
        verb = _verb_at(text, words, index)
        if verb is not None:
            return verb
    return None


def _verb_after(text: str, words: _Words, first_after: int) -> _Verb | None:
    """The first verb of ``words[first_after:]`` that is not an event noun."""
    for index in range(first_after, len(words)):
        verb = _verb_at(text, words, index)
        if verb is not None and not verb.noun:
            return verb
    return None


#: Characters after an event verb that follows its time in which the event's people are
#: named ("On Wednesday, the Saints signed rookie Joique Bell").
OBJECT_REACH = 40


#: Forms of "be": a time after one belongs to a state ("was on suicide watch Monday").
_COPULAS = frozenset("is are was were".split())
_PARTICIPLE = re.compile(r"\s+(?:not\s+|being\s+)?[a-z]{3,}(?:ing|ed)\b")

#: Past or passive forms ("arraigned", "tried"), and common irregular pasts: a time after
#: one of them belongs to it.
_PAST = re.compile(r"^[a-z]{3,}ed$")
_IRREGULAR_PAST = frozenset(
    """took made came went began left won lost held led met gave became ran saw found fought
    brought bought sold sent struck stood broke wrote spoke chose drove flew fell rose""".split()
)


def _modifies(previous: str) -> bool:
    """Whether an "-ed" word after ``previous`` is an adjective ("internationally recognised
    corridor", "the injured man") rather than a verb."""
    return previous.endswith("ly") or previous in _NOUN_MARKERS


_REPORTING_WORDS = frozenset(
    {"said", "told", "reported", "added", "stated", "confirmed", "updated", "posted", "published"}
)


#: Words before which a verb-like word is a noun ("an order", "the attack").
_NOUN_MARKERS = frozenset("a an the this that his her their its our each every any".split())


def _noun_before(previous: str) -> bool:
    return previous in _NOUN_MARKERS or previous.endswith("'s")


def _same_event(a: Stated, b: Stated, weights: Weights) -> bool:
    if a.view.article == b.view.article or a.kind != b.kind or a.event != b.event:
        return False
    if a.persons and b.persons and not a.persons & b.persons:
        return False  # "signed Wynn on Tuesday" / "signed Bell on Wednesday"
    if a.full_date is not None and a.full_date == b.full_date:
        return True  # one event, one verb class and one full date ("hired ... April 21, 2004")
    if _to_the_minute(a) and _to_the_minute(b) and compare_times(a, b) != Verdict.CONFLICT:
        return True  # "spotted at 9.25 a.m." / "detected at about 9:25": one event
    needed = SAME_EVENT_OVERLAP
    if compare_times(a, b) == Verdict.CONFLICT:
        needed = CONFLICT_EVENT_OVERLAP
    return event_overlap(a.view, b.view, weights) >= needed


def _to_the_minute(item: Stated) -> bool:
    """A clock time stated to the minute (9:25, not 10:00 or 10:30) tells its event apart."""
    return item.kind.startswith("clock") and int(item.value[-2:]) % ROUND_MINUTES != 0


def event_overlap(a: ClaimView, b: ClaimView, weights: Weights) -> float:
    """Shared content of two claims without their calendar words: sharing "Monday" says
    nothing about sharing the event."""
    shared = (a.stems & b.stems) - CALENDAR_TERMS
    lighter = min(
        weights.weight(a.stems - CALENDAR_TERMS), weights.weight(b.stems - CALENDAR_TERMS)
    )
    return weights.weight(shared) / lighter if lighter > 0 else 0.0


_CALENDAR_WORDS = """monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec morning afternoon evening night today yesterday tonight
    week month year hours""".split()

#: Calendar words in the forms claim views hold them (names "N:monday" and stems).
CALENDAR_TERMS: frozenset[str] = frozenset(
    [f"N:{w}" for w in _CALENDAR_WORDS] + [stem(w) for w in _CALENDAR_WORDS] + _CALENDAR_WORDS
)


def compare_times(a: Stated, b: Stated) -> Verdict:
    """AGREE, VAGUER or CONFLICT for two stated times of one kind.

    A clock time written without "a.m."/"p.m." ("at 6:41 last night") may be either half of
    the day: it is compared in the half that fits the other time best.
    """
    if not a.kind.startswith("clock"):
        return Verdict.AGREE if a.value == b.value else Verdict.CONFLICT
    shifts = (0, -HALF_DAY, HALF_DAY) if not (a.half_stated and b.half_stated) else (0,)
    return min((_compare_clock(a, b, shift) for shift in shifts), key=_SEVERITY.__getitem__)


#: Minutes in half a day: an hour without a.m./p.m. may be this much later.
HALF_DAY = 12 * 60

_SEVERITY = {Verdict.AGREE: 0, Verdict.VAGUER: 1, Verdict.CONFLICT: 2}


def _compare_clock(a: Stated, b: Stated, shift: int) -> Verdict:
    low_b, high_b = b.low + shift, b.high + shift
    gap = max(a.low, low_b) - min(a.high, high_b)
    if gap > 0:
        return Verdict.CONFLICT
    points = a.low == a.high or low_b == high_b
    if gap == 0 and not points and (a.low, a.high) != (low_b, high_b):
        return Verdict.CONFLICT  # a rounding reaches up to its edge, not across it
    if a.exact and b.exact:
        return Verdict.AGREE if a.low == low_b else Verdict.CONFLICT
    if (a.low, a.high) == (low_b, high_b):
        return Verdict.AGREE
    return Verdict.VAGUER


def time_checks(
    analyses: Sequence[Analysis],
    claim_views: Sequence[ClaimView],
    weights: Weights,
    sources: Sources,
) -> list[Check]:
    """Checks of the event times stated by several articles (agree, vaguer or conflict)."""
    of_article: dict[str, list[ClaimView]] = {}
    for view in claim_views:
        of_article.setdefault(view.claim.article, []).append(view)
    stated = [item for a in analyses for item in stated_times(a, of_article.get(a.article.id, []))]
    # candidates share a kind and an event class: never all pairs of a large story
    buckets: dict[tuple[str, str], list[int]] = {}
    for index, item in enumerate(stated):
        buckets.setdefault((item.kind, item.event), []).append(index)
    pairs = sorted(
        (i, j)
        for members in buckets.values()
        for position, i in enumerate(members)
        for j in members[position + 1 :]
        if _same_event(stated[i], stated[j], weights)
    )
    # group() works on views; one distinct copy per stated time maps its groups back
    proxies = [replace(item.view) for item in stated]
    by_proxy = {id(view): item for view, item in zip(proxies, stated, strict=True)}

    def one_time_per_article(first: Sequence[ClaimView], second: Sequence[ClaimView]) -> bool:
        """Two different times one article gives are two events, not a conflict."""
        return not any(
            a.article == b.article
            and compare_times(by_proxy[id(a)], by_proxy[id(b)]) == Verdict.CONFLICT
            for a in first
            for b in second
        )

    groups = group(proxies, pairs, compatible=one_time_per_article)
    linked = {(id(stated[i]), id(stated[j])) for i, j in pairs}
    return [_time_check([by_proxy[id(v)] for v in members], sources, linked) for members in groups]


def _time_check(members: list[Stated], sources: Sources, linked: set[tuple[int, int]]) -> Check:
    """The check of one group of stated times. Only pairs aligned directly are compared: a
    group grows by average link, and two members it joins only through others are not
    evidence enough of one event to call their times a conflict."""
    verdict = Verdict.AGREE
    strength = {Verdict.AGREE: 0, Verdict.VAGUER: 1, Verdict.CONFLICT: 3}
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if (id(a), id(b)) in linked or (id(b), id(a)) in linked:
                pair = compare_times(a, b)
                if strength[pair] > strength[verdict]:
                    verdict = pair
    claims = [m.view.claim for m in members]
    independent = sources.independent(claims)
    if verdict == Verdict.AGREE and independent < 2:
        verdict = Verdict.SINGLE_SOURCE
    values = tuple(
        CheckValue(
            claim=m.view.claim.id,
            article=m.view.article,
            value=m.text,
            source=sources.describe(m.view.claim),
            attributed_to=m.view.claim.attributed_to,
        )
        for m in members
    )
    parts = list(dict.fromkeys(f"{v.value} ({v.source})" for v in values))
    shortest = min(members, key=lambda m: len(m.view.claim.text))
    if verdict == Verdict.CONFLICT:
        note = " vs ".join(parts)
    elif verdict == Verdict.VAGUER:
        note = " vs ".join(parts) + " (one states the time less precisely)."
    elif verdict == Verdict.AGREE:
        note = " and ".join(parts) + f" agree ({independent} independent sources)."
    else:
        note = " and ".join(parts) + " rest on one source."
    return Check(
        id="",
        verdict=verdict,
        about=f"when: {shortest.view.claim.text}",
        claims=tuple(dict.fromkeys(c.id for c in claims)),
        values=values,
        independent_sources=independent,
        note=note,
    )
