"""Conversions between :class:`~eventscope.models.Event` objects and flat ``events`` rows.

A row is a tuple in :data:`~eventscope.store.schema.EVENT_COLUMNS` order; many rows become one
Arrow table (columns typed explicitly) for a single bulk insert.

Example:
    >>> from eventscope.models import Article
    >>> content_hash(Article(id="a", text=" Hello  ").text) == content_hash("Hello")
    True
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..models import Actor, Event, Place
from .schema import ACTOR_FIELDS, ARTICLE_COLUMNS, EVENT_COLUMNS, LOCATION_FIELDS

if TYPE_CHECKING:
    import pyarrow as pa

_NO_ACTOR: tuple[None, ...] = (None,) * len(ACTOR_FIELDS)
_NO_PLACE: tuple[None, ...] = (None,) * len(LOCATION_FIELDS)
_INT_COLUMNS = frozenset(
    {"sentence_index", "source_start", "source_end", "target_start", "target_end"}
    | {"sentence_start", "location_geonameid", "quad_class"}
)
_FLOAT_COLUMNS = frozenset(
    {"goldstein", "confidence", "location_lat", "location_lon", "location_score"}
)
_DATE_COLUMNS = frozenset({"date", "end_date"})


def content_hash(text: str) -> str:
    """SHA-256 of the text with surrounding white space removed: the article's identity."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def _actor_values(actor: Actor | None) -> tuple[Any, ...]:
    if actor is None:
        return _NO_ACTOR
    return (
        actor.text,
        actor.name,
        actor.country,
        actor.sector,
        actor.code,
        actor.resolution,
        actor.start,
        actor.end,
    )


def _place_values(place: Place | None) -> tuple[Any, ...]:
    if place is None:
        return _NO_PLACE
    return (
        place.name,
        place.country,
        place.admin1,
        place.lat,
        place.lon,
        place.geonameid,
        place.feature_code,
        place.admin1_code,
        place.score,
    )


def event_row(event: Event, *, article_id: str | None = None) -> tuple[Any, ...]:
    """The event as a tuple in ``EVENT_COLUMNS`` order, stored under ``article_id`` if given."""
    return (
        event.article_id if article_id is None else article_id,
        event.sentence_index,
        event.date,
        event.date_precision,
        event.date_source,
        event.end_date,
        event.date_text,
        *_actor_values(event.source),
        *_actor_values(event.target),
        event.cameo,
        event.cameo_name,
        event.root,
        event.quad_class,
        event.goldstein,
        event.plover,
        *_place_values(event.location),
        event.location_reason,
        event.sentence,
        event.sentence_start,
        event.trigger,
        event.confidence,
    )


def _arrow_type(column: str) -> pa.DataType:
    import pyarrow as pa

    if column in _INT_COLUMNS:
        return pa.int64()
    if column in _FLOAT_COLUMNS:
        return pa.float64()
    if column in _DATE_COLUMNS:
        return pa.date32()
    return pa.string()


def events_table(rows: Sequence[tuple[Any, ...]]) -> pa.Table:
    """Rows in ``EVENT_COLUMNS`` order → one typed Arrow table (column-wise, no per-row objects)."""
    import pyarrow as pa

    columns = list(zip(*rows, strict=True)) if rows else [()] * len(EVENT_COLUMNS)
    arrays = [
        pa.array(values, type=_arrow_type(name))
        for name, values in zip(EVENT_COLUMNS, columns, strict=True)
    ]
    return pa.Table.from_arrays(arrays, names=list(EVENT_COLUMNS))


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


def _actor_from(record: dict[str, Any], prefix: str) -> Actor | None:
    if record[f"{prefix}_code"] is None:
        return None
    return Actor(
        text=record[f"{prefix}_text"] or "",
        start=record[f"{prefix}_start"] or 0,
        end=record[f"{prefix}_end"] or 0,
        country=record[f"{prefix}_country"],
        sector=record[f"{prefix}_sector"],
        code=record[f"{prefix}_code"],
        name=record[f"{prefix}_name"],
        resolution=record[f"{prefix}_resolution"] or "dictionary",
    )


def _place_from(record: dict[str, Any]) -> Place | None:
    if record["location_name"] is None:
        return None
    values = {name: record[f"location_{name}"] for name in LOCATION_FIELDS}
    return Place(**values)


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
    return Event(
        article_id=record["article_id"],
        date=_as_date(record["date"]),
        date_precision=record["date_precision"],
        date_source=record["date_source"],
        end_date=_as_date(record["end_date"]),
        date_text=record["date_text"],
        source=_actor_from(record, "source"),
        target=_actor_from(record, "target"),
        cameo=record["cameo"],
        cameo_name=record["cameo_name"] or "",
        root=record["root"],
        quad_class=int(record["quad_class"]),
        goldstein=float(record["goldstein"]),
        plover=record["plover"],
        location=_place_from(record),
        location_reason=record["location_reason"],
        sentence=record["sentence"],
        sentence_index=int(record["sentence_index"]),
        sentence_start=int(record["sentence_start"]),
        trigger=record["trigger"] or "",
        confidence=float(record["confidence"]),
        extra=extra,
    )


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def records(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """Query rows → dicts keyed by column name."""
    return [dict(zip(columns, row, strict=True)) for row in rows]
