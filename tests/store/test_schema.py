"""The store's tables agree with the codec, so every record field has a column."""

from __future__ import annotations

import pytest

from newsledger.model import LAYERS
from newsledger.store import schema
from newsledger.store.codec import LAYER_KINDS, columns
from newsledger.store.migrations import MIGRATIONS, SCHEMA_VERSION


@pytest.mark.parametrize("layer", LAYERS)
def test_schema_layer_table_has_the_codec_columns(layer: str) -> None:
    table = schema.LAYERS[layer]
    record_columns = {c.name for c in columns(LAYER_KINDS[layer])}
    assert {c.name for c in table.columns} - schema.BOOKKEEPING == record_columns


@pytest.mark.parametrize("layer", LAYERS)
def test_schema_nullable_columns_are_the_optional_fields(layer: str) -> None:
    table = schema.LAYERS[layer]
    optional = {c.name for c in columns(LAYER_KINDS[layer]) if c.optional}
    assert {c.name for c in table.columns if c.nullable} == optional


def test_schema_articles_table_has_the_article_columns() -> None:
    names = {c.name for c in schema.articles.columns} - schema.BOOKKEEPING
    assert names == {c.name for c in columns("article")}


def test_schema_version_is_the_number_of_migrations() -> None:
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 1
