"""One slow request must not block the others (issue 14 item 6): pooled readers, time limits."""

from __future__ import annotations

import threading
import time

from test_api_security import make_client
from test_store_backends import db  # noqa: F401  (fixture: a store location per backend)

from eventscope.errors import QueryTimeoutError
from eventscope.store import queries


def test_reads_and_health_answer_while_a_slow_read_runs(monkeypatch) -> None:
    entered, release = threading.Event(), threading.Event()
    original = queries.event_page_with_total

    def slow_page(store, filters, **options):
        entered.set()
        release.wait(20)  # holds its reader connection like a slow query would
        return original(store, filters, **options)

    monkeypatch.setattr(queries, "event_page_with_total", slow_page)
    with make_client() as client:
        client.get("/api/health")  # fills the counts
        slow = threading.Thread(target=lambda: client.get("/api/events?country=AZE"))
        slow.start()
        assert entered.wait(20)
        start = time.monotonic()
        health = client.get("/api/health")
        countries = client.get("/api/countries")
        timeline = client.get("/api/dyads/AZE/CHN/timeline")
        waited = time.monotonic() - start
        blocked = slow.is_alive()
        release.set()
        slow.join(20)
    assert [r.status_code for r in (health, countries, timeline)] == [200, 200, 200]
    assert blocked and waited < 10


def test_a_query_stopped_at_its_time_limit_is_a_503(monkeypatch) -> None:
    def too_slow(store, filters, **options):
        raise QueryTimeoutError("events.duckdb", limit=10.0)

    monkeypatch.setattr(queries, "event_page_with_total", too_slow)
    with make_client() as client:
        response = client.get("/api/events?country=AZE")
    assert response.status_code == 503
    error = response.json()["error"]
    assert error["code"] == "E501" and "time limit of 10.0 s" in error["message"]
    assert "events.duckdb" not in error["message"]


def test_health_counts_follow_writes_at_once() -> None:
    from test_api_security import TOKEN

    with make_client(token=TOKEN) as client:
        before = client.get("/api/health").json()
        body = {"id": "fresh", "text": "Azerbaijan met China in Baku. Talks went on."}
        posted = client.post(
            "/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"}
        )
        after = client.get("/api/health").json()
    assert posted.status_code == 201
    assert after["articles"] == before["articles"] + 1
    assert after["events"] > before["events"]


def test_country_list_is_read_once_and_follows_writes(monkeypatch) -> None:
    """Every dashboard page asks for the countries, a scan of every event: it is answered
    from memory (refreshed in the background), and an API write makes it exact again."""
    from test_api_security import TOKEN

    calls = []
    original = queries.country_counts

    def counted(store):
        calls.append(1)
        return original(store)

    monkeypatch.setattr(queries, "country_counts", counted)
    with make_client(token=TOKEN) as client:
        first = client.get("/api/countries").json()
        assert client.get("/api/countries").json() == first and len(calls) == 1
        body = {"id": "fresh-pair", "text": "Azerbaijan met China in Baku. Talks went on."}
        headers = {"Authorization": f"Bearer {TOKEN}"}
        assert client.post("/api/articles", json=body, headers=headers).status_code == 201
        after = client.get("/api/countries").json()
    assert len(calls) == 2
    events = {row["country"]: row["events"] for row in after}
    assert events["AZE"] > {row["country"]: row["events"] for row in first}["AZE"]


def test_pooled_reads_answer_on_both_backends(db) -> None:  # noqa: F811
    """PostgreSQL reads go through a psycopg pool with statement_timeout (DuckDB: cursors)."""
    from fastapi.testclient import TestClient
    from test_api_data import seed

    from eventscope.api import ApiOptions, create_app
    from eventscope.settings import Settings
    from eventscope.store import open_store

    with open_store(db) as store:
        seed(store)
        app = create_app(store=store, settings=Settings(), options=ApiOptions(query_timeout=5))
        with TestClient(app) as client:
            pages = [client.get("/api/events?country=AZE&limit=2") for _ in range(3)]
            health = client.get("/api/health").json()
            article_id = pages[0].json()["events"][0]["article_id"]
            article = client.get(f"/api/articles/{article_id}")
    assert [page.status_code for page in pages] == [200, 200, 200]
    assert pages[0].json() == pages[2].json() and pages[0].json()["total"] >= 2
    assert health["events"] >= pages[0].json()["total"]
    assert article.status_code == 200 and article.json()["events"]
