"""The ``times`` stage: golden values on the example articles, and one behaviour per test."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.extract import Pipeline
from newsledger.extract.times import times_in
from newsledger.extract.timex import Found, find_times
from newsledger.model import Article, TimeExpr, TimeType

#: A Thursday, like the first example's publication date.
PUBLISHED = date(2025, 1, 23)


def _times(article: Article) -> list[TimeExpr]:
    return list(Pipeline(["sentences", "times"], strict=True).run(article).times)


def _one(text: str, published: date | None = PUBLISHED) -> Found:
    found = find_times(text, published)
    assert len(found) == 1, [(text[f.start : f.end], f.value) for f in found]
    return found[0]


def _values(text: str, published: date | None = PUBLISHED) -> dict[str, str | None]:
    return {text[f.start : f.end]: f.value for f in find_times(text, published)}


# -- golden: the example articles (issue 3, "Done when") ---------------------------------------


def test_times_first_article_golden(first_article: Article) -> None:
    got = {(t.text, t.type, t.value) for t in _times(first_article)}
    assert ("Wednesday", TimeType.DATE, "2025-01-22") in got
    assert ("10 days", TimeType.DURATION, "P10D") in got
    assert ("1878", TimeType.DATE, "1878") in got


def test_times_second_article_golden(second_article: Article) -> None:
    times = _times(second_article)
    mondays = [t for t in times if t.text == "Monday"]
    assert [t.value for t in mondays] == ["2025-01-20", "2025-01-20"]
    got = {(t.text, t.type, t.value) for t in times}
    assert ("November", TimeType.DATE, "2024-11") in got
    assert ("2023", TimeType.DATE, "2023") in got
    assert ("90 days", TimeType.DURATION, "P90D") in got
    assert ("1807", TimeType.DATE, "1807") in got


@pytest.mark.parametrize("phrase", ["1,500 active duty troops", "2,500 troops"])
def test_times_no_time_inside_troop_counts(first_article: Article, phrase: str) -> None:
    start = first_article.text.index(phrase)
    end = start + len(phrase)
    assert not [t for t in _times(first_article) if t.start < end and start < t.end]


def test_times_relative_values_anchor_on_publication(first_article: Article) -> None:
    wednesday = next(t for t in _times(first_article) if t.text == "Wednesday")
    assert (wednesday.anchor, wednesday.resolved) == ("published", True)


def test_times_absolute_values_have_no_anchor(second_article: Article) -> None:
    year = next(t for t in _times(second_article) if t.text == "1807")
    assert year.anchor is None


def test_times_spans_slice_the_article(second_article: Article) -> None:
    for time in _times(second_article):
        time.check_against(second_article.text)
        assert time.id == f"time:{second_article.id}:{time.start}-{time.end}"


def test_times_anchored_offset_without_dated_anchor_is_unresolved(
    second_article: Article,
) -> None:
    first = _times(second_article)[0]
    assert (first.text, first.type, first.value, first.resolved) == (
        "Two days",
        TimeType.DURATION,
        "P2D",
        False,
    )


# -- absolute and partial dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It was signed January 20, 2025, in Washington.", "January 20, 2025", "2025-01-20"),
        ("It was signed Jan. 20 in Washington.", "Jan. 20", "2025-01-20"),
        ("It was signed on 20 January in Washington.", "20 January", "2025-01-20"),
        ("The file is dated 2025-01-20.", "2025-01-20", "2025-01-20"),
        ("The law was passed in 1878.", "1878", "1878"),
        ("Crossings rose in November.", "November", "2024-11"),
        ("Prices were high in the 1990s.", "the 1990s", "199"),
        ("Sales grew in spring 2024.", "spring 2024", "2024-SP"),
        ("Profits fell in the third quarter.", "the third quarter", "2024-Q3"),
        ("The rule dates from August 1988.", "August 1988", "1988-08"),
        ("It changed in the 19th century.", "the 19th century", "18"),
        ("Sales rose in fiscal 2023.", "fiscal 2023", "2023"),
    ],
)
def test_times_absolute_and_partial_dates(text: str, span: str, value: str) -> None:
    found = _one(text)
    assert (text[found.start : found.end], found.value) == (span, value)


def test_times_third_quarter_in_the_fourth_is_this_year() -> None:
    found = _one("Profits fell in the third quarter.", date(2024, 11, 2))
    assert found.value == "2024-Q3"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The figure is on 25/12/2024 in the report.", "2024-12-25"),
        ("The figure is on 12/25/2024 in the report.", "2024-12-25"),
        ("The figure is on 7/8/2024 in the report.", "2024"),  # order unknown: only the year
    ],
)
def test_times_numeric_dates_only_where_unambiguous(text: str, value: str) -> None:
    assert _one(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "There were already 2,500 troops at the border.",
        "About 2000 people marched.",
        "Theresa May spoke to reporters.",
        "Protesters march to the capitol.",
        "The Lakers won 112-104 on the road.",
        "Call 555-1234 for details.",
        "Flight 1549 landed on the river.",
        "The Russell 2000 index fell.",
        "He is a 6-year-old boy.",
        "She took a second look.",
        "He lives at 1600 Pennsylvania Avenue.",
    ],
)
def test_times_not_times(text: str) -> None:
    assert find_times(text, PUBLISHED) == []


# -- relative expressions: tense and cue words ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The department announced Wednesday it is sending troops.", "2025-01-22"),
        ("The leaders will meet Friday in Paris.", "2025-01-24"),
        ("On Monday, Trump signed an order.", "2025-01-20"),
        ("The talks ended yesterday.", "2025-01-22"),
        ("The vote is tomorrow.", "2025-01-24"),
        ("The office opened today.", "2025-01-23"),
        ("The report came out last week.", "2025-W03"),
        ("The plan is due next month.", "2025-02"),
        ("It happened two days ago.", "2025-01-21"),
        ("The numbers were released this week.", "2025-W04"),
        ("Sales fell last year.", "2024"),
        ("Rates rose earlier this year.", "2025"),
        ("They will decide next year.", "2026"),
        ("The report is due by Friday.", "2025-01-24"),
    ],
)
def test_times_relative_resolved_against_publication(text: str, value: str) -> None:
    assert _one(text).value == value


def test_times_same_weekday_as_publication_is_that_day() -> None:
    assert _one("Officials said Thursday that talks had failed.").value == "2025-01-23"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales rose in November.", "2024-11"),  # January article: the November just gone
        ("The summit will be held in March.", "2025-03"),
        ("Rates were cut in December.", "2024-12"),
    ],
)
def test_times_month_without_year_by_tense(text: str, value: str) -> None:
    assert _one(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The department announced Wednesday it is sending troops.", "XXXX-WXX-3"),
        ("Crossings rose in November.", "XXXX-11"),
        ("The talks ended yesterday.", None),
        ("Sales fell last year.", None),
    ],
)
def test_times_without_publication_date_stay_unresolved(text: str, value: str | None) -> None:
    found = _one(text, None)
    assert (found.value, found.resolved, found.anchor) == (value, False, None)


def test_times_without_publication_date_keep_absolute_values() -> None:
    found = _one("The law was passed in 1878.", None)
    assert (found.value, found.resolved) == ("1878", True)


def test_times_article_without_date_is_never_guessed() -> None:
    article = Article(id="a", text="Officials met Monday and again on March 3.")
    times = times_in(article)
    assert [(t.value, t.resolved) for t in times] == [("XXXX-WXX-1", False), ("XXXX-03-03", False)]


# -- durations, sets, times of day ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It gives them 10 days to act.", "10 days", "P10D"),
        ("It has 90 days to report.", "90 days", "P90D"),
        ("The war lasted two years.", "two years", "P2Y"),
        ("It took a decade.", "a decade", "P10Y"),
        ("A 90-day review began.", "90-day", "P90D"),
        ("He waited 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("It lasted five hours.", "five hours", "PT5H"),
        ("The talks took several weeks.", "several weeks", "PXW"),
        ("Growth slowed over the past three months.", "the past three months", "P3M"),
    ],
)
def test_times_durations(text: str, span: str, value: str) -> None:
    found = _one(text)
    assert (text[found.start : found.end], found.type, found.value) == (
        span,
        TimeType.DURATION,
        value,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council meets every Monday.", "XXXX-WXX-1"),
        ("Crossings are counted monthly.", "P1M"),
        ("The paper is printed daily.", "P1D"),
        ("The board meets twice a year.", "P1Y"),
        ("The prize is awarded annually.", "P1Y"),
        ("The plant earns $5 million a year.", "P1Y"),
    ],
)
def test_times_sets(text: str, value: str) -> None:
    found = _one(text)
    assert (found.type, found.value) == (TimeType.SET, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The blast came at 3 p.m. near the market.", "2025-01-23T15:00"),
        ("The vote is set for noon Saturday.", "2025-01-25T12:00"),
        ("Markets closed at 16:08 UTC on the day.", "2025-01-23T16:08Z"),
        ("He was released last night.", "2025-01-22TNI"),
        ("The raid began Friday at 5 a.m.", "2025-01-17T05:00"),
    ],
)
def test_times_times_of_day(text: str, value: str) -> None:
    found = find_times(text, PUBLISHED)[0]
    assert (found.type, found.value) == (TimeType.TIME, value)


# -- anchored expressions and the narrative reference ---------------------------------------------


def test_times_anchored_offset_after_an_event_is_an_unresolved_duration() -> None:
    text = "Prices fell a week after the vote."
    found = _one(text)
    assert (text[found.start : found.end], found.type, found.value, found.resolved) == (
        "a week",
        TimeType.DURATION,
        "P1W",
        False,
    )


def test_times_early_weekday_is_that_day() -> None:
    assert _one("The attack began early Tuesday.").value == "2025-01-21"


def test_times_anchored_offset_resolved_against_a_dated_anchor() -> None:
    text = "The deal closed two days after Jan. 20, officials said."
    offset, anchor = find_times(text, PUBLISHED)
    assert (text[offset.start : offset.end], offset.value, offset.anchor) == (
        "two days after",
        "2025-01-22",
        "#1",
    )
    assert anchor.value == "2025-01-20"


def test_times_anchored_offset_id_points_at_its_anchor() -> None:
    article = Article(id="a", text="It closed a week after March 3, 2024.", published=PUBLISHED)
    offset, anchor = times_in(article)
    assert (offset.value, offset.anchor) == ("2024-03-10", anchor.id)


def test_times_a_year_earlier_follows_the_quarter_reported() -> None:
    text = "Profit rose in the third quarter. A year earlier, it fell."
    values = _values(text, date(1989, 10, 26))
    assert values["A year earlier"] == "1988-Q3"


def test_times_the_following_year_counts_from_the_year_given() -> None:
    values = _values("He was promoted in 1995, and the following year he retired.")
    assert values["the following year"] == "1996"
