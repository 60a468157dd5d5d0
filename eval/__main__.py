"""``python -m eval [all|NAME ...] [--data DIR]``: score extractors against gold data."""

from __future__ import annotations

import importlib
import sys

SUITES: tuple[str, ...] = ("times", "quantities", "entities", "quotes", "stories", "crosscheck")


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")] or ["all"]
    rest = [a for a in argv if a.startswith("-")]
    if names == ["all"]:
        names = list(SUITES)
    status = 0
    for name in names:
        if name not in SUITES:
            print(f"unknown evaluation {name!r}; known: {', '.join(SUITES)}", file=sys.stderr)
            return 2
        try:
            module = importlib.import_module(f"eval.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"eval.{name}":
                raise
            print(f"== {name}: not built yet")
            continue
        print(f"== {name}")
        status = max(status, int(module.main(rest)))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
