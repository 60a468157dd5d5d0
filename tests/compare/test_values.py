"""Comparing two figures at the precision their texts state."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.compare.values import compare_quantities, value_text
from newsledger.model import Quantity, Verdict


def _q(text: str = "x", **fields: Any) -> Quantity:
    return Quantity(article="a", start=0, end=len(text), text=text, id="q", **fields)


EXACT_2500 = {"value": 2500.0, "low": 2500.0, "high": 2500.0}
ROUGHLY_2200 = {"value": 2200.0, "low": 2200.0, "high": 2200.0, "approximate": True}
THOUSANDS = {"value": None, "low": 2000.0, "vague": True}
EXACT_1500 = {"value": 1500.0, "low": 1500.0, "high": 1500.0}


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (EXACT_2500, EXACT_2500, Verdict.AGREE),
        (EXACT_2500, ROUGHLY_2200, Verdict.CONFLICT),
        (EXACT_1500, THOUSANDS, Verdict.VAGUER),
        ({"value": 150.0}, THOUSANDS, Verdict.CONFLICT),
        ({"value": 300.0, "approximate": True}, {"value": 300.0}, Verdict.VAGUER),
        ({"value": 310.0}, {"value": 300.0, "approximate": True}, Verdict.VAGUER),
        (ROUGHLY_2200, ROUGHLY_2200, Verdict.AGREE),
        ({"value": None, "low": 100.0}, {"value": None, "high": 120.0}, Verdict.VAGUER),
        ({"value": None, "low": 5000.0}, {"value": 4000.0}, Verdict.CONFLICT),
        ({"value": None, "low": 40.0, "high": 50.0}, {"value": 45.0}, Verdict.VAGUER),
        ({"value": 6.0}, {"value": 14.0}, Verdict.CONFLICT),
    ],
)
def test_values_compare_quantities(a: dict[str, Any], b: dict[str, Any], verdict: Verdict) -> None:
    assert compare_quantities(_q(**a), _q(**b)) == verdict
    assert compare_quantities(_q(**b), _q(**a)) == verdict


@pytest.mark.parametrize(
    ("text", "counted", "expected"),
    [
        ("roughly 2,200 active duty forces", "active duty forces", "roughly 2,200"),
        ("thousands of active duty troops", "active duty troops", "thousands"),
        ("1,500", None, "1,500"),
    ],
)
def test_values_value_text(text: str, counted: str | None, expected: str) -> None:
    assert value_text(_q(text, value=1.0, counted=counted)) == expected


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ({"value": 30.0, "unit": "mi"}, {"value": 48.0, "unit": "km"}, Verdict.AGREE),
        (
            {"value": None, "high": 120.0, "unit": "mph"},
            {"value": None, "high": 193.0, "unit": "km/h"},
            Verdict.AGREE,
        ),
        (
            {"value": None, "low": 100.0, "unit": "mph"},
            {"value": None, "high": 193.0, "unit": "km/h"},
            Verdict.VAGUER,
        ),
        (
            {"value": 15.0, "unit": "mi", "approximate": True},
            {"value": 24.0, "unit": "km", "approximate": True},
            Verdict.AGREE,
        ),
        ({"value": 170000.0, "unit": "ft2"}, {"value": 15800.0, "unit": "m2"}, Verdict.AGREE),
        ({"value": 15.0, "unit": "mi"}, {"value": 30.0, "unit": "km"}, Verdict.CONFLICT),
        ({"value": 50.0, "unit": "mi"}, {"value": 24.0, "unit": "km"}, Verdict.CONFLICT),
    ],
)
def test_values_compare_across_units(
    a: dict[str, Any], b: dict[str, Any], verdict: Verdict
) -> None:
    def exact(fields: dict[str, Any]) -> dict[str, Any]:
        if fields["value"] is not None and not fields.get("approximate"):
            return {"low": fields["value"], "high": fields["value"], **fields}
        return fields

    assert compare_quantities(_q(**exact(a)), _q(**exact(b))) == verdict
