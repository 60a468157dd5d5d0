"""The shortcuts taken for speed in claims and quantities change no answer."""

from __future__ import annotations

import re

import pytest

from newsledger.compare.lexicon import stem
from newsledger.extract import claims, quantities

#: The number-word pattern as it was before its look-ahead: the reference.
_PLAIN_NUMBER_WORD = re.compile(
    r"\b(?:"
    + "|".join(f"[{k.upper()}{k}](?:{'|'.join(v)})" for k, v in quantities._BY_INITIAL.items())
    + r")\b"
)


@pytest.mark.parametrize(
    "text",
    [
        "Twenty people were hurt.",
        "He was often there, at ten.",
        "the Tens of thousands",
        "none, nine, ninety-nine and a dozen",
        "Sixteen's all; TWO or two",
        "no number here at all",
        "a score of them, a handful",
        "",
    ],
)
def test_number_word_look_ahead_finds_what_the_plain_pattern_finds(text: str) -> None:
    found = [m.span() for m in quantities._NUMBER_WORD.finditer(text)]
    assert found == [m.span() for m in _PLAIN_NUMBER_WORD.finditer(text)]
    for start in range(len(text)):
        assert quantities.may_hold_quantity(text, start) == bool(
            re.search(r"\d", text[start:]) or _PLAIN_NUMBER_WORD.search(text, start)
        )


@pytest.mark.parametrize(
    "word", ["announced", "Troops", "troop's", "killing", "be", "1,500", "was"]
)
def test_stem_memo_gives_the_stem(word: str) -> None:
    assert claims._stem(word) == stem(word)
    assert claims._stem(word) == stem(word)  # remembered
