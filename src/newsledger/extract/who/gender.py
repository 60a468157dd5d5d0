"""Grammatical gender of the people an article names, for resolving "he" and "she".

Evidence, strongest first: an honorific before the name ("Mrs. Clinton", "Mr. Trump"), a
gendered role noun next to it ("Elizabeth Goitein, a spokeswoman"), then the given name.
Given names are read against the project's given-name lexicon: the female and ambiguous
names are listed here, every other given name there counts as male. Unknown stays unknown:
a pronoun then falls back to the nearest person of any gender.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from typing import Final

from newsledger.extract.lexicons import gazetteer
from newsledger.model import Mention


class Gender(enum.Enum):
    FEMALE = "female"
    MALE = "male"


#: Pronouns and the gender they need.
PRONOUN_GENDER: Final[dict[str, Gender]] = {
    "he": Gender.MALE,
    "him": Gender.MALE,
    "his": Gender.MALE,
    "she": Gender.FEMALE,
    "her": Gender.FEMALE,
    "hers": Gender.FEMALE,
}

#: Female given names (common in English-language news), lower case.
_FEMALE: Final = frozenset(
    """abby abigail aileen alexandra alexandria alexis alice alicia alison allison alma amanda
    amber amelia amy ana andrea angela angelina anita ann anna anne annie april audrey ava
    ayanna barbara beatrice becky beth betsy betty beverly bonnie brenda bridget britney
    brittany brooke caitlin camila carla carmen carol caroline carolyn carrie catherine cathy
    cecilia charlotte chelsea cheryl christina christine cindy claire clara claudia connie
    cynthia dawn debbie deborah debra diana diane donna doris dorothy edith eileen elaine
    eleanor elena elise elizabeth ella ellen emily emma erica erin esther eva evelyn fatima
    fiona frances gail georgia gina giorgia gloria grace gretchen gwen hannah heather heidi
    helen hillary hoda holly ilhan irene iris isabel isabella ivanka jacinda jackie jacqueline
    jane janet janice jean jeanne jen jenna jennifer jenny jessica jill jo joan joanna joy
    joyce judith judy julia julie kamala karen kate katherine kathleen kathryn kathy katie kay
    kimberly kirsten kirstjen kristen kristi kristin laura lauren leah lillian linda lisa liz
    lois lorraine louise lucy lynn madeline maggie mallory margaret maria marie marilyn
    marjorie marsha martha mary maureen maxine megan melanie melania melissa michele michelle
    mila mildred molly monica muriel nadia nancy naomi natalie natasha nicola nicole nikki
    nina olivia pam pamela patricia patty paula peggy penny phyllis priscilla rachel rebecca
    rita rosa rose ruby ruth sally samantha sandra sara sarah selena sharon sheila shirley
    sonia sophia sophie stacey stephanie sue susan suzanne sylvia tammy tanya tara teresa
    theresa tiffany tina toni tulsi ursula valerie vanessa vera veronica victoria virginia
    wanda wendy whitney yasmin yolanda zoe loretta elise hope faith condoleezza nikki
    angelique malkia sonya rakeyia aparna connie erin megyn""".split()
)

#: Given names borne by men and women alike: no evidence either way.
_EITHER: Final = frozenset(
    """alex ariel casey chris dana jamie jan jo jordan kelly kim lee leslie lindsay lindsey
    lynn marion morgan pat robin sam sandy shannon shelby sidney terry toni tracy
    moon""".split()
)

_HONORIFICS: Final[dict[str, Gender]] = {
    "mr": Gender.MALE,
    "mr.": Gender.MALE,
    "mrs": Gender.FEMALE,
    "mrs.": Gender.FEMALE,
    "ms": Gender.FEMALE,
    "ms.": Gender.FEMALE,
    "miss": Gender.FEMALE,
    "sir": Gender.MALE,
    "dame": Gender.FEMALE,
    "lady": Gender.FEMALE,
    "lord": Gender.MALE,
    "king": Gender.MALE,
    "queen": Gender.FEMALE,
    "prince": Gender.MALE,
    "princess": Gender.FEMALE,
}

#: Role nouns that say the gender of the person they describe.
_ROLE_NOUNS: Final[dict[str, Gender]] = {
    **dict.fromkeys(
        """spokeswoman chairwoman congresswoman businesswoman congresswomen councilwoman
        assemblywoman anchorwoman woman wife mother daughter sister widow grandmother
        actress waitress heiress""".split(),
        Gender.FEMALE,
    ),
    **dict.fromkeys(
        """spokesman chairman congressman businessman councilman assemblyman anchorman man
        husband father son brother widower grandfather actor""".split(),
        Gender.MALE,
    ),
}

#: Characters around a mention searched for an honorific or a role noun.
CONTEXT_CHARS: Final = 40
#: Words after a mention searched for a role noun ("Elizabeth Goitein, a spokeswoman").
WORDS_AFTER: Final = 4
_WORD: Final = re.compile(r"[A-Za-z]+\.?")


@functools.cache
def _given() -> dict[str, Gender]:
    names = {name.lower() for name in gazetteer().first_names}
    table = dict.fromkeys(names - _FEMALE - _EITHER, Gender.MALE)
    table.update(dict.fromkeys(_FEMALE, Gender.FEMALE))
    return table


def given_name_gender(word: str) -> Gender | None:
    """The gender a given name suggests ("Elizabeth" -> FEMALE), or None."""
    return _given().get(word.lower())


def _evidence(text: str, mention: Mention, given: dict[str, Gender | None]) -> Gender | None:
    """The gender the words of a mention or around it say, else its given name's (looked up
    once per name: ``given`` holds the names looked up, as every mention of a person has the
    same name)."""
    # (first words by ``search`` and the words after by a bounded ``finditer``: this runs for
    # every person mentioned, and lists of every word were made only to look at one or four)
    first_word = _WORD.search(mention.text)
    if first_word is not None:
        honorific = _HONORIFICS.get(first_word.group().lower())
        if honorific is not None:
            return honorific
    before = _WORD.findall(text, max(0, mention.start - CONTEXT_CHARS), mention.start)
    if before and before[-1].lower() in _HONORIFICS:
        return _HONORIFICS[before[-1].lower()]
    after = _WORD.finditer(text, mention.end, mention.end + CONTEXT_CHARS)
    for word in itertools.islice(after, WORDS_AFTER):
        role = _ROLE_NOUNS.get(word.group().lower())
        if role is not None:
            return role
    name = mention.name
    if name not in given:
        first_name = _WORD.search(name)
        given[name] = (
            given_name_gender(first_name.group().rstrip(".")) if first_name is not None else None
        )
    return given[name]


def genders(text: str, persons: Iterable[Mention]) -> dict[str, Gender]:
    """The gender of each person (by entity name) the evidence agrees on, by majority."""
    votes: dict[str, Counter[Gender]] = {}
    given: dict[str, Gender | None] = {}
    for mention in persons:
        gender = _evidence(text, mention, given)
        if gender is not None:
            votes.setdefault(mention.name, Counter())[gender] += 1
    chosen = {}
    for name, counter in votes.items():
        (best, count), *rest = counter.most_common()
        if not rest or count > rest[0][1]:
            chosen[name] = best
    return chosen
