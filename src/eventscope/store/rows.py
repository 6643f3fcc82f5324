"""Conversions between :class:`~eventscope.models.Event` objects and flat ``events`` rows.

A row is a tuple in :data:`~eventscope.store.schema.EVENT_COLUMNS` order; many rows become one
Arrow table (columns typed explicitly) for a single bulk insert. The conversions are derived
from the ``Event`` dataclass by :mod:`eventscope.store.layout`.

Example:
    >>> from eventscope.models import Article
    >>> content_hash(Article(id="a", text=" Hello  ").text) == content_hash("Hello")
    True
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..models import Event
from .layout import EVENT_LAYOUT
from .schema import ARTICLE_COLUMNS, PAIR_COLUMN

if TYPE_CHECKING:
    import pyarrow as pa


def content_hash(text: str) -> str:
    """SHA-256 of the text with surrounding white space removed: the article's identity."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def event_row(event: Event, *, article_id: str | None = None) -> tuple[Any, ...]:
    """The event as a tuple in ``EVENT_COLUMNS`` order, stored under ``article_id`` if given."""
    return EVENT_LAYOUT.row(event, article_id=article_id)


def events_table(rows: Sequence[tuple[Any, ...]]) -> pa.Table:
    """Rows in ``EVENT_COLUMNS`` order → one typed Arrow table (column-wise, no per-row objects)."""
    return EVENT_LAYOUT.table(rows)


def with_pair(table: pa.Table) -> pa.Table:
    """``table`` (``EVENT_COLUMNS``) with the :data:`~eventscope.store.schema.PAIR_COLUMN`
    appended: ``pair_key(source_country, target_country)``, NULL when either is unknown."""
    import pyarrow.compute as pc

    if PAIR_COLUMN in table.column_names:
        return table
    source, target = table.column("source_country"), table.column("target_country")
    first = pc.if_else(pc.less_equal(source, target), source, target)
    second = pc.if_else(pc.less_equal(source, target), target, source)
    return table.append_column(PAIR_COLUMN, pc.binary_join_element_wise(first, second, "-"))


def articles_table(rows: Sequence[tuple[Any, ...]]) -> pa.Table:
    """Article rows in ``ARTICLE_COLUMNS`` order → one typed Arrow table."""
    import pyarrow as pa

    types = {"published": pa.date32(), "coded_at": pa.timestamp("us")}
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(ARTICLE_COLUMNS)
    arrays = [
        pa.array(values, type=types.get(name, pa.string()))
        for name, values in zip(ARTICLE_COLUMNS, columns, strict=True)
    ]
    return pa.Table.from_arrays(arrays, names=list(ARTICLE_COLUMNS))


def event_from_record(record: dict[str, Any]) -> Event:
    """A stored row (as a dict with ``EVENT_COLUMNS`` plus ``id``/``cluster_id``) → Event.

    The store's ``id`` and ``cluster_id`` go into ``Event.extra`` as ``event_id`` and
    ``cluster_id``.
    """
    extra: dict[str, Any] = {}
    if "id" in record:
        extra["event_id"] = record["id"]
    if "cluster_id" in record:
        extra["cluster_id"] = record["cluster_id"]
    return EVENT_LAYOUT.decode(record, extra=extra)


def records(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """Query rows → dicts keyed by column name."""
    return [dict(zip(columns, row, strict=True)) for row in rows]
