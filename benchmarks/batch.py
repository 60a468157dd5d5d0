"""Batch engine throughput: articles read, analysed and written to Parquet per second.

``python -m benchmarks batch [--articles N] [--batch-size B] [--dask]``. The inputs are the
bundled example articles copied to N files, each made distinct by a closing line (so none is
dropped as a duplicate). ``--dask`` also runs on a local Dask cluster (one process per core).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from benchmarks.common import measure
from newsledger.engine import run_batch

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "border-2025"


def _inputs(folder: Path, count: int) -> Path:
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLE.glob("*.txt"))]
    folder.mkdir()
    for n in range(count):
        text = texts[n % len(texts)].rstrip() + f"\n\nThis is copy number {n}.\n"
        (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks batch")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--dask", action="store_true", help="also run on a Dask LocalCluster")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        inputs = _inputs(Path(scratch) / "in", args.articles)
        engines = ["local", *(["dask"] if args.dask else [])]
        for engine in engines:
            scheduler = "local" if engine == "local" else None
            result, report = measure(
                f"batch {engine}",
                args.articles,
                lambda scheduler=scheduler, engine=engine: run_batch(
                    [inputs],
                    Path(scratch) / f"out-{engine}",
                    scheduler=scheduler,
                    batch_size=args.batch_size,
                ),
            )
            print(result.row("articles"), f"({report.batches} batches, {report.rows})")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
