"""Crash safety: SIGKILL an ingest at random points, restart it, and check the store each time.

The ingest runs as the real CLI (``eventscope ingest FILE --db DB --workers 1``) with the
real pipeline on short articles of our own, in a subprocess of its own session, and is killed
with SIGKILL after a seeded random delay, several rounds, on both backends (a DuckDB file; a
PostgreSQL schema). After every kill, and after the final uninterrupted resume, the store must
hold every article fully (with exactly the events an uninterrupted run gives it) or not at all,
and no event without its article; the final state must equal the uninterrupted run's: the
same articles, the same events per article and the same event clusters.

About 30 s per backend (the model loads in every round).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import select
import signal
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import pytest
from test_store_backends import backend_db

from eventscope.store import open_store

COUNTRIES = ("Azerbaijan", "China", "Turkey", "Georgia", "Iran", "Russia", "Kazakhstan")
SENTENCES = (
    "{a} held talks with {b} in the capital on March {day}, 2021.",
    "{a} signed a trade agreement with {b} on March {day}, 2021. {b} praised the deal.",
    "{a} sharply criticized {b} on March {day}, 2021.",
    "It rained in the capital of {a} on March {day}, 2021, after a dry week in {b}.",
    "{a} sent humanitarian aid to {b} on March {day}, 2021.",
    "{a} accused {b} of violating the ceasefire on March {day}, 2021.",
)
KILL_ROUNDS = 5
# Kill points: a progress count in 1 .. (articles left) - MARGIN, so the live line (redrawn
# every 0.2 s) always reaches it before the run ends; the CLI commits every 100 articles.
MARGIN = 40
SEED = 20210301
EVENTSCOPE = Path(sys.executable).with_name("eventscope")
PROGRESS = re.compile(r": (\d+)(?:/\d+)? articles")


def write_articles(path: Path) -> int:
    """252 one- or two-sentence articles (two commit chunks and a part) as JSONL."""
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        for (a, b), (number, template) in itertools.product(
            itertools.permutations(COUNTRIES, 2), enumerate(SENTENCES)
        ):
            count += 1
            day = 1 + count % 28
            record = {
                "id": f"crash-{count:03d}",
                "text": template.format(a=a, b=b, day=day),
                "published": f"2021-03-{day:02d}",
                "source": f"Outlet {number}",
            }
            stream.write(json.dumps(record) + "\n")
    return count


def run_ingest(articles: Path, db: str, *, kill_at: int | None = None) -> int | None:
    """Run the ingest CLI; with ``kill_at``, SIGKILL it as soon as its progress line reports
    that many articles. Returns the count it was killed at, or None if it ran to the end.

    stderr is a pseudo-terminal so that the CLI draws its live progress line (5 times a
    second), which tells where the run is without slowing it down.
    """
    command = [str(EVENTSCOPE), "ingest", str(articles), "--db", db, "--workers", "1"]
    reader, writer = os.openpty()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=writer,
        start_new_session=True,  # its own process group: the kill reaches any child too
    )
    os.close(writer)
    try:
        seen, output = _watch(reader, process, kill_at)
    finally:
        os.close(reader)
    if seen is not None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return seen
    assert process.wait(timeout=60) == 0, output
    return None


def _watch(
    reader: int, process: subprocess.Popen[bytes], kill_at: int | None
) -> tuple[int | None, str]:
    """Read the progress until it reaches ``kill_at`` (returns that count) or the run ends."""
    output = ""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([reader], [], [], 0.05)
        if ready:
            try:
                output += os.read(reader, 4096).decode("utf-8", "replace")
            except OSError:  # the child closed the terminal: it has ended
                return None, output
        counts = PROGRESS.findall(output)
        if kill_at is not None and counts and int(counts[-1]) >= kill_at:
            return int(counts[-1]), output
        if not ready and process.poll() is not None:
            return None, output
    raise AssertionError(f"the ingest did not finish in time: {output[-500:]}")


def make_dir(path: Path) -> Path:
    path.mkdir()
    return path


def snapshot(db: str) -> dict[str, object]:
    """Articles → their events (sorted tuples), orphan events, and the cluster partition."""
    with open_store(db) as store:
        rows = store.query(
            "SELECT article_id, sentence_index, cameo, source_code, target_code, date, "
            "cluster_id FROM events ORDER BY article_id, sentence_index, cameo"
        )
        articles = {row["id"] for row in store.query("SELECT id FROM articles")}
    events: dict[str, list[tuple[object, ...]]] = {article: [] for article in articles}
    clusters: dict[object, set[tuple[object, ...]]] = {}
    orphans = 0
    for row in rows:
        key = tuple(value for name, value in row.items() if name != "cluster_id")
        if row["article_id"] not in events:
            orphans += 1
            continue
        events[row["article_id"]].append(key)
        clusters.setdefault(row["cluster_id"], set()).add(key)
    partition = {frozenset(members) for members in clusters.values()}
    return {"events": events, "orphans": orphans, "clusters": partition}


@pytest.mark.parametrize("kind", ["duckdb", "postgres"])
def test_killed_ingests_leave_whole_articles_and_resume_to_the_same_state(kind, tmp_path):
    articles = tmp_path / "articles.jsonl"
    total = write_articles(articles)
    with ExitStack() as stack:
        reference_db, crashed_db = (
            stack.enter_context(backend_db(kind, make_dir(tmp_path / name)))
            for name in ("reference", "crashed")
        )
        run_ingest(articles, reference_db)
        reference = snapshot(reference_db)
        assert len(reference["events"]) == total and reference["orphans"] == 0
        rng = random.Random(SEED)
        stored_after_kills: list[int] = []
        kills: list[int | None] = []
        for _ in range(KILL_ROUNDS):
            # A restarted run skips the stored articles and counts only the ones it codes.
            remaining = total - (stored_after_kills[-1] if stored_after_kills else 0)
            kill_at = rng.randint(1, max(1, remaining - MARGIN))
            kills.append(run_ingest(articles, crashed_db, kill_at=kill_at))
            state = snapshot(crashed_db)
            assert state["orphans"] == 0
            for article_id, events in state["events"].items():
                assert events == reference["events"][article_id], article_id
            stored_after_kills.append(len(state["events"]))
        run_ingest(articles, crashed_db)
        final = snapshot(crashed_db)
        assert final == reference, f"killed at {kills}, stored after each: {stored_after_kills}"
        # the kills landed while articles were being coded and saved, not at start-up
        assert sum(count is not None for count in kills) >= KILL_ROUNDS - 1, kills
