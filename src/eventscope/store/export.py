"""Export stored events to files: csv, parquet, jsonl (the output contract), plover, gdelt, icews.

Rows stream from the store as Arrow batches, so a store larger than memory exports fine.

* ``csv`` / ``parquet``: one row per event, flat columns (``EVENT_COLUMNS`` + ``id``,
  ``cluster_id``), read back with pandas/pyarrow.
* ``jsonl``: one event per line in the ``eventscope code`` contract; ``extra`` carries
  ``event_id`` and ``cluster_id``.
* ``plover``: one JSON object per event with a PLOVER type (events whose CAMEO code has no
  PLOVER mapping are left out); fields in :func:`plover_record`.
* ``gdelt``: tab-separated GDELT 2.0 event table rows (61 columns, no header), one row per
  event *cluster*; see :mod:`eventscope.store.export_formats` for which columns stay empty.
* ``icews``: tab-separated ICEWS-style event rows with a header, one row per event.

Example:
    >>> export_events(store, "events.parquet", fmt="parquet")   # doctest: +SKIP
    1234
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..registry import registry
from .export_formats import GDELT_SQL, ICEWS_COLUMNS, gdelt_row, icews_row
from .filters import EventFilter
from .rows import event_from_record

if TYPE_CHECKING:
    from . import Store

# The built-in formats; `registry.exports.names()` adds those of installed plugins.
EXPORT_FORMATS = tuple(registry.exports.builtins)


def export_events(
    store: Store,
    output: str | Path,
    *,
    fmt: str,
    filters: EventFilter | None = None,
) -> int:
    """Write the events matching ``filters`` to ``output`` in ``fmt``; returns rows written.

    ``fmt`` is a name in ``registry.exports`` (the built-ins below, or a plugin's).
    """
    exporter = registry.exports.get(fmt)
    return int(exporter(store, Path(output), filters or EventFilter()))


# The built-in export formats, as ``registry.exports`` finds them:
# ``export(store, path, filters) -> rows written``.
def export_csv(store: Store, path: Path, filters: EventFilter) -> int:
    return _write_arrow(store, path, "csv", filters)


def export_parquet(store: Store, path: Path, filters: EventFilter) -> int:
    return _write_arrow(store, path, "parquet", filters)


def _to_text(writer: Callable[[Store, EventFilter, TextIO], int]) -> Callable[..., int]:
    def export(store: Store, path: Path, filters: EventFilter) -> int:
        with path.open("w", encoding="utf-8", newline="") as stream:
            return writer(store, filters, stream)

    return export


def _write_arrow(store: Store, path: Path, fmt: str, filters: EventFilter) -> int:
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    sql, params = store.events_sql(filters)
    writer: Any = None
    count = 0
    try:
        for batch in store.batches(sql, params):
            if writer is None:
                writer = (
                    pq.ParquetWriter(str(path), batch.schema)
                    if fmt == "parquet"
                    else pa_csv.CSVWriter(str(path), batch.schema)
                )
            writer.write_batch(batch)
            count += batch.num_rows
    finally:
        if writer is not None:
            writer.close()
    return count


def _records(store: Store, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    for batch in store.batches(sql, params, rows=20_000):
        yield from batch.to_pylist()


def _write_jsonl(store: Store, filters: EventFilter, stream: TextIO) -> int:
    count = 0
    for record in _records(store, *store.events_sql(filters)):
        event = event_from_record(record)
        stream.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def plover_record(record: dict[str, Any]) -> dict[str, Any]:
    """A stored event row → a PLOVER-style record (actor/recipient, type, place, text)."""
    date = record["date"]
    return {
        "id": str(record["id"]),
        "date": date.isoformat() if date is not None else None,
        "event_type": record["plover"],
        "mode": None,
        "context": None,
        "actor": record["source_name"] or record["source_text"],
        "actor_country": record["source_country"],
        "actor_role": record["source_sector"],
        "recipient": record["target_name"] or record["target_text"],
        "recipient_country": record["target_country"],
        "recipient_role": record["target_sector"],
        "location": {
            "name": record["location_name"],
            "country": record["location_country"],
            "admin1": record["location_admin1"],
            "lat": record["location_lat"],
            "lon": record["location_lon"],
            "geonameid": record["location_geonameid"],
        },
        "cameo": record["cameo"],
        "goldstein": record["goldstein"],
        "story_id": record["article_id"],
        "sentence_index": record["sentence_index"],
        "text": record["sentence"],
    }


def _write_plover(store: Store, filters: EventFilter, stream: TextIO) -> int:
    count = 0
    for record in _records(store, *store.events_sql(filters)):
        if record["plover"] is None:
            continue
        stream.write(json.dumps(plover_record(record), ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_gdelt(store: Store, filters: EventFilter, stream: TextIO) -> int:
    where, params = filters.where("e")
    count = 0
    for record in _records(store, GDELT_SQL.format(where=where), params):
        stream.write("\t".join(gdelt_row(record)) + "\n")
        count += 1
    return count


def _write_icews(store: Store, filters: EventFilter, stream: TextIO) -> int:
    where, params = filters.where("e")
    sql = f"""
        SELECT e.*, a.source AS publisher FROM events e JOIN articles a ON a.id = e.article_id
        {where} ORDER BY e.date, e.id"""
    stream.write("\t".join(ICEWS_COLUMNS) + "\n")
    count = 0
    for record in _records(store, sql, params):
        stream.write("\t".join(icews_row(record)) + "\n")
        count += 1
    return count


export_jsonl = _to_text(_write_jsonl)
export_plover = _to_text(_write_plover)
export_gdelt = _to_text(_write_gdelt)
export_icews = _to_text(_write_icews)
