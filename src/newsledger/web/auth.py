"""Who may write: a bearer token compared in constant time.

Reads are open (the UI is for browsing); every write endpoint needs
``Authorization: Bearer <token>``. A server started without a token refuses writes with 403
and says how to set one, rather than accepting them from anyone.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from http import HTTPStatus

from newsledger.errors import UsageError
from newsledger.web.errors import ApiError

#: Environment variable the ``serve`` command reads the token from.
TOKEN_ENV = "NEWSLEDGER_TOKEN"

WRITES_DISABLED = (
    "writes are disabled: this server has no API token; start it with "
    f"`newsledger serve --token TOKEN` or set the environment variable {TOKEN_ENV}"
)
MISSING_TOKEN = "this endpoint needs a token: send the header 'Authorization: Bearer <token>'"
WRONG_TOKEN = "the bearer token is not valid"

#: Sent with every 401 so clients know which scheme to use (RFC 6750).
CHALLENGE = {"WWW-Authenticate": "Bearer"}


def validate_token(token: str | None) -> str | None:
    """The token as configured, or None; an empty or blank token is a usage error (it would
    look configured while protecting nothing)."""
    if token is None:
        return None
    if not token.strip():
        raise UsageError("the API token is empty; pass a non-empty --token or unset it")
    return token


def token_checker(token: str | None) -> Callable[[str | None], None]:
    """A check that raises ApiError unless ``given`` is the configured token."""
    expected = token.encode("utf-8") if token is not None else None

    def check(given: str | None) -> None:
        if expected is None:
            raise ApiError(HTTPStatus.FORBIDDEN, WRITES_DISABLED)
        if given is None:
            raise ApiError(HTTPStatus.UNAUTHORIZED, MISSING_TOKEN, headers=CHALLENGE)
        # Constant time: the comparison must not tell an attacker how many leading bytes match.
        if not hmac.compare_digest(given.encode("utf-8"), expected):
            raise ApiError(HTTPStatus.UNAUTHORIZED, WRONG_TOKEN, headers=CHALLENGE)

    return check
