"""The store on both backends (DuckDB, PostgreSQL).

Migrations, idempotent saves, replace-on-recode, transactions, filters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from test_store_backends import db, driver_error, store
from test_store_support import make_article, make_event

from eventscope.errors import ConfigError, StoreError
from eventscope.store import StoreOptions, open_store
from eventscope.store.filters import EventFilter
from eventscope.store.rows import content_hash
from eventscope.store.schema import MIGRATIONS, PAIR_COLUMN

__all__ = ["db", "store"]


def psycopg_password(url: str) -> str:
    from psycopg.conninfo import conninfo_to_dict

    return str(
        conninfo_to_dict(url).get("password") or "no password given"
    )  # fixtures shared from test_store_backends


def test_migrations_are_recorded_once(db):
    path = db
    with open_store(path) as store:
        versions = [row["version"] for row in store.migrations()]
    assert versions == [m.version for m in MIGRATIONS]
    with open_store(path) as store:
        assert store.migrate() == []
        assert len(store.migrations()) == len(MIGRATIONS)


def test_unreachable_postgres_is_a_store_error_without_the_password():
    with pytest.raises(StoreError, match="cannot open the PostgreSQL store") as caught:
        open_store("postgresql://user:secret@127.0.0.1:9/events")
    assert "secret" not in str(caught.value)


def test_unopenable_path_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(tmp_path / "missing-dir" / "x.duckdb"))


def test_event_round_trips_every_field(store):
    event = make_event(place="Baku", end_date=dt.date(2020, 8, 21), date_text="on August 19")
    store.save(make_article(), [event])
    (stored,) = store.events()
    assert replace(stored, extra={}) == event
    assert stored.to_dict()["location"]["geonameid"] == 587084
    assert set(stored.extra) == {"event_id", "cluster_id"}


@pytest.mark.parametrize(
    ("second_id", "second_text", "replace_flag", "status", "articles", "events"),
    [
        ("a1", None, False, "unchanged", 1, 2),  # same id, same text: stored once
        ("b2", None, False, "duplicate", 1, 2),  # same text under another id: skipped
        ("a1", "New text of the story.", False, "replaced", 1, 1),  # text changed
        ("a1", None, True, "replaced", 1, 1),  # re-coded on purpose
        ("b2", "Another story entirely.", False, "inserted", 2, 3),
    ],
)
def test_save_is_idempotent_and_replaces_on_recode(
    store, second_id, second_text, replace_flag, status, articles, events
):
    first = make_article("a1", text="The first story.")
    store.save(first, [make_event(), make_event(index=1)])
    article = make_article(second_id, text=second_text or first.text)
    result = store.save(
        article, [make_event(article_id=second_id, root="07")], replace=replace_flag
    )
    assert result.status == status
    assert store.scalar("SELECT count(*) FROM articles") == articles
    assert store.scalar("SELECT count(*) FROM events") == events


def test_has_article_checks_id_and_hash(store):
    article = make_article()
    store.save(article, [])
    assert store.has_article("a1")
    assert store.has_article("a1", content_hash(article.text))
    assert not store.has_article("a1", content_hash("other text"))
    assert not store.has_article("zz")


def test_failed_save_leaves_nothing_behind(store):
    good = make_event()
    bad = replace(make_event(), cameo=None)  # NOT NULL column: the insert fails
    with pytest.raises(StoreError, match="rolled back"):
        store.save(make_article(), [good, bad])
    assert store.scalar("SELECT count(*) FROM articles") == 0
    assert store.scalar("SELECT count(*) FROM events") == 0


def test_events_are_stored_under_the_saved_article(store):
    store.save(make_article("x9"), [make_event(article_id="other")])
    assert store.events()[0].article_id == "x9"


def test_failures_are_recorded(store):
    store.record_failure("bad.txt", "the file is empty", code="E101")
    (failure,) = store.failures()
    assert (failure["item"], failure["code"], failure["reason"]) == (
        "bad.txt",
        "E101",
        "the file is empty",
    )


@pytest.fixture()
def filled(store):
    rows = [
        make_event("AZE", "CHN", root="04", day=dt.date(2020, 8, 19), sentence="Talks in Baku."),
        make_event("CHN", "AZE", root="07", day=dt.date(2020, 8, 3), index=1, sentence="Aid 50%."),
        make_event("ARM", "AZE", root="19", day=dt.date(2020, 7, 12), index=2, place="Tovuz"),
        make_event("AZE", "ARM", root="11", day=dt.date(2020, 7, 13), index=3),
        make_event("AZE", None, root="04", day=None, index=4),
    ]
    store.save(make_article(), rows)
    return store


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ({}, [2, 3, 1, 0, 4]),
        ({"country": "chn"}, [1, 0]),
        ({"dyad": ("AZE", "CHN")}, [1, 0]),
        ({"dyad": ("AZE", "CHN"), "directed": True}, [0]),
        ({"root": "19"}, [2]),
        ({"cameo": "1"}, [2, 3]),
        ({"quad_class": 2}, [1]),
        ({"since": dt.date(2020, 8, 1), "until": dt.date(2020, 8, 10)}, [1]),
        ({"text": "50%"}, [1]),
        ({"text": "baku"}, [0]),
        ({"text": "%"}, [1]),
        ({"limit": 2}, [2, 3]),
        ({"country": "AZE' OR 1=1 --"}, None),
    ],
)
def test_event_filters(filled, conditions, expected):
    if expected is None:
        with pytest.raises(ConfigError):
            filled.events(**conditions)
        return
    assert [event.sentence_index for event in filled.events(**conditions)] == expected


def test_text_filter_is_bound_not_formatted(filled):
    assert filled.events(EventFilter(text="'; DROP TABLE events; --")) == []
    assert filled.scalar("SELECT count(*) FROM events") == 5


def test_bad_filter_values_are_config_errors():
    with pytest.raises(ConfigError):
        EventFilter(quad_class=7)
    with pytest.raises(ConfigError):
        EventFilter(limit=-1)


def test_read_only_store_opens_existing_file(db):
    path = db
    with open_store(path) as store:
        store.save(make_article(), [make_event()])
    with open_store(path, options=StoreOptions(read_only=True)) as store:
        assert len(store.events()) == 1
        with pytest.raises(StoreError):
            store.record_failure("x", "y")


def test_pending_migrations_are_applied_to_an_old_file(db):
    path = db
    with open_store(path) as store:
        store.scalar("DROP VIEW clusters")
        store.scalar("DELETE FROM schema_migrations WHERE version = 3")
    with open_store(path) as store:
        assert [row["version"] for row in store.migrations()] == [m.version for m in MIGRATIONS]
        assert store.scalar("SELECT count(*) FROM clusters") == 0


def test_failure_while_clustering_rolls_back_the_whole_save(store, monkeypatch):
    def broken(self, dyads):
        raise driver_error(self, "disk full")

    monkeypatch.setattr(type(store), "_recluster", broken)
    with pytest.raises(StoreError, match="disk full"):
        store.save(make_article(), [make_event()])
    assert store.scalar("SELECT count(*) FROM articles") == 0
    assert store.scalar("SELECT count(*) FROM events") == 0


def test_store_name_hides_the_postgres_password(db):
    with open_store(db) as store:
        assert store.backend in ("duckdb", "postgresql")
        if store.backend == "postgresql":
            password = psycopg_password(db)
            assert store.name.startswith("postgresql://") and f":{password}@" not in store.name


def test_bulk_load_appends_arrow_tables_then_recluster(store):
    from eventscope.store.rows import articles_table, event_row, events_table
    from eventscope.store.tx import article_row, utc_now

    article = make_article("bulk")
    events = [make_event(article_id="bulk"), make_event(article_id="bulk", index=1)]
    articles = articles_table([article_row(article, content_hash(article.text), utc_now())])
    assert store.bulk_load(articles, events_table([event_row(e) for e in events])) == 2
    assert store.recluster() == 1  # same dyad, root and day: one cluster
    assert [replace(e, extra={}) for e in store.events()] == events
    assert store.save(article, events).status == "unchanged"


def _pair_rows(store) -> list[tuple[str | None, str | None, str | None]]:
    rows = store.query("SELECT source_country, target_country, pair FROM events ORDER BY id")
    return [(row["source_country"], row["target_country"], row["pair"]) for row in rows]


def test_every_row_carries_its_undirected_pair_key(db):
    """The dyad filter reads one column: both directions share the key, unknowns have none."""
    events = [
        make_event("AZE", "CHN"),
        make_event("CHN", "AZE", index=1),
        make_event("ARM", None, index=2),
    ]
    with open_store(db) as store:
        store.save(make_article(), events)
        assert _pair_rows(store) == [
            ("AZE", "CHN", "AZE-CHN"),
            ("CHN", "AZE", "AZE-CHN"),
            ("ARM", None, None),
        ]
        both = store.events(EventFilter(dyad=("CHN", "AZE")))
        assert sorted((e.source.country, e.target.country) for e in both) == [
            ("AZE", "CHN"),
            ("CHN", "AZE"),
        ]
        one_way = store.events(EventFilter(dyad=("CHN", "AZE"), directed=True))
        assert [(e.source.country, e.target.country) for e in one_way] == [("CHN", "AZE")]


def test_the_pair_migration_fills_the_key_of_stored_rows(db):
    with open_store(db) as store:
        store.save(make_article(), [make_event("USA", "JPN"), make_event("JPN", "USA", index=1)])
        store.scalar(f"UPDATE events SET {PAIR_COLUMN} = NULL")
        store.scalar("DELETE FROM schema_migrations WHERE version >= 7")
        store.scalar(f"ALTER TABLE events DROP COLUMN {PAIR_COLUMN}")
    with open_store(db) as store:
        assert [row[2] for row in _pair_rows(store)] == ["JPN-USA", "JPN-USA"]
        assert len(store.events(EventFilter(dyad=("USA", "JPN")))) == 2


def test_a_read_only_open_of_an_old_store_says_how_to_upgrade_it(db):
    """Read-only connections cannot migrate; their queries would fail on the new columns."""
    with open_store(db) as store:
        store.save(make_article(), [make_event("USA", "JPN")])
        store.scalar("DELETE FROM schema_migrations WHERE version >= 7")
        store.scalar(f"ALTER TABLE events DROP COLUMN {PAIR_COLUMN}")
    with pytest.raises(StoreError, match="eventscope migrate") as caught:
        open_store(db, options=StoreOptions(read_only=True))
    assert "7" in str(caught.value)
    with open_store(db) as store:  # a writable open upgrades it
        assert store.pending_migrations() == []
    with open_store(db, options=StoreOptions(read_only=True)) as store:
        assert len(store.events(EventFilter(dyad=("JPN", "USA")))) == 1
