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
from operator import attrgetter, itemgetter
from typing import Final, NamedTuple

from newsledger.extract.lexicons import gazetteer
from newsledger.extract.registry import Extractor, register
from newsledger.extract.who.coref import Found, resolve
from newsledger.extract.who.kinds import Strength, Typed, classify, context_cues
from newsledger.extract.who.names import (
    Candidate,
    Splitter,
    camel_cased,
    is_name_word,
    name_indexes,
    raw_runs,
)
from newsledger.extract.who.tokens import (
    CONNECTORS,
    FUNCTION_WORDS,
    Token,
    is_acronym,
    sentence_tokens,
)
from newsledger.model import Analysis, EntityType, Mention, item_id
from newsledger.model.span import span_factory

_make_mention: Final = span_factory(Mention)


#: Environment variable naming a spaCy pipeline (package name or path) to merge in.
SPACY_ENV: Final = "NEWSLEDGER_SPACY_MODEL"
#: A sentence is a headline in title case when at least this share of its longer words
#: (HEADLINE_MIN_WORDS or more, of four letters or more) is capitalised. Set from the title
#: lines of PolNeAR dev; MEANTIME entity F1 is 0.847 at 0.6, 0.849 at 0.8, 0.848 at 0.9.
#: Prose stays far below (names are a minority), but short sentences ("He signed Executive
#: Order 14159 on Monday.") need the minimum length.
HEADLINE_CAPITALISED_SHARE: Final = 0.8
HEADLINE_MIN_WORDS: Final = 5


#: Longest all-capital word trusted as an acronym at the start of a sentence or in a
#: headline without other evidence ("FBI", "NATO"; not "GARLAND" in "GARLAND STEPS ASIDE").
#: Seen on PolNeAR dev all-caps lines; no effect on MEANTIME between 3 and 6.
MAX_TRUSTED_ACRONYM: Final = 4


@dataclass(init=False, slots=True)
class _Sentence:
    tokens: list[Token]
    headline: bool
    names: list[int]  # indexes of the name words (``names.name_indexes``)

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        tokens: list[Token],
        headline: bool,
        names: list[int],
    ) -> None:
        self.tokens = tokens
        self.headline = headline
        self.names = names


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """What the article says about its words: which capitals are trusted, which words are seen
    in lower case. Built from sets of token texts (in C) rather than token by token."""

    attested_texts: set[str]  # see ``attested``
    seen: set[str]  # the text of every token of the article

    def attested(self, token: Token) -> bool:
        """Capitalised mid-sentence in prose (so a name), or sentence-initial before another
        capitalised word; never a word written in lower case."""
        return token.is_word and not token.text[0].islower() and token.text in self.attested_texts

    def in_lower_case(self, word: str) -> bool:
        """Whether the article writes ``word`` (lower case already) as a word of its own."""
        return word in self.seen and word[0].islower() and word[0].isalnum()


class _Plan(NamedTuple):
    """One candidate of a capitalised run as ``Splitter.split`` makes it, by token indexes
    in the run, with what ``_trusted`` asks of it: a pure function of the run's surface."""

    first: int
    last: int
    evidence: frozenset[str]
    title: str | None
    vouched: bool  # known to a lexicon, or after a title: trusted wherever it stands
    shouting: bool  # "GARLAND STEPS ASIDE"


#: Runs (surface, first word sentence-initial) whose split is kept, and candidate names
#: (surface, evidence) whose type is kept. A news article has a few dozen; a batch repeats
#: most of them (the same people, places and bodies). When full the table is emptied.
PLAN_CACHE_SIZE: Final = 65536
_plans: Final[dict[tuple[str, bool], tuple[_Plan, ...]]] = {}
_types: Final[dict[tuple[str, frozenset[str]], tuple[Typed, str | None] | None]] = {}


@functools.cache
def _splitter() -> Splitter:
    return Splitter(gazetteer())


def find_mentions(analysis: Analysis, *, spacy_model: str | None = None) -> list[Mention]:
    """Entity mentions of an analysed article (sentences must be split)."""
    text = analysis.text
    bounds = tuple((s.start, s.end) for s in analysis.sentences)
    sentences = [_sentence(tokens) for tokens in sentence_tokens(text, bounds)]
    vocabulary = _vocabulary(sentences)
    camel = camel_cased(vocabulary.seen)
    if camel:
        for sentence in sentences:
            sentence.names = name_indexes(sentence.tokens, camel)
    found: list[Found] = []
    for sentence in sentences:
        if sentence.names:
            _found_in(sentence, text, vocabulary, found)
    if spacy_model:
        found = _merge_spacy(found, spacy_model, text)
    found.sort(key=_OFFSETS)
    article = analysis.article.id
    return [
        _make_mention(
            article,
            text,
            item.start,
            item.end,
            id=item_id("ent", article, item.start, item.end),
            type=type_,
            name=name,
        )
        for item, name, type_ in resolve(found)
    ]


def _sentence(tokens: list[Token]) -> _Sentence:
    """A sentence with its capitalised words (camel-cased ones are added once the article's
    words are known) and whether it is a headline."""
    names = name_indexes(tokens, _NO_WORDS)
    return _Sentence(tokens, _headline(tokens, names), names)


def _headline(tokens: list[Token], names: list[int]) -> bool:
    """Title case ("Obama Power Plant Rules") or all capitals ("GARLAND STEPS ASIDE")."""
    # the share is over long words: counted among the capitalised words first, as most
    # sentences have too few to be a headline, then the others only until the share fails
    capitalised = 0
    for i in names:
        word = tokens[i].text
        if tokens[i].capitalised and len(word) >= 4 and word.isalpha():
            capitalised += 1
    if capitalised < HEADLINE_CAPITALISED_SHARE * HEADLINE_MIN_WORDS:
        return False
    long_words = capitalised
    for token in tokens:
        word = token.text
        if not token.capitalised and len(word) >= 4 and word.isalpha():
            long_words += 1
            if capitalised < HEADLINE_CAPITALISED_SHARE * long_words:
                return False
    return long_words >= HEADLINE_MIN_WORDS


_NO_WORDS: Final[frozenset[str]] = frozenset()


#: (start, end) of a ``Found``: the sort key of an article's names, read in C.
_OFFSETS: Final = itemgetter(0, 1)
_TEXT: Final = attrgetter("text")


def _vocabulary(sentences: Sequence[_Sentence]) -> _Vocabulary:
    """Words capitalised mid-sentence in prose (so names), and every word seen."""
    prose = [sentence.tokens for sentence in sentences if not sentence.headline]
    # a sentence-initial capital says nothing, unless a capitalised word follows it
    # (comprehensions, not ``map`` over ``attrgetter``: the interpreter reads a slot of a
    # token faster than ``attrgetter`` does, which looks the attribute up by name)
    attested = {token.text for tokens in prose for token in tokens if not token.initial}
    seen = set(attested)
    for tokens in prose:
        for index in [i for i, token in enumerate(tokens) if token.initial]:
            seen.add(tokens[index].text)
            if _starts_a_name(tokens, index):
                attested.add(tokens[index].text)
    for sentence in sentences:
        if sentence.headline:
            seen.update(map(_TEXT, sentence.tokens))
    return _Vocabulary(attested, seen)


def _starts_a_name(tokens: list[Token], index: int) -> bool:
    """A sentence-initial word followed by a capitalised word ("Apple Computer is ...")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and following.is_word
        and following.capitalised
        and tokens[index].lower not in FUNCTION_WORDS
    )


def _found_in(sentence: _Sentence, text: str, vocabulary: _Vocabulary, found: list[Found]) -> None:
    """Append the typed names of a sentence to ``found``."""
    tokens = sentence.tokens
    headline = sentence.headline
    for first, last in raw_runs(tokens, sentence.names):
        for plan in _plan(tokens, first, last, text):
            start, end = first + plan.first, first + plan.last
            if plan.vouched or not (plan.shouting or headline or tokens[start].initial):
                _add(tokens, start, end, plan.evidence, text, found)
            elif not plan.shouting:  # "GARLAND STEPS ASIDE": a line in capitals, not a name
                candidate = Candidate(tokens[start:end], set(plan.evidence), plan.title)
                for part in _trusted(candidate, headline, vocabulary):
                    # parts are slices of the run: their first token's index in the sentence
                    index = tokens.index(part.tokens[0], start, end)
                    _add(tokens, index, index + len(part.tokens), plan.evidence, text, found)


def _plan(tokens: list[Token], first: int, last: int, text: str) -> tuple[_Plan, ...]:
    """``Splitter.split`` of the run ``tokens[first:last]``, from the cache when the same
    surface was split before. The surface decides the split: its tokens are the tokenizer's
    tokens of that string (a run holds no quotation mark or colon, so only its first word
    can be sentence-initial, which is part of the key)."""
    surface = text[tokens[first].start : tokens[last - 1].end]
    key = (surface, tokens[first].initial)
    plans = _plans.get(key)
    if plans is None:
        run = tokens[first:last]
        splitter = _splitter()
        plans = tuple(
            _Plan(
                run.index(candidate.tokens[0]),
                run.index(candidate.tokens[-1]) + 1,
                frozenset(candidate.evidence),
                candidate.title,
                splitter.known(candidate.tokens, text) or "title" in candidate.evidence,
                _shouting(candidate.tokens),
            )
            for candidate in splitter.split(run, text)
        )
        if len(_plans) >= PLAN_CACHE_SIZE:
            _plans.clear()
        _plans[key] = plans
    return plans


def _add(
    tokens: list[Token],
    start: int,
    end: int,
    evidence: frozenset[str],
    text: str,
    found: list[Found],
) -> None:
    """Append the name ``tokens[start:end]`` with its ``evidence`` and the words around it,
    typed, unless ``classify`` says it is no name. The type comes from the cache when the same
    surface with the same evidence was typed before (its words are those of the surface)."""
    cues = context_cues(tokens, start, end)
    if cues:
        evidence = evidence | cues
    first, last = tokens[start].start, tokens[end - 1].end
    surface = text[first:last]
    key = (surface, evidence)
    typed = _types.get(key, _UNTYPED)
    if typed is _UNTYPED:
        typed = _typed(Candidate(tokens[start:end], set(evidence)), surface)
        if len(_types) >= PLAN_CACHE_SIZE:
            _types.clear()
        _types[key] = typed
    if typed is not None:
        found.append(Found(first, last, surface, *typed))


#: Marks a surface not typed yet (None in the cache: typed as no name). Declared optional so
#: that mypyc keeps it one boxed object (``is`` tells it apart), not a C struct boxed anew.
_UNTYPED: Final[tuple[Typed, str | None] | None] = (
    Typed(EntityType.ORG, None, Strength.DEFAULT),
    None,
)


def _typed(candidate: Candidate, surface: str) -> tuple[Typed, str | None] | None:
    """``classify`` of a candidate and the lexicon its type came from."""
    gaz = gazetteer()
    typed = classify(candidate, surface, gaz)
    if typed is None:
        return None
    # only a lexicon type comes from an entry (``classify`` looked it up)
    known = gaz.lookup(surface) if typed.strength is Strength.LEXICON else None
    return typed, known.source if known else None


def _trusted(candidate: Candidate, headline: bool, vocabulary: _Vocabulary) -> Iterator[Candidate]:
    """The parts of a candidate whose capitals can be trusted to mark a name, when the
    candidate is neither known to a lexicon nor after a title, nor a line in capitals
    (``_Plan``)."""
    if headline:
        run: list[Token] = []
        for token in candidate.tokens:
            if _trusted_word(token, vocabulary) or (run and not is_name_word(token)):
                run.append(token)
            else:
                yield from _part(run, candidate)
                run = []
        yield from _part(run, candidate)
        return
    first = candidate.tokens[0]
    alone = len(candidate.tokens) == 1
    if not first.initial or _trusted_word(first, vocabulary, given_name=not alone):
        yield candidate
    elif len(candidate.tokens) > 1 and not vocabulary.in_lower_case(first.text.lower()):
        yield candidate  # "Secret Service protocol called ..."
    elif len(candidate.tokens) > 1:
        yield from _part(candidate.tokens[1:], candidate)


def _shouting(tokens: list[Token]) -> bool:
    long_words = [t.text for t in tokens if t.is_word and len(t.text) > MAX_TRUSTED_ACRONYM]
    return len(long_words) >= 2 and all(w.isupper() for w in long_words)


def _trusted_word(token: Token, vocabulary: _Vocabulary, *, given_name: bool = True) -> bool:
    """Capitals we trust at the start of a sentence or in a headline. A given name alone
    is not enough ("Will the court ...", "Grant money ..."), nor capitals in an all-caps
    line (not attested: ``_vocabulary`` leaves headlines out)."""
    gaz = gazetteer()
    return (
        vocabulary.attested(token)
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
