"""Crash safety: SIGKILL an ingest at random points, restart it, and check the store each time.

The ingest runs as the real CLI (``eventscope ingest FILE --db DB --workers 1``) with the
real pipeline on short articles of our own, in a subprocess of its own session, and is killed
with SIGKILL after a seeded random number of coded articles (the CLI's test hook stops it
there and says so; the kill follows), several rounds, on both backends (a DuckDB file; a
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

from eventscope.cli.store_cmd import STOP_AFTER_VARIABLE
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
SEED = 20210301
EVENTSCOPE = Path(sys.executable).with_name("eventscope")
STOPPED = re.compile(r"ingest: stopped after (\d+) articles")


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
    """Run the ingest CLI; with ``kill_at``, SIGKILL it once it has coded that many articles.

    The CLI's test hook (``EVENTSCOPE_TEST_STOP_AFTER``) makes it stop after ``kill_at``
    articles and say so on stderr; the kill comes after that line, so it always lands at
    that point of the run whatever the machine's speed. Returns the count it was killed
    at, or None if it ran to the end.
    """
    command = [str(EVENTSCOPE), "ingest", str(articles), "--db", db, "--workers", "1"]
    env = dict(os.environ)
    env.pop(STOP_AFTER_VARIABLE, None)
    if kill_at is not None:
        env[STOP_AFTER_VARIABLE] = str(kill_at)
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group: the kill reaches any child too
    )
    assert process.stderr is not None
    try:
        seen, output = _watch(process.stderr.fileno(), process)
        if seen is not None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return seen
        assert process.wait(timeout=60) == 0, output
        return None
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        process.stderr.close()


def _watch(reader: int, process: subprocess.Popen[bytes]) -> tuple[int | None, str]:
    """Read stderr until the stop line (returns its count) or the end of the run."""
    output = ""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        ready, _, _ = select.select([reader], [], [], 0.1)
        if ready:
            chunk = os.read(reader, 4096)
            if not chunk:  # end of file: the run has ended
                return None, output
            output += chunk.decode("utf-8", "replace")
            stopped = STOPPED.search(output)
            if stopped:
                return int(stopped.group(1)), output
        elif process.poll() is not None:
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
            # Kill points anywhere in what is left (the CLI commits every 100 articles).
            kill_at = rng.randint(1, max(1, remaining))
            kills.append(run_ingest(articles, crashed_db, kill_at=kill_at))
            state = snapshot(crashed_db)
            assert state["orphans"] == 0
            for article_id, events in state["events"].items():
                assert events == reference["events"][article_id], article_id
            stored_after_kills.append(len(state["events"]))
        run_ingest(articles, crashed_db)
        final = snapshot(crashed_db)
        assert final == reference, f"killed at {kills}, stored after each: {stored_after_kills}"
        # every kill landed while articles were being coded and saved, at its chosen point
        assert None not in kills, kills
