"""Output formats for records: JSONL (the contract), CSV (flattened) and a table for people.

Each is registered in ``registry.formats`` (see :mod:`eventscope.registry`); a plugin adds more.

Records are plain dicts (``Event.to_dict()`` or analytics rows); nested dicts such as
``source`` are flattened to ``source_country`` etc. for CSV and tables.

Example:
    >>> import io
    >>> out = io.StringIO()
    >>> write_records([{"a": 1, "b": {"c": 2}}], "csv", out)
    1
    >>> out.getvalue().splitlines()
    ['a,b_c', '1,2']
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from ..registry import registry

# The built-in formats; `registry.formats.names()` adds those of installed plugins.
FORMATS = tuple(registry.formats.builtins)

# Columns people want to see first in a table of events; the rest are in JSONL/CSV.
EVENT_TABLE_COLUMNS = (
    "date",
    "source_code",
    "cameo",
    "target_code",
    "goldstein",
    "location_name",
    "trigger",
    "sentence",
)


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"source": {"country": "AZE"}}`` → ``{"source_country": "AZE"}``."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}_"))
        elif isinstance(value, list | tuple):
            flat[name] = ";".join(str(v) for v in value)
        else:
            flat[name] = value
    return flat


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    stream: TextIO,
    *,
    columns: Sequence[str] | None = None,
) -> int:
    """Write records in ``fmt`` (a name in ``registry.formats``); returns how many were written."""
    writer = registry.formats.get(fmt)
    return int(writer(records, stream, columns=columns))


def write_jsonl(
    records: Iterable[dict[str, Any]], stream: TextIO, *, columns: Sequence[str] | None = None
) -> int:
    """One JSON object per line (``columns`` is ignored: JSONL keeps every field)."""
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def write_csv(
    records: Iterable[dict[str, Any]], stream: TextIO, *, columns: Sequence[str] | None = None
) -> int:
    """Flattened records as CSV with a header (``columns``, else every key in order seen)."""
    return _write_csv([flatten(record) for record in records], stream, columns)


def write_table(
    records: Iterable[dict[str, Any]], stream: TextIO, *, columns: Sequence[str] | None = None
) -> int:
    """Flattened records as an aligned text table for people (long cells cut with "…")."""
    return _write_table([flatten(record) for record in records], stream, columns)


def _header(rows: list[dict[str, Any]], columns: Sequence[str] | None) -> list[str]:
    if columns:
        return list(columns)
    header: list[str] = []
    for row in rows:
        header.extend(key for key in row if key not in header)
    return header


def _write_csv(rows: list[dict[str, Any]], stream: TextIO, columns: Sequence[str] | None) -> int:
    header = _header(rows, columns)
    writer = csv.DictWriter(stream, fieldnames=header, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)
    return len(rows)


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _write_table(rows: list[dict[str, Any]], stream: TextIO, columns: Sequence[str] | None) -> int:
    header = _header(rows, columns)
    if not rows:
        stream.write("(no rows)\n")
        return 0
    limit = {"sentence": 70, "evidence": 70, "text": 50}
    widths = {
        col: min(max(len(col), *(len(_cell(r.get(col), 200)) for r in rows)), limit.get(col, 28))
        for col in header
    }
    stream.write("  ".join(col.ljust(widths[col]) for col in header).rstrip() + "\n")
    stream.write("  ".join("-" * widths[col] for col in header) + "\n")
    for row in rows:
        cells = (_cell(row.get(col), widths[col]).ljust(widths[col]) for col in header)
        stream.write("  ".join(cells).rstrip() + "\n")
    return len(rows)
