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

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from newsledger.compare.align import ClaimView, Weights, group
from newsledger.compare.lexicon import VERB_CLASSES, stem, verb_class, word_spans
from newsledger.compare.sources import Sources
from newsledger.model import Analysis, Check, CheckValue, EntityType, TimeType, Verdict

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
    r"\b(?:said|says|say|told(?: \w+)?|reported|added|stated|confirmed|announced|disclosed)"
    r"(?: here| late| early| on)*\s*$",
    re.IGNORECASE,
)

#: Reporting verbs: never the event a time belongs to.
_REPORTING_STEMS = frozenset({"said", "say", "told", "tell", "report", "add", "stat", "confirm"})

_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^(?:\d{4}|XXXX)-(\d{2})-(\d{2})$")

_CLOCK = re.compile(
    r"(?P<qual>\b(?:about|around|approximately|roughly|some|nearly|almost|shortly after|"
    r"shortly before|just after|just before|after|before)\s+)?"
    r"\b(?P<hour>\d{1,2})(?:\s*[:.]\s*(?P<minute>\d{2}))?\s*"
    r"(?P<meridiem>a\.?\s?m\b\.?|p\.?\s?m\b\.?|hours\b|hrs\b)",
    re.IGNORECASE,
)

#: "at (about) 9:25" with no "a.m.": a clock time when written with a colon after "at".
_CLOCK_AT = re.compile(
    r"\bat\s+(?P<qual>(?:about|around|approximately|roughly)\s+)?"
    r"(?P<hour>\d{1,2})\s*:\s*(?P<minute>\d{2})\b(?!\s*(?:a\.?\s?m\b|p\.?\s?m\b|hours|hrs))"
    r"(?P<meridiem>)",
    re.IGNORECASE,
)

_APPROXIMATE = frozenset(
    {"about", "around", "approximately", "roughly", "some", "nearly", "almost"}
)
_AFTER = frozenset({"after", "shortly after", "just after"})
_BEFORE = frozenset({"before", "shortly before", "just before"})


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


def stated_times(analysis: Analysis, claim_views: Sequence[ClaimView]) -> list[Stated]:
    """The event times the claims of one article state (see the module notes)."""
    text = analysis.text
    names = [(m.start, m.end) for m in analysis.mentions if m.type != EntityType.PERSON]
    time_values = {t.start: t.value or "" for t in analysis.times}
    out: list[Stated] = []
    for view in claim_views:
        if view.claim.article != analysis.article.id or view.verb == "ordinal":
            continue
        claim = view.claim
        for start, end, kind, value, extra in _times_in(analysis, claim.start, claim.end):
            if any(a <= start < b for a, b in names):
                continue
            if _REPORTING_BEFORE.search(text, max(claim.start, start - 40), start):
                continue
            event = _event(text, claim.start, claim.end, start)
            if event is None:
                continue
            low, high, exact = extra
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
                )
            )
    return _unique(out)


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


def _times_in(
    analysis: Analysis, start: int, end: int
) -> Iterator[tuple[int, int, str, str, tuple[int, int, bool]]]:
    for time in analysis.times:
        if not (start <= time.start and time.end <= end) or time.type != TimeType.DATE:
            continue
        kind_value = _date_kind(time.value or "")
        if kind_value is not None:
            yield time.start, time.end, kind_value[0], kind_value[1], (0, 0, True)
    for clock_pattern in (_CLOCK, _CLOCK_AT):
        for match in clock_pattern.finditer(analysis.text, start, end):
            clock = _clock(match)
            if clock is not None:
                value, low, high, exact = clock
                yield match.start(), match.end(), "clock", value, (low, high, exact)


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
    else:
        low, high, exact = at, at, True
    return f"{hour:02d}:{minute:02d}", low, high, exact


def _event(text: str, start: int, end: int, anchor: int) -> str | None:
    """The event class of the verb a time belongs to: the nearest verb before the time when
    there is one ("intercepted ... on Thursday", "decided on Saturday to fire him": deciding),
    else the first event verb after it ("On Thursday, the navy foiled ..."). Verbs are those of
    a known event class, and past or passive forms ("was arraigned", "took over")."""
    before: list[str] = []
    after: list[str] = []
    previous = ""
    for offset, _, word in word_spans(text[start:end]):
        position = start + offset
        stem_ = stem(word)
        lower = word.lower()
        if stem_ in _REPORTING_STEMS or lower in _REPORTING_WORDS or not word[0].islower():
            previous = lower
            continue
        known = stem_ in VERB_CLASSES and not _noun_before(previous)
        finite = lower in _IRREGULAR_PAST or (
            _PAST.match(lower) is not None and not _modifies(previous)
        )
        if position < anchor and (known or finite):
            before.append(verb_class(stem_))
        elif position >= anchor and known:
            after.append(verb_class(stem_))
        previous = lower
    if before:
        return before[-1]
    return after[0] if after else None


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


_REPORTING_WORDS = frozenset({"said", "told", "reported", "added", "stated", "confirmed"})


#: Words before which a verb-like word is a noun ("an order", "the attack").
_NOUN_MARKERS = frozenset("a an the this that his her their its our each every any".split())


def _noun_before(previous: str) -> bool:
    return previous in _NOUN_MARKERS or previous.endswith("'s")


def _same_event(a: Stated, b: Stated, weights: Weights) -> bool:
    if a.view.article == b.view.article or a.kind != b.kind or a.event != b.event:
        return False
    if a.view.persons and b.view.persons and not a.view.persons & b.view.persons:
        return False
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
    return item.kind == "clock" and int(item.value[-2:]) % ROUND_MINUTES != 0


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
    """AGREE, VAGUER or CONFLICT for two stated times of one kind."""
    if a.kind != "clock":
        return Verdict.AGREE if a.value == b.value else Verdict.CONFLICT
    gap = max(a.low, b.low) - min(a.high, b.high)
    if gap > 0 or (gap == 0 and a.value != b.value):
        return Verdict.CONFLICT  # rounding reaches up to its edge, not across it
    if a.exact and b.exact:
        return Verdict.AGREE if a.value == b.value else Verdict.CONFLICT
    if (a.low, a.high) == (b.low, b.high):
        return Verdict.AGREE
    return Verdict.VAGUER


def time_checks(
    analyses: Sequence[Analysis],
    claim_views: Sequence[ClaimView],
    weights: Weights,
    sources: Sources,
) -> list[Check]:
    """Checks of the event times stated by several articles (agree, vaguer or conflict)."""
    stated = [item for a in analyses for item in stated_times(a, claim_views)]
    pairs = [
        (i, j)
        for i, a in enumerate(stated)
        for j in range(i + 1, len(stated))
        if _same_event(a, stated[j], weights)
    ]
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
