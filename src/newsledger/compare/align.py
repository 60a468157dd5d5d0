"""Aligning claims of one story that are about the same thing.

Two kinds of alignment:

* **figures**: claims stating a quantity align when they count the same thing (the counted
  head or unit), with a verb of the same class (troops *sent* vs troops *already there*),
  at compatible times, and share some other content word.
* **statements**: claims align when they share their distinctive content: names and
  content words weighed by how rare they are among the story's claims, and at least one
  shared two-word phrase ("national emergency", "physical barriers") or most of the shorter
  claim's weight.

Only claims from different articles are linked (a figure repeated inside one article is not
a second source); linked claims are grouped transitively.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from newsledger.compare.lexicon import STEM_CACHE_SIZE, STOPWORDS, WORD, stem, verb_class
from newsledger.compare.ordinals import ORDINAL_UNIT, may_rank_within, ordinals, rank_hints
from newsledger.compare.values import common_unit, compare_quantities, is_exact
from newsledger.model import (
    Analysis,
    Claim,
    EntityType,
    Mention,
    Quantity,
    TimeExpr,
    TimeType,
    Verdict,
)

#: Shared content weight (fraction of the lighter claim's) above which two statements align
#: when they share a two-word phrase. Calibrated on the example story and crosscheck-dev.
STATEMENT_OVERLAP_WITH_PHRASE = 0.3

#: Shared content weight above which two statements align without a shared phrase.
STATEMENT_OVERLAP = 0.6

#: Fewest shared content stems for statements to align at all.
MIN_SHARED_STEMS = 2

#: A two-word phrase found in more than this share of the story's claims is too common to
#: identify a statement ("southern border" in a border story). Calibrated on the example.
MAX_PHRASE_SHARE = 0.12

#: Content stems two figure claims must share beyond what they count and their verb ("troops
#: *at the border*"): figures of one scope share a scene word. Set on crosscheck-dev.
FIGURE_MIN_CONTEXT = 1


#: Units of speed, with the verb class their figures align under whatever their clause's verb:
#: a speed is of the chase or the storm, and the clause says "chased", "reached", "boxed in".
SPEED_UNITS: dict[str, str] = {"mph": "speed", "knots": "speed"}

#: Significant digits from which an exact figure is distinctive enough to align on its value
#: alone: "55.3 million" and "923" are; "2,500" or "46,000" recur for different things.
DISTINCTIVE_DIGITS = 3

#: Stems found in more than this share of a story's claims do not make candidate pairs (they
#: still count in the overlap). Bounds the work on large stories.
MAX_STEM_SHARE = 0.1

#: Below this many claims a stem always makes candidate pairs (small stories are cheap).
MIN_BUCKET = 12


#: Share of cross-article member pairs that must be linked for two groups to merge.
GROUP_LINK_SHARE = 0.5

#: Words that mark a figure as an earlier report the article no longer holds ("local news
#: originally reported that two of the three victims died"): general reporting vocabulary.
SUPERSEDED_CUES = re.compile(
    r"\b(?:originally|initially|first|earlier|previously|had) (?:been )?"
    r"(?:reported|said|stated|announced|put|given|thought|believed|feared)\b|"
    r"\b(?:early|earlier|initial|first|original) (?:reports?|accounts?|estimates?|figures?)\b",
    re.IGNORECASE,
)

#: What ends a claim cut inside a partitive figure ("two of the | three victims died"): the
#: figure, then "of" and at most a determiner.
_PARTITIVE_END = re.compile(r"^\s+of(?:\s+(?:the|its|their|his|her|those|these))?\s*$", re.I)

#: Most characters between a claim cut inside a partitive and the claim that continues it.
PARTITIVE_GAP = 2


@dataclass(slots=True)
class ClaimView:
    """A claim with what alignment needs, computed once and never changed after.

    Not declared frozen only for speed: a frozen dataclass sets each field through
    ``object.__setattr__``, four times the cost of building one (a story builds a view per
    claim, some 20 per article, about a seventh of ``views``)."""

    claim: Claim
    stems: frozenset[str]
    phrases: frozenset[tuple[str, str]]
    quantity: Quantity | None
    time: TimeExpr | None
    key: str
    verb: str
    #: The claim's article (a field rather than a property: the candidate and group steps
    #: read it for every view again and again).
    article: str
    #: Surnames of the people the claim names (outside its attribution).
    persons: frozenset[str] = frozenset()
    #: For an age written next to a name ("Cheeks, 48"), that person's name.
    age_of: str | None = None
    #: For an age of an unnamed person, the noun it describes ("a 63-year-old *woman*").
    aged: str | None = None
    #: For an ordinal, whether a phrase narrows the list it ranks in ("since King took over").
    scoped: bool = False


def views(analysis: Analysis) -> list[ClaimView]:
    """ClaimViews of one article's claims (content without the attribution phrases).

    A claim ranking something with an ordinal ("the fourth head coach") gets one more view per
    ordinal, so the rank is checked as a figure of its own.
    """
    quantities = {q.id: q for q in analysis.quantities}
    times = {t.id: t for t in analysis.times}
    attribution_spans = [(a.start, a.end) for a in analysis.attributions]
    persons = [m for m in analysis.mentions if m.type == EntityType.PERSON]
    by_start = sorted(persons, key=lambda m: m.start)
    person_starts = [m.start for m in by_start]
    not_ordinal = [*analysis.times, *(m for m in analysis.mentions if m.type != EntityType.PERSON)]
    continued = partitive_splits(analysis.claims, quantities)
    wholes = {rest.id for rest in continued.values()}
    # Only durations can be stated periods (``period_figure``).
    durations = [time for time in analysis.times if time.type == TimeType.DURATION]
    duration_starts = sorted(time.start for time in durations)
    # One pass over the whole text rules out ranks in every claim that is its slice.
    hints = rank_hints(analysis.text)
    out = []
    for claim in analysis.claims:
        inside = (
            [
                (a - claim.start, b - claim.start)
                for a, b in attribution_spans
                if a < claim.end and claim.start < b
            ]
            if attribution_spans
            else []
        )
        if claim.quantity:
            inside.extend(_unit_words(claim, quantities.get(claim.quantity)))
        tokens = _content_terms(claim.text, inside)
        rest = continued.get(claim.id)
        if rest is not None:
            # "two of the | three victims died": what the part did is in the next claim
            whole = quantities[rest.quantity or ""]
            tokens += _content_terms(rest.text, [(0, whole.end - rest.start)])
        key, _, verb = (claim.predicate or "?:?").partition(":")
        time = times.get(claim.time) if claim.time else None
        # the whole a part is taken of ("the three victims") is not what the verb counts
        quantity = quantities.get(claim.quantity) if claim.quantity else None
        if claim.id in wholes:
            quantity = None
        if quantity is None and time is not None:
            quantity = period_figure(time) if not _offset(analysis.text, time) else None
            key = f"period:{quantity.unit}" if quantity is not None else key
        if quantity is not None and quantity.unit and key == quantity.unit.lower():
            key = (common_unit(quantity.unit) or key).lower()  # "km" figures align with "mi"
            if key in SPEED_UNITS:
                verb = SPEED_UNITS[key]
        first = bisect.bisect_left(person_starts, claim.start)
        last = bisect.bisect_right(person_starts, claim.end)
        named = (
            frozenset(
                surname(m.name)
                for m in by_start[first:last]  # each starts inside the claim (bisect)
                if m.end <= claim.end and not any(a <= m.start - claim.start < b for a, b in inside)
            )
            if first < last
            else _NO_NAMES
        )
        base = ClaimView(
            persons=named,
            claim=claim,
            stems=frozenset(tokens),
            phrases=frozenset(itertools.pairwise(tokens)),
            quantity=quantity,
            time=time,
            key=key,
            verb=verb,
            article=claim.article,
            age_of=(
                age_of(quantity, persons, analysis.text, outside=attribution_spans)
                if quantity is not None
                else None
            ),
            aged=aged_noun(quantity, analysis.text) if quantity is not None else None,
        )
        out.append(base)
        if _starts_within(duration_starts, claim.start, claim.end):
            for period in _lone(list(_extra_periods(analysis.text, claim, durations, quantity))):
                unit = period.unit or ""
                out.append(
                    replace(base, quantity=period, time=None, key=f"period:{unit}", age_of=None)
                )
        if not may_rank_within(hints, claim.start, claim.end) and (
            analysis.text[claim.start : claim.end] == claim.text
        ):
            continue
        for ordinal in ordinals(claim, not_ordinal):
            out.append(
                replace(
                    base,
                    quantity=ordinal.quantity,
                    time=None,  # a rank in a list is not a count at a point in time
                    key=f"{ORDINAL_UNIT}:{ordinal.quantity.counted_head}",
                    verb=ORDINAL_UNIT,
                    scoped=ordinal.scoped,
                    age_of=None,
                )
            )
    return out


_NO_NAMES: frozenset[str] = frozenset()


def _starts_within(starts: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the sorted offsets ``starts`` lies in ``[start, end]`` (where a span
    inside ``[start, end)`` starts, an empty one included)."""
    at = bisect.bisect_left(starts, start)
    return at < len(starts) and starts[at] <= end


def partitive_splits(claims: Sequence[Claim], quantities: dict[str, Quantity]) -> dict[str, Claim]:
    """Claims cut inside a partitive figure, each with the claim that continues it: "two of
    the" | "three victims died" states that two died, of three victims."""
    out = {}
    for claim, rest in itertools.pairwise(claims):
        part = quantities.get(claim.quantity or "")
        whole = quantities.get(rest.quantity or "")
        if part is None or whole is None or not 0 <= rest.start - claim.end <= PARTITIVE_GAP:
            continue
        if whole.start == rest.start and _PARTITIVE_END.match(claim.text[part.end - claim.start :]):
            out[claim.id] = rest
    return out


def superseded(view: ClaimView) -> bool:
    """The claim states its figure as an earlier report ("originally reported that two ...")."""
    return bool(SUPERSEDED_CUES.search(view.claim.text))


#: Name suffixes that are not a surname ("Anthony LaCalamita III").
_NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


#: Titles before a name that are not a given name.
_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sir gov gov. sen sen. rep rep. lt lt. sgt sgt. capt capt. "
    "deputy officer president judge coach".split()
)


def name_parts(name: str) -> list[str]:
    """A person's name as lower-case words without titles and suffixes."""
    words = name.lower().replace(",", " ").replace('"', " ").split()
    return [w for w in words if w not in _NAME_SUFFIXES and w not in _TITLES]


#: Distinct person names whose surnames are cached (a story names its people claim after
#: claim, and the time checks ask again).
SURNAME_CACHE_SIZE = 16_384


@functools.lru_cache(maxsize=SURNAME_CACHE_SIZE)
def surname(name: str) -> str:
    """The surname of a person's name, lower-cased: reports name one man "Anthony LaCalamita
    III", "Mr. LaCalamita" and "LaCalamita"."""
    parts = name_parts(name)
    return parts[-1] if parts else name.lower()


def same_person(a: str, b: str) -> bool:
    """Whether two names can be one person: one surname, and given names that do not differ
    ("Anthony LaCalamita" / "LaCalamita"; not "Jerry Ortiz" / "Jeremy Ortiz")."""
    first, second = name_parts(a), name_parts(b)
    if not first or not second or first[-1] != second[-1]:
        return False
    given_a, given_b = set(first[:-1]), set(second[:-1])
    return not given_a or not given_b or bool(given_a & given_b)


#: Text between a name and its age ("Cheeks, 48", "LaCalamita III, a 38-year-old Troy
#: resident") or an age and its name ("38-year-old Anthony LaCalamita", "the 40-year-old
#: Jackman").
_AGE_AFTER_NAME = re.compile(r"^\s*,\s*(?:(?:aged?|an?)\s+)?$")
_NAME_AFTER_AGE = re.compile(r"^\s*(?:(?:actor|actress|singer|player|coach|suspect)\s+)?$")

#: A common noun for a person after a name, which makes the name a place or an employer
#: ("the 39-year-old Troy man", "a 25-year-old Ford worker").
_PERSON_NOUN = re.compile(
    r"\s+(?:man|woman|boy|girl|resident|native|worker|employee|student|teen|teenager)\b"
)

#: An age as a definite description ("the 39-year-old Troy man"): "the" refers back to
#: someone the article has named.
_DEFINITE_AGE = re.compile(r"\bthe\s+$", re.IGNORECASE)

#: Farthest a definite age description reaches back for the person it refers to (characters:
#: about two sentences of news).
DEFINITE_AGE_REACH = 300


def age_of(
    quantity: Quantity,
    persons: Sequence[Mention],
    text: str,
    *,
    outside: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The name of the person an age is stated for: written next to the name, or referred
    back to by "the 39-year-old ..." (the nearest person named before it, outside the
    ``outside`` spans: a speaker is not who "the 39-year-old" is); None for other figures and
    for ages of people not named ("a 63-year-old woman")."""
    if (quantity.unit or "").lower() != "age":
        return None
    for mention in persons:
        if mention.end <= quantity.start and _AGE_AFTER_NAME.match(
            text[mention.end : quantity.start]
        ):
            return mention.name
        if (
            mention.start >= quantity.end
            and _NAME_AFTER_AGE.match(text[quantity.end : mention.start])
            and not _PERSON_NOUN.match(text, mention.end)
        ):
            return mention.name
    if not _DEFINITE_AGE.search(text, max(0, quantity.start - 6), quantity.start):
        return None
    before = [
        m
        for m in persons
        if quantity.start - DEFINITE_AGE_REACH <= m.start
        and m.end <= quantity.start
        and not any(a <= m.start < b for a, b in outside)
    ]
    return max(before, key=lambda m: m.start).name if before else None


_AGED_NOUN = re.compile(
    r"\s+(?:[a-z]+\s+)?(man|woman|boy|girl|mother|father|son|daughter|wife|"
    r"husband|child|baby|teenager|teen|student|driver|officer|victim|suspect)\b"
)


def aged_noun(quantity: Quantity, text: str) -> str | None:
    """The noun an age describes when no name is written next to it ("a 23-year-old man",
    "his 58-year-old mother"): ages of a man and of a mother are not one figure."""
    if (quantity.unit or "").lower() != "age":
        return None
    match = _AGED_NOUN.match(text, quantity.end)
    return match.group(1) if match else None


def period_figure(time: TimeExpr) -> Quantity | None:
    """A stated period ("10 days", "90 days") as a figure, so it is checked like one.

    Only periods stated with a number count; "the past year" names a window, not a figure.
    """
    match = _PERIOD.match(time.value or "")
    if time.type != TimeType.DURATION or match is None:
        return None
    approximate = _APPROXIMATELY.match(time.text)
    number_at = approximate.end() if approximate else 0
    if not _NUMBER_START.match(time.text[number_at:]):
        return None
    units = _CLOCK_UNITS if match.group(1) else _PERIOD_UNITS
    value = float(match.group(2))
    return Quantity(
        article=time.article,
        start=time.start,
        end=time.end,
        text=time.text,
        id=time.id,
        value=value,
        low=None if approximate else value,
        high=None if approximate else value,
        approximate=approximate is not None,
        unit=units[match.group(3)],
    )


def _unit_words(claim: Claim, quantity: Quantity | None) -> list[tuple[int, int]]:
    """Where the words of a figure's unit lie in its claim ("mph", "km / h"): a unit is not
    content (the figures are compared by unit anyway) and differs between outlets that
    convert ("120 mph" / "193 km/h")."""
    if quantity is None or not quantity.unit or quantity.counted:
        return []
    return [(quantity.start - claim.start, quantity.end - claim.start)]


def _lone(periods: list[Quantity]) -> list[Quantity]:
    """A claim's extra periods, unless it states several that differ ("the Angels are at eight
    years, the Orioles around seven years"): which one another report means cannot be told."""
    return periods if len({(p.value, p.unit) for p in periods}) <= 1 else []


def _offset(text: str, time: TimeExpr) -> bool:
    """A period that places an event ("two days after taking office", "a year ago") rather
    than measuring one."""
    return _OFFSET_AFTER.match(text, time.end) is not None


_OFFSET_AFTER = re.compile(r"\s*(?:after|before|later|earlier|ago|since|from now|into)\b")


def _extra_periods(
    text: str, claim: Claim, times: Iterable[TimeExpr], quantity: Quantity | None
) -> Iterator[Quantity]:
    """Stated periods of a claim besides its own figure ("chased him at more than 100 mph
    before he pulled over after about 15 minutes"): each is a figure of its own."""
    for time in times:
        if claim.start <= time.start and time.end <= claim.end:
            period = None if _offset(text, time) else period_figure(time)
            if period is not None and (quantity is None or period.id != quantity.id):
                yield period


def _content_terms(text: str, inside: Sequence[tuple[int, int]]) -> list[str]:
    """The content terms of a claim's text, in order, leaving out the words that start inside
    one of the ``inside`` spans (offsets in ``text``).

    The words are found by one ``findall`` per stretch between the spans, and their terms
    looked up in a dictionary with ``map``: no Python step per word but for new words."""
    if not inside:
        found: list[str] | None = WORD.findall(text)
        first_kept = True
    else:
        found = _words_outside(text, inside)
        if found is None:
            return _content_terms_by_word(text, inside)
        first = WORD.search(text)
        first_kept = first is not None and not any(a <= first.start() < b for a, b in inside)
    if not found:
        return []
    if not first_kept:
        return _later_terms(found)
    head = _first_term(found[0])
    terms = _later_terms(found[1:])
    return terms if head is None else [head, *terms]


def _words_outside(text: str, inside: Sequence[tuple[int, int]]) -> list[str] | None:
    """The words of ``text`` that start outside the ``inside`` spans, or None when a span
    edge falls inside a word (the stretches between the spans would then cut it)."""
    clipped = [(max(a, 0), min(b, len(text))) for a, b in inside]
    out: list[str] = []
    at = 0
    for a, b in sorted(clipped):
        if b <= at or a >= b:
            continue
        if a > at:
            if _cuts_word(text, a):
                return None
            out += WORD.findall(text, at, a)
        at = b
        if _cuts_word(text, at):
            return None
    out += WORD.findall(text, at)
    return out


#: Characters a word token may hold inside it: a word crosses a point only between two
#: letter-word characters or two number characters (``WORD``).
_LETTER_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-")
_NUMBER_WORD = frozenset("0123456789,.")


def _cuts_word(text: str, at: int) -> bool:
    """Whether a word of ``text`` may run across offset ``at``."""
    if at <= 0 or at >= len(text):
        return False
    before, after = text[at - 1], text[at]
    return (before in _LETTER_WORD and after in _LETTER_WORD) or (
        before in _NUMBER_WORD and after in _NUMBER_WORD
    )


def _content_terms_by_word(text: str, inside: Sequence[tuple[int, int]]) -> list[str]:
    """``_content_terms`` one word at a time (when a span edge falls inside a word)."""
    terms = []
    for index, match in enumerate(WORD.finditer(text)):
        start = match.start()
        for a, b in inside:
            if a <= start < b:
                break
        else:
            term = _later_term(match.group()) if index else _first_term(match.group())
            if term is not None:
                terms.append(term)
    return terms


def _later_terms(words: list[str]) -> list[str]:
    """The terms of words after a claim's first, without stop words and numbers."""
    try:
        found = list(map(_LATER_TERMS.__getitem__, words))
    except KeyError:  # a word not met yet (or since the cache was emptied)
        found = list(map(_later_term_of, words))
    return list(filter(None, found))


#: ``_term`` of words after a claim's first, "" for none: one dictionary lookup per word,
#: cheaper than a call of a cached function. Emptied when it reaches ``STEM_CACHE_SIZE``
#: words (news vocabulary is Zipfian: the common words come back at once).
_LATER_TERMS: dict[str, str] = {}


def _later_term_of(word: str) -> str:
    """``_term`` of a word after a claim's first ("" for none), kept in ``_LATER_TERMS``."""
    term = _LATER_TERMS.get(word)
    if term is None:
        if len(_LATER_TERMS) >= STEM_CACHE_SIZE:
            _LATER_TERMS.clear()
        term = _LATER_TERMS[word] = _term(word, False) or ""
    return term


@functools.lru_cache(maxsize=STEM_CACHE_SIZE)
def _first_term(word: str) -> str | None:
    """``_term`` of a claim's first word (cached: one argument makes the cheapest lookup)."""
    return _term(word, True)


def _later_term(word: str) -> str | None:
    """``_term`` of a word after a claim's first."""
    return _later_term_of(word) or None


def _term(word: str, first: bool) -> str | None:
    """A content term, None for a stop word or a number: a name keeps its word ("N:guard" for
    "National Guard"), so it does not match the common noun ("state national guard members");
    other words map to their stem's verb class."""
    if not word[0].isalpha() or word.lower() in STOPWORDS:
        return None
    if word[0].isupper() and not first and not word.isupper():
        return "N:" + word.lower()
    if word.isupper() and len(word) > 1:
        return "N:" + word.lower()
    return verb_class(stem(word))


_PERIOD = re.compile(r"^P(T)?(\d+)([DWMYHS])$")
_PERIOD_UNITS = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}
_CLOCK_UNITS = {"H": "hours", "M": "minutes", "S": "seconds"}
_APPROXIMATELY = re.compile(
    r"(?:about|around|nearly|almost|roughly|some|approximately)\s+", re.IGNORECASE
)
_NUMBER_START = re.compile(
    r"^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|ninety|hundred)\b)",
    re.IGNORECASE,
)


class Weights:
    """Rarity of content stems and phrases among a story's claims (IDF)."""

    def __init__(self, claim_views: Sequence[ClaimView]) -> None:
        self.total = max(len(claim_views), 1)
        self.stem_df: Counter[str] = Counter(
            itertools.chain.from_iterable(view.stems for view in claim_views)
        )
        self.phrase_df: Counter[tuple[str, str]] = Counter(
            itertools.chain.from_iterable(view.phrases for view in claim_views)
        )
        # one logarithm per distinct count (most stems are in one claim or two), not per stem
        counts = self.stem_df.values()
        of_count = {n: math.log((self.total + 1) / (n + 0.5)) for n in set(counts)}
        self._idf = dict(zip(self.stem_df, map(of_count.__getitem__, counts), strict=True))
        self._unseen = math.log((self.total + 1) / 0.5)
        self._totals: dict[str, float] = {}
        self._phrase_limit = max(2, MAX_PHRASE_SHARE * self.total)

    def stem(self, token: str) -> float:
        return self._idf.get(token, self._unseen)

    def weight(self, tokens: Iterable[str]) -> float:
        return sum(map(self._idf.get, tokens, itertools.repeat(self._unseen)))

    def total_weight(self, view: ClaimView) -> float:
        """The weight of a claim's whole content (cached per claim)."""
        found = self._totals.get(view.claim.id)
        if found is None:
            found = self._totals[view.claim.id] = self.weight(view.stems)
        return found

    def distinctive_phrase(self, phrase: tuple[str, str]) -> bool:
        return self.phrase_df[phrase] <= self._phrase_limit


def overlap(a: ClaimView, b: ClaimView, weights: Weights) -> float:
    """Shared content weight as a fraction of the lighter claim's weight."""
    shared = a.stems & b.stems
    lighter = min(weights.total_weight(a), weights.total_weight(b))
    return weights.weight(shared) / lighter if lighter > 0 else 0.0


def statements_align(a: ClaimView, b: ClaimView, weights: Weights) -> bool:
    """Whether two claims say the same thing (at compatible times).

    Claims giving different times are never aligned: a disputed weekday or date looks the
    same as a reporting day leaking into the claim ("said Friday") or a header line, and
    on crosscheck-dev comparing them made three false conflicts for no true one.
    """
    return _statements_align(a, b, min(weights.total_weight(a), weights.total_weight(b)), weights)


def _statements_align(a: ClaimView, b: ClaimView, lighter: float, weights: Weights) -> bool:
    """``statements_align`` given the lighter claim's total weight (``link`` has them all)."""
    shared = a.stems & b.stems
    if len(shared) < MIN_SHARED_STEMS:
        return False
    if a.time is not None and b.time is not None and not times_compatible(a.time, b.time):
        return False
    score = weights.weight(shared) / lighter if lighter > 0 else 0.0
    if score >= STATEMENT_OVERLAP:
        return True
    if score < STATEMENT_OVERLAP_WITH_PHRASE:
        return False
    return any(weights.distinctive_phrase(p) for p in a.phrases & b.phrases)


def figures_align(a: ClaimView, b: ClaimView, weights: Weights) -> bool:
    if a.quantity is None or b.quantity is None:
        return False
    if distinctive(a.quantity) and _same_distinctive(a.quantity, b.quantity):
        return True  # "55.3 million" in two reports of one story is one figure
    if a.key in ("", "?") or a.key != b.key:
        return False
    if a.age_of is not None and b.age_of is not None:
        # Ages written next to a name are about that person, whatever the clause's verb.
        return same_person(a.age_of, b.age_of)
    if a.aged and b.aged and a.aged != b.aged:
        return False  # "a 23-year-old man" and "his 58-year-old mother"
    if a.verb == ORDINAL_UNIT or b.verb == ORDINAL_UNIT:
        return _ordinals_align(a, b)
    if common_unit(a.quantity.unit) != common_unit(b.quantity.unit):
        return False
    if a.verb != b.verb or a.verb == "?":
        return False
    if not times_compatible(a.time, b.time):
        return False
    if a.persons and b.persons and not a.persons & b.persons:
        return False  # "Kafoury, 63" and "Riva, 47": ages of different people
    if _dated(a) != _dated(b) and compare_quantities(a.quantity, b.quantity) == Verdict.CONFLICT:
        # "In February, a gunman killed five people" is an earlier event, not a different
        # count of "Gunman kills 1": differing figures only conflict at the same time.
        return False
    # A period ("10 days") or a bare unit does not say what it measures: the claims must
    # also say the same thing in words.
    weak_key = a.key.startswith("period:") or a.quantity.counted is None
    context = (a.stems & b.stems) - {a.key, a.verb}
    if len(context) < FIGURE_MIN_CONTEXT:
        # Headlines share no word besides the count ("Gunman kills 1" / "Office shooting kills
        # 1"): one exact count of one thing with one verb is taken as one fact when the figures
        # are equal. Differing figures need the shared context: a conflict needs more evidence,
        # unless one is named as an earlier report of the count (an update, not a conflict).
        revised = superseded(a) != superseded(b)
        return not weak_key and (revised or _equal_exact(a.quantity, b.quantity))
    return not weak_key or statements_align(a, b, weights)


def distinctive(quantity: Quantity) -> bool:
    """An exact figure with enough significant digits ("55.3 million", "923") that two reports
    of one story stating it state the same fact, whatever words surround it."""
    if not is_exact(quantity) or quantity.value is None or quantity.unit == "age":
        return False
    digits = f"{abs(quantity.value):.6g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")
    return len(digits) >= DISTINCTIVE_DIGITS


def _same_distinctive(a: Quantity, b: Quantity) -> bool:
    if a.unit and b.unit and common_unit(a.unit) != common_unit(b.unit):
        return False
    return _equal_exact(a, b)


def _equal_exact(a: Quantity, b: Quantity) -> bool:
    return is_exact(a) and is_exact(b) and compare_quantities(a, b) == Verdict.AGREE


def _ordinals_align(a: ClaimView, b: ClaimView) -> bool:
    """Two ranks of one thing: same ranked noun, same list (scoped or not), same people, and
    a shared word of context ("Cheeks ... fourth head coach since King took over")."""
    if a.verb != b.verb or a.scoped != b.scoped:
        return False
    if a.persons and b.persons and not a.persons & b.persons:
        return False  # "O'Brien, the 20th coach" and "Cheeks, the 21st coach"
    differ = (
        a.quantity is not None and b.quantity is not None and a.quantity.value != b.quantity.value
    )
    if differ and not (a.scoped and a.persons and b.persons):
        # Differing ranks conflict only in one stated list of one person's: most differing
        # ranks in a story rank different things ("her second marriage", "a third"; "its
        # fifth straight win", "the seventh straight game"; "the 58th victory").
        return False
    shared = (a.stems & b.stems) - {a.key.partition(":")[2]}
    return len(shared) + len(a.persons & b.persons) >= FIGURE_MIN_CONTEXT


def _dated(view: ClaimView) -> bool:
    return view.time is not None and view.time.type in (TimeType.DATE, TimeType.TIME)


def times_compatible(a: TimeExpr | None, b: TimeExpr | None) -> bool:
    """False only when both claims are dated and the dates exclude each other."""
    if a is None or b is None or not a.value or not b.value:
        return True
    if a.type not in (TimeType.DATE, TimeType.TIME) or b.type not in (TimeType.DATE, TimeType.TIME):
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def group(
    claim_views: Sequence[ClaimView],
    linked: Iterable[tuple[int, int]],
    *,
    compatible: Callable[[Sequence[ClaimView], Sequence[ClaimView]], bool] | None = None,
) -> list[list[ClaimView]]:
    """Groups of linked claims with members of at least two articles.

    Groups grow by average link, not by chaining: two groups merge only when at least
    ``GROUP_LINK_SHARE`` of their cross-article member pairs are linked, so one long claim
    touching two topics ("declaring a national emergency ..., allowing the National Guard to
    be sent") does not pull both topics into one check.
    """
    links = sorted(set(linked))
    articles = [view.article for view in claim_views]
    # The pairs that count as linked between groups: given as (lower, higher) index, of
    # claims of different articles.
    neighbours: dict[int, set[int]] = {}
    for a, b in links:
        if a < b and articles[a] != articles[b]:
            neighbours.setdefault(a, set()).add(b)
            neighbours.setdefault(b, set()).add(a)
    member_of = list(range(len(claim_views)))
    # a claim in no link stays alone, and a group of one article is no finding
    groups = {i: _Group(i, articles[i]) for i in sorted({i for link in links for i in link})}
    for a, b in links:
        ga, gb = member_of[a], member_of[b]
        if ga == gb or not groups[ga].close(groups[gb], neighbours):
            continue
        if compatible is not None and not compatible(
            [claim_views[i] for i in groups[ga].members],
            [claim_views[i] for i in groups[gb].members],
        ):
            continue
        merged = groups.pop(gb)
        groups[ga].absorb(merged)
        for index in merged.members:
            member_of[index] = ga
    out = []
    for found in groups.values():
        if len(found.articles) > 1:
            out.append([claim_views[i] for i in sorted(found.members)])
    return out


class _Group:
    """A growing group of claims: its members in joining order, as a set, and per article."""

    __slots__ = ("articles", "member_set", "members")

    def __init__(self, member: int, article: str) -> None:
        self.members = [member]
        self.member_set = {member}
        self.articles = {article: 1}

    def absorb(self, other: _Group) -> None:
        self.members.extend(other.members)
        self.member_set |= other.member_set
        for article, count in other.articles.items():
            self.articles[article] = self.articles.get(article, 0) + count

    def close(self, other: _Group, neighbours: dict[int, set[int]]) -> bool:
        """Whether at least ``GROUP_LINK_SHARE`` of the cross-article member pairs of the two
        groups are linked (counted from the smaller side, with set operations)."""
        if len(self.members) == 1 == len(other.members):
            # two lone claims (how every group starts): one pair, linked or not
            return other.members[0] in neighbours.get(self.members[0], _NO_LINKS)
        small, large = (self, other) if len(self.members) <= len(other.members) else (other, self)
        counts = large.articles
        same = sum(n * counts.get(article, 0) for article, n in small.articles.items())
        pairs = len(self.members) * len(other.members) - same
        inside = large.member_set
        linked_pairs = sum(len(neighbours.get(a, _NO_LINKS) & inside) for a in small.members)
        return pairs > 0 and linked_pairs >= GROUP_LINK_SHARE * pairs


_NO_LINKS: frozenset[int] = frozenset()


def link(
    claim_views: Sequence[ClaimView], weights: Weights, *, figures: bool
) -> list[tuple[int, int]]:
    """Index pairs of aligned claims from different articles.

    Candidate pairs come from buckets (figures: what they count and their verb class;
    statements: their rarer content stems), never all pairs of a large story.
    """
    linked: list[tuple[int, int]] = []
    if figures:
        for i, near in _figure_candidates(claim_views):
            view = claim_views[i]
            linked.extend((i, j) for j in near if figures_align(view, claim_views[j], weights))
        return linked
    # Copies of a wire report, and reports quoting one statement, repeat the same claims:
    # whether two statements align depends only on what ``statement_key`` holds, so each pair
    # of keys is tested once.
    keys: dict[object, int] = {}
    classes = [keys.setdefault(statement_key(view), len(keys)) for view in claim_views]
    # Only a pair with a claim of a repeated key can come again: the others skip the memo.
    sizes = Counter(classes)
    repeated = [sizes[key] > 1 for key in classes]
    tested: dict[tuple[int, int], bool] = {}
    totals = [weights.total_weight(view) for view in claim_views]
    for i, near in _statement_candidates(claim_views, weights):
        view, first, total = claim_views[i], classes[i], totals[i]
        for j in near:
            if not (repeated[i] or repeated[j]):
                if _statements_align(view, claim_views[j], min(total, totals[j]), weights):
                    linked.append((i, j))
                continue
            second = classes[j]
            pair = (first, second) if first <= second else (second, first)
            aligned = tested.get(pair)
            if aligned is None:
                lighter = min(total, totals[j])
                aligned = tested[pair] = _statements_align(view, claim_views[j], lighter, weights)
            if aligned:
                linked.append((i, j))
    return linked


def statement_key(view: ClaimView) -> object:
    """What ``statements_align`` reads of a claim (it is symmetric in its two claims)."""
    time = view.time
    return view.stems, view.phrases, None if time is None else (time.type, time.value)


def _figure_candidates(claim_views: Sequence[ClaimView]) -> Iterator[tuple[int, list[int]]]:
    """For each figure, the later figures of other articles in one of its buckets, in order
    (figures with none are left out: most claims state no figure, most figures share no
    bucket)."""
    articles = [view.article for view in claim_views]
    in_buckets: dict[int, list[list[int]]] = {}
    for members in _figure_buckets(claim_views).values():
        if len(members) > 1:
            for index in members:
                in_buckets.setdefault(index, []).append(members)
    for i in sorted(in_buckets):
        shared = in_buckets[i]
        # a bucket lists its figures in order; several buckets are merged
        ordered = shared[0] if len(shared) == 1 else sorted(set().union(*shared))
        article = articles[i]
        near = [j for j in ordered if j > i and articles[j] != article]
        if near:
            yield i, near


def _statement_candidates(
    claim_views: Sequence[ClaimView], weights: Weights
) -> Iterator[tuple[int, list[int]]]:
    """For each claim, the later claims of other articles that share one of its rarer stems
    and could share MIN_SHARED_STEMS stems in all, in order.

    A claim sharing two rarer stems qualifies; one sharing a single rarer stem only when it
    also shares a common one. Sets of claims are bit masks (bit ``j`` for claim ``j``), so the
    work per claim is a few integer operations per stem, never a step per pair sharing a stem
    (millions in a story of hundreds of articles).
    """
    most = max(MIN_BUCKET, MAX_STEM_SHARE * weights.total)
    stem_df = weights.stem_df
    rare: dict[str, int] = {}
    common: dict[str, int] = {}
    of_article: dict[str, int] = {}
    for index, view in enumerate(claim_views):
        bit = 1 << index
        for token in view.stems:
            count = stem_df[token]
            if count == 1:
                continue  # a stem of no other claim makes no pair
            found = rare if count <= most else common
            found[token] = found.get(token, 0) | bit
        of_article[view.article] = of_article.get(view.article, 0) | bit
    for i, view in enumerate(claim_views):
        once = twice = shared_common = 0
        for token in view.stems:
            members = rare.get(token)
            if members is None:
                members = common.get(token)
                if members is not None:
                    shared_common |= members
                continue
            twice |= once & members
            once |= members
        near = once if MIN_SHARED_STEMS < 2 else twice | (once & ~twice & shared_common)
        # the claims after this one, of other articles (masked once here rather than per
        # stem: masking distributes over the unions and intersections above)
        near &= (-1 << (i + 1)) & ~of_article[view.article]
        if near:
            yield i, _indices(near)


def _indices(mask: int) -> list[int]:
    """The positions of the set bits of ``mask``, in increasing order."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def _figure_buckets(claim_views: Sequence[ClaimView]) -> dict[object, list[int]]:
    """Figures that may align: same counted thing and verb class, same aged person, or the
    same distinctive value."""
    buckets: dict[object, list[int]] = {}
    for index, view in enumerate(claim_views):
        if view.quantity is not None:
            buckets.setdefault((view.key, view.verb), []).append(index)
            if view.age_of is not None:
                of = "of:" + surname(view.age_of)
                buckets.setdefault((view.key, of), []).append(index)
            if distinctive(view.quantity):
                buckets.setdefault(("value", view.quantity.value), []).append(index)
    return buckets
