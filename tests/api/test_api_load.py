"""A small bounded load test: concurrent reads and authorised writes, zero errors.

The full figures come from ``benchmarks/api.py`` (a real server on 127.0.0.1, 50 clients);
this keeps a few seconds' version in the suite: 16 threads share one app (store lock,
lazy pipeline, body limit and token check all in the path) for a fixed number of requests.
"""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

from test_api_security import TOKEN, make_client

READS = (
    "/api/dyads/AZE/CHN/timeline?by=month",
    "/api/events?a=AZE&b=CHN&limit=50",
    "/api/events?country=AZE&limit=50",
    "/api/health",
)
THREADS = 16
REQUESTS_PER_THREAD = 12


def run_client(client, seed: int) -> tuple[list[str], list[str]]:
    """``(errors, ids written)`` of one client's bounded request loop."""
    rng = random.Random(seed)
    errors: list[str] = []
    written: list[str] = []
    for turn in range(REQUESTS_PER_THREAD):
        if rng.random() < 0.2:
            article_id = f"load-{seed}-{turn}"
            body = {
                "id": article_id,
                "text": f"Azerbaijan met China in round {seed}-{turn}. Talks.",
            }
            response = client.post(
                "/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"}
            )
            expected: tuple[int, ...] = (201,)
            written.append(article_id)
        else:
            response = client.get(rng.choice(READS))
            expected = (200,)
        if response.status_code not in expected:
            errors.append(f"{response.request.url}: {response.status_code} {response.text[:200]}")
    return errors, written


def test_concurrent_reads_and_writes_have_no_errors() -> None:
    client = make_client(token=TOKEN)
    before = client.get("/api/health").json()["articles"]
    with ThreadPoolExecutor(THREADS) as pool:
        outcomes = list(pool.map(lambda seed: run_client(client, seed), range(THREADS)))
    errors = [error for found, _ in outcomes for error in found]
    written = [article_id for _, ids in outcomes for article_id in ids]
    assert errors == []
    assert written, "the seeded random choice must write at least once"
    assert client.get("/api/health").json()["articles"] == before + len(written)
    for article_id in written[:: max(1, len(written) // 10)]:
        stored = client.get(f"/api/articles/{article_id}").json()
        assert stored["id"] == article_id
        assert [item["event"]["cameo"] for item in stored["events"]] == ["040"]
