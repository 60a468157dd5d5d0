"""Who said what: direct quotes with their speakers, indirect speech and "according to".

Shared by the ``quotes`` stage (what was said) and the ``attribution`` stage (on whose word
each sentence rests). Direct quotes are found in ``who.direct``, reported speech here.
Everything is found in one pass over sentences with a bounded window
around each quote and cue, so the cost is linear in the article length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from newsledger.extract.who.direct import direct_quotes, is_title
from newsledger.extract.who.marks import quote_spans
from newsledger.extract.who.nominal import NOMINAL_TRIGGERS
from newsledger.extract.who.sources import (
    CLAUSE_WORDS,
    MAX_SOURCE_WORDS,
    UNKNOWN_KIND,
    Source,
    SourceResolver,
    is_belief,
    is_cue,
    is_stance,
    time_word,
)
from newsledger.extract.who.speech import (
    DOCUMENT_NOUNS,
    SPEECH_FORMS,
    STANCE_FORMS,
    cognitive_base,
    cue_adjective,
    cue_forms,
    noun_like,
    speech_base,
    stance_base,
)
from newsledger.extract.who.statement import Finding, before_space, clause, sentence_index
from newsledger.extract.who.tokens import Token, sentence_tokens, tokenize
from newsledger.extract.who.transcript import transcript_turns
from newsledger.model import Analysis, Article, Mention, Sentence

__all__ = [
    "Finding",
    "find_all_statements",
    "find_statements",
    "nominal_triggers",
    "outside_quotes",
    "sentence_words",
    "statement_context",
]

#: Fewer words than this after a speech verb is not reported speech ("he said so").
#: PolNeAR dev: content F1 0.671 with 1, 0.683 with 2, 0.684 with 3, 0.680 with 5 (before
#: the broader lexicon; after it 0.765 with 2, 0.765 with 3, 0.764 with 4).
MIN_CONTENT_WORDS: Final = 3
#: A colon closing a paragraph ("The governor added:").
_COLON_LINE_END: Final = re.compile(r":\s*\n")
#: Marks opening a quotation.
QUOTE_MARKS: Final = "\"“‘'"
#: Verbs a document reports with ("a study shows", "the analysis found").
_FINDING_VERBS: Final = frozenset({"show", "find", "reveal", "suggest", "indicate", "conclude"})
_FINDING_FORMS: Final = frozenset(f for f in SPEECH_FORMS if speech_base(f) in _FINDING_VERBS)
#: Furthest word of a sentence that can be the document opening it ("A new Reuters/Ipsos
#: poll"), counted from its start.
MAX_DOCUMENT_SUBJECT_WORDS: Final = 5
#: Stance verbs take short objects ("Trump attacked Machado"): one word is content enough.
MIN_STANCE_WORDS: Final = 1
#: Longest speaker label before a colon ("Senate Majority Leader Chuck Schumer:").
MAX_LABEL_WORDS: Final = 6
#: Verbs whose first object is the audience, not the content ("told reporters that ...").
AUDIENCE_VERBS: Final = frozenset({"tell", "inform", "brief", "assure", "warn", "ask", "remind"})
_AUDIENCE_FORMS: Final = frozenset(f for f in SPEECH_FORMS if speech_base(f) in AUDIENCE_VERBS)
#: Longest audience phrase skipped after such a verb, in tokens.
MAX_AUDIENCE_TOKENS: Final = 4
#: Words before a speech word that make it a noun ("his claims", "the plan") or a passive
#: participle ("was supported by").
_NOT_A_VERB_AFTER: Final = frozenset(
    """the a an his her their its our my your this that these those 's ’s""".split()
)
#: Verbs that only name the act of speaking ("Speaking at a rally, ...").
_SPEAKING: Final = frozenset({"speak", "talk"})
#: Words opening a place or occasion after such a verb.
_OCCASION_WORDS: Final = frozenset("at in to with before during from after on".split())
#: Most words between a passive cue and "by" ("has been called a charlatan by").
MAX_PASSIVE_GAP: Final = 6
#: Degree words between "be" and an adjective ("is very concerned", "was too vague").
_DEGREE: Final = frozenset("too very so more most less quite rather particularly not also".split())
#: Most words between a subject and its verb in one frame ("X has also repeatedly said"),
#: besides a description between commas; a subject further back was shared from an earlier
#: clause.
MAX_FRAME_GAP_WORDS: Final = 3
#: Words after which a new clause, and so a new subject, begins ("After aides insisted").
_CLAUSE_OPENERS: Final = frozenset(
    """that and but or nor yet so as while because although though when whenever after
    before since until unless if once whether where than which who whom""".split()
)
#: Passive participles before "as saying" ("was quoted as saying").
_QUOTED_AS: Final = frozenset({"quoted", "cited", "described", "recorded", "heard"})
#: Words after a cue verb that make it report nothing ("called into the show", "reported
#: from Kabul", "spoke for five minutes"). With the infinitive-only verbs below, PolNeAR dev
#: content F1 0.799 -> 0.801, speaker F1 0.738 -> 0.740. "spoke to reporters", "talked to a
#: gathering": an audience, not what was said (speaker F1 0.7481 -> 0.7489, content F1
#: 0.8072 -> 0.8070).
_IDLE_AFTER: Final[dict[str, frozenset[str]]] = {
    "call": frozenset({"in", "into"}),
    # "found herself in the thick of things": a reflexive makes "find" a state, not a finding
    # (crosscheck-dev: a ship "found herself" was read as the source of a press release)
    "find": frozenset({"herself", "himself", "itself", "themselves", "ourselves", "myself"}),
    "report": frozenset({"from"}),
    "speak": frozenset({"for", "in", "with", "longer", "before", "to"}),
    "talk": frozenset({"for", "in", "with", "longer", "before", "to"}),
}
#: Cue verbs that state a view only with an infinitive ("declined to comment", "continued to
#: insist"); with another word after them they are acts ("declined slightly", "continue
#: their attacks"). A quotation or content before them is read elsewhere.
_WITH_INFINITIVE_ONLY: Final = frozenset({"decline", "continue"})
#: Every form of those verbs, to leave the other cues without a look at the next word.
_IDLE_FORMS: Final = frozenset(
    form
    for form in SPEECH_FORMS | STANCE_FORMS
    if (speech_base(form) or stance_base(form)) in _IDLE_AFTER.keys() | _WITH_INFINITIVE_ONLY
)
#: Cue verbs whose passive without an agent still attributes a view to someone unnamed
#: ("was accused of", "have been blamed for", "are being debated"). PolNeAR dev content F1
#: 0.8012 -> 0.8027; "charge" ("was charged with murder"), "question" and "challenge" took
#: speaker F1 down, and are left out.
AGENTLESS_CUES: Final = frozenset(
    """accuse blame criticize criticise debate condemn allege praise fault dispute""".split()
)
#: Forms of "make" before an adjective cue ("made clear that").
_MAKE: Final = frozenset({"make", "makes", "made", "making"})
#: Particles of phrasal cue verbs, read past before their content ("pointed out that").
_PARTICLES: Final = frozenset({"out", "back"})
#: Adverbs that can open a sentence before its subject ("Then someone asked ...").
_OPENING_ADVERBS: Final = frozenset(
    """then meanwhile later earlier now still instead separately previously recently
    finally ultimately indeed however also afterward afterwards today yesterday""".split()
)
#: Verbs whose subject is the speaker of a cue verb after "to" ("appeared to suggest",
#: "went on to discuss"). Verbs of intent ("wanted to say") are cues of their own.
_RAISING: Final = frozenset(
    """appear appears appeared seem seems seemed continue continues continued went go goes
    try tries tried began begin begins""".split()
)
#: Participles opening a sentence with the question put to its subject ("Asked about ...").
_QUESTIONED: Final = frozenset({"asked", "pressed", "questioned", "quizzed"})
#: Words after which a verb shares the subject named earlier in the sentence.
_SHARED_SUBJECT: Final = frozenset({"and", "but", "or"})
_AUXILIARIES: Final = frozenset(
    "is was were are be been has have had will would can could should may might must".split()
)
_MODALS: Final = frozenset("will would can could should may might must shall".split())
_ADVERBS: Final = frozenset("also once again now still even just repeatedly reportedly".split())
_BE: Final = frozenset("is was were are be been being am".split())
#: Words opening a subordinate clause: after 'content, X said, as ...' the content is before.
_SUBORDINATORS: Final = frozenset(
    "as while because when after before since although though if but which who".split()
)
#: Words opening a phrase that only situates the speech ('..., Mr. Obama said in his
#: interview'): the content is before the frame.
_PREPOSITIONS: Final = frozenset(
    "in at on during to of about for with from by after before".split()
)
#: Words that open a phrase saying when or where something was said ("on Friday", "in an
#: interview", "Friday afternoon", "as they ...").
_SITUATING: Final = _SUBORDINATORS | frozenset(
    """in at during monday tuesday wednesday thursday friday saturday sunday today yesterday
    tonight last this earlier later recently afterward afterwards""".split()
)
#: How far into such a phrase a "that" still makes the words after the verb the content.
MAX_SITUATING_WORDS: Final = 8
#: Lower-case words that can open a statement: the cue forms and "according" ("according to").
_TRIGGERS: Final = cue_forms() | {"according"}
_TRIGGERS_AND_THAT: Final = _TRIGGERS | {"that"}
#: Words any rule of a sentence starts from: the cue words and "that" (``_cue_candidates``),
#: and the nouns of nominal statements (``nominal.nominal_findings``), found in one pass.
_SCANNED: Final = _TRIGGERS_AND_THAT | NOMINAL_TRIGGERS


def find_statements(analysis: Analysis) -> list[Finding]:
    """Direct quotes and reported speech in an analysed article (sentences and mentions):
    what a sentence can rest on."""
    return [f for f in _work(analysis).statements if not f.wide]


def statement_context(analysis: Analysis) -> tuple[list[tuple[int, int]], SourceResolver]:
    """The quotation spans of an article and its source resolver, built once per article
    for the ``quotes`` and ``attribution`` stages."""
    work = _work(analysis)
    return work.spans, work.resolver


def find_all_statements(analysis: Analysis) -> list[Finding]:
    """Reported speech and also the views, wishes and evaluations the article attributes
    and statements with only a noun phrase for a source (``Finding.wide``): everything the
    ``quotes`` stage reports."""
    return list(_work(analysis).statements)


def sentence_words(analysis: Analysis) -> tuple[list[Token], ...]:
    """The tokens of each sentence outside quotations (see ``outside_quotes``), made once
    per article for the ``quotes`` and ``attribution`` stages."""
    return _work(analysis).outside


def nominal_triggers(analysis: Analysis) -> tuple[list[int], ...]:
    """For each sentence, the indexes of its ``sentence_words`` in ``NOMINAL_TRIGGERS``."""
    return _work(analysis).nominal


class _Work:
    """What the ``quotes`` and ``attribution`` stages both read of one article: quotation
    spans, the source resolver, the tokens outside quotations, where the nominal statements
    may start, and the statements."""

    __slots__ = ("nominal", "outside", "resolver", "spans", "statements")

    def __init__(
        self, article: Article, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]
    ) -> None:
        text = article.text
        self.spans = quote_spans(text)
        analysis = Analysis(article=article, sentences=sentences, mentions=mentions)
        self.resolver = SourceResolver(analysis, self.spans)
        starts = [s for s, _ in self.spans]
        bounds = tuple((s.start, s.end) for s in sentences)
        tokens_of = sentence_tokens(text, bounds)
        # without a quotation every sentence keeps all its tokens (``outside_quotes``)
        self.outside = (
            tuple(
                outside_quotes(tokens, self.spans, starts, sentence.start, sentence.end)
                for sentence, tokens in zip(sentences, tokens_of, strict=True)
            )
            if self.spans
            else tokens_of
        )
        # one pass over the tokens of each sentence finds the words every rule starts from
        scanned = [_scanned(tokens) for tokens in self.outside]
        self.nominal = tuple(
            [v for v in hits if tokens[v].lower in NOMINAL_TRIGGERS] if hits else hits
            for hits, tokens in zip(scanned, self.outside, strict=True)
        )
        self.statements = _statements(
            text, list(sentences), self.spans, self.resolver, self.outside, scanned
        )


def _scanned(tokens: list[Token]) -> list[int]:
    """Indexes, in order, of the tokens in ``_SCANNED`` (most tokens are none)."""
    return [v for v, t in enumerate(tokens) if t.lower in _SCANNED]


#: The last few articles' work, found by the identity of the article, sentences and mentions
#: the stages pass on unchanged (an ``lru_cache`` hashed every sentence and mention of the
#: article at each of the five look-ups per article). Holding the keys keeps their ids unique.
_RECENT: Final[list[tuple[Article, tuple[Sentence, ...], tuple[Mention, ...], _Work]]] = []
#: How many articles' work is kept: the stages of a batch handle one article after another.
RECENT_ARTICLES: Final = 4


def _work(analysis: Analysis) -> _Work:
    article, sentences, mentions = analysis.article, analysis.sentences, analysis.mentions
    for known_article, known_sentences, known_mentions, work in _RECENT:
        if known_article is article and known_sentences is sentences and known_mentions is mentions:
            return work
    work = _Work(article, sentences, mentions)
    _RECENT.append((article, sentences, mentions, work))
    del _RECENT[:-RECENT_ARTICLES]
    return work


def _statements(
    text: str,
    sentences: list[Sentence],
    spans: list[tuple[int, int]],
    resolver: SourceResolver,
    outside: tuple[list[Token], ...],
    scanned: list[list[int]],
) -> tuple[Finding, ...]:
    starts = [s.start for s in sentences]
    direct = direct_quotes(text, spans, sentences, starts, resolver)
    turns = [
        Finding(start, end, source, None, None, None, True, sentence_index(starts, start))
        for start, end, source in transcript_turns(text, resolver)
    ]
    if turns:
        direct = [f for f in direct if not any(t.start < f.end and f.start < t.end for t in turns)]
        direct += turns
    used = {
        f.cue_start
        for f in direct
        if f.cue_start is not None and _claims_cue(text, f, sentences[f.sentence], outside)
    }
    indirect = _indirect(text, sentences, outside, scanned, resolver, used)
    blocks = _colon_blocks(text, sentences, outside, resolver, used)
    return tuple(sorted(direct + indirect + blocks, key=lambda f: (f.start, f.end)))


def _colon_blocks(
    text: str,
    sentences: list[Sentence],
    outside: tuple[list[Token], ...],
    resolver: SourceResolver,
    used: set[int],
) -> list[Finding]:
    """'The governor added:' closing a paragraph, and the next paragraph, unquoted, is what
    he said (web articles set long quotations as a block without quotation marks)."""
    found: list[Finding] = []
    if not _COLON_LINE_END.search(text):
        return found  # most articles
    for sentence, tokens in zip(sentences, outside, strict=True):
        if len(tokens) < 2 or tokens[-1].text != ":" or not is_cue(tokens[-2]):
            continue
        v = len(tokens) - 2
        line_end = text.find("\n", tokens[-1].end)
        if line_end < 0 or text[tokens[-1].end : line_end].strip() or tokens[v].start in used:
            continue
        start = line_end
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if start >= end or text[start] in QUOTE_MARKS:
            continue  # a quotation: its frame is read with the direct quotes
        source = resolver.before(tokens, v, loose=True)
        if source is None:
            continue
        start, end = clause(text, start, end)
        verb = tokens[v]
        found.append(
            Finding(start, end, source, verb.start, verb.end, verb.text, False, sentence.index)
        )
    return found


def _claims_cue(
    text: str, quoted: Finding, sentence: Sentence, outside: tuple[list[Token], ...]
) -> bool:
    """Whether a direct quote's cue verb is only the frame of the quote, so no reported
    statement is read from it. Not when the quotation is a title ('On "Fox News Sunday," Mike
    Pence said his running mate ...'), nor when another cue stands between a cue before the
    quote and the quote ('She said Trump favors a "strongman approach"'): the first verb
    reports the whole clause, the quoted words are a fragment of it, and the clause is not
    the inner speaker's."""
    cue_end = quoted.cue_end
    if cue_end is None:
        return True
    if is_title(text, quoted.start, quoted.end):
        return False
    if cue_end > quoted.start:
        return True  # the frame follows the quotation
    if quoted.start <= sentence.end:  # the cue's sentence, already cut into tokens
        tokens = outside[sentence.index]
        first = bisect_left(tokens, cue_end, key=_token_start)
        between = tokens[first : bisect_left(tokens, quoted.start, key=_token_start)]
    else:
        between = tokenize(text, cue_end, quoted.start)
    return not any(is_cue(t) or is_stance(t) or is_belief(t) for t in between)


def _indirect(
    text: str,
    sentences: list[Sentence],
    outside: tuple[list[Token], ...],
    scanned: list[list[int]],
    resolver: SourceResolver,
    used: set[int],
) -> list[Finding]:
    found: list[Finding] = []
    for sentence, tokens, hits in zip(sentences, outside, scanned, strict=True):
        found.extend(_in_sentence(text, sentence, tokens, hits, resolver, used))
    return found


def outside_quotes(
    tokens: list[Token], spans: list[tuple[int, int]], starts: list[int], start: int, end: int
) -> list[Token]:
    """The tokens of the sentence ``[start, end)`` outside the quotation ``spans`` (sorted,
    not overlapping; ``starts`` their starts). A sentence no quotation reaches into (most
    sentences) gives back its own list, unfiltered."""
    first = bisect_right(starts, start)
    last = bisect_left(starts, end)
    if first and spans[first - 1][1] > start:
        first -= 1  # a quotation opened in an earlier sentence reaches into this one
    if first == last:
        return tokens
    # one walk over the tokens and the few quotations in the sentence, both in text order
    reaching = iter(spans[first:last])
    quote_start, quote_end = next(reaching)
    kept = []
    for token in tokens:
        offset = token.start
        while offset >= quote_end:
            quote_start, quote_end = next(reaching, (end, end))
        if offset < quote_start:
            kept.append(token)
    return kept


def _in_sentence(
    text: str,
    sentence: Sentence,
    tokens: list[Token],
    hits: list[int],
    resolver: SourceResolver,
    used: set[int],
) -> list[Finding]:
    found: list[Finding] = []
    labelled = _labelled(text, sentence, tokens, resolver)
    if labelled is not None:
        found.append(labelled)
    asked = _asked(text, sentence, tokens) if tokens and tokens[0].lower in _QUESTIONED else None
    if asked is not None:
        found.append(asked)
        used.add(tokens[0].start)
    candidates = _cue_candidates(tokens, hits) if hits else hits
    if not candidates:  # most sentences
        return _cut_at_frames(text, found)
    for v in candidates:
        token = tokens[v]
        previous = _previous_non_adverb(tokens, v)
        if cue_adjective(token.text) and token.start not in used and _after_be(tokens, v):
            # "Many Democrats are afraid that ...": the subject of "be" holds the content
            finding = _reported(text, sentence, tokens, v, resolver, MIN_CONTENT_WORDS, True)
            if finding is not None:
                found.append(_with_wide(finding, True))
                used.add(token.start)
            continue
        made_clear = (
            _made_clear(text, sentence, tokens, v, resolver)
            if cue_adjective(token.text) and token.start not in used
            else None
        )
        if made_clear is not None:
            # "X made clear that ...", "X made it plain that ...": the subject of "make" speaks
            found.append(made_clear)
            used.add(token.start)
            continue
        if (
            previous is not None
            and previous.lower in _BE
            and token.start not in used
            and (is_cue(token) or is_stance(token))
        ):
            # "His views were echoed by tax experts", "called a charlatan by physicians"
            finding = _passive(text, sentence, tokens, v, resolver)
            if finding is not None:
                found.append(_with_wide(finding, not is_cue(token) or _unknown(finding)))
                used.add(token.start)
                continue
            finding = _agentless(text, sentence, tokens, v)
            if finding is not None:
                found.append(finding)
                used.add(token.start)
                continue
        if token.start in used or (previous is not None and _not_a_verb(previous, token)):
            continue
        if token.lower in _IDLE_FORMS and _idle_use(tokens, v):
            continue  # "she called into the show", "spoke for five minutes", "declined 3%"
        cue_word = is_cue(token) or is_stance(token) or is_belief(token)
        least = MIN_STANCE_WORDS if is_stance(token) else MIN_CONTENT_WORDS
        if token.lower == "according" and v + 1 < len(tokens) and tokens[v + 1].lower == "to":
            finding = _according_to(text, sentence, tokens, v, resolver)
        elif token.lower.endswith("ing") and not (previous is not None and previous.lower in _BE):
            # "..., saying that ...", "and saying ...": the speaker is the clause's subject
            if not cue_word or (v + 1 < len(tokens) and tokens[v + 1].lower == "by"):
                continue  # "Additional reporting by ...": a noun
            if v == 0 or all(not t.is_word for t in tokens[:v]):
                finding = _opening_participle(text, sentence, tokens, v, resolver, least)
            elif tokens[v - 1].text == "," or _shares_subject(previous):
                finding = _participle(text, sentence, tokens, v, resolver, found, least)
            elif v > 1 and tokens[v - 1].lower == "as" and tokens[v - 2].lower in _QUOTED_AS:
                # "X was quoted as saying ...": the subject of the passive speaks
                source = resolver.before(tokens, v - 2, loose=True)
                finding = (
                    _reported_clause(text, sentence, tokens, v, source, least)
                    if source is not None
                    else None
                )
            else:
                # "polls showing Trump ahead", "a letter urging them to ...": the noun phrase
                # the participle describes is the source
                finding = _reduced_relative(text, sentence, tokens, v, resolver, least)
        elif cue_word:
            finding = _reported(text, sentence, tokens, v, resolver, least, True)
            if (
                finding is None
                and _shares_subject(previous)
                and (
                    not _within(found, token)
                    or (v > 1 and tokens[v - 2].text == ",")
                    or _speech_with_that(tokens, v)
                )
            ):
                # ", but pledged to ...": a comma before the conjunction closes the content
                # "Trump has used the phrase ... and criticized Obama", "went on to discuss"
                finding = _participle(text, sentence, tokens, v, resolver, found, least)
            if finding is None and previous is not None and previous.lower == "to":
                finding = _raised(text, sentence, tokens, v, resolver, least)
        elif _finite_before_that(tokens, v):
            # "Politifact then ruled that ...": any verb with a that-clause and a source
            finding = _reported(text, sentence, tokens, v, resolver, MIN_CONTENT_WORDS, False)
            if finding is not None and not _named_or_document(finding.source):
                finding = None
        else:
            continue
        if finding is not None:
            found.append(_with_wide(finding, _stance_cue(tokens, v) or _unknown(finding)))
            used.add(token.start)
    return _cut_at_frames(text, found)


def _cue_candidates(tokens: list[Token], hits: list[int]) -> list[int]:
    """Indices, in order, of the tokens that can be cues: a cue form, "according", or a
    lower-case past form before "that" ("ruled that", see ``_finite_before_that``). Most
    tokens are none: ``hits`` are the few in ``_SCANNED`` (``_scanned``), the others are
    not looked at again."""
    triggers = _TRIGGERS
    candidates = []
    for v in hits:
        word = tokens[v].lower
        if word != "that":
            if word in triggers:  # not a nominal trigger only
                candidates.append(v)
        elif v and tokens[v - 1].lower.endswith("ed") and tokens[v - 1].lower not in triggers:
            candidates.append(v - 1)
    return candidates


def _idle_use(tokens: list[Token], v: int) -> bool:
    """A cue verb in a use that reports nothing, known by the word after it: "called into
    the show", "reported from Kabul", "spoke for five minutes", "declined slightly",
    "continue their attacks" (but "declined to comment", "continued to insist")."""
    if v + 1 >= len(tokens) or not tokens[v + 1].is_word:
        return False  # '..., he continued.': the content is before the verb
    word = tokens[v].lower
    base = speech_base(word) or stance_base(word)
    following = tokens[v + 1].lower
    if base in _WITH_INFINITIVE_ONLY:
        return following not in ("to", "comment")
    return following in _IDLE_AFTER.get(base or "", ())


def _speech_with_that(tokens: list[Token], v: int) -> bool:
    """A speech verb with a that-clause ("... and asserted that ..."): after "and" inside
    an earlier content it is a second verb of that content's speaker, not part of it."""
    return is_cue(tokens[v]) and v + 1 < len(tokens) and tokens[v + 1].lower == "that"


def _with_wide(finding: Finding, wide: bool) -> Finding:
    """``dataclasses.replace(finding, wide=wide)``, built directly: ``replace`` looks up the
    fields on every call, and this runs for most statements found."""
    f = finding
    return Finding(
        f.start, f.end, f.source, f.cue_start, f.cue_end, f.verb, f.direct, f.sentence, wide
    )


def _with_end(finding: Finding, end: int) -> Finding:
    """``dataclasses.replace(finding, end=end)``, built directly (see ``_with_wide``)."""
    f = finding
    return Finding(
        f.start, end, f.source, f.cue_start, f.cue_end, f.verb, f.direct, f.sentence, f.wide
    )


def _unknown(finding: Finding) -> bool:
    return finding.source is not None and finding.source.kind == UNKNOWN_KIND


def _stance_cue(tokens: list[Token], v: int) -> bool:
    """Whether the cue at ``tokens[v]`` voices a view rather than reports speech: a stance
    verb, or a belief verb without a that-clause ("few experts believe it")."""
    token = tokens[v]
    if is_cue(token) or token.lower == "according" or not token.is_word:
        return False
    return not (is_belief(token) and v + 1 < len(tokens) and tokens[v + 1].lower == "that")


def _asked(text: str, sentence: Sentence, tokens: list[Token]) -> Finding | None:
    """'Asked about the bombing, Clinton said ...': the question opening the sentence is a
    statement of an unnamed questioner."""
    if len(tokens) < 2 or tokens[0].lower not in _QUESTIONED:
        return None
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma < 2:
        return None
    start, end = clause(text, tokens[1].start, tokens[comma].start)
    cue = tokens[0]
    return Finding(start, end, None, cue.start, cue.end, cue.text, False, sentence.index, True)


def _cut_at_frames(text: str, found: list[Finding]) -> list[Finding]:
    """Content reported after its verb ends where the next frame of the sentence begins
    ('X told police that A, but the NYPD overruled B, the source added': A, not A-to-end),
    when that frame opens a clause of its own (after a comma or semicolon)."""
    if len(found) < 2:
        return found  # a statement is never cut at its own frame, which comes before it
    frames = sorted(
        ((_frame_start(text, f), f) for f in found if f.cue_start is not None),
        key=lambda pair: pair[0],
    )
    cut = []
    for finding in found:
        after_verb = finding.cue_end is not None and finding.start >= finding.cue_end
        for frame, other in frames if after_verb else ():
            if not finding.start < frame < finding.end:
                continue
            joined = text.endswith((" and", " or", " but", " yet"), 0, before_space(text, frame))
            # "accused X of A and asserted that B": a second verb of the same subject
            # (its frame is the verb itself) closes the first content; so does a speaker of
            # its own ("Republicans said A and Democrats accused the GOP of B")
            opens = _opens_clause(text, frame) or (
                joined
                and (
                    _takes_object(finding)
                    or frame == other.cue_start
                    or _another_speaker(finding, other, frame)
                )
            )
            if opens:
                start, end = clause(text, finding.start, frame)
                for conjunction in (" but", " and", " or", " yet"):
                    if text[start:end].endswith(conjunction):
                        start, end = clause(text, start, end - len(conjunction))
                if end > start:
                    finding = _with_end(finding, end)
                break
        cut.append(finding)
    return cut


def _another_speaker(finding: Finding, other: Finding, frame: int) -> bool:
    """Whether ``other`` is framed by a name of its own, next to its verb, that is not the
    speaker of ``finding``."""
    source = other.source
    return (
        source is not None
        and source.start == frame
        and _named(source)
        and (finding.source is None or finding.source.name != source.name)
    )


def _frame_start(text: str, finding: Finding) -> int:
    """Where the frame of a statement begins: its subject when the subject stands next to
    the verb ("X said", "X, a senior official, said"), else the verb (a subject shared
    from an earlier clause: "X said A, but pledged B")."""
    assert finding.cue_start is not None
    source = finding.source
    if source is None or source.start > finding.cue_start:
        return finding.cue_start
    between = text[source.end : finding.cue_start].strip()
    adjacent = len(between.split()) <= MAX_FRAME_GAP_WORDS or (
        between.startswith(",") and between.endswith(",")
    )
    return source.start if adjacent else finding.cue_start


def _opens_clause(text: str, offset: int) -> bool:
    before = text[max(0, offset - 6) : offset].rstrip()
    return before.endswith((",", ";", ", but", ", and")) or before.endswith("but")


def _made_clear(
    text: str, sentence: Sentence, tokens: list[Token], v: int, resolver: SourceResolver
) -> Finding | None:
    """'X made (it) clear that ...': an adjective of certainty after "make" and before
    "that" is a cue whose speaker is the subject of "make"."""
    k = v - 1
    if k > 0 and tokens[k].lower == "it":
        k -= 1
    if (
        k < 1
        or tokens[k].lower not in _MAKE
        or v + 1 >= len(tokens)
        or tokens[v + 1].lower != "that"
    ):
        return None
    source = resolver.before(tokens, k, loose=True)
    if source is None or not _clause_start(tokens, text, source.start):
        return None
    return _reported_clause(text, sentence, tokens, v, source, MIN_CONTENT_WORDS)


def _after_be(tokens: list[Token], v: int) -> bool:
    """A form of "be" before ``tokens[v]``, past degree words ("weren't too concerned")."""
    i = v - 1
    while i >= 0 and (tokens[i].lower in _DEGREE or tokens[i].lower.endswith("ly")):
        i -= 1
    if i < 0:
        return False
    word = tokens[i].lower.replace("’", "'")
    return word in _BE or word.removesuffix("n't") in _BE


def _within(found: list[Finding], token: Token) -> bool:
    """Whether ``token`` lies in the content of a statement found before it: "X said the
    border was overrun and needed agents" coordinates inside the content, not with "said"."""
    return any(f.start <= token.start < f.end and not _takes_object(f) for f in found)


def _takes_object(finding: Finding) -> bool:
    """A stance verb's content is its object ("attacked the officers"): "and blamed ..."
    after it is a second verb of the same subject, not part of the content."""
    verb = finding.verb
    return (
        verb is not None
        and stance_base(verb) is not None
        and speech_base(verb) is None
        and cognitive_base(verb) is None
    )


def _shares_subject(previous: Token | None) -> bool:
    """A verb after "and", "but" or an infinitive "to" takes the subject of its clause."""
    return previous is not None and previous.lower in _SHARED_SUBJECT


def _according_to(
    text: str, sentence: Sentence, tokens: list[Token], v: int, resolver: SourceResolver
) -> Finding | None:
    """'According to X, content.' or 'content, according to X.'"""
    source = resolver.after(tokens, v + 1, inverted=False)
    if source is None:
        # "according to show insiders", "according to a new report by Politico": whatever
        # noun phrase follows is the source
        phrase = []
        for token in tokens[v + 2 : v + 2 + MAX_SOURCE_WORDS]:
            if not _in_agent(token) and token.lower not in ("by", "from", "on", "in"):
                break
            phrase.append(token)
        source = resolver.make(phrase, loose=True) if phrase else None
    if source is None:
        return None
    cue = (tokens[v].start, tokens[v + 1].end)
    if v == 0 or all(not t.is_word for t in tokens[:v]):
        start, end = clause(text, source.end, sentence.end)
    else:
        start, end = clause(text, sentence.start, tokens[v].start)
    if len(text[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    return Finding(start, end, source, *cue, "according to", False, sentence.index)


def _finite_before_that(tokens: list[Token], v: int) -> bool:
    """A lower-case past or present verb form right before "that" ("ruled that")."""
    token = tokens[v]
    return (
        v + 1 < len(tokens)
        and tokens[v + 1].lower == "that"
        and token.text.islower()
        and token.lower.endswith("ed")
    )


def _named_or_document(source: Source | None) -> bool:
    return source is not None and (
        (source.mention is not None and source.mention.end == source.end)
        or source.kind in ("document", "official")
    )


def _previous_non_adverb(tokens: list[Token], v: int) -> Token | None:
    """The token before ``tokens[v]``, past adverbs ("is once again questioning")."""
    i = v - 1
    while i >= 0 and tokens[i].lower in _ADVERBS:
        i -= 1
    return tokens[i] if i >= 0 else None


def _passive(
    text: str, sentence: Sentence, tokens: list[Token], v: int, resolver: SourceResolver
) -> Finding | None:
    """A passive cue with its agent after "by": the agent is the source; the content is what
    stands between the verb and "by" ("called [a charlatan] by"), else the subject."""
    by = next(
        (
            k
            for k in range(v + 1, min(len(tokens), v + 1 + MAX_PASSIVE_GAP))
            if tokens[k].lower == "by"
        ),
        None,
    )
    if by is None or any(not t.is_word and t.text not in ("'s", "’s") for t in tokens[v + 1 : by]):
        return None
    end = by + 1
    while end < len(tokens) and end - by <= MAX_SOURCE_WORDS and _in_agent(tokens[end]):
        end += 1
    source = resolver.make(list(tokens[by + 1 : end]), loose=True)
    if source is None:
        return None
    verb = tokens[v]
    if by > v + 1:
        start, stop = clause(text, tokens[v + 1].start, tokens[by].start)
    else:
        first = v  # the auxiliaries before the verb: "were", "has been", "is being"
        while first > 0 and tokens[first - 1].lower in _BE | _AUXILIARIES | _ADVERBS:
            first -= 1
        opening = max(
            (t.end for t in tokens[:first] if not t.is_word and t.text not in ("'s", "’s")),
            default=sentence.start,
        )
        start, stop = clause(text, opening, tokens[first].start)
    if stop <= start:
        return None
    return Finding(start, stop, source, verb.start, verb.end, verb.text, False, sentence.index)


def _agentless(text: str, sentence: Sentence, tokens: list[Token], v: int) -> Finding | None:
    """'Mr. Quiros was accused of using $50 million ...', 'The merits of the program are
    being debated again': a passive cue of judgement without its agent attributes what
    follows it (or, with nothing after it, its subject) to someone unnamed."""
    verb = tokens[v]
    if (stance_base(verb.lower) or speech_base(verb.lower)) not in AGENTLESS_CUES:
        return None
    after = v + 2 if v + 1 < len(tokens) and tokens[v + 1].lower in ("of", "for") else v + 1
    start, end = clause(
        text, tokens[after].start if after < len(tokens) else verb.end, sentence.end
    )
    if len(text[start:end].split()) < MIN_CONTENT_WORDS:
        first = v  # the auxiliaries before the verb: "are being", "has been"
        while first > 0 and tokens[first - 1].lower in _BE | _AUXILIARIES | _ADVERBS:
            first -= 1
        start, end = clause(text, sentence.start, tokens[first].start)
    if len(text[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    return Finding(start, end, None, verb.start, verb.end, verb.text, False, sentence.index, True)


def _in_agent(token: Token) -> bool:
    """A word of the agent phrase after "by": up to a clause word or a preposition other
    than "of" ("a number of tax experts", not "... for promoting cures")."""
    if not token.is_word:
        return token.text in ("'s", "’s", ".", "-", "&")
    return token.lower == "of" or not (
        token.lower in CLAUSE_WORDS or token.lower in _PREPOSITIONS or token.lower == "i"
    )


def _not_a_verb(previous: Token, token: Token) -> bool:
    """ "his claims", "the plan", "was supported by"; but "is demanding" is a verb."""
    if previous.lower in _BE:
        return not token.lower.endswith("ing")
    return previous.lower in _NOT_A_VERB_AFTER


def _labelled(
    text: str, sentence: Sentence, tokens: list[Token], resolver: SourceResolver
) -> Finding | None:
    """'Pat Caddell: Democrat voters ...': a headline or transcript line led by a speaker."""
    head = tokens[: MAX_LABEL_WORDS + 1]
    if not head or text.find(":", head[0].start, head[-1].end) < 0:
        return None  # most sentences: no colon near their start
    colon = next((i for i, t in enumerate(tokens[: MAX_LABEL_WORDS + 1]) if t.text == ":"), None)
    if not colon or any(not t.is_word for t in tokens[:colon]):
        return None
    label = list(tokens[:colon])
    capitals = all(t.text.isupper() for t in label)  # "WALLACE:", "POLL:"
    source = resolver.make(label, loose=capitals)
    if source is None or not (_named(source) or capitals or source.kind == "document"):
        return None  # "Poll: ...", "Pat Caddell: ...", but not "Another challenge: ..."
    if _heading(text, source) or (source.kind == "organisation" and not capitals):
        # "Little Relief for Refugees: ...", "Veto Power Impedes Peace Efforts: ...", "The
        # Latest: ...": a section heading, not a speaker (PolNeAR dev: 1 of 6 labels
        # read as an organisation was a speaker)
        return None
    start, end = clause(text, tokens[colon].end, sentence.end)
    if len(text[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    colon_token = tokens[colon]
    return Finding(
        start, end, source, colon_token.start, colon_token.end, None, False, sentence.index
    )


def _heading(text: str, source: Source) -> bool:
    """A label whose name comes after a lower-case word ("Little Relief for Refugees",
    "Success on Signature Issue"): a heading ending in a name, where a speaker label is the
    name itself or a name after capitalised titles ("Senate Majority Leader Chuck Schumer")."""
    mention = source.mention
    if mention is None or mention.start <= source.start:
        return False
    return any(word.islower() for word in text[source.start : mention.start].split())


def _participle(
    text: str,
    sentence: Sentence,
    tokens: list[Token],
    v: int,
    resolver: SourceResolver,
    found: list[Finding],
    least: int = MIN_CONTENT_WORDS,
) -> Finding | None:
    """'X said ..., adding that ...': the speaker is the clause's (or the last) source."""
    source = found[-1].source if found else _clause_subject(tokens[:v], resolver)
    if source is None:
        return None
    return _reported_clause(text, sentence, tokens, v, source, least)


def _raised(
    text: str,
    sentence: Sentence,
    tokens: list[Token],
    v: int,
    resolver: SourceResolver,
    least: int,
) -> Finding | None:
    """'he appeared to suggest that ...', 'Trump went on to discuss ...': the subject of
    the verb before "to" speaks."""
    k = v - 2  # the verb before "to", past "on" ("went on to")
    if k > 0 and tokens[k].lower == "on":
        k -= 1
    if k < 1 or tokens[k].lower not in _RAISING:
        return None
    source = resolver.before(tokens, k, loose=True)
    if source is None or not _clause_start(tokens, text, source.start):
        return None
    return _reported_clause(text, sentence, tokens, v, source, least)


def _opening_participle(
    text: str,
    sentence: Sentence,
    tokens: list[Token],
    v: int,
    resolver: SourceResolver,
    least: int,
) -> Finding | None:
    """'Citing a conspiracy theory, Trump accused ...': the participle's content runs to the
    comma, and its speaker is the subject after it."""
    comma = next((k for k in range(v + 1, len(tokens)) if tokens[k].text == ","), None)
    if comma is None:
        return None
    phrase = []
    for token in tokens[comma + 1 : comma + 1 + MAX_SOURCE_WORDS]:
        if not token.is_word and token.text not in ("'s", "’s", "."):
            break
        if token.is_word and (token.lower in CLAUSE_WORDS or is_cue(token) or is_stance(token)):
            break
        phrase.append(token)
    source = resolver.make(phrase) if phrase else None
    if source is None:
        return None
    start, end = clause(text, _content_start(tokens, v, tokens[v].end), tokens[comma].start)
    if len(text[start:end].split()) < least or _occasion(tokens[v], text[start:end]):
        return None
    verb = tokens[v]
    return Finding(start, end, source, verb.start, verb.end, verb.text, False, sentence.index)


def _occasion(verb: Token, content: str) -> bool:
    """'Speaking at a rally in Novi, Trump said ...': after a verb that only names the act
    of speaking, opening a sentence, a place or occasion is not what was said."""
    words = content.split(maxsplit=1)
    return (
        speech_base(verb.text) in _SPEAKING and bool(words) and words[0].lower() in _OCCASION_WORDS
    )


def _reduced_relative(
    text: str,
    sentence: Sentence,
    tokens: list[Token],
    v: int,
    resolver: SourceResolver,
    least: int,
) -> Finding | None:
    source = resolver.before(tokens, v, appositive=False, loose=True)
    if source is None:
        return None
    return _reported_clause(text, sentence, tokens, v, source, least)


def _clause_subject(tokens: list[Token], resolver: SourceResolver) -> Source | None:
    """The source-like phrase that opens a clause ("Trump spoke to ..., promising ...")."""
    phrase: list[Token] = []
    for token in tokens[: MAX_LABEL_WORDS + 2]:
        if not token.is_word or is_cue(token) or token.lower in ("has", "have", "had", "is"):
            break
        phrase.append(token)
    while phrase:
        source = resolver.make(phrase)
        if source is not None and source.mention is not None:
            return source
        phrase = phrase[:-1]
    return None


def _reported(
    text: str,
    sentence: Sentence,
    tokens: list[Token],
    v: int,
    resolver: SourceResolver,
    min_words: int,
    loose: bool,
) -> Finding | None:
    """'X said (that) content', 'content, X said.', 'content, said X.'

    With ``loose``, any noun phrase opening the clause can be the source of an unambiguous
    cue verb ("The ad references ...", "Research by the center found ...").
    """
    verb = tokens[v]
    nominal = noun_like(verb.text)
    following = tokens[v + 1] if v + 1 < len(tokens) else None
    if following is not None and (
        following.lower in _MODALS or (nominal and following.lower in _AUXILIARIES)
    ):
        # "Republican support was more solid", "the rules could lead to ...": no verb is
        # followed by a modal, so the cue word is a noun
        return None
    loose = loose and verb.text.islower() and not nominal
    after_comma = v > 0 and tokens[v - 1].text == ","
    source = resolver.before(tokens, v, loose=loose)
    if source is None and nominal and verb.text.islower():
        # "The latest Reuters/Ipsos poll released Friday shows ...": a phrase naming a
        # document makes a verb of a cue form that is as often a noun
        source = _document_subject(text, resolver.before(tokens, v, loose=True))
    if not after_comma and verb.lower in _FINDING_FORMS:
        # "A study released on Tuesday by a group of researchers shows ...": a document
        # named at the sentence's start, with a long description before the verb
        document = _opening_document(tokens, v, resolver)
        if document is not None and (source is None or source.start >= document.end):
            source = document
    if source is None and after_comma:
        source = resolver.after(tokens, v)  # '..., said one GOP source in the room.'
    if (
        nominal
        and source is not None
        and (following is None or following.text in ".,;:)")
        and not text.endswith(",", 0, before_space(text, source.start))
    ):
        return None  # "the state rules.", but "..., the Journal reports."
    inverted = False
    if source is not None and source.start > verb.start:
        inverted = True
    elif source is None or not (_clause_start(tokens, text, source.start) or _named(source)):
        return None
    after_start = _content_start(tokens, v, source.end if inverted else verb.end)
    start, end = clause(text, after_start, sentence.end)
    frame_start = source.start if not inverted else verb.start
    before = clause(text, sentence.start, frame_start)
    after_words = text[start:end].split()
    if text[source.start : source.end].lower() in ("who", "which"):
        # "a staffer who told ...": a relative clause's content is after its verb
        if len(after_words) < min_words:
            return None
    elif (
        len(after_words) < min_words
        or inverted  # "..., said X, a senior official": the content is before the frame
        or _situating(text, frame_start, after_words, verb.lower in _AUDIENCE_FORMS)
    ) or (
        _parenthetical(tokens, text, v, source)
        and (
            before[1] - before[0] > end - start
            or after_words[0].lower() in _SUBORDINATORS | _PREPOSITIONS
        )
    ):
        start, end = before
        if not text.endswith(",", 0, before_space(text, frame_start)) and (
            not is_cue(verb) or _embedded(tokens, text, frame_start)
        ):
            # a view or stance reads its content before it only from 'content, X thinks':
            # "The worst part is that he doesn't believe it" holds no statement before "he";
            # nor does a frame inside another clause ("to check whether anyone disclosed it")
            return None
    if len(text[start:end].split()) < min_words or not _has_word(text, start, end):
        return None
    return Finding(start, end, source, verb.start, verb.end, verb.text, False, sentence.index)


def _opening_document(tokens: list[Token], v: int, resolver: SourceResolver) -> Source | None:
    """The phrase opening the sentence up to its first noun naming a document, when the
    sentence opens with a determiner and that noun comes within a few words."""
    if v < 2 or tokens[0].lower not in ("a", "an", "the", "this", "that", "new"):
        return None
    for k in range(1, min(v, MAX_DOCUMENT_SUBJECT_WORDS)):
        if tokens[k].lower in DOCUMENT_NOUNS:
            return resolver.make(list(tokens[: k + 1]))
        if not tokens[k].is_word or tokens[k].lower in CLAUSE_WORDS:
            return None
    return None


def _embedded(tokens: list[Token], text: str, frame_start: int) -> bool:
    """Whether the frame starting at ``frame_start`` follows a word opening a subordinate
    clause ("whether anyone disclosed", "that officials said"), but for "as" ("..., as
    police have said"), which frames the content before it."""
    k = bisect_left(tokens, frame_start, key=_token_start)
    return k > 0 and tokens[k - 1].lower in _CLAUSE_OPENERS and tokens[k - 1].lower != "as"


def _document_subject(text: str, source: Source | None) -> Source | None:
    """The source when its phrase holds a noun naming a document ("poll", "analysis",
    "documents"), else None."""
    if source is None:
        return None
    words = text[source.start : source.end].lower().split()
    return source if any(word in DOCUMENT_NOUNS for word in words) else None


def _situating(text: str, frame_start: int, after_words: list[str], audience: bool) -> bool:
    """'content, Mr. Obama said in his interview.': a frame after a comma followed only by
    when and where it was said (no "that" clause) leaves the content before it; so does an
    audience ('..., Graham told The Huffington Post on Thursday.'), and such a phrase closed
    by a comma before a clause of its own ('..., lawmakers said Friday afternoon, as they
    bristled at ...')."""
    end = before_space(text, frame_start)
    while end and text[end - 1] in "\"”'":
        end -= 1
    if not text.endswith(",", 0, end):
        return False  # '..., Mr. Obama said' or '...," Mr. Obama said
    head = [word.lower() for word in after_words[:MAX_SITUATING_WORDS]]
    if not head or "that" in head or not (head[0] in _SITUATING or audience):
        return False
    if len(after_words) <= len(head):
        return True
    closed = next((k for k, word in enumerate(head) if word.endswith(",")), None)
    return closed is not None and after_words[closed + 1].lower() in _SUBORDINATORS


def _parenthetical(tokens: list[Token], text: str, v: int, source: Source) -> bool:
    """'content, officials said, as ...': the frame sits between commas after the content
    ('..., top lawmakers said Friday afternoon, as they ...')."""
    before = before_space(text, min(source.start, tokens[v].start))
    if not text.endswith(",", 0, before):
        return False
    k = v + 1
    while k < len(tokens) and (tokens[k].lower in ("on", "in") or time_word(tokens[k])):
        k += 1
    return k == len(tokens) or tokens[k].text == ","


def _named(source: Source) -> bool:
    return source.mention is not None and source.mention.end == source.end


def _clause_start(tokens: list[Token], text: str, offset: int) -> bool:
    """The source phrase starts its clause (not the object of another verb)."""
    before = bisect_right(tokens, offset, key=_token_end)  # tokens ending by ``offset``
    if not before:
        return True
    k = bisect_left(tokens, offset, key=_token_start)
    at = tokens[k] if k < len(tokens) and tokens[k].start == offset else None
    if at is not None and at.lower in ("who", "which"):
        return True  # "a staffer who told his subordinates ..."
    last = tokens[before - 1]
    if last.lower in _OPENING_ADVERBS and (before == 1 or not tokens[before - 2].is_word):
        return True  # "Then someone asked how ...", "Meanwhile, officials said ..."
    return not last.is_word or last.lower in _CLAUSE_OPENERS


def _has_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a letter or digit ("Obama championed ." has none)."""
    return any(char.isalnum() for char in text[start:end])


def _token_start(token: Token) -> int:
    return token.start


def _token_end(token: Token) -> int:
    return token.end


def _content_start(tokens: list[Token], v: int, offset: int) -> int:
    """Where the reported content begins after the verb: past an audience and "that"."""
    i = bisect_left(tokens, offset, key=_token_start)  # the first token from ``offset``
    if i == v + 1 and i < len(tokens) and tokens[i].lower in _PARTICLES:
        i += 1  # "pointed out that ...", "fired back that ..."
    base = speech_base(tokens[v].text)
    if base in AUDIENCE_VERBS:
        limit = min(len(tokens), i + MAX_AUDIENCE_TOKENS + 1)
        for k in range(i, limit):
            if tokens[k].lower == "that" or not tokens[k].is_word:
                i = k
                break
        else:
            i = min(i + 1, len(tokens))
    while i < len(tokens) and (tokens[i].lower == "that" or not tokens[i].is_word):
        i += 1
    return tokens[i].start if i < len(tokens) else offset


def _reported_clause(
    text: str, sentence: Sentence, tokens: list[Token], v: int, source: Source, least: int
) -> Finding | None:
    """The indirect statement whose cue verb is ``tokens[v]``: the clause after it, kept when
    it has at least ``least`` words."""
    start, end = clause(text, _content_start(tokens, v, tokens[v].end), sentence.end)
    if len(text[start:end].split()) < least or not _has_word(text, start, end):
        return None
    verb = tokens[v]
    return Finding(start, end, source, verb.start, verb.end, verb.text, False, sentence.index)
