"""``who.findings``: the tokens of a sentence outside its quotations (the fast path for
sentences no quotation reaches gives the same tokens as filtering each one); and the cue
look-ups on a token's lower-case form agree with the base-form tables."""

from __future__ import annotations

from bisect import bisect_right

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.extract.who.findings import outside_quotes
from newsledger.extract.who.marks import quote_spans
from newsledger.extract.who.sources import is_belief, is_cue, is_stance
from newsledger.extract.who.speech import cognitive_base, speech_base, stance_base
from newsledger.extract.who.tokens import Token, tokenize

TEXT = 'He said "we will win" today. Nobody replied. "Never," she wrote, "ever."'


def _naive(tokens: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    starts = [s for s, _ in spans]
    kept = []
    for token in tokens:
        i = bisect_right(starts, token.start)
        if not (i and token.start < spans[i - 1][1]):
            kept.append(token)
    return kept


@st.composite
def _spans_and_sentence(draw: st.DrawFn) -> tuple[list[tuple[int, int]], int, int]:
    """Sorted, non-overlapping quotation spans and a sentence, all inside ``TEXT``."""
    cuts = sorted(draw(st.sets(st.integers(0, len(TEXT)), max_size=8)))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    start = draw(st.integers(0, len(TEXT)))
    end = draw(st.integers(start, len(TEXT)))
    return spans, start, end


@given(_spans_and_sentence())
def test_findings_outside_quotes_equals_filtering_each_token(
    case: tuple[list[tuple[int, int]], int, int],
) -> None:
    spans, start, end = case
    tokens = tokenize(TEXT, start, end)
    starts = [s for s, _ in spans]
    assert outside_quotes(tokens, spans, starts, start, end) == _naive(tokens, spans)


@pytest.mark.parametrize(
    ("start", "end", "kept"),
    [
        (0, 28, ["He", "said", "today", "."]),  # the quotation inside the sentence is left out
        (29, 44, ["Nobody", "replied", "."]),  # no quotation reaches it: every token
        (45, 72, ["she", "wrote", ","]),
    ],
)
def test_findings_outside_quotes_keeps_the_words_outside(
    start: int, end: int, kept: list[str]
) -> None:
    spans = quote_spans(TEXT)
    tokens = tokenize(TEXT, start, end)
    found = outside_quotes(tokens, spans, [s for s, _ in spans], start, end)
    assert [t.text for t in found] == kept


@pytest.mark.parametrize(
    "word", ["said", "Said", "SAYS", "believes", "Thought", "wants", "plans", "table", "'s", ","]
)
def test_findings_cue_lookups_agree_with_the_base_forms(word: str) -> None:
    token = tokenize(word, 0, len(word))[0]
    assert is_cue(token) == (token.is_word and speech_base(token.text) is not None)
    assert is_belief(token) == (token.is_word and cognitive_base(token.text) is not None)
    assert is_stance(token) == (token.is_word and stance_base(token.text) is not None)
