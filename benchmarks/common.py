"""Timing and peak-memory helpers shared by the benchmarks."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Measurement:
    name: str
    items: int
    seconds: float
    peak_mib: float

    @property
    def per_second(self) -> float:
        return self.items / self.seconds if self.seconds else float("inf")

    def row(self, unit: str = "docs") -> str:
        return (
            f"{self.name:<36} {self.items:>8} {unit} in {self.seconds:8.3f}s  "
            f"{self.per_second:10.1f} {unit}/s  peak {self.peak_mib:8.1f} MiB"
        )


def measure(name: str, items: int, work: Callable[[], T]) -> tuple[Measurement, T]:
    """Run ``work`` once, timing it and tracing peak Python heap memory."""
    tracemalloc.start()
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return Measurement(name, items, seconds, peak / 2**20), result
