"""``eventscope places``: find and geocode the place names of JSONL articles."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from ..io.output import write_records
from .common import format_option, get_settings, report_error

PLACE_COLUMNS = ("article_id", "start", "end", "text", "name", "country", "lat", "lon")


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, record) per non-blank line, or (line number, error text)."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield number, f"not JSON ({exc})"
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield number, 'each line must be an object with a "text" string'
                continue
            yield number, record


def _mentions(record: dict[str, Any]) -> list[dict[str, Any]] | None:
    mentions = record.get("mentions")
    if mentions is None:
        return None
    text_length = len(record["text"])
    for mention in mentions:
        start, end = mention.get("start"), mention.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            raise ValueError(f"bad mention span {mention!r}")
        if end > text_length:
            raise ValueError(f"mention {start}-{end} is past the end of the text")
    return list(mentions)


@click.command("places")
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@format_option(default="jsonl")
def places_command(input_path: Path, fmt: str) -> None:
    """Find and geocode place names in INPUT_PATH (JSONL: {"id", "text", "mentions"?}).

    With "mentions": [{"start", "end"}] only those character spans are resolved. Prints one
    record per place mention; a bad line gets an error line naming it, and the command exits
    with status 1 at the end.
    """
    from ..nlp import load_nlp
    from ..places import locate_article, place_record
    from ..places.record import output_resolver

    settings = get_settings()
    nlp = load_nlp(settings.model)
    resolver = output_resolver(settings.cache_dir)
    failures, rows = 0, []
    for number, record in _records(input_path):
        if isinstance(record, str):
            failures += 1
            report_error(f"{input_path}:{number}: {record}")
            continue
        article_id = str(record.get("id", f"{input_path.name}:{number}"))
        try:
            found = locate_article(nlp, resolver, record["text"], mentions=_mentions(record))
        except (ValueError, TypeError, AttributeError) as exc:
            failures += 1
            report_error(f"{input_path}:{number}: {exc}")
            continue
        records = [place_record(article_id, mention) for mention in found]
        if fmt == "jsonl":
            write_records(records, fmt, sys.stdout)
        else:
            rows.extend(records)
    if fmt != "jsonl":
        write_records(rows, fmt, sys.stdout, columns=PLACE_COLUMNS if fmt == "table" else None)
    if failures:
        raise SystemExit(1)


def register(group: click.Group) -> None:
    """Add ``places`` to the ``eventscope`` group."""
    group.add_command(places_command)
