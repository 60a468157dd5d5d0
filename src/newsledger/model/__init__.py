"""The vocabulary every part of newsledger speaks. Imports nothing but ``newsledger.errors``."""

from newsledger.model.analysis import LAYERS, Analysis
from newsledger.model.article import Article
from newsledger.model.items import (
    Attribution,
    Claim,
    Deadline,
    EntityType,
    Mention,
    Quantity,
    Quote,
    Sentence,
    TimeExpr,
    TimeType,
    item_id,
)
from newsledger.model.span import Span, make_span
from newsledger.model.story import Check, CheckValue, Entity, Story, TimelineEntry, Verdict

__all__ = [
    "LAYERS",
    "Analysis",
    "Article",
    "Attribution",
    "Check",
    "CheckValue",
    "Claim",
    "Deadline",
    "Entity",
    "EntityType",
    "Mention",
    "Quantity",
    "Quote",
    "Sentence",
    "Span",
    "Story",
    "TimeExpr",
    "TimeType",
    "TimelineEntry",
    "Verdict",
    "item_id",
    "make_span",
]
