"""Every export format on both backends, read back where a reader exists."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import replace

import pandas as pd
import pytest
from test_store_backends import db, store
from test_store_support import make_article, make_event

from eventscope.store.export import EXPORT_FORMATS, export_events
from eventscope.store.export_formats import GDELT_COLUMNS
from eventscope.store.filters import EventFilter
from eventscope.store.rows import event_from_record

__all__ = ["db", "store"]  # fixtures shared from test_store_backends

TALKS = dt.date(2020, 8, 19)


@pytest.fixture()
def filled(store):
    """Two articles report the same Baku talks (one cluster); one reports aid, one a clash."""
    store.save(
        make_article("a", source="Wire"),
        [
            make_event(day=TALKS, place="Baku", sentence="Talks in Baku; 50% done."),
            make_event("CHN", "AZE", root="07", day=TALKS, index=1, sentence="China sent aid."),
        ],
    )
    store.save(
        make_article("b", source="Daily\tPost"),
        [
            make_event(article_id="b", day=TALKS, place="Baku", confidence=0.95),
            make_event("ARM", "AZE", root="19", day=None, index=1, sentence="Shelling.\tAgain."),
        ],
    )
    return store


def test_every_format_is_covered():
    assert set(EXPORT_FORMATS) == {"csv", "parquet", "jsonl", "plover", "gdelt", "icews"}


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tabular_exports_round_trip(filled, tmp_path, fmt):
    path = tmp_path / f"events.{fmt}"
    written = export_events(filled, path, fmt=fmt, filters=EventFilter(country="AZE"))
    frame = pd.read_parquet(path) if fmt == "parquet" else pd.read_csv(path)
    assert written == len(frame) == 4
    assert list(frame["sentence"])[:2] == ["Talks in Baku; 50% done.", "China sent aid."]
    assert frame["cluster_id"].notna().all()
    assert frame.loc[frame["article_id"] == "b", "source_country"].tolist() == ["AZE", "ARM"]


def test_jsonl_export_gives_back_the_stored_events(filled, tmp_path):
    path = tmp_path / "events.jsonl"
    assert export_events(filled, path, fmt="jsonl") == 4
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    stored = filled.events()
    assert lines == [json.loads(json.dumps(event.to_dict())) for event in stored]
    original = make_event(
        article_id="a", day=TALKS, place="Baku", sentence="Talks in Baku; 50% done."
    )
    assert replace(stored[0], extra={}) == original


def test_plover_export_keeps_only_mapped_events(filled, tmp_path):
    path = tmp_path / "events.plover"
    assert export_events(filled, path, fmt="plover") == 2
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert {(r["event_type"], r["actor_country"], r["location"]["name"]) for r in records} == {
        ("CONSULT", "AZE", "Baku")
    }


def test_gdelt_export_is_one_row_per_cluster(filled, tmp_path):
    path = tmp_path / "events.gdelt"
    # dated events: the talks (two articles, one cluster) and the aid; the clash has no date
    written = export_events(filled, path, fmt="gdelt", filters=EventFilter(since=TALKS))
    with path.open(encoding="utf-8") as stream:
        rows = list(csv.reader(stream, delimiter="\t"))
    assert written == len(rows) == 2
    assert all(len(row) == 61 for row in rows)
    assert sorted(row[26] for row in rows) == ["040", "070"]
    geo = [GDELT_COLUMNS.index(f"ActionGeo_{name}") for name in ("Type", "CountryCode", "ADM1Code")]
    talks = next(row for row in rows if row[26] == "040")
    assert [talks[i] for i in geo] == ["4", "AJ", "AJ09"]  # Baku: world city, FIPS codes


def test_min_place_score_filters_events(filled, tmp_path):
    path = tmp_path / "events.jsonl"
    assert export_events(filled, path, fmt="jsonl", filters=EventFilter(min_place_score=0.5)) == 2
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert {line["location"]["score"] for line in lines} == {0.9}


def test_icews_export_has_a_header_and_one_row_per_event(filled, tmp_path):
    path = tmp_path / "events.icews"
    written = export_events(filled, path, fmt="icews", filters=EventFilter(country="ARM"))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert written == 1 and len(lines) == 2
    header, row = (line.split("\t") for line in lines)
    assert header[4] == "Source Country" and row[4] == "Armenia"
    assert len(row) == len(header) and row[header.index("Publisher")] == "Daily Post"


def test_exported_rows_rebuild_events(filled, tmp_path):
    path = tmp_path / "events.parquet"
    export_events(filled, path, fmt="parquet")
    rebuilt = [event_from_record(record) for record in pd.read_parquet(path).to_dict("records")]
    assert [event.cameo for event in rebuilt] == [event.cameo for event in filled.events()]
