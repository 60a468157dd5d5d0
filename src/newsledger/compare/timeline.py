"""A story's timeline: dated events from all its articles, and its deadlines with due dates.

Deadlines are refined at story level: an article may only say "one executive order gives
Northern Command 10 days" and fall back to its publication date for the start, while another
article of the story dates the order ("On Monday, Trump signed an executive order"). The
story's date for the document is then used and the deadline says so (``from_reason`` "story").
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from newsledger.compare.align import ClaimView, Weights, statements_align, views
from newsledger.compare.lexicon import stem, verb_class, words
from newsledger.extract.deadlines import resolve_deadline
from newsledger.model import Analysis, Deadline, TimelineEntry, TimeType

#: Nouns naming a dated instrument a deadline can run from (an order, a law, a ruling).
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """order decree law bill act directive memo memorandum proclamation ruling decision
    agreement deal resolution ultimatum notice warrant injunction verdict sentence""".split()
)

#: Verb classes that date a document: it was signed, issued, declared or announced then.
ENACTING_CLASSES: frozenset[str] = frozenset({"sign", "declare", "announce"})

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_ISO_DURATION = re.compile(r"^P(\d+)([DWMY])$")
_TEXT_DURATION = re.compile(r"\b(\d+)\s*-?\s*(day|week|month|year)s?\b", re.IGNORECASE)


def build_timeline(
    analyses: Sequence[Analysis],
    *,
    claim_views: Sequence[ClaimView] | None = None,
    weights: Weights | None = None,
) -> list[TimelineEntry]:
    """Dated events (claims with a calendar date) and deadlines, in date order.

    ``claim_views`` and ``weights`` may be passed when the caller has them already.
    """
    if claim_views is None:
        claim_views = [view for analysis in analyses for view in views(analysis)]
    events = _events(claim_views, weights or Weights(claim_views))
    deadlines = [
        TimelineEntry(
            date=deadline.due,
            text=deadline.text,
            claims=(),
            articles=(deadline.article,),
            kind="deadline",
        )
        for deadline in story_deadlines(analyses)
        if deadline.due
    ]
    return sorted([*events, *deadlines], key=lambda entry: (entry.date, entry.kind != "event"))


def _events(claim_views: Sequence[ClaimView], weights: Weights) -> list[TimelineEntry]:
    dated: list[tuple[str, ClaimView]] = []
    for view in claim_views:
        time = view.time
        if (
            time is not None
            and time.type == TimeType.DATE
            and time.value
            and _DATE_VALUE.match(time.value)
        ):
            dated.append((time.value, view))
    entries: list[list[tuple[str, ClaimView]]] = []
    # The entries of each date, in the order they were made: a claim joins the first entry
    # of its date it aligns with, and no other entry need be looked at.
    of_date: dict[str, list[list[tuple[str, ClaimView]]]] = {}
    for value, view in dated:
        same_date = of_date.setdefault(value, [])
        for entry in same_date:
            if any(statements_align(view, other, weights) for _, other in entry):
                entry.append((value, view))
                break
        else:
            entries.append([(value, view)])
            same_date.append(entries[-1])
    out = []
    for entry in entries:
        members = [view for _, view in entry]
        shortest = min(members, key=lambda v: len(v.claim.text))
        out.append(
            TimelineEntry(
                date=entry[0][0],
                text=shortest.claim.text,
                claims=tuple(v.claim.id for v in members),
                articles=tuple(dict.fromkeys(v.article for v in members)),
                kind="event",
            )
        )
    return out


def story_deadlines(analyses: Sequence[Analysis]) -> list[Deadline]:
    """Every deadline of the story, its start dated by the story where its article could not."""
    # The story's document dates are read only for a deadline its article could not date:
    # most stories state no deadline, and most deadlines are dated by their article.
    document_dates: dict[str, str] | None = None
    out = []
    for analysis in analyses:
        for deadline in analysis.deadlines:
            if deadline.from_reason not in _UNDATED:
                out.append(deadline)
                continue
            if document_dates is None:
                document_dates = _document_dates(analyses)
            sentence = analysis.sentence_at(deadline.start)
            context = sentence.text if sentence is not None else deadline.text
            out.append(_refine(deadline, context, document_dates))
    return out


#: Where a deadline's start came from when its article could not date it.
_UNDATED = ("published", None)


def _refine(deadline: Deadline, context: str, document_dates: dict[str, str]) -> Deadline:
    """Date a deadline's start by the story when its article fell back to publication."""
    if deadline.from_reason not in _UNDATED:
        return deadline
    nouns = _documents_in(context + " " + (deadline.what or ""))
    dates = [document_dates[noun] for noun in nouns if noun in document_dates]
    if not dates:
        return deadline
    start = min(dates)
    return _resolve(deadline, start)


def _resolve(deadline: Deadline, start: str) -> Deadline:
    """The deadline counted from ``start``, a date the story gives for its order."""
    return resolve_deadline(deadline, date.fromisoformat(start), "story")


def add_duration(start: date, duration: str) -> date | None:
    """``start`` plus an ISO ("P10D") or written ("10 days") duration; None if unreadable."""
    match = _ISO_DURATION.match(duration.strip())
    if match:
        amount, unit = int(match.group(1)), match.group(2)
    else:
        text_match = _TEXT_DURATION.search(duration)
        if text_match is None:
            return None
        amount, unit = int(text_match.group(1)), text_match.group(2)[0].upper()
    if unit == "D":
        return start + timedelta(days=amount)
    if unit == "W":
        return start + timedelta(weeks=amount)
    months = amount * (12 if unit == "Y" else 1)
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def _documents_in(text: str) -> list[str]:
    found = []
    for word in words(text):
        lower = word.lower()
        singular = lower[:-1] if lower.endswith("s") else lower
        if lower in DOCUMENT_NOUNS or singular in DOCUMENT_NOUNS:
            found.append(singular if singular in DOCUMENT_NOUNS else lower)
    return found


def _document_dates(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Document noun -> the date the story's articles most often give for enacting one."""
    votes: dict[str, Counter[str]] = {}
    for analysis in analyses:
        times = {t.id: t for t in analysis.times}
        for claim in analysis.claims:
            time = times.get(claim.time) if claim.time else None
            if time is None or not time.value or not _FULL_DATE.match(time.value):
                continue
            tokens = words(claim.text)
            if not any(verb_class(stem(w)) in ENACTING_CLASSES for w in tokens if w.islower()):
                continue
            for noun in _documents_in(claim.text):
                votes.setdefault(noun, Counter())[time.value] += 1
    return {noun: counter.most_common(1)[0][0] for noun, counter in votes.items()}
