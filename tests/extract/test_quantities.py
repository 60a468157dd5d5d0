"""The quantities extractor, one behaviour per test, on sentences built by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract import Pipeline, lookup
from newsledger.extract.quantities import find_quantities
from newsledger.model import Article, Quantity


def _only(text: str, span: str) -> Quantity:
    found = [q for q in find_quantities(text, "t") if q.text == span]
    assert len(found) == 1, [q.text for q in find_quantities(text, "t")]
    return found[0]


def _spans(text: str) -> list[str]:
    return [q.text for q in find_quantities(text, "t")]


@pytest.mark.parametrize(
    ("text", "span", "value", "low", "high"),
    [
        ("They sent 1,500 troops.", "1,500", 1500, 1500, 1500),
        ("It costs 2.5 million.", "2.5 million", 2_500_000, 2_500_000, 2_500_000),
        ("It lost $2bn last year.", "$2bn", 2e9, 2e9, 2e9),
        ("They saw twenty-five people.", "twenty-five", 25, 25, 25),
        ("Two hundred and ten soldiers left.", "Two hundred and ten", 210, 210, 210),
        ("They bought a dozen eggs.", "a dozen", 12, 12, 12),
        ("Half a million people fled.", "Half a million", 500_000, 500_000, 500_000),
        ("It rose 40% this year.", "40%", 40, 40, 40),
        ("It rose 5.4 per cent.", "5.4 per cent", 5.4, 5.4, 5.4),
        ("One in five Americans agree.", "One in five", 20, 20, 20),
        ("Two-thirds of voters agree.", "Two-thirds", 200 / 3, 200 / 3, 200 / 3),
        ("It was minus 5 degrees.", "minus 5 degrees", -5, -5, -5),
        ("He earned 26 cents a share.", "26 cents", 0.26, 0.26, 0.26),
        ("They stole $137-million of jewels.", "$137-million", 137e6, 137e6, 137e6),
        ("The index fell from 10 to 0 points.", "0 points", 0, 0, 0),
    ],
)
def test_quantities_value(text: str, span: str, value: float, low: float, high: float) -> None:
    quantity = _only(text, span)
    assert quantity.value == pytest.approx(value)
    assert quantity.low == pytest.approx(low)
    assert quantity.high == pytest.approx(high)
    assert not quantity.approximate and not quantity.vague


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("It deported more than 5,000 immigrants.", "more than 5,000", 5000, None),
        ("At least 37 people died.", "At least 37", 37, None),
        ("Over 2,400 units were sold.", "Over 2,400", 2400, None),
        ("It carries up to 840 people.", "up to 840", None, 840),
        ("Fewer than 100 came.", "Fewer than 100", None, 100),
        ("As many as 233,000 pages were hit.", "As many as 233,000", None, 233_000),
        ("It will create 1,500 to 2,000 jobs.", "1,500 to 2,000", 1500, 2000),
        ("Between 60 and 100 rioters gathered.", "Between 60 and 100", 60, 100),
        ("Gains of 15-20% are needed.", "15-20%", 15, 20),
        ("Two or three men fled.", "Two or three", 2, 3),
        ("Between 1.5 and 2 million people voted.", "Between 1.5 and 2 million", 1.5e6, 2e6),
        ("Aftershocks varied from 2.8 to 3.8 degrees.", "2.8 to 3.8 degrees", 2.8, 3.8),
        ("They hold a two-to-three-point lead.", "two-to-three-point", 2, 3),
    ],
)
def test_quantities_bounds(text: str, span: str, low: float | None, high: float | None) -> None:
    quantity = _only(text, span)
    assert quantity.value is None
    assert quantity.low == (None if low is None else pytest.approx(low))
    assert quantity.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("There are roughly 2,200 forces there.", "roughly 2,200", 2200),
        ("About 46,000 people crossed.", "About 46,000", 46_000),
        ("Some 400 guests came.", "some 400", 400),
        ("It did an estimated $1 million damage.", "an estimated $1 million", 1e6),
        ("Nearly half of them left.", "Nearly half", 50),
    ],
)
def test_quantities_approximate(text: str, span: str, value: float) -> None:
    quantity = _only(text.replace("Some 400", "some 400"), span)
    assert quantity.approximate
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "span", "low"),
    [
        ("Trump ordered thousands of troops.", "thousands", 2000),
        ("Dozens of people were hurt.", "Dozens", 24),
        ("Hundreds of children gathered.", "Hundreds", 200),
        ("Tens of thousands of people marched.", "Tens of thousands", 20_000),
        ("Hundreds of thousands fled.", "Hundreds of thousands", 200_000),
        ("Several people were hurt.", "Several", 3),
        ("Several hundred soldiers left.", "Several hundred", 300),
        ("A handful of people were inside.", "A handful", 2),
        ("It looks at hundreds of millions of sites.", "hundreds of millions", 2e8),
    ],
)
def test_quantities_vague(text: str, span: str, low: float) -> None:
    quantity = _only(text, span)
    assert quantity.vague
    assert quantity.value is None
    assert quantity.low == pytest.approx(low)
    assert quantity.high is None


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("It cost US$ 40 billion.", "US$ 40 billion", "USD"),
        ("It cost AU$ 12.5 million.", "AU$ 12.5 million", "AUD"),
        ("It cost €3.2 billion.", "€3.2 billion", "EUR"),
        ("It cost £300m.", "£300m", "GBP"),
        ("It cost 9.9 billion yuan.", "9.9 billion yuan", "CNY"),
        ("It cost 500 billion rubles.", "500 billion rubles", "RUB"),
        ("A 700 billion USD bill passed.", "700 billion USD", "USD"),
        ("It retails for $9.99 US dollars.", "$9.99 US dollars", "USD"),
        ("Greece gets a euro110 billion loan.", "euro110 billion", "EUR"),
        ("It cost Rs 500 crore.", "Rs 500 crore", "INR"),
        ("Shares fell 3%.", "3%", "%"),
        ("It is 64 kilometres away.", "64 kilometres", "km"),
        ("He drove 30 miles.", "30 miles", "mi"),
        ("It sailed 150 nautical miles.", "150 nautical miles", "nmi"),
        ("He drove at 120 mph.", "120 mph", "mph"),
        ("The Dow lost 340 points.", "340 points", "point"),
        ("It reached 40 degrees Celsius.", "40 degrees Celsius", "°C"),
        ("It reached 37C.", "37C", "°C"),
        ("A magnitude 6.1 quake hit.", "magnitude 6.1", "magnitude"),
        ("A 6.1-magnitude quake hit.", "6.1-magnitude", "magnitude"),
        ("It carried 20 tonnes of equipment.", "20 tonnes", "t"),
        ("A 33-year-old man was held.", "33-year-old", "age"),
        ("Tara Reid, 33, entered rehab.", "33", "age"),
        ("He died aged 91.", "91", "age"),
        ("She left at the age of 35.", "35", "age"),
        ("Mark Felt was 95.", "95", "age"),
    ],
)
def test_quantities_unit(text: str, span: str, unit: str) -> None:
    assert _only(text, span).unit == unit


@pytest.mark.parametrize(
    ("text", "span", "counted", "head"),
    [
        ("It sent 1,500 active duty troops.", "1,500", "active duty troops", "troops"),
        (
            "There are roughly 2,200 active duty forces.",
            "roughly 2,200",
            "active duty forces",
            "troops",
        ),
        ("About 46,000 people crossed the border.", "About 46,000", "people", "people"),
        (
            "It deported more than 5,000 undocumented immigrants.",
            "more than 5,000",
            "undocumented immigrants",
            "migrants",
        ),
        ("Thousands of active duty troops went.", "Thousands", "active duty troops", "troops"),
        ("60% of the parts are local.", "60%", "parts", "parts"),
        ("It bought 20 of Boeing's larger 777 planes.", "20", "larger 777 planes", "aircraft"),
        ("It cut 10,000 job cuts.", "10,000", "job cuts", "jobs"),
        ("Six AK 47 rifles were seized.", "Six", "AK 47 rifles", "rifles"),
        ("It faced a five-boat attack.", "five-boat", "boat", "boat"),
        ("He served three 10-year sentences.", "three", "10-year sentences", "sentences"),
    ],
)
def test_quantities_counted_after(text: str, span: str, counted: str, head: str) -> None:
    quantity = _only(text, span)
    assert quantity.counted == counted
    assert quantity.counted_head == head
    assert counted in text  # a phrase after the number is the text's own words


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Gunmen killed 37 in the attack.", "37", "people killed"),
        ("Officials said 37 were killed.", "37", "people killed"),
        ("The death toll rose to 45.", "45", "people killed"),
        ("The quake injured almost 50.", "almost 50", "people injured"),
        ("The march left 3 dead.", "3", "people killed"),
        ("Dozens are still missing.", "Dozens", "people missing"),
    ],
)
def test_quantities_counted_by_role(text: str, span: str, counted: str) -> None:
    quantity = _only(text, span)
    assert quantity.counted == counted
    assert quantity.counted_head == "people"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("46,000 people crossed the border.", "46,000"),
        ("One executive order gives them 10 days.", "One"),
        ("Two people were arrested, three others remain at large.", "Two"),
    ],
)
def test_quantities_counted_stops_at_the_verb(text: str, span: str) -> None:
    counted = _only(text, span).counted
    assert counted is not None
    assert not counted.endswith(("crossed", "gives", "were"))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He finished eight fewer than Ford.", "eight"),
        ("It cost $100 million worth of crude oil.", "$100 million"),
        ("Nine voted in favor.", "Nine"),
        ("The Dow lost 340 points.", "340 points"),
    ],
)
def test_quantities_counts_nothing(text: str, span: str) -> None:
    assert _only(text, span).counted is None


@pytest.mark.parametrize(
    ("text", "span", "change"),
    [
        ("Sales rose 43% in February.", "43%", "rise by"),
        ("The index was down 2.62%.", "2.62%", "fall by"),
        ("The toll rose to 45.", "45", "rise to"),
        ("It fell by 5.00% on Monday.", "5.00%", "fall by"),
        ("It saw a 45% drop in sales.", "45%", "fall by"),
        ("It posted an increase of 330.89.", "330.89", "rise by"),
        ("It rose from 14% to 17%.", "14%", "rise from"),
        ("It rose from 14% to 17%.", "17%", "rise to"),
        ("It fell 406.51 points to 16764.09.", "16764.09", "fall to"),
        ("It has 6,246 dealers.", "6,246", None),
        ("Its profit has made up $1.14 per share.", "$1.14", None),
    ],
)
def test_quantities_change(text: str, span: str, change: str | None) -> None:
    assert _only(text, span).change == change


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Posse Comitatus Act, passed in 1878, applies.", "1878"),
        ("Record highs came in 2023.", "2023"),
        ("It gives Northern Command 10 days to plan.", "10"),
        ("He gave them 90 days.", "90"),
        ("The Insurrection Act of 1807 was cited.", "1807"),
        ("They crossed in November 2024.", "2024"),
        ("He spoke at 3 p.m. on Friday.", "3"),
        ("The flight left at 10:30 and landed on January 5.", "5"),
        ("Call 555-1234 for details.", "555"),
        ("Call police on 0845 125 2222.", "125"),
        ("Call 911 now.", "911"),
        ("The Apollo 11 mission landed.", "11"),
        ("COVID-19 cases rose.", "19"),
        ("The F-35 jets flew.", "35"),
        ("Section 427 applies.", "427"),
        ("The 5G network is new.", "5"),
        ("He finished 21st.", "21"),
        ("It peaked in the 1990s.", "1990"),
        ("The Colts beat the Jaguars, 31-24, on Thursday.", "31"),
        ("He lives at 10 Downing Street.", "10"),
        ("Garuda Indonesia Flight 200 crashed.", "200"),
        ("See page 5.", "5"),
        ("No one was injured.", "one"),
        ("It is one of the largest.", "one"),
        ("The trial will take between 60 and 90 days.", "60"),
        ("The Boeing 747 landed.", "747"),
        ("He uses the new iPhone 4.", "4"),
        ("The 787 Dreamliner flew.", "787"),
        ("The three-hour show ran long.", "three"),
        ("He has been in rehab five times.", "five"),
        ("They met at 2045 GMT.", "2045"),
        ("He was charged in the 1967 slayings.", "1967"),
        ("They drove a large four-by-four car.", "four"),
        ("It will be a short, 30-to-60-day process.", "30"),
        ("The first flight of the 777 was in 1994.", "777"),
        ("It shows our One Ford plan is working.", "One"),
        ("It filed day one motions.", "one"),
        ("It was a hit in the nineteen fifties.", "nineteen"),
    ],
)
def test_quantities_not_a_quantity(text: str, absent: str) -> None:
    assert not any(absent in span for span in _spans(text))


def test_quantities_change_by_to_is_not_a_range() -> None:
    assert _spans("The price will be cut by $200 to $399.") == ["$200", "$399"]


def test_quantities_stage_is_registered() -> None:
    spec = lookup("quantities")
    assert spec.name == "newsledger.quantities.v1"
    assert spec.requires == ("sentences",)
    assert spec.produces == ("quantities",)


def test_quantities_stage_ids_and_offsets() -> None:
    text = "First 12 people came. Then 3,000 soldiers left."
    article = Article(id="a1", text=text, language="en")
    analysis = Pipeline(["sentences", "quantities"]).run(article)
    assert [q.text for q in analysis.quantities] == ["12", "3,000"]
    for quantity in analysis.quantities:
        quantity.check_against(text)
        assert quantity.id == f"qty:a1:{quantity.start}-{quantity.end}"


_WORDS = st.sampled_from(
    "the 1,500 troops about more than $ 2bn % per cent thousands of - 33-year-old , . ( ) "
    "twenty five a dozen half in 1878 US$ 40 billion between and to killed were 12 one in "
    "5G COVID-19 roughly up to 3 p.m. 10:30 £ Reid 's".split()
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=25), st.lists(st.sampled_from([" ", "", "  "]), max_size=25))
def test_quantities_spans_are_the_texts_slices(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    for quantity in find_quantities(text, "h"):
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start : quantity.end] == quantity.text
        if quantity.low is not None and quantity.high is not None:
            assert quantity.low <= quantity.high
