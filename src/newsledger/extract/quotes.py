"""The ``quotes`` stage: what was said, by whom, with which verb, quoted or reported.

Direct quotes come from quotation marks (straight or curly, partial or several sentences
long, continued across paragraphs); their speaker from the frame after the quote (', said
X', ', X said'), before it ('X wrote: "'), after a dash, or the previous quote's speaker
when a quote continues. Indirect speech is a speech verb with a source before it and the
content after it ("X said that ...", "X told reporters ..."), or the content first ("...,
CNN reported."), and "according to X". Pronouns resolve to the nearest person named before.
See ``newsledger.extract.who.findings``.
"""

from __future__ import annotations

from newsledger.extract.registry import Extractor, register
from newsledger.extract.who.findings import find_statements
from newsledger.model import Analysis, Quote, item_id


def find_quotes(analysis: Analysis) -> list[Quote]:
    """Quotes of an analysed article (sentences and mentions must be there)."""
    text = analysis.text
    article = analysis.article.id
    quotes = []
    for finding in find_statements(analysis):
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
