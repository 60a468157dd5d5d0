"""The extraction records whose dataclass ``__init__`` is written by hand (``init=False``, so
that the compiled build makes it native code) take the parameters the generated one would:
the fields, in order, with their defaults. A field added to the class but not to its
``__init__`` fails here rather than being silently left unset."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from newsledger.extract.entities import _Sentence
from newsledger.extract.quantity.counted import Counted
from newsledger.extract.quantity.numbers import Core
from newsledger.extract.quantity.scan import Found as QuantityFound
from newsledger.extract.quantity.scan import _Figure
from newsledger.extract.timex.draft import Context, Draft
from newsledger.extract.timex.scan import Found as TimeFound
from newsledger.extract.timex.scan import _Hit
from newsledger.extract.who.kinds import Typed
from newsledger.extract.who.names import Candidate
from newsledger.extract.who.sources import Source
from newsledger.extract.who.statement import Finding

WRITTEN: tuple[type, ...] = (
    _Sentence,
    Counted,
    Core,
    QuantityFound,
    _Figure,
    Context,
    Draft,
    TimeFound,
    _Hit,
    Typed,
    Candidate,
    Source,
    Finding,
)


@pytest.mark.parametrize("cls", WRITTEN, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_written_init_takes_the_fields_with_their_defaults(cls: type) -> None:
    init = cls.__init__
    if not inspect.isfunction(init):
        pytest.skip("compiled build: a native __init__ has no Python signature to read")
    parameters = list(inspect.signature(init).parameters.values())[1:]  # after self
    fields = dataclasses.fields(cls)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        if field.default is not dataclasses.MISSING:
            assert parameter.default == field.default, field.name
        elif field.default_factory is not dataclasses.MISSING:
            assert parameter.default is None, field.name  # None stands for a fresh default
        else:
            assert parameter.default is inspect.Parameter.empty, field.name


def test_a_default_factory_field_gets_a_fresh_value_each_time() -> None:
    first, second = Candidate([]), Candidate([])
    assert first.evidence == set() and first.evidence is not second.evidence
