"""The ``quantities`` stage: figures with their precision and what they count.

"1,500 active duty troops" -> value 1500 (low = high = 1500), counted "active duty troops",
head "troops"; "more than 5,000" -> low 5000, no value; "roughly 2,200" -> value 2200,
approximate; "thousands" -> vague, low 2000. Money carries its ISO 4217 code as unit, percent
"%". Years, dates, times of day and durations are left to the time extractor; phone numbers,
ordinals, identifiers and numbers inside names are not quantities. See ``extract/quantity/``
for how, and ``eval/gold/quantities/README.md`` for the conventions in full.
"""

from __future__ import annotations

import re
from typing import Final

from newsledger.extract.quantity import Found, scan
from newsledger.extract.registry import Extractor, register
from newsledger.model import Analysis, Quantity, item_id
from newsledger.model.span import span_factory

_make_quantity: Final = span_factory(Quantity)


#: Number words and magnitudes, either case of the first letter (faster than IGNORECASE).
_NUMBER_WORDS: Final = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen dozens score scores several few handful "
    "couple half third quarter tens hundreds thousands millions billions trillions lakh lakhs "
    "crore crores"
).split()
#: A sentence without a digit or a number word cannot hold a quantity: skipped at once.
_DIGIT: Final = re.compile(r"\d")
_BY_INITIAL: Final[dict[str, list[str]]] = {}
for _word in sorted(_NUMBER_WORDS, key=len, reverse=True):
    _BY_INITIAL.setdefault(_word[0], []).append(_word[1:])
#: The first letters of the number words, in either case.
_INITIALS: Final = "".join(sorted(_BY_INITIAL)) + "".join(sorted(_BY_INITIAL)).upper()
#: Grouped by first letter ("[Tt](?:wo|en|...)"): three times faster than one flat alternation.
#: The look-ahead (a first letter of a number word) changes no match: most positions fail it
#: at once, before the word boundary and the alternation are tried (a fifth faster).
_NUMBER_WORD: Final = re.compile(
    rf"(?=[{_INITIALS}])\b(?:"
    + "|".join(f"[{k.upper()}{k}](?:{'|'.join(v)})" for k, v in _BY_INITIAL.items())
    + r")\b"
)


def may_hold_quantity(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] has a digit or a number word (the quick pre-check)."""
    stop = len(text) if end is None else end
    return bool(_DIGIT.search(text, start, stop) or _NUMBER_WORD.search(text, start, stop))


def find_quantities(
    text: str, article: str, start: int = 0, end: int | None = None
) -> list[Quantity]:
    """The quantities in ``text[start:end]`` (one sentence, or a whole text) as model items."""
    stop = len(text) if end is None else end
    if not may_hold_quantity(text, start, stop):
        return []
    return [_quantity(text, article, found) for found in scan(text, start, stop)]


def _quantity(text: str, article: str, found: Found) -> Quantity:
    return _make_quantity(
        article,
        text,
        found.start,
        found.end,
        id=item_id("qty", article, found.start, found.end),
        value=found.value,
        low=found.low,
        high=found.high,
        approximate=found.approximate,
        vague=found.vague,
        unit=found.unit,
        counted=found.counted,
        counted_head=found.counted_head,
        change=found.change,
    )


class QuantityExtractor:
    """The ``quantities`` stage: one scan per sentence."""

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.text
        article = analysis.article.id
        spans = [(s.start, s.end) for s in analysis.sentences] or [(0, len(text))]
        quantities = [q for start, end in spans for q in find_quantities(text, article, start, end)]
        return analysis.with_items(quantities=quantities)


@register("newsledger.quantities.v1", requires=("sentences",), produces=("quantities",))
def make_quantity_extractor() -> Extractor:
    return QuantityExtractor()
