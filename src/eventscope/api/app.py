"""The FastAPI application: REST API under ``/api``, the dashboard at ``/``, docs at ``/docs``.

``create_app(store=..., settings=...)`` wires injected objects only (no globals), so tests
pass an in-memory store and a fake pipeline. Static files come from the package's
``web/static`` folder only (Starlette refuses paths that resolve outside it).

Example:
    >>> from eventscope.settings import Settings
    >>> from eventscope.store import open_store
    >>> app = create_app(store=open_store(":memory:"), settings=Settings())
    >>> sorted(app.openapi()["paths"])[:2]
    ['/api/articles', '/api/articles/{article_id}']
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..settings import Settings
from ..store import Store
from . import routes_read, routes_report, routes_write
from .errors import install_error_handlers
from .security import AllowedHostsMiddleware, BodyLimitMiddleware, SecurityHeadersMiddleware
from .state import ApiState, PipelineFactory

# JSON framing and the optional fields around an article's text.
BODY_OVERHEAD = 64 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class ApiOptions:
    """``max_body_bytes``: request body limit (default: ``max_article_bytes`` + 64 KiB);
    ``cors_origins``: origins allowed to call the API from a browser (default none: CORS off);
    ``allowed_hosts``: accepted ``Host`` headers (default any; ``serve`` on a loopback address
    accepts only loopback names, which defeats DNS-rebinding pages);
    ``query_timeout``: seconds a read query may run before it is stopped (503, ``E501``);
    ``readers``: read queries run at once (default: one per CPU core; more would only share
    the cores), each on a pooled connection of its own; a request waits for a free one at
    most ``query_timeout`` seconds.
    """

    max_body_bytes: int | None = None
    cors_origins: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ()
    query_timeout: float | None = 10.0
    readers: int | None = None


def static_dir() -> Path:
    """The bundled dashboard assets (a real folder: the package is installed unzipped)."""
    return Path(str(resources.files("eventscope").joinpath("web", "static")))


def create_app(
    *,
    store: Store,
    settings: Settings,
    pipeline_factory: PipelineFactory | None = None,
    options: ApiOptions | None = None,
) -> FastAPI:
    """Build the app over ``store``; the pipeline is built by ``pipeline_factory`` on first POST."""
    options = options or ApiOptions()
    state = ApiState(
        store=store,
        settings=settings,
        pipeline_factory=pipeline_factory,
        readers=options.readers or os.cpu_count() or 2,
        query_timeout=options.query_timeout,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="eventscope",
        version=__version__,
        description="Political event data coded from English news (CAMEO/PLOVER).",
        docs_url=None,  # the bundled Swagger UI page below: FastAPI's pulls it from a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.eventscope = state
    install_error_handlers(app)
    app.include_router(routes_read.router)
    app.include_router(routes_report.router)
    app.include_router(routes_write.router)
    _mount_dashboard(app, static_dir())
    _add_middleware(app, options, settings)
    return app


def _add_middleware(app: FastAPI, options: ApiOptions, settings: Settings) -> None:
    """CORS and host checks when configured, then the body limit and security headers (the
    last added runs first on a request)."""
    if options.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(options.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    if options.allowed_hosts:
        app.add_middleware(AllowedHostsMiddleware, allowed_hosts=options.allowed_hosts)
    limit = options.max_body_bytes or settings.max_article_bytes + BODY_OVERHEAD
    app.add_middleware(BodyLimitMiddleware, max_bytes=limit)
    app.add_middleware(SecurityHeadersMiddleware)


def _mount_dashboard(app: FastAPI, folder: Path) -> None:
    app.mount("/static", StaticFiles(directory=folder), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(folder / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(folder / "docs.html", media_type="text/html")
