"""Every export format on both backends, read back where a reader exists."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import replace

import pandas as pd
import pytest
from test_store_backends import db, store
from test_store_support import actor, make_article, make_event

from eventscope.models import Actor
from eventscope.store.export import EXPORT_FORMATS, export_events
from eventscope.store.export_formats import GDELT_COLUMNS
from eventscope.store.export_icews import ICEWS_COLUMNS
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
    assert {(r["event"][0], r["source"][0]["code"], r["event_loc"]["name"]) for r in records} == {
        ("CONSULT", "AZE", "Baku")
    }


# PLOVER manual (draft 0.8), "PLOVER JSON" table: field name -> JSON type(s) written here.
PLOVER_TYPES = {
    "id": str,
    "date": str,
    "source": list,
    "recipient": list,
    "event": list,
    "mode": list,
    "context": list,
    "event_text": list,
    "quad_code": int,
    "event_scale": float,
    "link": str,
    "text_info": dict,
    "cite_info": dict,
    "coder": str,
    "coded_date": str,
    "coded_time": str,
}


@pytest.fixture()
def visit(store):
    """A visit (042: PLOVER CONSULT, mode visit) by a named minister, dated to a month."""
    minister = Actor("Azerbaijani Foreign Minister Elnur Gasimov", 0, 42, "AZE", "GOV", "AZEGOV")
    sanction = make_event(
        "USA",
        "SUN",
        root="11",
        index=1,
        cameo="163",
        cameo_name="Impose embargo",
        quad_class=4,
        goldstein=-8.0,
        plover="SANCTION",
        sentence="Washington hit Moscow.",
        day=dt.date(1980, 1, 1),
        date_precision="year",
    )
    store.save(
        make_article("v"),
        [
            replace(
                make_event(
                    article_id="v",
                    place="Beijing",
                    cameo="042",
                    cameo_name="Make a visit",
                    date_precision="month",
                    day=dt.date(2020, 8, 1),
                    sentence="Gasimov visited Beijing in August.",
                ),
                source=replace(minister, name="Elnur Gasimov"),
            ),
            replace(sanction, article_id="v"),
        ],
    )
    return store


def test_plover_records_follow_the_manual(visit, tmp_path):
    path = tmp_path / "events.jsonl"
    assert export_events(visit, path, fmt="plover") == 2
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for record in records:
        for key, kind in PLOVER_TYPES.items():
            assert isinstance(record[key], kind), key
        assert dt.date.fromisoformat(record["date"])
        assert set(record["text_info"]) == {"sequence", "start", "end"}
        assert {"code", "sector", "actor_text", "identifier_text"} <= set(record["source"][0])
    consult, sanction = sorted(records, key=lambda r: r["event"])
    assert consult["event"] == ["CONSULT"] and consult["mode"] == ["visit"]
    assert consult["date"] == "2020-08-01" and consult["date_precision"] == "month"
    assert consult["source"][0] == {
        "code": "AZE",
        "sector": "GOV",
        "actor_text": "Azerbaijani Foreign Minister Elnur Gasimov",
        "identifier_text": "Elnur Gasimov",
        "cameo_code": "AZEGOV",
    }
    location = consult["event_loc"]
    assert (location["name"], location["country code"], location["cc3"]) == ("Beijing", "CN", "CHN")
    assert (location["latitude"], location["feature class"]) == (39.91, "P")
    assert consult["event_text"] == ["Gasimov visited Beijing in August."]
    assert consult["cite_info"]["url"] == "https://example.org/v"
    # PLOVER's quad table puts SANCTION under verbal conflict (CAMEO QuadClass 4)
    assert (sanction["quad_code"], sanction["event_scale"]) == (3, -8.0)
    assert sanction["recipient"][0]["code"] == "SUN"


def test_gdelt_export_is_one_row_per_cluster(filled, tmp_path):
    path = tmp_path / "events.gdelt"
    # dated events: the talks (two articles, one cluster) and the aid; the clash has no date
    written = export_events(filled, path, fmt="gdelt", filters=EventFilter(since=TALKS))
    frame = pd.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str)
    assert written == len(frame) == 2 and frame.shape[1] == 61
    assert sorted(frame["EventCode"]) == ["040", "070"]
    talks = frame[frame["EventCode"] == "040"].iloc[0]
    assert (talks["SQLDATE"], talks["NumMentions"], talks["NumArticles"]) == ("20200819", "2", "2")


def test_gdelt_export_marks_dates_known_only_to_the_month_or_year(visit, tmp_path):
    path = tmp_path / "events.gdelt"
    export_events(visit, path, fmt="gdelt")
    frame = pd.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str)
    days = zip(frame["SQLDATE"], frame["MonthYear"], strict=True)
    dates = dict(zip(frame["EventCode"], days, strict=True))
    assert dates == {"163": ("19800000", "198000"), "042": ("20200800", "202008")}


def test_gdelt_export_fills_action_geo_with_fips_codes(filled, tmp_path):
    path = tmp_path / "events.gdelt"
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
    frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    assert written == len(frame) == 1
    assert tuple(frame.columns) == ICEWS_COLUMNS
    row = frame.iloc[0]
    assert (row["Source Country"], row["Publisher"]) == ("Armenia", "Daily Post")
    assert (row["Source Sectors"], row["Sentence Number"]) == ("Government", "2")


def test_icews_export_uses_canonical_names_sectors_and_country_names(visit, tmp_path):
    armenian_forces = actor("ARM", "MIL")
    visit.save(
        make_article("f"),
        [
            replace(
                make_event(article_id="f"), source=replace(armenian_forces, text="Armenian forces")
            )
        ],
    )
    path = tmp_path / "events.icews"
    export_events(visit, path, fmt="icews")
    frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    columns = ("Source Name", "Source Sectors", "Source Country")
    names = set(zip(*(frame[column] for column in columns), strict=True))
    assert names == {
        ("Elnur Gasimov", "Government", "Azerbaijan"),
        ("Military (Armenia)", "Military", "Armenia"),
        ("Government (United States)", "Government", "United States"),
    }
    assert set(frame["Target Country"]) == {"China", "Soviet Union"}
    assert set(frame["City"]) == {"Beijing", ""}


def test_parquet_has_typed_dates_and_article_columns(filled, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    export_events(filled, path, fmt="parquet")
    schema = pq.read_schema(path)
    for name in ("date", "end_date", "published"):
        assert schema.field(name).type == pa.timestamp("ms"), name
    assert pa.types.is_integer(schema.field("num_mentions").type)
    frame = pd.read_parquet(path)
    assert str(frame["date"].dtype).startswith("datetime64")
    assert frame["date"].isna().sum() == 1  # the undated clash
    talks = frame[frame["sentence_index"] == 0]
    assert set(talks["num_mentions"]) == {2} and set(talks["title"]) == {"Title a", "Title b"}
    assert set(frame["published"].dt.date) == {dt.date(2020, 8, 20)}


def test_exported_rows_rebuild_events(filled, tmp_path):
    path = tmp_path / "events.parquet"
    export_events(filled, path, fmt="parquet")
    rebuilt = [event_from_record(record) for record in pd.read_parquet(path).to_dict("records")]
    stored = filled.events()
    assert [event.cameo for event in rebuilt] == [event.cameo for event in stored]
    assert [event.date for event in rebuilt] == [event.date for event in stored]
