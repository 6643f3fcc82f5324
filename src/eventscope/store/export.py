"""Export stored events to files: csv, parquet, jsonl (the output contract), plover, gdelt, icews.

Rows stream from the store as Arrow batches, so a store larger than memory exports fine.

* ``csv`` / ``parquet``: one row per event, flat columns (``EVENT_COLUMNS`` + ``id``,
  ``cluster_id``) plus the article's ``published``, ``title``, ``url``, ``publisher`` and the
  cluster's ``num_mentions`` / ``num_articles``. Parquet stores ``date``, ``end_date`` and
  ``published`` as timestamps (midnight; ``date_precision`` says how much of the date is known)
  so pandas reads them as datetime64, not as Python objects.
* ``jsonl``: one event per line in the ``eventscope code`` contract; ``extra`` carries
  ``event_id`` and ``cluster_id``.
* ``plover``: one JSON object per line per the PLOVER manual's Data Fields chapter (events
  without a date, a source actor or a PLOVER type are left out); see
  :mod:`eventscope.store.export_plover`.
* ``gdelt``: tab-separated GDELT 2.0 event table rows (61 columns, no header), one row per
  event *cluster*; see :mod:`eventscope.store.export_formats` for which columns stay empty.
* ``icews``: tab-separated ICEWS event rows with a header, one row per event, canonical actor
  names, ICEWS-style sectors and country names; see :mod:`eventscope.store.export_icews`.

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
from .export_formats import GDELT_SQL, gdelt_row
from .export_icews import ICEWS_COLUMNS, ICEWS_SQL, icews_row
from .export_plover import PLOVER_SQL, plover_record
from .filters import EventFilter
from .rows import event_from_record

if TYPE_CHECKING:
    import pyarrow as pa

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


# One row per event with its article's publication date, title, URL and outlet, and the counts
# of its cluster (mentions, articles). {where} is an EventFilter.where("e") clause (twice).
TABULAR_SQL = """
    SELECT e.*, a.published, a.title, a.url, a.source AS publisher,
           c.num_mentions, c.num_articles
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN (
        SELECT cluster_id, count(*) AS num_mentions, count(DISTINCT article_id) AS num_articles
        FROM events WHERE cluster_id IN (SELECT e.cluster_id FROM events e {where})
        GROUP BY cluster_id) c ON c.cluster_id = e.cluster_id
    {where} ORDER BY e.date, e.article_id, e.sentence_index, e.id"""
# pandas reads a Parquet DATE column as Python objects; a timestamp column becomes datetime64.
PARQUET_TIMESTAMPS = ("date", "end_date", "published")


def tabular_sql(filters: EventFilter) -> tuple[str, list[Any]]:
    """The csv/parquet query for ``filters`` and its parameters."""
    where, params = filters.where("e")
    sql = TABULAR_SQL.format(where=where)
    params = [*params, *params]
    if filters.limit is not None:
        sql += " LIMIT ?"
        params.append(filters.limit)
    return sql, params


def _parquet_schema(schema: pa.Schema) -> pa.Schema:
    import pyarrow as pa

    for name in PARQUET_TIMESTAMPS:
        index = schema.get_field_index(name)
        schema = schema.set(index, pa.field(name, pa.timestamp("ms")))
    return schema


def _write_arrow(store: Store, path: Path, fmt: str, filters: EventFilter) -> int:
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    writer: Any = None
    count = 0
    try:
        for batch in store.batches(*tabular_sql(filters)):
            if fmt == "parquet":
                batch = batch.cast(_parquet_schema(batch.schema))
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


def _write_plover(store: Store, filters: EventFilter, stream: TextIO) -> int:
    where, params = filters.where("e")
    count = 0
    for record in _records(store, PLOVER_SQL.format(where=where), params):
        plover = plover_record(record)
        if plover is not None:
            stream.write(json.dumps(plover, ensure_ascii=False) + "\n")
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
    sql = ICEWS_SQL.format(where=where)
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
