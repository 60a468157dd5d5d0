"""Quantity extraction speed against quantulum3: same sentences, same run.

``python -m benchmarks quantities [--limit=N]``

The text is news sentences: the detokenised MEANTIME and ECB+ articles from ``../shared/data``
when present (split into sentences by newsledger's splitter), else the project's gold-set
sentences and the two example articles. Both systems get the same list of sentences, one call
per sentence, after one warm-up call each (quantulum3 loads its classifier on first use).

Speed is CPU time of this process (``time.process_time``: on a shared machine wall time
counts other people's work), untraced, best of ``REPEATS`` runs for newsledger (one run takes
a few hundredths of a second) and one run for quantulum3 (seconds). Peak memory comes from a
separate traced run (``benchmarks.common.measure``), because tracemalloc slows pure-Python
code about tenfold and would blur the speed comparison. Reported: sentences and quantities
per second for each, and how many times faster newsledger is on the same text. ``--limit``
caps the number of sentences (quantulum3 takes a few milliseconds each).
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.common import data_dir, read_jsonl
from eval.detok import detokenise
from eval.quantities import disable_broken_classifier

from benchmarks.common import Measurement, measure
from newsledger.extract.quantities import find_quantities
from newsledger.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold" / "quantities" / "gold.jsonl"
EXAMPLES = ROOT / "examples" / "border-2025"
#: Default cap on sentences: enough for a stable quantulum3 timing in well under a minute.
DEFAULT_LIMIT = 3000
#: Timed runs of newsledger, the best kept (a single run is too short to time steadily).
REPEATS = 5


def sentences(limit: int) -> list[str]:
    """News sentences, at most ``limit``."""
    found: list[str] = []
    for text in _texts():
        found.extend(text[s:e] for s, e in split_sentences(text))
        if len(found) >= limit:
            break
    return found[:limit]


def _texts() -> Iterator[str]:
    root = data_dir()
    corpora = [root / "meantime" / "docs.jsonl", root / "ecbplus" / "docs.jsonl"]
    if any(path.exists() for path in corpora):
        for path in corpora:
            if path.exists():
                for record in read_jsonl(path):
                    yield detokenise(record["text"]).text
        return
    for record in read_jsonl(GOLD):
        yield record["text"]
    for path in sorted(EXAMPLES.glob("*.txt")):
        yield path.read_text(encoding="utf-8")


def _ours(batch: list[str]) -> int:
    return sum(len(find_quantities(text, "bench")) for text in batch)


def _quantulum() -> Callable[[list[str]], int] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    logging.getLogger("quantulum3").setLevel(logging.ERROR)
    disable_broken_classifier()

    def run(batch: list[str]) -> int:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found: list[Any] = [q for text in batch for q in parser.parse(text)]
        return len(found)

    return run


@dataclass(frozen=True)
class Timed:
    seconds: float
    row: str


def _timed(name: str, batch: list[str], work: Callable[[list[str]], int], repeats: int) -> Timed:
    """Best CPU time of ``repeats`` untraced runs, with memory from a traced one."""
    work(batch[:1])  # warm-up: imports, caches, quantulum3's classifier
    best = float("inf")
    found = 0
    for _ in range(repeats):
        started = time.process_time()
        found = work(batch)
        best = min(best, time.process_time() - started)
    traced, _ = measure(name, len(batch), lambda: work(batch))
    timing = Measurement(name, len(batch), best, traced.peak_mib)
    rate = found / best if best else float("inf")
    row = f"{timing.row('sentences')}  {found:>6} quantities  {rate:10.1f} quantities/s"
    return Timed(best, row)


def main(argv: list[str]) -> int:
    limit = DEFAULT_LIMIT
    for arg in argv:
        if arg.startswith("--limit="):
            limit = int(arg.split("=", 1)[1])
    batch = sentences(limit)
    print(f"{len(batch)} sentences, {sum(map(len, batch))} characters")
    ours = _timed("newsledger quantities", batch, _ours, REPEATS)
    print(ours.row)
    quantulum = _quantulum()
    if quantulum is None:
        print("quantulum3 is not installed: no baseline (pip install quantulum3)")
        return 0
    theirs = _timed("quantulum3", batch, quantulum, 1)
    print(theirs.row)
    ratio = theirs.seconds / ours.seconds if ours.seconds else float("inf")
    print(f"newsledger is {ratio:.1f}x quantulum3's speed on this text (CPU time)")
    return 0
