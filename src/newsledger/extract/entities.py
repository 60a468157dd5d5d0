"""The ``entities`` stage: people, organisations, places, laws, documents and news outlets.

Rules, not a model: capitalised runs are split into names (``who.names``), typed by the
lexicons shipped in ``newsledger.extract.lexicons``, head words ("Act", "Department"), titles
("President"), given names and the words around them (``who.kinds``), then short forms are
joined to their full names within the article (``who.coref``). Sentence-initial capitals and
headline case are handled by trusting only words that are capitalised elsewhere in the
article, or known. A spaCy pipeline named in ``NEWSLEDGER_SPACY_MODEL`` (or passed as
``spacy_model``) adds its entities where the rules found none, and settles the type of names
the rules could only guess.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newsledger.extract.lexicons import gazetteer
from newsledger.extract.registry import Extractor, register
from newsledger.extract.who.coref import Found, resolve
from newsledger.extract.who.kinds import Strength, Typed, classify, context_evidence
from newsledger.extract.who.names import Candidate, Splitter, is_name_word, raw_runs
from newsledger.extract.who.tokens import (
    CONNECTORS,
    FUNCTION_WORDS,
    Token,
    is_acronym,
    sentence_tokens,
)
from newsledger.model import Analysis, EntityType, Mention, item_id

#: Environment variable naming a spaCy pipeline (package name or path) to merge in.
SPACY_ENV = "NEWSLEDGER_SPACY_MODEL"
#: A sentence is a headline in title case when at least this share of its longer words
#: (HEADLINE_MIN_WORDS or more, of four letters or more) is capitalised. Set from the title
#: lines of PolNeAR dev; MEANTIME entity F1 is 0.847 at 0.6, 0.849 at 0.8, 0.848 at 0.9.
#: Prose stays far below (names are a minority), but short sentences ("He signed Executive
#: Order 14159 on Monday.") need the minimum length.
HEADLINE_CAPITALISED_SHARE = 0.8
HEADLINE_MIN_WORDS = 5


#: Longest all-capital word trusted as an acronym at the start of a sentence or in a
#: headline without other evidence ("FBI", "NATO"; not "GARLAND" in "GARLAND STEPS ASIDE").
#: Seen on PolNeAR dev all-caps lines; no effect on MEANTIME between 3 and 6.
MAX_TRUSTED_ACRONYM = 4


@dataclass(frozen=True, slots=True)
class _Sentence:
    tokens: list[Token]
    headline: bool


@functools.cache
def _splitter() -> Splitter:
    return Splitter(gazetteer())


def find_mentions(analysis: Analysis, *, spacy_model: str | None = None) -> list[Mention]:
    """Entity mentions of an analysed article (sentences must be split)."""
    text = analysis.text
    bounds = tuple((s.start, s.end) for s in analysis.sentences)
    sentences = [_sentence(tokens) for tokens in sentence_tokens(text, bounds)]
    attested, lower_words = _vocabulary(sentences)
    found: list[Found] = []
    for sentence in sentences:
        found.extend(_found_in(sentence, text, attested, lower_words))
    if spacy_model:
        found = _merge_spacy(found, spacy_model, text)
    found.sort(key=lambda item: (item.start, item.end))
    article = analysis.article.id
    return [
        Mention(
            article=article,
            start=item.start,
            end=item.end,
            text=text[item.start : item.end],
            id=item_id("ent", article, item.start, item.end),
            type=type_,
            name=name,
        )
        for item, name, type_ in resolve(found)
    ]


def _sentence(tokens: list[Token]) -> _Sentence:
    long_words = [t for t in tokens if t.is_word and len(t.text) >= 4 and t.text.isalpha()]
    # title case ("Obama Power Plant Rules") or all capitals ("GARLAND STEPS ASIDE")
    capitalised = sum(1 for t in long_words if t.text[0].isupper())
    headline = len(
        long_words
    ) >= HEADLINE_MIN_WORDS and capitalised >= HEADLINE_CAPITALISED_SHARE * len(long_words)
    return _Sentence(tokens, headline)


def _vocabulary(sentences: Sequence[_Sentence]) -> tuple[set[str], set[str]]:
    """Words capitalised mid-sentence in prose (so names), and words seen in lower case."""
    attested: set[str] = set()
    lower_words: set[str] = set()
    for sentence in sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            if not token.is_word:
                continue
            if token.text[0].islower():
                lower_words.add(token.text)
            elif sentence.headline:
                continue
            elif not token.initial or _starts_a_name(tokens, index):
                attested.add(token.text)
    return attested, lower_words


def _starts_a_name(tokens: list[Token], index: int) -> bool:
    """A sentence-initial word followed by a capitalised word ("Apple Computer is ...")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and following.is_word
        and following.capitalised
        and tokens[index].lower not in FUNCTION_WORDS
    )


def _found_in(
    sentence: _Sentence, text: str, attested: set[str], lower_words: set[str]
) -> Iterator[Found]:
    gaz = gazetteer()
    tokens = sentence.tokens
    splitter = _splitter()
    for first, last in raw_runs(tokens):
        run = tokens[first:last]
        # parts are slices of the run: their first token's index in the sentence
        position = {token.start: first + offset for offset, token in enumerate(run)}
        for candidate in splitter.split(run, text):
            for part in _trusted(candidate, sentence.headline, text, attested, lower_words):
                context_evidence(part, tokens, position[part.start])
                surface = part.surface(text)
                typed = classify(part, surface, gaz)
                if typed is not None:
                    # only a lexicon type comes from an entry (``classify`` looked it up)
                    known = gaz.lookup(surface) if typed.strength is Strength.LEXICON else None
                    yield Found(
                        part.start, part.end, surface, typed, known.source if known else None
                    )


def _trusted(
    candidate: Candidate, headline: bool, text: str, attested: set[str], lower_words: set[str]
) -> Iterator[Candidate]:
    """The parts of a candidate whose capitals can be trusted to mark a name."""
    if _splitter().known(candidate.tokens, text) or "title" in candidate.evidence:
        yield candidate
        return
    if _shouting(candidate.tokens):
        return  # "GARLAND STEPS ASIDE": a line in capitals, not a name
    if headline:
        run: list[Token] = []
        for token in candidate.tokens:
            if _trusted_word(token, attested) or (run and not is_name_word(token)):
                run.append(token)
            else:
                yield from _part(run, candidate)
                run = []
        yield from _part(run, candidate)
        return
    first = candidate.tokens[0]
    alone = len(candidate.tokens) == 1
    if not first.initial or _trusted_word(first, attested, given_name=not alone):
        yield candidate
    elif len(candidate.tokens) > 1 and first.text.lower() not in lower_words:
        yield candidate  # "Secret Service protocol called ..."
    elif len(candidate.tokens) > 1:
        yield from _part(candidate.tokens[1:], candidate)


def _shouting(tokens: list[Token]) -> bool:
    long_words = [t.text for t in tokens if t.is_word and len(t.text) > MAX_TRUSTED_ACRONYM]
    return len(long_words) >= 2 and all(w.isupper() for w in long_words)


def _trusted_word(token: Token, attested: set[str], *, given_name: bool = True) -> bool:
    """Capitals we trust at the start of a sentence or in a headline. A given name alone
    is not enough ("Will the court ...", "Grant money ..."), nor capitals in an all-caps
    line (checked by the caller through ``attested``)."""
    gaz = gazetteer()
    return (
        token.text in attested
        or (given_name and token.text in gaz.first_names)
        or token.text in gaz.forms
        or token.text in gaz.demonyms
        or (is_acronym(token.text) and len(token.text.replace(".", "")) <= MAX_TRUSTED_ACRONYM)
    )


def _part(tokens: list[Token], candidate: Candidate) -> Iterator[Candidate]:
    while tokens and not is_name_word(tokens[-1]):
        tokens = tokens[:-1]
    while tokens and (not is_name_word(tokens[0]) or tokens[0].lower in CONNECTORS):
        tokens = tokens[1:]
    if tokens:
        yield Candidate(tokens, set(candidate.evidence), candidate.title)


def _merge_spacy(found: list[Found], model: str, text: str) -> list[Found]:
    """Add the pipeline's entities where the rules found nothing, and let it settle the type
    of names the rules only guessed from their shape or context."""
    from newsledger.extract.who.spacy_bridge import spacy_entities

    merged = list(found)
    for start, end, type_ in spacy_entities(model, text):
        overlapping = [i for i, item in enumerate(merged) if item.start < end and start < item.end]
        if not overlapping:
            typed = Typed(type_, None, Strength.MODEL)
            merged.append(Found(start, end, text[start:end], typed))
            continue
        for i in overlapping:
            item = merged[i]
            if item.typed.strength < Strength.MODEL:
                merged[i] = Found(
                    item.start, item.end, item.surface, Typed(type_, None, Strength.MODEL)
                )
    return merged


class EntityExtractor:
    """The ``entities`` stage."""

    def __init__(self, *, spacy_model: str | None = None) -> None:
        self.spacy_model = spacy_model if spacy_model is not None else os.environ.get(SPACY_ENV)

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis.with_items(mentions=find_mentions(analysis, spacy_model=self.spacy_model))


@register("newsledger.entities.v1", requires=("sentences",), produces=("mentions",))
def make_entity_extractor() -> Extractor:
    return EntityExtractor()


__all__ = ["SPACY_ENV", "EntityExtractor", "EntityType", "find_mentions"]
