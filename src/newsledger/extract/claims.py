"""Claims: one checkable statement each, with its subject, figure, date, source and hedging.

A claim is a clause: sentences are cut at clause boundaries a reader would also cut at
(a leading "While/Although ... ," clause, "; ", ", and", ", but", ", while"), and a clause
stating several figures ("kills 1, injures 2") gives one claim per figure. Each claim keeps
the quantity and time it states (ids), the source its sentence is attributed to (an
attribution of the sentence, or the speaker of a quote that covers it), whether it is hedged
("is weighing", "may", "expected to", "it's not immediately clear"), its subject (the counted
thing, else the first entity named before its verb) and a predicate: a normalised alignment key
"<what>:<verb class>" ("troop:deploy", "troop:be") that the cross-check uses to align claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import compress, count, repeat
from operator import itemgetter
from typing import Final, TypeVar

from newsledger.compare.lexicon import (
    STATE_STEMS,
    VERB_CLASSES,
    WORD,
    stem,
    verb_class,
    verb_class_after,
)
from newsledger.extract.registry import Extractor, register
from newsledger.model import (
    Analysis,
    Attribution,
    Claim,
    Mention,
    Quantity,
    Quote,
    Sentence,
    Span,
    TimeExpr,
    TimeType,
    item_id,
)
from newsledger.model.span import span_factory

_make_claim: Final = span_factory(Claim)


#: Words that hedge a statement: it is weighed, expected, possible or unclear, not asserted.
HEDGE_PHRASES: Final[tuple[str, ...]] = (
    r"may|might|could|would|reportedly|allegedly|possibly|probably|likely|unlikely",
    r"perhaps|apparently|unclear|not (?:immediately |yet |entirely )?(?:clear|known|confirmed)",
    r"expected to|is (?:said|believed|thought) to|are (?:said|believed|thought) to",
    r"appears? to|seems? to|suspected|plans? to|planning to|intends? to",
    r"(?:is|are|was|were) (?:weighing|considering|mulling|pondering|exploring)",
    r"weighing whether|considering whether|whether to",
)


def _initials(pattern: str) -> set[str]:
    """The letters a match of ``pattern`` (a plain alternation of phrases, each starting with
    a letter or a non-capturing group of such alternatives) can start with."""
    found: set[str] = set()
    for alternative in re.split(r"\|(?![^(]*\))", pattern):  # top-level alternatives
        if alternative.startswith("(?:"):
            found |= _initials(alternative[3 : alternative.index(")")])
        else:
            found.add(alternative[0].lower())
    return found


#: The look-ahead (a first letter of a hedge) changes no match: it lets the regex engine skip
#: most positions before trying the alternation (a third faster on ECB+ claims).
_HEDGE_INITIALS: Final = "".join(sorted(_initials("|".join(HEDGE_PHRASES))))

HEDGES: Final = re.compile(
    rf"(?=[{_HEDGE_INITIALS}])\b(?:{'|'.join(HEDGE_PHRASES)})\b",
    re.IGNORECASE,
)

#: Words of which every hedge phrase holds one (lower case): a claim without any of them is
#: not hedged, and the regex above is not run on it (it costs more than the rest of a claim).
HEDGE_KEYS: Final[tuple[str, ...]] = (
    *"may might could would reportedly allegedly possibly probably likely perhaps".split(),
    *"apparently clear known confirmed suspected appear seem plan intend whether".split(),
    *"weighing considering mulling pondering exploring".split(),
    "expected to",
    "said to",
    "believed to",
    "thought to",
)
#: Characters that IGNORECASE matches to an ASCII letter although ``str.lower`` does not map
#: them to it ("ı" matches "i", "ſ" matches "s"; "İ" lowers to two characters): folded first,
#: so the folded text has the same length and offsets as the text.
_CASE_FOLDS: Final = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _has_folds(text: str) -> bool:
    """Whether ``text`` holds a character of ``_CASE_FOLDS`` (a search per character is a
    fraction of one ``translate``)."""
    return not text.isascii() and any(char in text for char in _FOLDED_CHARS)


_FOLDED_CHARS: Final = tuple(map(chr, _CASE_FOLDS))


class FoldedText:
    """An article's text in lower case (same offsets), and where hedge keys start in it: the
    quick, exact pre-checks for the case-insensitive regexes run on every clause and claim."""

    __slots__ = ("hedge_keys", "lower")

    def __init__(self, text: str) -> None:
        # (translating is slow, and most news, ASCII or not, has nothing to fold)
        lower = (text.translate(_CASE_FOLDS) if _has_folds(text) else text).lower()
        #: None when lowering moved offsets (no pre-check then).
        self.lower: str | None = lower if len(lower) == len(text) else None
        self.hedge_keys: list[int] = []
        if self.lower is not None:
            self.hedge_keys = sorted(_occurrences(self.lower, HEDGE_KEYS))

    def may_hedge(self, start: int, end: int) -> bool:
        """Whether text[start:end] may hold a hedge (False: it holds none)."""
        if self.lower is None:
            return True
        index = bisect_left(self.hedge_keys, start)
        return index < len(self.hedge_keys) and self.hedge_keys[index] < end

    def may_hold(self, word: str, start: int, end: int) -> bool:
        """Whether text[start:end] may hold ``word`` (lower case) in any case."""
        return self.lower is None or self.lower.find(word, start, end) != -1


def _occurrences(text: str, keys: Sequence[str]) -> Iterator[int]:
    for key in keys:
        found = text.find(key)
        while found != -1:
            yield found
            found = text.find(key, found + 1)


#: Conjunctions that open a leading subordinate clause ("While Trump has declared ..., the
#: number ... has plummeted"): the clause up to its first comma is a claim of its own.
LEADING_SUBORDINATORS: Final[frozenset[str]] = frozenset(
    "while although though whereas because since after before when as if once despite".split()
)

#: A sentence's first word, after an opening quotation mark.
_FIRST_WORD: Final = re.compile(r"\s*[\"“]?([A-Za-z]+)")

#: Separators between coordinated clauses inside a sentence.
_CLAUSE_BREAK: Final = re.compile(r";\s+|,\s+(?:and|but|while|whereas|although|though|yet)\s+")

#: Separators between coordinated figures inside one clause ("kills 1, injures 2").
_FIGURE_BREAK: Final = re.compile(r",\s+|\s+and\s+|\s+while\s+")

#: "There were 2,500 troops", "there are already roughly 2,200 forces": a state, not an event.
_EXISTENTIAL: Final = re.compile(
    r"\bthere\s+(?:is|are|was|were|remain(?:s|ed)?|(?:has|have|had|will)\s+been?)\b",
    re.IGNORECASE,
)

#: Auxiliaries after which the next word is the clause's main verb.
_AUXILIARIES: Final[frozenset[str]] = frozenset(
    """is are was were be been being has have had will would shall should can could may might
    must do does did to""".split()
)

#: Number words that news mostly uses as determiners ("One executive order gives ..."), not
#: as a checkable figure; a figure written this way is not made a claim of its own.
DETERMINER_NUMBERS: Final[frozenset[str]] = frozenset({"one", "a", "an", "a single", "single"})

#: Shortest clause worth a claim of its own (characters); shorter pieces stay with their
#: neighbour ("Trump said." after a split is not a statement). Set by reading the claims of the
#: example articles and ECB+ train documents.
MIN_CLAUSE_CHARS: Final = 20


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause offsets inside ``text[start:end]`` (one sentence), trimmed."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    first = _FIRST_WORD.match(text, start, end)
    if first and first.group(1).lower() in LEADING_SUBORDINATORS:
        comma = text.find(", ", start, end)
        if comma != -1 and comma - start >= MIN_CLAUSE_CHARS and end - comma >= MIN_CLAUSE_CHARS:
            pieces.append((start, comma))
            cursor = comma + 1
    for match in _clause_breaks(text, cursor, end):
        if match.start() - cursor >= MIN_CLAUSE_CHARS and end - match.end() >= MIN_CLAUSE_CHARS:
            pieces.append((cursor, match.start()))
            cursor = match.end()
    pieces.append((cursor, end))
    return [trimmed for piece in pieces if (trimmed := _trim(text, *piece)) is not None]


def _clause_breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_CLAUSE_BREAK.finditer(text, start, end)``, with the regex tried only at a ";" or ","
    (every break starts with one): scanning every sentence with it costs more."""
    semicolon, comma = text.find(";", start, end), text.find(",", start, end)
    while semicolon != -1 or comma != -1:
        at = comma if semicolon == -1 or (comma != -1 and comma < semicolon) else semicolon
        match = _CLAUSE_BREAK.match(text, at, end)
        following = at + 1
        if match is not None:
            yield match
            following = match.end()
        if semicolon != -1 and semicolon < following:
            semicolon = text.find(";", following, end)
        if comma != -1 and comma < following:
            comma = text.find(",", following, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;."):
        end -= 1
    return (start, end) if start < end else None


def _figure_segments(
    text: str, start: int, end: int, quantities: Sequence[Quantity]
) -> list[tuple[int, int, Quantity]]:
    """One segment per quantity of a clause, cut at the separator before the next figure."""
    segments: list[tuple[int, int, Quantity]] = []
    seg_start = start
    for index, quantity in enumerate(quantities):
        if index + 1 < len(quantities):
            following = quantities[index + 1]
            cut = None
            for match in _FIGURE_BREAK.finditer(text, quantity.end, following.start):
                cut = match
            seg_end = cut.start() if cut else following.start
            next_start = cut.end() if cut else following.start
        else:
            seg_end, next_start = end, end
        trimmed = _trim(text, seg_start, max(seg_end, quantity.end))
        if trimmed is not None:
            segments.append((trimmed[0], trimmed[1], quantity))
        seg_start = next_start
    return segments


def main_verb(
    text: str,
    start: int,
    end: int,
    skip: Sequence[tuple[int, int]] = (),
    *,
    anchor: int | None = None,
    segment: tuple[int, int] | None = None,
) -> str | None:
    """The event class of a clause's main verb, "be" for a state, or None when none is found.

    With ``anchor`` (a figure's offset) the class verb of the figure's own ``segment`` that is
    nearest the figure wins ("1 dead, 2 hurt": hurt), else the nearest before it in the clause
    ("announced Wednesday it is assigning 1,500 troops" is about assigning).
    """
    return ClauseVerbs(text, start, end, skip).main(anchor=anchor, segment=segment)


#: ``WORD`` behind a look-ahead of the characters its alternatives open with: the regex engine
#: tries the four alternatives only where one can start (same matches, a twentieth faster).
_WORD: Final = re.compile(rf"(?=[A-Za-z\d])(?:{WORD.pattern})")

#: The text of a regex match, as a C-level callable for ``map``.
_MATCHED_TEXT: Final = itemgetter(0)
#: Distinct words whose verb stems are remembered (about a day of news; the memo is cleared
#: when full, so memory stays bounded in a long-running process).
VERB_STEM_MEMO_SIZE: Final = 65_536


class _StemMemo(dict[str, str]):
    """word -> its stem: a claim stems tens of words (a clause without a class verb is read
    word by word), and a known word costs a dict look-up instead of a stemmer call (a tenth
    of the stage's time on ECB+)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= VERB_STEM_MEMO_SIZE:
            self.clear()
        stem_ = self[word] = stem(word)
        return stem_


_STEMS: Final = _StemMemo()
#: ``stem`` through the memo.
_stem: Final = _STEMS.__getitem__


class _VerbStemMemo(dict[str, str]):
    """word -> its stem when that is a class verb's, else "". Looked up with ``map`` over
    ``__getitem__``, a known word costs a C-level dict look-up instead of a stemmer call."""

    def __missing__(self, word: str) -> str:
        if len(self) >= VERB_STEM_MEMO_SIZE:
            self.clear()
        stem_ = _stem(word)
        verb_stem = stem_ if stem_ in VERB_CLASSES else ""
        self[word] = verb_stem
        return verb_stem


_VERB_STEMS: Final = _VerbStemMemo()


def _outside(matches: list[re.Match[str]], skip: Sequence[tuple[int, int]]) -> list[re.Match[str]]:
    """The matches that do not start inside a ``skip`` span (matches in text order)."""
    if not skip:
        return matches
    starts = list(map(re.Match.start, matches))
    dropped: set[int] = set()
    for skip_start, skip_end in skip:
        dropped.update(range(bisect_left(starts, skip_start), bisect_left(starts, skip_end)))
    if not dropped:
        return matches
    return [match for index, match in enumerate(matches) if index not in dropped]


class ClauseVerbs:
    """The words and class verbs of one clause, read once: a clause stating several figures
    asks for the verb of each figure."""

    __slots__ = ("existential", "fallback", "verbs", "words")

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        skip: Sequence[tuple[int, int]] = (),
        folded: FoldedText | None = None,
    ) -> None:
        self.existential = (folded is None or folded.may_hold("there", start, end)) and (
            _EXISTENTIAL.search(text, start, end) is not None
        )
        #: The clause's words outside ``skip``.
        self.words: list[str] = []
        #: (start, class) of the words that are verbs of a known class.
        self.verbs: list[tuple[int, str]] = []
        #: The main verb read without class verbs, once asked for.
        self.fallback: tuple[str | None] | None = None
        if self.existential:
            return
        # Every word is stemmed, but few are class verbs: the per-word work runs in C (map),
        # and only the class verbs get a Python-level look at their context.
        matches = _outside(list(_WORD.finditer(text, start, end)), skip)
        words = self.words = list(map(_MATCHED_TEXT, matches))
        verb_stems = list(map(_VERB_STEMS.__getitem__, words))
        if not any(verb_stems):
            return
        for index, stem_ in enumerate(verb_stems):
            if not stem_:
                continue
            word = words[index]
            if index and not word[0].islower():
                continue  # a capitalised verb-like word inside the clause is a name
            previous = words[index - 1] if index else ""
            if not _noun_context(previous, word):
                self.verbs.append((matches[index].start(), verb_class_after(previous, stem_)))

    def main(
        self, *, anchor: int | None = None, segment: tuple[int, int] | None = None
    ) -> str | None:
        """The clause's main verb class (see ``main_verb``)."""
        if self.existential:
            return "be"
        if self.verbs:
            if anchor is not None:
                return _nearest_verb(self.verbs, anchor, segment)
            return self.verbs[0][1]
        if self.fallback is None:
            self.fallback = (self._verb_without_class_verb(),)
        return self.fallback[0]

    def _verb_without_class_verb(self) -> str | None:
        words = self.words
        # Before the first auxiliary no word can follow one: the word-by-word reading starts there.
        first_auxiliary = next(
            compress(count(), map(_AUXILIARIES.__contains__, map(str.lower, words))), None
        )
        previous = ""
        for word in words[first_auxiliary:] if first_auxiliary is not None else ():
            if previous in _AUXILIARIES and word.isalpha() and word[0].islower():
                stem_ = _stem(word)
                if stem_ not in ("be", "have", "been", "not"):
                    return verb_class(stem_)
                if stem_ == "be" and previous in ("is", "are", "was", "were"):
                    continue
            previous = word.lower()
        for index in compress(count(), map(str.endswith, words, repeat("ed"))):
            word = words[index]
            if word.islower() and len(word) > 4:
                return verb_class(_stem(word))
        if not STATE_STEMS.isdisjoint(map(_stem, words)):
            return "be"
        return None


def _nearest_verb(
    verbs: Sequence[tuple[int, str]], anchor: int, segment: tuple[int, int] | None
) -> str:
    if segment is not None:
        own = [v for v in verbs if segment[0] <= v[0] < segment[1]]
        if own:
            return min(own, key=lambda v: abs(v[0] - anchor))[1]
    before = [v for v in verbs if v[0] < anchor]
    return (before[-1] if before else verbs[0])[1]


#: Words before which a verb-like word is a noun ("an order", "Trump's orders", "executive
#: order"): determiners, possessives and the adjectives news puts before such nouns.
NOUN_MARKERS: Final[frozenset[str]] = frozenset(
    """a an the this that these those his her their its our my your one each every any some
    no multiple several many new first second executive military additional further of""".split()
)


def _noun_context(previous: str, word: str) -> bool:
    lower = previous.lower().replace("’", "'")
    if word.endswith("ing") and lower == "of":
        return False  # "suspected of shooting three people": a gerund, still a verb
    return lower in NOUN_MARKERS or lower.endswith("'s")


def _within(span_start: int, span_end: int, start: int, end: int) -> bool:
    return start <= span_start and span_end <= end


_S = TypeVar("_S", bound=Span)


class _SentenceLayers:
    """The items of one sentence that its claims read, in article order: its attributions,
    the times and quantities inside it, and the mentions touching it (so a mention holding a
    time inside the sentence is among them). Gathered for all sentences at once, so a claim
    does not scan the whole article's layers."""

    __slots__ = ("attributions", "mentions", "quantities", "times")

    def __init__(self) -> None:
        self.attributions: list[Attribution] = []
        self.times: list[TimeExpr] = []
        self.quantities: list[Quantity] = []
        self.mentions: list[Mention] = []

    @classmethod
    def of(cls, analysis: Analysis) -> list[_SentenceLayers]:
        sentences = analysis.sentences
        layers = [cls() for _ in sentences]
        at = {sentence.index: layer for sentence, layer in zip(sentences, layers, strict=True)}
        for attribution in analysis.attributions:
            if attribution.sentence in at:
                at[attribution.sentence].attributions.append(attribution)
        starts = [s.start for s in sentences]
        ends = [s.end for s in sentences]
        if starts != sorted(starts) or ends != sorted(ends):
            # not in text order (never from the sentence stage): the plain scan
            for sentence, layer in zip(sentences, layers, strict=True):
                layer.times = _touching(analysis.times, sentence.start, sentence.end, True)
                layer.quantities = _touching(
                    analysis.quantities, sentence.start, sentence.end, True
                )
                layer.mentions = _touching(analysis.mentions, sentence.start, sentence.end, False)
            return layers
        for time in analysis.times:
            # sentences holding the item: start <= item.start and item.end <= end
            for k in range(bisect_left(ends, time.end), bisect_right(starts, time.start)):
                layers[k].times.append(time)
        for quantity in analysis.quantities:
            for k in range(bisect_left(ends, quantity.end), bisect_right(starts, quantity.start)):
                layers[k].quantities.append(quantity)
        for mention in analysis.mentions:
            # sentences it touches: start <= mention.end and mention.start <= end
            for k in range(bisect_left(ends, mention.start), bisect_right(starts, mention.end)):
                layers[k].mentions.append(mention)
        return layers


def _touching(items: Sequence[_S], start: int, end: int, within: bool) -> list[_S]:
    if within:
        return [item for item in items if _within(item.start, item.end, start, end)]
    return [item for item in items if item.start <= end and start <= item.end]


class ClaimExtractor:
    """The ``claims`` stage."""

    def __call__(self, analysis: Analysis) -> Analysis:
        claims: list[Claim] = []
        seen: set[str] = set()
        folded = FoldedText(analysis.text)
        for sentence, layers in zip(analysis.sentences, _SentenceLayers.of(analysis), strict=True):
            for claim in self._sentence_claims(analysis, sentence, layers, folded):
                if claim.id not in seen:
                    seen.add(claim.id)
                    claims.append(claim)
        return analysis.with_items(claims=claims)

    def _sentence_claims(
        self, analysis: Analysis, sentence: Sentence, layers: _SentenceLayers, folded: FoldedText
    ) -> Iterator[Claim]:
        text = analysis.text
        article = analysis.article.id
        attributions = layers.attributions
        skip = [(a.start, a.end) for a in attributions]
        times = layers.times
        figures = [
            q
            for q in layers.quantities
            if not any(t.start <= q.start < t.end for t in times)
            and q.text.strip().lower() not in DETERMINER_NUMBERS
        ]
        for start, end in split_clauses(text, sentence.start, sentence.end):
            if skip and any(a <= start and end <= b for a, b in skip):
                continue  # the clause is only the attribution ("CNN reported")
            inside = (
                sorted(
                    (q for q in figures if _within(q.start, q.end, start, end)),
                    key=lambda q: q.start,
                )
                if figures
                else []
            )
            clause = ClauseVerbs(text, start, end, skip, folded)
            verb = clause.main()
            source = _source(analysis, attributions, start, end)
            found = (source, times, layers.mentions, folded)
            if not inside:
                yield self._claim(text, article, start, end, None, verb, *found)
                continue
            for seg_start, seg_end, quantity in _figure_segments(text, start, end, inside):
                seg_verb = clause.main(anchor=quantity.start, segment=(seg_start, seg_end))
                seg_verb = seg_verb or verb
                yield self._claim(text, article, seg_start, seg_end, quantity, seg_verb, *found)

    def _claim(
        self,
        text: str,
        article: str,
        start: int,
        end: int,
        quantity: Quantity | None,
        verb: str | None,
        source: str | None,
        times: Sequence[TimeExpr],
        mentions: Sequence[Mention],
        folded: FoldedText,
    ) -> Claim:
        # the article's text and id come from the caller, once per sentence: read from the
        # analysis they cost an attribute and a property look-up per claim
        time = _time_of(times, mentions, start, end)
        subject = _subject(mentions, quantity, start, end)
        what = _key_of(quantity) if quantity is not None else (_stem(subject) if subject else None)
        predicate = f"{what or '?'}:{verb or '?'}"
        return _make_claim(
            article,
            text,
            start,
            end,
            id=item_id("claim", article, start, end),
            subject=subject,
            predicate=predicate,
            quantity=quantity.id if quantity is not None else None,
            time=time.id if time is not None else None,
            attributed_to=source,
            hedged=folded.may_hedge(start, end) and HEDGES.search(text, start, end) is not None,
        )


def _key_of(quantity: Quantity) -> str | None:
    """What a figure counts, as an alignment key: its head noun's stem, else its unit."""
    head = quantity.counted_head or (quantity.counted.split()[-1] if quantity.counted else None)
    if head:
        return _stem(head)
    return quantity.unit.lower() if quantity.unit else None


def _subject(
    mentions: Sequence[Mention], quantity: Quantity | None, start: int, end: int
) -> str | None:
    if quantity is not None and (quantity.counted_head or quantity.counted):
        return quantity.counted_head or quantity.counted
    return next((m.name for m in mentions if _within(m.start, m.end, start, end)), None)


def _time_of(
    times: Sequence[TimeExpr], mentions: Sequence[Mention], start: int, end: int
) -> TimeExpr | None:
    """The clause's date: a resolved DATE/TIME inside it, else any time expression inside it.

    A year inside a name ("the Insurrection Act of 1807") is part of the name, not a date.
    """
    if not times:
        return None  # most clauses
    inside = [
        t
        for t in times
        if _within(t.start, t.end, start, end)
        and not any(m.start <= t.start and t.end <= m.end for m in mentions)
    ]
    dated = [t for t in inside if t.type in (TimeType.DATE, TimeType.TIME) and t.value]
    chosen = dated or inside
    return chosen[0] if chosen else None


def _source(
    analysis: Analysis, attributions: Sequence[Attribution], start: int, end: int
) -> str | None:
    """Who the clause rests on: the sentence's nearest attribution, or a quote's speaker."""
    if attributions:
        nearest = min(attributions, key=lambda a: _distance(a.start, a.end, start, end))
        return nearest.source
    quote = _covering_quote(analysis.quotes, start, end)
    return quote.speaker if quote is not None else None


def _covering_quote(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    for quote in quotes:
        if quote.start <= start < quote.end or start <= quote.start < end:
            return quote
    return None


def _distance(a_start: int, a_end: int, start: int, end: int) -> int:
    if a_end <= start:
        return start - a_end
    if a_start >= end:
        return a_start - end
    return 0


@register(
    "newsledger.claims.v1",
    requires=("sentences", "mentions", "times", "quantities", "attributions"),
    produces=("claims",),
)
def make_claim_extractor() -> Extractor:
    return ClaimExtractor()
