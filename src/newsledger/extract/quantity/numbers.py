"""Reading the number itself at a token: digits, words, scales, vague magnitudes, fractions.

Each reader takes the sentence's tokens and an index and returns a ``Core`` (the number, the
tokens it spans) or None. Currency, units, ranges and modifiers around it are the scanner's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from newsledger.extract.quantity.lexicon import (
    COUNT_NOUNS,
    FRACTION_WORDS,
    MONEY_SCALES,
    SCALES,
    TENS,
    UNITS,
    VAGUE_PLURALS,
    VAGUE_QUANTIFIERS,
)
from newsledger.extract.quantity.tokens import Token, number_value

#: Words that can start a number or magnitude; anything else is skipped at once.
NUMBER_STARTERS: Final[frozenset[str]] = frozenset(
    {*UNITS, *TENS, *VAGUE_PLURALS, *COUNT_NOUNS, "a", "an", "half", "several"}
)
#: Plural scale words "tens of thousands" combines; the second's base is half its low bound.
_SECOND_PLURALS: Final[frozenset[str]] = frozenset(
    {"hundreds", "thousands", "millions", "billions"}
)
#: Plural magnitudes that only count before "of" ("scores of people", not "scores goals").
_NEED_OF: Final[frozenset[str]] = frozenset({"tens", "scores", "lakhs", "crores"})
#: Word scales that may follow a word number ("three thousand", "two dozen").
_WORD_SCALES: Final[dict[str, float]] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}
#: Scales that may follow a vague quantifier ("several hundred", "a few million"). A constant
#: rather than a starred tuple in the loop test, which mypyc cannot compile.
_VAGUE_SCALES: Final[frozenset[str]] = frozenset(("hundred", "dozen", *_WORD_SCALES))
#: First words of the vague quantifiers ("several", "a few").
_VAGUE_FIRST_WORDS: Final[frozenset[str]] = frozenset(words[0] for words in VAGUE_QUANTIFIERS)
#: Largest denominator accepted in "one in N" ratios: "one in five" but not "one in 2023".
MAX_RATIO_DENOMINATOR: Final = 1000


@dataclass(init=False, slots=True)
class Core:
    """A number read at tokens[start:end]."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    vague: bool = False
    kind: str = "digits"  # digits, words, vague, fraction ("half of"), ratio ("one in five")
    scaled: bool = False
    unit: str | None = None
    needs_noun: bool = False

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        start: int,
        end: int,
        value: float | None,
        low: float | None = None,
        vague: bool = False,
        kind: str = "digits",
        scaled: bool = False,
        unit: str | None = None,
        needs_noun: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.low = low
        self.vague = vague
        self.kind = kind
        self.scaled = scaled
        self.unit = unit
        self.needs_noun = needs_noun


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


def read_core(tokens: list[Token], i: int, *, money: bool = False) -> Core | None:
    """The number starting at tokens[i], if one starts there."""
    token = tokens[i]
    if token.kind == "n":
        return _with_ratio(tokens, _and_a_half(tokens, read_digits(tokens, i, money=money)))
    if token.kind != "w" or token.low not in NUMBER_STARTERS:
        return None
    low = token.low
    if low in VAGUE_PLURALS:
        return _vague_plural(tokens, i)
    if low == "half":
        return _half(tokens, i)
    quantifier = _vague_quantifier(tokens, i)
    if quantifier is not None:
        return quantifier
    if low in ("a", "an") and _low(tokens, i + 1) in FRACTION_WORDS:
        fraction = _with_fraction(tokens, Core(i, i + 1, 1.0, kind="words"))
        return fraction if fraction.kind == "fraction" else None
    core = _words(tokens, i)
    if core is None:
        return None
    return _with_ratio(tokens, _with_fraction(tokens, _and_a_half(tokens, core)))


def _and_a_half(tokens: list[Token], core: Core) -> Core:
    """ "two and a half (years)": 2.5."""
    j = core.end
    if core.value is None or core.scaled:
        return core
    if _low(tokens, j) == "and" and _low(tokens, j + 1) == "a" and _low(tokens, j + 2) == "half":
        return Core(core.start, j + 3, core.value + 0.5, kind=core.kind)
    return core


def read_digits(tokens: list[Token], i: int, *, money: bool = False) -> Core:
    value = number_value(tokens[i])
    j = i + 1
    scaled = False
    if j < len(tokens) and tokens[j].glued and tokens[j].kind == "w":
        suffix = tokens[j].low
        if suffix in SCALES:
            value, j, scaled = value * SCALES[suffix], j + 1, True
        elif money and suffix in MONEY_SCALES:
            value, j, scaled = value * MONEY_SCALES[suffix], j + 1, True
    while j < len(tokens) and not tokens[j].glued and tokens[j].low in SCALES:
        value, j, scaled = value * SCALES[tokens[j].low], j + 1, True
    return Core(i, j, value, scaled=scaled)


def _words(tokens: list[Token], i: int) -> Core | None:
    """Cardinal words: "three", "twenty-five", "two hundred and ten", "a dozen", "a million"."""
    total = current = 0.0
    seen = False
    j = i
    if _low(tokens, i) in ("a", "an"):
        following = _low(tokens, i + 1)
        if following not in COUNT_NOUNS and following != "hundred" and following not in SCALES:
            return None
        current, j = 1.0, i + 1
    while j < len(tokens) and tokens[j].kind == "w":
        word = tokens[j].low
        if word in UNITS and _units_fit(current, UNITS[word]):
            current += UNITS[word]
        elif word in TENS and current % 100 == 0:
            current += TENS[word]
            if _hyphen_unit(tokens, j):
                current += UNITS[tokens[j + 2].low]
                j += 2
        elif word == "hundred" and current < 100:
            current = (current or 1) * 100
        elif word in _WORD_SCALES:
            total += (current or 1) * _WORD_SCALES[word]
            current = 0.0
        elif word in COUNT_NOUNS and (seen or j == i + 1):
            current = (current or 1) * COUNT_NOUNS[word]
        elif word == "and" and seen and _after_hundred(tokens, j) and _number_word(tokens, j + 1):
            pass  # "two hundred and ten"
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    value = total + current
    return Core(i, j, value, kind="words", needs_noun=value == 1)


def _units_fit(current: float, add: int) -> bool:
    """Whether a unit word may follow: "twenty five" yes, "five three" and "twenty eleven" no."""
    below_hundred = current % 100
    return below_hundred == 0 or (below_hundred % 10 == 0 and add < 10)


def _hyphen_unit(tokens: list[Token], j: int) -> bool:
    """ "twenty-five": a unit word glued by a hyphen after a tens word."""
    return (
        _low(tokens, j + 1) == "-"
        and tokens[j + 1].glued
        and _low(tokens, j + 2) in UNITS
        and UNITS[tokens[j + 2].low] < 10
    )


def _number_word(tokens: list[Token], j: int) -> bool:
    return _low(tokens, j) in UNITS or _low(tokens, j) in TENS


def _after_hundred(tokens: list[Token], j: int) -> bool:
    return _low(tokens, j - 1) in ("hundred", "thousand", "million")


def _with_fraction(tokens: list[Token], core: Core) -> Core:
    """ "two-thirds of", "a quarter of", "three quarters of" -> percentages."""
    j = core.end
    if _low(tokens, j) == "-" and tokens[j].glued:
        j += 1
    if core.value is None or _low(tokens, j) not in FRACTION_WORDS or _low(tokens, j + 1) != "of":
        return core
    if core.value > 10:
        return core
    value = core.value * FRACTION_WORDS[tokens[j].low]
    return Core(core.start, j + 1, value, kind="fraction", unit="%", needs_noun=True)


def _with_ratio(tokens: list[Token], core: Core) -> Core:
    """ "one in five" (20%), "1 in 10", "one out of every four"."""
    if core.value is None or core.value < 1 or core.scaled:
        return core
    j = core.end
    if _low(tokens, j) == "in":
        j += 1
    elif _low(tokens, j) == "out" and _low(tokens, j + 1) == "of":
        j += 2
    else:
        return core
    if _low(tokens, j) == "every":
        j += 1
    if j >= len(tokens):
        return core
    denominator = read_digits(tokens, j) if tokens[j].kind == "n" else _words(tokens, j)
    if denominator is None or denominator.value is None:
        return core
    if not core.value < denominator.value <= MAX_RATIO_DENOMINATOR:
        return core
    if tokens[j].kind == "n" and "." in tokens[j].text:
        return core
    value = 100 * core.value / denominator.value
    return Core(core.start, denominator.end, value, kind="ratio", unit="%")


def _vague_plural(tokens: list[Token], i: int) -> Core | None:
    """ "thousands", "dozens", "tens of thousands", "hundreds of millions"."""
    word = tokens[i].low
    # int | float, not float: a low bound read from the table stays an int ("hundreds": 200),
    # as in Python; mypyc would make a float-typed variable 200.0
    low: int | float = VAGUE_PLURALS[word]
    end = i + 1
    if _low(tokens, i + 1) == "of" and _low(tokens, i + 2) in _SECOND_PLURALS:
        low = low * VAGUE_PLURALS[tokens[i + 2].low] / 2
        end = i + 3
    elif word in _NEED_OF and _low(tokens, i + 1) != "of":
        return None
    return Core(i, end, None, low=low, vague=True, kind="vague")


def _vague_quantifier(tokens: list[Token], i: int) -> Core | None:
    """ "several", "a few", "a handful": vague, needing a noun; "several hundred" scales."""
    if tokens[i].low not in _VAGUE_FIRST_WORDS:
        return None  # "one", "two", ...: the commonest case, settled without the table
    low: int | float  # stays an int unless scaled (see _vague_plural)
    for words, low in VAGUE_QUANTIFIERS.items():
        if all(_low(tokens, i + k) == w for k, w in enumerate(words)):
            j = i + len(words)
            scaled = False
            while _low(tokens, j) in _VAGUE_SCALES:
                word = tokens[j].low
                low *= 100 if word == "hundred" else COUNT_NOUNS.get(word) or _WORD_SCALES[word]
                j, scaled = j + 1, True
            return Core(i, j, None, low=low, vague=True, kind="vague", needs_noun=not scaled)
    return None


def _half(tokens: list[Token], i: int) -> Core | None:
    """ "half a million" (500,000); "half of", "half the" (50%)."""
    following = _low(tokens, i + 1)
    if following in ("a", "an"):
        scale = _low(tokens, i + 2)
        if scale in ("percent", "per", "percentage"):
            return Core(i, i + 2, 0.5, kind="words")  # "half a percent"
        if scale in _WORD_SCALES:
            return Core(i, i + 3, 0.5 * _WORD_SCALES[scale], kind="words", scaled=True)
        if scale in COUNT_NOUNS:
            return Core(i, i + 3, 0.5 * COUNT_NOUNS[scale], kind="words")
        return None
    if following in ("of", "the", "its", "their", "his", "her", "our", "all", "those", "these"):
        return Core(i, i + 1, 50.0, kind="fraction", unit="%", needs_noun=True)
    return None
