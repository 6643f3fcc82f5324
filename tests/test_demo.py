"""Samples, run_demo, ingest and the store CLI commands, with a fake pipeline injected."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator

import pandas as pd
import pytest
from click.testing import CliRunner
from test_store_support import make_event

from eventscope.cli import main, store_cmd
from eventscope.demo import load_samples, run_demo
from eventscope.errors import ArticleError
from eventscope.models import Article, ArticleResult
from eventscope.store import open_store
from eventscope.store.ingest import IngestOptions, ingest


class FakePipeline:
    """Codes every article into one AZE→CHN meeting and one ARM→AZE attack; 'FAIL' fails."""

    def __init__(self) -> None:
        self.coded: list[str] = []

    def code_many(self, items: Iterable[Article | ArticleError]) -> Iterator[ArticleResult]:
        for item in items:
            if isinstance(item, ArticleError):
                yield ArticleResult(item.item or "?", error=str(item), error_code=item.code)
                continue
            self.coded.append(item.id)
            if "FAIL" in item.text:
                yield ArticleResult(item.id, error=f"[E100] {item.id}: failed", error_code="E100")
                continue
            day = item.published or dt.date(2020, 8, 19)
            events = (
                make_event("AZE", "CHN", article_id=item.id, day=day, place="Baku"),
                make_event("ARM", "AZE", root="19", article_id=item.id, day=day, index=1),
            )
            yield ArticleResult(item.id, events=events)


def test_samples_are_original_short_articles():
    samples = load_samples()
    assert 6 <= len(samples) <= 10
    assert len({a.id for a in samples}) == len(samples)
    for article in samples:
        assert 80 <= len(article.text.split()) <= 250, article.id
        assert article.published is not None and article.title and article.source
    china = next(a for a in samples if a.id == "aze-chn-consultations")
    assert all(word in china.text for word in ("Tovuz", "Baku", "Xi'an", "Armenian"))


def test_run_demo_stores_and_summarises():
    pipeline = FakePipeline()
    articles = load_samples()[:3]
    with open_store(":memory:") as store:
        report = run_demo(pipeline, store, articles=articles)
        assert report.ingest.inserted == 3 and report.ingest.events == 6
        assert [(d.a, d.b, d.events) for d in report.dyads] == [
            ("ARM", "AZE", 3),
            ("AZE", "CHN", 3),
        ]
        assert len(report.events) == 6
        again = run_demo(pipeline, store, articles=articles)  # re-coded, replaced, not doubled
        assert again.ingest.replaced == 3
        assert store.scalar("SELECT count(*) FROM events") == 6


@pytest.mark.parametrize(
    ("commit_every", "skipped", "duplicates", "coded"),
    [
        (1, 1, 0, ["a", "b"]),  # a is committed before c is read: c is never coded
        (100, 0, 1, ["a", "b", "c"]),  # a and c in one chunk: c is dropped at save
    ],
)
def test_ingest_skips_stored_articles_and_records_failures(
    commit_every, skipped, duplicates, coded
):
    pipeline = FakePipeline()
    items = [
        Article("a", "Text A.", dt.date(2020, 8, 19)),
        FileReadError_("missing.txt"),
        Article("b", "Text B FAIL.", dt.date(2020, 8, 19)),
        Article("c", "Text A.", dt.date(2020, 8, 19)),  # same text as a
    ]
    with open_store(":memory:") as store:
        report = ingest(pipeline, store, items, options=IngestOptions(commit_every=commit_every))
        assert (report.read, report.inserted, report.failed) == (4, 1, 2)
        assert (report.skipped, report.duplicates) == (skipped, duplicates)
        assert pipeline.coded == coded
        assert [f["item"] for f in store.failures()] == ["missing.txt", "b"]
        second = ingest(pipeline, store, [Article("a", "Text A.")])
        assert (second.skipped, second.inserted) == (1, 0)
        assert pipeline.coded == coded  # the stored article was not coded again


def FileReadError_(item: str) -> ArticleError:  # noqa: N802 - reads like the error class
    from eventscope.errors import FileReadError

    return FileReadError(item, detail="no such file")


@pytest.fixture()
def cli(monkeypatch, tmp_path):
    """Run CLI commands against a DuckDB file with the fake pipeline."""
    monkeypatch.setattr(store_cmd, "build_pipeline", lambda settings: FakePipeline())
    monkeypatch.setenv("EVENTSCOPE_CONFIG", str(tmp_path / "none.toml"))
    db = str(tmp_path / "events.duckdb")
    runner = CliRunner()

    def run(*args: str, code: int = 0):
        result = runner.invoke(main, [*args, "--db", db])
        assert result.exit_code == code, result.output
        return result

    return run


def test_demo_command_prints_events_and_pairs(cli):
    result = cli("demo")
    assert "source_code" in result.output and "AZEGOV" in result.output
    assert "Country pairs:" in result.output and "ARM" in result.output
    assert "stored 9" in result.output


def test_ingest_command(cli, tmp_path):
    (tmp_path / "one.txt").write_text("Azerbaijan and China met.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    one, empty = str(tmp_path / "one.txt"), str(tmp_path / "empty.txt")
    result = cli("ingest", one, empty, "--workers", "1", code=1)
    assert "stored 1" in result.output and "failed 1" in result.output
    again = cli("ingest", one, empty, "--workers", "1")
    assert "stored 0" in again.output and "skipped 1 already stored" in again.output
    assert "skipped 1 that failed before" in again.output
    retried = cli("ingest", empty, "--workers", "1", "--retry-failed", code=1)
    assert "failed 1" in retried.output
    (tmp_path / "two.txt").write_text("Azerbaijan and China met again.", encoding="utf-8")
    bulk = cli("ingest", str(tmp_path / "two.txt"), "--cluster-at-end", "--workers", "1")
    assert "stored 1" in bulk.output
    result = cli("events", "--format", "jsonl")
    assert all(json.loads(line)["extra"]["cluster_id"] for line in result.output.splitlines())


def test_query_commands(cli):
    cli("demo")
    timeline = cli("dyad", "AZE", "CHN", "--by", "year", "--format", "csv")
    assert timeline.output.splitlines()[0].startswith("period,events,mentions,verbal_cooperation")
    assert len(timeline.output.splitlines()) == 3  # 2020 and 2021
    partners = cli("partners", "aze", "--rank-by", "conflict", "--format", "jsonl")
    assert json.loads(partners.output.splitlines()[0])["partner"] == "ARM"
    events = cli("events", "--root", "19", "--limit", "2", "--format", "jsonl")
    assert [json.loads(line)["cameo"] for line in events.output.splitlines()] == ["190", "190"]
    everything = cli("events", "--limit", "0", "--format", "jsonl").output.splitlines()
    assert len(everything) > 2
    assert len(everything) == len(
        cli("events", "--limit", "1000", "--format", "jsonl").output.splitlines()
    )
    bad = cli("events", "--country", "Azerbaijan", code=1)
    assert "alpha-3" in bad.output


def test_query_without_store_is_a_clear_error(cli):
    result = cli("partners", "AZE", code=1)
    assert "no event store" in result.output


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl", "plover", "gdelt", "icews"])
def test_export_round_trips(cli, tmp_path, fmt):
    cli("demo")
    output = tmp_path / f"events.{fmt}"
    result = cli("export", "--format", fmt, "--output", str(output), "--dyad", "AZE", "CHN")
    written = int(result.output.split()[1])
    if fmt == "parquet":
        frame = pd.read_parquet(output)
    elif fmt == "csv":
        frame = pd.read_csv(output)
    if fmt in ("csv", "parquet"):
        assert len(frame) == written == 9
        assert set(frame["source_country"]) == {"AZE"} and set(frame["location_name"]) == {"Baku"}
        return
    lines = output.read_text(encoding="utf-8").splitlines()
    if fmt == "jsonl":
        assert [json.loads(line)["source"]["code"] for line in lines] == ["AZEGOV"] * 9
    elif fmt == "plover":
        assert {json.loads(line)["event"][0] for line in lines} == {"CONSULT"}
    elif fmt == "gdelt":
        cells = lines[0].split("\t")
        assert len(cells) == 61 and cells[25:29] == ["1", "040", "040", "04"]
        assert written == 9  # each article's meeting has its own date: one cluster each
    else:
        header = lines[0].split("\t")
        assert header[4] == "Source Country" and lines[1].split("\t")[4] == "Azerbaijan"
        assert len(lines) == written + 1


def test_an_old_store_is_upgraded_by_migrate(cli, tmp_path):
    cli("demo")
    with open_store(str(tmp_path / "events.duckdb")) as store:
        store.scalar("DELETE FROM schema_migrations WHERE version >= 7")
        store.scalar("ALTER TABLE events DROP COLUMN pair")
    refused = cli("dyad", "AZE", "CHN", code=1)
    assert "eventscope migrate --db" in refused.output and "Traceback" not in refused.output
    assert "schema version" in cli("migrate").output
    timeline = cli("dyad", "AZE", "CHN", "--by", "year", "--format", "csv").output.splitlines()
    assert len(timeline) == 3  # header, 2020, 2021: the same as before the downgrade
