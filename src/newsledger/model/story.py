"""Stories and their cross-check: what independent sources agree on and where they differ."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    AGREE = "agree"
    CONFLICT = "conflict"
    VAGUER = "vaguer"
    UPDATE = "update"
    SINGLE_SOURCE = "single_source"


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """An entity merged across articles, with every mention kept (as Mention ids)."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckValue:
    """One source's statement inside a check: the claim, its value as text, who it rests on."""

    claim: str
    article: str
    value: str
    source: str
    attributed_to: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Check:
    """Claims of one story aligned as being about the same thing, with a verdict and reason."""

    id: str
    verdict: Verdict
    about: str
    claims: tuple[str, ...]
    values: tuple[CheckValue, ...] = ()
    independent_sources: int = 1
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    date: str
    text: str
    claims: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    kind: str = "event"  # "event" or "deadline"


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    id: str
    title: str
    articles: tuple[str, ...]
    checks: tuple[Check, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    entities: tuple[str, ...] = field(default_factory=tuple)
