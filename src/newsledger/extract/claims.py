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
from collections.abc import Iterator, Sequence

from newsledger.compare.lexicon import (
    STATE_STEMS,
    VERB_CLASSES,
    stem,
    verb_class,
    verb_class_after,
    word_spans,
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
    TimeExpr,
    TimeType,
    item_id,
)

#: Words that hedge a statement: it is weighed, expected, possible or unclear, not asserted.
HEDGES = re.compile(
    r"\b(?:may|might|could|would|reportedly|allegedly|possibly|probably|likely|unlikely|"
    r"perhaps|apparently|unclear|not (?:immediately |yet |entirely )?(?:clear|known|confirmed)|"
    r"expected to|is (?:said|believed|thought) to|are (?:said|believed|thought) to|"
    r"appears? to|seems? to|suspected|plans? to|planning to|intends? to|"
    r"(?:is|are|was|were) (?:weighing|considering|mulling|pondering|exploring)|"
    r"weighing whether|considering whether|whether to)\b",
    re.IGNORECASE,
)

#: Conjunctions that open a leading subordinate clause ("While Trump has declared ..., the
#: number ... has plummeted"): the clause up to its first comma is a claim of its own.
LEADING_SUBORDINATORS: frozenset[str] = frozenset(
    "while although though whereas because since after before when as if once despite".split()
)

#: Separators between coordinated clauses inside a sentence.
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas|although|though|yet)\s+")

#: Separators between coordinated figures inside one clause ("kills 1, injures 2").
_FIGURE_BREAK = re.compile(r",\s+|\s+and\s+|\s+while\s+")

#: "There were 2,500 troops", "there are already roughly 2,200 forces": a state, not an event.
_EXISTENTIAL = re.compile(
    r"\bthere\s+(?:is|are|was|were|remain(?:s|ed)?|(?:has|have|had|will)\s+been?)\b",
    re.IGNORECASE,
)

#: Auxiliaries after which the next word is the clause's main verb.
_AUXILIARIES: frozenset[str] = frozenset(
    """is are was were be been being has have had will would shall should can could may might
    must do does did to""".split()
)

#: Number words that news mostly uses as determiners ("One executive order gives ..."), not
#: as a checkable figure; a figure written this way is not made a claim of its own.
DETERMINER_NUMBERS: frozenset[str] = frozenset({"one", "a", "an", "a single", "single"})

#: Shortest clause worth a claim of its own (characters); shorter pieces stay with their
#: neighbour ("Trump said." after a split is not a statement). Set by reading the claims of the
#: example articles and ECB+ train documents.
MIN_CLAUSE_CHARS = 20


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause offsets inside ``text[start:end]`` (one sentence), trimmed."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    first = re.match(r"\s*[\"“]?([A-Za-z]+)", text[start:end])
    if first and first.group(1).lower() in LEADING_SUBORDINATORS:
        comma = text.find(", ", start, end)
        if comma != -1 and comma - start >= MIN_CLAUSE_CHARS and end - comma >= MIN_CLAUSE_CHARS:
            pieces.append((start, comma))
            cursor = comma + 1
    for match in _CLAUSE_BREAK.finditer(text, cursor, end):
        if match.start() - cursor >= MIN_CLAUSE_CHARS and end - match.end() >= MIN_CLAUSE_CHARS:
            pieces.append((cursor, match.start()))
            cursor = match.end()
    pieces.append((cursor, end))
    return [trimmed for piece in pieces if (trimmed := _trim(text, *piece)) is not None]


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
    if _EXISTENTIAL.search(text, start, end):
        return "be"
    tokens = [
        (s + start, e + start, w)
        for s, e, w in word_spans(text[start:end])
        if not any(a <= s + start < b for a, b in skip)
    ]
    verbs = [
        (s, verb_class_after(tokens[i - 1][2] if i else "", stem(word)))
        for i, (s, _, word) in enumerate(tokens)
        if stem(word) in VERB_CLASSES
        and (word[0].islower() or i == 0)
        and not _noun_context(tokens[i - 1][2] if i else "", word)
    ]
    if verbs:
        if anchor is not None:
            return _nearest_verb(verbs, anchor, segment)
        return verbs[0][1]
    previous = ""
    for _, _, word in tokens:
        if previous in _AUXILIARIES and word.isalpha() and word[0].islower():
            stem_ = stem(word)
            if stem_ not in ("be", "have", "been", "not"):
                return verb_class(stem_)
            if stem_ == "be" and previous in ("is", "are", "was", "were"):
                continue
        previous = word.lower()
    for _, _, word in tokens:
        if word.islower() and len(word) > 4 and word.endswith("ed"):
            return verb_class(stem(word))
    if any(stem(word) in STATE_STEMS for _, _, word in tokens):
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
NOUN_MARKERS: frozenset[str] = frozenset(
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


class ClaimExtractor:
    """The ``claims`` stage."""

    def __call__(self, analysis: Analysis) -> Analysis:
        claims: list[Claim] = []
        seen: set[str] = set()
        for sentence in analysis.sentences:
            for claim in self._sentence_claims(analysis, sentence):
                if claim.id not in seen:
                    seen.add(claim.id)
                    claims.append(claim)
        return analysis.with_items(claims=claims)

    def _sentence_claims(self, analysis: Analysis, sentence: Sentence) -> Iterator[Claim]:
        text = analysis.text
        attributions = [a for a in analysis.attributions if a.sentence == sentence.index]
        skip = [(a.start, a.end) for a in attributions]
        times = [t for t in analysis.times if _within(t.start, t.end, sentence.start, sentence.end)]
        figures = [
            q
            for q in analysis.quantities
            if _within(q.start, q.end, sentence.start, sentence.end)
            and not any(t.start <= q.start < t.end for t in times)
            and q.text.strip().lower() not in DETERMINER_NUMBERS
        ]
        for start, end in split_clauses(text, sentence.start, sentence.end):
            if any(a <= start and end <= b for a, b in skip):
                continue  # the clause is only the attribution ("CNN reported")
            inside = sorted(
                (q for q in figures if _within(q.start, q.end, start, end)), key=lambda q: q.start
            )
            verb = main_verb(text, start, end, skip)
            source = _source(analysis, attributions, start, end)
            if not inside:
                yield self._claim(analysis, start, end, None, verb, source, times)
                continue
            for seg_start, seg_end, quantity in _figure_segments(text, start, end, inside):
                seg_verb = main_verb(
                    text, start, end, skip, anchor=quantity.start, segment=(seg_start, seg_end)
                )
                seg_verb = seg_verb or verb
                yield self._claim(analysis, seg_start, seg_end, quantity, seg_verb, source, times)

    def _claim(
        self,
        analysis: Analysis,
        start: int,
        end: int,
        quantity: Quantity | None,
        verb: str | None,
        source: str | None,
        times: Sequence[TimeExpr],
    ) -> Claim:
        text = analysis.text
        article = analysis.article.id
        time = _time_of(times, analysis.mentions, start, end)
        subject = _subject(analysis.mentions, quantity, start, end)
        what = _key_of(quantity) if quantity is not None else (stem(subject) if subject else None)
        predicate = f"{what or '?'}:{verb or '?'}"
        return Claim(
            article=article,
            start=start,
            end=end,
            text=text[start:end],
            id=item_id("claim", article, start, end),
            subject=subject,
            predicate=predicate,
            quantity=quantity.id if quantity is not None else None,
            time=time.id if time is not None else None,
            attributed_to=source,
            hedged=bool(HEDGES.search(text, start, end)),
        )


def _key_of(quantity: Quantity) -> str | None:
    """What a figure counts, as an alignment key: its head noun's stem, else its unit."""
    head = quantity.counted_head or (quantity.counted.split()[-1] if quantity.counted else None)
    if head:
        return stem(head)
    return quantity.unit.lower() if quantity.unit else None


def _subject(
    mentions: Sequence[Mention], quantity: Quantity | None, start: int, end: int
) -> str | None:
    if quantity is not None and (quantity.counted_head or quantity.counted):
        return quantity.counted_head or quantity.counted
    inside = [m for m in mentions if _within(m.start, m.end, start, end)]
    return inside[0].name if inside else None


def _time_of(
    times: Sequence[TimeExpr], mentions: Sequence[Mention], start: int, end: int
) -> TimeExpr | None:
    """The clause's date: a resolved DATE/TIME inside it, else any time expression inside it.

    A year inside a name ("the Insurrection Act of 1807") is part of the name, not a date.
    """
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
