"""The one error shape of the web API, and how library errors map onto it.

Every error the server answers, from any route (a missing story, a bad token, a malformed
body, an unknown path, a crash), has exactly this body::

    {"error": {"code": "not_found", "message": "no story with id 'x'", "status": 404}}

``code`` is a stable snake_case word a client can branch on; ``message`` is for people;
``status`` repeats the HTTP status. HTML pages show the same three fields.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from newsledger.errors import (
    InputError,
    NewsledgerError,
    TooLargeError,
    UsageError,
)

#: HTTP status -> stable error code; statuses not listed use ``"error"``.
CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_request",
    500: "internal_error",
}


class ApiError(Exception):
    """An error answered with the pinned shape; raised by views and auth."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}

    @property
    def code(self) -> str:
        return code_for(self.status)


def code_for(status: int) -> str:
    return CODES.get(status, "error")


def error_body(status: int, message: str) -> dict[str, Any]:
    """The pinned error body."""
    return {"error": {"code": code_for(status), "message": message, "status": status}}


def not_found(kind: str, item_id: str) -> ApiError:
    return ApiError(HTTPStatus.NOT_FOUND, f"no {kind} with id {item_id!r}")


def from_library(error: NewsledgerError) -> ApiError:
    """Map a library error onto an HTTP status; the message keeps the library's code."""
    message = f"{error.code}: {error}"
    if isinstance(error, TooLargeError):
        return ApiError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, message)
    if isinstance(error, InputError | UsageError):
        return ApiError(HTTPStatus.BAD_REQUEST, message)
    return ApiError(HTTPStatus.INTERNAL_SERVER_ERROR, message)
