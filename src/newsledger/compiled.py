"""Which newsledger modules run compiled (the optional mypyc build, ``make compiled``).

The build writes an extension module next to each compiled source; the import system prefers
it to the ``.py`` file, so a module with an extension module beside it runs compiled. This
module itself is never compiled: it must answer in both builds.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _extensions() -> dict[str, Path]:
    """Source path (without suffix) -> its extension module, for each compiled module."""
    found: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.so"):
        # The most specific suffix first (".cpython-311-x86_64-linux-gnu.so" before ".so").
        suffix = next((s for s in EXTENSION_SUFFIXES if path.name.endswith(s)), None)
        if suffix is not None:
            found[str(path)[: -len(suffix)]] = path
    return found


def compiled_modules() -> list[str]:
    """Dotted names of the modules that import compiled, sorted; empty in the pure build."""
    root = PACKAGE.parent
    return sorted(
        ".".join(Path(stem).relative_to(root).parts).removesuffix(".__init__")
        for stem in _extensions()
    )


def stale_modules() -> list[str]:
    """Compiled modules whose source changed after the build: they still run the old code
    until ``make compiled`` again (or ``make pure``)."""
    root = PACKAGE.parent
    stale = []
    for stem, extension in _extensions().items():
        source = Path(stem + ".py")
        if source.exists() and source.stat().st_mtime > extension.stat().st_mtime:
            stale.append(".".join(Path(stem).relative_to(root).parts))
    return sorted(stale)


def describe() -> str:
    """One line for version and benchmark output: what ran."""
    names = compiled_modules()
    if not names:
        return "pure Python"
    stale = stale_modules()
    note = f", {len(stale)} STALE (sources changed since the build)" if stale else ""
    return f"compiled with mypyc: {len(names)} modules{note}"
