"""Event clusters (both backends): same directed dyad and root, dates within a day, same place."""

from __future__ import annotations

import datetime as dt

import pytest
from test_store_backends import db
from test_store_support import make_article, make_event

from eventscope.store import StoreOptions, open_store

__all__ = ["db"]  # fixture shared from test_store_backends: every test runs on both backends

D = dt.date(2020, 8, 19)
DAY = dt.timedelta(days=1)


def clusters_of(store) -> list[list[tuple[str, int]]]:
    """Events grouped by cluster as (article_id, sentence_index), in a stable order."""
    groups: dict[int, list[tuple[str, int]]] = {}
    for event in store.events():
        groups.setdefault(event.extra["cluster_id"], []).append(
            (event.article_id, event.sentence_index)
        )
    return sorted(sorted(group) for group in groups.values())


def save_each(store, specs):
    """specs: (article_id, outlet, [event kwargs...]); one save per article."""
    for article_id, outlet, events in specs:
        store.save(
            make_article(article_id, source=outlet),
            [make_event(article_id=article_id, index=i, **kw) for i, kw in enumerate(events)],
        )


@pytest.mark.parametrize(
    ("events_a", "events_b", "expected"),
    [
        # the same meeting reported by two articles, one day apart: one cluster
        ([{"day": D}], [{"day": D + DAY}], [[("a", 0), ("b", 0)]]),
        # two days apart: two clusters
        ([{"day": D}], [{"day": D + 2 * DAY}], [[("a", 0)], [("b", 0)]]),
        # different root: two clusters
        ([{"day": D}], [{"day": D, "root": "07"}], [[("a", 0)], [("b", 0)]]),
        # reverse direction is another dyad
        ([{"day": D}], [{"day": D, "source": "CHN", "target": "AZE"}], [[("a", 0)], [("b", 0)]]),
        # different places never merge; no place joins the main place
        (
            [{"day": D, "place": "Baku"}, {"day": D, "place": "Beijing"}],
            [{"day": D, "place": "Baku"}, {"day": D}],
            [[("a", 0), ("b", 0), ("b", 1)], [("a", 1)]],
        ),
        # undated events and events without a target country are singletons
        ([{"day": None}], [{"day": None}], [[("a", 0)], [("b", 0)]]),
        ([{"target": None}], [{"target": None}], [[("a", 0)], [("b", 0)]]),
    ],
)
def test_cluster_rule(db, events_a, events_b, expected):
    with open_store(db) as store:
        save_each(store, [("a", "Wire", events_a), ("b", "Daily", events_b)])
        assert clusters_of(store) == expected


def test_chain_of_daily_reports_is_one_cluster(db):
    with open_store(db) as store:
        save_each(store, [(f"a{i}", "Wire", [{"day": D + i * DAY}]) for i in range(4)])
        assert len(clusters_of(store)) == 1


def test_wider_window_option(db):
    with open_store(db, options=StoreOptions(cluster_window_days=3)) as store:
        save_each(store, [("a", "W", [{"day": D}]), ("b", "W", [{"day": D + 3 * DAY}])])
        assert len(clusters_of(store)) == 1


def test_cluster_counts_mentions_articles_and_sources(db):
    with open_store(db) as store:
        save_each(
            store,
            [
                ("a", "Wire", [{"day": D}, {"day": D}]),
                ("b", "Wire", [{"day": D}]),
                ("c", "Daily", [{"day": D + DAY}]),
                ("d", None, [{"day": D}]),
            ],
        )
        (cluster,) = store.query("SELECT * FROM clusters")
        assert (cluster["num_mentions"], cluster["num_articles"], cluster["num_sources"]) == (
            5,
            4,
            3,  # Wire, Daily, and article d with no outlet counts as its own source
        )
        assert (cluster["first_date"], cluster["last_date"]) == (D, D + DAY)


def test_replacing_an_article_reclusters_its_old_dyad(db):
    with open_store(db) as store:
        save_each(store, [("a", "W", [{"day": D}]), ("b", "W", [{"day": D + DAY}])])
        save_each(store, [("c", "W", [{"day": D + 2 * DAY}])])
        assert len(clusters_of(store)) == 1
        # b now reports another dyad: a and c are two days apart and split
        store.save(
            make_article("b", text="changed"), [make_event("ARM", "AZE", article_id="b", day=D)]
        )
        assert clusters_of(store) == [[("a", 0)], [("b", 0)], [("c", 0)]]


def test_bulk_save_then_recluster_gives_the_same_clusters(db):
    specs = [("a", "W", [{"day": D}]), ("b", "W", [{"day": D + DAY}]), ("c", "W", [{"day": D}])]
    with open_store(db) as store:
        items = [
            (make_article(aid, source=outlet), [make_event(article_id=aid, **kw) for kw in evs])
            for aid, outlet, evs in specs
        ]
        store.save_many(items, recluster=False)
        assert store.scalar("SELECT count(*) FROM events WHERE cluster_id IS NULL") == 3
        assert store.recluster() == 1
        assert clusters_of(store) == [[("a", 0), ("b", 0), ("c", 0)]]
