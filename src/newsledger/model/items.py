"""What extractors find in one article. Every item is a Span with an id unique in the store.

Ids are ``"<kind>:<article id>:<start>-<end>"`` (see ``item_id``) so they are stable across
runs and re-ingests, and readable in exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsledger.model.span import Span


def item_id(kind: str, article: str, start: int, end: int) -> str:
    """The stable id of an extracted item: kind, article and offsets."""
    return f"{kind}:{article}:{start}-{end}"


class EntityType(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    PLACE = "PLACE"
    LAW = "LAW"
    DOCUMENT = "DOCUMENT"
    MEDIA = "MEDIA"


class TimeType(StrEnum):
    """TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence(Span):
    index: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention(Span):
    """An entity mention. ``name`` is the fullest name the article gives for it ("Donald Trump"
    for a later "Trump"); entities across articles are merged by ``newsledger.compare``."""

    id: str
    type: EntityType
    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpr(Span):
    """A TIMEX3 time expression.

    ``value`` is the ISO / TIMEX3 value ("2025-01-22", "2024-11", "P10D", "XXXX-WXX-1") or
    None when it could not be resolved. ``anchor`` says what a relative value was resolved
    against: "published", another TimeExpr's id, or None for absolute values.
    """

    id: str
    type: TimeType
    value: str | None
    anchor: str | None = None
    resolved: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity(Span):
    """A figure with its precision and what it counts.

    ``value`` is the stated number (None for vague magnitudes and open bounds);
    ``low``/``high`` the interval it allows (None when open). ``counted`` is the noun phrase
    counted, ``counted_head`` its normalised head ("troops" for "active duty forces").
    ``change`` is set for change words ("rose to", "fell by").
    """

    id: str
    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    vague: bool = False
    unit: str | None = None
    counted: str | None = None
    counted_head: str | None = None
    change: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote(Span):
    """A quote (direct, in quotation marks, or indirect speech). ``text`` spans the quoted
    content; ``speaker`` is the name as resolved in the article, ``speaker_entity`` the
    Mention id of the speaker when known."""

    id: str
    speaker: str | None
    speaker_entity: str | None = None
    verb: str | None = None
    direct: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution(Span):
    """On whose word a sentence rests. The span is the attribution phrase ("CNN reported").

    ``source`` is the resolved source ("CNN", "Defense Department officials");
    ``kind`` is "media", "person", "official", "organisation", "document" or "anonymous";
    ``sentence`` is the index of the sentence it covers.
    """

    id: str
    source: str
    kind: str
    cue: str
    sentence: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim(Span):
    """One checkable statement: usually a sentence or clause.

    ``subject`` names what it is about (an entity name or the counted thing);
    ``quantity``/``time`` are ids of the Quantity/TimeExpr it states, if any;
    ``attributed_to`` the source it rests on; ``predicate`` a normalised key used for
    alignment (e.g. "troops:at_border").
    """

    id: str
    subject: str | None = None
    predicate: str | None = None
    quantity: str | None = None
    time: str | None = None
    attributed_to: str | None = None
    hedged: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Deadline(Span):
    """A time limit: ``who`` must do ``what`` within ``duration`` from ``from_``, due ``due``.

    ``from_reason`` says where ``from_`` came from: "text" (dated in the article),
    "story" (dated by another article of the same story), "published" (the publication date,
    flagged as a fallback) or None when nothing dates it.
    """

    id: str
    who: str | None
    what: str | None
    duration: str | None
    from_: str | None = None
    due: str | None = None
    from_reason: str | None = None
