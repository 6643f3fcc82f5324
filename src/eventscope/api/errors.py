"""API errors: every failure becomes ``{"error": {"code": ..., "message": ...}}`` with a 4xx/5xx.

Internal errors are logged with their traceback server-side and answered with a generic
message (no stack traces, paths or SQL leak to clients).

Example:
    >>> BadParameterError("limit", detail="must be <= 500").status
    400
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import (
    ArticleError,
    ConfigError,
    EventscopeError,
    InputTooLargeError,
    QueryTimeoutError,
)

LOG = logging.getLogger("eventscope.api")


class ApiError(EventscopeError):
    """Base of the errors the API answers with; ``status`` is the HTTP status code."""

    code = "E600"
    status = 500
    template = "{detail}"


class BadParameterError(ApiError):
    code = "E601"
    status = 400


class NotFoundError(ApiError):
    code = "E604"
    status = 404


class UnauthorizedError(ApiError):
    code = "E602"
    status = 401


class ForbiddenError(ApiError):
    code = "E603"
    status = 403


class BodyTooLargeError(ApiError):
    code = "E613"
    status = 413


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def error_response(status: int, code: str, message: str, **headers: str) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status, headers=headers or None)


def _status_of(error: EventscopeError) -> int:
    if isinstance(error, ApiError):
        return error.status
    if isinstance(error, QueryTimeoutError):
        return 503  # the query was stopped at its time limit; the server is fine
    if isinstance(error, ConfigError):
        return 400  # a filter value the library refused (bad country code, bad period)
    if isinstance(error, InputTooLargeError):
        return 413  # over the article size limit: the same limit as the CLI's
    if isinstance(error, ArticleError):
        return 422  # the posted article cannot be coded (empty, too large, not English)
    return 500


async def _eventscope_error(request: Request, error: Exception) -> JSONResponse:
    if not isinstance(error, EventscopeError):
        return await _internal_error(request, error)
    status = _status_of(error)
    if status == 500:
        return await _internal_error(request, error)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
    # ``reason`` is the message without the item prefix: it names request values only.
    return error_response(status, error.code, error.reason, **headers)


async def _validation_error(request: Request, error: Exception) -> JSONResponse:
    problems = error.errors() if isinstance(error, RequestValidationError) else []
    broken = next((p for p in problems if p.get("type") == "json_invalid"), None)
    if broken is not None:  # FastAPI says "body.9: JSON decode error"
        return error_response(400, "E608", _json_message(broken))
    parts = []
    for problem in problems:
        where = ".".join(str(part) for part in problem.get("loc", ()) if part not in ("query",))
        parts.append(f"{where}: {problem.get('msg', 'invalid value')}")
    message = "; ".join(parts) or "invalid request"
    return error_response(400, BadParameterError.code, message)


def _json_message(problem: dict[str, Any]) -> str:
    where = [part for part in problem.get("loc", ()) if isinstance(part, int)]
    reason = str((problem.get("ctx") or {}).get("error") or "not valid JSON")
    at = f" at character {where[0]}" if where else ""
    return f"the request body is not valid JSON ({reason.lower()}{at}); send a JSON object"


async def _http_error(request: Request, error: Exception) -> JSONResponse:
    status = error.status_code if isinstance(error, StarletteHTTPException) else 500
    if status == 404:
        return error_response(404, NotFoundError.code, "no such page or resource")
    if status == 405:
        return error_response(405, "E605", f"method {request.method} is not allowed here")
    detail = getattr(error, "detail", None) or "request refused"
    return error_response(status, f"E{status}", str(detail))


async def _internal_error(request: Request, error: Exception) -> JSONResponse:
    LOG.error("internal error on %s %s", request.method, request.url.path, exc_info=error)
    return error_response(500, ApiError.code, "internal server error; see the server log")


def install_error_handlers(app: FastAPI) -> None:
    """Route every error through one JSON shape (see module docstring)."""
    app.add_exception_handler(EventscopeError, _eventscope_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)
