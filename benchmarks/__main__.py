"""``python -m benchmarks [all|NAME ...]``."""

from __future__ import annotations

import importlib
import sys

SUITES: tuple[str, ...] = ("ingest", "times", "quantities", "who", "pipeline", "store", "batch")


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")] or ["all"]
    rest = [a for a in argv if a.startswith("-")]
    if names == ["all"]:
        names = list(SUITES)
    for name in names:
        if name not in SUITES:
            print(f"unknown benchmark {name!r}; known: {', '.join(SUITES)}", file=sys.stderr)
            return 2
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"benchmarks.{name}":
                raise
            print(f"== {name}: not built yet")
            continue
        print(f"== {name}")
        module.main(rest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
