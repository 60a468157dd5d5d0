"""Speech and report verbs, and the nouns that name sources, in every inflection we match."""

from __future__ import annotations

import functools
from typing import Final

#: Verbs that introduce what someone said or wrote (base forms). "declare" is left out: news
#: uses it for acts ("declared a national emergency") more than for speech.
_SPEECH: Final = """say tell add state claim write note argue explain insist warn announce report
ask reply respond answer confirm deny admit acknowledge suggest predict estimate
contend maintain assert allege testify recall continue conclude urge describe stress
emphasize emphasise observe remark comment tweet post complain concede promise pledge vow
threaten accuse blame criticize criticise praise question caution reveal disclose indicate
show find cite quip joke boast counter retort mention assure reiterate agree disagree propose
recommend demand signal hint imply inform blast slam charge shout yell exclaim proclaim
recount characterize characterise brief learn point speak discuss label liken express
repeat detail talk encourage advocate promote rule compare""".split()

#: Verbs of belief, knowledge and feeling (PARC and PolNeAR "cognitive" cues): what follows
#: them is attributed to their subject ("few experts believe that is likely", "I know your
#: returns are being audited"). They need a clause or phrase after them: "I think so" is
#: nothing, and they never invert ("..., believed X" is not news style).
_COGNITIVE: Final = """believe think hope fear expect feel know doubt worry suspect suppose
realize realise recognize recognise understand consider regard view see imagine guess reckon
sense wonder trust wish envision envisage foresee anticipate figure conclude decide determine
reckon judge deem perceive remember forget acknowledge learn notice""".split()

#: Verbs of stance, evaluation and intent: PolNeAR (like PARC) attributes what they introduce
#: to their subject ("Clinton wants to triple the size of AmeriCorps", "Trump called for
#: repeal", "the experts praised her proposals", "Trump mocked the report"). Acts that change
#: the world rather than express a view ("vetoed", "repealed", "signed") are left out: a
#: quote is something said or held, not something done; so are verbs whose stance reading is
#: rare next to their plain one ("need", "raise", "address", "investigate", "invite").
_STANCE = """call want plan support oppose favor favour condemn denounce defend reject welcome seek
intend refuse decline attack applaud dismiss endorse vow pledge propose demand urge
praise criticize criticise blast slam mock ridicule deride chastise scold rebuke
lambaste lambast berate fault blame credit hail laud commend tout champion celebrate
embrace resist dispute challenge contest question doubt decry lament bemoan deplore
regret resent admire respect like love hate dislike prefer hope wish threaten
promise offer recommend advocate plead implore beg encourage discourage warn caution
advise accuse charge slam tout highlight underscore emphasize emphasise stress mention
reference invoke cite echo quote paint portray depict characterize characterise brand
dub label describe frame rank grade question debate discuss rail brag extol grill admonish
lecture taunt tease moralize moralise muse ponder downplay weigh chime lash vent rave gush
marvel scoff sneer bristle fume rage decry compliment flatter thank congratulate salute""".split()

#: Cue verbs whose base and -s forms are as often nouns ("the state's rules", "his plan",
#: "the debate"): in those forms they need a subject known to be a source, not any phrase.
_NOUN_LIKE: Final = """state rule plan debate remark comment report support call need worry claim
charge press appeal lobby rate address question promise offer demand review challenge
respect love like fear hope doubt wish aim attack push credit fault blame label frame brand
echo quote reference post tweet order reply answer estimate concern view guess sense trust
judge figure praise champion dispute contest probe lament regret hate dislike invite
advocate note point cite count study survey poll show fume vow pledge threat warn alert
comment defend decline dismiss favor favour stress highlight underscore emphasis
review sign side back target host joke boast counter signal hint detail talk caution
proposal protest object suspect""".split()

_IRREGULAR: Final[dict[str, tuple[str, ...]]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "find": ("found",),
    "show": ("shown",),
    "know": ("knew", "known"),
    "feel": ("felt",),
    "learn": ("learnt",),
    "speak": ("spoke", "spoken"),
}

#: Auxiliaries and adverbs that may stand between a speaker and the verb ("has also said").
BETWEEN_SUBJECT_AND_VERB: Final[frozenset[str]] = frozenset(
    """has have had also later previously earlier repeatedly once again then will would
    could may might did does do was were is are been being first further separately
    reportedly recently often frequently publicly privately initially originally already
    subsequently flatly not never now still even just immediately since long""".split()
)

#: Nouns heading an outlet reference resolved to the last outlet named ("the outlet said").
MEDIA_NOUNS: Final[frozenset[str]] = frozenset(
    """outlet newspaper paper network broadcaster publication magazine daily channel
    website site tabloid station""".split()
)

#: Nouns heading an official source ("Defense Department officials said").
OFFICIAL_NOUNS: Final[frozenset[str]] = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople authorities
    police ministry department government administration agency minister secretary
    president governor mayor senator prosecutors prosecutor investigators officers
    military army pentagon commander commanders authority regulators regulator""".split()
)

#: Words marking an unnamed source ("sources said", "people familiar with the matter").
ANONYMOUS_NOUNS: Final[frozenset[str]] = frozenset(
    """source sources insider insiders people person aide aides anonymity some many
    others most few several those""".split()
)

#: Nouns heading a document source ("the report said", "the order reads").
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    """report reports order orders document documents study survey poll data filing
    statement memo memorandum letter complaint lawsuit indictment ruling analysis
    records figures statistics bill proclamation review audit polls polling video videos
    footage slide slides transcript tally research estimates projections chart photos
    images census numbers results average averages findings evidence""".split()
)


def _inflect(base: str) -> set[str]:
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
        if base in ("admit", "quip", "slam", "plan", "label"):
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    forms.update(_IRREGULAR.get(base, ()))
    return forms


@functools.cache
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base in _SPEECH:
        for form in _inflect(base):
            table.setdefault(form, base)
    return table


@functools.cache
def _cognitive() -> dict[str, str]:
    return {form: base for base in _COGNITIVE for form in _inflect(base)}


@functools.cache
def _stance() -> dict[str, str]:
    return {form: base for base in _STANCE for form in _inflect(base)}


#: Adjectives of belief and feeling that attribute what follows to the subject of "be"
#: ("Many Democrats are afraid that ...", "Republicans weren't concerned about ...").
_ADJECTIVES: Final = frozenset(
    """afraid concerned worried convinced sure certain confident aware hopeful skeptical
    sceptical critical supportive adamant unsure uncertain optimistic pessimistic fearful
    doubtful insistent clear frustrated angry upset furious proud eager determined
    opposed committed wary passionate vague coy silent vocal outspoken enthusiastic keen
    fond dismissive suspicious cautious bullish bearish adamantly open unhappy happy
    disappointed alarmed troubled nervous anxious unconvinced incensed outraged""".split()
)


@functools.cache
def cue_forms() -> frozenset[str]:
    """Every lower-case word form that can be a cue (verb of any class or adjective): a
    token outside this set needs no further look."""
    return frozenset(_table()) | frozenset(_cognitive()) | frozenset(_stance()) | _ADJECTIVES


def cue_adjective(word: str) -> bool:
    """Whether ``word`` is an adjective cue ("afraid", "convinced")."""
    return word.lower() in _ADJECTIVES


@functools.cache
def _noun_like() -> frozenset[str]:
    forms: set[str] = set()
    for base in _NOUN_LIKE:
        forms.update(f for f in _inflect(base) if not f.endswith(("ed", "ing")))
    return frozenset(forms - {form for forms in _IRREGULAR.values() for form in forms})


def noun_like(word: str) -> bool:
    """Whether a cue word in this form is as often a noun ("plans", "debate", "states")."""
    return word.lower() in _NOUN_LIKE_FORMS


def stance_base(word: str) -> str | None:
    """The base form of a stance verb ("wants" -> "want"), or None."""
    return _STANCE_TABLE.get(word.lower())


def speech_base(word: str) -> str | None:
    """The base form of a speech verb ("said" -> "say"), or None."""
    return _SPEECH_TABLE.get(word.lower())


def cognitive_base(word: str) -> str | None:
    """The base form of a belief verb ("believes" -> "believe"), or None."""
    return _COGNITIVE_TABLE.get(word.lower())


# The tables are built once, at import (a few hundred forms): the rules look words up in
# them for every token of a batch, where a cached call per look-up cost more than the look-up.
_SPEECH_TABLE: Final = _table()
_COGNITIVE_TABLE: Final = _cognitive()
_STANCE_TABLE: Final = _stance()
_NOUN_LIKE_FORMS: Final = _noun_like()
#: Lower-case forms of each verb class, for tokens (whose lower-case form is already made).
SPEECH_FORMS: Final[frozenset[str]] = frozenset(_SPEECH_TABLE)
COGNITIVE_FORMS: Final[frozenset[str]] = frozenset(_COGNITIVE_TABLE)
STANCE_FORMS: Final[frozenset[str]] = frozenset(_STANCE_TABLE)
