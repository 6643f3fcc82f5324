"""Issue 18, done-when: ``dyad A B`` counts real-world events (clusters) by default, and the
figure equals ``events --dyad A B`` grouped by cluster. Through the real pipeline, on short
news texts written for this test (one attack reported by two wires, a reaction, an earlier
incident)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.models import Article
from eventscope.store import open_store

TEXTS = {
    "wire-a": "United States warships shelled an Iranian oil platform in the Gulf on Monday, "
    "the Pentagon said. Iran condemned the attack and said it would answer it.",
    "wire-b": "U.S. Navy destroyers attacked an Iranian oil platform in the Gulf on Monday, "
    "officials in Washington said. Iran accused the United States of aggression.",
    "wire-c": "American helicopters fired on an Iranian ship that was laying mines in the Gulf "
    "on September 21, the Defense Department said.",
}


@pytest.mark.slow
def test_dyad_counts_clusters_equal_to_events_grouped_by_cluster(nlp, tmp_path):
    from eventscope.pipeline import Pipeline
    from eventscope.settings import load_settings

    pipeline = Pipeline(settings=load_settings(env={}, config_path=None), nlp=nlp)
    db = str(tmp_path / "usa-irn.duckdb")
    with open_store(db) as store:
        for article_id, text in TEXTS.items():
            article = Article(id=article_id, text=text, published=dt.date(1987, 10, 20))
            store.save(article, pipeline.code(article))
    runner = CliRunner()
    listed = runner.invoke(main, ["events", "--dyad", "USA", "IRN", "--db", db,
                                  "--limit", "1000", "--format", "jsonl"])  # fmt: skip
    assert listed.exit_code == 0 and listed.exception is None, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    clusters = {row["extra"]["cluster_id"] for row in rows}
    counted = runner.invoke(main, ["dyad", "USA", "IRN", "--db", db, "--by", "year",
                                   "--format", "jsonl"])  # fmt: skip
    assert counted.exit_code == 0 and counted.exception is None, counted.output
    periods = [json.loads(line) for line in counted.output.splitlines()]
    assert sum(period["events"] for period in periods) == len(clusters)
    assert sum(period["mentions"] for period in periods) == len(rows)
    # The Monday attack, reported by both wires, is one event of two mentions.
    assert len(clusters) < len(rows)
    by_mention = runner.invoke(main, ["dyad", "USA", "IRN", "--db", db, "--by", "year",
                                      "--count", "mentions", "--format", "jsonl"])  # fmt: skip
    assert sum(json.loads(line)["events"] for line in by_mention.output.splitlines()) == len(rows)
