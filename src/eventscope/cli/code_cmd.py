"""``eventscope code``: code files of articles and print the events."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..io.output import EVENT_TABLE_COLUMNS, write_records
from .common import format_option, get_settings, report_error, rule_options, with_rule_files


@click.command("code")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--published", default=None, help="Publication date YYYY-MM-DD (default: JSONL/HTML)."
)
@rule_options
@click.option("--strict", is_flag=True, help="Exit with status 1 if any text was skipped, too.")
@format_option(default="jsonl")
def code_command(
    paths: tuple[Path, ...], published: str | None, fmt: str, strict: bool, **flags: Any
) -> None:
    """Code text, HTML or JSONL files (a JSONL file holds many articles) into events.

    Bad items get one error line on stderr naming the item; texts that are not news to
    code (a table of figures, another language) get one "skipped:" line. The run goes on
    and exits with status 1 at the end if any item failed (with --strict, also if any was
    skipped).
    """
    from ..errors import BadDateError
    from ..io.readers import parse_date, read_paths
    from ..pipeline import Pipeline

    settings = with_rule_files(get_settings(), flags)
    try:
        when = parse_date(published, item="--published")
    except BadDateError as error:
        raise click.BadParameter(str(error), param_hint="--published") from error
    pipeline = Pipeline(settings=settings)
    items = read_paths(paths, published=when, max_bytes=settings.max_article_bytes)
    failures = skips = 0
    records = []
    for result in pipeline.code_many(items):
        if result.skipped:
            skips += 1
            click.echo(f"skipped: {result.error}", err=True)
            continue
        if not result.ok:
            failures += 1
            report_error(result.error or result.article_id)
            continue
        events = [event.to_dict() for event in result.events]
        if fmt == "jsonl":
            write_records(events, fmt, sys.stdout)
        else:
            records.extend(events)
    if fmt != "jsonl":
        columns = EVENT_TABLE_COLUMNS if fmt == "table" else None
        write_records(records, fmt, sys.stdout, columns=columns)
    if failures or (strict and skips):
        raise SystemExit(1)


def register(group: click.Group) -> None:
    group.add_command(code_command)
