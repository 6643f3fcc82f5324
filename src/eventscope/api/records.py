"""Stored ``events`` rows → the API's event JSON, directly (no Event objects in between).

The shape is :meth:`eventscope.models.Event.to_dict` plus ``event_id``/``cluster_id``, read
off the ``Event`` dataclass by :class:`~eventscope.store.layout.EventLayout` (one schema for
the store and the API). Building it straight from the flat row skips
``event_from_record(row).to_dict()`` (``dataclasses.asdict`` copies deeply), which matters
for pages of 500 events.

Example:
    >>> from eventscope.store.layout import EVENT_LAYOUT
    >>> row = dict.fromkeys(EVENT_LAYOUT.names)
    >>> event_json({**row, "id": 7})["source"] is None
    True
"""

from __future__ import annotations

from typing import Any

from ..store.layout import EVENT_LAYOUT, EventLayout


def event_json(row: dict[str, Any], *, layout: EventLayout = EVENT_LAYOUT) -> dict[str, Any]:
    """One stored ``events`` row (all columns) as the API's event object."""
    record = layout.fields(row, json=True)
    record["event_id"] = row.get("id")
    record["cluster_id"] = row.get("cluster_id")
    return record
