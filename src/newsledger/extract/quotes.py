"""The ``quotes`` stage: what was said, by whom, with which verb, quoted or reported.

Direct quotes come from quotation marks (straight or curly, partial or several sentences
long, continued across paragraphs); their speaker from the frame after the quote (', said
X', ', X said'), before it ('X wrote: "'), after a dash, or the previous quote's speaker
when a quote continues. Indirect speech is a cue verb (speech, belief, stance) with a source
before it and the content after it ("X said that ...", "X told reporters ...", "experts
praised her proposals"), or the content first ("..., CNN reported."), and "according to X".
Pronouns resolve to the nearest person of their gender named before. See
``newsledger.extract.who.findings``. On top of those (which the ``attribution`` stage shares),
this stage adds nominal statements ("her decision to ...", "Trump's claim that ...", see
``newsledger.extract.who.nominal``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from newsledger.extract.registry import Extractor, register
from newsledger.extract.who.direct import is_title
from newsledger.extract.who.findings import (
    QUOTE_MARKS,
    Finding,
    find_all_statements,
    nominal_triggers,
    sentence_words,
    statement_context,
)
from newsledger.extract.who.nominal import nominal_findings
from newsledger.extract.who.sources import UNKNOWN_KIND, Source
from newsledger.extract.who.speech import speech_base
from newsledger.model import Analysis, Quote, item_id
from newsledger.model.span import span_factory

_make_quote: Final = span_factory(Quote)


#: A quotation shorter than this inside a reported statement is a fragment of it. PolNeAR
#: dev content F1 is 0.764 with 5, 0.765 with 8, 0.766 with 12; 8 keeps a full quoted
#: sentence ("It is a disgusting day for this country") a quote of its own.
MAX_FRAGMENT_WORDS: Final = 8
#: Pronouns that mark a loose source phrase as a piece of a clause, not a noun phrase
#: ("replacing it with softer language", "casting himself as a champion").
_OBJECT_PRONOUNS: Final = frozenset(
    "it him them himself herself itself themselves myself ourselves yourself".split()
)
#: Pronouns that open a clause, not a noun phrase ("He enacted", "It's worth").
_SUBJECT_PRONOUNS: Final = frozenset("he she it they we i you".split())
#: Lower-case words ending in "-ing" or "-ed" that open noun phrases ("something").
_NOT_PARTICIPLES: Final = frozenset("something nothing anything everything thing bed red".split())
#: An "-ly" word of this many letters or fewer is no adverb worth screening ("Italy", "rely").
MIN_ADVERB_CHARS: Final = 5
_WORD: Final = re.compile(r"[\w][\w'’.-]*")


def quote_findings(analysis: Analysis) -> list[Finding]:
    """Every statement of an analysed article the ``quotes`` stage reports, in text order."""
    found = find_all_statements(analysis)
    text = analysis.text
    _, resolver = statement_context(analysis)
    cues = {f.cue_start for f in found}
    extra = []
    sentences = zip(
        analysis.sentences, sentence_words(analysis), nominal_triggers(analysis), strict=True
    )
    for sentence, outside, triggers in sentences:
        if not triggers:
            continue  # most sentences: no noun a nominal statement starts from
        for finding in nominal_findings(text, sentence, outside, resolver, triggers):
            if finding.cue_start not in cues:
                extra.append(finding)
    ordered = sorted(found + extra, key=lambda f: (f.start, f.end))
    kept = [f for f in ordered if not (f.direct and is_title(text, f.start, f.end))]
    kept = _without_nested_fragments(text, kept)
    return [_screened(text, f) for f in _without_nested(kept)]


def _without_nested(found: list[Finding]) -> list[Finding]:
    """One statement where a statement lies inside the content of another: "X said that Y
    wants Z" is X's statement, and Y's view is part of what X said; a quotation inside a
    reported clause is part of it. A statement with a named source of its own inside a view
    or stance stays ("Voters doubted Ana Lopez's claim that ...": her claim is hers); inside
    reported speech it is part of what was said ("X told police A, the source added" is the
    source's statement).

    PolNeAR dev: of 182 nested findings, 43 were statements the annotators marked and 139
    were not; dropping them but those with a name of their own moves content F1 0.771 ->
    0.785 and speaker F1 0.709 -> 0.717. Dropping the named ones inside reported speech too
    moved content F1 0.794 -> 0.798 and speaker F1 0.733 -> 0.736."""
    by_start = sorted(found, key=lambda f: f.start)
    starts = [f.start for f in by_start]
    kept = []
    for finding in found:
        cue = finding.cue_start
        # an outer statement starts no later than the finding: only those are read
        outers = [
            other
            for other in by_start[: bisect_right(starts, finding.start)]
            if (other.start, other.end) != (finding.start, finding.end)
            and (
                finding.end <= other.end
                or (
                    cue is not None and other.start <= cue < other.end and finding.start < other.end
                )
            )
        ]
        if not outers or (
            not finding.direct
            and _own_name(finding, outers)
            and not any(_reports_speech(o) for o in outers)
        ):
            kept.append(finding)
    return kept


def _reports_speech(finding: Finding) -> bool:
    """A statement reported with a speech verb or "according to": what it holds is what its
    source said, nested statements included."""
    verb = finding.verb
    return verb is not None and (verb == "according to" or speech_base(verb) is not None)


def _own_name(finding: Finding, outers: list[Finding]) -> bool:
    """A named source other than the sources of the statements holding the finding."""
    source = finding.source
    if source is None or source.mention is None or source.mention.start < source.start:
        return False  # no name, or a pronoun resolved to one ("her decision to ...")
    return all(o.source is None or o.source.name != source.name for o in outers)


def _screened(text: str, finding: Finding) -> Finding:
    """The finding without its source when that source is only a loose phrase that reads
    as a piece of a clause (see ``clause_like``): the statement stands, the speaker is not
    known."""
    source = finding.source
    if source is None or source.kind != UNKNOWN_KIND or not clause_like(text, source):
        return finding
    f = finding
    return Finding(
        f.start, f.end, None, f.cue_start, f.cue_end, f.verb, f.direct, f.sentence, f.wide
    )


def clause_like(text: str, source: Source) -> bool:
    """A source phrase that is a piece of a clause, not a noun phrase: it opens with a
    lower-case participle ("including ones", "seizing on recent comments") or a subject
    pronoun ("He enacted", "It's worth"), holds an object pronoun ("replacing it"), is one
    lower-case word that is no plural noun ("resist", "together", "heard"), or one unnamed
    participle or adverb ("Having said that", "Conversely, ... compared to").

    PolNeAR dev: of the loose sources this rejects, 32 were wrong and 5 right (the last
    rule: speaker F1 0.7400 -> 0.7404)."""
    words = _WORD.findall(text[source.start : source.end])
    if not words:
        return True
    first = words[0]
    lower = first.lower()
    if first.islower() and lower.endswith(("ing", "ed")) and lower not in _NOT_PARTICIPLES:
        return True
    if source.mention is None and (
        (lower.endswith("ing") and len(words) == 1)  # "Having said that, ..."
        or (lower.endswith("ly") and len(words) == 1 and len(lower) > MIN_ADVERB_CHARS)
    ):
        return True  # a participle or an adverb ("Conversely, ... compared to") opening a clause
    if len(words) > 1 and re.split("['’]", lower)[0] in _SUBJECT_PRONOUNS:
        return True
    if any(w.lower() in _OBJECT_PRONOUNS for w in words[1:]):
        return True
    return len(words) == 1 and first.islower() and not lower.endswith("s")


def _without_nested_fragments(text: str, found: list[Finding]) -> list[Finding]:
    """One statement where a quotation sits inside a reported statement.

    In 'Trump claimed that the border "is overrun"' the statement is the whole clause and the
    quoted words a fragment of it (dropped); in 'X says, "If she gets the chance, ..."' the
    quotation is the statement, and the reported reading of it is dropped.
    """
    dropped: set[int] = set()
    found = list(found)
    reported = [(n, f) for n, f in enumerate(found) if not f.direct]
    for n, quoted in enumerate(found):
        if not quoted.direct:
            continue
        for m, statement in reported:
            nested = statement.start <= quoted.start and quoted.end <= statement.end
            if not nested and quoted.source is None and _opens_quotation(text, statement, quoted):
                # 'According to Limbaugh, "If it was left up to ... ."': the reported reading
                # ends at the first full stop of the quotation, which is the statement
                found[n] = _with_frame(quoted, statement)
                dropped.add(m)
                break
            if not nested:
                continue
            fragment = len(text[quoted.start : quoted.end].split()) < MAX_FRAGMENT_WORDS
            covers = 2 * (quoted.end - quoted.start) >= statement.end - statement.start
            if fragment and not covers:
                # a few quoted words inside a reported clause belong to the clause, whoever the
                # quote frame search guessed ("Cooper said transparency "breaks down barriers"")
                dropped.add(n)
            elif _same_speaker(statement, quoted):
                keep_quote = not (fragment or not covers)
                dropped.add(m if keep_quote else n)
                if keep_quote and quoted.source is None:
                    # 'Obama called the holiday "a celebration of ..."': the quotation is
                    # the statement, and the frame that reported it names its speaker
                    found[n] = _with_frame(quoted, statement)
            else:
                continue
            break
    return [f for n, f in enumerate(found) if n not in dropped]


def _opens_quotation(text: str, statement: Finding, quoted: Finding) -> bool:
    """Whether a reported statement is the opening of a quotation without a speaker of its
    own: the statement starts at the quotation's opening mark, ends inside it, and its cue
    stands before it."""
    return (
        quoted.source is None
        and statement.source is not None
        and statement.cue_end is not None
        and statement.cue_end <= statement.start
        and not text[statement.start : quoted.start].strip(QUOTE_MARKS)
        and quoted.start <= statement.end <= quoted.end
    )


def _with_frame(quoted: Finding, frame: Finding) -> Finding:
    """The quotation with the source and cue of the reported statement holding it."""
    q = quoted
    return Finding(
        q.start,
        q.end,
        frame.source,
        frame.cue_start,
        frame.cue_end,
        frame.verb,
        True,
        q.sentence,
        q.wide,
    )


def _same_speaker(reported: Finding, quoted: Finding) -> bool:
    if quoted.source is None or reported.source is None:
        return True
    return quoted.source.name == reported.source.name


def find_quotes(analysis: Analysis) -> list[Quote]:
    """Quotes of an analysed article (sentences and mentions must be there)."""
    text = analysis.text
    article = analysis.article.id
    quotes = []
    for finding in quote_findings(analysis):
        source = finding.source
        quotes.append(
            _make_quote(
                article,
                text,
                finding.start,
                finding.end,
                id=item_id("quote", article, finding.start, finding.end),
                speaker=source.name if source else None,
                speaker_entity=source.mention.id if source and source.mention else None,
                verb=finding.verb,
                direct=finding.direct,
            )
        )
    return quotes


class QuoteExtractor:
    """The ``quotes`` stage."""

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis.with_items(quotes=find_quotes(analysis))


@register("newsledger.quotes.v1", requires=("sentences", "mentions"), produces=("quotes",))
def make_quote_extractor() -> Extractor:
    return QuoteExtractor()
