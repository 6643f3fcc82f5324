"""Analytics over stored events (both backends): timelines, dyads, partners, key events."""

from __future__ import annotations

import datetime as dt

import pytest
from test_store_backends import BACKENDS, backend_db
from test_store_support import make_article, make_event

from eventscope.analytics import (
    dyad_summary,
    dyad_timeline,
    events_frame,
    fill_periods,
    key_events,
    partners,
)
from eventscope.errors import ConfigError
from eventscope.store import open_store


@pytest.fixture(scope="module", params=BACKENDS)
def store(request, tmp_path_factory):
    """AZE-CHN: talks Aug 19 (two outlets), aid Aug 3 and Sept 1; ARM-AZE: clash, criticism.

    Built once per backend (DuckDB, PostgreSQL)."""
    location = backend_db(request.param, tmp_path_factory.mktemp("analytics"))
    with location as db, open_store(db) as opened:
        rows = {
            ("a", "Wire"): [
                make_event("AZE", "CHN", day=dt.date(2020, 8, 19), place="Baku"),
                make_event("CHN", "AZE", root="07", day=dt.date(2020, 8, 3), index=1),
                make_event("ARM", "AZE", root="19", day=dt.date(2020, 7, 12), index=2),
            ],
            ("b", "Daily"): [
                make_event("AZE", "CHN", day=dt.date(2020, 8, 20), sentence="Talks again."),
                make_event("CHN", "AZE", root="07", day=dt.date(2020, 9, 1), index=1),
                make_event("AZE", "ARM", root="11", day=dt.date(2020, 7, 13), index=2),
                make_event("AZE", "AZE", root="04", day=dt.date(2020, 7, 13), index=3),
                make_event("AZE", None, root="04", day=dt.date(2020, 7, 14), index=4),
            ],
        }
        for (article_id, outlet), events in rows.items():
            opened.save(make_article(article_id, source=outlet), events)
        yield opened


@pytest.mark.parametrize(
    ("by", "directed", "count", "expected"),
    [
        # (period, events, mentions, verbal coop., material coop., Goldstein sum); the Aug 19-20
        # talks are one event (cluster) with two mentions, counted in the period of Aug 19
        (
            "month",
            False,
            "events",
            [(dt.date(2020, 8, 1), 2, 3, 1, 1, 8.0), (dt.date(2020, 9, 1), 1, 1, 0, 1, 7.0)],
        ),
        ("year", False, "events", [(dt.date(2020, 1, 1), 3, 4, 1, 2, 15.0)]),
        ("week", True, "events", [(dt.date(2020, 8, 17), 1, 2, 1, 0, 1.0)]),
        ("day", True, "events", [(dt.date(2020, 8, 19), 1, 2, 1, 0, 1.0)]),
        (
            "month",
            False,
            "mentions",
            [(dt.date(2020, 8, 1), 3, 3, 2, 1, 9.0), (dt.date(2020, 9, 1), 1, 1, 0, 1, 7.0)],
        ),
        ("year", False, "mentions", [(dt.date(2020, 1, 1), 4, 4, 2, 2, 16.0)]),
        (
            "day",
            True,
            "mentions",
            [(dt.date(2020, 8, 19), 1, 1, 1, 0, 1.0), (dt.date(2020, 8, 20), 1, 1, 1, 0, 1.0)],
        ),
    ],
)
def test_dyad_timeline(store, by, directed, count, expected):
    rows = dyad_timeline(store, "AZE", "CHN", by=by, directed=directed, count=count)
    got = [
        (
            r.period,
            r.events,
            r.mentions,
            r.verbal_cooperation,
            r.material_cooperation,
            r.goldstein_sum,
        )
        for r in rows
    ]
    assert got == expected


def test_dyad_timeline_period_bounds_and_bad_options(store):
    rows = dyad_timeline(
        store, "chn", "aze", since=dt.date(2020, 8, 10), until=dt.date(2020, 8, 31)
    )
    assert [(r.period, r.events, r.goldstein_mean) for r in rows] == [(dt.date(2020, 8, 1), 1, 1.0)]
    with pytest.raises(ConfigError, match="--by"):
        dyad_timeline(store, "AZE", "CHN", by="fortnight")
    with pytest.raises(ConfigError, match="count must be one of events, mentions"):
        dyad_timeline(store, "AZE", "CHN", count="articles")
    with pytest.raises(ConfigError, match="min_confidence must be 0-1"):
        dyad_timeline(store, "AZE", "CHN", min_confidence=2.0)


def test_dyad_counts_match_the_listed_events_grouped_by_cluster(store):
    """``dyad`` counts what ``events --dyad`` lists, one per cluster."""
    listed = store.events(dyad=("AZE", "CHN"))
    clusters = {event.extra["cluster_id"] for event in listed if event.date is not None}
    rows = dyad_timeline(store, "AZE", "CHN", by="year")
    assert sum(r.events for r in rows) == len(clusters) == 3
    assert sum(r.mentions for r in rows) == len(listed) == 4


def test_min_confidence_drops_events_before_counting(store):
    # every synthetic event has confidence 0.9
    assert dyad_timeline(store, "AZE", "CHN", by="year", min_confidence=0.95) == []
    assert sum(r.events for r in dyad_timeline(store, "AZE", "CHN", min_confidence=0.9)) == 3
    assert partners(store, "AZE", min_confidence=0.95) == []


def test_self_dyad_filter(store):
    everything = store.events(country="AZE")
    foreign = store.events(country="AZE", exclude_self=True)
    assert len(everything) - len(foreign) == 1
    assert all(
        e.source is None or e.target is None or e.source.country != e.target.country
        for e in foreign
    )


def test_fill_periods_gives_empty_periods_as_zero(store):
    rows = dyad_timeline(store, "ARM", "AZE", by="month", since=dt.date(2020, 6, 1))
    filled = fill_periods(rows, by="month", since=dt.date(2020, 6, 1), until=dt.date(2020, 9, 30))
    assert [(r.period.month, r.events) for r in filled] == [(6, 0), (7, 2), (8, 0), (9, 0)]
    assert fill_periods([], by="month") == []


def test_dyad_summary(store):
    rows = dyad_summary(store)
    assert [(r.a, r.b, r.events, r.mentions, r.cooperation, r.conflict) for r in rows] == [
        ("AZE", "CHN", 3, 4, 3, 0),
        ("ARM", "AZE", 2, 2, 0, 2),
    ]
    assert (rows[1].goldstein_mean, rows[1].first_date, rows[1].last_date) == (
        -6.0,
        dt.date(2020, 7, 12),
        dt.date(2020, 7, 13),
    )
    assert dyad_summary(store, min_events=3)[0].b == "CHN"
    assert dyad_summary(store, min_events=4, count="mentions")[0].b == "CHN"


@pytest.mark.parametrize(
    ("rank_by", "expected"),
    [("events", ["CHN", "ARM"]), ("conflict", ["ARM", "CHN"]), ("cooperation", ["CHN", "ARM"])],
)
def test_partners_ranking(store, rank_by, expected):
    assert [row.partner for row in partners(store, "AZE", rank_by=rank_by)] == expected


def test_partners_details_and_errors(store):
    (china,) = partners(store, "AZE", limit=1)
    assert (china.events, china.mentions, china.cooperation, china.conflict) == (3, 4, 3, 0)
    (by_mention,) = partners(store, "AZE", limit=1, count="mentions")
    assert (by_mention.events, by_mention.cooperation) == (4, 4)
    assert [row.partner for row in partners(store, "ARM")] == ["AZE"]
    with pytest.raises(ConfigError):
        partners(store, "AZE", rank_by="goldstein")


def test_key_events_are_one_per_cluster_with_evidence(store):
    events = key_events(store, "AZE", "CHN")
    # the Aug 19-20 talks are one cluster reported by two outlets; the aid shipments differ
    assert [(e.cameo, e.num_articles, e.num_sources) for e in events] == [
        ("040", 2, 2),
        ("070", 1, 1),
        ("070", 1, 1),
    ]
    assert events[0].sentence == "Azerbaijan and China held talks."
    assert events[0].location_name == "Baku"
    by_intensity = key_events(store, country="ARM", order="intensity", limit=1)
    assert [(e.cameo, e.goldstein) for e in by_intensity] == [("190", -10.0)]
    assert [e.date for e in key_events(store, "AZE", "CHN", order="date")][0] == dt.date(2020, 8, 3)


def test_events_frame(store):
    frame = events_frame(store, country="ARM")
    assert list(frame["cameo"]) == ["190", "111"]
    assert {"source_country", "location_name", "cluster_id"} <= set(frame.columns)
