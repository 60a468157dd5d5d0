"""Entity types for candidate names: lexicons first, then head words, titles, given names and
the words around the name; the strength of the evidence decides conflicts later."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Final

from newsledger.extract.lexicons import Gazetteer
from newsledger.extract.who.names import Candidate
from newsledger.extract.who.speech import SPEECH_FORMS
from newsledger.extract.who.tokens import FUNCTION_WORDS, Token, is_acronym
from newsledger.model import EntityType


class Strength(IntEnum):
    """How sure the type is; within-article coreference lets stronger evidence win."""

    DEFAULT = 0  # shape only ("two capitalised words are usually a person")
    CONTEXT = 1  # the words around it ("in X", "X said")
    MODEL = 2  # a spaCy pipeline said so
    CUE = 3  # a head word, title or given name
    LEXICON = 4  # a shipped lexicon names it


#: Not frozen: built tens of times per article, where the frozen ``__init__`` (one
#: ``object.__setattr__`` per field) took seven times as long. Never changed once built, and
#: hashed by its fields as the frozen class was.
@dataclass(init=False, slots=True, unsafe_hash=True)
class Typed:
    type: EntityType
    name: str | None  # canonical name from a lexicon, else None
    strength: Strength

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        type: EntityType,
        name: str | None,
        strength: Strength,
    ) -> None:
        self.type = type
        self.name = name
        self.strength = strength


#: Prepositions before a place ("in Tijuana", "from Honduras").
PLACE_PREPOSITIONS: Final = frozenset("in at from near across outside inside throughout".split())
#: Capitalised codes that are not entities: currencies and time zones.
NOT_NAMES: Final = frozenset(
    """USD EUR GBP JPY CNY RMB CHF CAD AUD INR RUB GMT UTC EST EDT CST CDT PST PDT BST CET
    CEST TV DVD CD PC GPS OK Latino Latina Latinos Latinas Latinx Hispanic Hispanics
    African-American African-Americans Asian-American Asian-Americans Black White""".split()
)
#: Shapes that are never names: party and state in "(D-Va.)", contractions ("I've"),
#: holidays and named days ("Labor Day", "Election Day": times, not entities).
_NOT_A_NAME: Final = re.compile(
    r"^(?:[DRI](?:-[A-Z][\w. ]*)?|[A-Z][a-z]*['’](?:ve|ll|re|d|m|t)|.+\sDay)$"
)
#: Words before a name that a person's name does not take.
DETERMINERS: Final = frozenset("the a an this that these those its their our".split())
#: Nouns after a single name that make it a person ("the Biden administration").
PERSON_POSSESSED: Final = frozenset("administration presidency campaign camp family".split())
#: Number of words above which an unknown capitalised run is more often an organisation,
#: a programme or a title of a work than a person (persons rarely have four name words;
#: MEANTIME entity F1 is the same for 2, 3 and 4).
MAX_PERSON_WORDS: Final = 3
_EXECUTIVE_ORDER: Final = re.compile(r"(?:Executive Order|Proclamation|H\.R\.|S\.)\s*\d")
_ORDINAL: Final = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
    twentieth""".split()
)


def context_evidence(candidate: Candidate, tokens: Sequence[Token], index: int) -> None:
    """Add evidence from the words around a candidate (``index`` = its first token)."""
    candidate.evidence |= context_cues(tokens, index, index + len(candidate.tokens))


_NO_CUES: Final[frozenset[str]] = frozenset()


def context_cues(tokens: Sequence[Token], first: int, last: int) -> frozenset[str]:
    """Evidence from the words around the name ``tokens[first:last]``."""
    cues = []
    before = _previous_word(tokens, first)
    if before is not None and before.lower in PLACE_PREPOSITIONS:
        cues.append("place-preposition")
    if first > 0 and tokens[first - 1].lower in DETERMINERS:
        cues.append("determiner")  # "the Joint Strike Fighter": not a person
    if last < len(tokens):
        after = tokens[last]
        if after.is_word and after.lower in SPEECH_FORMS:  # ``speech_base``, lower case made
            cues.append("speaks")
        if after.lower in PERSON_POSSESSED:
            cues.append("leads")  # "the Biden administration", "the Trump campaign"
        if after.text == "," and last + 2 < len(tokens):
            following = tokens[last + 1]
            if following.text.isdigit() and tokens[last + 2].text == ",":
                cues.append("age")  # "Mark Papermaster, 49,"
    return frozenset(cues) if cues else _NO_CUES


def _previous_word(tokens: Sequence[Token], index: int) -> Token | None:
    """The word just before ``tokens[index]``, skipping one punctuation mark ("in (X")."""
    if index >= 1 and tokens[index - 1].is_word:
        return tokens[index - 1]
    if index >= 2 and tokens[index - 2].is_word:
        return tokens[index - 2]
    return None


def classify(candidate: Candidate, surface: str, gaz: Gazetteer) -> Typed | None:
    """The type of a candidate name, or None when it is not a name at all."""
    known = gaz.lookup(surface)
    if known is not None:
        return Typed(known.type, known.name, Strength.LEXICON)
    if surface.lower() in gaz.titles or surface in NOT_NAMES or _NOT_A_NAME.match(surface):
        return None
    if surface in gaz.demonyms:
        if surface.endswith("s") and surface[:-1] in gaz.demonyms:
            return None  # "Mexicans": people, not the place
        return Typed(EntityType.PLACE, gaz.demonyms[surface], Strength.LEXICON)
    words = [t for t in candidate.tokens if t.is_word]
    head = words[-1].lower.rstrip(".").split("-")[0]  # "Joint Task Force-North"
    first = words[0].text
    multi = len(words) > 1
    if _EXECUTIVE_ORDER.match(surface):
        return Typed(EntityType.DOCUMENT, None, Strength.CUE)
    if multi and (head in gaz.cues["law"] or _ends_with_law_year(words, gaz)):
        return Typed(EntityType.LAW, None, Strength.CUE)
    if head in ("amendment",) or (multi and words[0].lower in _ORDINAL and head == "amendment"):
        return Typed(EntityType.LAW, None, Strength.CUE)
    if multi and head in gaz.cues["document"]:
        return Typed(EntityType.DOCUMENT, None, Strength.CUE)
    if multi and head in gaz.cues["org"]:
        return Typed(EntityType.ORG, None, Strength.CUE)
    if multi and head in gaz.cues["place"]:
        return Typed(EntityType.PLACE, None, Strength.CUE)
    return _by_person_cues(candidate, words, first, multi, gaz)


def _by_person_cues(
    candidate: Candidate, words: list[Token], first: str, multi: bool, gaz: Gazetteer
) -> Typed | None:
    if "title" in candidate.evidence or "age" in candidate.evidence:
        return Typed(EntityType.PERSON, None, Strength.CUE)
    if first in gaz.first_names and not is_acronym(first):
        return Typed(EntityType.PERSON, None, Strength.CUE if multi else Strength.CONTEXT)
    if "employer" in candidate.evidence:
        return Typed(EntityType.ORG, None, Strength.CUE)
    if all(is_acronym(t.text) for t in words):
        return Typed(EntityType.ORG, None, Strength.CONTEXT)
    if not multi and "place-preposition" in candidate.evidence:
        # weak: "in Boeing's plan" happens; the article's other uses of the name outvote it
        return Typed(EntityType.PLACE, None, Strength.DEFAULT)
    if not multi and "leads" in candidate.evidence:
        return Typed(EntityType.PERSON, None, Strength.CONTEXT)
    if (
        multi
        and len(words) <= MAX_PERSON_WORDS
        and "determiner" not in candidate.evidence
        and all(_name_shaped(t) and not _place_word(t, gaz) for t in words)
        and not any(t.lower in FUNCTION_WORDS for t in words)  # "War On Drugs"
    ):
        return Typed(EntityType.PERSON, None, Strength.DEFAULT)
    return Typed(EntityType.ORG, None, Strength.DEFAULT)


def _place_word(token: Token, gaz: Gazetteer) -> bool:
    """ "Air France", "China Eastern": a place inside a name makes it an organisation."""
    known = gaz.forms.get(token.text)
    return token.text in gaz.demonyms or (known is not None and known.type is EntityType.PLACE)


def _name_shaped(token: Token) -> bool:
    """ "Goitein", "O'Leary", "W.", "Jean-Marc", "Crouse-Mays"."""
    return all(_name_part(part) for part in token.text.rstrip(".").split("-"))


def _name_part(text: str) -> bool:
    return text[:1].isupper() and (text[1:].islower() or len(text) == 1 or "'" in text)


def _ends_with_law_year(words: list[Token], gaz: Gazetteer) -> bool:
    """ "Insurrection Act of 1807": a law cue followed by "of" and a year."""
    return (
        len(words) >= 3
        and words[-1].text.isdigit()
        and words[-2].lower == "of"
        and words[-3].lower in gaz.cues["law"]
    )
