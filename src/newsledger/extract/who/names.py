"""Candidate names: runs of capitalised words in a sentence, split where news writing shows
that one name ends and another begins (titles, "and" between two names, possessives, months).

A candidate carries the evidence found around it (a title before it, "in" before it, a speech
verb after it); ``kinds`` turns names and evidence into entity types.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import filterfalse
from typing import Final

from newsledger.extract.lexicons import Gazetteer
from newsledger.extract.who.tokens import (
    CONNECTORS,
    FUNCTION_WORDS,
    MONTHS_AND_DAYS,
    Token,
)

#: Longest title we look for, in words ("deputy secretary of state").
MAX_TITLE_WORDS: Final = 4
#: Month names that are also family names ("Theresa May"): kept after a given name.
NAME_LIKE_MONTHS: Final = frozenset({"may", "march", "august", "june", "april"})
#: Function words that can begin a name when capitalised mid-sentence ("New York Times",
#: "First Amendment", "One World Trade Center").
NAME_STARTERS: Final = frozenset(
    "new first second third last next one two three four five six seven eight nine ten all".split()
)
#: Connectors that may only join inside a name after "of"/"for" ("Bank of the West").
_AFTER_OF_ONLY: Final = frozenset({"the"})


@dataclass(init=False, slots=True)
class Candidate:
    tokens: list[Token]
    evidence: set[str] = field(default_factory=set)
    title: str | None = None  # the title before a person ("President")

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        tokens: list[Token],
        evidence: set[str] | None = None,
        title: str | None = None,
    ) -> None:
        self.tokens = tokens
        self.evidence = set() if evidence is None else evidence
        self.title = title

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def surface(self, text: str) -> str:
        return text[self.start : self.end]


def is_name_word(token: Token) -> bool:
    """Capitalised ("Trump", "CBP", "U.S.") or camel-cased ("iTunes", "eBay") words; not
    "No." before a number ("No. 1 music seller")."""
    if not token.is_word:
        return False
    if token.capitalised:
        return token.lower != "no."
    text = token.text
    return len(text) > 2 and text[0].islower() and text[1].isupper()


def _currency(tokens: Sequence[Token], i: int) -> bool:
    """ "US$ 40 billion", "A$": a currency prefix, not a place."""
    return (
        i + 1 < len(tokens) and tokens[i + 1].text == "$" and tokens[i + 1].start == tokens[i].end
    )


def name_indexes(tokens: Sequence[Token], camel_cased: AbstractSet[str] | None = None) -> list[int]:
    """Indexes of the name words (``is_name_word``) of a sentence's tokens, in order.

    ``camel_cased``: the camel-cased words of the article (``camel_cased``), when known: the
    capitalised words are then found by one comprehension reading a slot of each token (faster
    than ``compress`` over ``attrgetter``, which looks the attribute up by name), and camel-cased
    words are looked for only when the article has one (rare).
    """
    indexes = [i for i, t in enumerate(tokens) if t.capitalised and t.lower != "no."]
    if camel_cased is None:
        camel = [
            i
            for i, t in enumerate(tokens)
            if t.is_word
            and not t.capitalised
            and len(t.text) > 2
            and t.text[0].islower()
            and t.text[1].isupper()
        ]
    elif camel_cased:
        camel = [i for i, t in enumerate(tokens) if t.text in camel_cased]
    else:
        return indexes
    return sorted(indexes + camel) if camel else indexes


def camel_cased(words: Iterable[str]) -> set[str]:
    """The camel-cased words ("iTunes", "eBay") among ``words`` (token texts), which
    ``is_name_word`` takes for names. Words in lower case or title case are skipped in C:
    a camel-cased word is neither, as it starts with a small letter and has a capital."""
    return {
        word
        for word in filterfalse(str.istitle, filterfalse(str.islower, words))
        if len(word) > 2 and word[0].islower() and word[0].isalnum() and word[1].isupper()
    }


def raw_runs(
    tokens: Sequence[Token], names: Sequence[int] | None = None
) -> Iterator[tuple[int, int]]:
    """(first, last+1) token indexes of capitalised runs, connectors included when a
    capitalised word follows them. ``names``: the ``name_indexes`` of the tokens, if known."""
    if names is None:
        names = name_indexes(tokens)
    name = set(names)
    n = len(tokens)
    end = 0  # runs do not overlap: the next starts at a name word after the last one
    for i in names:
        if i < end or _currency(tokens, i):
            continue
        j = i + 1
        while j < n:
            if j in name or (tokens[j].text[0].isdigit() and j > i):
                j += 1
                continue
            if _typo_initial(tokens, j):
                j += 2  # "George W, Bush": an initial followed by a comma typed for a stop
                continue
            k = j
            while k < n and tokens[k].lower in CONNECTORS and k - j < 2:
                k += 1
            if k > j and k < n and not tokens[k].initial and (k in name or _year(tokens[k])):
                j = k + 1
                continue
            break
        yield i, j
        end = j


class Splitter:
    """Refines raw capitalised runs into candidate names, using the shipped lexicons."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.name_cues = gazetteer.cues["org"] | gazetteer.cues["place"] | gazetteer.cues["law"]
        self.head_cues = self.name_cues | gazetteer.cues["document"]
        # first words of the titles: most capitalised words start none, and are settled
        # with one set lookup instead of joining up to MAX_TITLE_WORDS phrases
        self.title_starts = frozenset(title.split(" ", 1)[0] for title in gazetteer.titles)

    def known(self, tokens: Sequence[Token], text: str) -> bool:
        return self.gaz.lookup(text[tokens[0].start : tokens[-1].end]) is not None

    def exactly_known(self, tokens: Sequence[Token], text: str) -> bool:
        """Known with exactly these words ("The Independent", but not "The Defense ...")."""
        return text[tokens[0].start : tokens[-1].end] in self.gaz.forms

    def split(self, tokens: list[Token], text: str) -> Iterator[Candidate]:
        if len(tokens) == 1:
            yield from self._split_word(tokens, text)
            return
        for part in self._split_months(tokens):
            yield from self._split_titles(part, text)

    def _split_word(self, tokens: list[Token], text: str) -> Iterator[Candidate]:
        """``split`` of a one-word run (two runs in three), without the general machinery:
        a month or day and a title alone are no names; a known name or any other word that
        may start a name is one."""
        token = tokens[0]
        if token.text == "I" or token.lower.rstrip(".") in MONTHS_AND_DAYS:
            return
        if token.lower in self.gaz.titles and not self.known(tokens, text):
            return
        if self._strip_ends(tokens, text):
            yield Candidate(tokens, set(), None)

    def _split_months(self, tokens: list[Token]) -> Iterator[list[Token]]:
        current: list[Token] = []
        for token in tokens:
            lower = token.lower.rstrip(".")
            if token.text == "I" or (
                lower in MONTHS_AND_DAYS
                and not (lower in NAME_LIKE_MONTHS and current and self._given(current[-1]))
            ):
                yield from _nonempty(current)
                current = []
            else:
                current.append(token)
        yield from _nonempty(current)

    def _given(self, token: Token) -> bool:
        return token.text in self.gaz.first_names

    def _title_at(self, tokens: Sequence[Token], i: int) -> int:
        """Number of tokens of the longest title starting at ``tokens[i]`` (0 if none)."""
        if tokens[i].lower not in self.title_starts:
            return 0
        for size in range(min(MAX_TITLE_WORDS, len(tokens) - i), 0, -1):
            phrase = " ".join(t.lower for t in tokens[i : i + size])
            if phrase in self.gaz.titles:
                return size
        return 0

    def _split_titles(self, tokens: list[Token], text: str) -> Iterator[Candidate]:
        # "General Motors", "Federal Reserve Board": a title word inside an organisation's
        # name splits it only when a given name follows ("Supreme Court Justice Amy ...")
        if (self.known(tokens, text) or self._cue_headed(tokens)) and not any(
            self._titled_person_at(tokens, i) for i in range(len(tokens) - 1)
        ):
            yield from self._split_connectors(tokens, text, set(), None)
            return
        i, start, evidence, title = 0, 0, set[str](), None
        while i < len(tokens):
            size = self._title_at(tokens, i)
            following = tokens[i + size] if i + size < len(tokens) else None
            if size:
                if i > start:
                    yield from self._split_connectors(tokens[start:i], text, {"employer"}, None)
                title = " ".join(t.text for t in tokens[i : i + size])
                i += size
                if following is not None and following.lower in ("of", "for"):
                    i = self._skip_qualifier(tokens, i)
                evidence, start = {"title"}, i
                continue
            i += 1
        if start < len(tokens):
            yield from self._split_connectors(tokens[start:], text, evidence, title)

    def _titled_person_at(self, tokens: Sequence[Token], i: int) -> bool:
        size = self._title_at(tokens, i)
        return bool(size) and i + size < len(tokens) and self._given(tokens[i + size])

    def _skip_qualifier(self, tokens: list[Token], i: int) -> int:
        """After "Secretary of", skip the office ("Homeland Security") up to a given name."""
        j = i + 1
        while j < len(tokens) and not self._given(tokens[j]):
            j += 1
        return j

    def _cue_headed(self, tokens: Sequence[Token]) -> bool:
        return len(tokens) > 1 and tokens[-1].lower.rstrip(".") in self.name_cues

    def _split_connectors(
        self, tokens: list[Token], text: str, evidence: set[str], title: str | None
    ) -> Iterator[Candidate]:
        tokens = self._strip_ends(tokens, text)
        if not tokens:
            return
        if (
            len(tokens) > 1
            and tokens[0].text in self.gaz.demonyms
            and not self.known(tokens, text)
            and not self._cue_headed(tokens)
        ):
            # "Mexican President ...", "German Chancellor ...": the adjective names a place
            yield Candidate(tokens[:1], {"demonym"})
            tokens = tokens[1:]
        if self.known(tokens, text) or not any(t.lower in CONNECTORS for t in tokens):
            yield Candidate(tokens, set(evidence), title)
            return
        # Split at the first connector that does not belong inside this name; recurse right.
        for index, token in enumerate(tokens):
            if token.lower not in CONNECTORS or index == 0:
                continue
            if self._keeps(tokens, index, text):
                continue
            left, right = tokens[:index], tokens[index + 1 :]
            yield from self._split_connectors(left, text, evidence, title)
            yield from self._split_connectors(right, text, set(), None)
            return
        yield Candidate(tokens, set(evidence), title)

    def _keeps(self, tokens: list[Token], index: int, text: str) -> bool:
        """Whether the connector at ``index`` joins the words around it into one name."""
        word = tokens[index].lower
        left = tokens[:index]
        head = left[-1].lower.rstrip(".")
        if word in _AFTER_OF_ONLY:
            return index > 0 and tokens[index - 1].lower in ("of", "for")
        if word in ("of", "for"):
            # "Department of Defense", "Act of 1807", "Brennan Center for Justice"
            return head in self.head_cues or any(t.lower in ("of", "for") for t in left)
        if word in ("and", "&"):
            if word == "&" or any(t.lower in ("of", "for") for t in left):
                return True  # "Department of Health and Human Services"
            last = tokens[-1].lower.rstrip(".")
            # "Liberty and National Security Program": the head comes after "and"
            return (
                last in self.name_cues
                and head not in self.name_cues
                and not self.known(left, text)
                and not (left[0].text in self.gaz.first_names and len(left) > 1)
            )
        return True  # de, van, von, bin, al: inside personal names

    def _strip_ends(self, tokens: list[Token], text: str) -> list[Token]:
        while tokens and (
            not is_name_word(tokens[0])
            or (
                # "In", "But" never start a name; "New", "Second" do mid-sentence ("the
                # Second Amendment"), and at the start of a sentence only by position
                (
                    tokens[0].lower in CONNECTORS
                    or (tokens[0].lower in FUNCTION_WORDS and tokens[0].lower not in NAME_STARTERS)
                    or (tokens[0].initial and tokens[0].lower in FUNCTION_WORDS)
                )
                and not self.exactly_known(tokens, text)
            )
        ):
            tokens = tokens[1:]
        while tokens and tokens[-1].lower in CONNECTORS:
            tokens = tokens[:-1]
        return tokens


def _year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit()  # "Insurrection Act of 1807"


def _typo_initial(tokens: Sequence[Token], j: int) -> bool:
    return (
        tokens[j].text == ","
        and len(tokens[j - 1].text) == 1
        and tokens[j - 1].text.isupper()
        and j + 1 < len(tokens)
        and is_name_word(tokens[j + 1])
        and tokens[j - 1].end == tokens[j].start
    )


def _nonempty(tokens: list[Token]) -> Iterator[list[Token]]:
    if tokens:
        yield tokens
