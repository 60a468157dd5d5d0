"""The codec: every model type to a JSON-ready record (a flat-ish ``dict``) and back.

One mapping, used by the store (rows), the Parquet output (columns) and the JSON export
(records), so the three never disagree on a field name or a value's form:

- keys are the dataclass field names, except that a trailing underscore is dropped
  (``Deadline.from_`` is exported as ``"from"``);
- dates are ISO 8601 strings, enums their string values, tuples lists, frozensets sorted lists;
- nested model objects (an Analysis's article and items, a Story's checks) are nested records.

``from_record(kind, record)`` rebuilds the object; ``from_record(kind_of(x), to_record(x)) == x``
for every model object ``x`` (a property test holds the codec to it).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from newsledger.errors import ModelError
from newsledger.model import (
    Analysis,
    Article,
    Attribution,
    Check,
    CheckValue,
    Claim,
    Deadline,
    Entity,
    Mention,
    Quantity,
    Quote,
    Sentence,
    Span,
    Story,
    TimeExpr,
    TimelineEntry,
)

#: Record kinds and the model type each one decodes to.
KINDS: dict[str, type[Any]] = {
    "analysis": Analysis,
    "article": Article,
    "attribution": Attribution,
    "check": Check,
    "check_value": CheckValue,
    "claim": Claim,
    "deadline": Deadline,
    "entity": Entity,
    "mention": Mention,
    "quantity": Quantity,
    "quote": Quote,
    "sentence": Sentence,
    "story": Story,
    "time": TimeExpr,
    "timeline_entry": TimelineEntry,
}

#: Plural names (Analysis layers and JSON export lists) accepted as kinds too.
PLURALS: dict[str, str] = {
    "analyses": "analysis",
    "articles": "article",
    "attributions": "attribution",
    "checks": "check",
    "claims": "claim",
    "deadlines": "deadline",
    "entities": "entity",
    "mentions": "mention",
    "quantities": "quantity",
    "quotes": "quote",
    "sentences": "sentence",
    "stories": "story",
    "times": "time",
    "timeline": "timeline_entry",
}

#: The kind of each Analysis layer's items, in layer order.
LAYER_KINDS: dict[str, str] = {
    "sentences": "sentence",
    "mentions": "mention",
    "times": "time",
    "quantities": "quantity",
    "quotes": "quote",
    "attributions": "attribution",
    "claims": "claim",
    "deadlines": "deadline",
}

_KIND_OF_TYPE: dict[type[Any], str] = {cls: kind for kind, cls in KINDS.items()}

#: Scalar column types a flat record can hold (see ``columns``).
ColumnType = typing.Literal["str", "int", "float", "bool", "date", "strs", "json"]


@dataclass(frozen=True, slots=True)
class Column:
    """One key of a record: its name, the attribute it comes from and its value type.

    ``type`` is "str", "int", "float", "bool", "date" (ISO string in records), "strs" (a list of
    strings) or "json" (anything else, such as nested records).
    """

    name: str
    attr: str
    type: ColumnType
    optional: bool


@dataclass(frozen=True, slots=True)
class _Field:
    column: Column
    encode: Callable[[Any], Any] | None  # None: the value is its own JSON form
    decode: Callable[[Any], Any]
    required: bool
    #: A value of exactly this type is taken as it is (the fast path when reading rows).
    plain: type[Any] | None


@dataclass(frozen=True, slots=True)
class _Plan:
    """How to turn one model type into records and back, worked out once per type."""

    fields: tuple[_Field, ...]
    names: tuple[str, ...]
    getter: Callable[[Any], tuple[Any, ...]]
    encoders: tuple[tuple[str, Callable[[Any], Any]], ...]
    known: frozenset[str]


def kind_of(obj: object) -> str:
    """The record kind of a model object ("mention" for a Mention)."""
    try:
        return _KIND_OF_TYPE[type(obj)]
    except KeyError:
        raise ModelError(
            f"no record kind for {type(obj).__name__}", type=type(obj).__name__
        ) from None


def model_type(kind: str) -> type[Any]:
    """The model type of a record kind; plural names ("times") are accepted."""
    cls = KINDS.get(PLURALS.get(kind, kind))
    if cls is None:
        raise ModelError(f"unknown record kind {kind!r}; kinds are {sorted(KINDS)}", kind=kind)
    return cls


def to_record(obj: object) -> dict[str, Any]:
    """The JSON-ready record of a model object."""
    cls = type(obj)
    make = _RECORDERS.get(cls)
    if make is None:
        make = _RECORDERS[cls] = _recorder(_plan(cls))
    return make(obj)


_RECORDERS: dict[type[Any], Callable[[Any], dict[str, Any]]] = {}


def _recorder(plan: _Plan) -> Callable[[Any], dict[str, Any]]:
    """``to_record`` of one type, written out as a dict display of its field values (encoded
    where they need it and are not None), as ``dataclasses`` writes ``__init__``: a checked
    story's record holds some hundreds of nested records."""
    names = [f"v{n}" for n in range(len(plan.fields))]
    namespace: dict[str, Any] = {"getter": plan.getter}
    entries = []
    for name, field in zip(names, plan.fields, strict=True):
        value = name
        if field.encode is not None:
            namespace[f"encode_{name}"] = field.encode
            value = f"None if {name} is None else encode_{name}({name})"
        entries.append(f"{field.column.name!r}: {value}")
    lines = [
        "def record(obj):",
        f"    {', '.join(names)}, = getter(obj)",
        f"    return {{{', '.join(entries)}}}",
    ]
    exec("\n".join(lines), namespace)
    record: Callable[[Any], dict[str, Any]] = namespace["record"]
    return record


def tuple_encoder(kind: str) -> Callable[[Any], tuple[Any, ...]]:
    """A function from a model object of ``kind`` to its record's values as a tuple, in the
    order of ``columns(kind)``: ``to_record`` without building a dict, for writers that bind
    rows by position (a store writes a hundred items per article)."""
    plan = _plan(model_type(kind))
    getter: Callable[[Any], tuple[Any, ...]] = plan.getter
    encoders = [
        (position, field.encode)
        for position, field in enumerate(plan.fields)
        if field.encode is not None
    ]
    if not encoders:
        return getter

    def encode(obj: Any) -> tuple[Any, ...]:
        values = list(getter(obj))
        for position, encoder in encoders:
            value = values[position]
            if value is not None:
                values[position] = encoder(value)
        return tuple(values)

    return encode


def numbered_rows_encoder(kind: str) -> Callable[[Sequence[Any]], list[tuple[Any, ...]]]:
    """A function from model objects of ``kind`` to their rows: each object's place in the
    sequence, then its ``tuple_encoder`` values (``[(n, *encode(obj)) for n, obj in
    enumerate(objs)]``), looped in C where no value needs encoding and by one generated
    function per object otherwise: a store writes a hundred items per article."""
    plan = _plan(model_type(kind))
    getter: Callable[[Any], tuple[Any, ...]] = plan.getter
    if all(field.encode is None for field in plan.fields):

        def plain(objs: Sequence[Any]) -> list[tuple[Any, ...]]:
            return list(map(operator.add, zip(range(len(objs))), map(getter, objs)))

        return plain
    names = [f"v{n}" for n in range(len(plan.fields))]
    namespace: dict[str, Any] = {"getter": getter}
    values = []
    for name, field in zip(names, plan.fields, strict=True):
        if field.encode is None:
            values.append(name)
        else:
            namespace[f"encode_{name}"] = field.encode
            values.append(f"None if {name} is None else encode_{name}({name})")
    lines = [
        "def row(number, obj):",
        f"    {', '.join(names)}, = getter(obj)",
        f"    return (number, {', '.join(values)})",
    ]
    exec("\n".join(lines), namespace)  # as ``_constructor``: no dict, no list per object
    row: Callable[[int, Any], tuple[Any, ...]] = namespace["row"]

    def encoded(objs: Sequence[Any]) -> list[tuple[Any, ...]]:
        return list(map(row, range(len(objs)), objs))

    return encoded


def from_record(kind: str, record: Mapping[str, Any]) -> Any:
    """Rebuild a model object of ``kind`` from its record.

    Raises:
        ModelError: the record has unknown keys, lacks a required one, or a value of the
            wrong form (a SpanError, a ModelError, when offsets and text disagree).
    """
    cls = model_type(kind)
    plan = _plan(cls)
    if not record.keys() <= plan.known:
        unknown = sorted(str(key) for key in record.keys() - plan.known)
        raise ModelError(
            f"{kind} record has unknown keys: {', '.join(unknown)}", kind=kind, keys=unknown
        )
    values: dict[str, Any] = {}
    for field in plan.fields:
        name = field.column.name
        if name in record:
            value = record[name]
            if value is None:
                if not field.column.optional:
                    raise ModelError(
                        f"{kind} record has null for the required key {name!r}",
                        kind=kind,
                        key=name,
                    )
            elif type(value) is not field.plain:
                value = _decode(kind, field, value)
            values[field.column.attr] = value
        elif field.required:
            raise ModelError(f"{kind} record lacks the key {name!r}", kind=kind, key=name)
    try:
        return cls(**values)
    except TypeError as exc:
        raise ModelError(f"{kind} record is not valid: {exc}", kind=kind) from exc


def from_rows(kind: str, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[Any]:
    """``[from_record(kind, dict(zip(names, row))) for row in rows]``, for many records of one
    kind with the same keys (a store's rows), in a fraction of the time (``from_columns``)."""
    model_type(kind)
    if not rows:
        return []
    return from_columns(kind, names, list(zip(*rows, strict=True)))


def from_columns(kind: str, names: Sequence[str], columns: Sequence[Sequence[Any]]) -> list[Any]:
    """``from_rows`` of the rows' columns (``columns[n]`` holds the values of ``names[n]``).

    The keys are checked once, and the values a column at a time: a column whose values are
    all of their plain type (or None where allowed) needs no decoding, which is the usual
    case. The errors are those of ``from_record``.
    """
    cls = model_type(kind)
    plan = _plan(cls)
    if columns and not columns[0]:
        return []  # no rows
    if not set(names) <= plan.known:
        unknown = sorted(set(names) - plan.known)
        raise ModelError(
            f"{kind} record has unknown keys: {', '.join(unknown)}", kind=kind, keys=unknown
        )
    present = set(names)
    for field in plan.fields:
        if field.required and field.column.name not in present:
            name = field.column.name
            raise ModelError(f"{kind} record lacks the key {name!r}", kind=kind, key=name)
    by_name = {field.column.name: field for field in plan.fields}
    fields = [by_name[name] for name in names]
    values = [
        _decoded_column(kind, field, column) for field, column in zip(fields, columns, strict=True)
    ]
    make = _constructor(cls, tuple(field.column.attr for field in fields))
    try:
        return list(itertools.starmap(make, zip(*values, strict=True)))
    except TypeError as exc:
        raise ModelError(f"{kind} record is not valid: {exc}", kind=kind) from exc


_CONSTRUCTORS: dict[tuple[type[Any], tuple[str, ...]], Callable[..., Any]] = {}


def _constructor(cls: type[Any], attrs: tuple[str, ...]) -> Callable[..., Any]:
    """``lambda *values: cls(**dict(zip(attrs, values)))`` without the dict: the model types
    take keyword arguments only, and reading a story builds a hundred items per article.
    Written out like the dataclass's own ``__init__`` (the names are its field names), or,
    for a span type given every field, like ``model.span.span_factory`` (``_slot_setter``)."""
    found = _CONSTRUCTORS.get((cls, attrs))
    if found is not None:
        return found
    if not all(attr.isidentifier() for attr in attrs):  # pragma: no cover (never, for fields)
        raise ModelError(f"bad field names {attrs!r}")
    names = [f"v{n}" for n in range(len(attrs))]
    keywords = ", ".join(f"{attr}={name}" for attr, name in zip(attrs, names, strict=True))
    namespace: dict[str, Any] = {"cls": cls}
    body = _slot_setter(cls, attrs, names, namespace) or [f"    return cls({keywords})"]
    lines = [f"def make({', '.join(names)}):", *body]
    exec("\n".join(lines).replace("KEYWORDS", keywords), namespace)
    make: Callable[..., Any] = namespace["make"]
    return _CONSTRUCTORS.setdefault((cls, attrs), make)


def _slot_setter(
    cls: type[Any], attrs: tuple[str, ...], names: list[str], namespace: dict[str, Any]
) -> list[str] | None:
    """The body of a constructor of a slotted span type that sets the fields through their
    slots, after the test of ``Span.__post_init__`` (the frozen class's ``__init__`` sets
    each field with ``object.__setattr__`` and then runs that check, which took twice as
    long); an item that fails the test is built by ``cls`` itself, which raises its
    ``SpanError``. None (use ``cls``) for another type, or when fields are left to their
    defaults."""
    fields = dataclasses.fields(cls)
    if (
        not issubclass(cls, Span)
        or getattr(cls, "__post_init__", None) is not Span.__post_init__
        or not hasattr(cls, "__slots__")
        or sorted(attrs) != sorted(field.name for field in fields)
    ):
        return None
    namespace["_new"] = object.__new__
    value = dict(zip(attrs, names, strict=True))
    lines = [
        f"    if not (0 <= {value['start']} <= {value['end']}"
        f" and len({value['text']}) == {value['end']} - {value['start']}):",
        "        return cls(KEYWORDS)",
        "    item = _new(cls)",
    ]
    for attr, name in value.items():
        namespace[f"_set_{attr}"] = _slot(cls, attr).__set__
        lines.append(f"    _set_{attr}(item, {name})")
    lines.append("    return item")
    return lines


def _slot(cls: type[Any], name: str) -> Any:
    """The slot descriptor of field ``name`` (declared by ``cls`` or a base)."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name]
    raise AttributeError(name)  # pragma: no cover (a slotted dataclass has every slot)


def _decoded_column(kind: str, field: _Field, column: Sequence[Any]) -> Sequence[Any]:
    allowed = {field.plain, type(None)} if field.column.optional else {field.plain}
    types = set(map(type, column))
    if types <= allowed:
        return column
    fast = _FAST_COLUMNS.get(field.decode)
    if fast is not None and types <= {str, int}:
        decoded = fast(column)
        if decoded is not None:
            return decoded
    decoded = []
    for value in column:
        if value is None:
            if not field.column.optional:
                name = field.column.name
                raise ModelError(
                    f"{kind} record has null for the required key {name!r}", kind=kind, key=name
                )
        elif type(value) is not field.plain:
            value = _decode(kind, field, value)
        decoded.append(value)
    return decoded


def _bool_column(column: Sequence[Any]) -> list[bool] | None:
    """A column of 0/1 integers (how SQLite hands booleans back) as booleans; None for any
    other column (``_as_bool`` then decodes or rejects each value)."""
    if not set(column) <= {0, 1}:
        return None
    return [value == 1 for value in column]


def _enum_column(members: Mapping[Any, Enum]) -> Callable[[Sequence[Any]], list[Enum] | None]:
    """A decoder of a column of an enum's string values: a dict lookup per value, None when
    a value is not one of them (the enum itself then decodes or rejects each value)."""

    def decode(column: Sequence[Any]) -> list[Enum] | None:
        try:
            return [members[value] for value in column]
        except (KeyError, TypeError):
            return None

    return decode


def columns(kind: str) -> tuple[Column, ...]:
    """The keys of a record of ``kind``, in field order, with their value types."""
    return tuple(f.column for f in _plan(model_type(kind)).fields)


def _decode(kind: str, field: _Field, value: Any) -> Any:
    try:
        return field.decode(value)
    except (TypeError, ValueError, AttributeError) as exc:
        raise ModelError(
            f"{kind} record has a bad value for {field.column.name!r}: {value!r}",
            kind=kind,
            key=field.column.name,
        ) from exc


_PLANS: dict[type[Any], _Plan] = {}


def _plan(cls: type[Any]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        fields = _build_fields(cls)
        attrs = [field.column.attr for field in fields]
        plan = _PLANS[cls] = _Plan(
            fields=fields,
            names=tuple(field.column.name for field in fields),
            # Every model type has at least two fields, so attrgetter returns a tuple.
            getter=operator.attrgetter(*attrs),
            encoders=tuple(
                (field.column.name, field.encode) for field in fields if field.encode is not None
            ),
            known=frozenset(field.column.name for field in fields),
        )
    return plan


def _build_fields(cls: type[Any]) -> tuple[_Field, ...]:
    if cls not in _KIND_OF_TYPE:
        raise ModelError(f"no record kind for {cls.__name__}", type=cls.__name__)
    hints = typing.get_type_hints(cls)
    out = []
    for field in dataclasses.fields(cls):
        hint = hints[field.name]
        inner, optional = _unwrap_optional(hint)
        encode, decode, column_type = _converters(inner)
        has_default = (
            field.default is not dataclasses.MISSING
            or field.default_factory is not dataclasses.MISSING
        )
        name = field.name.rstrip("_")
        column = Column(name=name, attr=field.name, type=column_type, optional=optional)
        plain = inner if inner in (str, int, float, bool) else None
        encoder = None if encode is _identity else encode
        out.append(_Field(column, encoder, decode, required=not has_default, plain=plain))
    return tuple(out)


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(args) == 1 and len(typing.get_args(hint)) == 2:
            return args[0], True
    return hint, False


def _identity(value: Any) -> Any:
    return value


def _converters(hint: Any) -> tuple[Callable[[Any], Any], Callable[[Any], Any], ColumnType]:
    """Encoder, decoder and column type for one (non-optional) field type."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is str:
        return _identity, _as_str, "str"
    if hint is bool:
        return _identity, _as_bool, "bool"
    if hint is int:
        return _identity, _as_int, "int"
    if hint is float:
        return _identity, _as_float, "float"
    if hint is date:
        return date.isoformat, date.fromisoformat, "date"
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum_value, hint, "str"
    if isinstance(hint, type) and hint in _KIND_OF_TYPE:
        kind = _KIND_OF_TYPE[hint]
        return to_record, functools.partial(_nested, kind), "json"
    if origin is frozenset and args == (str,):
        return sorted, lambda value: frozenset(map(_as_str, value)), "strs"
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        encode_one, decode_one, one_type = _converters(args[0])
        return (
            list if encode_one is _identity else (lambda value: [encode_one(v) for v in value]),
            lambda value: tuple(decode_one(v) for v in _as_list(value)),
            "strs" if one_type == "str" else "json",
        )
    if origin is tuple and args:
        pairs = [_converters(arg) for arg in args]
        return (
            lambda value: [enc(v) for (enc, _, _), v in zip(pairs, value, strict=True)],
            lambda value: tuple(
                dec(v) for (_, dec, _), v in zip(pairs, _as_list(value), strict=True)
            ),
            "json",
        )
    raise TypeError(f"the codec cannot map the type {hint!r}")  # a model change needs a codec one


def _nested(kind: str, value: Any) -> Any:
    if not isinstance(value, Mapping):
        raise TypeError(f"expected a {kind} record")
    return from_record(kind, value)


#: An enum member's value (without the ``Enum.value`` property's Python-level lookup: the
#: store encodes one per entity mention and time).
_enum_value: Callable[[Enum], Any] = operator.attrgetter("_value_")


def _as_str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _as_bool(value: Any) -> bool:
    # SQLite and some Parquet readers hand booleans back as 0/1.
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise TypeError("expected a boolean")


def _as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected an integer")
    return value


def _as_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("expected a number")
    return float(value)


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, str | bytes | Mapping):
        raise TypeError("expected a list")
    return list(value)


#: Whole-column decoders by a field's value decoder, for columns a store hands back in a form
#: other than their plain type (booleans as 0/1, enums as their values): decoding a column at
#: a time, not a value at a time, when reading a story back.
_FAST_COLUMNS: dict[Callable[[Any], Any], Callable[[Sequence[Any]], list[Any] | None]] = {
    _as_bool: _bool_column,
}


def _register_enum_columns() -> None:
    for cls in KINDS.values():
        for hint in typing.get_type_hints(cls).values():
            inner, _ = _unwrap_optional(hint)
            if isinstance(inner, type) and issubclass(inner, Enum):
                _FAST_COLUMNS[inner] = _enum_column(inner._value2member_map_)


_register_enum_columns()
