"""Article signatures for story grouping: weighted terms a story shares and a different event lacks.

A signature is a bag of terms: content-word stems, names (entity mentions when the entities
stage ran, else capitalised words inside sentences), and numbers such as years and counts.
Names and numbers weigh more than ordinary words, because two reports of one event share the
people, places and figures, while two similar events (two earthquakes in one week) share the
vocabulary but not the names or numbers.
"""

from __future__ import annotations

import re
from collections import defaultdict

from newsledger.compare.lexicon import STOPWORDS, stem, word_spans
from newsledger.model import Analysis

#: Weight of a name term relative to a content word. Calibrated on the ECB+ train topics
#: (eval/stories.py, batch grouping): B-cubed F1 0.917 at 1.5, 0.933 at 2.5, 0.932 at 4.
NAME_WEIGHT = 2.5

#: Weight of a number term (years, counts, ages). Calibrated with NAME_WEIGHT on ECB+ train
#: (0.933 at 0.5 and 1.5, 0.930 at 3; the dev topics prefer 1.5).
NUMBER_WEIGHT = 1.5

#: Only the first characters of a long article are read: the lead says what the story is, and
#: it bounds the work per article. ECB+ articles are shorter, so it does not change the
#: evaluation; 6,000 characters is about the first 1,000 words.
MAX_CHARS = 6000

_URL = re.compile(r"https?\s*:\s*/\s*/\S*(?:\s+[./_-]\s+\S+)*|www\.\S+")
#: Characters after which a capitalised word starts a sentence (so it is not taken for a name).
_OPENERS = frozenset('.!?\n"“:;')


def signature(analysis: Analysis) -> dict[str, float]:
    """Term counts (weighted) of one article: ``w:`` words, ``n:`` names, ``d:`` numbers."""
    text = _URL.sub(" ", analysis.text[:MAX_CHARS])
    terms: defaultdict[str, float] = defaultdict(float)
    for start, _, word in word_spans(text):
        lower = word.lower()
        if word[0].isdigit():
            digits = word.replace(",", "")
            if len(digits) >= 2:
                terms["d:" + digits] += NUMBER_WEIGHT
            continue
        if lower in STOPWORDS or len(lower) < 3:
            continue
        terms["w:" + stem(word)] += 1.0
        if word[0].isupper() and not _starts_sentence(text, start):
            terms["n:" + lower] += NAME_WEIGHT
    for mention in analysis.mentions:
        if mention.start < MAX_CHARS:
            terms["n:" + mention.name.lower()] += NAME_WEIGHT
    return dict(terms)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return not before or before[-1] in _OPENERS
