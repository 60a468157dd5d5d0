"""Who a statement rests on: the noun phrase before or after a speech verb, resolved to a
name ("he" -> the nearest person, "the outlet" -> the last outlet named) and a kind."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from newsledger.extract.who.gender import PRONOUN_GENDER, Gender, genders
from newsledger.extract.who.speech import (
    ANONYMOUS_NOUNS,
    BETWEEN_SUBJECT_AND_VERB,
    COGNITIVE_FORMS,
    DOCUMENT_NOUNS,
    MEDIA_NOUNS,
    OFFICIAL_NOUNS,
    SPEECH_FORMS,
    STANCE_FORMS,
    noun_like,
    speech_base,
)
from newsledger.extract.who.tokens import FUNCTION_WORDS, MONTHS_AND_DAYS, Token
from newsledger.model import Analysis, EntityType, Mention

#: Longest source phrase we accept, in words ("a senior official in the Biden administration").
MAX_SOURCE_WORDS: Final = 8
#: The kind of a source that is only some noun phrase before a cue verb ("the ad", "Mr. King"
#: when the entity stage missed him): good enough for a quote, too weak to rest a claim on.
UNKNOWN_KIND: Final = "unknown"
#: Longest noun phrase taken as the subject of a cue verb when any phrase may be ("The Real
#: Clear Politics average of polls taken over the past two weeks shows ...").
MAX_LOOSE_SOURCE_WORDS: Final = 14
#: Words that end a source phrase when scanning away from the verb.
CLAUSE_WORDS: Final = frozenset(
    """that which who whom whose when where while as and but or because if since after
    before although though so than then whether what how why also to is was are were be been
    has have had will would can could should may might must do does did not no""".split()
)
#: How many person mentions back a gendered pronoun looks for a person of its gender.
MAX_PRONOUN_LOOKBACK: Final = 12
#: How far back of a pronoun a person named as a subject is preferred to a nearer one named
#: as the object of a preposition, in characters (about two sentences of news prose).
MAX_SUBJECT_PREFERENCE_CHARS: Final = 300
#: Characters before a name read for the preposition that makes it an object.
OBLIQUE_CONTEXT_CHARS: Final = 60
#: Prepositions whose object is rarely the referent of a following "he" or "she".
_OBLIQUE_PREPOSITIONS: Final = frozenset("with to by against for from about of".split())
#: Titles a definite description names someone by ("the governor" after "Gov. Chris
#: Christie"), with the words that write the title before a name.
TITLE_ABBREVIATIONS: Final[dict[str, tuple[str, ...]]] = {
    "governor": ("gov.", "governor"),
    "senator": ("sen.", "senator"),
    "congressman": ("rep.", "congressman"),
    "congresswoman": ("rep.", "congresswoman"),
    "mayor": ("mayor",),
    "spokesman": ("spokesman",),
    "spokeswoman": ("spokeswoman",),
    "spokesperson": ("spokesperson",),
    "secretary": ("secretary",),
    "minister": ("minister",),
    "chairman": ("chairman",),
    "chairwoman": ("chairwoman",),
    "judge": ("judge",),
    "ambassador": ("ambassador",),
    "general": ("gen.", "general"),
}
#: Characters around a name read for its title.
TITLE_CONTEXT_CHARS: Final = 40
PERSON_PRONOUNS: Final = frozenset({"he", "she", "him", "her"})
OTHER_PRONOUNS: Final = frozenset({"they", "we", "i", "you", "it", "who", "which"})
#: Nouns heading a group of people that can be a source ("experts say", "critics argue").
PEOPLE_NOUNS: Final = frozenset(
    """experts expert analysts analyst critics critic residents resident witnesses witness
    lawmakers lawmaker legislators democrats republicans researchers researcher scientists
    scientist advocates supporters opponents economists economist observers voters
    investors protesters activists leaders leader members member lawyers lawyer attorney
    attorneys doctors doctor historians historian scholars scholar observers diplomats
    diplomat negotiators negotiator candidates candidate campaign aides aide staff
    employees workers users customers parents students teachers victims families family
    neighbors neighbours friends colleagues allies rivals president senator governor mayor
    chairman chairwoman director executive chief ceo founder minister secretary judge
    justice commissioner spokesman spokeswoman spokesperson representative congressman
    congresswoman man woman people person everyone nobody someone observers pollsters
    pundits commentators insiders officials official sources source police authorities
    prosecutors investigators officers military company firm group organization
    organisation agency department ministry government administration court committee
    party team office campaign utility council city state county school district union
    hospital university airline bank board commission embassy ministry court
    manufacturer retailer carrier operator network percent respondents republican democrat
    nominee independent libertarian""".split()
)
#: Endings of plural nouns for groups of people ("environmentalists", "Republicans" is a
#: name; "economists", "statisticians", "legislators").
_PEOPLE_SUFFIXES: Final = ("ists", "ians", "ators", "ologists")
#: Adjectives tying an unnamed source to someone or something ("people familiar with the
#: matter", "those close to him", "a person close to the talks"): the noun before them heads
#: the phrase.
TIES: Final = frozenset("familiar close closest loyal allied aligned connected linked".split())
#: Speech verbs that news writing puts before their subject ('..., said Elizabeth Goitein').
INVERTING: Final = frozenset(
    """say add write ask note explain continue reply respond recall insist warn argue claim
    quip joke tell report state conclude observe remark answer counter retort""".split()
)
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i"})
#: Pronouns that never stand as a subject before a verb.
_NOT_SUBJECTS: Final = frozenset("him her his its their them my our your me us".split())
#: Nouns of a phrase saying when between a subject and its verb ("on Tuesday", "this week").
_TIME_NOUNS: Final = MONTHS_AND_DAYS | frozenset(
    "week weekend month year day morning afternoon evening night".split()
)
#: Words opening such a phrase ("in 2010", "last week", "earlier this month").
_TIME_OPENERS: Final = frozenset("on in last this earlier late early during".split())
#: Longest such phrase without its opening words ("Sept. 5, 2016" is four tokens), in tokens.
MAX_TIME_PHRASE_TOKENS: Final = 4
#: Honorifics written before a name ("Mr. Obama", "Sen. Perdue"): part of the source phrase.
HONORIFICS: Final = frozenset(
    "mr. mrs. ms. dr. sen. rep. gov. gen. prof. rev. mr mrs ms dr".split()
)
#: Relative pronouns that stand for a source ("an architect who said ...").
RELATIVE_PRONOUNS: Final = frozenset({"who", "which"})
#: Most comma-separated descriptions between a name and its verb.
MAX_APPOSITIVES: Final = 3
#: Longest description between commas ("who served as U.S. ambassador to Burma from 2012
#: until earlier this year"), in tokens.
MAX_APPOSITIVE_TOKENS: Final = 30
#: Words opening a description that may hold clause words of its own.
_APPOSITIVE_OPENERS: Final = frozenset({"who", "whose", "which", "a", "an", "the"})
#: Clause words allowed inside an appositive ("a professor of law and history").
_APPOSITIVE_WORDS: Final = frozenset({"and", "to"})
#: Words that end a phrase but never head a source ("to say", "what they said").
_NOT_A_HEAD: Final = frozenset(
    """to what there here then now also only just even much more most less than so very
    not no yes ago""".split()
)
#: Function words that can head a subject ("many say", "some argue", "one suggested").
_QUANTIFIER_HEADS: Final = frozenset({"one", "many", "some", "few", "most", "others", "both"})
#: Words for a part of a group before "of whom" ("all of whom", "none of whom").
_PART_WORDS: Final = frozenset("all none each half two three several".split())
_PREPOSITIONS: Final = frozenset(
    """in at on during to of about for with from by after before under over into onto since
    until through across among between against without within""".split()
)
_INDEFINITE: Final = frozenset({"a", "an"})
_DETERMINERS: Final = frozenset(
    "the a an this that these those his her their its our some many".split()
)


#: Not frozen: built tens of times per article, where the frozen ``__init__`` (one
#: ``object.__setattr__`` per field) took seven times as long. Never changed once built, and
#: hashed by its fields as the frozen class was.
@dataclass(init=False, slots=True, unsafe_hash=True)
class Source:
    """A source phrase in the text and what it resolves to."""

    start: int
    end: int
    name: str | None  # resolved name; None for an unresolved pronoun
    mention: Mention | None
    kind: str  # person, official, media, organisation, document, anonymous, unknown

    # A written __init__ (init=False): the compiled build (tools/compile.py) makes it native
    # code, where the dataclass-generated one runs as Python (a fifth of the cost to build).
    def __init__(
        self,
        start: int,
        end: int,
        name: str | None,
        mention: Mention | None,
        kind: str,
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.mention = mention
        self.kind = kind


# The token's own lower-case form against the form sets (not ``speech_base(token.text)``,
# which lower-cases again): these run for most tokens of every sentence.
def is_cue(token: Token) -> bool:
    return token.is_word and token.lower in SPEECH_FORMS


def is_belief(token: Token) -> bool:
    return token.is_word and token.lower in COGNITIVE_FORMS


def is_stance(token: Token) -> bool:
    return token.is_word and token.lower in STANCE_FORMS


class SourceResolver:
    """Resolves source phrases against an article's mentions."""

    def __init__(self, analysis: Analysis, quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.text = analysis.text
        self.mentions = sorted(analysis.mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        inside = _Inside(quoted)
        person_type, media_type = EntityType.PERSON, EntityType.MEDIA  # read once per article
        self.persons = [m for m in self.mentions if m.type is person_type and not inside(m.start)]
        self.person_starts = [m.start for m in self.persons]
        # genders are weighed per name, and only for the names a pronoun reaches: most
        # persons of an article are never looked at from a "he" or "she"
        self._persons_by_name: dict[str, list[Mention]] = {}
        for person in self.persons:
            self._persons_by_name.setdefault(person.name, []).append(person)
        self._genders: dict[str, Gender | None] = {}
        # "the outlet" never means the article's own outlet ("The Independent has reached out")
        own = (analysis.article.source or "").lower()
        self.media = [
            m
            for m in self.mentions
            if m.type is media_type and own not in (m.name.lower(), m.text.lower())
        ]
        self.media_starts = [m.start for m in self.media]

    def before(
        self, tokens: Sequence[Token], verb: int, *, appositive: bool = True, loose: bool = False
    ) -> Source | None:
        """The subject phrase ending just before ``tokens[verb]`` ("Trump said").

        With ``loose``, any noun phrase can be the subject ("The ad references ...", "Mr.
        King said" with no mention found): for cue verbs, whose subject is their source.
        """
        j = _skip_back(tokens, verb - 1)
        if j >= 0 and tokens[j].text == ",":
            return self._appositive(tokens, j, loose) if appositive else None
        if j >= 2 and tokens[j].lower in ("whom", "which") and tokens[j - 1].lower == "of":
            # "victims' families, many of whom say ...": a part of the group named before
            first = j - 2
            if tokens[first].lower in _QUANTIFIER_HEADS | _PART_WORDS:
                start, end = tokens[first].start, tokens[j].end
                return Source(start, end, self.text[start:end], None, "anonymous")
        if j >= 0 and tokens[j].lower in RELATIVE_PRONOUNS:
            # "an architect who said ...": the pronoun is the source, named by what it follows
            antecedent = self.before(tokens, j, appositive=False, loose=loose)
            name = antecedent.name if antecedent is not None else None
            mention = antecedent.mention if antecedent is not None else None
            return Source(tokens[j].start, tokens[j].end, name, mention, "person")
        end = j + 1
        longest = MAX_LOOSE_SOURCE_WORDS if loose else MAX_SOURCE_WORDS
        while (
            j >= 0
            and end - j <= longest
            and (
                _in_phrase(tokens, j)
                or (j + 1 < end and _modifier(tokens, j))
                or (j + 1 == end and tokens[j].lower in PEOPLE_NOUNS)  # "advocates have"
                or (tokens[j].capitalised and self.inside_mention(tokens[j].start))
                or _tie(tokens, j, end)
            )
            and (j + 1 >= end or self.text.find("\n", tokens[j].end, tokens[j + 1].start) < 0)
        ):
            j -= 1
        phrase = list(tokens[j + 1 : end])
        if phrase and phrase[-1].lower in _NOT_SUBJECTS and not _tie(phrase, len(phrase) - 2, 0):
            return None  # "her first debate", "their plan": a possessive, not a subject
        if len(phrase) > 1 and phrase[-1].lower in _SUBJECT_PRONOUNS:
            phrase = phrase[-1:]  # "in an interview with RT he blasted": the pronoun
        named = self.mention_in(phrase[0].start, phrase[-1].end) if phrase else None
        if named is not None and named.end == phrase[-1].end:
            # "in an interview with the Washington Post Trump said": the name is the subject,
            # with the honorific before it ("..., Mr. Obama said": the frame starts at "Mr.")
            first = next(k for k, t in enumerate(phrase) if t.start >= named.start)
            while first and phrase[first - 1].lower in HONORIFICS:
                first -= 1
            if not (first and phrase[first - 1].lower in _PREPOSITIONS):
                # but "His former business partner at Lenox": a description of someone else
                phrase = phrase[first:]
        return self.make(phrase, loose=loose) if phrase else None

    def _appositive(self, tokens: Sequence[Token], comma: int, loose: bool) -> Source | None:
        """'Phil Lovas, the state's campaign chairman, said' or 'The state's campaign
        chairman, Phil Lovas, said': a name wins over a description, the first name over
        later ones ('Angelique Brunner, a developer, a spokeswoman for X, said')."""
        segments: list[tuple[int, int]] = []
        end = comma
        while len(segments) < MAX_APPOSITIVES:
            k = end - 1
            while k >= 0 and tokens[k].text != "," and end - k <= MAX_APPOSITIVE_TOKENS:
                k -= 1
            if k < 0 or tokens[k].text != "," or not _appositive_segment(tokens[k + 1 : end]):
                break
            segments.append((k + 1, end))
            end = k
        if not segments:
            return None
        outer = self.before(tokens, end, appositive=False, loose=loose) if end > 0 else None
        candidates = [outer, *(self.make(list(tokens[a:b])) for a, b in reversed(segments))]
        found = [
            c
            for c in candidates
            if c is not None and self.text[c.start : c.end].split()[0].lower() not in _PREPOSITIONS
        ]
        for source in found:
            if self._names_itself(source):
                return source
        return found[0] if found else None

    def _names_itself(self, source: Source) -> bool:
        """A source phrase that ends with a name which is not the object of a preposition
        ("His former business partner at Lenox" names a partner, not Lenox)."""
        mention = source.mention
        if mention is None or mention.end != source.end:
            return False
        words = self.text[source.start : mention.start].split()
        while words and words[-1].lower() in _DETERMINERS:
            words.pop()
        return not words or words[-1].lower() not in _PREPOSITIONS

    def after(self, tokens: Sequence[Token], verb: int, *, inverted: bool = True) -> Source | None:
        """The subject phrase just after ``tokens[verb]`` ("said Elizabeth Goitein").

        With ``inverted`` (the default) the verb must be one that news writing puts before
        its subject ("said", "added", "wrote"), and the phrase must end its clause.
        """
        if inverted and speech_base(tokens[verb].text) not in INVERTING:
            return None
        j = verb + 1
        start = j
        while (
            j < len(tokens)
            and (
                _in_phrase(tokens, j)
                or (tokens[j].capitalised and self.inside_mention(tokens[j].start))
            )
            and j - start < MAX_SOURCE_WORDS
        ):
            j += 1
        phrase = list(tokens[start:j])
        if inverted and j < len(tokens) and tokens[j].is_word:
            return None  # "accused Clinton's campaign of being": an object, not a subject
        # an inverted subject closes its clause: whatever noun phrase it is, it is the source
        return self.make(phrase, loose=inverted) if phrase else None

    def make(self, phrase: list[Token], *, loose: bool = False) -> Source | None:
        """Resolve a phrase to a source, or None when it cannot be one (with ``loose``, any
        noun phrase is a source: an unknown name, "the website", "the ad")."""
        while phrase and not phrase[-1].is_word:
            phrase = phrase[:-1]
        while phrase and not phrase[0].is_word:
            phrase = phrase[1:]
        if not phrase:
            return None
        start, end = phrase[0].start, phrase[-1].end
        head = _head(phrase)
        mention = self.mention_in(start, end)
        if len(phrase) == 1 and head in PERSON_PRONOUNS:
            person = self.person_before(start, PRONOUN_GENDER.get(head))
            return Source(start, end, person.name if person else None, person, "person")
        if len(phrase) == 1 and head in OTHER_PRONOUNS:
            return Source(start, end, None, None, "anonymous")
        if head in MEDIA_NOUNS and mention is None:
            outlet = self.media_before(start)
            if outlet is not None:
                return Source(start, end, outlet.name, outlet, "media")
        if mention is not None and mention.end == end:
            return Source(start, end, mention.name, mention, _kind_of(mention))
        if head in TITLE_ABBREVIATIONS and phrase[0].lower == "the" and mention is None:
            titled = self.titled_before(start, head)
            if titled is not None:  # "Gov. Chris Christie ... The governor added"
                return Source(start, end, titled.name, titled, "person")
        if head in ANONYMOUS_NOUNS or head.rstrip("s") in ANONYMOUS_NOUNS:
            return Source(start, end, self._phrase_text(start, end), mention, "anonymous")
        if head in OFFICIAL_NOUNS:
            return Source(start, end, self._phrase_text(start, end), mention, "official")
        if head in DOCUMENT_NOUNS:
            return Source(start, end, self._phrase_text(start, end), mention, "document")
        if head in PEOPLE_NOUNS or (head.endswith(_PEOPLE_SUFFIXES) and phrase[-1].text.islower()):
            kind = _kind_of(mention) if mention is not None else "person"
            return Source(start, end, self._phrase_text(start, end), mention, kind)
        if loose:
            return self._loose(phrase, mention)
        return None

    def _loose(self, phrase: list[Token], mention: Mention | None) -> Source | None:
        """Any other noun phrase: a name the entity stage missed ("Mr. King"), else a thing
        or group ("the website", "research by the center")."""
        last = phrase[-1]
        if phrase[0].lower in _PREPOSITIONS:
            return None  # "At Monday's debate", "In swing states": a setting, not a subject
        if last.lower in _NOT_A_HEAD or (
            last.lower in FUNCTION_WORDS and last.lower not in _QUANTIFIER_HEADS
        ):
            return None
        if not last.text[:1].isalpha():
            return None
        start, end = phrase[0].start, last.end
        return Source(start, end, self._phrase_text(start, end), mention, UNKNOWN_KIND)

    def _phrase_text(self, start: int, end: int) -> str:
        words = self.text[start:end].split()
        if len(words) == 2 and words[0].lower() in _INDEFINITE:
            return " ".join(words)  # "a report", "an official": the article says who, unnamed
        if (
            words
            and words[0].lower() in _DETERMINERS
            and not (
                len(words) > 1 and words[1].lower() in TIES  # "those close to him"
            )
        ):
            words = words[1:] or words
        return " ".join(words)

    def inside_mention(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a mention: a capitalised cue word there is part of a
        name ("The New York Post reports", "said the Des Moines Register")."""
        i = bisect_right(self.starts, offset)
        return bool(i) and offset < self.mentions[i - 1].end

    def mention_in(self, start: int, end: int) -> Mention | None:
        """The last mention inside [start, end)."""
        i = bisect_left(self.starts, start)
        found = None
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                found = self.mentions[i]
            i += 1
        return found

    def person_before(self, offset: int, gender: Gender | None = None) -> Mention | None:
        """The nearest person named before ``offset``; with a ``gender`` (from "he" or
        "she"), the nearest of that gender, else the nearest of unknown gender, else the
        nearest of any."""
        i = bisect_right(self.person_starts, offset)
        if not i:
            return None
        if gender is None:
            return self.persons[i - 1]
        unknown = None
        oblique = None
        for k in range(i - 1, max(-1, i - 1 - MAX_PRONOUN_LOOKBACK), -1):
            person = self.persons[k]
            known = self.gender_of(person.name)
            if known is gender:
                if oblique is not None and offset - person.start > MAX_SUBJECT_PREFERENCE_CHARS:
                    break
                if not self._oblique(person):
                    return person
                oblique = oblique or person
            if known is None and unknown is None:
                unknown = person
        return oblique or unknown or self.persons[i - 1]

    def titled_before(self, offset: int, title: str) -> Mention | None:
        """The nearest person before ``offset`` named with the title ``title`` ("Gov. Chris
        Christie", "New Jersey Governor Chris Christie", "Christie, the governor"), among the
        last few persons named; None when a nearer person holds no such title but another
        one does not either (the text does not say who)."""
        words = TITLE_ABBREVIATIONS[title]
        i = bisect_right(self.person_starts, offset)
        for k in range(i - 1, max(-1, i - 1 - MAX_PRONOUN_LOOKBACK), -1):
            person = self.persons[k]
            around = self.text[max(0, person.start - TITLE_CONTEXT_CHARS) : person.start].lower()
            after = self.text[person.end : person.end + TITLE_CONTEXT_CHARS].lower()
            if any(word in around.split()[-3:] for word in words) or (
                after.startswith(",") and title in after.split(",")[1].split()
            ):
                return person
        return None

    def _oblique(self, person: Mention) -> bool:
        """Whether a person is named as the object of a preposition ("after meeting with
        Russian President Vladimir Putin"): a pronoun after it rather means the subject
        named before ("Obama said after meeting with Putin. He didn't suggest ...")."""
        words = self.text[max(0, person.start - OBLIQUE_CONTEXT_CHARS) : person.start].split()
        while words and (words[-1][:1].isupper() or words[-1].lower() in _DETERMINERS):
            words.pop()  # titles and descriptions before the name ("Russian President")
        return bool(words) and words[-1].lower() in _OBLIQUE_PREPOSITIONS

    def gender_of(self, name: str) -> Gender | None:
        """The gender the mentions of the person ``name`` agree on (see ``gender.genders``)."""
        if name not in self._genders:
            self._genders[name] = genders(self.text, self._persons_by_name[name]).get(name)
        return self._genders[name]

    def media_before(self, offset: int) -> Mention | None:
        i = bisect_right(self.media_starts, offset)
        return self.media[i - 1] if i else None


def _head(phrase: list[Token]) -> str:
    """The head noun of a source phrase: its last word, or the word before "of" when that
    word names a document or group ("Video of the incident", "an analysis of super PACs",
    but "a number of tax experts")."""
    for k in range(1, len(phrase) - 1):  # "of" ending the phrase heads nothing
        if phrase[k].lower in TIES:
            return phrase[k - 1].lower  # "people familiar with the matter"
        if phrase[k].lower == "of":
            before = phrase[k - 1].lower
            if before in DOCUMENT_NOUNS or before in OFFICIAL_NOUNS or before in PEOPLE_NOUNS:
                return before
            break
    return phrase[-1].lower


def _tie(tokens: Sequence[Token], j: int, end: int) -> bool:
    """Whether ``tokens[j]`` is the preposition of a tie inside a source phrase ("those close
    to him", "a person close to the talks"), with words of the phrase after it (from
    ``end`` on, none)."""
    return (
        j > 0
        and tokens[j].lower == "to"
        and tokens[j - 1].lower in TIES
        and j + 1 < max(end, len(tokens))
    )


def _skip_back(tokens: Sequence[Token], j: int) -> int:
    """Step back over auxiliaries, adverbs, negations and a parenthesis ("Sen. David Perdue
    (R-Ga.)", "generally", "didn't")."""
    while j >= 0:
        word = tokens[j].lower
        if (
            word in BETWEEN_SUBJECT_AND_VERB
            or word.endswith(("n't", "n’t"))
            or (
                word.endswith("ly")
                and word.isalpha()
                and len(word) > 4
                and not tokens[j].capitalised
            )
        ):
            j -= 1
        elif tokens[j].text == ")":
            k = j - 1
            while k >= 0 and tokens[k].text != "(" and j - k <= MAX_SOURCE_WORDS:
                k -= 1
            if k < 0 or tokens[k].text != "(":
                return j
            j = k - 1
        elif time_word(tokens[j]):
            k = _before_time_phrase(tokens, j)
            if k == j:
                return j
            j = k
        else:
            return j
    return j


def _before_time_phrase(tokens: Sequence[Token], j: int) -> int:
    """The index before a phrase saying when that ends at ``tokens[j]`` ("Sanders on Tuesday
    said", "McConnell, who in 2010 said", "Trump this week also said", "The Times earlier
    this month reported"), or ``j`` when there is none."""
    k = j
    while k >= 0 and j - k < MAX_TIME_PHRASE_TOKENS and time_word(tokens[k]):
        k -= 1
    if k == j or k < 0 or tokens[k].lower not in _TIME_OPENERS:
        return j
    while k >= 0 and tokens[k].lower in _TIME_OPENERS:
        k -= 1
    return k


def time_word(token: Token) -> bool:
    """A day, month, part of a day or a year ("Tuesday", "Sept.", "week", "2010", "5")."""
    text = token.text
    if text.isdigit():
        return len(text) <= 2 or len(text) == 4
    return token.lower.rstrip(".") in _TIME_NOUNS


def _in_phrase(tokens: Sequence[Token], i: int) -> bool:
    token = tokens[i]
    if not token.is_word:
        return token.text in ("'s", "’s", "-", "&", "/")  # a lone full stop ends a sentence
    if token.lower in CLAUSE_WORDS or token.lower.endswith(("n't", "n’t")):
        return False
    # "a report", "the statement": a speech word after a determiner is a noun
    return not is_cue(token) or (i > 0 and tokens[i - 1].lower in _DETERMINERS)


def _appositive_segment(segment: Sequence[Token]) -> bool:
    """A description set off by commas: a noun phrase ("the state's campaign chairman") or a
    relative clause ("who served as ambassador to Burma until this year")."""
    if not segment:
        return False
    if segment[0].lower in _APPOSITIVE_OPENERS:
        return True
    if segment[0].lower in ("and", "but", "or", "so", "yet"):
        return False  # "..., and the meeting deteriorated from there, said ...": a clause
    return len(segment) <= MAX_APPOSITIVE_TOKENS and not any(
        t.is_word and t.lower in CLAUSE_WORDS and t.lower not in _APPOSITIVE_WORDS for t in segment
    )


def _modifier(tokens: Sequence[Token], i: int) -> bool:
    """A cue word inside a noun phrase, before its head ("state officials", "report card")."""
    token = tokens[i]
    return token.is_word and token.text.islower() and noun_like(token.text)


_KINDS: Final = {
    EntityType.PERSON: "person",
    EntityType.MEDIA: "media",
    EntityType.DOCUMENT: "document",
    EntityType.LAW: "document",
}


def _kind_of(mention: Mention) -> str:
    return _KINDS.get(mention.type, "organisation")


class _Inside:
    """Membership test for offsets inside sorted, disjoint spans."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def __call__(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset)
        return bool(i) and offset < self.spans[i - 1][1]
