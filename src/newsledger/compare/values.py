"""Comparing two stated figures: equal, compatible at the stated precision, or incompatible.

The rules follow what a careful reader does (and the verdict rules of the crosscheck-dev
annotation): exact figures must be equal; an approximate figure ("roughly 2,200") allows its
rounding; a bound ("more than 5,000"), a range or a vague magnitude ("thousands") is *vaguer*
than an exact figure it allows, and *conflicts* with one it excludes.
"""

from __future__ import annotations

import math
from dataclasses import replace

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

#: Relative difference within which two figures stated in different units agree after
#: conversion: reporters round a converted figure ("30 miles" -> "48km", 0.6% apart;
#: "120 mph" -> "193 km/h", 0.06%). One percent covers rounding to the stated digits.
CONVERSION_TOLERANCE = 0.01

#: Units converted to one unit of their dimension before figures are compared: unit ->
#: (common unit, factor). The common units are those US news uses.
CONVERSIONS: dict[str, tuple[str, float]] = {
    "km": ("mi", 0.621371),
    "nmi": ("mi", 1.150779),
    "m": ("ft", 3.280840),
    "yd": ("ft", 3.0),
    "cm": ("in", 0.393701),
    "mm": ("in", 0.0393701),
    "km/h": ("mph", 0.621371),
    "kph": ("mph", 0.621371),
    "km2": ("mi2", 0.386102),
    "m2": ("ft2", 10.763910),
    "ha": ("acre", 2.471054),
    "kg": ("lb", 2.204623),
    "g": ("oz", 0.035274),
    "l": ("gal", 0.264172),
}

Interval = tuple[float, float]


def common_unit(unit: str | None) -> str | None:
    """The unit a figure is compared in ("km" -> "mi"); None for a bare number."""
    if not unit:
        return None
    return CONVERSIONS.get(unit, (unit, 1.0))[0]


def converted(quantity: Quantity) -> Quantity:
    """The figure in its dimension's common unit (unchanged when already in it)."""
    target = CONVERSIONS.get(quantity.unit or "")
    if target is None:
        return quantity
    unit, factor = target
    return replace(
        quantity,
        unit=unit,
        value=None if quantity.value is None else quantity.value * factor,
        low=None if quantity.low is None else quantity.low * factor,
        high=None if quantity.high is None else quantity.high * factor,
    )


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
    if a.unit != b.unit and common_unit(a.unit) == common_unit(b.unit):
        return _compare_converted(converted(a), converted(b))
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


def _compare_converted(a: Quantity, b: Quantity) -> Verdict:
    """Figures stated in two units: equal within the rounding of a conversion."""
    widened = [_widened(a), _widened(b)]
    return compare_quantities(*widened) if a.vague or b.vague else _compare_widened(*widened)


def _widened(quantity: Quantity) -> Quantity:
    """A converted figure as the interval its rounding allows."""
    if quantity.vague:
        return quantity
    low, high = interval(quantity)
    slack = CONVERSION_TOLERANCE / 2
    return replace(
        quantity,
        low=None if math.isinf(low) else low * (1 - slack),
        high=None if math.isinf(high) else high * (1 + slack),
    )


def _compare_widened(a: Quantity, b: Quantity) -> Verdict:
    low_a, high_a = _bounds(a)
    low_b, high_b = _bounds(b)
    if not (low_a <= high_b and low_b <= high_a):
        return Verdict.CONFLICT
    if a.approximate != b.approximate or (a.value is None) != (b.value is None):
        return Verdict.VAGUER
    if a.value is not None and b.value is not None:
        return Verdict.AGREE if _close(a.value, b.value) else Verdict.VAGUER
    # two bounds or ranges: the same when their ends are ("up to 120 mph" / "up to 193 km/h")
    same_low = (a.low is None) == (b.low is None) and _close(a.low, b.low)
    same_high = (a.high is None) == (b.high is None) and _close(a.high, b.high)
    return Verdict.AGREE if same_low and same_high else Verdict.VAGUER


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= CONVERSION_TOLERANCE * max(abs(a), abs(b))


def _bounds(quantity: Quantity) -> Interval:
    low = quantity.low if quantity.low is not None else -math.inf
    high = quantity.high if quantity.high is not None else math.inf
    return low, high


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
