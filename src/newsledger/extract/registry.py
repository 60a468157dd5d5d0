"""The extractor registry: stages registered under versioned names, built-ins included.

An extractor is any callable ``(Analysis) -> Analysis`` registered with what it reads and
writes. Third-party extractors use the same decorator (or the ``newsledger.extractors``
entry-point group), so the built-ins have no privileged route.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Final, Protocol

from newsledger.errors import UnknownExtractorError
from newsledger.model import LAYERS, Analysis


class Extractor(Protocol):
    def __call__(self, analysis: Analysis, /) -> Analysis: ...


@dataclass(frozen=True, slots=True)
class ExtractorSpec:
    """A registered stage: its versioned name, short name, what it needs and produces."""

    name: str  # versioned, e.g. "newsledger.times.v1"
    short: str  # the name users type, e.g. "times"
    requires: tuple[str, ...]
    produces: tuple[str, ...]
    english_only: bool
    factory: Callable[[], Extractor]


_REGISTRY: Final[dict[str, ExtractorSpec]] = {}
_BUILTINS_LOADED = False


def register(
    name: str,
    *,
    requires: tuple[str, ...] = (),
    produces: tuple[str, ...],
    english_only: bool = True,
) -> Callable[[Callable[[], Extractor]], Callable[[], Extractor]]:
    """Register a factory that builds an extractor.

    ``name`` is versioned ("newsledger.times.v1"); the short name is its middle part.
    ``requires`` and ``produces`` are Analysis layers (see ``newsledger.model.LAYERS``).
    """
    for layer in (*requires, *produces):
        if layer not in LAYERS:
            raise ValueError(f"extractor {name}: unknown layer {layer!r}; layers are {LAYERS}")
    parts = name.split(".")
    short = parts[-2] if len(parts) >= 3 else parts[0]

    def decorate(factory: Callable[[], Extractor]) -> Callable[[], Extractor]:
        _REGISTRY[name] = ExtractorSpec(name, short, requires, produces, english_only, factory)
        return factory

    return decorate


def _load_builtins() -> None:
    global _BUILTINS_LOADED
    if _BUILTINS_LOADED:
        return
    _BUILTINS_LOADED = True
    # Importing the modules runs their @register decorators.
    from newsledger.extract import builtins  # noqa: F401

    for entry in entry_points(group="newsledger.extractors"):
        entry.load()


def lookup(name: str) -> ExtractorSpec:
    """Find a stage by versioned name ("newsledger.times.v1") or short name ("times"; the
    highest version wins)."""
    _load_builtins()
    if name in _REGISTRY:
        return _REGISTRY[name]
    candidates = sorted(
        (spec for spec in _REGISTRY.values() if spec.short == name),
        key=lambda spec: _version(spec.name),
    )
    if not candidates:
        raise UnknownExtractorError(
            f"unknown extractor {name!r}; known: {', '.join(available())}", name=name
        )
    return candidates[-1]


def available() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def _version(name: str) -> int:
    tail = name.rsplit(".", 1)[-1]
    return int(tail[1:]) if tail.startswith("v") and tail[1:].isdigit() else 0
