"""One event schema: store columns, encoder, decoder and API model follow the Event dataclass.

The proof that adding a field is one edit plus a migration: a copy of ``Event`` with one more
field gets its column, its encoder, decoder and API model without any other change, and its
rows survive a round trip through the database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from test_store_backends import db  # noqa: F401  (fixture: a store location per backend)
from test_store_support import make_event

from eventscope.api.records import event_json
from eventscope.api.schemas import EventOut, event_model
from eventscope.errors import ConfigError
from eventscope.models import Event
from eventscope.store import open_store
from eventscope.store.backends import open_backend
from eventscope.store.layout import EVENT_LAYOUT, layout_of
from eventscope.store.rows import event_from_record, records
from eventscope.store.schema import PAIR_COLUMN

MoodEvent = dataclasses.make_dataclass(
    "MoodEvent",
    [
        ("mood", str | None, dataclasses.field(default=None)),
        ("reported_on", dt.date | None, dataclasses.field(default=None)),
    ],
    bases=(Event,),
    frozen=True,
)


def _select_all(backend) -> list[dict]:
    cursor = backend.execute("SELECT * FROM events ORDER BY id")
    return records([column[0] for column in cursor.description], cursor.fetchall())


def test_the_migrated_table_has_exactly_the_event_columns(db) -> None:  # noqa: F811
    """A field added to Event without its migration fails here (on both backends)."""
    with open_store(db):  # creates and migrates the tables
        pass
    backend = open_backend(db, read_only=True, threads=None)
    try:
        cursor = backend.execute("SELECT * FROM events LIMIT 0")
        stored = [column[0] for column in cursor.description]
    finally:
        backend.close()
    assert sorted(stored) == sorted([*EVENT_LAYOUT.names, "id", "cluster_id", PAIR_COLUMN])


def test_a_new_event_field_reaches_the_store_and_the_api(db) -> None:  # noqa: F811
    layout = layout_of(MoodEvent)
    assert layout.names == (*EVENT_LAYOUT.names, "mood", "reported_on")
    base = make_event("AZE", "CHN", place="Baku")
    event = MoodEvent(
        **{f.name: getattr(base, f.name) for f in dataclasses.fields(Event)},
        mood="tense",
        reported_on=dt.date(2020, 8, 21),
    )
    with open_store(db):  # creates and migrates the tables
        pass
    backend = open_backend(db, read_only=False, threads=None)
    try:
        for name in ("mood", "reported_on"):  # the one migration a new field needs
            backend.execute(layout.add_column_sql(name))
        backend.insert("events", layout.names, layout.table([layout.row(event)]))
        (row,) = _select_all(backend)
    finally:
        backend.close()
    assert layout.decode(row) == event
    body = event_model(MoodEvent).model_validate(event_json(row, layout=layout)).model_dump()
    assert body["mood"] == "tense" and body["reported_on"] == dt.date(2020, 8, 21)
    assert body["location"]["name"] == "Baku" and body["event_id"] == row["id"]


@pytest.mark.parametrize(
    "event",
    [
        make_event("AZE", "CHN", place="Baku"),
        make_event(None, None, day=None),
        make_event("AZE", None, end_date=dt.date(2020, 8, 21), date_text="19-21 August"),
    ],
)
def test_stored_rows_decode_to_the_event_and_its_json(event) -> None:
    row = dict(zip(EVENT_LAYOUT.names, EVENT_LAYOUT.row(event), strict=True))
    assert event_from_record(row) == event
    expected = event.to_dict() | {"event_id": None, "cluster_id": None}
    assert event_json(row) == expected
    assert EventOut.model_validate(event_json(row)).model_dump(mode="json") == expected


def test_nulls_read_as_the_field_defaults() -> None:
    row = dict(zip(EVENT_LAYOUT.names, EVENT_LAYOUT.row(make_event()), strict=True))
    row |= {"trigger": None, "cameo_name": None, "source_resolution": None, "source_start": None}
    event = event_from_record(row)
    assert (event.trigger, event.cameo_name) == ("", "")
    assert event.source is not None and (event.source.resolution, event.source.start) == (
        "dictionary",
        0,
    )


def test_a_field_the_store_cannot_hold_is_named() -> None:
    Tagged = dataclasses.make_dataclass(
        "Tagged",
        [("tags", list[str], dataclasses.field(default_factory=list))],
        bases=(Event,),
        frozen=True,
    )
    with pytest.raises(ConfigError, match=r"Tagged\.tags has type"):
        layout_of(Tagged)
