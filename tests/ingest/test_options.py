"""ReadOptions: validated where built, picklable for the Dask engine."""

from __future__ import annotations

import pickle
from datetime import date, datetime
from pathlib import Path

import pytest

from newsledger.errors import UsageError
from newsledger.ingest import ReadOptions


def test_options_survive_pickling() -> None:
    options = ReadOptions(date=date(2025, 1, 22), source="AP", manifest=Path("m.csv"))
    assert pickle.loads(pickle.dumps(options)) == options


@pytest.mark.parametrize("max_bytes", [0, -1])
def test_options_refuse_a_size_limit_below_one(max_bytes: int) -> None:
    with pytest.raises(UsageError):
        ReadOptions(max_bytes=max_bytes)


def test_options_keep_only_the_day_of_a_datetime() -> None:
    assert ReadOptions(date=datetime(2025, 1, 22, 23, 30)).date == date(2025, 1, 22)
