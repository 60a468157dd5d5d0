"""The quantity scanner: one left-to-right pass over a sentence's tokens.

At each token that can start a figure it reads, in order: a currency before the number, the
number (``numbers.py``), what follows it (scale, percent, currency word, unit; a time unit
makes it a duration and drops it), a second number making a range, modifiers before it
(bounds and approximation), exclusions (``exclude.py``), change words, and what it counts
(``counted.py``). The pass then continues after the figure, so nothing is read twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from newsledger.extract.quantity import exclude
from newsledger.extract.quantity.counted import (
    Counted,
    counted_after,
    counted_around,
    is_plural,
    normal_head,
)
from newsledger.extract.quantity.lexicon import (
    AMBIGUOUS_CURRENCY_WORDS,
    BY_TO_VERBS,
    CHANGE_NOUNS,
    CHANGE_WORDS,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_ADJECTIVES,
    DOLLAR_PREFIXES,
    FRACTION_WORDS,
    ID_NOUNS,
    MAX_MODIFIER_TOKENS,
    MODIFIERS,
    PERCENT_WORDS,
    PHRASAL_VERBS,
    SCALES,
    STOP_WORDS,
    SUBUNITS,
    TIME_UNITS,
    UNITS_AFTER,
    UNITS_BEFORE,
)
from newsledger.extract.quantity.numbers import NUMBER_STARTERS, Core, read_core
from newsledger.extract.quantity.tokens import number_value, tokenise

#: Longest unit written as several tokens ("kilometres per hour").
_MAX_UNIT_TOKENS: Final = max(len(key) for key in (*UNITS_AFTER, *PERCENT_WORDS))
#: First words of units and percent words: anything else is no unit, without more look-ups.
_UNIT_STARTS: Final[frozenset[str]] = frozenset(key[0] for key in (*UNITS_AFTER, *PERCENT_WORDS))
#: Connectors between the two ends of a range; "and" only after "between".
_RANGE_WORDS: Final[frozenset[str]] = frozenset({"to", "-", "–", "—", "or", "and"})
#: Scale words ending a word-number range's second end ("two to three hundred").
_WORD_FACTORS: Final[dict[str, float]] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
}
#: Last words of modifiers: anything else before a number needs no longer look-up.
_MODIFIER_ENDS: Final[frozenset[str]] = frozenset(key[-1] for key in MODIFIERS)
#: Words after "a"/"an" that can make a number ("a dozen", "a few", "a third", "a million").
_AFTER_A: Final[frozenset[str]] = frozenset(
    {"few", "handful", "couple", "dozen", "score", "hundred", *SCALES, *FRACTION_WORDS}
)
#: Heads that make a number a multiplier or a frequency ("five times"), not a quantity.
_NOT_COUNTED: Final[frozenset[str]] = frozenset(
    "times time fold twenties thirties forties fifties sixties seventies eighties nineties".split()
)
#: Words before "one" that make it a pronoun ("no one", "the one who").
_PRONOUN_ONE: Final[frozenset[str]] = frozenset("no any every each the this that which".split())
#: Largest age read from "Name, 33," (older ages are rare enough to be something else).
MAX_AGE: Final = 120
#: Token texts that may start a figure besides number words and digits.
_STARTERS: Final[frozenset[str]] = frozenset(
    {
        *NUMBER_STARTERS,
        *CURRENCY_SYMBOLS,
        *CURRENCY_CODES,
        *CURRENCY_WORDS,
        *UNITS_BEFORE,
        "rs",
        "-",
        "minus",
    }
)


def _plain_currency(word: str) -> bool:
    return word in CURRENCY_WORDS and word not in AMBIGUOUS_CURRENCY_WORDS


#: Not frozen: built tens of times per article, where the frozen ``__init__`` (one
#: ``object.__setattr__`` per field) took seven times as long. Never changed once built, and
#: hashed by its fields as the frozen class was.
@dataclass(init=False, slots=True, unsafe_hash=True)
class Found:
    """A figure found in the text, with character offsets."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    approximate: bool
    vague: bool
    unit: str | None
    counted: str | None
    counted_head: str | None
    change: str | None

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        start: int,
        end: int,
        value: float | None,
        low: float | None,
        high: float | None,
        approximate: bool,
        vague: bool,
        unit: str | None,
        counted: str | None,
        counted_head: str | None,
        change: str | None,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.low = low
        self.high = high
        self.approximate = approximate
        self.vague = vague
        self.unit = unit
        self.counted = counted
        self.counted_head = counted_head
        self.change = change


@dataclass(init=False, slots=True)
class _Figure:
    first: int  # first token of the span (modifiers and currency included)
    last: int  # last token of the span
    core: Core
    unit: str | None = None
    money: bool = False
    measure: bool = False
    high_core: Core | None = None
    bound: str | None = None  # "low", "high"
    compound: int | None = None  # the noun of "five-boat", which is what is counted
    approximate: bool = False
    change: str | None = None

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        first: int,
        last: int,
        core: Core,
        unit: str | None = None,
        money: bool = False,
        measure: bool = False,
        high_core: Core | None = None,
        bound: str | None = None,
        compound: int | None = None,
        approximate: bool = False,
        change: str | None = None,
    ) -> None:
        self.first = first
        self.last = last
        self.core = core
        self.unit = unit
        self.money = money
        self.measure = measure
        self.high_core = high_core
        self.bound = bound
        self.compound = compound
        self.approximate = approximate
        self.change = change


def scan(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """Every quantity in text[start:end] (one sentence), in order."""
    return _Scan(text, start, len(text) if end is None else end).run()


class _Scan:
    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start, self.end = start, end
        self.tokens = tokenise(text, start, end)
        #: Phone numbers, clock times and dates on the raw text, read when a figure is first
        #: checked (many sentences have none to check).
        self.raw: list[tuple[int, int]] | None = None
        #: (index of the token after the last figure with a change, its direction)
        self.pending_change: tuple[int, str] | None = None

    def run(self) -> list[Found]:
        found: list[Found] = []
        tokens = self.tokens
        count = len(tokens)
        i = 0
        while i < count:
            token = tokens[i]
            if token.kind != "n" and token.low not in _STARTERS:
                i += 1
            elif token.low in ("a", "an") and (i + 1 == count or tokens[i + 1].low not in _AFTER_A):
                i += 1  # the commonest word: most "a"s start no number
            else:
                item, following = self._at(i)
                if item is not None:
                    found.append(item)
                i = max(following, i + 1)
        return found

    def _low(self, i: int) -> str:
        return self.tokens[i].low if 0 <= i < len(self.tokens) else ""

    # -- reading one figure ------------------------------------------------------------
    def _at(self, i: int) -> tuple[Found | None, int]:
        currency, first, k = self._currency_before(i)
        if k >= len(self.tokens):
            return None, i + 1
        negative = False
        if currency is None and self.tokens[k].low == "minus" and k + 1 < len(self.tokens):
            negative, k = True, k + 1
        elif currency is None and self.tokens[k].text == "-":
            if not (k + 1 < len(self.tokens) and self.tokens[k + 1].glued) or (
                k > 0 and self.tokens[k].glued
            ):
                return None, i + 1
            negative, k = True, k + 1
        core = read_core(self.tokens, k, money=currency is not None)
        if core is None:
            return None, i + 1
        if negative and core.value is not None:
            core.value = -core.value
        figure = _Figure(first, core.end - 1, core, unit=currency, money=currency is not None)
        if not self._read_suffix(figure):
            return None, figure.last + 1
        if not self._read_range(figure):
            return None, figure.last + 1
        self._read_before(figure)
        if self._excluded(figure):
            return None, figure.last + 1
        counted = self._counted(figure)
        if figure.core.needs_noun and counted is None and not self._share_of_pronoun(figure):
            return None, figure.last + 1
        if counted is not None and (counted.head in TIME_UNITS or counted.head in _NOT_COUNTED):
            return None, figure.last + 1
        if self._model_number(figure, counted):
            return None, figure.last + 1
        if counted is None and figure.unit is None:
            self._maybe_age(figure)
        return self._found(figure, counted), figure.last + 1

    def _share_of_pronoun(self, figure: _Figure) -> bool:
        """ "half of them": a share of something named earlier."""
        return (
            figure.core.kind == "fraction"
            and self._low(figure.last + 1) == "of"
            and self._low(figure.last + 2) in ("them", "us", "those", "these", "it", "whom")
        )

    def _currency_before(self, i: int) -> tuple[str | None, int, int]:
        """(ISO code, first token, number token) for "$5", "US$ 5", "USD 5", "Rs 5"."""
        token = self.tokens[i]
        if token.text in CURRENCY_SYMBOLS:
            code = CURRENCY_SYMBOLS[token.text]
            first = i
            if token.text == "$" and i > 0:
                before = self.tokens[i - 1]
                # "US$5", and "US $5" with a space when the prefix is an upper-case code
                spaced_ok = token.glued or (before.text.isupper() and len(before.text) > 1)
                if before.kind == "w" and before.low in DOLLAR_PREFIXES and spaced_ok:
                    code, first = DOLLAR_PREFIXES[before.low], i - 1
            return code, first, i + 1
        if token.kind == "w" and self._glued_number(i + 1):
            if token.low in CURRENCY_WORDS and token.low not in AMBIGUOUS_CURRENCY_WORDS:
                return CURRENCY_WORDS[token.low], i, i + 1  # "euro30 billion"
            if token.low in CURRENCY_CODES and token.text.isupper():
                return token.low.upper(), i, i + 1  # "EUR30bn"
        if (
            token.kind == "w"
            and (token.text.isupper() or token.low == "rs")
            and i + 1 < len(self.tokens)
        ):
            if token.low in CURRENCY_CODES and self.tokens[i + 1].kind == "n":
                return token.low.upper(), i, i + 1
            if token.low == "rs":
                k = i + 2 if self._low(i + 1) == "." else i + 1
                if k < len(self.tokens) and self.tokens[k].kind == "n":
                    return "INR", i, k
        return None, i, i

    def _hyphen_range(self, figure: _Figure, k: int) -> bool:
        """ "a two-to-three-point lead"; "a 30-to-60-day process" is a duration (dropped)."""
        second_core = read_core(self.tokens, k)
        if second_core is None or second_core.value is None or figure.core.value is None:
            return True
        second = _Figure(k, second_core.end - 1, second_core)
        kept = self._read_suffix(second)
        figure.last = second.last
        if not kept:
            return False
        if figure.core.value < second_core.value:
            figure.high_core = second_core
            figure.unit, figure.measure = second.unit, second.measure
            figure.compound = second.compound
        return True

    def _read_suffix_after_scale(self, figure: _Figure, j: int) -> bool:
        """What follows "$137-million": another hyphenated currency ("110-million-euro")."""
        if self._low(j) == "-" and self._glued(j + 1) and _plain_currency(self._low(j + 1)):
            figure.unit, figure.money, figure.last = CURRENCY_WORDS[self._low(j + 1)], True, j + 1
        elif self._currency_after(figure, j):
            pass
        return True

    def _compound_noun(self, figure: _Figure, j: int) -> bool:
        token = self.tokens[j]
        return (
            not figure.money
            and figure.unit is None
            and token.kind == "w"
            and not token.is_capitalised
            and token.low not in STOP_WORDS
        )

    def _glued_number(self, i: int) -> bool:
        return i < len(self.tokens) and self.tokens[i].glued and self.tokens[i].kind == "n"

    def _read_suffix(self, figure: _Figure) -> bool:
        """Percent, currency word, unit or age after the number; False for a duration."""
        core = figure.core
        j = core.end
        if core.unit is not None:
            figure.unit = core.unit
            return True
        currency = self._low(j + 1)
        if core.vague and self._low(j) == "of" and _plain_currency(currency):
            # "hundreds of thousands of dollars"
            figure.unit, figure.money, figure.last = CURRENCY_WORDS[currency], True, j + 1
            return True
        if self._low(j) == "-" and self.tokens[j].glued and self._glued(j + 1):
            hyphen_word = self._low(j + 1)
            if hyphen_word in TIME_UNITS:
                return self._age(figure, j + 2)
            if hyphen_word == "plus":
                figure.bound, figure.last = "low", j + 1
                return True
            if hyphen_word in ("to", "or") and self._low(j + 2) == "-" and self._glued(j + 3):
                return self._hyphen_range(figure, j + 3)
            if hyphen_word == "by" and self._low(j + 2) == "-":
                figure.last = j + 3
                return False  # "four-by-four", "2-by-4": a kind of car or timber, not an amount
            if hyphen_word in SCALES and core.value is not None and not core.scaled:
                core.value *= SCALES[hyphen_word]  # "a $137-million heist"
                core.scaled, j = True, j + 2
                figure.last = j - 1
                return self._read_suffix_after_scale(figure, j)
            unit, stop = self._match(UNITS_AFTER, j + 1)
            if unit is not None:
                figure.unit, figure.measure, figure.last = unit, True, stop - 1
            elif hyphen_word in CURRENCY_WORDS and (core.scaled or figure.money):
                figure.unit, figure.money, figure.last = CURRENCY_WORDS[hyphen_word], True, j + 1
            elif hyphen_word == "strong":
                figure.last = j + 1  # "a 1,500-strong force": the force is counted
            elif self._compound_noun(figure, j + 1):
                figure.last = figure.compound = j + 1  # "a five-boat attack": boats counted
            return True
        if self._low(j) in TIME_UNITS:
            return self._age(figure, j + 1)
        if self._low(j) == "+" and self.tokens[j].glued:
            figure.bound, figure.last = "low", j
            return True
        unit, stop = self._match(PERCENT_WORDS, j)
        if unit is not None:
            figure.unit, figure.last = unit, stop - 1
            return True
        if self._currency_after(figure, j):
            return True
        self._unit_after(figure, j)
        return True

    def _glued(self, i: int) -> bool:
        return i < len(self.tokens) and self.tokens[i].glued

    def _age(self, figure: _Figure, j: int) -> bool:
        """ "33-year-old", "55 years old": an age; any other time unit: a duration (dropped)."""
        if self._low(j) == "-" and self._low(j + 1) == "old":
            figure.unit, figure.last = "age", j + 1
            return True
        if self._low(j) == "old" or (self._low(j) == "of" and self._low(j + 1) == "age"):
            figure.unit, figure.last = "age", j if self._low(j) == "old" else j + 1
            return True
        figure.last = j - 1
        return False

    def _currency_after(self, figure: _Figure, j: int) -> bool:
        low = self._low(j)
        core = figure.core
        if low in DOLLAR_ADJECTIVES:
            k = j + 2 if low == "hong" and self._low(j + 1) == "kong" else j + 1
            if self._low(k) in ("dollar", "dollars"):
                figure.unit, figure.money, figure.last = DOLLAR_ADJECTIVES[low], True, k
                return True
        if low in CURRENCY_WORDS:
            if low in AMBIGUOUS_CURRENCY_WORDS and not (
                core.scaled or figure.money or self._low(j + 1) == "sterling"
            ):
                return False
            if figure.unit is None or (figure.unit == "USD" and CURRENCY_WORDS[low] != "USD"):
                figure.unit = CURRENCY_WORDS[low]
            figure.money, figure.last = True, j + (self._low(j + 1) == "sterling")
            return True
        if low in CURRENCY_CODES and self.tokens[j].text.isupper():
            figure.unit, figure.money, figure.last = low.upper(), True, j
            return True
        if low in SUBUNITS and not figure.money and core.value is not None:
            code, factor = SUBUNITS[low]
            core.value *= factor
            figure.unit, figure.money, figure.last = code, True, j
            return True
        return figure.money

    def _unit_after(self, figure: _Figure, j: int) -> None:
        core = figure.core
        if self._low(j) == "m" and self.tokens[j].glued and exclude.plural_noun(self.tokens, j + 1):
            if core.value is not None:
                core.value *= 1e6  # "5m people": British news writes millions this way
                core.scaled = True
                figure.last = j
            return
        if j < len(self.tokens) and self.tokens[j].glued and self.tokens[j].text in ("C", "F"):
            figure.unit, figure.measure, figure.last = f"°{self.tokens[j].text}", True, j
            return
        unit, stop = self._match(UNITS_AFTER, j)
        if unit is not None:
            figure.unit, figure.measure, figure.last = unit, True, stop - 1
            return
        before = figure.first - 1
        if self._low(before) == "-" and self.tokens[figure.first].glued:
            before -= 1
        elif self._low(before) == "of" and self._low(before - 1) in UNITS_BEFORE:
            figure.unit, figure.measure = UNITS_BEFORE[self._low(before - 1)], True
            return  # "a magnitude of 6.1": the unit stays out of the span
        if self._low(before) in UNITS_BEFORE:
            figure.unit, figure.measure, figure.first = (
                UNITS_BEFORE[self._low(before)],
                True,
                before,
            )

    def _match(self, table: dict[tuple[str, ...], str], j: int) -> tuple[str | None, int]:
        if self._low(j) not in _UNIT_STARTS:
            return None, j
        for size in range(_MAX_UNIT_TOKENS, 0, -1):
            key = tuple(self._low(j + k) for k in range(size))
            if key in table:
                return table[key], j + size
        return None, j

    def _read_range(self, figure: _Figure) -> bool:
        """ "2,000-3,000", "between 2 and 3 million", "two to three"; False for a score."""
        j = figure.last + 1
        connector = self._low(j)
        core = figure.core
        if (
            connector not in _RANGE_WORDS
            or core.vague
            or core.value is None
            or core.kind == "fraction"
        ):
            return True
        if connector == "and" and self._low(self._modifier_start(figure.first) - 1) != "between":
            return True
        start = self._modifier_start(figure.first)
        if connector == "to" and self._low(start - 1) == "from" and self._changes_before(start - 1):
            return True  # "rose from 14% to 17%" is a change; "ranging from 2.8 to 3.8" a range
        if connector == "to" and self._changes_before(figure.first):
            return True  # "fell 406.51 points to 16764.09" is a change and a level
        if exclude.is_year(self.tokens, core.start, core.end):
            return True
        currency, _, k = (None, j + 1, j + 1)
        if k < len(self.tokens):
            currency, _, k = self._currency_before(k)
        if k >= len(self.tokens):
            return True
        second_core = read_core(self.tokens, k, money=currency is not None or figure.money)
        if second_core is None or second_core.value is None or second_core.vague:
            return True
        second = _Figure(
            j + 1, second_core.end - 1, second_core, unit=currency, money=bool(currency)
        )
        if not self._read_suffix(second):
            figure.last = second.last
            return False  # "between 60 and 90 days" is a duration
        self._share_scale(core, second_core)
        if figure.unit is not None and figure.unit != second.unit:
            return True  # "160GB or 40,000 songs"; "20 to 25 percent" shares the second unit
        if connector == "or" and figure.unit != second.unit:
            return True
        if not core.value < second_core.value:
            return connector not in ("-", "–", "—")  # "52-35" is a score, "3-1" a result
        figure.high_core, figure.last = second_core, second.last
        figure.unit = figure.unit or second.unit
        figure.money = figure.money or second.money
        figure.measure = figure.measure or second.measure
        return True

    def _share_scale(self, core: Core, second: Core) -> None:
        """ "1.5 to 2 million": the first end takes the second's scale word."""
        if core.scaled or core.value is None or second.value is None:
            return
        token = self.tokens[second.start]
        if token.kind == "n":
            if number_value(token) == 0:
                return
            factor = second.value / number_value(token)
        else:
            factor = _WORD_FACTORS.get(self.tokens[second.end - 1].low, 1.0)
        if core.value * factor <= second.value:
            core.value *= factor
            core.scaled = True

    def _changes_before(self, first: int) -> bool:
        """Whether a change word stands right before tokens[first] ("rose by", "fell")."""
        p = self._modifier_start(first) - 1
        if self._low(p) in ("to", "by"):
            p -= 1
        if self._low(p) in BY_TO_VERBS:
            return True  # "will be cut by $200 to $399"
        return self._low(p) in CHANGE_WORDS or self._low(p - 1) in CHANGE_WORDS

    def _modifier_start(self, first: int) -> int:
        if self._low(first - 1) not in _MODIFIER_ENDS:
            return first
        for size in range(MAX_MODIFIER_TOKENS, 0, -1):
            if first - size < 0:
                continue
            key = tuple(self.tokens[first - k].low for k in range(size, 0, -1))
            if key in MODIFIERS:
                return first - size
        return first

    def _read_before(self, figure: _Figure) -> None:
        """Modifiers ("more than"), "between", and change words ("rose to", "an increase of")."""
        start = self._modifier_start(figure.first)
        if start < figure.first:
            key = tuple(self.tokens[k].low for k in range(start, figure.first))
            effect = MODIFIERS[key]
            figure.approximate = effect in ("approx", "low~", "high~")
            if effect != "approx":
                figure.bound = effect.rstrip("~")
            figure.first = start
        if figure.high_core is not None and self._low(figure.first - 1) == "between":
            figure.first -= 1
        figure.change = self._change(figure)

    def _change(self, figure: _Figure) -> str | None:
        p = figure.first - 1
        preposition = "by"
        low = self._low(p)
        if low == "to" and self.pending_change is not None and self.pending_change[0] == p:
            return f"{self.pending_change[1]} to"
        if low in ("to", "by", "from"):
            preposition, p = low, p - 1
        elif low == "of" and self._low(p - 1) in CHANGE_NOUNS:
            return f"{CHANGE_NOUNS[self._low(p - 1)]} by"
        direction = CHANGE_WORDS.get(self._low(p))
        if self._low(p) in ("up", "down") and self._low(p - 1) in PHRASAL_VERBS:
            direction = None  # "has made up $1.14 per share"
        if direction is None:
            after = self._low(figure.last + 1)
            if after in CHANGE_NOUNS and (figure.unit == "%" or figure.money):
                return f"{CHANGE_NOUNS[after]} by"
            return None
        # "fell 406.51 points to 16764.09", "rose from 14% to 17%": the next "to" is the level
        self.pending_change = (figure.last + 1, direction)
        return f"{direction} {preposition}"

    # -- exclusions and counted ----------------------------------------------------------
    def _excluded(self, figure: _Figure) -> bool:
        tokens = self.tokens
        cores = [figure.core] if figure.high_core is None else [figure.core, figure.high_core]
        for core in cores:
            first, last = tokens[core.start].start, tokens[core.end - 1].end
            if self.raw is None:
                self.raw = exclude.raw_exclusions(self.text, self.start, self.end)
            if any(s < last and first < e for s, e in self.raw):
                return True
            if exclude.glued_name(tokens, core.start, core.end, range_end=core is figure.high_core):
                return True
            if exclude.is_date_or_clock(tokens, core.start, core.end):
                return True
        core = figure.core
        bare = figure.unit is None and not core.scaled and core.kind == "digits"
        if figure.unit is None and exclude.is_year(tokens, core.start, core.end):
            return True
        if core.kind == "digits" and exclude.is_identifier(tokens, core.start, core.end, bare=bare):
            return figure.first == core.start
        if core.kind == "words" and self._capitalised_name(core):
            return True  # "the Ford Five Hundred"
        if core.kind == "words" and self._low(core.start - 1) in ID_NOUNS:
            return True  # "day one", "phase two"
        if core.kind == "words" and core.value == 1 and self._low(core.start - 1) in _PRONOUN_ONE:
            return True
        return core.kind == "words" and core.value == 1 and self._low(figure.last + 1) == "of"

    def _capitalised_name(self, core: Core) -> bool:
        """A capitalised number word inside a sentence is part of a name ("the Ford Five
        Hundred", "our One Ford plan"); at the start of a sentence or a quote it is not."""
        token = self.tokens[core.start]
        previous = self.tokens[core.start - 1] if core.start > 0 else None
        return token.is_capitalised and previous is not None and previous.kind == "w"

    def _counted(self, figure: _Figure) -> Counted | None:
        core = figure.core
        if figure.money:
            return None  # "$100 million worth of crude oil": money counts nothing
        if figure.compound is not None:
            word = self.tokens[figure.compound].text
            return Counted(word, normal_head(word), figure.compound + 1)
        counts = not figure.money and not figure.measure and figure.unit != "age"
        singular = core.value == 1 and figure.high_core is None
        counted = counted_after(
            self.text,
            self.tokens,
            figure.last + 1,
            singular=singular,
            allow_bare=counts and (figure.unit is None or core.kind == "ratio"),
            share=core.kind == "fraction",
        )
        if counted is None and counts and figure.unit is None:
            counted = counted_around(self.tokens, figure.first, figure.last + 1)
        return counted

    def _model_number(self, figure: _Figure, counted: Counted | None) -> bool:
        """ "the 787 Dreamliner", "its 777 airliner", "a 999 call", "the 12200 block": a bare
        integer before a singular noun names a model, a line or a place; counts take plurals.
        ("the 12 Somali and 11 Yemeni suspects" is coordination, and stays a count.)"""
        core = figure.core
        token = self.tokens[core.start]
        if figure.unit is not None or figure.high_core is not None:
            return False
        if counted is not None and counted.role:
            return False
        if core.kind != "digits" or core.scaled or not token.text.isdigit() or core.value is None:
            return False
        if core.value <= 1 or figure.first != core.start:
            return False
        if counted is None:
            # "the first flight of the 777 was": a bare three-digit number after "the" names
            return core.value >= 100 and self._low(core.start - 1) in ("the", "a", "its")
        if self._low(figure.last + 1) == "of":
            return False  # "2 of Airbus' new A380's" counts
        if counted is None:
            return False
        head = self.tokens[counted.end - 1]
        plural = is_plural(head) or (head.low == "s" and head.glued)  # "50 787s"
        return not plural and self._low(counted.end) not in ("and", "or")

    def _maybe_age(self, figure: _Figure) -> None:
        """ "Reid, 33, said": a bare small number set off by commas after a name is an age."""
        tokens, core = self.tokens, figure.core
        if core.value is None or not 0 < core.value < MAX_AGE or figure.high_core is not None:
            return
        before, after = self._low(figure.first - 1), self._low(figure.last + 1)
        if before in ("aged", "age") or (before == "of" and self._low(figure.first - 2) == "age"):
            figure.unit = "age"
            return
        if core.kind != "digits" or "." in tokens[core.start].text or figure.first != core.start:
            return
        name = tokens[figure.first - 2] if figure.first >= 2 else None
        if name is None or not (name.is_capitalised or name.low in ("he", "she")):
            return
        set_off = (before == "," and after in (",", ";", ")")) or (before == "(" and after == ")")
        final = before == "," and after == "." and figure.last + 2 >= len(tokens)
        if set_off or final:
            figure.unit = "age"
        elif before in ("was", "is") and after in (".", ",", "") and self._person(figure.first - 2):
            figure.unit = "age"  # "Mark Felt was 95."

    def _person(self, i: int) -> bool:
        token = self.tokens[i] if 0 <= i < len(self.tokens) else None
        return token is not None and (token.is_capitalised or token.low in ("he", "she"))

    def _found(self, figure: _Figure, counted: Counted | None) -> Found:
        core, high = figure.core, figure.high_core
        value, low, high_value = core.value, core.low, None
        vague = core.vague
        if high is not None:
            value, low, high_value = None, core.value, high.value
        elif not vague:
            low = high_value = value
        if figure.bound == "low" and not vague:
            value, low, high_value = None, core.value, None
        elif figure.bound == "high" and not vague:
            value, low, high_value = None, None, core.value if high is None else high.value
        if figure.approximate and high is None and figure.bound is None and not vague:
            low = high_value = None
        start = self.tokens[figure.first].start
        end = self.tokens[figure.last].end
        return Found(
            start=start,
            end=end,
            value=value,
            low=low,
            high=high_value,
            approximate=figure.approximate,
            vague=vague,
            unit=figure.unit,
            counted=counted.phrase if counted else None,
            counted_head=counted.head if counted else None,
            change=figure.change,
        )
