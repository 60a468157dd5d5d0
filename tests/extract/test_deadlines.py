"""The ``deadlines`` stage: golden deadlines of the example, the shapes it reads, and
``resolve_deadline`` (the story-level refinement)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from newsledger.extract import Pipeline
from newsledger.extract.deadlines import resolve_deadline
from newsledger.model import Article, Deadline, Mention
from newsledger.model.items import EntityType

PUBLISHED = date(2025, 1, 23)


def _deadlines(article: Article) -> list[Deadline]:
    pipeline = Pipeline(["sentences", "times", "deadlines"], strict=True)
    return list(pipeline.run(article).deadlines)


def _only(text: str, published: date | None = PUBLISHED) -> Deadline:
    found = _deadlines(Article(id="a", text=text, published=published))
    assert len(found) == 1, found
    return found[0]


# -- golden: the example articles ------------------------------------------------------------


def test_deadlines_first_article_falls_back_to_publication(first_article: Article) -> None:
    (deadline,) = _deadlines(first_article)
    assert (deadline.who, deadline.duration) == ("U.S. Northern Command", "P10D")
    assert deadline.what is not None and deadline.what.startswith('draw up a "campaign"')
    # the article does not date the order: publication date, flagged
    assert (deadline.from_, deadline.due, deadline.from_reason) == (
        "2025-01-23",
        "2025-02-02",
        "published",
    )


def test_deadlines_second_article_dated_by_the_signing(second_article: Article) -> None:
    (deadline,) = _deadlines(second_article)
    assert deadline.who == "the Secretaries of Defense and Homeland Security"
    assert deadline.what == "recommending whether to invoke the Insurrection Act of 1807"
    assert (deadline.duration, deadline.from_, deadline.due, deadline.from_reason) == (
        "P90D",
        "2025-01-20",
        "2025-04-20",
        "text",
    )


def test_deadlines_story_refinement_gives_the_issue_dates(
    first_article: Article, second_article: Article
) -> None:
    signed = date(2025, 1, 20)  # the second article: "On Monday, Trump signed"
    (campaign,) = _deadlines(first_article)
    (recommendation,) = _deadlines(second_article)
    assert resolve_deadline(campaign, signed, "story").due == "2025-01-30"
    assert resolve_deadline(recommendation, signed, "story").due == "2025-04-20"


def test_deadlines_spans_slice_the_article(first_article: Article) -> None:
    for deadline in _deadlines(first_article):
        deadline.check_against(first_article.text)
        assert deadline.id == f"deadline:{first_article.id}:{deadline.start}-{deadline.end}"


# -- shapes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "what", "duration"),
    [
        (
            "The order gives the agency 30 days to submit a plan.",
            "the agency",
            "submit a plan",
            "P30D",
        ),
        ("Congress has 60 days to review the deal.", "Congress", "review the deal", "P60D"),
        ("The company must respond within 14 days.", "The company", "respond", "P14D"),
        (
            "The ruling granted the city two weeks to comply, officials said.",
            "the city",
            "comply",
            "P2W",
        ),
        (
            "The board ordered a 90-day review of the policy.",
            "The board",
            "review of the policy",
            "P90D",
        ),
    ],
)
def test_deadlines_shapes(text: str, who: str, what: str, duration: str) -> None:
    deadline = _only(text)
    assert (deadline.who, deadline.what, deadline.duration) == (who, what, duration)


def test_deadlines_by_a_date_is_due_that_day() -> None:
    deadline = _only("The ministry must publish the list by March 1.")
    assert (deadline.duration, deadline.due, deadline.what) == (
        None,
        "2025-03-01",
        "publish the list",
    )


def test_deadlines_given_until_a_date_to_act() -> None:
    deadline = _only("The council gave Iraq until Jan. 15 to withdraw its forces.")
    assert (deadline.who, deadline.what, deadline.due) == (
        "Iraq",
        "withdraw its forces",
        "2025-01-15",
    )


def test_deadlines_has_until_a_weekday() -> None:
    deadline = _only("The company has until Friday to file its answer, lawyers said.")
    assert (deadline.who, deadline.what, deadline.due) == (
        "The company",
        "file its answer",
        "2025-01-24",
    )


def test_deadlines_ordered_party_is_who() -> None:
    deadline = _only("The judge ordered the company to pay the fine within 60 days.")
    assert (deadline.who, deadline.what, deadline.duration) == (
        "the company",
        "pay the fine",
        "P60D",
    )


def test_deadlines_named_task_span_after_a_verb() -> None:
    deadline = _only("The agency announced a 30-day comment period on the proposal.")
    assert (deadline.who, deadline.what) == ("The agency", "comment period on the proposal")


def test_deadlines_no_later_than_a_weekday() -> None:
    deadline = _only("Residents must leave no later than Friday.")
    assert deadline.due == "2025-01-24"


@pytest.mark.parametrize(
    "text",
    [
        "The war lasted two years.",
        "The strike ended by March 1 without a deal.",  # no obligation: a date, not a limit
        "Talks went on for 10 days before collapsing.",
    ],
)
def test_deadlines_plain_durations_and_dates_are_not_deadlines(text: str) -> None:
    assert _deadlines(Article(id="a", text=text, published=PUBLISHED)) == []


def test_deadlines_dated_in_the_same_sentence() -> None:
    deadline = _only("On Monday, the court gave the state 10 days to answer.")
    assert (deadline.from_, deadline.due, deadline.from_reason) == (
        "2025-01-20",
        "2025-01-30",
        "text",
    )


def test_deadlines_dated_by_an_earlier_signing_sentence() -> None:
    text = "The governor signed the order on Jan. 10. The order gives counties 30 days to act."
    deadline = _only(text)
    assert (deadline.from_, deadline.due, deadline.from_reason) == (
        "2025-01-10",
        "2025-02-09",
        "text",
    )


def test_deadlines_without_publication_date_stay_undated() -> None:
    deadline = _only("The order gives the agency 30 days to submit a plan.", published=None)
    assert (deadline.from_, deadline.due, deadline.from_reason) == (None, None, None)


def test_deadlines_who_takes_the_mention_name() -> None:
    text = "The order gives Northcom 10 days to draw up a plan."
    article = Article(id="a", text=text, published=PUBLISHED)
    start = text.index("Northcom")
    mention = Mention(
        article="a",
        start=start,
        end=start + len("Northcom"),
        text="Northcom",
        id="m1",
        type=EntityType.ORG,
        name="U.S. Northern Command",
    )
    pipeline = Pipeline(["sentences", "times"], strict=True)
    analysis = pipeline.run(article).with_items(mentions=[mention])
    from newsledger.extract.deadlines import DeadlineFinder

    (deadline,) = DeadlineFinder()(analysis).deadlines
    assert deadline.who == "U.S. Northern Command"


# -- resolve_deadline ---------------------------------------------------------------------------


def _deadline(**changes: object) -> Deadline:
    base = Deadline(
        article="a",
        start=0,
        end=4,
        text="gave",
        id="deadline:a:0-4",
        who="X",
        what="Y",
        duration="P10D",
        from_="2025-01-23",
        due="2025-02-02",
        from_reason="published",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("duration", "due"),
    [
        ("P10D", "2025-01-30"),
        ("P90D", "2025-04-20"),
        ("P2W", "2025-02-03"),
        ("P1M", "2025-02-20"),
        ("P1Y", "2026-01-20"),
    ],
)
def test_deadlines_resolve_recomputes_due(duration: str, due: str) -> None:
    resolved = resolve_deadline(_deadline(duration=duration), date(2025, 1, 20), "story")
    assert (resolved.from_, resolved.due, resolved.from_reason) == ("2025-01-20", due, "story")


def test_deadlines_resolve_keeps_a_date_limit() -> None:
    resolved = resolve_deadline(
        _deadline(duration=None, due="2025-03-01"), date(2025, 1, 20), "story"
    )
    assert resolved.due == "2025-03-01"


def test_deadlines_resolve_is_pure() -> None:
    original = _deadline()
    resolve_deadline(original, date(2025, 1, 20), "story")
    assert original.due == "2025-02-02"
