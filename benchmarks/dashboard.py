"""Dashboard page load: the API calls of one country-pair page, timed as the browser makes them.

Usage:
    python benchmarks/dashboard.py [--events N] [--db PATH] [--pair JPN USA] [--rounds R]

Builds (or reuses, with ``--db``) a DuckDB store of N synthetic events (default 1,000,000,
the column-wise generator of benchmarks/store.py, then clustered), starts ``eventscope serve``
on a free loopback port, and loads the page ``#/dyad?a=JPN&b=USA`` R times (default 5) the
way ``web/static/dyad.js`` does for a pair named in the URL: all at once, the country list,
the timeline, the first page of the cluster table, the map's places, the basemap and the
"why" brief. Prints,
per round, the time until the chart and table can be drawn (``content``) and until the
"why" panel is filled too (``complete``), the server's CPU time for the page (user +
system, from ``/proc``: the figure that depends least on the machine's other load), each
request's time, and the medians over the rounds. The first round is the first request of a
freshly started server. The machine's load average is printed beside the figures: on a
shared machine they vary with it.

``--browser`` also opens the page R times in headless Chromium (Playwright with
``/usr/bin/chromium``, as the browser tests do) and prints the time from navigation until
the table is drawn and until the "why" panel is filled: what a reader waits for.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api import build_store, free_port, start_server  # noqa: E402  (benchmarks/api.py)
from eventscope.store import open_store  # noqa: E402


async def timed_get(client: httpx.AsyncClient, url: str) -> tuple[str, float]:
    start = time.perf_counter()
    response = await client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code} {response.text[:200]}")
    return url, (time.perf_counter() - start) * 1000


async def load_page(base: str, a: str, b: str) -> tuple[float, float, list[tuple[str, float]]]:
    """``(content ms, complete ms, [(url, ms)])`` of one page load."""
    pair = f"a={a}&b={b}"
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        start = time.perf_counter()
        brief = asyncio.ensure_future(
            timed_get(client, f"/api/dyads/{a}/{b}/brief?turns=3&partners=0&by=month")
        )
        timings = await asyncio.gather(
            timed_get(client, "/api/countries"),
            timed_get(client, f"/api/dyads/{a}/{b}/timeline?by=month"),
            timed_get(client, f"/api/clusters?{pair}&limit=25&offset=0"),
            timed_get(client, f"/api/places?{pair}&limit=300"),
            timed_get(client, "/static/basemap.json"),
        )
        content = (time.perf_counter() - start) * 1000
        timings.append(await brief)
        complete = (time.perf_counter() - start) * 1000
    return content, complete, timings


def ensure_store(db: str, events: int) -> None:
    if Path(db).exists():
        with open_store(db):
            return  # a reused file from an older version is upgraded (the server reads only)
    build_store(db, events)
    start = time.perf_counter()
    with open_store(db) as store:
        clusters = store.recluster()
        store.scalar("CHECKPOINT")
    print(f"recluster: {clusters:,} clusters in {time.perf_counter() - start:.1f} s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (Linux ``/proc``; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(db: str, pair: list[str], rounds: int) -> None:
    port = free_port()
    server: subprocess.Popen[bytes] = start_server(db, port)
    contents, completes, cpus = [], [], []
    try:
        for number in range(rounds):
            before = cpu_seconds(server.pid)
            content, complete, timings = asyncio.run(load_page(f"http://127.0.0.1:{port}", *pair))
            cpus.append((cpu_seconds(server.pid) - before) * 1000)
            contents.append(content)
            completes.append(complete)
            load = os.getloadavg()[0]
            print(f"round {number}: content {content:.0f} ms, complete {complete:.0f} ms, "
                  f"server CPU {cpus[-1]:.0f} ms (load average {load:.1f})")  # fmt: skip
            for url, ms in timings:
                print(f"    {ms:8.1f} ms  {url}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(
        f"{pair[0]}-{pair[1]} page, median of {rounds}: content {statistics.median(contents):.0f}"
        f" ms, complete {statistics.median(completes):.0f} ms; worst complete "
        f"{max(completes):.0f} ms; server CPU {statistics.median(cpus):.0f} ms per page"
    )


def browser_rounds(base: str, pair: list[str], rounds: int) -> list[tuple[float, float]]:
    """``[(table ms, why-panel ms)]`` of ``rounds`` page loads in headless Chromium."""
    from playwright.sync_api import sync_playwright

    url = f"{base}/#/dyad?a={pair[0]}&b={pair[1]}"
    found = []
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        for _ in range(rounds):
            page = chromium.new_page(viewport={"width": 1280, "height": 900})
            start = time.perf_counter()
            page.goto(url)
            page.wait_for_selector("table", timeout=60_000)
            table = (time.perf_counter() - start) * 1000
            page.wait_for_selector("#why-title", timeout=60_000)
            found.append((table, (time.perf_counter() - start) * 1000))
            page.close()
        chromium.close()
    return found


def run_browser(db: str, pair: list[str], rounds: int) -> None:
    port = free_port()
    server: subprocess.Popen[bytes] = start_server(db, port)
    try:
        found = browser_rounds(f"http://127.0.0.1:{port}", pair, rounds)
    finally:
        server.terminate()
        server.wait(timeout=30)
    for number, (table, why) in enumerate(found):
        print(f"browser round {number}: table {table:.0f} ms, why panel {why:.0f} ms")
    print(
        f"{pair[0]}-{pair[1]} page in Chromium, median of {rounds}: table "
        f"{statistics.median(t for t, _ in found):.0f} ms, why panel "
        f"{statistics.median(w for _, w in found):.0f} ms (load average {os.getloadavg()[0]:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default=None, help="reuse/keep this DuckDB file")
    parser.add_argument("--pair", nargs=2, default=["JPN", "USA"])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--browser", action="store_true", help="also time the page in Chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "dashboard-bench.duckdb")
        ensure_store(db, args.events)
        run(db, args.pair, args.rounds)
        if args.browser:
            run_browser(db, args.pair, args.rounds)


if __name__ == "__main__":
    main()
