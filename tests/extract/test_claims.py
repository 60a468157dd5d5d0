"""The claims stage, on analyses built by hand (no other extractor needed)."""

from __future__ import annotations

import pytest

from newsledger.extract.claims import (
    HEDGE_KEYS,
    HEDGE_PHRASES,
    HEDGES,
    ClaimExtractor,
    FoldedText,
    main_verb,
    split_clauses,
)
from newsledger.extract.sentences import SentenceSplitter
from newsledger.model import (
    Analysis,
    Article,
    Attribution,
    EntityType,
    Mention,
    Quantity,
    TimeExpr,
    TimeType,
    item_id,
)


def _analysis(text: str, **layers: list[object]) -> Analysis:
    analysis = SentenceSplitter()(Analysis(article=Article(id="a", text=text)))
    return ClaimExtractor()(analysis.with_items(**layers))


def _quantity(text: str, phrase: str, value: float, counted: str, head: str) -> Quantity:
    start = text.index(phrase)
    end = start + len(phrase)
    return Quantity(
        article="a",
        start=start,
        end=end,
        text=phrase,
        id=item_id("quantity", "a", start, end),
        value=value,
        counted=counted,
        counted_head=head,
    )


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        (
            "While Trump has declared a national emergency at the border, the number of "
            "crossings has plummeted in the past year.",
            [
                "While Trump has declared a national emergency at the border",
                "the number of crossings has plummeted in the past year",
            ],
        ),
        (
            "The ship was hijacked off Somalia on Monday; the crew of 20 was released unharmed.",
            ["The ship was hijacked off Somalia on Monday", "the crew of 20 was released unharmed"],
        ),
        (
            "Police arrested the suspect at his home, and prosecutors charged him with murder.",
            ["Police arrested the suspect at his home", "prosecutors charged him with murder"],
        ),
        ("Trump signed the order on Monday.", ["Trump signed the order on Monday"]),
    ],
)
def test_claims_split_clauses(sentence: str, clauses: list[str]) -> None:
    found = [sentence[s:e] for s, e in split_clauses(sentence, 0, len(sentence))]
    assert found == clauses


def test_claims_one_claim_per_figure() -> None:
    text = "The gunman killed 1 person, wounded 2 others and fled."
    quantities = [
        _quantity(text, "1 person", 1, "person", "person"),
        _quantity(text, "2 others", 2, "others", "others"),
    ]
    claims = _analysis(text, quantities=quantities).claims
    assert [c.quantity for c in claims] == [q.id for q in quantities]
    assert [c.predicate for c in claims] == ["person:kill", "other:injure"]


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Trump is weighing whether to invoke the Insurrection Act.", True),
        ("The storm may reach the coast by Friday.", True),
        ("They are expected to help in command centers.", True),
        ("It's not immediately clear how many units are being deployed.", True),
        ("Trump signed an executive order on Monday.", False),
    ],
)
def test_claims_hedged(sentence: str, hedged: bool) -> None:
    (claim,) = _analysis(sentence).claims
    assert claim.hedged is hedged


def _expand(pattern: str) -> list[str]:
    """Every string a hedge phrase pattern matches (alternation, (?:...) groups, "x?")."""
    alternatives: list[list[str]] = [[""]]
    i = 0
    while i < len(pattern):
        if pattern[i] == "|":
            alternatives.append([""])
            i += 1
            continue
        if pattern.startswith("(?:", i):
            depth, j = 1, i + 3
            while depth:
                depth += {"(": 1, ")": -1}.get(pattern[j], 0)
                j += 1
            options = _expand(pattern[i + 3 : j - 1])
            i = j
        else:
            options, i = [pattern[i]], i + 1
        if i < len(pattern) and pattern[i] == "?":
            options, i = [*options, ""], i + 1
        alternatives[-1] = [done + option for done in alternatives[-1] for option in options]
    return [text for alternative in alternatives for text in alternative]


@pytest.mark.parametrize("phrase", [p for pattern in HEDGE_PHRASES for p in _expand(pattern)])
def test_claims_every_hedge_phrase_holds_a_hedge_key(phrase: str) -> None:
    assert HEDGES.fullmatch(phrase)
    assert any(key in phrase for key in HEDGE_KEYS)


@pytest.mark.parametrize(
    "text",
    [
        "Officials MAY send troops.",
        "It is Not Yet Known how many.",
        "The army iſ ſaid to be ready.",  # a long s matches "s" in any case
        "Işık said the plan was approved.",  # İ/ı: lowering changes the length
        "They were sent home.",
    ],
)
def test_claims_hedge_pre_check_never_misses_a_hedge(text: str) -> None:
    folded = FoldedText(text)
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            if HEDGES.search(text, start, end):
                assert folded.may_hedge(start, end)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("There were already 2,500 troops at the border.", "be"),
        ("The department is assigning 1,500 troops to the border.", "deploy"),
        ("Trump has ordered thousands of troops to the border.", "deploy"),
        ("Two people died in the crash.", "kill"),
        ("The navy confiscated six rifles.", "seize"),
        ("Trump signed an executive order on Monday.", "sign"),
    ],
)
def test_claims_main_verb_class(sentence: str, verb: str) -> None:
    assert main_verb(sentence, 0, len(sentence)) == verb


def test_claims_attributed_to_the_sentence_attribution() -> None:
    text = "There were 2,500 troops at the border, according to Defense Department officials."
    phrase = "according to Defense Department officials"
    start = text.index(phrase)
    attribution = Attribution(
        article="a",
        start=start,
        end=start + len(phrase),
        text=phrase,
        id="attribution:a:1",
        source="Defense Department officials",
        kind="official",
        cue="according to",
        sentence=0,
    )
    (claim,) = _analysis(text, attributions=[attribution]).claims
    assert claim.attributed_to == "Defense Department officials"


def test_claims_offsets_slice_the_text(first_article: Article) -> None:
    analysis = SentenceSplitter()(Analysis(article=first_article))
    claims = ClaimExtractor()(analysis).claims
    assert len(claims) > len(analysis.sentences)
    assert len({c.id for c in claims}) == len(claims)
    for claim in claims:
        claim.check_against(first_article.text)


def test_claims_year_inside_a_name_is_not_the_claim_time() -> None:
    text = "Trump may invoke the Insurrection Act of 1807 on Friday."
    name = "Insurrection Act of 1807"
    n_start = text.index(name)
    mention = Mention(
        article="a",
        start=n_start,
        end=n_start + len(name),
        text=name,
        id="mention:a:1",
        type=EntityType.LAW,
        name="Insurrection Act",
    )
    year_start, day_start = text.index("1807"), text.index("Friday")
    times = [
        TimeExpr(
            article="a",
            start=year_start,
            end=year_start + 4,
            text="1807",
            id="time:a:1",
            type=TimeType.DATE,
            value="1807",
        ),
        TimeExpr(
            article="a",
            start=day_start,
            end=day_start + 6,
            text="Friday",
            id="time:a:2",
            type=TimeType.DATE,
            value="2025-01-24",
        ),
    ]
    (claim,) = _analysis(text, mentions=[mention], times=times).claims
    assert claim.time == "time:a:2"
