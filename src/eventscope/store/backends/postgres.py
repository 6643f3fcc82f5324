"""The PostgreSQL backend of the store (psycopg 3): a :class:`~.store_backend.Backend`.

The store's SQL is written once (DuckDB spelling); this module's dialect layer changes only:

* placeholders: ``?`` becomes ``%s`` and a literal ``%`` becomes ``%%`` (outside quoted
  strings and identifiers), so every value stays a bound parameter;
* migrations: the column type ``DOUBLE`` becomes ``DOUBLE PRECISION``.

Bulk inserts use ``COPY ... FROM STDIN``; exports stream rows (``cursor.stream``) into Arrow
batches typed from the result's column types. The connection runs in autocommit mode and the
store brackets each save in explicit ``BEGIN``/``COMMIT``, as on DuckDB. A URL may carry
libpq options, e.g. ``?options=-csearch_path%3Dmy_schema`` to use a schema of one's own.

Example:
    >>> to_pyformat("SELECT * FROM t WHERE a = ? AND b LIKE '%?%'")
    "SELECT * FROM t WHERE a = %s AND b LIKE '%%?%%'"
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ...errors import ConfigError, StoreError

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from . import Cursor

_DOUBLE = re.compile(r"\bDOUBLE\b(?! PRECISION)")
# PostgreSQL type oids → Arrow type names (anything else is read as a string).
_ARROW_TYPES = {
    16: "bool_",
    20: "int64",
    21: "int64",
    23: "int64",
    700: "float64",
    701: "float64",
    1700: "float64",
    1082: "date32",
}
_TIMESTAMP_OID = 1114


def to_pyformat(sql: str) -> str:
    """DuckDB-style ``?`` placeholders → psycopg ``%s`` (quoted text is left alone)."""
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote is not None:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)


class PostgresBackend:
    """A PostgreSQL database reached through a ``postgresql://`` URL."""

    kind = "postgresql"

    def __init__(self, connection: Any, *, url: str = "", read_only: bool = False) -> None:
        import psycopg

        self._con = connection
        self._url = url
        self._read_only = read_only
        self.errors: tuple[type[BaseException], ...] = (psycopg.Error,)
        self.timeouts: tuple[type[BaseException], ...] = (psycopg.errors.QueryCanceled,)

    @classmethod
    def connect(cls, url: str, *, read_only: bool) -> PostgresBackend:
        """Connect (autocommit; explicit transactions); ``read_only`` refuses every write."""
        try:
            import psycopg
        except ImportError as error:
            raise ConfigError(
                detail='the PostgreSQL backend needs psycopg: pip install "psycopg[binary]"'
            ) from error
        try:
            connection = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as error:
            raise StoreError(
                redact(url), detail=f"cannot open the PostgreSQL store: {error}"
            ) from error
        if read_only:
            connection.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        return cls(connection, url=url, read_only=read_only)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        return self._con.execute(to_pyformat(sql), list(params))

    def insert(self, table: str, columns: Sequence[str], rows: pa.Table) -> None:
        """COPY the Arrow table's rows into ``table`` (one round trip, no per-row SQL)."""
        values = [rows.column(name).to_pylist() for name in columns]
        with (
            self._con.cursor() as cursor,
            cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
        ):
            for row in zip(*values, strict=True):
                copy.write_row(row)

    def frame(self, sql: str, params: Sequence[Any]) -> pd.DataFrame:
        import pandas as pd

        cursor = self.execute(sql, params)
        columns = [column[0] for column in cursor.description or ()]
        return pd.DataFrame.from_records(cursor.fetchall(), columns=columns)

    def batches(self, sql: str, params: Sequence[Any], rows: int) -> Iterator[pa.RecordBatch]:
        """Stream the result row by row from the server, ``rows`` at a time as Arrow batches."""
        with self._con.cursor() as cursor:
            pending: list[tuple[Any, ...]] = []
            for row in cursor.stream(to_pyformat(sql), list(params)):
                pending.append(row)
                if len(pending) == rows:
                    yield _batch(cursor.description, pending)
                    pending = []
            if pending:
                yield _batch(cursor.description, pending)

    def ddl(self, statement: str) -> str:
        return _DOUBLE.sub("DOUBLE PRECISION", statement)

    def readers(self, *, size: int, time_limit: float | None) -> PostgresReaders:
        """A psycopg pool of read-only connections; ``statement_timeout`` = ``time_limit``."""
        return PostgresReaders(self._url, size=size, time_limit=time_limit)

    def close(self) -> None:
        self._con.close()


class PostgresReaders:
    """Read connections from a ``psycopg_pool.ConnectionPool`` (opened on first use).

    Each connection is autocommit, read-only and has ``statement_timeout`` set, so the server
    stops a query that runs over the limit (``QueryCanceled``).
    """

    def __init__(self, url: str, *, size: int, time_limit: float | None) -> None:
        self._url = url
        self._size = size
        self._time_limit = time_limit
        self._pool: Any = None
        self._lock = threading.Lock()

    def _configure(self, connection: Any) -> None:
        connection.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        if self._time_limit is not None:
            milliseconds = max(1, int(self._time_limit * 1000))
            connection.execute(f"SET statement_timeout = {milliseconds}")

    def _opened(self) -> Any:
        with self._lock:
            if self._pool is None:
                from psycopg_pool import ConnectionPool

                self._pool = ConnectionPool(
                    self._url,
                    min_size=1,
                    max_size=self._size,
                    kwargs={"autocommit": True, "connect_timeout": 10},
                    configure=self._configure,
                    open=True,
                )
            return self._pool

    @contextmanager
    def connection(self) -> Iterator[PostgresBackend]:
        with self._opened().connection() as connection:
            yield PostgresBackend(connection, url=self._url, read_only=True)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None


def _arrow_type(type_code: int) -> pa.DataType:
    import pyarrow as pa

    if type_code == _TIMESTAMP_OID:
        return pa.timestamp("us")
    return getattr(pa, _ARROW_TYPES.get(type_code, "string"))()


def _batch(description: Any, rows: list[tuple[Any, ...]]) -> pa.RecordBatch:
    """Rows → one Arrow batch whose schema depends only on the column types (stable)."""
    import pyarrow as pa

    arrays = []
    for index, column in enumerate(description):
        kind = _arrow_type(column.type_code)
        values = [row[index] for row in rows]
        if kind == pa.string():
            values = [None if value is None else str(value) for value in values]
        elif kind == pa.float64():  # NUMERIC arrives as Decimal
            values = [None if value is None else float(value) for value in values]
        arrays.append(pa.array(values, type=kind))
    return pa.RecordBatch.from_arrays(arrays, names=[column.name for column in description])


def redact(url: str) -> str:
    """The URL without its password, for messages and ``Store.name``.

    >>> redact("postgresql://me:secret@db.example.org/events")
    'postgresql://me:***@db.example.org/events'
    """
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)
