"""REST API hardening: bad parameters, injection strings, traversal, body limit, tokens."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from test_api_data import FakePipeline, seed

from eventscope.api import ApiOptions, create_app
from eventscope.settings import Settings
from eventscope.store import StoreOptions, open_store

TOKEN = "correct-horse-battery-staple"
INJECTIONS = ("' OR 1=1 --", '"; DROP TABLE events; --', "AZE' --", "%' OR '1'='1")


def make_client(*, token=None, read_only=False, max_body=None, tmp_path=None, pipeline=None):
    if read_only:
        path = str(tmp_path / "ro.duckdb")
        with open_store(path) as writer:
            seed(writer)
        store = open_store(path, options=StoreOptions(read_only=True))
    else:
        store = open_store(":memory:")
        seed(store)
    fake = pipeline or FakePipeline()
    app = create_app(
        store=store,
        settings=Settings(api_token=token),
        pipeline_factory=lambda settings: fake,
        options=ApiOptions(max_body_bytes=max_body),
    )
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client():
    with make_client() as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("/api/events?country=AZ1", "not an ISO 3166-1 alpha-3"),
        ("/api/events?country=A", "not an ISO 3166-1 alpha-3"),
        ("/api/events?a=AZE", "give both a and b"),
        ("/api/events?since=2021-02-30", "use YYYY-MM-DD"),
        ("/api/events?until=yesterday", "until"),
        ("/api/events?since=2021-05-01&until=2021-04-01", "is after until"),
        ("/api/events?root=4", "not a CAMEO code"),
        ("/api/events?cameo=0", "not a CAMEO code"),
        ("/api/events?limit=100000", "less than or equal to 500"),
        ("/api/events?limit=0", "greater than or equal to 1"),
        ("/api/events?offset=-1", "offset"),
        ("/api/events?order=random", "order"),
        ("/api/dyads/AZE/CHN/timeline?by=fortnight", "by: Input should be"),
        ("/api/dyads/AZE/C1N/timeline", "not an ISO 3166-1 alpha-3"),
        ("/api/dyads/AZE/CHN/timeline?since=20210101", "use YYYY-MM-DD"),
        ("/api/countries/AZE/partners?rank_by=money", "rank_by"),
        ("/api/countries/AZE/partners?limit=501", "limit"),
    ],
)
def test_bad_parameters_are_clear_400s(client, url, words):
    response = client.get(url)
    assert response.status_code in (400, 404), url
    error = response.json()["error"]
    assert error["code"] in ("E601", "E604")
    assert words in error["message"]


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("name", ["country", "a", "b", "root", "cameo", "since", "until", "text"])
def test_injection_strings_are_refused_or_matched_literally(client, name, payload):
    extra = {"a": "&b=CHN", "b": "&a=AZE"}.get(name, "")
    response = client.get("/api/events", params={name: payload}, headers={})
    response = client.get(f"/api/events?{response.request.url.query.decode()}{extra}")
    if name == "text":
        assert response.status_code == 200 and response.json()["total"] == 0
    else:
        assert response.status_code == 400
        assert "Traceback" not in response.text
    assert client.get("/api/health").json()["events"] == 4  # the table is still there


@pytest.mark.parametrize("payload", INJECTIONS)
def test_injection_strings_in_path_parameters(client, payload):
    for url in (
        f"/api/dyads/AZE/{payload}/timeline",
        f"/api/countries/{payload}/partners",
        f"/api/articles/{payload}",
    ):
        response = client.get(url.replace("%", "%25"))
        assert response.status_code in (400, 404), url
        assert response.json()["error"]["code"] in ("E601", "E604")


def _raw_get(app, raw_path: bytes) -> tuple[int, bytes]:
    """Send a path to the ASGI app exactly as given (HTTP clients normalise ``..``)."""
    messages = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        messages.append(message)

    path = raw_path.decode("latin-1")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path.split("?")[0].replace("%2e", ".").replace("%2E", "."),
        "raw_path": raw_path,
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
    }
    # In a thread of its own: the caller's thread may already run an event loop.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, app(scope, receive, send)).result()
    start = next(m for m in messages if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return start["status"], body


@pytest.mark.parametrize(
    "raw_path",
    [
        b"/static/../../pyproject.toml",
        b"/static/../../../../etc/passwd",
        b"/static/%2e%2e/%2e%2e/pyproject.toml",
        b"/static/%2E%2E/%2E%2E/%2E%2E/pyproject.toml",
        b"/static//etc/passwd",
        b"/static/..%2f..%2fpyproject.toml",
        b"/static/../api/__init__.py",
    ],
)
def test_no_path_traversal_out_of_the_bundled_assets(client, raw_path):
    status, body = _raw_get(client.app, raw_path)
    assert status == 404
    assert b"[project]" not in body and b"root:" not in body and b"import" not in body


def test_internal_errors_do_not_leak(tmp_path):
    class Broken(FakePipeline):
        def code(self, article):
            raise RuntimeError("secret internal detail /etc/shadow")

    with make_client(token=TOKEN, pipeline=Broken()) as test_client:
        response = test_client.post(
            "/api/articles",
            json={"text": "Azerbaijan met China."},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
    assert response.status_code == 500
    assert response.json() == {
        "error": {"code": "E600", "message": "internal server error; see the server log"}
    }


def test_writes_refused_without_configured_token(client):
    response = client.post("/api/articles", json={"text": "Azerbaijan met China."})
    assert response.status_code == 403
    assert "EVENTSCOPE_API_TOKEN" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "header",
    [None, "", "Bearer", "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", TOKEN],
)
def test_bad_tokens_are_401(header):
    headers = {"Authorization": header} if header is not None else {}
    with make_client(token=TOKEN) as test_client:
        response = test_client.post(
            "/api/articles", json={"text": "Azerbaijan met China."}, headers=headers
        )
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["error"]["code"] == "E602"


def test_post_codes_stores_and_returns_spans():
    fake = FakePipeline()
    with make_client(token=TOKEN, pipeline=fake) as test_client:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        body = {
            "text": "Azerbaijan met China in Baku. More talks follow.",
            "published": "2022-01-05",
        }
        response = test_client.post("/api/articles", json=body, headers=auth)
        assert response.status_code == 201
        coded = response.json()
        assert coded["status"] == "inserted" and coded["article_id"].startswith("api-")
        (event,) = coded["article"]["events"]
        text = coded["article"]["text"]
        roles = {s["role"]: text[s["start"] : s["end"]] for s in event["spans"]}
        assert roles == {"source": "Azerbaijan", "target": "China", "trigger": "met"}
        again = test_client.post("/api/articles", json=body, headers=auth)
        assert again.status_code == 200 and again.json()["status"] == "unchanged"
        stored = test_client.get(f"/api/articles/{coded['article_id']}")
        assert stored.status_code == 200
        assert test_client.get("/api/health").json()["events"] == 5
    assert fake.calls == 2  # the pipeline was built once and reused


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"text": "   "}, 422, "empty"),
        ({"text": ""}, 400, "text"),
        ({"text": "Azerbaijan met China.", "published": "2022-13-01"}, 400, "published"),
        ({"published": "2022-01-01"}, 400, "text"),
    ],
)
def test_post_bad_bodies(body, status, words):
    with make_client(token=TOKEN) as test_client:
        response = test_client.post(
            "/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"}
        )
    assert response.status_code == status
    assert words in response.json()["error"]["message"]


def test_body_over_the_limit_is_413():
    with make_client(token=TOKEN, max_body=1000) as test_client:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        big = json.dumps({"text": "Azerbaijan met China. " * 100})
        response = test_client.post(
            "/api/articles", content=big, headers={**auth, "Content-Type": "application/json"}
        )
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "E613"

        def chunks():  # no Content-Length: the limit applies while streaming
            for _ in range(10):
                yield big[:500].encode()

        streamed = test_client.post(
            "/api/articles", content=chunks(), headers={**auth, "Content-Type": "application/json"}
        )
        assert streamed.status_code == 413


def test_read_only_store_refuses_writes(tmp_path):
    with make_client(token=TOKEN, read_only=True, tmp_path=tmp_path) as test_client:
        assert test_client.get("/api/health").json()["writes"] is False
        response = test_client.post(
            "/api/articles",
            json={"text": "Azerbaijan met China."},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
    assert response.status_code == 403 and "read-only" in response.json()["error"]["message"]


def test_cors_off_by_default_and_on_when_configured(client):
    origin = {"Origin": "https://evil.example"}
    assert "access-control-allow-origin" not in client.get("/api/health", headers=origin).headers
    store = open_store(":memory:")
    app = create_app(
        store=store,
        settings=Settings(),
        options=ApiOptions(cors_origins=("https://ok.example",)),
    )
    with TestClient(app) as cors_client:
        ok = cors_client.get("/api/health", headers={"Origin": "https://ok.example"})
        bad = cors_client.get("/api/health", headers=origin)
    assert ok.headers["access-control-allow-origin"] == "https://ok.example"
    assert "access-control-allow-origin" not in bad.headers


def test_unknown_routes_and_methods_are_json(client):
    missing = client.get("/api/nothing")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E604"
    wrong = client.delete("/api/events")
    assert wrong.status_code == 405 and "DELETE" in wrong.json()["error"]["message"]


def test_allowed_hosts_refuse_foreign_host_headers():
    store = open_store(":memory:")
    app = create_app(
        store=store, settings=Settings(), options=ApiOptions(allowed_hosts=("127.0.0.1",))
    )
    with TestClient(app, base_url="http://127.0.0.1") as local:
        assert local.get("/api/health").status_code == 200
        rebound = local.get("/api/health", headers={"Host": "attacker.example"})
    assert rebound.status_code == 400
