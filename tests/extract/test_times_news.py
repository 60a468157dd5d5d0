"""The ``times`` tagger on the turns of news prose: tense across abbreviations and limits,
quarterly reports, and time words inside names."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.extract.timex import find_times

#: A Thursday.
PUBLISHED = date(2025, 1, 23)
#: A Thursday in the fourth quarter, after the third quarter's results.
REPORTED = date(1989, 10, 26)


def _values(text: str, published: date = PUBLISHED) -> dict[str, str | None]:
    return {text[f.start : f.end]: f.value for f in find_times(text, published)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the stop of "a.m." does not end the sentence: "will" still governs the weekday
        ("He will leave at 4 in the morning (4 a.m. EDT Friday), he said.", "4 a.m. EDT Friday",
         "2025-01-24T04:00"),
        # "succeed" is no past tense, "next to" no future
        ("Mr. Smith will succeed Daniel P. Davison Feb. 1, soon after.", "Feb. 1", "2025-02-01"),
        ("A bomb exploded next to the U.S. embassy in Nairobi Tuesday morning.",
         "Tuesday morning", "2025-01-21TMO"),
    ],
)  # fmt: skip
def test_times_news_tense_reads_past_abbreviations(text: str, span: str, value: str) -> None:
    assert _values(text)[span] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thirty-two members had filed reports by Wednesday.", "2025-01-22"),
        ("Until Tuesday, they had not called him a suspect.", "2025-01-21"),
        ("Members must file their reports by Wednesday.", "2025-01-29"),
    ],
)
def test_times_news_limit_in_the_past_perfect_is_past(text: str, value: str) -> None:
    (found,) = find_times(text, PUBLISHED)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They would look for ways to get around Tuesday's ruling.", "2025-01-21"),
        ("Shares fell ahead of Monday's vote.", "2025-01-27"),
    ],
)
def test_times_news_possessive_weekday_is_past_unless_ahead(text: str, value: str) -> None:
    (found,) = find_times(text, PUBLISHED)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the year-ago period compares with the quarter reported, not a forecast quarter
        ("Bethlehem posted a drop in third-quarter profit. Analysts expect losses through "
         "the third quarter of 1990. In the year-ago period, Bethlehem earned $101 million.",
         "the year-ago period", "1988-Q3"),
        ("Sun earned $20 million in the third quarter. The latest period had gains.",
         "The latest period", "1989-Q3"),
        ("Sun earned $20 million in the third quarter, against $15 million in the 1988 period.",
         "the 1988 period", "1988-Q3"),
    ],
)  # fmt: skip
def test_times_news_quarterly_report_periods(text: str, span: str, value: str) -> None:
    assert _values(text, REPORTED)[span] == value


def test_times_news_a_comparison_does_not_become_the_period_reported() -> None:
    # counted from "the year-ago quarter", the results would be two years back
    text = "Coast earned $10 million in the year-ago quarter. The year-ago results were restated."
    values = _values(text, REPORTED)
    assert (values["the year-ago quarter"], values["The year-ago results"]) == ("1988-Q3", "1988")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Baker, speaking on ABC News\' "This Week," said the request was made.', "This Week"),
        ("The father told an interviewer on CBS's ''60 Minutes'' that the boy was abused.",
         "60 Minutes"),
        ("The poster showed Gary Cooper from the film ``High Noon.''", "Noon"),
        ("Transplant centres will distribute the livers in shortest supply, and this is "
         "the news on VOA Today.", "Today"),
    ],
)  # fmt: skip
def test_times_news_capitalised_time_words_in_titles_are_names(text: str, name: str) -> None:
    assert name not in _values(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('"Today, we mourn," he said.', "Today"),
        ("Last Week In Washington: Senate Passes Budget", "Last Week"),
        ("He arrived at 5 p.m. EST Friday.", "5 p.m. EST Friday"),
    ],
)
def test_times_news_capitals_at_openings_and_in_headlines_are_times(text: str, span: str) -> None:
    assert span in _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales grew steadily from 2009-2011.", {"2009": "2009", "2011": "2011"}),
        ("He played in the 2020-21 season.", {"2020": "2020", "21": "2021"}),
        ("The 1999-2000 budget passed.", {"1999": "1999", "2000": "2000"}),
        ("The 1939-1945 war ended.", {"1939": "1939", "1945": "1945"}),
    ],
)
def test_times_news_year_ranges_give_both_years(text: str, expected: dict[str, str]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Flight 2009-10 left late.", "10"),  # the first number is no year
        ("Prices rose in 2009-11, the agency said.", "11"),  # not the next year: a month?
        ("Call 2009-5555 for tickets.", "5555"),
    ],
)
def test_times_news_year_range_ends_need_a_year_range(text: str, absent: str) -> None:
    assert absent not in _values(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Sales rebounded in the last week of March 2009.", "the last week of March 2009",
         "2009-W13"),  # 31 March 2009 is a Tuesday of a week that is April's
        ("Sales rebounded in the first week of January 2010.",
         "the first week of January 2010", "2010-W01"),  # Friday 1 January is 2009's
        ("A hearing is set for the week of March 6, 2000.", "the week of March 6, 2000",
         "2000-W10"),
    ],
)  # fmt: skip
def test_times_news_weeks_of_a_month(text: str, span: str, value: str) -> None:
    assert _values(text)[span] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The event, written 7/8/07, was held.", date(2007, 7, 9), "2007-07-08"),
        ("The event, written 7/8/07, was held.", date(2007, 12, 9), "2007"),
        ("The event, written 5/5/07, was held.", date(2007, 12, 9), "2007-05-05"),
    ],
)
def test_times_news_ambiguous_numeric_date_near_publication(
    text: str, published: date, value: str
) -> None:
    (found,) = find_times(text, published)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the verb comes after a long subject when the time opens the sentence
        ("On Monday, the National Abortion and Reproductive Rights Action League plans to "
         "hold a news conference.", "2025-01-27"),
        ("On Monday, the National Abortion and Reproductive Rights Action League held "
         "a news conference.", "2025-01-20"),
        # "hastily planned" is an adjective, not a plan ahead
        ("On Tuesday, when she set aside a hastily planned trip, the department lifted "
         "its warning.", "2025-01-21"),
    ],
)  # fmt: skip
def test_times_news_time_opening_a_sentence_reads_the_verb_after_the_subject(
    text: str, value: str
) -> None:
    (found,) = find_times(text, PUBLISHED)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He crossed the border days after the killing.", "days", "PXD"),
        ("A grenade went off seconds before the bomb exploded.", "seconds", "PTXS"),
    ],
)
def test_times_news_uncounted_offset_is_some_units(text: str, span: str, value: str) -> None:
    assert _values(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Hate groups grew over the past year.", "the past year", "2024"),
        ("He has been in Bethesda for the last week.", "the last week", "2025-W04"),
        ("Hate groups grew over the past decade.", "the past decade", "P10Y"),
    ],
)
def test_times_news_the_past_period(text: str, span: str, value: str) -> None:
    assert _values(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Unemployment is to be halved by the year 2000.", "the year 2000"),
        ("The approach of the year two thousand worries them.", "the year two thousand"),
    ],
)
def test_times_news_the_year_named(text: str, span: str) -> None:
    assert _values(text) == {span: "2000"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors may soon seek an indictment.", {"soon": "FUTURE_REF"}),
        ('He will present the plan "very soon".', {"very soon": "FUTURE_REF"}),
        ("He was soon released from hospital.", {}),  # soon after something told
        ("He was killed soon after being captured.", {}),
        ("They could leave as soon as the threats end.", {}),
    ],
)
def test_times_news_soon_is_the_future_ahead(text: str, expected: dict[str, str]) -> None:
    assert _values(text) == expected


def test_times_news_ending_the_day_is_the_last_day_reported_even_after_a_year() -> None:
    text = (
        "Shares rose on Friday after a jobs report that showed unemployment at its highest "
        "since 1983. The Dow gained 39 points, ending the day at 8,017."
    )
    found = {text[f.start : f.end]: f for f in find_times(text, date(2009, 4, 4))}
    assert found["the day"].value == found["Friday"].value == "2009-04-03"
    assert found["the day"].anchor == "#0"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire "
         "year.", "2005"),
        # published in January: the fourth quarter just reported is last year's
        ("GM lost $4.8 billion in the fourth quarter and $8.6 billion for the year.", "2024"),
        ("GM expects to earn $2 billion for the year.", "2025"),
    ],
)  # fmt: skip
def test_times_news_the_year_of_the_period_reported(text: str, value: str) -> None:
    (year,) = [f for f in find_times(text, PUBLISHED) if "year" in text[f.start : f.end]]
    assert year.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Sales will not grow over the next couple of years.", "the next couple of years",
         "P2Y"),
        ("Families were split by post-1959 politics.", "post-1959", "1959"),
        ("It was a pre-1990 design.", "pre-1990", "1990"),
    ],
)  # fmt: skip
def test_times_news_couples_and_pre_post_years(text: str, span: str, value: str) -> None:
    assert _values(text)[span] == value


def test_times_news_a_quarter_set_off_by_commas_is_a_fraction() -> None:
    assert _values("It will close 789, or about a quarter, of its 3,200 dealers.") == {}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the sentence reports the nine months: a year back they are in 1988, no quarter
        ("Net rose in the third quarter. For the nine months, net was $5 million, up from "
         "$4 million a year earlier.", "a year earlier", "1988"),
        ("Profit rose in the third quarter. For the nine months, it posted a loss, compared "
         "with year-earlier net income of $9 million.", "year-earlier", "1988"),
        # a quarter named after the span is what the comparison is about
        ("Net rose in the third quarter. After the first half, third-quarter net "
         "fell from $4 million a year ago.", "a year ago", "1988-Q3"),
        ("Net rose in the third quarter. Sales fell from $4 million a year ago.",
         "a year ago", "1988-Q3"),
    ],
)  # fmt: skip
def test_times_news_year_ago_compares_the_span_the_sentence_reports(
    text: str, span: str, value: str
) -> None:
    assert _values(text, REPORTED)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a fiscal quarter told by its last day: the same day a year back
        ("Net rose in the third quarter. For the quarter ended Aug. 12, net was $6 million, "
         "compared with $9 million a year earlier.", "a year earlier", "1988-08-12"),
        # a month reported: that month a year back
        ("Net rose in the third quarter. September sales rose 5% from a year ago.",
         "a year ago", "1988-09"),
        # a date in the sentence before reports something else: the quarter reported stays
        ("Net rose in the third quarter, it said on Oct. 3. Sales fell from $4 million a "
         "year ago.", "a year ago", "1988-Q3"),
        # "two years ago" is counted from publication, not compared
        ("Net rose in September, two years ago.", "two years ago", "1987"),
    ],
)  # fmt: skip
def test_times_news_year_ago_compares_the_period_its_sentence_reports(
    text: str, span: str, value: str
) -> None:
    assert _values(text, REPORTED)[span] == value


def test_times_news_the_quarter_a_year_ago_is_one_time() -> None:
    text = "Net fell in the third quarter. For the quarter a year ago, it earned $5 million."
    found = [(text[f.start : f.end], f.value) for f in find_times(text, REPORTED)]
    assert found == [("the third quarter", "1989-Q3"), ("the quarter a year ago", "1988-Q3")]


def test_times_news_a_quarter_told_as_background_is_not_the_one_reported() -> None:
    text = (
        "Net rose in the third quarter. After a flat second quarter, sales rose. "
        "Charges taken in the year-earlier period hurt, and costs were lower than a year ago."
    )
    values = _values(text, REPORTED)
    assert values["second quarter"] == "1989-Q2"
    assert values["the year-earlier period"] == "1988-Q3"
    assert values["a year ago"] == "1988-Q3"


def test_times_news_quarter_to_quarter_is_no_time() -> None:
    assert "The quarter" not in _values("The quarter-to-quarter comparison improved.", REPORTED)
