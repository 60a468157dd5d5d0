"""Within-article coreference of names: "Trump" after "Donald Trump", "CBP" after "Customs and
Border Protection", "Lockheed" after "Lockheed Martin"; one name and one type per entity."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import Final, NamedTuple

from newsledger.extract.who.kinds import Strength, Typed
from newsledger.model import EntityType

#: Suffixes that are not a family name ("Martin Luther King Jr.").
_SUFFIXES: Final = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
#: Function words skipped when building an acronym ("Customs and Border Protection" = CBP).
_ACRONYM_SKIP: Final = frozenset({"of", "and", "the", "for", "&", "de", "on", "in"})
#: Distinct surface forms (and names) whose display name, family name, acronym and comparison
#: key are kept (a few hundred per article; a batch of news about the same stories repeats
#: most of them, and the cross-check asks for the same names again).
DISPLAY_CACHE_SIZE: Final = 16384
_SPACES: Final = re.compile(r"\s+")
_TYPO_INITIAL: Final = re.compile(r"\b([A-Z]),\s")  # "George W, Bush" -> "George W. Bush"
_TRAILING_YEAR: Final = re.compile(r"\s+of\s+\d{4}$")  # "Insurrection Act of 1807"


class Found(NamedTuple):
    """A typed name found in the article, before coreference (a named tuple: an article has
    dozens, a batch millions, and a frozen dataclass cost five times as much to build)."""

    start: int
    end: int
    surface: str
    typed: Typed
    lexicon: str | None = None  # lexicon the name came from, if any


@functools.lru_cache(maxsize=DISPLAY_CACHE_SIZE)
def display_name(surface: str) -> str:
    """The readable name of a surface form: spaces collapsed, typos in initials fixed.

    Cached: coreference asks for the same surface forms many times per article, and the
    same names recur across a batch."""
    name = _SPACES.sub(" ", surface).strip()
    return _TYPO_INITIAL.sub(r"\1. ", name)


def name_words(name: str) -> list[str]:
    return name.split()  # the same white space as the regular expression ``\s``


@functools.lru_cache(maxsize=DISPLAY_CACHE_SIZE)
def family_name(name: str) -> str | None:
    """The last word of a personal name, if it looks like one ("Bush", not "U.S." or "1")."""
    words = [w for w in name_words(name) if w.lower() not in _SUFFIXES]
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].replace("-", "").isalpha():
        return None
    return words[-1]


@functools.lru_cache(maxsize=DISPLAY_CACHE_SIZE)
def acronym_of(name: str) -> str | None:
    letters = [w[0] for w in name_words(name) if w.lower() not in _ACRONYM_SKIP and w[0].isupper()]
    return "".join(letters) if len(letters) >= 2 else None


@functools.lru_cache(maxsize=DISPLAY_CACHE_SIZE)
def base_key(name: str) -> str:
    """A comparison key: lower case, no "the", no trailing "of <year>"."""
    key = _TRAILING_YEAR.sub("", display_name(name)).lower().replace(".", "")
    return key[4:] if key.startswith("the ") else key


#: Organisations (and outlets) that an article may shorten to their first word ("Lockheed").
_SHORTENED_BY_FIRST_WORD: Final = frozenset({EntityType.ORG, EntityType.MEDIA})
# The members coreference compares with for every name of an article, read once: the class
# attribute of an enum is looked up through its metaclass, five times the cost of a global.
_PERSON: Final = EntityType.PERSON
_ORG: Final = EntityType.ORG
_LAW: Final = EntityType.LAW
_DEFAULT: Final = Strength.DEFAULT
_CONTEXT: Final = Strength.CONTEXT
_CUE: Final = Strength.CUE
_LEXICON: Final = Strength.LEXICON


@functools.lru_cache(maxsize=DISPLAY_CACHE_SIZE)
def _words(name: str) -> tuple[str, ...]:
    """``name_words`` of a name, cached: coreference asks for each name several times."""
    return tuple(name_words(name))


@functools.lru_cache(maxsize=DISPLAY_CACHE_SIZE)
def _surface_words(surface: str) -> tuple[str, ...]:
    """The words of a surface form's display name."""
    return _words(display_name(surface))


class _Index:
    """Full names by family name, first word and acronym, with their offsets."""

    def __init__(self, found: list[Found]) -> None:
        # by family name: the offsets of the full names (in text order, as ``found`` is) and
        # the names, apart, so that ``person`` bisects the offsets without copying them
        self.by_family: dict[str, tuple[list[int], list[str]]] = {}
        self.by_first: dict[str, str] = {}
        self.by_acronym: dict[str, Found] = {}
        for item in found:
            typed = item.typed
            type_ = typed.type
            name = typed.name or display_name(item.surface)
            if type_ is _PERSON:  # of any strength
                family = family_name(name)
                if family is not None:
                    starts, names = self.by_family.setdefault(family, ([], []))
                    starts.append(item.start)
                    names.append(name)
                continue
            if type_ not in _SHORTENED_BY_FIRST_WORD and type_ is not _LAW:
                continue
            words = _words(name)
            if len(words) < 2:
                continue
            if type_ is not _LAW:
                self.by_first.setdefault(words[0], name)
            acronym = acronym_of(display_name(item.surface))
            if acronym is not None:
                self.by_acronym.setdefault(acronym, item)

    def person(self, word: str, offset: int) -> str | None:
        """The full name whose family name is ``word``: the nearest before, else the first."""
        entries = self.by_family.get(word)
        if entries is None:
            return None
        starts, names = entries
        position = bisect_right(starts, offset)
        return names[position - 1] if position else names[0]


def _by_usage(found: list[Found]) -> list[Found]:
    """Settle guessed types of multiword names by how the article shortens them: people by
    family name ("Nesbit"), organisations by their first word ("Lockheed")."""
    singles = {item.surface for item in found if " " not in item.surface.strip()}
    settled = []
    for item in found:
        if item.typed.strength == _DEFAULT:
            words = _surface_words(item.surface)
            if len(words) > 1:
                first, last = words[0] in singles, words[-1] in singles
                if first and not last:
                    item = _retyped(item, Typed(_ORG, None, _CONTEXT))
                elif last and not first:
                    item = _retyped(item, Typed(_PERSON, None, _CONTEXT))
        settled.append(item)
    return settled


def _retyped(item: Found, typed: Typed) -> Found:
    return Found(item.start, item.end, item.surface, typed, item.lexicon)


def resolve(found: list[Found]) -> list[tuple[Found, str, EntityType]]:
    """Each found name with its entity's fullest name and type."""
    found = _by_usage(found)
    index = _Index(found)
    resolved: list[tuple[Found, str, Typed]] = []
    for item in found:
        resolved.append((item, *_resolve_one(item, index)))
    # One type per entity: the strongest evidence wins; among equals, the most frequent type,
    # and among those the first seen.
    votes: dict[str, dict[tuple[Strength, EntityType], int]] = {}
    for _, name, typed in resolved:
        key = (typed.strength, typed.type)
        counts = votes.get(name)
        if counts is None:
            votes[name] = {key: 1}
        else:
            counts[key] = counts.get(key, 0) + 1
    chosen = {
        name: (next(iter(counts)) if len(counts) == 1 else max(counts.items(), key=_weight)[0])[1]
        for name, counts in votes.items()
    }
    return [(item, name, chosen[name]) for item, name, _ in resolved]


def _weight(vote: tuple[tuple[Strength, EntityType], int]) -> tuple[Strength, int]:
    (strength, _), count = vote
    return strength, count


def _resolve_one(item: Found, index: _Index) -> tuple[str, Typed]:
    typed = item.typed
    name = typed.name or display_name(item.surface)
    words = _surface_words(item.surface)
    if len(words) != 1:
        return name, typed
    word = words[0]
    overridable = typed.strength < _LEXICON or item.lexicon in ("city", "state", "country")
    full = index.person(word, item.start) if overridable else None
    if full is not None and full != name:
        return full, Typed(_PERSON, typed.name, _CUE)
    acronym = index.by_acronym.get(word)
    if acronym is not None and typed.strength < _LEXICON:
        target = acronym.typed.name or display_name(acronym.surface)
        return target, acronym.typed
    first = index.by_first.get(word)
    if first is not None and typed.strength < _CUE:
        return first, Typed(_ORG, typed.name, _CUE)
    return name, typed
