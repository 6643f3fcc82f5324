"""Read connections per request with a time limit per query (issue 14 item 6), both backends."""

from __future__ import annotations

import threading
import time

import pytest
from test_store_backends import db, store  # noqa: F401  (fixtures: per backend)
from test_store_support import make_article, make_event

from eventscope.errors import QueryTimeoutError
from eventscope.store import queries


def slow_sql(store) -> str:  # noqa: F811
    """A query that runs for minutes unless it is stopped."""
    if store.backend == "duckdb":
        return "SELECT count(*) FROM range(1000000000000) a"
    return "SELECT pg_sleep(600)"


def test_a_query_over_the_limit_is_stopped_and_the_reader_stays_usable(store) -> None:  # noqa: F811
    store.save(make_article("a1"), [make_event()])
    with store.readers(size=1, time_limit=0.3) as pool:
        start = time.monotonic()
        with pool.reader() as view, pytest.raises(QueryTimeoutError) as caught:
            view.scalar(slow_sql(store))
        assert time.monotonic() - start < 10
        assert caught.value.code == "E501" and "0.3 s" in str(caught.value)
        with pool.reader() as view:  # the same (reused) connection answers again
            assert queries.store_counts(view) == (1, 1)


def test_a_slow_reader_does_not_block_the_others(store) -> None:  # noqa: F811
    store.save(make_article("a1"), [make_event()])
    outcome: list[BaseException] = []
    started = threading.Event()

    def slow() -> None:
        with pool.reader() as view:
            started.set()
            try:
                view.scalar(slow_sql(store))
            except QueryTimeoutError as error:
                outcome.append(error)

    with store.readers(size=4, time_limit=3.0) as pool:
        worker = threading.Thread(target=slow)
        worker.start()
        started.wait(10)
        time.sleep(0.2)  # let the slow query begin
        with pool.reader() as view:
            counts = queries.store_counts(view)
        still_running = worker.is_alive()
        worker.join(30)
    assert counts == (1, 1)
    assert still_running, "the fast read had to wait for the slow one"
    assert [type(error) for error in outcome] == [QueryTimeoutError]


def test_readers_see_what_the_writer_committed(store) -> None:  # noqa: F811
    with store.readers(size=2, time_limit=5.0) as pool:
        with pool.reader() as view:
            assert queries.store_counts(view) == (0, 0)
        store.save(make_article("a1"), [make_event(), make_event(index=1)])
        with pool.reader() as view:
            assert queries.store_counts(view) == (1, 2)
