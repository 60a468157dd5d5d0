"""The shapes of the API's views, for the OpenAPI document at /docs.

Record shapes come from the codec's columns (``newsledger.store.codec.columns``), so the API
documents the same field names and value types as the store and the JSON export, and cannot
drift from them. Every model forbids unknown keys: a test validates real responses against
this document, so a view that grows an undocumented field fails it.
"""

from __future__ import annotations

import keyword
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from newsledger.store.codec import LAYER_KINDS, Column, columns

_STRICT = ConfigDict(extra="forbid")

_TYPES: dict[str, Any] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "date": date,
    "strs": list[str],
    "json": Any,
}


def _field(column: Column) -> tuple[Any, Any]:
    kind = _TYPES[column.type]
    annotation = kind | None if column.optional else kind
    # "from" (Deadline.from_) is a keyword and some names shadow BaseModel attributes: such
    # fields get a safe Python name and keep the record's key as their alias.
    if keyword.iskeyword(column.name) or hasattr(BaseModel, column.name):
        return annotation, Field(alias=column.name)
    return annotation, ...


def record_model(
    name: str, kind: str, *, drop: frozenset[str] = frozenset(), **extra: Any
) -> type[BaseModel]:
    """A model of the codec record of ``kind``, without ``drop``, plus ``extra`` fields
    (name=(type, default or ...))."""
    fields: dict[str, Any] = {}
    for column in columns(kind):
        if column.name in drop:
            continue
        annotation, default = _field(column)
        key = column.name if default is ... else f"{column.name}_"
        fields[key] = (annotation, default)
    fields.update(extra)
    return create_model(name, __config__=_STRICT, **fields)


def _model(name: str, **fields: Any) -> type[BaseModel]:
    return create_model(name, __config__=_STRICT, **fields)


def list_of(model: type[BaseModel]) -> Any:
    """``list[model]`` for a model built at run time (a static checker cannot see it)."""
    return list[model]  # type: ignore[valid-type]


def optional(model: type[BaseModel]) -> Any:
    return model | None


Paging: dict[str, Any] = {"total": (int, ...), "limit": (int, ...), "offset": (int, ...)}

SpanRef = _model("SpanRef", start=(int, ...), end=(int, ...), text=(str, ...))
StoryRef = _model("StoryRef", id=(str, ...), title=(str, ...))

ArticleSummary = record_model(
    "ArticleSummary", "article", drop=frozenset({"text"}), chars=(int, ...), lead=(str, ...)
)
ArticleRecord = record_model("ArticleRecord", "article", lead=(str, ...))
LAYER_MODELS: dict[str, type[BaseModel]] = {
    layer: record_model(kind.title().replace("_", "") + "Record", kind)
    for layer, kind in LAYER_KINDS.items()
}
ArticleItems = _model(
    "ArticleItems", **{layer: (list_of(model), ...) for layer, model in LAYER_MODELS.items()}
)
ArticleView = _model(
    "ArticleView",
    article=(ArticleRecord, ...),
    items=(ArticleItems, ...),
    skipped=(dict[str, str], ...),
    stories=(list_of(StoryRef), ...),
)
ArticleListView = _model("ArticleListView", articles=(list_of(ArticleSummary), ...), **Paging)

StorySummary = _model(
    "StorySummary",
    id=(str, ...),
    title=(str, ...),
    articles=(list[str], ...),
    sources=(list[str], ...),
    first_published=(date | None, ...),
    last_published=(date | None, ...),
    checks=(int, ...),
    verdicts=(dict[str, int], ...),
    timeline=(int, ...),
)
StoryListView = _model("StoryListView", stories=(list_of(StorySummary), ...), **Paging)

CheckValueDetail = record_model(
    "CheckValueDetail",
    "check_value",
    span=(optional(SpanRef), ...),
    sentence=(optional(SpanRef), ...),
)
Statement = _model(
    "Statement",
    claim=(str, ...),
    article=(str | None, ...),
    source=(str | None, ...),
    attributed_to=(str | None, ...),
    hedged=(bool | None, ...),
    span=(optional(SpanRef), ...),
    sentence=(optional(SpanRef), ...),
)
CheckDetail = record_model(
    "CheckDetail",
    "check",
    drop=frozenset({"values"}),
    values=(list_of(CheckValueDetail), ...),
    statements=(list_of(Statement), ...),
)
SpeakerQuotes = _model(
    "SpeakerQuotes", speaker=(str | None, ...), quotes=(list_of(LAYER_MODELS["quotes"]), ...)
)
EntityRecord = record_model("EntityRecord", "entity", mention_count=(int, ...))
StoryEntity = record_model(
    "StoryEntity", "entity", mention_count=(int, ...), mentions_in_story=(int, ...)
)
StoryDetail = _model(
    "StoryDetail",
    id=(str, ...),
    title=(str, ...),
    articles=(list_of(ArticleSummary), ...),
    checks=(list_of(CheckDetail), ...),
    timeline=(list_of(record_model("TimelineEntryRecord", "timeline_entry")), ...),
    quotes=(list_of(SpeakerQuotes), ...),
    entities=(list_of(StoryEntity), ...),
)
StoryView = _model("StoryView", story=(StoryDetail, ...))
EntityListView = _model("EntityListView", entities=(list_of(EntityRecord), ...), **Paging)

SearchResult = record_model(
    "SearchResult",
    "article",
    drop=frozenset({"text"}),
    chars=(int, ...),
    lead=(str, ...),
    snippet=(str, ...),
)
SearchView = _model(
    "SearchView", query=(str, ...), limit=(int, ...), articles=(list_of(SearchResult), ...)
)
IngestView = _model(
    "IngestView",
    article=(ArticleSummary, ...),
    created=(bool, ...),
    stories=(list_of(StoryRef), ...),
)


class ErrorDetail(BaseModel):
    model_config = _STRICT

    code: str = Field(description="stable snake_case code, e.g. not_found")
    message: str
    status: int


class ErrorBody(BaseModel):
    """Every error of every route has this shape."""

    model_config = _STRICT

    error: ErrorDetail
