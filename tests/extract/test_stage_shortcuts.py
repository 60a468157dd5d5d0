"""The shortcuts taken for speed in the claims, quantities, sentences, times and deadlines
stages change no answer: each gives what the plain version gives."""

from __future__ import annotations

import re

import pytest

from newsledger.compare.lexicon import WORD, stem
from newsledger.extract import claims, deadlines, quantities, sentences
from newsledger.extract.timex import tense
from newsledger.model import Sentence, TimeExpr, TimeType

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


#: Texts mixing the characters the rewritten regexes look at.
_MIXED = [
    "He said. Then? No!  It's 9.30 a.m.; U.S.-led troops' 1,500 aren't here.\n",
    'Wait..."What?" (Yes.) Oh… ok; fine.\n\nNext paragraph;\tend',
    "rock'n'roll -- self-made ’90s 12,5.3 x-ray A-B",
    "",
    ";\n.\n!\t?\u00a0;x",
]


@pytest.mark.parametrize("text", _MIXED)
def test_claim_words_are_the_lexicon_words(text: str) -> None:
    spans = [m.span() for m in claims._WORD.finditer(text)]
    assert spans == [m.span() for m in WORD.finditer(text)]


@pytest.mark.parametrize("text", _MIXED)
def test_sentence_boundaries_are_the_plain_pattern_ones(text: str) -> None:
    plain = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
    assert [m.span() for m in sentences._BOUNDARY.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@pytest.mark.parametrize("text", _MIXED)
def test_tense_sentence_ends_are_the_plain_pattern_ones(text: str) -> None:
    plain = re.compile(r"[.!?;]\s|\n")
    for start in range(len(text)):
        assert [m.span() for m in tense._SENTENCE_END.finditer(text, start)] == [
            m.span() for m in plain.finditer(text, start)
        ]


def _time(start: int, end: int) -> TimeExpr:
    text = "x" * 40
    return TimeExpr(
        article="a",
        start=start,
        end=end,
        text=text[start:end],
        id=f"t{start}",
        type=TimeType.DATE,
        value=None,
        anchor=None,
        resolved=False,
    )


def test_times_inside_a_sentence_with_and_without_their_order() -> None:
    sentence = Sentence(article="a", start=10, end=20, text="x" * 10, index=0)
    times = [_time(0, 5), _time(10, 12), _time(12, 25), _time(15, 20), _time(20, 20)]
    expected = [times[1], times[3], times[4]]
    starts = [t.start for t in times]
    assert deadlines._times_inside(times, starts, sentence) == expected
    assert deadlines._times_inside(times, None, sentence) == expected
    shuffled = [times[3], times[0], times[1]]
    assert deadlines._times_inside(shuffled, None, sentence) == [times[3], times[1]]
