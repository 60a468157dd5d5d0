"""Direct quotes and their speakers: the frame after the quote (', said X', ', X said', '—
X'), before it ('X wrote: "'), or the previous quote's speaker when a quote goes on."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

from newsledger.extract.who.sources import (
    MAX_APPOSITIVE_TOKENS,
    PERSON_PRONOUNS,
    Source,
    SourceResolver,
    is_belief,
    is_cue,
)
from newsledger.extract.who.statement import Finding, before_space, sentence_index, trimmed
from newsledger.extract.who.tokens import Token, tokenize
from newsledger.model import Sentence

#: A speech verb this many tokens or fewer after a closing quote mark introduces its speaker
#: ('...," said Elizabeth Goitein'; '...," the Defense Department spokesman said').
#: PolNeAR dev speaker F1 is flat from 8 to 14 (0.664-0.666); 12 covers a title, a name and
#: a party label ('," Sen. Claire McCaskill (D-Mo.) said').
AFTER_QUOTE_WINDOW: Final = 12
#: How far before an opening quote mark we look for its cue ('Trump wrote in the order: "').
BEFORE_QUOTE_WINDOW: Final = 40
#: Characters around a quote that can hold its frame; bounds the work per quote on long
#: paragraphs (about 40 words of news prose).
FRAME_CHARS: Final = 300
#: Verbs that introduce a quotation right after them but are not speech verbs otherwise
#: ('Trump declared "I think NATO may be obsolete"' but "declared an emergency").
QUOTE_VERBS: Final = frozenset({"declared", "declares", "proclaimed", "exclaimed", "wondered"})
#: Quotes with fewer words and no speaker are scare quotes ('an "emergency"'), not speech.
#: PolNeAR dev content F1 moves by 0.003 between 2 and 5; 4 keeps short unattributed
#: phrases ('a "campaign" to seal the border') out of the record.
MIN_UNATTRIBUTED_QUOTE_WORDS: Final = 4
#: Unattributed quotes whose words are mostly capitalised are titles ("The Apprentice").
#: No effect on PolNeAR dev between 0.5 and 1.0; 0.6 lets a capitalised name or two stand
#: in a real quote.
TITLE_CASE_SHARE: Final = 0.6
#: Words right after the verb of a frame that make it a statement of its own when the
#: quotation before it closed its sentence ('...policy." The network said it would send').
MIN_OWN_CONTENT_WORDS: Final = 3
#: Characters before the end of a quotation that hold its closing marks and final stop.
CLOSING_CHARS: Final = 6
#: Verbs that frame a quotation right before them but are no speech verbs otherwise
#: ('"...," the letter reads.' but "she reads the news").
FRAME_ONLY_VERBS: Final = frozenset({"reads", "read"})
#: Longest quoted title of a show, book or song ("Face the Nation", "Make Your Kid a
#: Millionaire"), in words.
MAX_TITLE_WORDS: Final = 8
#: Small words a title leaves lower-case.
_TITLE_SMALL: Final = frozenset(
    "a an the of and or in on to for with at by from as is it vs".split()
)
#: Nouns naming a work before its quoted title ("his 2002 book, "Make Your Kid ..."").
_WORK_NOUNS: Final = frozenset(
    """titled entitled book show program programme film movie documentary song anthem
    album series broadcast segment column podcast""".split()
)
_WORD: Final = re.compile(r"[\w][\w'’.-]*")
#: What closes a quotation before its frame ('...,” he said').
_CLOSING: Final = ",.?!;:\"”’' "
#: Words before a participle frame whose subject opens the sentence ('He defended it,
#: saying, "', 'Blige sings to Clinton before asking her, "').
_BEFORE_PARTICIPLE: Final = frozenset({",", "before", "after", "while", "when", "by"})
#: Most tokens between "as" and "put it" ("As Ms. Simonyan put it").
MAX_AS_GAP: Final = 6
_DASHES: Final = frozenset({"—", "–", "-", "―"})
#: Tokens that end a sentence (a full stop of "Mr." or "U.S." is part of its word's token).
_SENTENCE_STOPS: Final = frozenset({".", "!", "?"})


def direct_quotes(
    text: str,
    spans: list[tuple[int, int]],
    sentences: list[Sentence],
    starts: list[int],
    resolver: SourceResolver,
) -> list[Finding]:
    found: list[Finding] = []
    previous: Finding | None = None
    for n, (qs, qe) in enumerate(spans):
        start, end = trimmed(text, qs + 1, qe - 1)
        while start < end and text[start] == "'":
            start += 1  # the second apostrophe of a '' mark
        while end > start and text[end - 1] == "'":
            end -= 1
        if start >= end:
            continue
        next_open = spans[n + 1][0] if n + 1 < len(spans) else len(text)
        prev_close = spans[n - 1][1] if n else 0
        frame = _after(text, qe, next_open, resolver) or _before(text, prev_close, qs, resolver)
        source, cue, verb = frame if frame else (None, None, None)
        if source is None and previous is not None and _continues(text, previous, qs):
            source, cue, verb = previous.source, None, None
        words = text[start:end].split()
        if source is None and (len(words) < MIN_UNATTRIBUTED_QUOTE_WORDS or _title_case(words)):
            continue
        cue_start, cue_end = cue if cue else (None, None)
        at = cue_start if cue_start is not None else start
        finding = Finding(
            start, end, source, cue_start, cue_end, verb, True, sentence_index(starts, at)
        )
        found.append(finding)
        previous = finding if source is not None else previous
    return found


def is_title(text: str, start: int, end: int) -> bool:
    """Whether the quotation ``[start, end)`` names a work rather than quotes words: title
    case, a few words, after a possessive ('CNN's "State of the Union"') or a noun naming a
    work ('the anthem "A Change Is Gonna Come"', 'a broadcast of "Fox News Sunday"').

    PolNeAR dev: 11 such quotations, 10 of them not statements (the other a song title
    counted as the singer's words)."""
    # the word before first: most quotations follow no possessive or work noun
    before = text[max(0, start - 40) : start].rstrip("\"“‘'` ").rstrip(", ").split()
    if not before:
        return False
    last = before[-1]
    if not (last.endswith(("'s", "’s")) or last.lower() in _WORK_NOUNS | {"of"}):
        return False
    # the first words only: a quotation longer than a title is read no further
    words = [
        m.group() for m in itertools.islice(_WORD.finditer(text, start, end), MAX_TITLE_WORDS + 1)
    ]
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    return words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words
    )


_Frame = tuple[Source | None, tuple[int, int] | None, str | None]


def _after(text: str, qe: int, limit: int, resolver: SourceResolver) -> _Frame | None:
    """Speaker after the closing mark: ', said X', ', X said', '— X'."""
    end = min(limit, _line_end(text, qe), qe + FRAME_CHARS)
    tokens = tokenize(text, qe, end)
    if not tokens:
        return None
    if tokens[0].text in _DASHES:
        phrase = _until_punctuation(tokens[1:])
        source = resolver.make(phrase) if phrase else None
        if source is not None:
            return source, (tokens[0].start, tokens[0].end), None
    v = _frame_verb(tokens)
    if v is None:
        return None
    before = [t for t in tokens[:v] if t.is_word]
    source = resolver.before(tokens, v, loose=True) if before else resolver.after(tokens, v)
    if source is None or _own_statement(text, qe, tokens, v, source):
        return None
    return source, (tokens[v].start, tokens[v].end), tokens[v].text


def _own_statement(text: str, qe: int, tokens: list[Token], v: int, source: Source) -> bool:
    """Whether the verb after a quotation reports a statement of its own rather than
    frames the quotation: a relative clause ('his "Keepin' It Real" radio program, who said
    they had ...'), a that-clause ('"...," Trump said that ...' is rare; 'X said that' after
    a title or a term is common), or words after a quotation that closed its sentence ('...
    our editorial policy." The network said it would send ...')."""
    if source.start < tokens[v].start and text[source.start : source.end].lower() in (
        "who",
        "which",
    ):
        return True
    following = tokens[v + 1 : v + 1 + MIN_OWN_CONTENT_WORDS]
    if following and following[0].lower == "that":
        return True
    closed = text[max(0, qe - CLOSING_CHARS) : qe].rstrip("\"”'’ ").endswith(".")
    return closed and len(following) == MIN_OWN_CONTENT_WORDS and all(t.is_word for t in following)


def _frame_verb(tokens: list[Token]) -> int | None:
    """The speech verb of the frame after a quote, within ``AFTER_QUOTE_WINDOW`` tokens not
    counting a parenthesis ("(D-Wis.)") or a description between commas after the speaker
    ('Michael McFaul, a senior fellow at the Hoover Institution, said')."""
    counted = depth = 0
    i = 0
    while i < len(tokens) and counted < AFTER_QUOTE_WINDOW:
        token = tokens[i]
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            pass
        elif token.text in (".", "!", "?", "“", '"'):
            return None
        elif is_cue(token) or token.lower in FRAME_ONLY_VERBS:
            return i
        elif token.text == "," and any(t.is_word for t in tokens[:i]):
            closing = next(
                (
                    k
                    for k in range(i + 1, min(len(tokens), i + MAX_APPOSITIVE_TOKENS))
                    if tokens[k].text == ","
                ),
                None,
            )
            if closing is not None and closing + 1 < len(tokens) and is_cue(tokens[closing + 1]):
                return closing + 1
        if not depth:
            counted += 1
        i += 1
    return None


def _before(text: str, prev_close: int, qs: int, resolver: SourceResolver) -> _Frame | None:
    """Speaker before the opening mark: 'Trump wrote: "', 'said X, senior director. "'."""
    line = _line_start(text, qs)
    if not text[line:qs].strip():
        # 'The New York Times reports:' closing the paragraph before the quote
        previous = before_space(text, line)
        if text.endswith(":", 0, previous):
            line = _line_start(text, previous)
    start = max(prev_close, line, qs - FRAME_CHARS)
    tokens = tokenize(text, start, qs)[-BEFORE_QUOTE_WINDOW:]
    words_after = False  # words between the token looked at and the quotation
    for v in range(len(tokens) - 1, -1, -1):
        token = tokens[v]
        if token.text in _SENTENCE_STOPS and words_after:
            break  # 'they say. EB-5 requires a "targeted employment area"': another sentence's cue
        words_after = words_after or token.is_word
        if (
            is_cue(token)
            or (token.lower in QUOTE_VERBS and all(not t.is_word for t in tokens[v + 1 :]))
            or (is_belief(token) and _followed_by_that(tokens, v))
            or _put_it(tokens, v)
        ):
            source = resolver.before(tokens, v, loose=True) or resolver.after(tokens, v)
            if (
                source is None
                and v
                and tokens[v - 1].lower in _BEFORE_PARTICIPLE
                and token.lower.endswith("ing")
            ):
                source = _opening_subject(tokens, v, resolver)  # 'He defended it, saying, "'
            if source is None:
                return None
            return source, (token.start, token.end), token.text
    if tokens and tokens[-1].text == ":":
        # 'In a statement, the ministry: "...' is rare; a bare colon after a name is common
        phrase = _until_punctuation(list(reversed(tokens[:-1])))
        source = resolver.make(list(reversed(phrase))) if phrase else None
        if source is not None and source.mention is not None:
            return source, (tokens[-1].start, tokens[-1].end), None
    return None


def _opening_subject(tokens: list[Token], v: int, resolver: SourceResolver) -> Source | None:
    """The subject opening the sentence of a participle frame ('He then defended the remark,
    saying, "...'): a pronoun or a name in first place."""
    first = v
    while first and tokens[first - 1].text not in _SENTENCE_STOPS:
        first -= 1
    if first >= v or not tokens[first].is_word:
        return None
    if tokens[first].lower in PERSON_PRONOUNS:
        return resolver.make([tokens[first]])
    mention = resolver.mention_in(tokens[first].start, tokens[v].start)
    if mention is None or mention.start != tokens[first].start:
        return None
    last = max(k for k in range(first, v) if tokens[k].end <= mention.end)
    return resolver.make(list(tokens[first : last + 1]))


def _put_it(tokens: list[Token], v: int) -> bool:
    """'As Steven Rosenthal recently put it, "...': "put it" right before the quotation, or
    after an "as" opening the sentence ('As Ms. Simonyan put it in a statement in July, RT
    is "providing ..."')."""
    return (
        tokens[v].lower == "put"
        and v + 1 < len(tokens)
        and tokens[v + 1].lower == "it"
        and (
            all(not t.is_word for t in tokens[v + 2 :])
            or any(t.lower == "as" for t in tokens[max(0, v - MAX_AS_GAP) : v])
        )
    )


def _title_case(words: list[str]) -> bool:
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised >= TITLE_CASE_SHARE * len(words)


def _continues(text: str, previous: Finding, qs: int) -> bool:
    """A quote that goes on from the previous attributed quote: in the same paragraph (news
    names a new speaker when the speaker changes), opening the next paragraph, or opening the
    paragraph after the one the previous quote's frame closes ('...," he said.' then a
    paragraph of quotation only)."""
    between = text[previous.end : qs]
    if "\n" not in between or not between.strip():
        return True
    cue = previous.cue_start
    if cue is None or not previous.end <= cue < qs:
        return False
    frame = between.strip().lstrip(_CLOSING)
    return (
        "\n" not in frame
        and len(frame) <= FRAME_CHARS
        and frame.rstrip("\"”’' ").endswith(".")
        and not any(mark in frame for mark in '"“”')
        and _opens_paragraph(text, qs)
    )


def _opens_paragraph(text: str, qs: int) -> bool:
    return not text[_line_start(text, qs) : qs].strip()


def _until_punctuation(tokens: Sequence[Token]) -> list[Token]:
    phrase: list[Token] = []
    for token in tokens:
        if not token.is_word and token.text not in (".", "'s", "’s", "-"):
            break
        phrase.append(token)
    return phrase


def _followed_by_that(tokens: Sequence[Token], v: int) -> bool:
    return v + 1 < len(tokens) and tokens[v + 1].lower == "that"


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1
