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

from newsledger.extract.registry import Extractor, register
from newsledger.extract.who.findings import (
    Finding,
    find_all_statements,
    outside_quotes,
    statement_context,
)
from newsledger.extract.who.nominal import nominal_findings
from newsledger.extract.who.tokens import sentence_tokens
from newsledger.model import Analysis, Quote, item_id

#: A quotation shorter than this inside a reported statement is a fragment of it. PolNeAR
#: dev content F1 is 0.764 with 5, 0.765 with 8, 0.766 with 12; 8 keeps a full quoted
#: sentence ("It is a disgusting day for this country") a quote of its own.
MAX_FRAGMENT_WORDS = 8


def quote_findings(analysis: Analysis) -> list[Finding]:
    """Every statement of an analysed article the ``quotes`` stage reports, in text order."""
    found = find_all_statements(analysis)
    text = analysis.text
    spans, resolver = statement_context(analysis)
    cues = {f.cue_start for f in found}
    starts = [s for s, _ in spans]
    bounds = tuple((s.start, s.end) for s in analysis.sentences)
    extra = []
    for sentence, tokens in zip(analysis.sentences, sentence_tokens(text, bounds), strict=True):
        outside = outside_quotes(tokens, spans, starts, sentence.start, sentence.end)
        for finding in nominal_findings(text, sentence, outside, resolver):
            if finding.cue_start not in cues:
                extra.append(finding)
    return _without_nested_fragments(text, sorted(found + extra, key=lambda f: (f.start, f.end)))


def _without_nested_fragments(text: str, found: list[Finding]) -> list[Finding]:
    """One statement where a quotation sits inside a reported statement.

    In 'Trump claimed that the border "is overrun"' the statement is the whole clause and the
    quoted words a fragment of it (dropped); in 'X says, "If she gets the chance, ..."' the
    quotation is the statement, and the reported reading of it is dropped.
    """
    dropped: set[int] = set()
    reported = [(n, f) for n, f in enumerate(found) if not f.direct]
    for n, quoted in enumerate(found):
        if not quoted.direct:
            continue
        for m, statement in reported:
            nested = statement.start <= quoted.start and quoted.end <= statement.end
            if not nested:
                continue
            fragment = len(text[quoted.start : quoted.end].split()) < MAX_FRAGMENT_WORDS
            covers = 2 * (quoted.end - quoted.start) >= statement.end - statement.start
            if fragment and not covers:
                # a few quoted words inside a reported clause belong to the clause, whoever the
                # quote frame search guessed ("Cooper said transparency "breaks down barriers"")
                dropped.add(n)
            elif _same_speaker(statement, quoted):
                dropped.add(n if fragment or not covers else m)
            else:
                continue
            break
    return [f for n, f in enumerate(found) if n not in dropped]


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
            Quote(
                article=article,
                start=finding.start,
                end=finding.end,
                text=text[finding.start : finding.end],
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
