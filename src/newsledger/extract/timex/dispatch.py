"""Which kinds of ``patterns.KINDS`` can match at a position, told by its first two words.

The scanner used to try the alternation of every kind at each candidate position; most
candidates ("the", "in", a number) fail every kind, each failure costing a walk through
all of them. Each kind's pattern is read once at import (through the regex parser of the
standard library) for the first two words a match of it can open with ("the" "end",
"last" "week", "9999" for a year: digits all read as "9"), and for the characters that
open a match starting with no word (quotes). A candidate is then tried only against the
kinds its words allow, in ``KINDS`` order: the first kind that matches is the one the
alternation would have chosen, since the kinds left out cannot match there.

The reading is an over-approximation: look-arounds and word boundaries are ignored (they
only ever forbid matches), a word still growing when the reading stops (a repeat, the
pattern's end) is kept as a prefix of the text's word, and a pattern too open to list (a
repeated letter class) allows every position. When the parser's internals are not
available, every kind is allowed everywhere and the scan is only slower.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from typing import Any, Final

try:  # the standard library's regex parser: private, so its absence is survived
    import re._parser as _sre  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - only on interpreters without it
    _sre = None

#: Characters of a word as the dispatch reads it: lower-case ASCII letters and digits,
#: digits all read as "9" (a number is told by its length: "25" cannot open a year).
_WORD_CHARS: Final = frozenset(string.ascii_lowercase + "9")
_SPACES: Final = frozenset(" \t\n\r\f\v")
_DIGIT: Final = re.compile(r"\d")
_WORDS: Final = re.compile(r"([a-z\d]*)[^a-z\d]*([a-z\d]*)")

#: Most partial readings kept for one pattern: beyond, it counts as open. The largest
#: kinds ("ago", "duration": an approximation, a number, a unit) hold some thousands.
MAX_STATES: Final = 50_000
#: Most letters a character class may hold and still be listed letter by letter.
MAX_CLASS_LETTERS: Final = 6
#: Repetitions of a group followed before the words read so far are kept as prefixes.
MAX_REPEATS: Final = 6

#: First words read on to the second word: those that open many kinds and are frequent
#: before a time word without opening one ("the company said Friday", "25 percent"). Read
#: for every first word, the patterns take seconds to read at import; these few take
#: milliseconds and halve the kinds tried on the ECB+ texts.
PAIRED: Final[frozenset[str]] = frozenset("the a this that at in for 9 99 999 9999".split())

#: Characters of the second word read: enough to tell "percent" and "million" from
#: "years" and "months"; reading whole second words lists every number word glued to
#: every unit ("tenmonths": the patterns allow no space) and takes far longer.
SECOND_WORD_READ: Final = 4

#: Where a reading stands: in the first word, between the words, in the second word;
#: or done: the first word cut short (the text's word starts with it), ended between the
#: words (any second word), the second word whole or cut short, or a non-word first
#: character (kept as the first word).
_FIRST, _BETWEEN, _SECOND = 0, 1, 2
_FIRST_CUT, _ANY_SECOND, _SECOND_WHOLE, _SECOND_CUT, _CHAR = 3, 4, 5, 6, 7
_READING: Final = (_FIRST, _BETWEEN, _SECOND)
#: What a reading still in progress becomes when it has to stop.
_STOPPED: Final = {_FIRST: _FIRST_CUT, _BETWEEN: _ANY_SECOND, _SECOND: _SECOND_CUT}

#: (first word, second word, standing)
_State = tuple[str, str, int]


class _OpenError(Exception):
    """The pattern can start with too many words to list."""


def first_words(text: str, pos: int) -> tuple[str, str]:
    """The word of lower-cased ``text`` at ``pos`` and, after a word of ``PAIRED``, the next
    one, as the dispatch reads words; the first is the character at ``pos`` when no word
    starts there."""
    words = _WORDS.match(text, pos)
    first = words.group(1) if words is not None else ""
    if not first:
        return text[pos : pos + 1], ""
    if not first.isalpha():
        first = _DIGIT.sub("9", first)
    if first not in PAIRED or words is None:
        return first, ""
    # (the kinds never tell second words apart past the characters they read: cut there,
    # "the company" and "the computer" are remembered as one)
    second = words.group(2)[:SECOND_WORD_READ]
    return first, second if second.isalpha() else _DIGIT.sub("9", second)


def readings(pattern: str) -> frozenset[_State] | None:
    """How a lower-case, case-sensitive ``pattern`` can start (None: any way)."""
    if _sre is None:
        return None
    try:
        states = _sequence({("", "", _FIRST)}, _sre.parse(pattern))
    except (_OpenError, re.error):
        return None
    if ("", "", _FIRST) in states or ("", "", _FIRST_CUT) in states:
        return None  # it can match the empty string
    return frozenset(
        (first, second, _STOPPED.get(standing, standing)) for first, second, standing in states
    )


def _sequence(states: set[_State], items: Iterable[tuple[Any, Any]]) -> set[_State]:
    for op, argument in items:
        if all(standing not in _READING for _, _, standing in states):
            return states
        states = _item(states, op, argument)
        if len(states) > MAX_STATES:
            raise _OpenError
    return states


def _item(states: set[_State], op: Any, argument: Any) -> set[_State]:
    if op is _sre.LITERAL:
        return _consume(states, (chr(argument),))
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return states  # zero-width: ignoring it only allows more
    if op is _sre.IN:
        return _consume(states, _class(argument))
    if op is _sre.SUBPATTERN:
        return _sequence(states, argument[3])
    if op is _sre.ATOMIC_GROUP:
        return _sequence(states, argument)
    if op is _sre.BRANCH:
        out: set[_State] = set()
        for alternative in argument[1]:
            out |= _sequence(states, alternative)
        return out
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        return _repeat(states, *argument)
    raise _OpenError  # any character, a back reference: not listed


def _repeat(states: set[_State], least: int, most: int, items: Any) -> set[_State]:
    out = set(states) if least == 0 else set()
    current = states
    for count in range(1, MAX_REPEATS + 1):
        current = _sequence(current, items)
        if all(standing not in _READING for _, _, standing in current):
            return out | current  # more repetitions change nothing read
        if count >= least:
            if current <= out:
                return out  # a repetition read nothing new ("\s+"): nor will the next
            out |= current
        if count >= most:
            return out
    # more repetitions may go on: what is read so far stops here
    return out | {(a, b, _STOPPED.get(standing, standing)) for a, b, standing in current}


def _class(items: Any) -> frozenset[str]:
    chars: set[str] = set()
    for op, argument in items:
        if op is _sre.LITERAL:
            chars.add(chr(argument))
        elif op is _sre.RANGE and argument[1] - argument[0] < len(string.ascii_lowercase):
            chars.update(chr(code) for code in range(argument[0], argument[1] + 1))
        elif op is _sre.CATEGORY and argument is _sre.CATEGORY_DIGIT:
            chars.update(string.digits)
        elif op is _sre.CATEGORY and argument is _sre.CATEGORY_SPACE:
            chars.update(_SPACES)
        else:
            raise _OpenError
    if len(chars & set(string.ascii_lowercase)) > MAX_CLASS_LETTERS:
        raise _OpenError
    return frozenset(chars)


def _consume(states: set[_State], chars: Iterable[str]) -> set[_State]:
    read = {"9" if char.isdigit() and char.isascii() else char for char in chars}
    in_word = [char for char in read if char in _WORD_CHARS]
    # characters outside words all end a word alike; only a match's first one is kept
    others = sorted(read.difference(in_word))
    out: set[_State] = set()
    for state in states:
        if state[2] not in _READING:
            out.add(state)
            continue
        out.update(_step(state, char) for char in in_word)
        if state[0] or state[2] != _FIRST:
            out.update(_step(state, char) for char in others[:1])
        else:
            out.update(_step(state, char) for char in others)
    return out


def _step(state: _State, char: str) -> _State:
    first, second, standing = state
    in_word = char in _WORD_CHARS
    if standing == _FIRST:
        if in_word:
            return first + char, second, _FIRST
        if not first:
            return char, "", _CHAR
        return (first, second, _BETWEEN if first in PAIRED else _ANY_SECOND)
    if standing == _BETWEEN:
        return (first, char, _SECOND) if in_word else state
    if standing == _SECOND:
        if not in_word:
            return first, second, _SECOND_WHOLE
        second += char
        return first, second, _SECOND if len(second) < SECOND_WORD_READ else _SECOND_CUT
    return state


#: Distinct word pairs remembered with the kinds they allow; past it the memory starts
#: again (at candidate positions news repeats a small vocabulary).
MAX_REMEMBERED: Final = 20_000

_Kinds = tuple[tuple[str, re.Pattern[str]], ...]


class Dispatcher:
    """Matches the first of ``kinds`` (name, lower-case pattern) that matches at a
    position of lower-cased text, trying only those its first two words allow."""

    def __init__(self, kinds: Iterable[tuple[str, re.Pattern[str]]]) -> None:
        self._kinds = tuple(kinds)
        #: bit masks over ``_kinds``, by what allows them: anything; a first word (whole,
        #: then any second word); a first word's start; a pair of whole first word and
        #: whole second word; a whole first word and the start of the second
        self._anywhere = 0
        self._first: dict[str, int] = {}
        self._first_start: dict[str, int] = {}
        self._pair: dict[tuple[str, str], int] = {}
        self._second_start: dict[str, dict[str, int]] = {}
        for bit, (_, pattern) in enumerate(self._kinds):
            self._index(1 << bit, readings(pattern.pattern))
        self._longest = max(
            [len(w) for w in self._first_start]
            + [len(w) for starts in self._second_start.values() for w in starts],
            default=0,
        )
        self._allowed: dict[tuple[str, str], _Kinds] = {}
        self._subsets: dict[int, _Kinds] = {}

    def _index(self, bit: int, states: frozenset[_State] | None) -> None:
        if states is None:
            self._anywhere |= bit
            return
        for first, second, standing in states:
            if standing in (_ANY_SECOND, _CHAR):
                self._first[first] = self._first.get(first, 0) | bit
            elif standing == _FIRST_CUT:
                self._first_start[first] = self._first_start.get(first, 0) | bit
            elif standing == _SECOND_WHOLE:
                self._pair[first, second] = self._pair.get((first, second), 0) | bit
            else:
                starts = self._second_start.setdefault(first, {})
                starts[second] = starts.get(second, 0) | bit

    def match(self, text: str, pos: int) -> tuple[str, re.Match[str]] | None:
        """The kind and match at ``pos`` of ``text`` (lower-cased), or None."""
        words = first_words(text, pos)
        allowed = self._allowed.get(words)
        if allowed is None:
            allowed = self._allow(words)
        for name, pattern in allowed:
            found = pattern.match(text, pos)
            if found is not None:
                return name, found
        return None

    def _allow(self, words: tuple[str, str]) -> _Kinds:
        first, second = words
        mask = self._anywhere | self._first.get(first, 0) | self._pair.get(words, 0)
        mask |= self._starting(self._first_start, first)
        if first in self._second_start:
            mask |= self._starting(self._second_start[first], second)
        allowed = self._subsets.get(mask)
        if allowed is None:
            allowed = tuple(kind for bit, kind in enumerate(self._kinds) if mask >> bit & 1)
            self._subsets[mask] = allowed
        if len(self._allowed) >= MAX_REMEMBERED:
            self._allowed.clear()
        self._allowed[words] = allowed
        return allowed

    def _starting(self, table: dict[str, int], word: str) -> int:
        mask = table.get("", 0)
        for length in range(1, min(len(word), self._longest) + 1):
            mask |= table.get(word[:length], 0)
        return mask
