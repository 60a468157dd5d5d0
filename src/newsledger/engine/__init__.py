"""Batch execution: the same top-level task functions, run locally or on a Dask cluster.

``run_batch(inputs, out_dir)`` reads, analyses and writes a Parquet dataset (one folder per
table, one file per batch). The task functions (``read_batch``, ``analyse_batch``,
``process_batch``) take and return plain picklable values, so Dask can ship them anywhere;
Dask and pyarrow are optional extras loaded only when used.
"""

from newsledger.engine.parquet import TABLES, read_table, write_part
from newsledger.engine.run import Batch, BatchReport, plan_batches, run_batch
from newsledger.engine.tasks import (
    ArticleFailure,
    BatchResult,
    analyse_batch,
    process_batch,
    read_batch,
)
from newsledger.extract import DEFAULT_STAGES

__all__ = [
    "DEFAULT_STAGES",
    "TABLES",
    "ArticleFailure",
    "Batch",
    "BatchReport",
    "BatchResult",
    "analyse_batch",
    "plan_batches",
    "process_batch",
    "read_batch",
    "read_table",
    "run_batch",
    "write_part",
]
