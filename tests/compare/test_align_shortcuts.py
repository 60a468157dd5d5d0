"""The cross-check's shortcuts give what the plain computation gives.

Content terms are read a stretch at a time between the left-out spans (rather than a word at
a time), ranks are ruled out for a claim from one pass over its article's text, and checks are
numbered by copying their fields: none may change anything.
"""

from __future__ import annotations

from dataclasses import fields, replace

from hypothesis import given
from hypothesis import strategies as st

from newsledger.compare.align import _content_terms, _content_terms_by_word
from newsledger.compare.check import _with_id
from newsledger.compare.ordinals import may_rank, may_rank_within, rank_hints
from newsledger.model import Check, CheckValue, Verdict

#: Pieces that make word edges of every kind: letters, inner apostrophes and hyphens,
#: numbers with separators, capitals (names), stop words.
_PIECES = ["the", "Troops", "sent", "1,500", "3.5", "'s", "-", "’", " ", ", ", ".", "CBP", "x", "9"]

texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)
spans = st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=3)


@given(texts, spans)
def test_content_terms_by_stretch_are_those_by_word(
    text: str, inside: list[tuple[int, int]]
) -> None:
    assert _content_terms(text, inside) == _content_terms_by_word(text, inside)


_RANK_PIECES = ["the", "Fourth", "21ST", "2nd", "second", "ſecond", "coach", " ", "é", "3", "th"]


@given(st.lists(st.sampled_from(_RANK_PIECES), max_size=12).map("".join), st.data())
def test_rank_hints_never_rule_out_a_slice_that_may_rank(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    hints = rank_hints(text)
    assert may_rank_within(hints, start, end) or not may_rank(text[start:end])


def test_checks_numbered_keep_every_field() -> None:
    check = Check(
        id="",
        verdict=Verdict.CONFLICT,
        about="troops",
        claims=("c1", "c2"),
        values=(CheckValue(claim="c1", article="a1", value="2,500", source="CNN"),),
        independent_sources=2,
        note="2,500 (CNN) vs 1,500 (AP)",
    )
    assert {f.name for f in fields(Check)} == {
        "id",
        "verdict",
        "about",
        "claims",
        "values",
        "independent_sources",
        "note",
    }, "a new field of Check must be copied by _with_id"
    assert _with_id(check, "s/check-1") == replace(check, id="s/check-1")
