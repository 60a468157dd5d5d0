"""Accuracy gate: the quantity extractor on its gold set and on MEANTIME must hold its floors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the eval package lives beside src/, not inside it

from eval.common import check_floors, data_dir, load_floors, read_jsonl  # noqa: E402

from eval import quantities  # noqa: E402

_HAS_MEANTIME = (data_dir() / "meantime" / "values.jsonl").exists()


def test_gate_quantities_floors_are_pinned() -> None:
    floors = load_floors("quantities")
    assert {"gold.value_f1", "gold.counted_acc", "heldout.value_f1", "meantime.span_f1"} <= set(
        floors
    )


def test_gate_quantities_gold_set_is_in_the_repository() -> None:
    records = list(read_jsonl(quantities.GOLD))
    assert sum(len(r["quantities"]) for r in records) >= 200
    for record in records:
        for q in record["quantities"]:
            assert record["text"][q["start"] : q["end"]] == q["text"]


def test_gate_quantities_gold_meets_floors(capsys: pytest.CaptureFixture[str]) -> None:
    status = quantities.main(["--no-baseline", "--no-meantime"])
    output = capsys.readouterr().out
    assert status == 0, output


@pytest.mark.skipif(not _HAS_MEANTIME, reason="no ../shared/data")
def test_gate_quantities_meantime_meets_floors(capsys: pytest.CaptureFixture[str]) -> None:
    status = quantities.main(["--no-baseline"])
    output = capsys.readouterr().out
    assert status == 0, output


@pytest.mark.slow
@pytest.mark.parametrize("split", [None, "test"])
def test_gate_quantities_beats_quantulum3_on_every_measure(split: str | None) -> None:
    baseline = quantities.quantulum_system()
    if baseline is None:
        pytest.skip("quantulum3 is not installed")
    records = [r for r in read_jsonl(quantities.GOLD) if split in (None, r.get("split"))]
    tallies = quantities.score_gold(
        {"newsledger": quantities.newsledger_system, "quantulum3": baseline}, records
    )
    ours, theirs = tallies["newsledger"].scores(), tallies["quantulum3"].scores()
    assert all(ours[m] > theirs[m] for m in quantities.GOLD_MEASURES), (ours, theirs)


def test_gate_quantities_floor_check_reports_a_drop() -> None:
    pinned = load_floors("quantities")
    lowered = {key: value - 0.1 for key, value in pinned.items()}
    assert len(check_floors("quantities", lowered)) == len(pinned)
