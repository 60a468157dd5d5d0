from __future__ import annotations

import pytest

from newsledger.extract.sentences import split_sentences
from newsledger.model import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One order gives U.S. Northern Command 10 days.", 1),
        ("He lives in the U.S. The end came later.", 2),
        ("Gen. Smith said so. Then he left.", 2),
        ('He said "Go now." Then he left.', 2),
        ("Presidents George W. Bush and Barack Obama did.", 1),
        ("First paragraph\nSecond paragraph", 2),
        ("It rose 2.5 percent. Stocks fell.", 2),
    ],
)
def test_sentences_split_count(text: str, expected: int) -> None:
    assert len(list(split_sentences(text))) == expected


def test_sentences_offsets_slice_the_text(second_article: Article) -> None:
    from newsledger.extract import Pipeline

    analysis = Pipeline(["sentences"]).run(second_article)
    assert len(analysis.sentences) == 17
    for sentence in analysis.sentences:
        sentence.check_against(second_article.text)
