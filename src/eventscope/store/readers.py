"""Read connections for concurrent readers (the API): one per request, a time limit per query.

A :class:`~eventscope.store.Store` has one connection, and a DuckDB connection must not be
used by two threads at once; behind one lock, one slow query made every other request wait.
:meth:`Store.readers <eventscope.store.Store.readers>` gives a :class:`Readers` pool whose
:meth:`~Readers.reader` lends each request a store view on a connection of its own:

* DuckDB: cursors of the store's connection (each is a connection of its own to the same
  database, safe to use from another thread), created on demand and kept for reuse; a query
  over the time limit is stopped with ``connection.interrupt()`` from a timer;
* PostgreSQL: a ``psycopg_pool.ConnectionPool`` with ``statement_timeout`` on each
  connection (:class:`~eventscope.store.backends.postgres.PostgresReaders`).

A query over the limit raises :class:`~eventscope.errors.QueryTimeoutError`. Writes keep
going through the store's own connection (one writer; the API serialises them).

Example:
    >>> from eventscope.store import open_store, queries
    >>> with open_store(":memory:") as store, store.readers(time_limit=5) as pool:
    ...     with pool.reader() as view:
    ...         queries.store_counts(view)
    (0, 0)
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..errors import QueryTimeoutError
from .backends import Backend, DuckDBBackend, ReaderPool

if TYPE_CHECKING:
    from . import Store


class DuckDBReaders:
    """Reusable read cursors of one DuckDB connection (at most ``size`` kept idle)."""

    def __init__(self, connection: Any, *, size: int, time_limit: float | None) -> None:
        self._con = connection
        self._time_limit = time_limit
        self._idle: queue.LifoQueue[DuckDBBackend] = queue.LifoQueue(maxsize=size)

    @contextmanager
    def connection(self) -> Iterator[Backend]:
        try:
            backend = self._idle.get_nowait()
        except queue.Empty:
            backend = DuckDBBackend(self._con.cursor(), time_limit=self._time_limit)
        try:
            yield backend
        finally:
            try:
                self._idle.put_nowait(backend)
            except queue.Full:  # more requests than kept cursors at a peak: drop this one
                backend.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


class Readers:
    """A pool of read connections of one store; use :meth:`reader` once per request."""

    def __init__(
        self, store: Store, pool: ReaderPool, *, size: int, time_limit: float | None
    ) -> None:
        self._store = store
        self._pool = pool
        self.time_limit = time_limit
        # At most ``size`` queries at once: more would only share the same cores, and starve
        # the server's own threads (a cheap request waits behind them all).
        self._slots = threading.BoundedSemaphore(size)

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only view of the store on a connection of its own (returned afterwards).

        Waits for a free connection at most ``time_limit`` seconds (QueryTimeoutError)."""
        if not self._slots.acquire(timeout=self.time_limit):
            raise QueryTimeoutError(self._store.name, limit=self.time_limit)
        try:
            with self._pool.connection() as backend:
                yield self._store.view(backend, time_limit=self.time_limit)
        finally:
            self._slots.release()

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> Readers:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
