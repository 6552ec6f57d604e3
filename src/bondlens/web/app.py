"""Building the web app: middleware, templates, routes and the one error handler."""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from bondlens import __version__, messages
from bondlens.checkins import SCALE
from bondlens.config import Settings
from bondlens.entries import KINDS, SAFETY_WORDS
from bondlens.errors import BondlensError, Conflict, InvalidInput, Locked, NotFound
from bondlens.journal import Journal
from bondlens.render import ago, format_when, label, safety_text
from bondlens.web.security import SecurityMiddleware

HERE = Path(__file__).resolve().parent
log = logging.getLogger("bondlens.web")

#: Set by ``bondlens serve`` for its worker processes: the secret every form carries.
SECRET_ENV = "BONDLENS_WEB_SECRET"

STATUS = {InvalidInput: 400, NotFound: 404, Conflict: 409, Locked: 503}


def status_for(exc: BondlensError) -> int:
    for kind, status in STATUS.items():
        if isinstance(exc, kind):
            return status
    return 500


def score(value: float) -> str:
    """An average rating for people: 4, not 4.0; 3.5 stays 3.5."""
    return f"{value:.1f}".removesuffix(".0")


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.auto_reload = False  # templates ship with the package: never re-check the files
    env.globals.update(
        KINDS=KINDS,
        SAFETY_WORDS=SAFETY_WORDS,
        version=__version__,
        M=messages,
        SCALE=SCALE,
    )
    env.filters.update(label=label, when=format_when, ago=ago, safety=safety_text, score=score)
    return templates


def create_app(settings: Settings, journal: Journal | None = None) -> FastAPI:
    """The app for one journal. ``journal`` may be passed in (tests share one)."""
    app = FastAPI(
        title="bondlens",
        version=__version__,
        summary="The local bondlens journal: entries and people.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.journal = journal or Journal(settings)
    app.state.csrf = os.environ.get(SECRET_ENV) or secrets.token_urlsafe(32)
    app.state.templates = make_templates()
    app.add_middleware(SecurityMiddleware)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    from bondlens.web.api import router as api_routes
    from bondlens.web.belief_pages import router as belief_routes
    from bondlens.web.care_pages import router as care_routes
    from bondlens.web.data_pages import router as data_routes
    from bondlens.web.help_pages import router as help_routes
    from bondlens.web.learn_pages import router as learn_routes
    from bondlens.web.lens_pages import router as lens_routes
    from bondlens.web.notes import router as note_routes
    from bondlens.web.pages import router as page_routes
    from bondlens.web.path_pages import router as path_routes
    from bondlens.web.people_pages import router as people_routes
    from bondlens.web.safety_api import router as safety_api_routes
    from bondlens.web.safety_pages import router as safety_routes
    from bondlens.web.summary_pages import router as summary_routes

    app.include_router(api_routes)
    app.include_router(safety_api_routes)
    app.include_router(page_routes)
    app.include_router(people_routes)
    app.include_router(note_routes)
    app.include_router(lens_routes)
    app.include_router(path_routes)
    app.include_router(belief_routes)
    app.include_router(data_routes)
    app.include_router(safety_routes)
    app.include_router(care_routes)
    app.include_router(help_routes)
    app.include_router(learn_routes)
    app.include_router(summary_routes)
    _handle_errors(app)
    return app


def from_environment() -> FastAPI:
    """The app for one worker process of ``bondlens serve --workers N``."""
    app = create_app(Settings.load())
    start_reading(app)
    settle()
    return app


def start_reading(app: FastAPI) -> None:
    """Read entries still waiting (from an import, or the command line) in the background."""
    from bondlens.reading import read_at_start

    read_at_start(app.state.journal)


def settle() -> None:
    """Before serving: move everything loaded so far out of the garbage collector's way.

    The app's modules, templates and routes live as long as the process; freezing them
    keeps the collector's pauses short, which is most of the slowest page views.
    """
    import gc

    gc.collect()
    gc.freeze()


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_page(request: Request, status: int, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    context: dict[str, Any] = {"message": message, "status": status, "nav": ""}
    return templates.TemplateResponse(request, "error.html", context, status_code=status)


def _handle_errors(app: FastAPI) -> None:
    """The one place errors become pages (or JSON under /api) — never a stack trace."""

    @app.exception_handler(BondlensError)
    async def bondlens_error(request: Request, exc: BondlensError) -> Response:
        return error_page(request, status_for(exc), exc.message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = {
            404: messages.WEB_NOT_FOUND,
            405: messages.WEB_NOT_FOUND,
            403: messages.WEB_FORBIDDEN,
        }.get(exc.status_code, str(exc.detail))
        return error_page(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        if wants_json(request):
            problems = [
                {"field": ".".join(str(p) for p in err["loc"][1:]), "problem": err["msg"]}
                for err in exc.errors()
            ]
            return JSONResponse(
                {"error": messages.WEB_BAD_REQUEST, "problems": problems}, status_code=422
            )
        return error_page(request, 400, messages.WEB_BAD_REQUEST)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_page(request, 500, messages.WEB_UNEXPECTED)
