"""The HTTP protocol ``eventscope serve`` runs: uvicorn's h11 protocol with two changes.

* Malformed HTTP gets the API's JSON error shape: uvicorn answers a request h11 cannot parse
  with a plain-text "Invalid HTTP request received."; here it is
  ``{"error": {"code": "E607", "message": ...}}`` (still 400, connection closed).
* A header-read timeout: a connection must deliver a whole request head within
  ``header_timeout`` seconds (of connecting, or of the previous response), else it is
  answered 408 ``E609`` and closed. uvicorn's ``timeout_keep_alive`` only covers an idle
  connection, and is cancelled by the first byte, so a client sending a header a byte at
  a time could hold a connection for ever. A head still incomplete past h11's 16 KiB
  buffer is malformed (E607).

Example:
    >>> json_error(400, "E607", "bad").splitlines()[0]
    b'HTTP/1.1 400 Bad Request'
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0
KEEP_ALIVE_TIMEOUT = 5
INVALID_REQUEST = "the request is not valid HTTP/1.1 (malformed request line or headers)"


def json_error(status: int, code: str, message: str) -> bytes:
    """A complete HTTP/1.1 response (closing the connection) with the API's error body."""
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    reason = {400: "Bad Request", 408: "Request Timeout"}.get(status, "Error")
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class JsonH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with JSON error replies and a header-read timeout."""

    header_timeout = HEADER_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._watch_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.transport.is_closing():  # already answered (e.g. E607): the rest is noise
            return
        super().data_received(data)
        self._watch_head()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch_head()

    def send_400_response(self, msg: str) -> None:
        self._stop_head_timer()
        if self.transport.is_closing():
            return
        self.transport.write(json_error(400, "E607", INVALID_REQUEST))
        self.transport.close()

    def _watch_head(self) -> None:
        """Run the timer while the client owes a request head (h11: their state IDLE)."""
        waiting = self.conn.their_state is h11.IDLE and not self.transport.is_closing()
        if waiting and self._head_timer is None:
            self._head_timer = self.loop.call_later(self.header_timeout, self._head_timed_out)
        elif not waiting:
            self._stop_head_timer()

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        if self.conn.our_state is h11.IDLE:  # nothing sent on this cycle: a reply fits
            message = f"no complete request head within {self.header_timeout:g} s"
            self.transport.write(json_error(408, "E609", message))
        self.transport.close()
