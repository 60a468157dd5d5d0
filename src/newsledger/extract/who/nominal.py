"""Nominal cues: what someone's claim, plan, decision or warning says.

"Trump's claim that the election is rigged", "her decision to meet with Bill Clinton", "their
call for an inquiry": a possessor (a possessive pronoun or a name with 's), a cue noun naming
something said, meant or wanted, and a linking word ("that", "to", "for", "about", "of")
before its content. The possessor is the source. Content runs to the end of its clause.
These are statements in the sense of PARC and PolNeAR attribution, but not reported speech:
only the ``quotes`` stage takes them, never ``attribution``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsledger.extract.who.sources import CLAUSE_WORDS, Source, SourceResolver
from newsledger.extract.who.statement import Finding
from newsledger.extract.who.tokens import Token
from newsledger.model import Sentence

#: Nouns naming something said, believed, wanted or decided.
CUE_NOUNS: Final = frozenset(
    """statement statements claim claims assertion assertions argument arguments allegation
    allegations accusation accusations warning warnings promise promises pledge pledges vow
    vows call calls demand demands proposal proposals plan plans decision decisions view
    views belief beliefs suggestion suggestions insistence criticism criticisms opposition
    message remarks comments comment admission acknowledgment acknowledgement denial
    refusal determination eagerness reluctance willingness desire wish hope hopes fear
    fears concern concerns doubts theory case rhetoric position stance complaint complaints
    intention intent threat threats request requests idea ideas vision explanation
    prediction predictions assessment conclusion opinion assurance assurances commitment
    commitments offer insinuation contention charge charges bid disdain contempt praise
    support defense defence obsession questions doubts reservations skepticism scepticism
    worries objections doubt exception""".split()
)
#: Verbs whose subject voices the cue noun that is their object ("raised questions about",
#: "expressed deep concern about", "sounded a call for", "made the case for").
LIGHT_VERBS: Final = frozenset(
    """raise raised raises raising express expressed expresses expressing voice voiced voices
    voicing sound sounded sounds sounding make made makes making issue issued issues issuing
    renew renewed renews renewing reiterate reiterated reiterates reiterating repeat repeated
    repeats repeating air aired airs airing register registered registers signal signaled
    signalled signals lay laid lays outline outlined outlines outlining unveil unveiled
    unveils unveiling cast casts casting take takes took taking""".split()
)
#: Longest object of such a noun ("critics of the Obama administration's climate plan").
MAX_ROLE_OBJECT_WORDS: Final = 6
#: Nouns for people holding a view on something ("critics of", "supporters of").
ROLE_NOUNS: Final = frozenset(
    """critic critics supporter supporters opponent opponents defender defenders advocate
    advocates proponent proponents backer backers skeptic skeptics sceptic sceptics
    champion champions detractor detractors""".split()
)
#: Words opening the noun phrase of such a noun ("the many critics of").
_ARTICLES: Final = frozenset("a an the some many most few other its his her their".split())
#: Words linking a cue noun to its content.
LINKS: Final = frozenset({"that", "to", "for", "about", "of", "on", "against"})
#: Possessive pronouns that can own a statement.
POSSESSIVES: Final = frozenset({"his", "her", "their", "its", "my", "our"})
#: Adjectives allowed between the possessor and the noun ("his repeated claims that").
MAX_MODIFIERS: Final = 2
#: Longest name before a possessive "'s" ("Hillary Rodham Clinton's"), in tokens.
MAX_NAME_TOKENS: Final = 4
#: Fewer content words than this is not a statement ("his plan to").
MIN_CONTENT_WORDS: Final = 3
#: Forms of "be" linking a subject to a role noun ("is a critic of").
_BE_FORMS: Final = frozenset("is was are were be been".split())
#: Adverbs between "be" and the role noun ("has long been a critic of").
_DEGREE_ADVERBS: Final = frozenset("also still long always now once perhaps".split())
#: Every word that can open a nominal statement: a role noun or a cue noun.
NOMINAL_TRIGGERS: Final = ROLE_NOUNS | CUE_NOUNS
_CLAUSE_END: Final = frozenset({",", ";", ":", "—", "–", "(", ")"})
_NOT_MODIFIERS: Final = frozenset(
    """that which who to of for about on and or but is was are were has have had be been
    will would the a an""".split()
)


def nominal_findings(
    text: str,
    sentence: Sentence,
    tokens: Sequence[Token],
    resolver: SourceResolver,
    triggers: Sequence[int] | None = None,
) -> list[Finding]:
    """The nominal statements of one sentence (tokens outside direct quotes). ``triggers``:
    the indexes of its tokens in ``NOMINAL_TRIGGERS``, when known (``findings`` finds them
    with the cue words, in the same pass over the tokens)."""
    found: list[Finding] = []
    if triggers is None:
        triggers = [i for i, token in enumerate(tokens) if token.lower in NOMINAL_TRIGGERS]
    for i in triggers:
        token = tokens[i]  # one of the few role or cue nouns of the sentence
        if token.lower in ROLE_NOUNS and (token.text.islower() or token.initial):
            held = _role(text, sentence, tokens, i, resolver)
            if held is not None:
                found.append(held)
            continue
        if token.lower not in CUE_NOUNS or not token.text.islower():
            continue
        link = i + 1
        if link >= len(tokens) or tokens[link].lower not in LINKS:
            continue
        owner = _owner(tokens, i, resolver) or _light_owner(tokens, i, resolver)
        if owner is None:
            continue
        content = _content(text, tokens, link, sentence.end)
        if content is None:
            continue
        start, end = content
        found.append(
            Finding(
                start, end, owner, token.start, token.end, token.text, False, sentence.index, True
            )
        )
    return found


def _role(
    text: str, sentence: Sentence, tokens: Sequence[Token], i: int, resolver: SourceResolver
) -> Finding | None:
    """'critics of the plan', 'a staunch opponent of the deal': the people the noun names
    hold a view on what follows "of"."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower != "of":
        return None
    first = i
    while first > 0 and (_modifier(tokens[first - 1]) or tokens[first - 1].lower in _ARTICLES):
        first -= 1
    source = _predicate_subject(tokens, first, resolver) or resolver.make(
        list(tokens[first : i + 1]), loose=True
    )
    stop = i + 2
    while stop < len(tokens) and stop - i - 2 < MAX_ROLE_OBJECT_WORDS and _in_object(tokens[stop]):
        stop += 1
    if source is None or stop == i + 2:
        return None
    token = tokens[i]
    start, end = tokens[i + 2].start, tokens[stop - 1].end
    return Finding(
        start, end, source, token.start, token.end, token.text, False, sentence.index, True
    )


def _predicate_subject(
    tokens: Sequence[Token], first: int, resolver: SourceResolver
) -> Source | None:
    """'Kaine, who is a staunch opponent of ...', 'Clinton has been an outspoken supporter
    of ...': after "be" the role noun describes the subject, who holds the view."""
    j = first - 1
    while j >= 0 and tokens[j].lower in _DEGREE_ADVERBS:
        j -= 1
    if j < 1 or tokens[j].lower not in _BE_FORMS:
        return None
    return resolver.before(tokens, j)


def _in_object(token: Token) -> bool:
    """A word of the noun phrase after "critics of" (not a verb form ending the subject)."""
    if not token.is_word:
        return token.text in ("'s", "’s", "-")
    return token.lower not in CLAUSE_WORDS and not (
        token.text.islower() and token.lower.endswith(("ed", "ing"))
    )


def _owner(tokens: Sequence[Token], noun: int, resolver: SourceResolver) -> Source | None:
    """The possessor before the noun, past up to ``MAX_MODIFIERS`` adjectives."""
    j = noun - 1
    while j >= 0 and noun - j <= MAX_MODIFIERS and _modifier(tokens[j]):
        j -= 1
    if j < 0:
        return None
    token = tokens[j]
    if token.lower in POSSESSIVES:
        return resolver.make([token])
    if token.text in ("'s", "’s") and j > 0:
        name = tokens[j - 1]
        mention = resolver.mention_in(tokens[max(0, j - MAX_NAME_TOKENS)].start, name.end)
        if mention is not None and mention.end == name.end:
            return resolver.make([t for t in tokens[:j] if t.start >= mention.start])
    return None


def _light_owner(tokens: Sequence[Token], noun: int, resolver: SourceResolver) -> Source | None:
    """The subject of a light verb whose object is the noun ("Trump raised questions about",
    "advocates have expressed deep concern about"), past an article and adjectives."""
    j = noun - 1
    while (
        j >= 0
        and noun - j <= MAX_MODIFIERS + 1
        and (_modifier(tokens[j]) or tokens[j].lower in ("a", "an", "the"))
        and tokens[j].lower not in LIGHT_VERBS
    ):
        j -= 1
    if j < 1 or tokens[j].lower not in LIGHT_VERBS:
        return None
    return resolver.before(tokens, j, loose=True)


def _modifier(token: Token) -> bool:
    return (
        token.is_word
        and token.text.islower()
        and token.lower not in _NOT_MODIFIERS
        and token.lower not in POSSESSIVES
    )


def _content(
    text: str, tokens: Sequence[Token], link: int, sentence_end: int
) -> tuple[int, int] | None:
    first = link if tokens[link].lower == "to" else link + 1  # "to" opens an infinitive
    if first >= len(tokens):
        return None
    end = sentence_end
    for token in tokens[first:]:
        if token.text in _CLAUSE_END:
            end = token.start
            break
    start = tokens[first].start
    while end > start and text[end - 1] in " .!?\n\t":
        end -= 1
    if len(text[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    return start, end
