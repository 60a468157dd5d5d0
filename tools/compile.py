"""Optional compiled build: the hot pure-Python modules compiled with mypyc, in place.

    python tools/compile.py build     # `make compiled`: build the extension modules
    python tools/compile.py clean     # `make pure`: remove them (pure Python again)
    python tools/compile.py status    # which modules are compiled, and any that are stale

The extension modules are written next to their sources (``src/newsledger/**/NAME.cpython-*.so``)
with mypyc's shared runtime as ``src/newsledger__mypyc.cpython-*.so``: the editable install
puts ``src`` on the path, and Python's import system prefers an extension module to the
``.py`` beside it, so every entry point (CLI, tests, benchmarks, eval) runs the compiled code
until ``clean``. Pure Python stays the default: nothing here runs in ``make test`` or CI.
``newsledger.compiled.compiled_modules()`` tells at run time what is compiled.

Only the per-article rule code is compiled (extraction, cross-check, signatures, store
encoding): the rest is I/O, SQL, rendering or web, where the time is not spent in
Python bytecode. ``LEFT_PURE`` lists the modules of those packages left out, with the reason.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "newsledger"

#: Name of mypyc's shared library (``newsledger__mypyc``): one per build, holding every
#: compiled module's code; the per-module ``.so`` files are small shims importing it.
GROUP = "newsledger"

#: Where mypyc writes the generated C and setuptools its objects (ignored by git).
BUILD = ROOT / "build" / "mypyc"

#: What is compiled: packages (every module under them) and single modules, relative to
#: ``src/newsledger``. The rest of ``group/`` and ``ingest/dedupe.py`` compile as they are and
#: give the same stories and copy marks, but ran no faster (group 0.71-0.88 ms/article
#: compiled, 0.75-0.84 pure), so they stay out.
COMPILED: tuple[str, ...] = (
    "extract",
    "compare",
    "group/signature.py",
    "store/codec.py",
    "store/rows.py",
)

#: Modules and packages tried and left pure Python (or left out of those above), and why.
LEFT_PURE: dict[str, str] = {
    "model": (
        "mypyc makes the frozen slotted dataclasses native classes, which have no slot "
        "descriptors: span_factory (model/span.py) and Analysis.with_items build items "
        "through them and fail, and store/codec.py cannot read their type hints; with those "
        "worked around (analysis.py left pure), extraction was identical but slower "
        "(2.41-2.63 ms/article against 2.22-2.32 with the model in Python)"
    ),
}


def modules() -> list[Path]:
    """The source files compiled, sorted."""
    found: set[Path] = set()
    for entry in COMPILED:
        path = PACKAGE / entry
        found.update(path.rglob("*.py") if path.is_dir() else [path])
    left = [PACKAGE / name for name in LEFT_PURE]
    return sorted(path for path in found if not any(path.is_relative_to(out) for out in left))


def built_files() -> list[Path]:
    """Every extension module under ``src``: this project ships none of its own, so each one
    is from this build."""
    return sorted(path for path in SRC.rglob("*.so") if path.is_file())


def build(jobs: int) -> int:
    sources = [str(path.relative_to(ROOT)) for path in modules()]
    started = time.monotonic()
    clean()
    compile_modules(sources, group=GROUP, build=BUILD, jobs=jobs)
    elapsed = time.monotonic() - started
    print(f"compiled {len(sources)} modules in {elapsed:.0f} s (wall); `make pure` removes them")
    print(
        "every process that imports newsledger from this checkout now runs them, and a source "
        "edited from now on runs its old compiled code until `make compiled` again: in a "
        "checkout others work in, build in a worktree of your own instead"
    )
    return 0


def compile_modules(
    sources: list[str], *, group: str, build: Path, jobs: int, out: Path | None = None
) -> None:
    """Compile ``sources`` (paths relative to the repository root) into one mypyc group: in
    place next to the sources, or under ``out`` (the tests build there, leaving ``src`` be)."""
    # Imported here: `clean` and `status` need neither mypyc, a C compiler nor setuptools.
    from mypyc.build import mypycify

    build.mkdir(parents=True, exist_ok=True)
    here = Path.cwd()
    os.chdir(ROOT)  # mypy names the modules from paths relative to here (src/newsledger/...)
    try:
        extensions = mypycify(
            # a cache of its own: mypyc's options would invalidate `mypy`'s usual one
            [f"--cache-dir={build / 'mypy-cache'}", *sources],
            opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"),
            multi_file=True,  # one C file per module, so `--parallel` compiles them side by side
            target_dir=str(build / "c"),
            group_name=group,
        )
        _build_ext(extensions, group=group, build=build, jobs=jobs, out=out)
    finally:
        os.chdir(here)


def _build_ext(
    extensions: list[Any], *, group: str, build: Path, jobs: int, out: Path | None
) -> None:
    from setuptools import Distribution

    # A bare Distribution rather than setup(): setup() would read the project's pyproject.toml,
    # which describes the hatch-built package, not these extension modules.
    attributes = {
        "name": f"{group}-compiled",
        "package_dir": {"": "src"},
        "ext_modules": extensions,
    }
    dist = Distribution(attributes)
    where = ["--inplace"] if out is None else [f"--build-lib={out}"]
    dist.script_args = [
        "--quiet",
        "build_ext",
        *where,
        f"--parallel={jobs}",
        f"--build-temp={build / 'temp'}",
    ]
    dist.parse_command_line()
    dist.run_commands()


def clean() -> int:
    removed = built_files()
    for path in removed:
        path.unlink()
    shutil.rmtree(BUILD, ignore_errors=True)
    if removed:
        print(f"removed {len(removed)} compiled files: pure Python again")
    return 0


def status() -> int:
    sys.path.insert(0, str(SRC))
    from newsledger.compiled import compiled_modules, describe, stale_modules

    print(describe())
    for name in compiled_modules():
        print(f"    {name}")
    return 1 if stale_modules() else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python tools/compile.py")
    parser.add_argument("command", choices=("build", "clean", "status"))
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    if args.command == "build":
        try:
            import mypyc.build  # noqa: F401
        except ImportError:
            print("mypyc comes with mypy: `make install-dev` first", file=sys.stderr)
            return 2
        return build(args.jobs)
    if args.command == "clean":
        return clean()
    return status()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
