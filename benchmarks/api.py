"""API latency: p50/p95 of the timeline and events endpoints under bounded concurrent load.

Usage:
    python benchmarks/api.py [--events N] [--clients C] [--seconds S] [--max-requests R]
                             [--db PATH]

Builds a DuckDB store of N synthetic events (default 1,000,000; the column-wise generator
of benchmarks/store.py, imported, not copied), starts ``eventscope serve`` on a free
127.0.0.1 port in a subprocess, then runs C concurrent httpx AsyncClient loops (default 16)
for S seconds (default 20) or R requests in total, whichever comes first. Each loop
alternates ``GET /api/dyads/{a}/{b}/timeline?by=month`` and ``GET /api/events?a=&b=&limit=50``
over random pairs of the 20 busiest countries, and ``GET /api/events?country=&limit=50``.
Prints per-endpoint count, p50, p95 and max latency (ms) and the overall request rate.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store import COUNTRIES, arrow_batches  # noqa: E402  (benchmarks/store.py)

from eventscope.store import open_store  # noqa: E402


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


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "EVENTSCOPE_CONFIG": os.devnull}
    env.pop("EVENTSCOPE_API_TOKEN", None)
    command = [sys.executable, "-c", "from eventscope.cli import main; main()", "serve"]
    command += ["--db", db, "--port", str(port), "--log-level", "warning"]
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


def next_request(rng: random.Random, turn: int) -> tuple[str, str]:
    a, b = rng.sample(COUNTRIES[:20], 2)
    kind = ("timeline", "events-dyad", "events-country")[turn % 3]
    if kind == "timeline":
        return kind, f"/api/dyads/{a}/{b}/timeline?by=month"
    if kind == "events-dyad":
        return kind, f"/api/events?a={a}&b={b}&limit=50"
    return kind, f"/api/events?country={a}&limit=50"


async def client_loop(
    base: str, seed: int, stop_at: float, budget: list[int], timings: dict[str, list[float]]
) -> None:
    rng = random.Random(seed)
    turn = seed
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        while time.monotonic() < stop_at and budget[0] > 0:
            budget[0] -= 1
            kind, url = next_request(rng, turn)
            turn += 1
            start = time.perf_counter()
            response = await client.get(url)
            elapsed = (time.perf_counter() - start) * 1000
            if response.status_code != 200:
                raise SystemExit(f"{url}: HTTP {response.status_code} {response.text[:200]}")
            timings.setdefault(kind, []).append(elapsed)


async def load(base: str, clients: int, seconds: float, max_requests: int) -> None:
    timings: dict[str, list[float]] = {}
    budget = [max_requests]
    start = time.monotonic()
    stop_at = start + seconds
    await asyncio.gather(
        *(client_loop(base, seed, stop_at, budget, timings) for seed in range(clients))
    )
    wall = time.monotonic() - start
    total = sum(len(values) for values in timings.values())
    print(
        f"load: {clients} concurrent clients, {total:,} requests in {wall:.1f} s "
        f"= {total / wall:,.1f} requests/s"
    )
    print(f"{'endpoint':<16}{'count':>8}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for kind, values in sorted(timings.items()):
        cuts = (
            statistics.quantiles(values, n=20, method="inclusive")
            if len(values) > 1
            else values * 19
        )
        print(
            f"{kind:<16}{len(values):>8}{statistics.median(values):>10.1f}"
            f"{cuts[18]:>10.1f}{max(values):>10.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--db", default=None, help="reuse/keep this DuckDB file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "api-bench.duckdb")
        if not Path(db).exists():
            build_store(db, args.events)
        port = free_port()
        server = start_server(db, port)
        try:
            asyncio.run(
                load(f"http://127.0.0.1:{port}", args.clients, args.seconds, args.max_requests)
            )
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
