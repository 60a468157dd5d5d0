"""Sentence splitting for news prose: paragraphs, abbreviations, initials and quotes.

Rules rather than a model: a sentence ends at ., ! or ? (optionally followed by closing quotes
or brackets) when the next token starts like a sentence (capital, digit, opening quote), unless
the token before the stop is a known abbreviation ("Gen.", "Jan.", "U.S." before a lower-case
or proper word) or a single initial ("George W. Bush"). A blank line or a line break always ends
a sentence, because news bodies put one paragraph per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsledger.extract.registry import Extractor, register
from newsledger.model import Analysis, Sentence
from newsledger.model.span import span_factory

_make_sentence: Final = span_factory(Sentence)


#: Abbreviations after which a full stop does not end a sentence (lower-cased, no final dot).
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    """mr mrs ms dr prof sr jr st gen lt col maj capt cpt sgt adm cmdr gov sen rep rev hon pres
    supt insp det atty amb brig cdr pvt cpl fr msgr messrs mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols fig figs p pp ch art sec para approx est dept univ corp inc ltd co bros assn
    vs v etc al cf e.g i.e a.m p.m u.s u.k u.n u.s.a e.u d.c n.y l.a ft mt ave blvd rd hwy
    calif conn fla ill mass mich minn penn tenn tex wash wis ariz colo ga ky la md mo nev okla
    ore pa va vt""".split()
)

#: Abbreviations that can end a sentence ("... in the U.S. The next day ...") but also often
#: stand before a name ("U.S. Northern Command"): they end one only before a function word.
SENTENCE_FINAL_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {"u.s", "u.k", "u.n", "u.s.a", "e.u", "d.c", "etc", "a.m", "p.m", "inc", "ltd", "co", "corp"}
)

#: Words that start sentences but never continue a name (used after "U.S." and the like).
SENTENCE_STARTERS: Final[frozenset[str]] = frozenset(
    """the a an it he she they we i you this that these those there his her their its our in on
    at but and or so yet if when while after before as for with by from to of not no some many
    most all one two three both each meanwhile however still also then now officials
    police""".split()
)

#: ``[.!?…]+`` written as one stop and a repeat: a pattern opening with a character class
#: lets the regex engine skip to the next stop (a repeat first is tried at every character;
#: same matches, a fifth of the stage's time).
_BOUNDARY: Final = re.compile(r"[.!?…][.!?…]*[\"'”’)\]]*(?=\s)")
_TOKEN_BEFORE: Final = re.compile(r"(\S+)$")
_NEXT_START: Final = re.compile(r"\s+([\"'“‘(\[]?)(\S)")


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence, trimmed of surrounding white space."""
    for para_start, para_end in _paragraphs(text):
        start = para_start
        for match in _BOUNDARY.finditer(text, para_start, para_end):
            end = match.end()
            if _is_boundary(text, start, match.start(), end, para_end):
                yield from _trimmed(text, start, end)
                start = end
        yield from _trimmed(text, start, para_end)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _is_boundary(text: str, start: int, stop: int, end: int, limit: int) -> bool:
    following = _NEXT_START.match(text, end, limit)
    if following is None:
        return False
    opener, first = following.group(1), following.group(2)
    if not (first.isupper() or first.isdigit() or opener):
        return False
    if text[stop] != ".":
        return True
    token_match = _TOKEN_BEFORE.search(text, start, stop)
    if token_match is None:
        return True
    token = token_match.group(1).lstrip("\"'“‘([").lower()
    if len(token) == 1 and token.isalpha():
        return False  # an initial: "George W. Bush"
    if token in SENTENCE_FINAL_ABBREVIATIONS:
        word = re.match(r"[A-Za-z]+", text[following.start(2) : limit])
        return bool(opener) or (word is not None and word.group(0).lower() in SENTENCE_STARTERS)
    return token not in ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


class SentenceSplitter:
    """The ``sentences`` stage."""

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.text
        article = analysis.article.id
        sentences = [
            _make_sentence(article, text, s, e, index=i)
            for i, (s, e) in enumerate(split_sentences(text))
        ]
        return analysis.with_items(sentences=sentences)


@register("newsledger.sentences.v1", produces=("sentences",), english_only=False)
def make_sentence_splitter() -> Extractor:
    return SentenceSplitter()
