"""Article text with every extracted item highlighted at its offsets.

Items overlap (a mention inside a quote inside a claim), so the text is cut at every item
boundary and each piece is wrapped once, with one CSS class per kind of item covering it and
the ids of those items; the page's script shows the items of a clicked piece. Pieces are
slices of the stored text, escaped, so the page shows exactly the characters the offsets
point into.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from newsledger.web.markup import Html, esc, fmt, join

#: Analysis layer -> highlight kind, in legend order. Sentences are not highlighted: they
#: tile the whole text.
KINDS: dict[str, str] = {
    "mentions": "entity",
    "times": "time",
    "quantities": "quantity",
    "quotes": "quote",
    "claims": "claim",
    "attributions": "attribution",
    "deadlines": "deadline",
}

#: What each kind means, for the legend.
KIND_HELP: dict[str, str] = {
    "entity": "people, organisations, places, laws, documents, outlets",
    "time": "dates, times, durations (TIMEX3)",
    "quantity": "figures with their precision and what they count",
    "quote": "direct and indirect quotes",
    "claim": "checkable statements",
    "attribution": "on whose word a sentence rests",
    "deadline": "time limits and their due dates",
}


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    kind: str
    id: str
    summary: str


def describe(kind: str, record: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The fields of an item worth showing, as (label, value) pairs with unknowns left out."""
    keys = _DETAIL_KEYS.get(kind, ())
    details = []
    for key in keys:
        value = record.get(key)
        if value is None or value == "" or value is False:
            continue
        if key in ("low", "high") and value == record.get("value"):
            continue  # an exact figure: its bounds repeat it
        details.append((key, "yes" if value is True else _number(value)))
    return details


_DETAIL_KEYS: dict[str, tuple[str, ...]] = {
    "entity": ("type", "name"),
    "time": ("type", "value", "anchor"),
    "quantity": ("value", "low", "high", "approximate", "vague", "unit", "counted", "change"),
    "quote": ("speaker", "verb", "direct"),
    "claim": ("subject", "predicate", "attributed_to", "hedged"),
    "attribution": ("source", "kind", "cue"),
    "deadline": ("who", "what", "duration", "from", "due", "from_reason"),
}


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int | float):
        return f"{value:,}"
    return str(value)


def _summary(details: list[tuple[str, str]]) -> str:
    """Details as a one-line hover text: values, and the names of flags that are set."""
    return " · ".join(label if value == "yes" else value for label, value in details)


def item_index(items: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Every highlighted item by id, with its kind, text, offsets and details (for the page
    script)."""
    index: dict[str, dict[str, Any]] = {}
    for layer, kind in KINDS.items():
        for record in items.get(layer, ()):
            index[str(record["id"])] = {
                "kind": kind,
                "text": record["text"],
                "start": record["start"],
                "end": record["end"],
                "details": describe(kind, record),
            }
    return index


def highlight(text: str, items: Mapping[str, Sequence[Mapping[str, Any]]]) -> Html:
    """``text`` as escaped HTML with every item of ``items`` (layer -> records) marked."""
    marks = sorted(_marks(text, items), key=lambda mark: (mark.start, -mark.end))
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces: list[Html] = []
    active: list[_Mark] = []
    pending = 0
    for start, end in pairwise(bounds):
        while pending < len(marks) and marks[pending].start <= start:
            active.append(marks[pending])
            pending += 1
        active = [mark for mark in active if mark.end > start]
        pieces.append(_piece(text[start:end], active))
    return join(pieces)


def _marks(text: str, items: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[_Mark]:
    """Marks for items whose offsets are a non-empty slice of ``text`` (others are listed in
    the item tables but cannot be drawn)."""
    marks = []
    for layer, kind in KINDS.items():
        for record in items.get(layer, ()):
            start, end = int(record["start"]), int(record["end"])
            if 0 <= start < end <= len(text):
                summary = _summary(describe(kind, record))
                marks.append(_Mark(start, end, kind, str(record["id"]), summary))
    return marks


def _piece(fragment: str, active: list[_Mark]) -> Html:
    if not active:
        return esc(fragment)
    kinds = sorted({mark.kind for mark in active}, key=list(KINDS.values()).index)
    return fmt(
        '<span class="hl {classes}" data-ids="{ids}" title="{title}">{fragment}</span>',
        classes=" ".join(f"k-{kind}" for kind in kinds),
        ids=" ".join(mark.id for mark in active),
        title="\n".join(
            f"{mark.kind}: {mark.summary}" if mark.summary else mark.kind for mark in active
        ),
        fragment=fragment,
    )
