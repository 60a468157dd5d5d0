from __future__ import annotations

import gc

import pytest

from newsledger.engine.tuning import BATCH_GC_THRESHOLD, batch_gc


def test_tuning_batch_gc_raises_threshold_inside() -> None:
    with batch_gc():
        assert gc.get_threshold()[0] == BATCH_GC_THRESHOLD


def test_tuning_batch_gc_restores_settings_after_an_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), batch_gc():
        raise RuntimeError("boom")
    assert gc.get_threshold() == before
