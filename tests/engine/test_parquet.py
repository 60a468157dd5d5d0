"""The Parquet tables hold exactly the codec's records."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

# The model strategies live with the store tests, which round-trip the same objects.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))
from store_strategies import analyses

from newsledger.engine import TABLES, read_table, write_part
from newsledger.engine.parquet import arrow_schema
from newsledger.model import Analysis
from newsledger.store.codec import LAYER_KINDS, columns, from_record


def _record(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row as a codec record: Parquet dates are dates, records hold ISO strings."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(analysis=analyses())
def test_parquet_rows_decode_to_the_items_written(tmp_path: Path, analysis: Analysis) -> None:
    out = tmp_path / analysis.article.id.encode().hex()[:40]
    write_part([analysis], out, 0)
    articles = read_table(out, "articles").to_pylist()
    assert [from_record("article", _record(row)) for row in articles] == [analysis.article]
    for table in TABLES[1:]:
        rows = read_table(out, table).to_pylist()
        decoded = tuple(from_record(LAYER_KINDS[table], _record(row)) for row in rows)
        assert decoded == getattr(analysis, table), table


@pytest.mark.parametrize("table", TABLES)
def test_parquet_schema_has_the_codec_columns_in_order(table: str) -> None:
    kind = "article" if table == "articles" else LAYER_KINDS[table]
    assert arrow_schema(table).names == [column.name for column in columns(kind)]


def test_parquet_read_table_of_an_empty_dataset_has_the_schema(tmp_path: Path) -> None:
    empty = read_table(tmp_path, "claims")
    assert (empty.num_rows, empty.schema) == (0, arrow_schema("claims"))
