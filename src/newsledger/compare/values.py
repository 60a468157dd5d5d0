"""Comparing two stated figures: equal, compatible at the stated precision, or incompatible.

The rules follow what a careful reader does (and the verdict rules of the crosscheck-dev
annotation): exact figures must be equal; an approximate figure ("roughly 2,200") allows its
rounding; a bound ("more than 5,000"), a range or a vague magnitude ("thousands") is *vaguer*
than an exact figure it allows, and *conflicts* with one it excludes.
"""

from __future__ import annotations

import math

from newsledger.model import Quantity, Verdict

#: Relative slack an approximate figure allows ("about 300" covers 285-315). Calibrated on
#: crosscheck-dev (about 15 miles / 15 miles agree; roughly 2,200 / 2,500 in the example is
#: a conflict the texts state, 13% apart).
APPROX_RELATIVE_TOLERANCE = 0.05

#: A vague magnitude word covers this many powers of ten above its base: "thousands" (low
#: 2,000 -> base 1,000) allows 1,000 up to 999,999; "dozens" (low 24 -> base 10) 10 to 9,999.
VAGUE_SPAN_POWERS = 3

#: Relative difference below which two exact figures are one figure rounded (1,500 vs 1,500.0).
EXACT_EPSILON = 1e-9

Interval = tuple[float, float]


def interval(quantity: Quantity) -> Interval:
    """The values a stated figure allows, as a closed interval (infinite when open)."""
    if quantity.vague:
        base = _vague_base(quantity.low if quantity.low is not None else quantity.value)
        return base, base * 10**VAGUE_SPAN_POWERS - 1
    if quantity.value is not None:
        slack = _approx_slack(quantity.value) if quantity.approximate else 0.0
        return quantity.value - slack, quantity.value + slack
    low = quantity.low if quantity.low is not None else -math.inf
    high = quantity.high if quantity.high is not None else math.inf
    return low, high


def is_exact(quantity: Quantity) -> bool:
    return quantity.value is not None and not quantity.vague and not quantity.approximate


def is_point(quantity: Quantity) -> bool:
    """A single stated number, exact or approximate (not a bound, range or vague word)."""
    return quantity.value is not None and not quantity.vague


def compare_quantities(a: Quantity, b: Quantity) -> Verdict:
    """AGREE, VAGUER or CONFLICT for two figures said to be about the same thing."""
    low_a, high_a = interval(a)
    low_b, high_b = interval(b)
    if is_point(a) and is_point(b) and a.value is not None and b.value is not None:
        if a.approximate == b.approximate:
            if _same(a.value, b.value):
                return Verdict.AGREE
            if not a.approximate:
                return Verdict.CONFLICT
        # "about 300" is vaguer than "300" (and than "about 290"): compatible but looser
        overlap = low_a <= high_b and low_b <= high_a
        return Verdict.VAGUER if overlap else Verdict.CONFLICT
    if not (low_a <= high_b and low_b <= high_a):
        return Verdict.CONFLICT
    if (low_a, high_a) == (low_b, high_b):
        return Verdict.AGREE
    return Verdict.VAGUER


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= EXACT_EPSILON * max(1.0, abs(a), abs(b))


def _approx_slack(value: float) -> float:
    """How far an approximate figure may be from the truth: its rounding unit or 5%."""
    magnitude = abs(value)
    unit = 1.0
    if magnitude >= 10 and float(magnitude).is_integer():
        number = int(magnitude)
        while number and number % 10 == 0:
            number //= 10
            unit *= 10
    return max(unit / 2, APPROX_RELATIVE_TOLERANCE * magnitude)


def _vague_base(low: float | None) -> float:
    if low is None or low <= 0:
        return 1.0
    return float(10 ** math.floor(math.log10(low)))


def value_text(quantity: Quantity) -> str:
    """The figure as the text states it, without what it counts ("roughly 2,200")."""
    text = quantity.text.strip()
    counted = quantity.counted
    if counted and text.endswith(counted) and len(text) > len(counted):
        text = text[: -len(counted)].rstrip()
        if text.endswith(" of"):
            text = text[:-3]
    return text.strip(" ,")
