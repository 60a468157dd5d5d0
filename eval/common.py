"""Shared scoring helpers: where the data is, precision/recall/F1, and the floor ratchet."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FLOORS = Path(__file__).resolve().parent / "floors"


def data_dir() -> Path:
    """``$NEWSLEDGER_DATA`` or ``../shared/data`` beside the repository."""
    return Path(os.environ.get("NEWSLEDGER_DATA", ROOT.parent / "shared" / "data"))


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives."""

    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        return f"{name:<32} P {self.precision:6.3f}  R {self.recall:6.3f}  F1 {self.f1:6.3f}"


def load_floors(suite: str) -> dict[str, float]:
    path = FLOORS / f"{suite}.json"
    if not path.exists():
        return {}
    floors: dict[str, float] = json.loads(path.read_text(encoding="utf-8"))
    return floors


def check_floors(suite: str, scores: dict[str, float]) -> list[str]:
    """Names of pinned scores that fell below their floor (empty when all hold)."""
    failures = []
    for key, floor in load_floors(suite).items():
        if key in scores and scores[key] + 1e-9 < floor:
            failures.append(f"{suite}.{key}: {scores[key]:.4f} < floor {floor:.4f}")
    return failures


def table(rows: Iterable[tuple[str, ...]]) -> str:
    rows = list(rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)
