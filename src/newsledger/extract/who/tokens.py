"""Word tokens with offsets, and the closed word classes the "who" rules are written with."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Final

#: Words, hyphenated words (Task Force-North), O'Leary; initialisms (U.S.); the possessive
#: ending as its own token so that "Trump's" yields the name "Trump"; punctuation.
_TOKEN: Final = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|\w+(?:[-&]\w+)*(?:['’](?![sS]\b)\w+)*"
    r"|['’][sS]\b"
    r"|[^\w\s]"
)
#: ``_TOKEN`` with the white space before it (every character is white space or starts a
#: token). Quantifiers are possessive: nothing after them can fail, so giving characters back
#: never finds another match, and not recording where it could halves the time of ``re``.
_SPACED_TOKEN: Final = re.compile(
    r"(\s*+)("
    r"(?:[A-Za-z]\.){2,}+"
    r"|\w++(?:[-&]\w++)*+(?:['’](?![sS]\b)\w++)*+"
    r"|['’][sS]\b"
    r"|[^\w\s])"
)

#: Short words written with a full stop that belongs to them ("Sen.", "Inc.", "St.").
DOTTED: Final[frozenset[str]] = frozenset(
    """mr mrs ms dr sen sens rep reps gov govs gen lt col maj capt sgt adm cmdr st jr sr inc
    corp co ltd mt ft prof rev det amb univ bros no vs""".split()
)

#: Capitalised words that start sentences or quotes but never start a name.
FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    """a an the this that these those there here it its it's he she they we i you his her their
    our my your him them us me who whom whose which what when where why how whether if then
    than in on at by for from to of with without within into onto over under after before
    during since until while as about above across against along among around between beyond
    but and or nor so yet also still even just only not no yes all any both each every few
    many more most much some such other another one two three four five six seven eight nine
    ten first second last next new however meanwhile although though because unless despite
    once now today tonight yesterday tomorrow later earlier already again ever never always
    sometimes often perhaps maybe instead indeed thus therefore hence overall finally
    according asked says said told added read watch related editor advertisement follow
    please click see sign subscribe get let let's do does did has have had is are was were be
    been being will would can could should may might must shall update updated photo video
    image credit breaking live exclusive opinion analysis unlike amid amidst amongst toward
    towards through throughout upon besides except whereas whilst nevertheless nonetheless
    moreover furthermore otherwise regardless""".split()
)

MONTHS_AND_DAYS: Final[frozenset[str]] = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun""".split()
)

#: Words that join capitalised words inside one name ("Department of Defense", "Bank of the
#: West", "Charles de Gaulle"); whether a join is kept is decided in ``names``.
CONNECTORS: Final[frozenset[str]] = frozenset(
    "of and & for the de del della da di du la le van von der den bin ibn al el y".split()
)

OPENING_QUOTES: Final = frozenset("\"“‘'«")


class Token:
    """A word or punctuation mark of a sentence, with offsets into the article text.

    A plain ``__slots__`` class rather than a frozen dataclass: a batch builds millions of
    tokens, and a dataclass's ``__post_init__`` through ``object.__setattr__`` cost four
    times as much as this constructor. Tokens are never changed after they are built. They
    are built through this constructor only, so that the compiled build (``make compiled``)
    can make Token a native class, which the compiled "who" rules build and read without
    Python attribute lookups (with it compiled, extraction took 2.63 ms/article against
    3.68 in pure Python; ``python -m benchmarks pipeline``).
    Equality and hashing use the four constructor fields, as the dataclass did.
    """

    __slots__ = ("capitalised", "end", "initial", "is_word", "lower", "start", "text")

    def __init__(self, start: int, end: int, text: str, initial: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.initial = initial  # first word of a sentence or of a quotation (capitalised anyway)
        # derived once here: the rules ask for them millions of times on a large batch
        self.lower = text.lower()
        first = text[0]
        self.is_word = first.isalnum()
        self.capitalised = first.isupper()

    def _key(self) -> tuple[int, int, str, bool]:
        return (self.start, self.end, self.text, self.initial)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        # field by field, not ``self._key() == other._key()``: ``list.index`` over a run of
        # tokens compares every token before the one it finds (two tuples a comparison)
        return (
            self.start == other.start
            and self.end == other.end
            and self.text == other.text
            and self.initial == other.initial
        )

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Token(start={self.start}, end={self.end}, text={self.text!r}, initial={self.initial})"
        )


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` (one sentence), offsets into ``text``."""
    tokens: list[Token] = []
    append = tokens.append  # the loop runs once per token of a batch: locals, not lookups
    expect_initial = True
    taken = start  # end of the last token (a word may have taken the stop after it)
    position = start
    # (white space, token) pairs cover the sentence without gaps, so offsets are running
    # sums of lengths: ``findall`` makes no match object per token, a fifth of the time.
    # Typed pairs (``findall`` is typed list[Any]): the compiled build then unpacks them and
    # reads the words with str operations instead of generic iteration and calls.
    pairs: list[tuple[str, str]] = _SPACED_TOKEN.findall(text, start, end)
    for space, word in pairs:
        s = position + len(space)
        e = position = s + len(word)
        if s < taken:
            continue
        # "Sen." and "W." take the full stop after them (an initial inline: no call per token)
        if (
            e < end
            and text[e] == "."
            and (word.lower() in DOTTED or (len(word) == 1 and word.isupper()))
        ):
            e += 1
            word += "."
        taken = e
        if word[0].isalnum():
            append(Token(s, e, word, expect_initial))
            expect_initial = False
        else:
            append(Token(s, e, word, False))
            if (word in OPENING_QUOTES and e < end and not text[e].isspace()) or word == ":":
                expect_initial = True
    return tokens


@functools.lru_cache(maxsize=8)
def sentence_tokens(text: str, bounds: tuple[tuple[int, int], ...]) -> tuple[list[Token], ...]:
    """Tokens of each sentence of an article, computed once for all the "who" stages.

    Keyed by the article text and its sentence bounds; the cache holds the last few articles
    only, as a batch is processed one article after another through every stage.
    """
    return tuple(tokenize(text, start, end) for start, end in bounds)


def is_acronym(word: str) -> bool:
    """ "CBP", "NATO", "U.S." (two to six capitals, optionally dotted)."""
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def words(tokens: Sequence[Token]) -> Iterator[Token]:
    return (token for token in tokens if token.is_word)
