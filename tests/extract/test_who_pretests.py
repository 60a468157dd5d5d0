"""The cheap tests that let the "who" stages skip work: each must pass every text the full
rule would match (a transcript turn, a dateline), and the one pass over a sentence's tokens
must find the same nominal nouns as a look at every token."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsledger.extract import Pipeline
from newsledger.extract.attribution import _DATELINE, _DATELINE_END
from newsledger.extract.who.findings import nominal_triggers, sentence_words
from newsledger.extract.who.nominal import NOMINAL_TRIGGERS
from newsledger.extract.who.transcript import _TURN, _may_hold_turns
from newsledger.model import Article

#: Characters the turn and dateline patterns are written with, and a few others.
_ALPHABET = "ABCPW ab\t\n:.'’-\"“()—–,1"


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_turn_pretest_passes_every_turn(text: str) -> None:
    if _TURN.search(text):
        assert _may_hold_turns(text)


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_dateline_pretest_passes_every_dateline(text: str) -> None:
    if _DATELINE.search(text):
        assert _DATELINE_END.search(text)


def test_turn_pretest_examples() -> None:
    assert _may_hold_turns("WALLACE: Will the governor attend?")
    assert _may_hold_turns('"PENCE:\tWell, look.')
    assert not _may_hold_turns("The vote is at 10:30 today.")
    assert not _may_hold_turns("Note: none")


def test_nominal_triggers_are_the_nominal_nouns_of_each_sentence() -> None:
    text = (
        "Trump's claim that the border is open drew fire. Critics of the plan said it "
        'would fail. "Their decision to wait is a mistake," she said.'
    )
    analysis = Pipeline(["sentences", "entities", "quotes"]).run(
        Article(id="a1", text=text, source="Outlet")
    )
    triggers = nominal_triggers(analysis)
    words = sentence_words(analysis)
    assert len(triggers) == len(words) == len(analysis.sentences)
    for found, tokens in zip(triggers, words, strict=True):
        assert found == [i for i, t in enumerate(tokens) if t.lower in NOMINAL_TRIGGERS]
    assert any(triggers)
