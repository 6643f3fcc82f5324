"""``eventscope dates``: normalise time expressions from JSONL lines (TempEval style)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import click

from ..io.output import write_records
from .common import format_option, report_error


@click.command("dates")
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(path_type=Path))
@format_option(default="jsonl")
def dates_command(input_path: Path, fmt: str) -> None:
    """Normalise time expressions: lines {"id","dct","expression","context"} in,
    {"id","value","precision"} out (value TIMEX3-style or null). Use - for stdin.

    Bad lines get one error line on stderr naming the line; the run goes on and exits
    with status 1 at the end if any line failed.
    """
    from ..dates.records import normalise_lines
    from ..errors import ArticleError

    stream = sys.stdin if str(input_path) == "-" else _open(input_path)
    failures = 0
    records = []
    with stream:
        for result in normalise_lines(stream, source=str(input_path)):
            if isinstance(result, ArticleError):
                failures += 1
                report_error(str(result))
            elif fmt == "jsonl":
                write_records([result], fmt, sys.stdout)
            else:
                records.append(result)
    if fmt != "jsonl":
        write_records(records, fmt, sys.stdout, columns=("id", "value", "precision"))
    if failures:
        raise SystemExit(1)


def _open(path: Path) -> TextIO:
    try:
        return path.open(encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from exc


def register(group: click.Group) -> None:
    """Add the ``dates`` command to the ``eventscope`` group."""
    group.add_command(dates_command)
