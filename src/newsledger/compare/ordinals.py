"""Ordinal figures ("the fourth head coach", "Philadelphia's 21st head coach") as checkable values.

The quantities extractor leaves ordinals out (they rank, they do not count), yet two reports
that make one man "the fourth coach since King took over" and "the fifth coach under his
watch" contradict each other. This module reads ordinals from a claim's text and states each
as a figure with unit ``"ordinal"``, so the cross-check compares it like any other figure.

An ordinal is only a figure when it ranks a thing: ranks of a superlative ("fourth-highest win
total"), ordinals inside dates ("10th Nov") and inside names are left out. Its *scope* ("since
King took over", "in four years", "this season") is kept as a flag: "the fourth coach since
King took over" and "the 21st coach" of the franchise rank in different lists.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newsledger.compare.lexicon import STOPWORDS, stem
from newsledger.model import Claim, Quantity, Span, item_id

#: Unit of the figures made from ordinals (they only align with other ordinals).
ORDINAL_UNIT = "ordinal"

#: "first" is left out: news uses it far more as an adverb or for "the first time" than to
#: rank ("LaCalamita first stopped at the reception", "his first head coaching job").
_ORDINAL_WORDS: dict[str, int] = {
    word: index
    for index, word in enumerate(
        """second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
        twentieth""".split(),
        start=2,
    )
}

#: "fourth", "21st", "3rd": a word ordinal or digits with an ordinal suffix. The leading
#: look-ahead (a first letter of an ordinal word, or a digit) changes no match; it lets
#: the regex engine skip most positions before trying the alternation (twice as fast).
_ORDINAL = re.compile(
    r"(?=["
    + "".join(sorted({word[0] for word in _ORDINAL_WORDS}))
    + r"\d])\b(?:(?P<word>"
    + "|".join(_ORDINAL_WORDS)
    + r")|(?P<digits>\d{1,3})(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)

#: What every match of ``_ORDINAL`` holds, in lower case (an ordinal word, or a digit and a
#: suffix): a quick test that rules out most claims (nine in ten hold no ordinal) before the
#: slower case-blind search runs. Substring tests beat one regex of all the words.
_ORDINAL_WORD_TUPLE = tuple(_ORDINAL_WORDS)
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)")

#: After an ordinal, a rank of a superlative or a fraction, not a place in a list.
_NOT_A_RANK = re.compile(
    r"(?:-|\s+)(?:highest|lowest|largest|smallest|biggest|most|least|"
    r"best|worst|longest|shortest|quarter|half|time)\b",
    re.IGNORECASE,
)

#: Nouns of time: "the eighth day of protests", "his fourth season" count time as it passes
#: (reports written a day apart differ), so they are not ranks to compare.
TIME_UNITS: frozenset[str] = frozenset(
    """second seconds minute minutes hour hours day days night nights week weeks month months
    year years season seasons decade decades century centuries quarter quarters half inning
    innings round rounds period periods term terms anniversary""".split()
)

#: Smallest rank read from digits ("1st" is left out for the reason "first" is).
MIN_RANK = 2

#: Words between an ordinal and the noun it ranks that are part of the noun phrase.
MAX_PHRASE_WORDS = 3

#: A phrase after the ranked noun that narrows the list it ranks in.
_SCOPE = re.compile(
    r"[\s,]*(?:since|under|during|so far|this (?:year|season|month|week|decade)|"
    r"in (?:the )?(?:past |last )?(?:\w+|\d+) (?:years?|seasons?|months?|weeks?|days?|decades?)|"
    r"of the (?:year|season|month|week|day|decade)|in a row|straight|consecutive)\b",
    re.IGNORECASE,
)

#: Lower-case words that end the ranked noun phrase (prepositions, conjunctions, verbs' helpers).
_PHRASE_END = re.compile(r"^[a-z]+$")


@dataclass(frozen=True, slots=True)
class Ordinal:
    """An ordinal figure of a claim and whether a phrase narrows the list it ranks in."""

    quantity: Quantity
    scoped: bool


def ordinals(claim: Claim, excluded: Sequence[Span] = ()) -> list[Ordinal]:
    """Ordinals ranking a noun in the claim, outside the ``excluded`` spans (dates, names).

    A claim giving several ranks of one noun ("the fifth running back this season, the second
    in two days") ranks it in several lists: its ranks of that noun are left out, since which
    list another report means cannot be told.
    """
    found = list(_ordinals(claim, excluded))
    values: dict[str | None, set[float | None]] = {}
    for item in found:
        values.setdefault(item.quantity.counted_head, set()).add(item.quantity.value)
    return [item for item in found if len(values[item.quantity.counted_head]) == 1]


def may_rank(text: str) -> bool:
    """False only when ``text`` holds no ordinal. Only ASCII text is tested: a case-blind
    regex also matches some non-ASCII letters ("ſ" for "s") that lower-casing keeps."""
    if not text.isascii():
        return True
    lower = text.lower()
    return any(word in lower for word in _ORDINAL_WORD_TUPLE) or (
        _DIGIT_ORDINAL.search(lower) is not None
    )


def rank_hints(text: str) -> list[int] | None:
    """Where in ``text`` what ``may_rank`` looks for starts (every occurrence, sorted), so
    that ``may_rank_within`` answers for its slices without reading them again; None when
    the text is not ASCII (every slice may rank)."""
    if not text.isascii():
        return None
    lower = text.lower()
    hints = []
    for word in _ORDINAL_WORD_TUPLE:
        at = lower.find(word)
        while at >= 0:
            hints.append(at)
            at = lower.find(word, at + 1)
    hints.extend(match.start() for match in _DIGIT_ORDINAL.finditer(lower))
    hints.sort()
    return hints


def may_rank_within(hints: list[int] | None, start: int, end: int) -> bool:
    """False only when ``text[start:end]`` holds no ordinal (``hints`` from
    ``rank_hints(text)``): ``may_rank`` of the slice is then False too."""
    if hints is None:
        return True
    at = bisect.bisect_left(hints, start)
    return at < len(hints) and hints[at] < end


def _ordinals(claim: Claim, excluded: Sequence[Span]) -> Iterator[Ordinal]:
    text = claim.text
    if not may_rank(text):
        return
    for match in _ORDINAL.finditer(text):
        start, end = claim.start + match.start(), claim.start + match.end()
        if any(span.start <= start < span.end for span in excluded):
            continue
        if _NOT_A_RANK.match(text, match.end()):
            continue
        phrase = _ranked_phrase(text, match.end())
        if phrase is None:
            continue
        head, phrase_end = phrase
        if head[0].isupper() or head.lower() in TIME_UNITS:
            continue  # "115th Street", "the 81st Academy Awards"; "the eighth day of riots"
        value = float(
            _ORDINAL_WORDS[match.group("word").lower()]
            if match.group("word")
            else int(match.group("digits"))
        )
        if value < MIN_RANK:
            continue
        quantity = Quantity(
            article=claim.article,
            start=start,
            end=end,
            text=match.group(0),
            id=item_id("ordinal", claim.article, start, end),
            value=value,
            low=value,
            high=value,
            unit=ORDINAL_UNIT,
            counted=head,
            counted_head=stem(head),
        )
        yield Ordinal(quantity, scoped=bool(_SCOPE.match(text, phrase_end)))


def _ranked_phrase(text: str, position: int) -> tuple[str, int] | None:
    """The head noun an ordinal ranks ("head coach" -> "coach") and where its phrase ends."""
    head: str | None = None
    end = position
    for count, match in enumerate(re.finditer(r"\s+([A-Za-z][A-Za-z'’\-]*)", text[position:])):
        if match.start() != end - position or count >= MAX_PHRASE_WORDS:
            break
        word = match.group(1)
        lower = word.lower()
        if lower in STOPWORDS or (head is not None and _PHRASE_END.match(word) and _is_link(lower)):
            break
        head, end = word, position + match.end()
    if head is None or head.lower() in STOPWORDS:
        return None
    return head, end


def _is_link(word: str) -> bool:
    """Lower-case words that follow a noun phrase rather than extend it (verbs, adverbs)."""
    return word.endswith(("ed", "ly")) or word in _LINKS


_LINKS = frozenset("is are was were will has have had".split())
