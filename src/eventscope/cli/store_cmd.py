"""Store commands that write or manage the store: ``demo``, ``ingest``, ``failures``, ``migrate``.

Thin wrappers: parse options, open the store, call one library function
(:mod:`eventscope.demo`, :mod:`eventscope.store.ingest`) and print the result. The commands
that only read it are in :mod:`eventscope.cli.query_cmd`.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import EventscopeError
from ..io.output import EVENT_TABLE_COLUMNS, write_records
from .common import (
    db_option,
    format_option,
    get_settings,
    report_error,
    rule_options,
    with_rule_files,
)

if TYPE_CHECKING:
    from ..models import ArticleResult
    from ..runners.progress import Progress
    from ..settings import Settings
    from ..store import Store
    from ..store.ingest import Coder

DATE = click.DateTime(formats=["%Y-%m-%d"])
SUMMARY_COLUMNS = ("a", "b", "events", "cooperation", "conflict", "goldstein_mean")
KEY_COLUMNS = ("date", "source_code", "cameo", "target_code", "num_articles", "sentence")
# Test hook: with N set, `ingest` stops after N coded articles (a named line on stderr, then
# it waits), so crash-safety tests kill it at a point they observe, not after a guessed delay.
STOP_AFTER_VARIABLE = "EVENTSCOPE_TEST_STOP_AFTER"


def build_pipeline(settings: Settings) -> Coder:
    """The pipeline the commands code with (tests replace this function)."""
    from ..pipeline import Pipeline

    return Pipeline(settings=settings)


@contextmanager
def opened_store(db: str | None, *, read_only: bool = False) -> Iterator[Store]:
    """Open ``--db`` (or the `db` setting); store errors become one clear CLI error."""
    from ..store import StoreOptions, open_store

    path = db or get_settings().db
    if read_only and path != ":memory:" and "://" not in path and not Path(path).exists():
        raise click.ClickException(f"no event store at {path}; run `eventscope ingest` first")
    try:
        store = open_store(path, options=StoreOptions(read_only=read_only))
    except EventscopeError as error:
        raise click.ClickException(str(error)) from error
    with store:
        try:
            yield store
        except EventscopeError as error:
            raise click.ClickException(str(error)) from error


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


@click.command("demo")
@db_option
def demo_command(db: str | None) -> None:
    """Code the bundled sample articles into the store and print the events and dyads."""
    from ..analytics import as_rows
    from ..demo import run_demo

    settings = get_settings()
    pipeline = build_pipeline(settings)
    with opened_store(db or settings.db) as store:
        report = run_demo(pipeline, store)
        write_records(report.event_records(), "table", sys.stdout, columns=EVENT_TABLE_COLUMNS)
        click.echo("\nCountry pairs:")
        write_records(as_rows(list(report.dyads)), "table", sys.stdout, columns=SUMMARY_COLUMNS)
        click.echo("\nKey events (one per cluster):")
        write_records(as_rows(list(report.key_events)), "table", sys.stdout, columns=KEY_COLUMNS)
        click.echo(f"\n{report.ingest.summary()}; store: {store.name}")
    for _item, _code, reason in report.ingest.failures:
        report_error(reason)
    if report.ingest.failures:
        raise SystemExit(1)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", type=DATE, default=None, help="Publication date YYYY-MM-DD.")
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Worker processes (0: one per core; 1: this process).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Code on this machine's workers or on a Dask cluster.",
)
@click.option(
    "--scheduler",
    default=None,
    help="Dask scheduler address (tcp://host:8786); default: a LocalCluster.",
)
@click.option(
    "--parquet-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="With --engine dask: also write each partition's events as Parquet here.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=None,
    help="Per-article time limit in seconds (setting article_timeout).",
)
@click.option("--retry-failed", is_flag=True, help="Code again items that failed in earlier runs.")
@click.option("--replace", is_flag=True, help="Re-code articles already stored.")
@click.option(
    "--cluster-at-end", is_flag=True, help="Recluster once at the end (big loads, big stores)."
)
@rule_options
@click.option("--strict", is_flag=True, help="Exit with status 1 if any text was skipped, too.")
def ingest_command(paths: tuple[str, ...], db: str | None, **flags: Any) -> None:
    """Code files, directories, globs, JSONL(.gz), feeds or WARC archives and store the events.

    Resumable: articles already stored (same text) are skipped, so a killed run continues
    where it stopped; items that failed or were skipped before are not tried again unless
    --retry-failed. Items that cannot be read or coded are reported as failed; texts that are
    not news to code (a table of figures, another language) are skipped. Both are recorded
    with their reason in the store (`eventscope failures`, `eventscope failures --skipped`).
    Exits with status 1 at the end if any item failed in this run (with --strict, also if any
    was skipped). Progress goes to stderr.
    """
    from ..io.sources import read_sources
    from ..runners.progress import Progress
    from ..store.ingest import IngestOptions, ingest

    settings = with_rule_files(get_settings(article_timeout=flags["timeout"]), flags)
    coder = build_coder(settings, flags)
    items = read_sources(
        paths,
        published=_day(flags["published"]),
        max_bytes=settings.max_article_bytes,
        max_decompressed=settings.max_decompressed_bytes,
    )
    progress = Progress(label="ingest")
    options = IngestOptions(
        replace=flags["replace"],
        cluster_at_end=flags["cluster_at_end"],
        retry_failed=flags["retry_failed"],
    )
    with opened_store(db or settings.db) as store:
        report = ingest(
            coder,
            store,
            items,
            options=options,
            on_result=_result_counter(progress, _stop_after()),
        )
    progress.finish()
    for _item, _code, reason in report.failures:
        report_error(reason)
    click.echo(report.summary())
    if report.skips:
        click.echo("skipped texts and their reasons: eventscope failures --skipped", err=True)
    if report.failures or (flags["strict"] and report.skips):
        raise SystemExit(1)


def _stop_after() -> int | None:
    value = os.environ.get(STOP_AFTER_VARIABLE, "").strip()
    return int(value) if value.isdigit() else None


def _result_counter(progress: Progress, stop_after: int | None) -> Callable[[ArticleResult], None]:
    """Count each result in ``progress``; with ``stop_after``, stop there (see the test hook)."""

    def count(result: ArticleResult) -> None:
        skipped = result.skipped
        progress.update(
            events=len(result.events), failed=not result.ok and not skipped, skipped=skipped
        )
        if stop_after is not None and progress.articles >= stop_after:
            click.echo(f"ingest: stopped after {progress.articles} articles", err=True)
            while True:  # until the test kills the process
                signal.pause()

    return count


def build_coder(settings: Settings, flags: dict[str, Any]) -> Coder:
    """The coder for ``ingest``: this process, local worker processes, or a Dask cluster."""
    if flags["engine"] == "dask":
        from ..runners.dask import DaskCoder, DaskOptions

        sized = {"local_workers": flags["workers"]} if flags["workers"] else {}
        options = DaskOptions(
            scheduler=flags["scheduler"], parquet_dir=flags["parquet_dir"], **sized
        )
        return DaskCoder(settings, options=options)
    from ..runners.local import BatchOptions, ParallelCoder, TimedCoder

    batch = BatchOptions(workers=flags["workers"])
    if batch.resolved_workers() == 1:
        return TimedCoder(build_pipeline(settings), timeout=settings.article_timeout)
    return ParallelCoder(settings, options=batch)


@click.command("failures")
@click.option("--skipped", "status", flag_value="skipped", help="List the skipped texts instead.")
@click.option("--all", "status", flag_value="all", help="List failed and skipped items.")
@db_option
@format_option(default="table")
def failures_command(status: str | None, db: str | None, fmt: str) -> None:
    """List the items ingest runs recorded as failed (could not be read or coded), or with
    --skipped the texts they skipped (tables, other languages), with code and reason."""
    wanted = None if status == "all" else (status or "failed")
    with opened_store(db, read_only=True) as store:
        rows = store.failures(status=wanted)
    columns = ("item", "status", "code", "reason", "at")
    records = [{name: row.get(name) for name in columns} for row in rows]
    write_records(records, fmt, sys.stdout, columns=columns)


@click.command("migrate")
@db_option
def migrate_command(db: str | None) -> None:
    """Upgrade the store's schema to this version of eventscope (opening it for writing
    applies pending migrations; read-only commands and `serve --read-only` need it done)."""
    with opened_store(db) as store:
        latest = store.migrations()[-1]
    click.echo(f"{store.name}: schema version {latest['version']} ({latest['name']})")


def register(group: click.Group) -> None:
    """Add this module's commands to the ``eventscope`` group."""
    for command in (
        demo_command,
        ingest_command,
        failures_command,
        migrate_command,
    ):
        group.add_command(command)
