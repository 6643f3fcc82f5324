"""store/queries.py: the one home of the SQL the API, analytics and CLI run (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_store_backends import db, store  # noqa: F401  (fixtures: per backend)

import eventscope
from eventscope.errors import ConfigError
from eventscope.store import open_store, queries
from eventscope.store.filters import EventFilter

PACKAGE = Path(eventscope.__file__).parent
SQL = re.compile(r"\b(SELECT|INSERT)\b")


def test_sql_is_written_only_under_store() -> None:
    outside = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "store" not in path.relative_to(PACKAGE).parts[:1]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SQL.search(line)
    ]
    assert outside == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda opened: queries.event_page(
                opened, EventFilter(), order="random", limit=1, offset=0
            ),
            "order must be one of newest, oldest, not 'random'",
        ),
        (
            lambda opened: queries.partner_rows(
                opened, EventFilter(country="AZE"), rank_by="size", limit=None
            ),
            "rank_by must be one of events, cooperation, conflict",
        ),
        (
            lambda opened: queries.partner_rows(opened, EventFilter(), rank_by="events", limit=1),
            "needs a filter with a country",
        ),
    ],
)
def test_names_outside_the_fixed_tables_are_refused(call, message) -> None:
    with open_store(":memory:") as opened, pytest.raises(ConfigError, match=re.escape(message)):
        call(opened)


def test_an_empty_store_answers_every_query() -> None:
    with open_store(":memory:") as opened:
        assert queries.store_counts(opened) == (0, 0)
        assert queries.country_counts(opened) == []
        assert queries.count_events(opened, EventFilter(country="AZE")) == 0
        assert queries.article_record(opened, "missing") is None
        assert queries.timeline_rows(opened, EventFilter(), by="month") == []


@pytest.mark.parametrize(
    "filters",
    [
        EventFilter(),
        EventFilter(country="AZE"),
        EventFilter(dyad=("AZE", "CHN")),
        EventFilter(country="FRA"),  # nothing matches
    ],
)
@pytest.mark.parametrize(("order", "offset"), [("newest", 0), ("oldest", 1), ("newest", 50)])
def test_one_scan_page_equals_the_count_and_the_page(store, filters, order, offset) -> None:  # noqa: F811
    import datetime as dt

    from test_store_support import make_article, make_event

    days = [dt.date(2020, 8, day) for day in (19, 3, 19, 12)] + [None]
    events = [
        make_event("AZE", "CHN" if index % 2 else "ARM", day=day, index=index)
        for index, day in enumerate(days)
    ]
    store.save(make_article("a1"), events)
    store.save(make_article("a2"), [make_event("CHN", "AZE", index=0)])
    expected = (
        queries.count_events(store, filters),
        queries.event_page(store, filters, order=order, limit=3, offset=offset),
    )
    found = queries.event_page_with_total(store, filters, order=order, limit=3, offset=offset)
    assert found == expected


def test_both_directions_of_one_exchange_are_one_table_row(store) -> None:  # noqa: F811
    """'A met B' and 'B met A' the same day are two (directed) clusters but one table row."""
    import datetime as dt

    from test_store_support import make_article, make_event

    day, later = dt.date(2020, 8, 19), dt.date(2020, 9, 2)
    store.save(
        make_article("a1"),
        [
            make_event("AZE", "CHN", day=day, place="Baku", index=0, confidence=0.7),
            make_event("CHN", "AZE", day=day, place="Baku", index=1, confidence=0.95),
            make_event("AZE", "CHN", root="11", day=day, index=2),  # another root family
            make_event("CHN", "AZE", day=later, index=3),  # another day
        ],
    )
    store.save(make_article("a2"), [make_event("AZE", "CHN", day=day, place="Baku")])
    total, rows = queries.cluster_page(
        store, EventFilter(dyad=("AZE", "CHN")), order="oldest", limit=10, offset=0
    )
    assert total == len(rows) == 3
    meeting = rows[0]
    assert (meeting["two_way"], meeting["num_mentions"], meeting["num_articles"]) == (True, 3, 2)
    # The row shows its most confident mention (CHN -> AZE, 0.95) and that mention's cluster.
    assert (meeting["source_country"], meeting["target_country"]) == ("CHN", "AZE")
    assert [row["two_way"] for row in rows[1:]] == [False, False]
    assert {row["root"] for row in rows[1:]} == {"11", "04"}
    # One direction only: the two clusters are apart again.
    one_way = EventFilter(dyad=("AZE", "CHN"), directed=True)
    total, rows = queries.cluster_page(store, one_way, order="oldest", limit=10, offset=0)
    assert total == 2 and not any(row["two_way"] for row in rows)
    # A page past the end still knows the count.
    assert queries.cluster_page(store, EventFilter(), order="newest", limit=5, offset=9) == (3, [])
