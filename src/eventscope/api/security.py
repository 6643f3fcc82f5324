"""Request hardening: a body size limit, security headers and the bearer-token check.

* :class:`BodyLimitMiddleware` answers 413 before reading a body over the limit (by its
  ``Content-Length``), and stops reading a chunked body as soon as it passes the limit
  (a body under the limit is buffered, then handed on).
* :class:`SecurityHeadersMiddleware` adds a strict Content-Security-Policy (every asset is
  bundled, so ``'self'`` only), ``nosniff`` and ``no-referrer`` to every response.
* :class:`AllowedHostsMiddleware` answers a ``Host`` header outside the allowed names with
  400 ``E606`` in the API's JSON error shape (Starlette's TrustedHostMiddleware answers
  plain text).
* :func:`check_token` compares the ``Authorization: Bearer`` token in constant time.

Example:
    >>> check_token("Bearer s3cret", "s3cret")
    >>> check_token("Bearer wrong", "s3cret")
    Traceback (most recent call last):
    ...
    eventscope.api.errors.UnauthorizedError: [E602] the bearer token is not valid
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import BodyTooLargeError, ForbiddenError, UnauthorizedError, error_body

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
NO_TOKEN_MESSAGE = (
    "writes are disabled because no API token is configured; set `api_token` in the "
    "config file or the EVENTSCOPE_API_TOKEN environment variable and restart the server"
)


def check_token(authorization: str | None, expected: str | None) -> None:
    """Raise unless ``authorization`` is ``Bearer <expected>`` (constant-time comparison)."""
    if not expected:
        raise ForbiddenError(detail=NO_TOKEN_MESSAGE)
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise UnauthorizedError(detail="send the API token as `Authorization: Bearer <token>`")
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise UnauthorizedError(detail="the bearer token is not valid")


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413 (pure ASGI, before any parsing)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(send)
            return
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        body = await self._read_body(receive)
        if body is None:
            await self._refuse(send)
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()  # waits for the client's disconnect
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole body, or ``None`` as soon as it passes the limit (bodies are small)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _refuse(self, send: Send) -> None:
        message = f"the request body is over the limit of {self.max_bytes:,} bytes"
        body = json.dumps(error_body(BodyTooLargeError.code, message)).encode()
        headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def host_name(header: str) -> str:
    """The host of a ``Host`` header, without its port (``[::1]:8000`` -> ``[::1]``).

    >>> host_name("127.0.0.1:8000"), host_name("[::1]:8000"), host_name("LocalHost")
    ('127.0.0.1', '[::1]', 'localhost')
    """
    header = header.strip().lower()
    if header.startswith("["):
        return header[: header.find("]") + 1] if "]" in header else header
    return header.split(":", 1)[0]


class AllowedHostsMiddleware:
    """Refuse requests whose ``Host`` is not one of ``allowed_hosts`` (400, JSON ``E606``)."""

    def __init__(self, app: ASGIApp, *, allowed_hosts: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = frozenset(host_name(host) for host in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = next((v for n, v in scope.get("headers", ()) if n == b"host"), b"")
        name = host_name(header.decode("latin-1"))
        if name in self.allowed:
            await self.app(scope, receive, send)
            return
        message = (
            f"the Host header {name!r} is not served here; use one of "
            f"{', '.join(sorted(self.allowed))} (or start the server with --host)"
        )
        body = json.dumps(error_body("E606", message)).encode()
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 400, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class SecurityHeadersMiddleware:
    """Add :data:`SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[Any] = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [pair for pair in SECURITY_HEADERS if pair[0] not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
