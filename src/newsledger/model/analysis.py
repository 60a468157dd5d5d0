"""Analysis: one article with everything the extractors found in it.

This is the one rich document type that pipeline stages read and write (like spaCy's Doc).
It is immutable: a stage returns ``analysis.with_items(times=...)``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from newsledger.model.article import Article
from newsledger.model.items import (
    Attribution,
    Claim,
    Deadline,
    Mention,
    Quantity,
    Quote,
    Sentence,
    TimeExpr,
)

#: The layers an Analysis holds, in pipeline order; extractors declare them in requires/produces.
LAYERS: tuple[str, ...] = (
    "sentences",
    "mentions",
    "times",
    "quantities",
    "quotes",
    "attributions",
    "claims",
    "deadlines",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    #: layers that have been run (a layer can legitimately be empty)
    done: frozenset[str] = frozenset()
    #: layers skipped and why (e.g. {"times": "language fr"})
    skipped: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return self.article.text

    def with_items(self, **layers: Any) -> Analysis:
        """Return a copy with the given layers replaced (as tuples) and marked done."""
        if not _REPLACEABLE.issuperset(layers):
            unknown = set(layers) - _REPLACEABLE
            raise KeyError(f"unknown analysis layers: {sorted(unknown)}")
        changed: dict[str, Any] = {
            k: (v if k == "article" else tuple(v)) for k, v in layers.items()
        }
        changed["done"] = self.done.union(k for k in layers if k != "article")
        if type(self) is not Analysis:
            return replace(self, **changed)
        # every stage makes a copy of every article's analysis: its fields are copied here
        # rather than through ``dataclasses.replace`` (keyword arguments, one check per
        # field), which cost five times as much
        copy = _new_analysis(Analysis)
        for name in _FIELDS:
            _set_field(copy, name, changed[name] if name in changed else getattr(self, name))
        return copy

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset``, if sentences were split."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def items(self) -> dict[str, tuple[Any, ...]]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name in LAYERS}


#: What ``with_items`` may replace, and the fields it copies.
_REPLACEABLE: frozenset[str] = frozenset({*LAYERS, "article"})
_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Analysis))
_new_analysis = object.__new__
#: Sets a field of a frozen instance (as the dataclass's own ``__init__`` does).
_set_field = object.__setattr__
