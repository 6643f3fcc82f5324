"""store/queries.py: the one home of the SQL the API, analytics and CLI run (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
            lambda store: queries.event_page(
                store, EventFilter(), order="random", limit=1, offset=0
            ),
            "order must be one of newest, oldest, not 'random'",
        ),
        (
            lambda store: queries.partner_rows(
                store, EventFilter(country="AZE"), rank_by="size", limit=None
            ),
            "rank_by must be one of events, cooperation, conflict",
        ),
        (
            lambda store: queries.partner_rows(store, EventFilter(), rank_by="events", limit=1),
            "needs a filter with a country",
        ),
    ],
)
def test_names_outside_the_fixed_tables_are_refused(call, message) -> None:
    with open_store(":memory:") as store, pytest.raises(ConfigError, match=re.escape(message)):
        call(store)


def test_an_empty_store_answers_every_query() -> None:
    with open_store(":memory:") as store:
        assert queries.store_counts(store) == (0, 0)
        assert queries.country_counts(store) == []
        assert queries.count_events(store, EventFilter(country="AZE")) == 0
        assert queries.article_record(store, "missing") is None
        assert queries.timeline_rows(store, EventFilter(), by="month") == []
