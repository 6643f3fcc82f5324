"""API load test: p50/p95/p99 of the timeline, events and write endpoints, and the error count.

Usage:
    python benchmarks/api.py [--events N] [--clients C] [--seconds S] [--max-requests R]
                             [--writes SHARE] [--db PATH]

Builds a DuckDB store of N synthetic events (default 1,000,000; the column-wise generator
of benchmarks/store.py, imported, not copied), starts ``eventscope serve`` on a free
127.0.0.1 port in a subprocess (loopback only), then runs C concurrent httpx AsyncClient
loops (default 16) for S seconds (default 20) or R requests in total, whichever comes first.
Each loop alternates ``GET /api/dyads/{a}/{b}/timeline?by=month`` and
``GET /api/events?a=&b=&limit=50`` over random pairs of the 20 busiest countries, and
``GET /api/events?country=&limit=50``. Meanwhile one more client asks ``GET /api/health``
every 100 ms (reported as ``health``: how long a cheap request waits behind the load). With
``--writes 0.05`` about 5 % of the requests are ``POST /api/articles`` of short made-up
articles (new ids, and some re-posts of an earlier one, answered 200 "unchanged"), with a
random bearer token given to the server through ``EVENTSCOPE_API_TOKEN``; the server then
opens the store writable and loads the real pipeline, once, on a warm-up POST before the
clock starts.

An error is an unexpected status (reads: not 200; writes: not 200/201) or a transport
exception; the run goes on and the count is printed. Exit status 1 when there was any error.
Prints per-endpoint count, p50, p95, p99 and max latency (ms) and the overall request rate.

Figures (2 cores, 100,000 events, 50 clients, 30 s, 5 % writes) are in the README
"Limits and guarantees" section, with the exact command.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventscope.store import open_store  # noqa: E402
from store import COUNTRIES, arrow_batches  # noqa: E402  (benchmarks/store.py)


def build_store(path: str, events: int) -> None:
    start = time.perf_counter()
    with open_store(path) as store:
        for articles, table in arrow_batches(1, events, 10, 1_000_000):
            store.bulk_load(articles, table)
        store.scalar("CHECKPOINT")
    print(f"store: {events:,} events built in {time.perf_counter() - start:.1f} s ({path})")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: str, port: int, token: str | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "EVENTSCOPE_CONFIG": os.devnull}
    env.pop("EVENTSCOPE_API_TOKEN", None)
    if token:
        env["EVENTSCOPE_API_TOKEN"] = token  # enables writes: the store opens writable
    command = [sys.executable, "-c", "from eventscope.cli import main; main()", "serve"]
    command += ["--db", db, "--host", "127.0.0.1", "--port", str(port)]
    command += ["--log-level", "warning"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not start within 60 s")


# Short made-up articles (not from any corpus): the pipeline codes an event in each.
WRITE_TEMPLATES = (
    "{a} and {b} signed a trade agreement in the capital on {day} March, officials said.",
    "The foreign minister of {a} met his counterpart from {b} on Monday to discuss energy.",
    "{a} accused {b} of violating the ceasefire along the border on {day} April.",
    "Police in {a} arrested protesters outside the embassy of {b} on Tuesday.",
)
WRITE_NAMES = ("Azerbaijan", "China", "Georgia", "Turkey", "Russia", "Iran", "France", "Japan")


@dataclass
class Load:
    """What the clients share: the request budget, the timings and the errors."""

    stop_at: float
    budget: int
    token: str | None = None
    write_share: float = 0.0
    timings: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    posted: list[dict[str, object]] = field(default_factory=list)


def read_request(rng: random.Random, turn: int) -> tuple[str, str]:
    a, b = rng.sample(COUNTRIES[:20], 2)
    kind = ("timeline", "events-dyad", "events-country")[turn % 3]
    if kind == "timeline":
        return kind, f"/api/dyads/{a}/{b}/timeline?by=month"
    if kind == "events-dyad":
        return kind, f"/api/events?a={a}&b={b}&limit=50"
    return kind, f"/api/events?country={a}&limit=50"


def write_body(rng: random.Random, seed: int, turn: int, load: Load) -> dict[str, object]:
    """A new short article, or (one time in five) a re-post of an earlier one."""
    if load.posted and rng.random() < 0.2:
        return rng.choice(load.posted)
    a, b = rng.sample(WRITE_NAMES, 2)
    text = rng.choice(WRITE_TEMPLATES).format(a=a, b=b, day=rng.randint(1, 28))
    text += f" The talks were the {seed * 1000 + turn}th round."  # unique: no "duplicate"
    body: dict[str, object] = {
        "id": f"load-{seed}-{turn}",
        "text": text,
        "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "source": "benchmark",
    }
    load.posted.append(body)
    return body


async def one_request(
    client: httpx.AsyncClient, rng: random.Random, seed: int, turn: int, load: Load
) -> None:
    expected: tuple[int, ...] = (200,)
    if load.token and rng.random() < load.write_share:
        kind, url, expected = "write", "/api/articles", (200, 201)
        body = write_body(rng, seed, turn, load)
        headers = {"Authorization": f"Bearer {load.token}"}
        request = client.post(url, json=body, headers=headers)
    else:
        kind, url = read_request(rng, turn)
        request = client.get(url)
    start = time.perf_counter()
    try:
        response = await request
    except httpx.HTTPError as exc:
        load.errors.append(f"{kind} {url}: {exc!r}")
        return
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code not in expected:
        load.errors.append(f"{kind} {url}: HTTP {response.status_code} {response.text[:200]}")
    load.timings.setdefault(kind, []).append(elapsed)


async def client_loop(base: str, seed: int, load: Load) -> None:
    rng = random.Random(seed)
    turn = seed
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        while time.monotonic() < load.stop_at and load.budget > 0:
            load.budget -= 1
            await one_request(client, rng, seed, turn, load)
            turn += 1


def warm_up(base: str, token: str | None) -> None:
    """One POST before the clock starts: the server loads the real pipeline on the first."""
    if not token:
        return
    start = time.perf_counter()
    body = {"id": "load-warm-up", "text": WRITE_TEMPLATES[0].format(a="Chile", b="Peru", day=2)}
    response = httpx.post(
        f"{base}/api/articles",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=300,
    )
    if response.status_code not in (200, 201):
        raise SystemExit(f"warm-up POST: HTTP {response.status_code} {response.text[:300]}")
    print(f"warm-up POST (pipeline load): {time.perf_counter() - start:.1f} s")


def report(load: Load, clients: int, wall: float) -> None:
    total = sum(len(values) for values in load.timings.values())
    print(
        f"load: {clients} concurrent clients, {total:,} requests in {wall:.1f} s "
        f"= {total / wall:,.1f} requests/s; errors: {len(load.errors)}"
    )
    print(f"{'endpoint':<16}{'count':>8}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for kind, values in sorted(load.timings.items()):
        cuts = (
            statistics.quantiles(values, n=100, method="inclusive")
            if len(values) > 1
            else values * 99
        )
        print(
            f"{kind:<16}{len(values):>8}{statistics.median(values):>10.1f}"
            f"{cuts[94]:>10.1f}{cuts[98]:>10.1f}{max(values):>10.1f}"
        )
    for error in load.errors[:10]:
        print(f"error: {error}")


async def health_loop(base: str, load: Load, interval: float = 0.1) -> None:
    """``GET /api/health`` every ``interval`` seconds while the load runs."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        while time.monotonic() < load.stop_at and load.budget > 0:
            start = time.perf_counter()
            try:
                response = await client.get("/api/health")
            except httpx.HTTPError as exc:
                load.errors.append(f"health: {exc!r}")
                continue
            elapsed = (time.perf_counter() - start) * 1000
            if response.status_code != 200:
                load.errors.append(f"health: HTTP {response.status_code}")
            load.timings.setdefault("health", []).append(elapsed)
            await asyncio.sleep(max(0.0, interval - elapsed / 1000))


async def run_load(base: str, clients: int, load: Load, seconds: float) -> None:
    start = time.monotonic()
    load.stop_at = start + seconds
    loops = [client_loop(base, seed, load) for seed in range(clients)]
    await asyncio.gather(health_loop(base, load), *loops)
    report(load, clients, time.monotonic() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--writes", type=float, default=0.0, help="share of POSTs, 0..1")
    parser.add_argument("--db", default=None, help="reuse/keep this DuckDB file")
    args = parser.parse_args()
    token = secrets.token_urlsafe(24) if args.writes > 0 else None
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "api-bench.duckdb")
        if not Path(db).exists():
            build_store(db, args.events)
        with open_store(db):
            pass  # a reused file from an older version is upgraded (the server reads only)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port, token)
        try:
            warm_up(base, token)
            load = Load(stop_at=0.0, budget=args.max_requests, token=token, write_share=args.writes)
            asyncio.run(run_load(base, args.clients, load, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    if load.errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
