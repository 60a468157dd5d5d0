"""``codec.from_rows`` builds span items through their slots: the same items, the same errors."""

from __future__ import annotations

import pytest

from newsledger.errors import SpanError
from newsledger.model import Claim, EntityType, Mention
from newsledger.store.codec import from_rows, to_record

MENTION = Mention(
    article="a", start=4, end=10, text="Warsaw", id="m1", type=EntityType.PLACE, name="Warsaw"
)


def test_codec_slots_build_the_constructors_item() -> None:
    record = to_record(MENTION)
    (item,) = from_rows("mention", list(record), [tuple(record.values())])
    assert item == MENTION
    assert type(item) is Mention
    assert (hash(item), repr(item)) == (hash(MENTION), repr(MENTION))


def test_codec_slots_take_the_columns_in_any_order() -> None:
    record = to_record(MENTION)
    names = sorted(record)
    (item,) = from_rows("mention", names, [tuple(record[name] for name in names)])
    assert item == MENTION


def test_codec_slots_leave_missing_optional_columns_to_their_defaults() -> None:
    names = ["article", "start", "end", "text", "id"]
    (claim,) = from_rows("claim", names, [("a", 0, 6, "Troops", "c1")])
    assert claim == Claim(article="a", start=0, end=6, text="Troops", id="c1")


@pytest.mark.parametrize(
    ("start", "end", "text", "message"),
    [
        (5, 4, "", "are not ordered"),
        (-1, 2, "abc", "are not ordered"),
        (0, 2, "abc", "does not have length 2"),
    ],
)
def test_codec_slots_raise_the_span_error(start: int, end: int, text: str, message: str) -> None:
    record = {**to_record(MENTION), "start": start, "end": end, "text": text}
    with pytest.raises(SpanError, match=message):
        from_rows("mention", list(record), [tuple(record.values())])
