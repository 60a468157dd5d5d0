"""The web UI and REST API over a Ledger (``newsledger serve``).

``create_app`` builds the FastAPI application; ``serve`` runs it with uvicorn. Both need the
``web`` extra (``pip install 'newsledger[web]'``), imported only when called, so
``import newsledger`` and ``import newsledger.web`` stay light.

Routes: HTML pages ``/``, ``/stories/{id}``, ``/articles``, ``/articles/{id}``,
``/entities``, ``/search?q=``; their JSON twins under ``/api``; ``POST /api/articles``
(bearer token); OpenAPI at ``/docs`` and ``/openapi.json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsledger.errors import require
from newsledger.web.auth import TOKEN_ENV

if TYPE_CHECKING:
    from fastapi import FastAPI

    from newsledger.web.views import LedgerLike

__all__ = ["TOKEN_ENV", "create_app", "serve"]


def create_app(ledger: LedgerLike, *, token: str | None = None) -> FastAPI:
    """The web application over ``ledger``.

    Args:
        ledger: the ``newsledger.api.Ledger`` to read and write.
        token: the bearer token write endpoints require; None refuses every write.

    Raises:
        OptionalDependencyError: fastapi is not installed.
        UsageError: ``token`` is empty.
    """
    require("fastapi", "web")
    from newsledger.web.app import build_app
    from newsledger.web.auth import validate_token

    return build_app(ledger, token=validate_token(token))


def serve(
    ledger: LedgerLike,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    log_level: str = "info",
) -> None:
    """Serve the web UI and API until interrupted.

    Raises:
        OptionalDependencyError: fastapi or uvicorn is not installed.
    """
    uvicorn = require("uvicorn", "web")
    app = create_app(ledger, token=token)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
