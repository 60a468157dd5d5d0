"""``who.tokens``: word tokens with offsets, built fast, equal to the documented constructor;
and ``who.names``: the one-word shortcut of the run splitter."""

from __future__ import annotations

import pytest

from newsledger.extract.lexicons import gazetteer
from newsledger.extract.who.names import Candidate, Splitter, raw_runs
from newsledger.extract.who.tokens import Token, tokenize

SENTENCES = [
    'Sen. Elizabeth Warren told the U.S. Senate: "We will win."',
    "Trump's border plan, announced Monday by Gov. Greg Abbott, cost $40 billion.",
    "In May, Theresa May met President Macron and the iTunes team in St. Louis.",
    "“Nobody,” said Dr. J. R. Smith of Task Force-North, “saw it coming.”",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_are_slices_of_the_text(text: str) -> None:
    for token in tokenize(text, 0, len(text)):
        assert token.text == text[token.start : token.end]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_equal_the_constructor(text: str) -> None:
    for token in tokenize(text, 0, len(text)):
        built = Token(token.start, token.end, token.text, token.initial)
        assert (token, hash(token)) == (built, hash(built))
        assert (token.lower, token.is_word, token.capitalised) == (
            built.lower,
            built.is_word,
            built.capitalised,
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Warren spoke.", ["Sen.", "Warren", "spoke", "."]),
        ("The U.S. said yes.", ["The", "U.S.", "said", "yes", "."]),
        ("Trump's plan", ["Trump", "'s", "plan"]),
        ("George W. Bush", ["George", "W.", "Bush"]),
    ],
)
def test_tokens_keep_the_stop_of_abbreviations(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ('He said: "Go now."', ["He", "Go"]),
        ("“Nobody,” she said.", ["Nobody"]),
    ],
)
def test_tokens_mark_sentence_and_quote_starts(text: str, initials: list[str]) -> None:
    assert [t.text for t in tokenize(text, 0, len(text)) if t.initial] == initials


def _parts(candidates: list[Candidate]) -> list[tuple[int, int, set[str], str | None]]:
    return [(c.start, c.end, c.evidence, c.title) for c in candidates]


@pytest.mark.parametrize(
    "text",
    [
        "Trump left.",
        "May left.",
        "Monday was hot.",
        "I left.",
        "President spoke.",
        "The end.",
        "And so on.",
        "U.S. troops.",
        "White House aides.",
        "Mexican officials.",
    ],
)
def test_names_split_of_one_word_as_the_general_split(text: str) -> None:
    splitter = Splitter(gazetteer())
    tokens = tokenize(text, 0, len(text))
    for first, last in raw_runs(tokens):
        run = tokens[first:last]
        general = [
            c for part in splitter._split_months(run) for c in splitter._split_titles(part, text)
        ]
        assert _parts(list(splitter.split(run, text))) == _parts(general)
