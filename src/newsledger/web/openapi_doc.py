"""Reading an OpenAPI 3 document for the ``/docs`` page: operations, types, examples, curl.

Pure functions over the plain dict ``FastAPI.openapi()`` returns, so the page documents
whatever the application declares (no route is named here). Nothing here escapes: the page
module escapes every value it takes from these results.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: HTTP methods in the order a reader meets them (reads before writes).
METHODS: tuple[str, ...] = ("get", "head", "post", "put", "patch", "delete", "options")

#: Where ``$ref`` pointers to reusable schemas start.
SCHEMA_REF_PREFIX = "#/components/schemas/"

#: Schema keywords worth a reader's attention, with how each is shown.
CONSTRAINTS: tuple[tuple[str, str], ...] = (
    ("default", "default {}"),
    ("minimum", "≥ {}"),
    ("exclusiveMinimum", "> {}"),
    ("maximum", "≤ {}"),
    ("exclusiveMaximum", "< {}"),
    ("minLength", "length ≥ {}"),
    ("maxLength", "length ≤ {}"),
    ("minItems", "items ≥ {}"),
    ("maxItems", "items ≤ {}"),
    ("pattern", "matches {}"),
)

#: A path template's parameters, e.g. ``{story_id}``.
PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Operation:
    """One method on one path, with the document's entry for it."""

    path: str
    method: str
    spec: Mapping[str, Any]

    @property
    def anchor(self) -> str:
        """A stable fragment id: the operationId, else the method and path."""
        operation_id = self.spec.get("operationId")
        if operation_id:
            return f"op-{operation_id}"
        return "op-" + re.sub(r"[^A-Za-z0-9_-]+", "-", f"{self.method}{self.path}").strip("-")

    @property
    def tag(self) -> str:
        tags = self.spec.get("tags") or ["other"]
        return str(tags[0])


def operations(document: Mapping[str, Any]) -> list[Operation]:
    """Every operation, in the document's path order, methods in ``METHODS`` order."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item, Mapping) and isinstance(item.get(method), Mapping):
                found.append(Operation(str(path), method, item[method]))
    return found


def by_tag(found: list[Operation]) -> list[tuple[str, list[Operation]]]:
    """Operations grouped by their first tag, groups in order of first appearance."""
    groups: dict[str, list[Operation]] = {}
    for operation in found:
        groups.setdefault(operation.tag, []).append(operation)
    return list(groups.items())


def ref_name(schema: Mapping[str, Any]) -> str | None:
    """The component name a ``$ref`` schema points to, if it points into components."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
        return ref[len(SCHEMA_REF_PREFIX) :]
    return None


def resolve(document: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """``schema`` with one level of ``$ref`` followed (unknown refs stay as they are)."""
    name = ref_name(schema)
    if name is None:
        return schema
    target = component_schemas(document).get(name)
    return target if isinstance(target, Mapping) else schema


def component_schemas(document: Mapping[str, Any]) -> Mapping[str, Any]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    return schemas if isinstance(schemas, Mapping) else {}


def type_parts(schema: Mapping[str, Any]) -> list[str | tuple[str]]:
    """A schema's type as words; a 1-tuple marks a component name (the page links it)."""
    name = ref_name(schema)
    if name is not None:
        return [(name,)]
    for union in ("anyOf", "oneOf"):
        if isinstance(schema.get(union), list):
            parts: list[str | tuple[str]] = []
            for index, option in enumerate(schema[union]):
                if index:
                    parts.append(" or ")
                parts.extend(type_parts(option))
            return parts
    kind = schema.get("type")
    if kind == "array":
        return ["array of ", *type_parts(schema.get("items") or {})]
    if kind == "object" and isinstance(schema.get("additionalProperties"), Mapping):
        return ["object of ", *type_parts(schema["additionalProperties"])]
    if "enum" in schema:
        return ["one of " + ", ".join(json.dumps(value) for value in schema["enum"])]
    if "const" in schema:
        return [json.dumps(schema["const"])]
    words = str(kind) if kind else "any"
    return [f"{words} ({schema['format']})" if schema.get("format") else words]


def constraints(schema: Mapping[str, Any]) -> list[str]:
    """The schema's limits and default, as short phrases."""
    return [
        phrase.format(json.dumps(schema[key]) if key in {"default", "pattern"} else schema[key])
        for key, phrase in CONSTRAINTS
        if key in schema
    ]


def needs_bearer(document: Mapping[str, Any], operation: Operation) -> bool:
    """Whether the operation requires an HTTP bearer token (its own or the global rule)."""
    requirements = operation.spec.get("security", document.get("security")) or []
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for requirement in requirements:
        for name in requirement:
            scheme = schemes.get(name) or {}
            if scheme.get("type") == "http" and str(scheme.get("scheme")).lower() == "bearer":
                return True
    return False


def request_schema(document: Mapping[str, Any], operation: Operation) -> Mapping[str, Any] | None:
    """The JSON request body's schema, if the operation takes one."""
    content = (operation.spec.get("requestBody") or {}).get("content") or {}
    media = content.get("application/json")
    if not isinstance(media, Mapping) or not isinstance(media.get("schema"), Mapping):
        return None
    return dict(media["schema"])


def example_value(document: Mapping[str, Any], schema: Mapping[str, Any], name: str) -> Any:
    """An example for one value: the schema's own example, its default, else a placeholder."""
    schema = resolve(document, schema)
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    if "example" in schema:
        return schema["example"]
    if "default" in schema:
        return schema["default"]
    return placeholder(name)


def placeholder(name: str) -> str:
    """A shell variable standing for a value the reader fills in, e.g. ``$STORY_ID``."""
    return "$" + re.sub(r"[^A-Za-z0-9_]", "_", name).upper()


def example_body(document: Mapping[str, Any], schema: Mapping[str, Any]) -> Any:
    """An example request body: the schema's example, else its required fields' examples."""
    resolved = resolve(document, schema)
    examples = resolved.get("examples")
    properties = resolved.get("properties") or {}
    example = examples[0] if isinstance(examples, list) and examples else resolved.get("example")
    if isinstance(example, Mapping):
        # Fields in the schema's order (the document may hold the example's keys sorted).
        order = {name: index for index, name in enumerate(properties)}
        return dict(sorted(example.items(), key=lambda item: order.get(item[0], len(order))))
    if example is not None:
        return example
    return {
        name: example_value(document, properties[name], name)
        for name in resolved.get("required") or []
        if name in properties
    }


def _shell_quote(text: str) -> str:
    """Single-quote ``text`` for a POSIX shell."""
    return "'" + text.replace("'", "'\\''") + "'"


def curl(document: Mapping[str, Any], operation: Operation, base: str) -> str:
    """A curl command for the operation; path parameters and the token are shell variables."""
    path = PATH_PARAMETER.sub(lambda match: placeholder(match.group(1)), operation.path)
    query = _required_query(operation)
    # GET is curl's default; -G sends --data-urlencode pairs as the query string.
    method = "" if operation.method == "get" else f"-X {operation.method.upper()} "
    lines = [f'curl -sS {"-G " if query else ""}{method}"{base}{path}"']
    for parameter in query:
        name = str(parameter["name"])
        value = example_value(document, parameter.get("schema") or {}, name)
        pair = f"{name}={value}"
        # A placeholder must stay a shell variable; a literal example is quoted as is.
        lines.append(
            "--data-urlencode "
            + (f'"{pair}"' if value == placeholder(name) else _shell_quote(pair))
        )
    if needs_bearer(document, operation):
        lines.append('-H "Authorization: Bearer $TOKEN"')
    schema = request_schema(document, operation)
    if schema is not None:
        body = json.dumps(example_body(document, schema), ensure_ascii=False, indent=2)
        lines.append('-H "Content-Type: application/json"')
        lines.append("-d " + _shell_quote(body))
    return " \\\n  ".join(lines)


def _required_query(operation: Operation) -> list[Mapping[str, Any]]:
    return [
        parameter
        for parameter in operation.spec.get("parameters") or []
        if parameter.get("in") == "query" and parameter.get("required")
    ]
