"""Words for aligning claims: tokens, a light stemmer, stop words and verb classes.

Claims from different outlets say the same thing in different words ("assigning 1,500 troops",
"ordered thousands of troops", "sent 1,500 soldiers"). Aligning them needs three small tools
and no model: a tokenizer, a suffix-stripping stemmer that maps inflections together
("declared", "declaring", "declares" -> "declar"), and verb classes that put the verbs news
uses for the same kind of event together (deploy/send/assign/order; kill/die; seize/confiscate).
The classes are general news vocabulary, written from the verbs of the ECB+ train topics and
the example articles, and they hold no story-specific word.

This module imports nothing from the rest of newsledger, so both the claims extractor and the
cross-check use it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

#: Distinct words whose stems are cached (news vocabulary is Zipfian: this covers nearly
#: every token of a batch while bounding memory to a few MiB).
STEM_CACHE_SIZE = 65_536

#: One word token: letters (with inner apostrophes and hyphens), or digits with separators.
#: Hot loops iterate ``WORD.finditer(text, start, end)`` rather than slicing the text.
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")

#: Function words and reporting boilerplate that say nothing about what a claim is about.
STOPWORDS: frozenset[str] = frozenset(
    """a an the and or but nor so yet if then than that this these those there here it its
    it's they them their theirs he him his she her hers we us our you your i me my mine who whom
    whose which what when where why how all any both each few more most other some such no not
    only own same too very can will just should now also already still even ever again further
    once of in on at by for with about against between into through during before after above
    below to from up down out off over under as until while because since although though be
    is are was were been being am have has had having do does did doing would could might may
    must shall ought said says say told tell tells according reported reports report added
    adding stated statement per via its mr mrs ms dr one another many much several s t
    don't didn't doesn't isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't
    couldn't shouldn't can't cannot also including include includes like well back around
    within without across among upon onto whether either neither however meanwhile""".split()
)

#: Verbs (by stem) grouped into classes of the same kind of event. A quantity claim is aligned
#: only with claims whose verb is of the same class (1,500 troops *sent* is not 2,500 troops
#: *already there*). Written from the verbs of the ECB+ train topics (deaths, arrests, hires,
#: seizures, deployments) and common news reporting; a verb outside every class is its own class.
VERB_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        """send sent deploy dispatch assign order mobiliz mobilis station redeploy
        transfer call""".split(),
        "deploy",
    ),
    **dict.fromkeys("kill die dead death fatal slay slain murder".split(), "kill"),
    **dict.fromkeys("injur wound hurt maim".split(), "injure"),
    **dict.fromkeys(
        "arrest detain captur apprehend nab caught catch seiz round intercept".split(), "arrest"
    ),
    **dict.fromkeys("foil thwart avert repel repuls".split(), "foil"),
    **dict.fromkeys("spot sight detect notic seen".split(), "spot"),
    **dict.fromkeys("confiscat recover impound".split(), "seize"),
    **dict.fromkeys("fire dismiss sack oust terminat".split(), "fire"),
    **dict.fromkeys("hire appoint nam select choos chose tap".split(), "appoint"),
    **dict.fromkeys("evacuat flee fled displac".split(), "evacuate"),
    **dict.fromkeys("cross enter".split(), "cross"),
    **dict.fromkeys("rise rose increas climb soar jump grow grew surg".split(), "rise"),
    **dict.fromkeys(
        "fall fell decreas declin drop plummet plung sank sink shrank shrink".split(), "fall"
    ),
    **dict.fromkeys("build construct construction erect".split(), "build"),
    **dict.fromkeys("sign issu enact".split(), "sign"),
    **dict.fromkeys("declar proclaim".split(), "declare"),
    **dict.fromkeys("announc unveil".split(), "announce"),
    **dict.fromkeys("weigh consider mull ponder".split(), "consider"),
    **dict.fromkeys("host emcee emce present presid".split(), "host"),
    **dict.fromkeys("win won earn".split(), "win"),
    **dict.fromkeys("pay paid spend spent cost".split(), "pay"),
    **dict.fromkeys("shoot shot".split(), "shoot"),
}

# The stemmer keeps a final "e" on short words ("fires" -> "fire") and drops it with a suffix
# ("fired" -> "fir"): both forms of every listed stem belong to its class.
VERB_CLASSES.update(
    {
        variant: name
        for key, name in list(VERB_CLASSES.items())
        for variant in (key[:-1] if key.endswith("e") else key + "e",)
        if len(variant) > 2 and variant not in VERB_CLASSES
    }
)

#: Stems that mark a state rather than an event ("there were 2,500 troops", "remain").
STATE_STEMS: frozenset[str] = frozenset({"be", "remain", "stay", "stand", "number", "total"})

_IRREGULAR: dict[str, str] = {
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    "been": "be",
    "being": "be",
    "am": "be",
    "'s": "be",
    "has": "have",
    "had": "have",
    "having": "have",
    "sent": "send",
    "died": "die",
    "dies": "die",
    "dying": "die",
    "took": "take",
    "taken": "take",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "gave": "give",
    "given": "give",
    "grew": "grow",
    "grown": "grow",
    "left": "leave",
    "began": "begin",
    "begun": "begin",
    "caught": "catch",
    "chose": "choos",
    "chosen": "choos",
    "won": "win",
    "paid": "pay",
    "spent": "spend",
    "shot": "shoot",
    "fled": "flee",
    "slain": "slay",
    "forces": "troop",
    "force": "troop",
    "soldiers": "troop",
    "soldier": "troop",
    "troops": "troop",
    "personnel": "troop",
    "servicemembers": "troop",
}


def words(text: str) -> list[str]:
    """Word tokens (letters, digits with separators) in order."""
    return WORD.findall(text)


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Word tokens with their offsets in ``text``."""
    for match in WORD.finditer(text):
        yield match.start(), match.end(), match.group(0)


@functools.lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str) -> str:
    """A light, deterministic suffix stripper: inflections of one word share a stem."""
    lower = word.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if len(lower) <= 3 or not lower.isalpha():
        return lower
    for suffix, replacement in (
        ("ies", "i"),
        ("ied", "i"),
        ("sses", "ss"),
        ("ing", ""),
        ("ed", ""),
        ("es", "e"),
        ("s", ""),
    ):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            if suffix == "s" and lower.endswith(("ss", "us", "is")):
                continue
            lower = lower[: len(lower) - len(suffix)] + replacement
            break
    if lower.endswith("e") and len(lower) > 4:
        lower = lower[:-1]
    if len(lower) > 4 and lower[-1] == lower[-2] and lower[-1] not in "aeiouls":
        lower = lower[:-1]
    return lower


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content (no stop words, no bare numbers)."""
    out = []
    for word in words(text):
        lower = word.lower()
        if lower in STOPWORDS or not word[0].isalpha():
            continue
        out.append(stem(word))
    return out


def verb_class(stem_: str) -> str:
    """The event class of a verb stem (the stem itself when it belongs to no class)."""
    return VERB_CLASSES.get(stem_, stem_)


#: Idioms whose verb class is not that of their noun: (stem of the word before, stem) -> class.
#: "opened fire" is shooting, not dismissing.
_IDIOMS: dict[tuple[str, str], str] = {
    ("open", "fire"): "shoot",
    ("open", "fir"): "shoot",
    ("set", "fire"): "burn",
    ("set", "fir"): "burn",
}


def verb_class_after(previous: str, stem_: str) -> str:
    """The event class of a verb stem, given the word before it ("opened fire" -> shoot)."""
    return _IDIOMS.get((stem(previous) if previous else "", stem_)) or verb_class(stem_)
