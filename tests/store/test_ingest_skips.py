"""Skipped is not failed: tables and texts in other languages are skipped with their reason.

Texts that are readable but not news to code (an earnings table, a story in German) are
counted and stored as *skipped*; only texts that could not be read or coded are *failed*.
``ingest`` and ``code`` exit 0 when nothing failed, and 1 with ``--strict`` when anything
was skipped. The texts are our own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import pytest
from click.testing import CliRunner

from eventscope.cli import main, store_cmd
from eventscope.errors import ArticleError, NotEnglishError, NotProseError, is_skip
from eventscope.io.textcheck import check_text
from eventscope.models import Article, ArticleResult
from eventscope.store import open_store
from eventscope.store.ingest import ingest

PROSE = (
    "Georgia and Armenia signed a transit agreement in Tbilisi on Monday, and the two "
    "governments said that 12 new border posts would open by the end of the year."
)
EARNINGS = (
    "Oper shr 31 cts vs 27 cts\nOper net 4,210,000 vs 3,650,000\n"
    "Revs 88.2 mln vs 80.4 mln\nNine mths\nOper shr 1.02 dlrs vs 88 cts\n"
    "Oper net 13.8 mln vs 11.9 mln"
)
DIVIDEND = "Qtly div seven cts vs six cts prior\nPay June two\nRecord May 14"
PRICES = (
    "Close 14.20 up 0.35 Open 13.90 High 14.25 Low 13.80 Volume 1,250,000 shares "
    "Prev close 13.85 Bid 14.15 Ask 14.30 Range 12.40 16.10 Yield 3.2 pct"
)
GERMAN = (
    "Die Regierung hat am Dienstag in Berlin 35 Millionen Euro für neue Schulen bewilligt, "
    "sagte der Minister, und die Opposition kritisierte die Entscheidung scharf."
)
SPANISH_LINES = (
    "El gobierno anunció el martes el envío de soldados a la frontera norte del país.\n"
    "La oposición criticó la decisión y pidió una sesión urgente del congreso nacional."
)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (EARNINGS, NotProseError),
        (DIVIDEND, NotProseError),
        (PRICES, NotProseError),
        (GERMAN, NotEnglishError),
        (SPANISH_LINES, NotEnglishError),
    ],
)
def test_tables_and_other_languages_are_refused_as_skips(text, error):
    with pytest.raises(error) as raised:
        check_text("item", text, max_bytes=100_000)
    assert raised.value.skip and is_skip(raised.value.code)


def test_prose_with_figures_is_coded():
    check_text("item", PROSE, max_bytes=100_000)


@pytest.mark.parametrize(
    ("code", "skipped"), [("E105", True), ("E111", True), ("E101", False), ("E100", False)]
)
def test_results_are_skipped_only_for_skip_codes(code, skipped):
    result = ArticleResult("a", error=f"[{code}] a: why", error_code=code)
    assert (result.skipped, result.ok) == (skipped, False)
    assert not ArticleResult("b").skipped


class CheckingCoder:
    """Checks each text like the pipeline does; a text with 'BROKEN' fails to code."""

    def code_many(self, items: Iterable[Article | ArticleError]) -> Iterator[ArticleResult]:
        for item in items:
            if isinstance(item, ArticleError):
                yield ArticleResult(item.item or "?", error=str(item), error_code=item.code)
                continue
            try:
                check_text(item.id, item.text, max_bytes=100_000)
            except ArticleError as error:
                yield ArticleResult(item.id, error=str(error), error_code=error.code)
                continue
            if "BROKEN" in item.text:
                yield ArticleResult(item.id, error=f"[E100] {item.id}: broken", error_code="E100")
                continue
            yield ArticleResult(item.id)


def articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{number}", text=text) for number, text in enumerate(texts)]


def test_ingest_counts_and_stores_skips_apart_from_failures():
    items = articles(PROSE, EARNINGS, GERMAN, PROSE + " BROKEN")
    with open_store(":memory:") as store:
        report = ingest(CheckingCoder(), store, items)
        assert (report.stored, report.failed) == (1, 1)
        assert [(item, code) for item, code, _ in report.skips] == [("a1", "E111"), ("a2", "E105")]
        assert [row["item"] for row in store.failures(status="skipped")] == ["a1", "a2"]
        assert [row["item"] for row in store.failures(status="failed")] == ["a3"]
        assert "skipped 2 not news text" in report.summary()
        assert "failed 1" in report.summary()
        again = ingest(CheckingCoder(), store, items)
        assert (again.skipped, again.skipped_before, again.skipped_failed) == (1, 2, 1)
        assert "skipped 2 skipped before" in again.summary()


def test_migration_marks_old_not_english_failures_as_skipped(tmp_path):
    path = str(tmp_path / "old.duckdb")
    with open_store(path) as store:
        store.scalar("ALTER TABLE failures DROP COLUMN status")
        store.scalar("DELETE FROM schema_migrations WHERE version = 5")
        for item, code in (("de.txt", "E105"), ("empty.txt", "E101")):
            store.scalar(
                "INSERT INTO failures (item, code, reason, \"at\") VALUES (?, ?, 'why', now())",
                [item, code],
            )
    with open_store(path) as store:
        statuses = {row["item"]: row["status"] for row in store.failures()}
    assert statuses == {"de.txt": "skipped", "empty.txt": "failed"}


@pytest.fixture()
def files(tmp_path):
    texts = {"prose.txt": PROSE, "table.txt": EARNINGS, "german.txt": GERMAN, "empty.txt": ""}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {name: str(tmp_path / name) for name in texts}


@pytest.fixture()
def run(monkeypatch, tmp_path, nlp):
    """Run the CLI with the real pipeline (the session's model) and a fresh settings file."""
    from eventscope.pipeline import Pipeline

    monkeypatch.setattr(store_cmd, "build_pipeline", lambda settings: Pipeline(nlp=nlp))
    monkeypatch.setenv("EVENTSCOPE_CONFIG", str(tmp_path / "none.toml"))

    def invoke(*args: str, code: int):
        result = CliRunner().invoke(main, list(args))
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert result.exit_code == code, result.output
        return result

    return invoke


def test_ingest_exits_0_when_texts_are_only_skipped(run, files, tmp_path):
    db = str(tmp_path / "events.duckdb")
    paths = (files["prose.txt"], files["table.txt"], files["german.txt"])
    result = run("ingest", *paths, "--db", db, "--workers", "1", code=0)
    assert "stored 1" in result.stdout and "failed 0" in result.stdout
    assert "skipped 2 not news text" in result.stdout
    assert "articles: 3 (2 skipped, 0 failed)" in result.stderr
    assert "error:" not in result.stderr
    listed = run("failures", "--skipped", "--db", db, "--format", "csv", code=0)
    rows = listed.stdout.splitlines()
    assert rows[0] == "item,status,code,reason,at"
    assert [row.split(",")[1:3] for row in rows[1:]] == [["skipped", "E111"], ["skipped", "E105"]]
    assert rows[1].startswith("table,") and "table of figures" in rows[1]
    assert run("failures", "--db", db, "--format", "jsonl", code=0).stdout == ""


def test_ingest_fails_on_failures_and_on_skips_when_strict(run, files, tmp_path):
    strict_db = str(tmp_path / "strict.duckdb")
    run("ingest", files["table.txt"], "--db", strict_db, "--workers", "1", "--strict", code=1)
    db = str(tmp_path / "events.duckdb")
    result = run(
        "ingest", files["table.txt"], files["empty.txt"], "--db", db, "--workers", "1", code=1
    )
    assert "failed 1" in result.stdout and "skipped 1 not news text" in result.stdout
    listed = run("failures", "--all", "--db", db, "--format", "jsonl", code=0)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(row["status"], row["code"]) for row in rows] == [
        ("skipped", "E111"),
        ("failed", "E101"),
    ]


def test_code_reports_skips_apart_and_exits_0(run, files):
    result = run("code", files["prose.txt"], files["table.txt"], files["german.txt"], code=0)
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == 2 and "[E111]" in skipped[0] and "[E105]" in skipped[1]
    assert "error:" not in result.stderr
    run("code", files["table.txt"], "--strict", code=1)
    failed = run("code", files["prose.txt"], files["empty.txt"], code=1)
    assert "error: [E101]" in failed.stderr
