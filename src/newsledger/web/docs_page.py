"""The ``/docs`` page: the API's reference, rendered on the server from its OpenAPI document.

FastAPI's own ``/docs`` (Swagger UI) and ``/redoc`` load their script and stylesheet from a
CDN, so on a machine without internet they are blank. This page needs nothing but the
server: it reads the document ``app.openapi()`` returns, uses the UI's layout and inline
style, and escapes every value taken from the document (descriptions may hold any text).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from newsledger.web.errors import CODES, error_body
from newsledger.web.layout import layout, table
from newsledger.web.markup import Html, esc, fmt, join, path_segment
from newsledger.web.openapi_doc import (
    Operation,
    by_tag,
    component_schemas,
    constraints,
    curl,
    needs_bearer,
    operations,
    request_schema,
    resolve,
    type_parts,
)

OPENAPI_HREF = "/openapi.json"
#: The error used to show the pinned error shape (a lookup of an id that is not stored).
EXAMPLE_ERROR = error_body(404, "no story with id 'story:nope'")
#: Inline code in descriptions, written between backticks as in Markdown.
INLINE_CODE = re.compile(r"`([^`]+)`")


def docs_page(document: Mapping[str, Any], *, nonce: str, base: str) -> Html:
    """The whole page; ``base`` is the server's URL as the client reached it, for curl."""
    found = operations(document)
    info = document.get("info") or {}
    body = fmt(
        '<div class="api"><h1>API</h1>'
        '<p class="meta">{title} {version} · OpenAPI {openapi} · generated from '
        '<a href="{href}">{href}</a>, the machine-readable document</p>'
        '<div class="card">{description}</div>'
        "{auth}{errors}{index}{groups}{schemas}</div>",
        title=info.get("title", ""),
        version=info.get("version", ""),
        openapi=document.get("openapi", ""),
        href=OPENAPI_HREF,
        description=prose(str(info.get("description") or "")),
        auth=_auth_section(document, found),
        errors=_errors_section(document),
        index=_index(document, found),
        groups=join(_tag_section(document, tag, ops, base) for tag, ops in by_tag(found)),
        schemas=_schemas_section(document),
    )
    return layout("API", body, nonce=nonce, json_href=OPENAPI_HREF)


def prose(text: str) -> Html:
    """Paragraphs (split at blank lines) with `backtick` spans as code; all text escaped."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return join(fmt("<p>{}</p>", _inline(paragraph)) for paragraph in paragraphs)


def _inline(text: str) -> Html:
    parts: list[Html] = []
    for index, piece in enumerate(INLINE_CODE.split(text)):
        # re.split with one group alternates text (even) and code (odd).
        parts.append(fmt("<code>{}</code>", piece) if index % 2 else esc(piece))
    return join(parts)


def type_html(schema: Mapping[str, Any]) -> Html:
    """A schema's type, with component names linked to their entry under Schemas."""
    return join(
        fmt('<a href="#schema-{}">{}</a>', path_segment(part[0]), part[0])
        if isinstance(part, tuple)
        else esc(part)
        for part in type_parts(schema)
    )


def _method(operation: Operation) -> Html:
    return fmt('<span class="method m-{0}">{1}</span>', operation.method, operation.method.upper())


def _auth_section(document: Mapping[str, Any], found: list[Operation]) -> Html:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    writes = [operation for operation in found if needs_bearer(document, operation)]
    rows = [
        fmt(
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
            name,
            " ".join(str(scheme.get(key)) for key in ("type", "scheme") if scheme.get(key)),
            scheme.get("description", ""),
        )
        for name, scheme in schemes.items()
    ]
    needed = join(
        fmt('<li>{} <a href="#{}"><code>{}</code></a></li>', _method(op), op.anchor, op.path)
        for op in writes
    )
    return fmt(
        '<h2 id="auth">Authentication</h2><div class="card"><p>Reads are open. These endpoints '
        "need the header <code>Authorization: Bearer $TOKEN</code>, where <code>$TOKEN</code> "
        "is the token the server was started with:</p><ul>{needed}</ul>{schemes}</div>",
        needed=needed or Html("<li>none</li>"),
        schemes=table(["Scheme", "Kind", "Description"], rows, empty="No security schemes."),
    )


def _errors_section(document: Mapping[str, Any]) -> Html:
    codes = [
        fmt("<tr><td>{}</td><td><code>{}</code></td></tr>", status, code)
        for status, code in sorted(CODES.items())
    ]
    schema = component_schemas(document).get("ErrorBody")
    shape = (
        fmt("<p>Schema: {}.</p>", type_html({"$ref": "#/components/schemas/ErrorBody"}))
        if isinstance(schema, Mapping)
        else Html("")
    )
    return fmt(
        '<h2 id="errors">Errors</h2><div class="card"><p>Every error, from every route, has '
        "one shape: a stable <code>code</code> to branch on, a <code>message</code> for "
        "people and the HTTP <code>status</code>:</p>"
        '<pre class="example"><code>{example}</code></pre>{shape}{codes}</div>',
        example=json.dumps(EXAMPLE_ERROR, indent=2),
        shape=shape,
        codes=table(["Status", "Code"], codes, empty="No error codes."),
    )


def _index(document: Mapping[str, Any], found: list[Operation]) -> Html:
    rows = [
        fmt(
            '<tr><td>{method}</td><td><a href="#{anchor}"><code>{path}</code></a></td>'
            "<td>{summary}{token}</td></tr>",
            method=_method(op),
            anchor=op.anchor,
            path=op.path,
            summary=_inline(str(op.spec.get("summary") or "")),
            token=Html(' <span class="tag">token</span>') if needs_bearer(document, op) else "",
        )
        for op in found
    ]
    return fmt(
        '<h2 id="endpoints">Endpoints</h2>{}',
        table(["Method", "Path", "Summary"], rows, empty="No endpoints."),
    )


def _tag_section(document: Mapping[str, Any], tag: str, found: list[Operation], base: str) -> Html:
    return fmt(
        '<h2 id="tag-{anchor}">{tag}</h2>{operations}',
        anchor=path_segment(tag),
        tag=tag,
        operations=join(_operation(document, op, base) for op in found),
    )


def _operation(document: Mapping[str, Any], op: Operation, base: str) -> Html:
    token = (
        Html(
            '<p class="meta">Needs <code>Authorization: Bearer $TOKEN</code> '
            '(see <a href="#auth">Authentication</a>).</p>'
        )
        if needs_bearer(document, op)
        else Html("")
    )
    return fmt(
        '<div class="card op" id="{anchor}"><h3>{method} <code>{path}</code></h3>'
        "<p><strong>{summary}</strong></p>{description}{token}{parameters}{request}"
        '{responses}<h4>Example</h4><pre class="example"><code>{curl}</code></pre></div>',
        anchor=op.anchor,
        method=_method(op),
        path=op.path,
        summary=_inline(str(op.spec.get("summary") or "")),
        description=prose(str(op.spec.get("description") or "")),
        token=token,
        parameters=_parameters(op),
        request=_request_body(document, op),
        responses=_responses(op),
        curl=curl(document, op, base),
    )


def _parameters(op: Operation) -> Html:
    parameters = op.spec.get("parameters") or []
    if not parameters:
        return Html("")
    rows = []
    for parameter in parameters:
        schema = parameter.get("schema") or {}
        notes = [str(parameter.get("description") or schema.get("description") or "")]
        rows.append(
            fmt(
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                parameter.get("name", ""),
                parameter.get("in", ""),
                "yes" if parameter.get("required") else "no",
                type_html(schema),
                "; ".join(note for note in notes + constraints(schema) if note),
            )
        )
    return fmt(
        "<h4>Parameters</h4>{}",
        table(["Name", "In", "Required", "Type", "Description"], rows, empty=""),
    )


def _request_body(document: Mapping[str, Any], op: Operation) -> Html:
    schema = request_schema(document, op)
    if schema is None:
        return Html("")
    required = "required" if (op.spec.get("requestBody") or {}).get("required") else "optional"
    return fmt(
        "<h4>Request body</h4><p>JSON ({required}): {type}</p>{description}{fields}",
        required=required,
        type=type_html(schema),
        description=prose(str(resolve(document, schema).get("description") or "")),
        fields=fields_table(resolve(document, schema)),
    )


def _responses(op: Operation) -> Html:
    rows = []
    for status, response in sorted((op.spec.get("responses") or {}).items()):
        media = (response.get("content") or {}).get("application/json") or {}
        schema = media.get("schema")
        rows.append(
            fmt(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                status,
                response.get("description", ""),
                type_html(schema) if isinstance(schema, Mapping) else "",
            )
        )
    return fmt(
        "<h4>Responses</h4>{}",
        table(["Status", "Description", "JSON body"], rows, empty="No responses documented."),
    )


def fields_table(schema: Mapping[str, Any]) -> Html:
    """An object schema's properties: name, type, whether required, description, limits."""
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    rows = [
        fmt(
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            name,
            type_html(field),
            "yes" if name in required else "no",
            "; ".join(
                note for note in [str(field.get("description") or ""), *constraints(field)] if note
            ),
        )
        for name, field in properties.items()
    ]
    if not rows:
        return Html("")
    return table(["Field", "Type", "Required", "Description"], rows, empty="")


def _schemas_section(document: Mapping[str, Any]) -> Html:
    entries = [
        fmt(
            '<div class="card" id="schema-{anchor}"><h3><code>{name}</code></h3>{description}'
            "{fields}</div>",
            anchor=path_segment(name),
            name=name,
            description=prose(str(schema.get("description") or "")),
            fields=fields_table(schema) or fmt("<p>{}</p>", type_html(schema)),
        )
        for name, schema in component_schemas(document).items()
        if isinstance(schema, Mapping)
    ]
    if not entries:
        return Html("")
    return fmt('<h2 id="schemas">Schemas</h2>{}', join(entries))
