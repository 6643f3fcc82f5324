"""Stored ``events`` rows → the API's event JSON, directly (no Event objects in between).

The shape is :meth:`eventscope.models.Event.to_dict` plus ``event_id``/``cluster_id``;
building it straight from the flat row is several times faster than
``event_from_record(row).to_dict()`` (``dataclasses.asdict`` copies deeply), which matters
for pages of 500 events.

Example:
    >>> row = {"source_code": None, "source_start": None}
    >>> nested_actor(row, "source") is None
    True
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..store.schema import LOCATION_FIELDS

_PLAIN = (
    "article_id",
    "date_precision",
    "date_source",
    "date_text",
    "cameo",
    "root",
    "plover",
    "location_reason",
    "sentence",
    "sentence_index",
    "sentence_start",
    "confidence",
    "goldstein",
    "quad_class",
)


def nested_actor(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row.get(f"{prefix}_code") is None:
        return None
    return {
        "text": row[f"{prefix}_text"] or "",
        "start": row[f"{prefix}_start"] or 0,
        "end": row[f"{prefix}_end"] or 0,
        "country": row[f"{prefix}_country"],
        "sector": row[f"{prefix}_sector"],
        "code": row[f"{prefix}_code"],
        "name": row[f"{prefix}_name"],
        "resolution": row[f"{prefix}_resolution"] or "dictionary",
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """One stored ``events`` row (all columns) as the API's event object."""
    record = {name: row[name] for name in _PLAIN}
    record["date"] = _iso(row["date"])
    record["end_date"] = _iso(row["end_date"])
    record["source"] = nested_actor(row, "source")
    record["target"] = nested_actor(row, "target")
    record["cameo_name"] = row["cameo_name"] or ""
    record["trigger"] = row["trigger"] or ""
    record["location"] = (
        {name: row[f"location_{name}"] for name in LOCATION_FIELDS}
        if row["location_name"] is not None
        else None
    )
    record["event_id"] = row.get("id")
    record["cluster_id"] = row.get("cluster_id")
    return record
