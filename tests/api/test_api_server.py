"""Error replies in one JSON shape, and the header-read timeout (issue 14 item 8)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from fastapi.testclient import TestClient
from test_api_data import seed
from test_api_security import make_client

from eventscope.api import ApiOptions, create_app
from eventscope.api.server import JsonH11Protocol
from eventscope.settings import Settings
from eventscope.store import open_store


class QuickHeadProtocol(JsonH11Protocol):
    header_timeout = 0.5


def error_of(raw: bytes) -> tuple[int, dict]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, json.loads(body)["error"]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, int]]:
    """A real uvicorn server on a free loopback port, with the protocol ``serve`` uses."""
    store = open_store(":memory:")
    seed(store)
    app = create_app(store=store, settings=Settings())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, http=QuickHeadProtocol, ws="none", log_level="critical"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield "127.0.0.1", port
    running.should_exit = True
    thread.join(10)
    store.close()


def exchange(address: tuple[str, int], data: bytes, *, pause: float = 0.0) -> bytes:
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(data)
        time.sleep(pause)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GARBAGE\r\n\r\n",
        b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n",
        b"GET /api/health HTTP/1.1\r\n\r\n",  # HTTP/1.1 without its mandatory Host
    ],
)
def test_malformed_http_gets_the_json_error_shape(server, request_bytes) -> None:
    status, error = error_of(exchange(server, request_bytes))
    assert status == 400 and error["code"] == "E607"
    assert "not valid HTTP/1.1" in error["message"]


def test_a_request_head_that_never_ends_is_cut_off(server) -> None:
    start = time.monotonic()
    raw = exchange(server, b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a")
    status, error = error_of(raw)
    assert status == 408 and error["code"] == "E609"
    assert 0.4 < time.monotonic() - start < 8


def test_a_silent_connection_is_cut_off(server) -> None:
    raw = exchange(server, b"")
    assert error_of(raw) == (
        408,
        {"code": "E609", "message": "no complete request head within 0.5 s"},
    )


def test_whole_requests_are_served_and_kept_alive(server) -> None:
    request = b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    with socket.create_connection(server, timeout=10) as sock:
        for _ in range(2):  # the timer restarts after each response
            sock.sendall(request)
            reply = b""
            while b'"writes"' not in reply:
                reply += sock.recv(65536)
            assert reply.startswith(b"HTTP/1.1 200")
            time.sleep(0.3)


def test_a_foreign_host_header_is_a_json_400() -> None:
    store = open_store(":memory:")
    app = create_app(
        store=store, settings=Settings(), options=ApiOptions(allowed_hosts=("127.0.0.1", "[::1]"))
    )
    with TestClient(app, base_url="http://127.0.0.1") as client:
        rebound = client.get("/api/health", headers={"Host": "attacker.example:80"})
        ipv6 = client.get("/api/health", headers={"Host": "[::1]:8000"})
    assert rebound.status_code == 400
    error = rebound.json()["error"]
    assert error["code"] == "E606" and "'attacker.example' is not served here" in error["message"]
    assert ipv6.status_code == 200


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b'{"text": "Azerbaijan met China.",}', "at character 33"),
        (b"{not json", "at character 1"),
        (b'{"text": "unterminated', "not valid json"),
    ],
)
def test_a_body_that_is_not_json_is_a_clear_400(body, words) -> None:
    with make_client(token="t") as client:
        response = client.post(
            "/api/articles",
            content=body,
            headers={"Authorization": "Bearer t", "Content-Type": "application/json"},
        )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "E608" and "the request body is not valid JSON" in error["message"]
    assert words in error["message"].lower()
