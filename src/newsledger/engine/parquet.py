"""The Parquet dataset a batch run writes: one folder per table, one file per batch.

::

    out_dir/articles/part-000000.parquet
    out_dir/mentions/part-000000.parquet
    ...

Column names and meanings are the codec's (``newsledger.store.codec``), so the dataset, the
store and the JSON export agree; dates are Parquet dates, lists of strings are lists, and nested
records (none in these tables today) would be JSON text. Each file is written under a temporary
name and renamed when complete, so a failed or retried task never leaves half a file.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from newsledger.errors import require
from newsledger.model import Analysis
from newsledger.store.codec import LAYER_KINDS, Column, columns, to_record

#: The tables of a batch dataset, in order. Sentences are left out: they are cheap to
#: recompute and would be the largest table, while claims and quotes already carry their text.
TABLES: tuple[str, ...] = (
    "articles",
    "mentions",
    "times",
    "quantities",
    "quotes",
    "attributions",
    "claims",
    "deadlines",
)

#: Parquet compression: zstd is about a third smaller than snappy on news text for similar
#: speed (pyarrow's own benchmarks), and every current Parquet reader supports it.
COMPRESSION = "zstd"

_KIND = {"articles": "article", **LAYER_KINDS}


def part_name(part: int) -> str:
    """The file name of batch ``part`` in every table folder."""
    return f"part-{part:06d}.parquet"


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of one dataset table, built from the codec's columns."""
    pa = require("pyarrow", "parquet")
    return pa.schema(
        [
            pa.field(column.name, _arrow_type(pa, column), nullable=column.optional)
            for column in columns(_KIND[table])
        ]
    )


def _arrow_type(pa: Any, column: Column) -> Any:
    return {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "strs": pa.list_(pa.string()),
        "json": pa.string(),
    }[column.type]


def arrow_table(table: str, analyses: Sequence[Analysis]) -> Any:
    """The rows ``analyses`` contribute to one dataset table, as a pyarrow Table."""
    pa = require("pyarrow", "parquet")
    schema = arrow_schema(table)
    if table == "articles":
        records = [to_record(analysis.article) for analysis in analyses]
    else:
        records = [to_record(item) for analysis in analyses for item in getattr(analysis, table)]
    data = {}
    for column in columns(_KIND[table]):
        values = [record[column.name] for record in records]
        if column.type == "date":
            values = [None if v is None else date.fromisoformat(v) for v in values]
        data[column.name] = values
    return pa.table(data, schema=schema)


class PartWriter:
    """Writes one batch's rows to a part file in every table, a row group per ``write``.

    Use as a context manager: the files appear under their final names only when it exits
    without an error.
    """

    def __init__(self, out_dir: Path, part: int) -> None:
        self._pq = require("pyarrow.parquet", "parquet")
        self._final = {table: out_dir / table / part_name(part) for table in TABLES}
        self._temporary = {
            # Unique per process and thread: a retried task may overlap the attempt it replaces.
            table: path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            for table, path in self._final.items()
        }
        self._writers: dict[str, Any] = {}
        self.rows: dict[str, int] = dict.fromkeys(TABLES, 0)

    def __enter__(self) -> PartWriter:
        for table in TABLES:
            self._temporary[table].parent.mkdir(parents=True, exist_ok=True)
            self._writers[table] = self._pq.ParquetWriter(
                self._temporary[table], arrow_schema(table), compression=COMPRESSION
            )
        return self

    def write(self, analyses: Sequence[Analysis]) -> None:
        if not analyses:
            return
        for table in TABLES:
            rows = arrow_table(table, analyses)
            self._writers[table].write_table(rows)
            self.rows[table] += rows.num_rows

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for writer in self._writers.values():
            writer.close()
        for table, temporary in self._temporary.items():
            if exc_type is None:
                temporary.replace(self._final[table])
            else:
                temporary.unlink(missing_ok=True)


def write_part(analyses: Sequence[Analysis], out_dir: Path, part: int) -> dict[str, int]:
    """Write ``analyses`` as part ``part`` of the dataset in ``out_dir``; rows per table."""
    with PartWriter(out_dir, part) as writer:
        writer.write(analyses)
    return writer.rows


def read_table(out_dir: Path, table: str) -> Any:
    """One table of a batch dataset as a pyarrow Table, its parts in order."""
    pa = require("pyarrow", "parquet")
    pq = require("pyarrow.parquet", "parquet")
    parts = sorted((out_dir / table).glob("part-*.parquet"))
    schema = arrow_schema(table)
    tables = [pq.read_table(path, schema=schema) for path in parts]
    return pa.concat_tables(tables) if tables else schema.empty_table()


def dataset_parts(out_dir: Path) -> Iterable[Path]:
    """The part files of a batch dataset already in ``out_dir``."""
    for table in TABLES:
        yield from sorted((out_dir / table).glob("part-*.parquet"))
