"""The FastAPI application: REST endpoints under ``/api``, HTML pages, one error shape.

Imported only through ``newsledger.web.create_app``, which checks the ``web`` extra first.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Mapping
from datetime import date
from functools import partial
from http import HTTPStatus
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger import __version__
from newsledger.web import auth, schemas
from newsledger.web.article_page import article_page
from newsledger.web.docs_page import docs_page
from newsledger.web.errors import ApiError, code_for, error_body
from newsledger.web.layout import article_href, error_page
from newsledger.web.markup import Html
from newsledger.web.pages import articles_page, entities_page, search_page, stories_page
from newsledger.web.schemas import ErrorBody
from newsledger.web.story_page import story_page
from newsledger.web.views import LedgerLike, Views

log = logging.getLogger(__name__)

#: Items per page of a list when the client does not say.
DEFAULT_LIMIT = 100
#: Largest page a client may ask for: keeps one response bounded on a large store.
MAX_LIMIT = 1000
#: Default and largest number of search results.
DEFAULT_SEARCH_LIMIT = 20
MAX_SEARCH_LIMIT = 200
#: Largest article text accepted by POST /api/articles, in characters: the readers' default
#: size limit for one input (10 MB), so the API takes what ``newsledger ingest`` takes.
MAX_TEXT_CHARS = 10_000_000
#: Largest request body, in bytes: the text limit plus room for JSON escaping and metadata.
MAX_BODY_BYTES = 2 * MAX_TEXT_CHARS

#: Headers on every response; HTML pages add a Content-Security-Policy with a nonce.
SECURITY_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

#: Pages may only run their own nonce-tagged inline style and script: even if ingested text
#: ever escaped into markup, a browser would not run it.
CSP = (
    "default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

DESCRIPTION = """\
Read the stories, articles, entities and cross-checks of a newsledger store.

Every HTML page of the web UI has a JSON twin here (the same view). Every error has the
shape `{"error": {"code": "...", "message": "...", "status": 404}}`. Writes need
`Authorization: Bearer <token>` (start the server with `newsledger serve --token ...` or set
`NEWSLEDGER_TOKEN`).
"""

#: Reads the bearer token for the write endpoints (and documents the scheme in OpenAPI); a
#: missing token is answered by ``auth``, in the pinned error shape.
BEARER = HTTPBearer(auto_error=False, description="the server's API token")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


class ArticleIn(BaseModel):
    """One article to ingest, as text with optional metadata."""

    model_config = ConfigDict(
        extra="forbid",
        # Shown by /docs as the curl example's body.
        json_schema_extra={
            "examples": [
                {
                    "text": "Officials said on Monday that 1,500 troops will go to the border.",
                    "source": "Example Wire",
                    "title": "Troops sent to the border",
                    "published": "2024-05-06",
                }
            ]
        },
    )

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="the article body")
    source: str | None = Field(default=None, description="the outlet, e.g. The Independent")
    title: str | None = None
    url: str | None = None
    published: date | None = Field(default=None, description="publication date, ISO 8601")


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorBody} for status in statuses}


def build_app(ledger: LedgerLike, *, token: str | None) -> FastAPI:
    views = Views(ledger)
    app = FastAPI(
        title="newsledger",
        version=__version__,
        description=DESCRIPTION,
        # FastAPI's Swagger UI and ReDoc load from a CDN (blank offline): /docs is our own page.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    _install_error_handlers(app)
    _install_headers(app)
    app.include_router(_api_router(views, token))
    app.include_router(_page_router(views))
    app.include_router(_docs_router(app))
    return app


# -- REST API ---------------------------------------------------------------------------------


def _api_router(views: Views, token: str | None) -> APIRouter:
    router = APIRouter(prefix="/api", responses=_errors(422, 500))
    check_token = auth.token_checker(token)

    def writer(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
    ) -> None:
        check_token(credentials.credentials if credentials is not None else None)

    @router.get(
        "/articles",
        tags=["articles"],
        summary="List articles (metadata, no text)",
        response_model=schemas.ArticleListView,
    )
    def list_articles(limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        return JSONResponse(views.articles(limit=limit, offset=offset))

    @router.get(
        "/articles/{article_id:path}",
        tags=["articles"],
        summary="An article, its text and every extracted item with its offsets",
        response_model=schemas.ArticleView,
        responses=_errors(404),
    )
    def get_article(article_id: str) -> JSONResponse:
        return JSONResponse(views.article(article_id))

    @router.post(
        "/articles",
        tags=["articles"],
        summary="Ingest one article (needs the bearer token)",
        status_code=HTTPStatus.CREATED,
        response_model=schemas.IngestView,
        responses={
            200: {
                "model": schemas.IngestView,
                "description": "the article was already stored; nothing changed",
            },
            **_errors(400, 401, 403, 413),
        },
        dependencies=[Depends(writer)],
    )
    def post_article(body: ArticleIn) -> JSONResponse:
        view = views.ingest(
            body.text,
            source=body.source,
            title=body.title,
            url=body.url,
            published=body.published,
        )
        return JSONResponse(
            view,
            status_code=HTTPStatus.CREATED if view["created"] else HTTPStatus.OK,
            headers={"Location": "/api" + article_href(view["article"]["id"])},
        )

    @router.get(
        "/stories",
        tags=["stories"],
        summary="List stories with their verdict counts",
        response_model=schemas.StoryListView,
    )
    def list_stories(limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        return JSONResponse(views.stories(limit=limit, offset=offset))

    @router.get(
        "/stories/{story_id:path}",
        tags=["stories"],
        summary="A story: checks with each value's sentence, timeline, quotes, entities",
        response_model=schemas.StoryView,
        responses=_errors(404),
    )
    def get_story(story_id: str) -> JSONResponse:
        return JSONResponse(views.story(story_id))

    @router.get(
        "/entities",
        tags=["entities"],
        summary="Entities merged across articles",
        response_model=schemas.EntityListView,
    )
    def list_entities(limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        return JSONResponse(views.entities(limit=limit, offset=offset))

    @router.get(
        "/search",
        tags=["articles"],
        summary="Full-text search over article texts and titles",
        response_model=schemas.SearchView,
        responses=_errors(400),
    )
    def search(
        q: Annotated[str, Query(description="words to look for", examples=["border troops"])],
        limit: Annotated[int, Query(ge=1, le=MAX_SEARCH_LIMIT)] = DEFAULT_SEARCH_LIMIT,
    ) -> JSONResponse:
        return JSONResponse(views.search(q, limit=limit))

    @router.get(
        "/export",
        tags=["export"],
        summary="The JSON export (schema newsledger/1; `newsledger schema` prints its JSON Schema)",
        response_model=dict[str, Any],
    )
    def export() -> JSONResponse:
        return JSONResponse(views.export())

    return router


# -- HTML pages ---------------------------------------------------------------------------------


def _page_router(views: Views) -> APIRouter:
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @router.get("/")
    def home(limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> HTMLResponse:
        return _page(stories_page, views.stories(limit=limit, offset=offset))

    @router.get("/stories/{story_id:path}")
    def story(story_id: str) -> HTMLResponse:
        return _page(story_page, views.story(story_id))

    @router.get("/articles")
    def articles(limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> HTMLResponse:
        return _page(articles_page, views.articles(limit=limit, offset=offset))

    @router.get("/articles/{article_id:path}")
    def article(article_id: str) -> HTMLResponse:
        return _page(article_page, views.article(article_id))

    @router.get("/entities")
    def entities(limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> HTMLResponse:
        return _page(entities_page, views.entities(limit=limit, offset=offset))

    @router.get("/search")
    def search(q: str = "") -> HTMLResponse:
        view = views.search(q, limit=DEFAULT_SEARCH_LIMIT) if q.strip() else None
        return _page(search_page, view)

    return router


def _docs_router(app: FastAPI) -> APIRouter:
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @router.get("/docs")
    def docs(request: Request) -> HTMLResponse:
        base = str(request.base_url).rstrip("/")
        return _page(partial(docs_page, base=base), app.openapi())

    return router


def _page(
    render: Callable[..., Html], view: Mapping[str, Any] | None, *, status: int = 200
) -> HTMLResponse:
    nonce = secrets.token_urlsafe(16)
    return HTMLResponse(
        render(view, nonce=nonce),
        status_code=status,
        headers={"Content-Security-Policy": CSP.format(nonce=nonce)},
    )


# -- errors and headers -------------------------------------------------------------------------


def _wants_html(request: Request) -> bool:
    """Errors under /api (and of the OpenAPI document) are JSON; page errors are pages."""
    path = request.url.path
    return not (path == "/api" or path.startswith(("/api/", "/openapi.json")))


def _error_response(
    request: Request, status: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    if _wants_html(request):
        nonce = secrets.token_urlsafe(16)
        page = error_page(status, code_for(status), message, nonce=nonce)
        return HTMLResponse(
            page,
            status_code=status,
            headers={**(headers or {}), "Content-Security-Policy": CSP.format(nonce=nonce)},
        )
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


def _http_message(request: Request, status: int, detail: Any) -> str:
    if status == HTTPStatus.NOT_FOUND:
        return f"nothing at {request.url.path}"
    if status == HTTPStatus.METHOD_NOT_ALLOWED:
        return f"{request.method} is not allowed on {request.url.path}"
    return str(detail) if detail else HTTPStatus(status).phrase


def _validation_message(error: RequestValidationError) -> str:
    problems = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem.get("loc", ()))
        problems.append(f"{where}: {problem.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(problems)


def _install_error_handlers(app: FastAPI) -> None:
    async def on_api_error(request: Request, error: Exception) -> Response:
        if not isinstance(error, ApiError):
            raise error
        return _error_response(request, error.status, error.message, error.headers)

    async def on_http_error(request: Request, error: Exception) -> Response:
        if not isinstance(error, StarletteHTTPException):
            raise error
        message = _http_message(request, error.status_code, error.detail)
        return _error_response(request, error.status_code, message, error.headers)

    async def on_invalid(request: Request, error: Exception) -> Response:
        if not isinstance(error, RequestValidationError):
            raise error
        return _error_response(request, HTTPStatus.UNPROCESSABLE_ENTITY, _validation_message(error))

    async def on_crash(request: Request, error: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error_response(
            request, HTTPStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has details"
        )

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_invalid)
    app.add_exception_handler(Exception, on_crash)


def _install_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > MAX_BODY_BYTES:
            response = _error_response(
                request,
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"request body over {MAX_BODY_BYTES:,} bytes",
            )
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response
