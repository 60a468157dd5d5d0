"""Telling an update (a figure revised over time) from a conflict (two figures for one moment).

Two differing figures about the same thing are an *update* only when the texts show that they
were written at different times. Three kinds of evidence count:

* **publication dates** and a revision word in the later report ("rose to", "now", "revised"),
  or a toll that only grows (the dead, the injured) higher in the later report;
* **a superseded report named as such** in the text: "local news originally reported that two
  of the three victims died" states a figure the article itself no longer holds;
* **a period counted up to the report** ("after eight days of riots" / "after four days");
* **a person's age a year on**: an age one year higher in a report of a later stage of the
  story (the jury's verdict, the sentencing, an anniversary) than in one without it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from newsledger.compare.align import ClaimView, superseded
from newsledger.compare.values import interval
from newsledger.model import Analysis

#: Words in a later report that show a figure was revised, not contradicted.
UPDATE_CUES = re.compile(
    r"\b(?:now|rose to|risen to|climbed to|increased to|has risen|has climbed|revised|"
    r"updated|originally|initially|at least \w+ now|later|raising|bringing the (?:total|toll))\b",
    re.IGNORECASE,
)

#: Words of an article reporting a later stage of a story than the event itself, stated as
#: done (not "could be sentenced if convicted"): the court's verdict or sentence, an
#: anniversary. Chosen from court and follow-up reporting in general.
LATER_STAGE_CUES = re.compile(
    r"\b(?:was|were|been|is|are) (?:convicted|sentenced|acquitted|found (?:not )?guilty)\b|"
    r"\bjury (?:on \w+ )?(?:convicted|found|acquitted|returned|deliberated)\b|"
    r"\bpleaded (?:not )?guilty\b|\banniversary\b|\ba year (?:after|since|later)\b",
    re.IGNORECASE,
)

#: Verb classes (``lexicon.VERB_CLASSES``) of tolls that only grow as later reports come in:
#: the dead, the injured, the arrested. A missing or evacuated count can fall, so is not one.
RISING_TOLL_VERBS = frozenset({"kill", "injure", "arrest"})

#: Unit of ages as the quantities extractor states them.
AGE_UNIT = "age"

#: Most years an age may rise between the reports of one story and still be one person's
#: age a while on (a trial a year or two after the crime).
MAX_AGE_STEP = 2


class Editions:
    """When each article of a story was written, as far as the texts tell.

    Whether an article reports a later stage is read from its text only when a check asks
    (only differing figures do): most articles are never asked about."""

    __slots__ = ("_later_stage", "_texts", "published")

    def __init__(self, published: Mapping[str, date | None], texts: Mapping[str, str]) -> None:
        self.published = published
        self._texts = texts
        self._later_stage: dict[str, bool] = {}

    @classmethod
    def of(cls, analyses: Sequence[Analysis]) -> Editions:
        return cls(
            published={a.article.id: a.article.published for a in analyses},
            texts={a.article.id: a.article.text for a in analyses},
        )

    def is_later_stage(self, article: str) -> bool:
        """Whether the article reports a later stage of the story (``later_stage``)."""
        found = self._later_stage.get(article)
        if found is None:
            text = self._texts.get(article)
            found = self._later_stage[article] = text is not None and later_stage(text)
        return found


#: Words every match of ``LATER_STAGE_CUES`` holds, in lower case: a quick test that rules out
#: most articles before the slower case-blind search over the whole text.
_LATER_STAGE_WORDS = (
    "convicted",
    "sentenced",
    "acquitted",
    "guilty",
    "jury",
    "anniversary",
    "a year ",
)


def later_stage(text: str) -> bool:
    """Whether an article reports a later stage of its story (``LATER_STAGE_CUES``). Only
    ASCII text takes the quick test: a case-blind regex also matches some non-ASCII letters
    ("ſ" for "s") that lower-casing keeps."""
    if text.isascii():
        lower = text.lower()
        if not any(word in lower for word in _LATER_STAGE_WORDS):
            return False
    return LATER_STAGE_CUES.search(text) is not None


def is_update(a: ClaimView, b: ClaimView, editions: Editions) -> bool:
    """Whether two differing figures are a revision over time rather than a conflict."""
    if superseded(a) or superseded(b) or (_running(a) and _running(b)):
        return True
    return _revised(a, b, editions) or _aged(a, b, editions)


def _running(view: ClaimView) -> bool:
    """A period counted up to the time of the report ("after eight days of riots", "so far
    this year"): reports written days apart state different counts."""
    quantity = view.quantity
    if quantity is None or quantity.unit not in PERIOD_UNITS:
        return False
    text, start = view.claim.text, quantity.start - view.claim.start
    end = quantity.end - view.claim.start
    return bool(_RUNNING_BEFORE.search(text[:start]) or _RUNNING_AFTER.match(text[end:]))


#: Units of periods as the cross-check states them.
PERIOD_UNITS = frozenset({"days", "weeks", "months", "years", "hours", "minutes"})

_RUNNING_BEFORE = re.compile(r"\b(?:after|for the (?:past|last)|in the (?:past|last))\s+$", re.I)
_RUNNING_AFTER = re.compile(r"\s+(?:of\b|so far\b|to date\b|since\b)", re.IGNORECASE)


def chronological(view: ClaimView, editions: Editions) -> tuple[int, date, int, float]:
    """A sort key putting the earlier statement of an update first: a report named as
    superseded, then by publication date, then reports not of a later stage, then the smaller
    figure (a count running up to the report)."""
    published = editions.published.get(view.article) or date.min
    value = view.quantity.value if view.quantity and view.quantity.value is not None else 0.0
    later = int(editions.is_later_stage(view.article))
    return (0 if superseded(view) else 1, published, later, value)


def _revised(a: ClaimView, b: ClaimView, editions: Editions) -> bool:
    """A later report revising the figure: different publication dates and a revision cue,
    or a toll that only grows (the dead, the injured, the arrested) higher in the later one."""
    date_a, date_b = editions.published.get(a.article), editions.published.get(b.article)
    if date_a is None or date_b is None or date_a == date_b:
        return False
    earlier, later = (a, b) if date_b > date_a else (b, a)
    revised = later.quantity is not None and later.quantity.change is not None
    return revised or bool(UPDATE_CUES.search(later.claim.text)) or _toll_rose(earlier, later)


def _toll_rose(earlier: ClaimView, later: ClaimView) -> bool:
    """A count of a toll that only grows as reports come in, higher in the later report:
    "two dead" on Monday and "five dead" on Tuesday is the toll rising, not a dispute."""
    if earlier.verb not in RISING_TOLL_VERBS or later.verb != earlier.verb:
        return False
    if earlier.quantity is None or later.quantity is None:
        return False
    return interval(later.quantity)[0] > interval(earlier.quantity)[1]


def _aged(a: ClaimView, b: ClaimView, editions: Editions) -> bool:
    """One person's age, higher by a year or two in a report of a later stage of the story."""
    if a.quantity is None or b.quantity is None:
        return False
    if (a.quantity.unit or "").lower() != AGE_UNIT or (b.quantity.unit or "").lower() != AGE_UNIT:
        return False
    if a.quantity.value is None or b.quantity.value is None:
        return False
    step = a.quantity.value - b.quantity.value
    older, younger = (a, b) if step > 0 else (b, a)
    if not 0 < abs(step) <= MAX_AGE_STEP:
        return False
    return editions.is_later_stage(older.article) and not editions.is_later_stage(younger.article)
