"""Article signatures: words, names (not capitalised by position), numbers."""

from __future__ import annotations

import pytest

from newsledger.group.signature import (
    LEAD_CHARS,
    LEAD_EXTRA,
    NAME_WEIGHT,
    NUMBER_WEIGHT,
    SIGNATURE_LAYERS,
    signature,
    stated_years,
)
from newsledger.model import Analysis, Article

#: Every word of these short texts is in the lead, which counts more.
LEAD = 1.0 + LEAD_EXTRA


def _signature(text: str) -> dict[str, float]:
    return signature(Analysis(article=Article(id="a", text=text)))


def test_signature_capitalised_word_inside_a_sentence_is_a_name() -> None:
    terms = _signature("Rescuers reached Valparaiso on foot.")
    assert terms["n:valparaiso"] == NAME_WEIGHT * LEAD


def test_signature_word_capitalised_at_a_sentence_start_after_the_lead_is_no_name() -> None:
    terms = _signature("x" * LEAD_CHARS + ". Rescuers arrived. Rescuers left.")
    assert "n:rescuers" not in terms
    assert terms["w:rescuer"] == 2.0


def test_signature_name_count_leaves_out_its_occurrences_at_a_sentence_start() -> None:
    terms = _signature("Onemi said so. Officials thanked Onemi.")
    assert terms["n:onemi"] == NAME_WEIGHT * (2 * LEAD - 1)


def test_signature_numbers_are_terms_and_single_digits_are_not() -> None:
    terms = _signature("The 1,200 residents of 3 villages fled.")
    assert terms["d:1,200"] == NUMBER_WEIGHT * LEAD
    assert not any(term.startswith("d:3") for term in terms)


def test_signature_lead_words_count_more_than_later_words() -> None:
    lead = "Rescuers reached the village."
    text = lead + " " + "x" * LEAD_CHARS + " Rescuers left the village."
    terms = _signature(text)
    assert terms["w:villag"] == 2.0 + LEAD_EXTRA


@pytest.mark.parametrize(
    ("term", "year"),
    [
        ("d:2013", True),
        ("d:1986", True),
        ("d:2150", False),
        ("d:150", False),
        ("d:20.5", False),
        ("w:2013", False),
    ],
)
def test_signature_stated_years_are_numbers_of_1900_to_2099(term: str, year: bool) -> None:
    assert stated_years({term: 1.0, "w:rule": 1.0}) == ({term} if year else set())


def test_signature_states_the_years_of_the_text() -> None:
    terms = _signature("The rule, issued in December 2008, was overturned.")
    assert stated_years(terms) == {"d:2008"}


def test_signature_a_count_written_with_commas_states_no_year() -> None:
    terms = _signature("More than 2,000 booths in 125 constituencies closed in 2008.")
    assert stated_years(terms) == {"d:2008"}


def test_signature_reads_no_layer_but_its_signature_layers(first_article: Article) -> None:
    # The Ledger loads only SIGNATURE_LAYERS to group new articles: a signature that read
    # another layer would silently differ there.
    from dataclasses import replace

    from newsledger.extract import Pipeline

    full = Pipeline().run(first_article)
    kept = {layer: items for layer, items in full.items().items() if layer in SIGNATURE_LAYERS}
    emptied = {layer: () for layer in full.items() if layer not in SIGNATURE_LAYERS}
    partial = replace(Analysis(article=full.article), **kept, **emptied)
    assert full.mentions and signature(partial) == signature(full)
