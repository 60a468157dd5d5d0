"""Article signatures for story grouping: weighted terms a story shares and a different event lacks.

A signature is a bag of terms: content-word stems, names (entity mentions when the entities
stage ran, else capitalised words inside sentences), and numbers such as years and counts.
Names and numbers weigh more than ordinary words, because two reports of one event share the
people, places and figures, while two similar events (two earthquakes in one week) share the
vocabulary but not the names or numbers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from newsledger.compare.lexicon import STOPWORDS, WORD, stem
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

#: The lead: the first characters of an article (about its first 100 words), which say what
#: happened, to whom, where and when; the rest is background that two sister events share.
#: Its words count ``1 + LEAD_EXTRA`` times. Calibrated on the ECB+ topics (eval/stories.py,
#: B-cubed F1 train/dev batch, then one at a time): no lead 0.941/0.987, 0.929/0.970; 600
#: characters at 1 extra 0.944/1.000, 0.931/0.979; 450 characters 0.933/0.987,
#: 0.933/0.974; 1,000 characters 0.944/1.000, 0.930/0.956; 600 at 0.5 extra 0.937/0.987,
#: 0.931/0.974, at 2 extra 0.940/0.987, 0.924/0.927.
LEAD_CHARS = 600
LEAD_EXTRA = 1.0

#: Distinct word forms whose terms are remembered (a word's terms never change); at this
#: size the cache holds a news vocabulary of some months, a few MB.
WORD_CACHE_SIZE = 100_000

_URL = re.compile(r"https?\s*:\s*/\s*/\S*(?:\s+[./_-]\s+\S+)*|www\.\S+")

#: A capitalised word token right after the text's start or a sentence opener (end
#: punctuation, a line break, a quotation mark, a colon): capitalised by position, so it is
#: not counted as a name. Tokens as ``WORD`` reads them.
_SENTENCE_START = re.compile(r"""(?:^|[.!?\n"“:;])[ \t]*([A-Z][A-Za-z'’\-]*[A-Za-z]|[A-Z])""")

#: word form -> (term, name term or None, weight); term None for words that say nothing.
_WordTerms = tuple[str | None, str | None, float]
_NOTHING: _WordTerms = (None, None, 0.0)
_word_cache: dict[str, _WordTerms] = {}


#: The layers ``signature`` reads besides the article: a caller that loads analyses only to
#: group them loads these (``Store.analyses(ids, layers=SIGNATURE_LAYERS)``).
SIGNATURE_LAYERS: tuple[str, ...] = ("mentions",)


def signature(analysis: Analysis) -> dict[str, float]:
    """Term counts (weighted) of one article: ``w:`` words, ``n:`` names, ``d:`` numbers;
    words of the lead (``LEAD_CHARS``) count more.

    Words are counted once per distinct form (the article's vocabulary is some hundreds of
    forms against thousands of tokens); a capitalised form is a name as often as it occurs
    elsewhere than at a sentence's start.
    """
    text = analysis.text[:MAX_CHARS]
    if "http" in text or "www." in text:
        text = _URL.sub(" ", text)
    openers = Counter(_SENTENCE_START.findall(text))
    terms: dict[str, float] = {}
    counts: dict[str, float] = dict(Counter(WORD.findall(text)))
    for word in WORD.findall(text, 0, LEAD_CHARS):
        if word in counts:  # not a word cut at the lead's end
            counts[word] += LEAD_EXTRA
    for word, count in counts.items():
        term, name, weight = _word_cache.get(word) or _word_terms(word)
        if term is None:
            continue
        terms[term] = terms.get(term, 0.0) + weight * count
        if name is not None:
            # Its weighed count less its occurrences at a sentence's start: a word opening a
            # sentence of the lead still counts once as a name, since leads open with who
            # did what. (Leaving out the lead's openers too scores 0.937 against 0.944 on
            # ECB+ train, batch.)
            inside = count - openers.get(word, 0)
            if inside > 0:
                terms[name] = terms.get(name, 0.0) + NAME_WEIGHT * inside
    for mention in analysis.mentions:
        if mention.start < MAX_CHARS:
            key = "n:" + mention.name.lower()
            lead = LEAD_EXTRA if mention.start < LEAD_CHARS else 0.0
            terms[key] = terms.get(key, 0.0) + NAME_WEIGHT * (1.0 + lead)
    return terms


#: The number terms read as years (``d:1900`` to ``d:2099``), as a set: a signature's years
#: are its keys' intersection with it, found in C rather than by a test per term.
YEAR_TERMS = frozenset(f"d:{year}" for year in range(1900, 2100))


def stated_years(terms: Mapping[str, float]) -> set[str]:
    """The year terms of a signature or vector."""
    return terms.keys() & YEAR_TERMS


def _word_terms(word: str) -> _WordTerms:
    """The terms of one word form, remembered in ``_word_cache``."""
    if word[0].isdigit():
        # A number keeps its thousands commas: "2,000" counts something, "2000" may be a
        # year (``stated_years``), and news writes counts with commas and years without.
        found = ("d:" + word, None, NUMBER_WEIGHT) if len(word) >= 2 else _NOTHING
    else:
        lower = word.lower()
        if lower in STOPWORDS or len(lower) < 3:
            found = _NOTHING
        else:
            name = "n:" + lower if word[0].isupper() else None
            found = ("w:" + stem(word), name, 1.0)
    if len(_word_cache) >= WORD_CACHE_SIZE:
        _word_cache.clear()  # rarely: a new vocabulary refills it
    _word_cache[word] = found
    return found
