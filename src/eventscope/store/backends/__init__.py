"""The store's database backends: one small interface, DuckDB (default) and PostgreSQL.

The store writes its SQL once, in the DuckDB spelling with ``?`` placeholders; a backend runs
it. :class:`DuckDBBackend` runs it as is;
:class:`~eventscope.store.backends.postgres.PostgresBackend` translates the few differences
(placeholders, ``DOUBLE``) explicitly. What a backend offers:

* ``execute(sql, params)``: a cursor with ``fetchone``/``fetchall``/``description``;
* ``insert(table, columns, arrow_table)``: a bulk insert (Arrow scan on DuckDB, COPY on
  PostgreSQL);
* ``frame``/``batches``: query results as a pandas DataFrame / Arrow record batches;
* ``ddl(statement)``: a migration statement in the backend's spelling;
* ``errors``: the driver's exception classes (wrapped into StoreError by the store), and
  ``timeouts``: those that mean a query ran over its time limit (QueryTimeoutError);
* ``readers(size, time_limit)``: a pool of read connections for concurrent readers
  (:mod:`eventscope.store.readers`).

Example:
    >>> backend = open_backend(":memory:", read_only=False, threads=None)
    >>> backend.execute("SELECT ? + 1", [1]).fetchone()
    (2,)
    >>> backend.close()
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

from ...errors import StoreError

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

POSTGRES_PREFIXES = ("postgresql://", "postgres://")


class Cursor(Protocol):
    """What the store reads from an executed statement."""

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Backend(Protocol):
    """A connection to one database (see the module docstring)."""

    kind: str
    errors: tuple[type[BaseException], ...]
    timeouts: tuple[type[BaseException], ...]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor: ...

    def insert(self, table: str, columns: Sequence[str], rows: pa.Table) -> None: ...

    def frame(self, sql: str, params: Sequence[Any]) -> pd.DataFrame: ...

    def batches(self, sql: str, params: Sequence[Any], rows: int) -> Iterator[pa.RecordBatch]: ...

    def ddl(self, statement: str) -> str: ...

    def readers(self, *, size: int, time_limit: float | None) -> ReaderPool: ...

    def close(self) -> None: ...


class ReaderPool(Protocol):
    """Read connections of one database: :meth:`connection` lends one (a ``Backend``)."""

    def connection(self) -> AbstractContextManager[Backend]: ...

    def close(self) -> None: ...


class DuckDBBackend:
    """An embedded DuckDB database (a file, or ``":memory:"``).

    With ``time_limit`` (seconds) every :meth:`execute` runs and fetches under a timer that
    calls ``connection.interrupt()`` (DuckDB has no ``statement_timeout``).
    """

    kind = "duckdb"

    def __init__(self, connection: Any, *, time_limit: float | None = None) -> None:
        import duckdb

        self._con = connection
        self._time_limit = time_limit
        self.errors: tuple[type[BaseException], ...] = (duckdb.Error,)
        self.timeouts: tuple[type[BaseException], ...] = (duckdb.InterruptException,)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        if self._time_limit is None:
            return self._con.execute(sql, list(params))
        timer = threading.Timer(self._time_limit, self._con.interrupt)
        timer.daemon = True
        timer.start()
        try:
            cursor = self._con.execute(sql, list(params))
            return Fetched(cursor.description, cursor.fetchall() if cursor.description else [])
        finally:
            timer.cancel()

    def readers(self, *, size: int, time_limit: float | None) -> ReaderPool:
        from ..readers import DuckDBReaders

        return DuckDBReaders(self._con, size=size, time_limit=time_limit)

    def insert(self, table: str, columns: Sequence[str], rows: pa.Table) -> None:
        """INSERT ... SELECT from the Arrow table registered for the statement (no per-row SQL)."""
        names = ", ".join(columns)
        self._con.register("new_rows", rows)
        try:
            self._con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM new_rows")
        finally:
            self._con.unregister("new_rows")

    def frame(self, sql: str, params: Sequence[Any]) -> pd.DataFrame:
        return self._con.execute(sql, list(params)).df()

    def batches(self, sql: str, params: Sequence[Any], rows: int) -> Iterator[pa.RecordBatch]:
        yield from iter(self._con.sql(sql, params=list(params)).to_arrow_reader(rows))

    def ddl(self, statement: str) -> str:
        return statement

    def close(self) -> None:
        self._con.close()


class Fetched:
    """A result already fetched (so a time limit covers the fetch too), read like a cursor."""

    def __init__(self, description: Any, rows: list[Any]) -> None:
        self.description = description
        self._rows = rows

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[Any]:
        return self._rows


def display_name(db: str) -> str:
    """``db`` for messages: a PostgreSQL URL loses its password."""
    if db.startswith(POSTGRES_PREFIXES):
        from .postgres import redact

        return redact(db)
    return db


def open_backend(db: str, *, read_only: bool, threads: int | None) -> Backend:
    """Connect to ``db``: a ``postgresql://`` URL, else a DuckDB path or ``":memory:"``."""
    if db.startswith(POSTGRES_PREFIXES):
        from .postgres import PostgresBackend

        return PostgresBackend.connect(db, read_only=read_only)
    import duckdb

    config: dict[str, Any] = {"threads": threads} if threads else {}
    try:
        connection = duckdb.connect(db, read_only=read_only, config=config)
    except duckdb.Error as error:
        raise StoreError(db, detail=f"cannot open the DuckDB store: {error}") from error
    # No progress bar: long queries would draw one over the CLI output.
    connection.execute("SET enable_progress_bar = false")
    return DuckDBBackend(connection)
