"""What a number counts: the noun phrase after it ("1,500 active duty troops"), after "of"
("thousands of troops", "60% of the parts"), or a role given by a verb around it ("killed 37",
"37 were killed", "the death toll rose to 37" -> "people killed").

No part-of-speech tagger: a counted phrase is a run of content words after the number that
ends at a function word or punctuation, at the first plural noun that no other plural follows
("46,000 people | crossed"), and, for a count of one, before a verb in -s ("one order | gives").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from newsledger.extract.quantity.lexicon import (
    AUXILIARIES,
    CASUALTY_AFTER,
    CASUALTY_HEADS,
    CASUALTY_VERBS,
    COUNTED_SKIP,
    HEAD_SYNONYMS,
    IRREGULAR_PAST,
    IRREGULAR_PLURALS,
    MONTHS,
    STOP_WORDS,
    TIME_UNITS,
    TOLL_WORDS,
    WEEKDAYS,
)
from newsledger.extract.quantity.tokens import Token

#: Longest counted phrase, in words ("new aerial refueling tankers" has four).
MAX_COUNTED_WORDS: Final = 6
#: How many tokens back "death toll" may stand from its number ("the death toll has risen to").
TOLL_WINDOW: Final = 6
#: Words after "of" that stand for something counted elsewhere ("two of them").
_PRONOUNS: Final[frozenset[str]] = frozenset("them us you whom which it".split())
#: Determiners after "of" that the counted phrase leaves out ("thousands of the troops").
_DETERMINERS: Final[frozenset[str]] = frozenset(
    "the a an its their his her our your my this that these those all".split()
)
#: Nouns in -ly ("family", "ally"), which the adverb rule must not stop at.
_LY_NOUNS: Final[frozenset[str]] = frozenset(
    "family families ally rally assembly supply july italy anomaly monopoly".split()
)


#: Not frozen: built tens of times per article, where the frozen ``__init__`` (one
#: ``object.__setattr__`` per field) took seven times as long. Never changed once built, and
#: hashed by its fields as the frozen class was.
@dataclass(init=False, slots=True, unsafe_hash=True)
class Counted:
    phrase: str
    head: str
    end: int  # token index after the phrase (or the figure's end when the phrase is not after)
    role: bool = False  # given by a verb ("killed 37"), not a noun phrase after the number

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        phrase: str,
        head: str,
        end: int,
        role: bool = False,
    ) -> None:
        self.phrase = phrase
        self.head = head
        self.end = end
        self.role = role


def normal_head(phrase: str) -> str:
    """The normalised head of a counted phrase: its last word (or last two) through the
    synonym lexicon, lower-cased ("active duty forces" -> "troops")."""
    words = phrase.lower().replace("’", "'").split()
    if len(words) >= 2:
        pair = f"{words[-2]} {words[-1]}"
        if pair in HEAD_SYNONYMS:
            return HEAD_SYNONYMS[pair]
    last = words[-1] if words else ""
    return HEAD_SYNONYMS.get(last, last)


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


def counted_after(
    text: str, tokens: list[Token], i: int, *, singular: bool, allow_bare: bool, share: bool = False
) -> Counted | None:
    """The counted phrase starting at tokens[i] (after the figure). Without "of" it is only
    looked for when ``allow_bare`` (counts, not money or measures); ``share`` says the figure
    is a share that takes a determiner directly ("half its speed", "half the voters")."""
    j = i
    after_of = _low(tokens, j) == "of"
    if after_of:
        j += 1
        if _low(tokens, j) in _PRONOUNS:
            return None
    elif not (allow_bare or share):
        return None
    if after_of or share:
        while _low(tokens, j) in _DETERMINERS or _possessive(tokens, j):
            j += _possessive(tokens, j) or 1
    while _low(tokens, j) in COUNTED_SKIP:
        j += 1
    words = _phrase(tokens, j, singular=singular, after_of=after_of)
    if not words:
        return None
    first, last = words[0], words[-1]
    if len(words) == 1 and tokens[first].low in CASUALTY_HEADS:
        role = CASUALTY_AFTER.get(tokens[first].low, "people " + tokens[first].low)
        return Counted(role, "people", last + 1, role=True)
    phrase = text[tokens[first].start : tokens[last].end]
    return Counted(phrase, normal_head(phrase), last + 1)


def _possessive(tokens: list[Token], j: int) -> int:
    """How many tokens a possessor at j takes: "Boeing's" one, "Airbus '" two (the
    tokeniser leaves a bare apostrophe apart), anything else none."""
    if j >= len(tokens) or tokens[j].kind != "w":
        return 0
    if tokens[j].low.endswith(("'s", "’s")):
        return 1
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if (
        tokens[j].low.endswith("s")
        and following is not None
        and following.glued
        and following.text in "'’"
    ):
        return 2
    return 0


def _content(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] may stand in a counted phrase."""
    if j >= len(tokens):
        return False
    token = tokens[j]
    if token.kind == "s":
        return token.text == "-" and token.glued and j + 1 < len(tokens) and tokens[j + 1].glued
    if token.kind == "n":
        following = tokens[j + 1] if j + 1 < len(tokens) else None
        if following is not None and following.glued and following.text == "-":
            return True  # "10-year sentences"
        return _content(tokens, j + 1) and following is not None and following.kind == "w"
    low = token.low
    if j + 1 < len(tokens) and tokens[j + 1].glued and tokens[j + 1].kind == "n":
        return True  # a model code such as "A350"
    in_compound = token.glued and tokens[j - 1].text == "-"
    if low in STOP_WORDS or low in IRREGULAR_PAST or (low in TIME_UNITS and not in_compound):
        return False  # but "fourth-quarter sacks" and "10-year sentences" are one word
    if token.is_capitalised and (low in MONTHS or low in WEEKDAYS):
        return False
    return not (low.endswith("ly") and low not in _LY_NOUNS and not token.is_capitalised)


def is_plural(token: Token) -> bool:
    low = token.low
    return low in IRREGULAR_PLURALS or (
        low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")) and len(low) > 2
    )


def _participle(token: Token) -> bool:
    """-ed and -ing words, which end a phrase unless a noun follows ("armed men"); not
    "speed", "bed" or "hundred"-like nouns."""
    low = token.low
    if token.kind != "w" or token.is_capitalised:
        return False
    return low.endswith("ing") or (low.endswith("ed") and not low.endswith("eed") and len(low) > 4)


def _phrase(tokens: list[Token], j: int, *, singular: bool, after_of: bool) -> list[int]:
    """Token indexes of the counted phrase starting at j."""
    words: list[int] = []
    count = 0
    while _content(tokens, j):
        token = tokens[j]
        if token.kind == "n" and not words and not _glued_next(tokens, j):
            if not after_of:
                break  # "5 10 people" is two figures
            j += 1  # "half of the 3,200 dealers": the dealers are counted by both
            continue
        if not token.glued:
            count += 1
            if count > MAX_COUNTED_WORDS:
                break
        if _possessive(tokens, j):
            words = []  # "5,000 of the country's troops": the possessor is not counted
            j += _possessive(tokens, j)
            continue
        if singular and words and token.kind == "w" and token.low.endswith("s"):
            break  # "one order | gives"
        if _participle(token) and not _content(tokens, j + 1):
            if not words and token.low in CASUALTY_HEADS:
                words.append(j)
            break
        if not words and token.low in CASUALTY_HEADS:
            words.append(j)
            break
        if _low(tokens, j + 1) == "than":
            break  # "eight fewer than": a comparison, not a noun
        words.append(j)
        if token.kind == "w" and is_plural(token) and not singular and not _goes_on(tokens, j):
            break
        j += 1
    while words and (tokens[words[-1]].kind != "w" or _open_compound(tokens, words[-1])):
        words.pop()
    return words


def _goes_on(tokens: list[Token], j: int) -> bool:
    """After a plural at j, whether the phrase goes on: to another plural ("people
    smugglers"), or over one capitalised word to one ("plainclothes NYPD officers"; but not
    "children holding candles")."""
    for k in (j + 1, j + 2):
        if not _content(tokens, k) or tokens[k].kind != "w":
            return False
        if is_plural(tokens[k]):
            return True
        if not tokens[k].is_capitalised:
            return False
    return False


def _glued_next(tokens: list[Token], j: int) -> bool:
    """ "10-year sentences", "737s": a number that is part of a compound word."""
    return j + 1 < len(tokens) and tokens[j + 1].glued and tokens[j + 1].kind != "n"


def _open_compound(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is cut off inside a hyphenated word ("mid-" of "mid-sized")."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return following is not None and following.glued and following.text == "-"


def counted_around(tokens: list[Token], first: int, end: int) -> Counted | None:
    """A role given by a verb: "killed 37", "37 were killed", "the death toll rose to 37"."""
    j = end
    while _low(tokens, j) in AUXILIARIES:
        j += 1
    if _low(tokens, j) in CASUALTY_AFTER:
        return Counted(CASUALTY_AFTER[tokens[j].low], "people", end, role=True)
    before = _low(tokens, first - 1)
    if before in CASUALTY_VERBS:
        return Counted(CASUALTY_VERBS[before], "people", end, role=True)
    for k in range(first - 1, max(-1, first - 1 - TOLL_WINDOW), -1):
        if tokens[k].low == "toll" and _low(tokens, k - 1) in TOLL_WORDS:
            return Counted("people killed", "people", end, role=True)
        if tokens[k].kind != "w":
            break
    return None
