"""The event store: articles, their coded events and failures in DuckDB or PostgreSQL.

``open_store(db)`` opens (creating and migrating) a DuckDB file, ``":memory:"`` for tests, or
a PostgreSQL database given as a ``postgresql://`` URL (needs psycopg); backends:
:mod:`eventscope.store.backends`, :mod:`eventscope.store.backends.postgres`. Schema and migrations:
:mod:`eventscope.store.schema`; clustering rule:
:mod:`eventscope.store.cluster`; filters: :class:`~eventscope.store.filters.EventFilter`.

Guarantees:

* An article is stored once: saving an article whose id is stored with the same content
  hash does nothing (``unchanged``); an article with new text under a stored id, or
  ``replace=True`` (re-coding with a newer pipeline), replaces its events; a different id
  with text already stored is skipped (``duplicate``).
* Each save is one transaction: the article row, its events and the reclustering of the
  dyads and roots they touch are committed together or not at all.
* Every SQL value is a bound parameter; bulk inserts go through Arrow tables (scanned by
  DuckDB, COPY on PostgreSQL).

Example:
    >>> from eventscope.models import Article
    >>> with open_store(":memory:") as store:
    ...     store.save(Article(id="a1", text="Azerbaijan and China met."), []).status
    'inserted'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..errors import QueryTimeoutError, StoreError
from ..models import Article, Event
from .backends import Backend, Cursor, display_name, open_backend
from .cluster import SINGLETONS_SQL, recluster_sql
from .filters import EventFilter
from .readers import Readers
from .rows import (
    articles_table,
    event_from_record,
    event_row,
    events_table,
    records,
    with_pair,
)
from .schema import (
    ARTICLE_COLUMNS,
    CREATE_MIGRATIONS_TABLE,
    EVENT_COLUMNS,
    MIGRATIONS,
    STORED_COLUMNS,
)
from .tx import (
    SaveResult,
    Transaction,
    article_row,
    event_keys,
    plan_saves,
    utc_now,
)

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


# What reading "all of an event" selects: its id, its fields and its cluster.
_READ_COLUMNS = ", ".join(("id", *EVENT_COLUMNS, "cluster_id"))


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreOptions:
    """How to open the store. ``cluster_window_days``: see :mod:`eventscope.store.cluster`."""

    read_only: bool = False
    cluster_window_days: int = 1
    threads: int | None = None


def open_store(db: str, *, options: StoreOptions | None = None) -> Store:
    """Open the store at ``db`` (a DuckDB path, ``":memory:"`` or a ``postgresql://`` URL),
    applying pending migrations."""
    options = options or StoreOptions()
    backend = open_backend(db, read_only=options.read_only, threads=options.threads)
    store = Store(backend, options=options, name=display_name(db))
    try:
        if not options.read_only:
            store.migrate()
        elif pending := store.pending_migrations():
            # A read-only connection cannot upgrade the file, and its queries would fail on
            # the columns the newer code reads: say so once, with the one command that helps.
            raise StoreError(
                detail=f"the store {store.name} was written by an older eventscope and needs "
                f"schema migration {', '.join(map(str, pending))}; upgrade it once with "
                f"`eventscope migrate --db {store.name}` (any writing command, such as "
                "`eventscope ingest`, upgrades it too), then open it read-only again"
            )
    except BaseException:
        store.close()
        raise
    return store


class Store:
    """A connection to the event store. Use :func:`open_store`; close it (or use ``with``)."""

    def __init__(
        self,
        backend: Backend,
        *,
        options: StoreOptions,
        name: str,
        time_limit: float | None = None,
    ) -> None:
        self._con = backend
        self.options = options
        self.name = name
        self._time_limit = time_limit

    @property
    def backend(self) -> str:
        """``"duckdb"`` or ``"postgresql"``."""
        return self._con.kind

    # -- lifecycle --------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    def readers(self, *, size: int = 4, time_limit: float | None = None) -> Readers:
        """A pool of read connections for concurrent readers (see :mod:`.readers`): at most
        ``size`` queries at once, each stopped after ``time_limit`` seconds (QueryTimeoutError)."""
        pool = self._con.readers(size=size, time_limit=time_limit)
        return Readers(self, pool, size=size, time_limit=time_limit)

    def view(self, backend: Backend, *, time_limit: float | None = None) -> Store:
        """This store's reads over another connection of the same database (a reader)."""
        return Store(backend, options=self.options, name=self.name, time_limit=time_limit)

    def migrate(self) -> list[int]:
        """Apply pending migrations (each in its own transaction); returns the versions applied."""
        self._con.execute(CREATE_MIGRATIONS_TABLE)
        rows = self._con.execute("SELECT version FROM schema_migrations").fetchall()
        done = {row[0] for row in rows}
        applied = []
        for migration in MIGRATIONS:
            if migration.version in done:
                continue
            with self._transaction(f"migration {migration.version}"):
                for statement in migration.statements_for(self._con.kind):
                    self._con.execute(self._con.ddl(statement))
                self._con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    [migration.version, migration.name, utc_now()],
                )
            applied.append(migration.version)
        return applied

    def pending_migrations(self) -> list[int]:
        """The versions of :data:`MIGRATIONS` not applied to this store, oldest first."""
        # Asked of the catalogue first: a failed query would abort a PostgreSQL transaction.
        known = self._con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchall()
        rows = (
            self._con.execute("SELECT version FROM schema_migrations").fetchall()
            if known[0][0]
            else []
        )
        done = {row[0] for row in rows}
        return [migration.version for migration in MIGRATIONS if migration.version not in done]

    def migrations(self) -> list[dict[str, Any]]:
        """The applied migrations, oldest first."""
        return self.query("SELECT * FROM schema_migrations ORDER BY version")

    # -- writing ----------------------------------------------------------------------

    def save(
        self, article: Article, events: Sequence[Event], *, replace: bool = False
    ) -> SaveResult:
        """Store one coded article and its events in one transaction (see module docstring)."""
        return self.save_many([(article, events)], replace=replace)[0]

    def save_many(
        self,
        items: Iterable[tuple[Article, Sequence[Event]]],
        *,
        replace: bool = False,
        recluster: bool = True,
    ) -> list[SaveResult]:
        """Store a batch of coded articles in ONE transaction (all or nothing).

        With ``recluster=False`` the caller runs :meth:`recluster` later (bulk loads).
        """
        batch = list(items)
        with self._transaction("save"):
            plan = plan_saves(self._con, batch, replace=replace)
            touched = self._keys_of(plan.replace_ids)
            if plan.replace_ids:
                self._con.execute(
                    "DELETE FROM events WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                    [plan.replace_ids],
                )
                self._con.execute(
                    "DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                    [plan.replace_ids],
                )
            touched |= self._insert(plan.write)
            if recluster:
                self._recluster(touched)
        return plan.results

    def _insert(
        self, write: list[tuple[Article, str, Sequence[Event]]]
    ) -> set[tuple[str, str, str]]:
        """Insert article rows and all their events (Arrow bulk inserts); returns cluster keys."""
        if not write:
            return set()
        now = utc_now()
        articles = articles_table([article_row(a, digest, now) for a, digest, _ in write])
        self._con.insert("articles", ARTICLE_COLUMNS, articles)
        rows: list[tuple[Any, ...]] = []
        for article, _, events in write:
            rows.extend(event_row(event, article_id=article.id) for event in events)
        if rows:
            self._con.insert("events", STORED_COLUMNS, with_pair(events_table(rows)))
        return event_keys(rows)

    def bulk_load(self, articles: pa.Table | None, events: pa.Table) -> int:
        """Append ready Arrow tables (``ARTICLE_COLUMNS``, ``EVENT_COLUMNS``) in one transaction.

        For imports and benchmarks: no deduplication and no clustering (call
        :meth:`recluster` afterwards); the caller guarantees new, unique article ids.
        """
        with self._transaction("bulk load"):
            if articles is not None and articles.num_rows:
                self._con.insert("articles", ARTICLE_COLUMNS, articles)
            self._con.insert("events", STORED_COLUMNS, with_pair(events))
        return events.num_rows

    def record_failure(
        self, item: str, reason: str, *, code: str | None = None, skipped: bool = False
    ) -> None:
        """Remember that ``item`` (a file, file:line or article id) could not be coded, or
        with ``skipped`` that it was not coded because it is not news text (status column)."""
        self._execute(
            'INSERT INTO failures (item, code, reason, "at", status) VALUES (?, ?, ?, ?, ?)',
            [item, code, reason, utc_now(), "skipped" if skipped else "failed"],
        )

    def recluster(self) -> int:
        """Recompute every event cluster; returns the number of clusters."""
        with self._transaction("recluster"):
            self._recluster(None)
        return int(self.scalar("SELECT count(DISTINCT cluster_id) FROM events") or 0)

    def _recluster(self, keys: set[tuple[str, str, str]] | None) -> None:
        """Re-run the cluster rule for these (source, target, root) keys, or for all."""
        window = self.options.cluster_window_days
        if keys is None:
            self._con.execute(recluster_sql(scoped=False), [window])
        elif keys:
            sources, targets, roots = (list(column) for column in zip(*sorted(keys), strict=True))
            self._con.execute(recluster_sql(scoped=True), [sources, targets, roots, window])
        self._con.execute(SINGLETONS_SQL)

    def _keys_of(self, article_ids: list[str]) -> set[tuple[str, str, str]]:
        """The cluster keys (source, target, root) of the stored events of these articles."""
        if not article_ids:
            return set()
        rows = self._con.execute(
            "SELECT DISTINCT source_country, target_country, root FROM events "
            "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) "
            "AND source_country IS NOT NULL AND target_country IS NOT NULL",
            [article_ids],
        ).fetchall()
        return {(s, t, r) for s, t, r in rows}

    # -- reading ----------------------------------------------------------------------

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        """Whether ``article_id`` is stored (with this content hash, when one is given)."""
        if content_hash is None:
            sql, params = "SELECT 1 FROM articles WHERE id = ?", [article_id]
        else:
            sql = "SELECT 1 FROM articles WHERE id = ? AND content_hash = ?"
            params = [article_id, content_hash]
        return self._con.execute(sql, params).fetchone() is not None

    def has_content(self, content_hash: str) -> bool:
        """Whether an article with this text (content hash) is stored, under any id."""
        sql = "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1"
        return self._con.execute(sql, [content_hash]).fetchone() is not None

    def events(self, filters: EventFilter | None = None, **conditions: Any) -> list[Event]:
        """Stored events matching ``filters`` (or keyword conditions of EventFilter).

        Ordered by date, article and sentence; ``Event.extra`` holds ``event_id`` and
        ``cluster_id``.
        """
        return [event_from_record(record) for record in self.event_records(filters, **conditions)]

    def event_records(
        self, filters: EventFilter | None = None, **conditions: Any
    ) -> list[dict[str, Any]]:
        """Like :meth:`events` but flat dict rows (``EVENT_COLUMNS`` + id, cluster_id)."""
        sql, params = self.events_sql(filters or EventFilter(**conditions))
        return self.query(sql, params)

    def events_sql(
        self, filters: EventFilter, *, columns: str = _READ_COLUMNS
    ) -> tuple[str, list[Any]]:
        """The SELECT for ``filters`` and its parameters (for frames and exports); by default
        ``id``, ``EVENT_COLUMNS`` and ``cluster_id`` (not the store's internal pair key)."""
        where, params = filters.where()
        sql = f"SELECT {columns} FROM events {where} ORDER BY date, article_id, sentence_index, id"
        if filters.limit is not None:
            sql += " LIMIT ?"
            params.append(filters.limit)
        return sql, params

    def failures(self, *, status: str | None = None) -> list[dict[str, Any]]:
        """Recorded items (item, code, reason, at, status), oldest first; ``status``:
        only ``"failed"`` or only ``"skipped"`` ones."""
        if status is None:
            return self.query('SELECT * FROM failures ORDER BY "at"')
        return self.query('SELECT * FROM failures WHERE status = ? ORDER BY "at"', [status])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query with bound parameters; rows as dicts."""
        cursor = self._execute(sql, params)
        columns = [column[0] for column in cursor.description or ()]
        return records(columns, cursor.fetchall())

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row (``None`` for no row or a statement)."""
        cursor = self._execute(sql, params)
        if cursor.description is None:
            return None
        row = cursor.fetchone()
        return row[0] if row else None

    def frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """Run a read query; the result as a pandas DataFrame."""
        try:
            return self._con.frame(sql, params)
        except self._con.errors as error:
            raise StoreError(self.name, detail=f"query failed: {error}") from error

    def batches(
        self, sql: str, params: Sequence[Any] = (), *, rows: int = 100_000
    ) -> Iterator[pa.RecordBatch]:
        """Stream a query's result as Arrow record batches (exports of big stores)."""
        try:
            yield from self._con.batches(sql, params, rows)
        except self._con.errors as error:
            raise StoreError(self.name, detail=f"query failed: {error}") from error

    def _execute(self, sql: str, params: Sequence[Any]) -> Cursor:
        try:
            return self._con.execute(sql, list(params))
        except self._con.errors as error:
            if self._time_limit is not None and isinstance(error, self._con.timeouts):
                raise QueryTimeoutError(self.name, limit=self._time_limit) from error
            raise StoreError(self.name, detail=f"query failed: {error}") from error

    # -- transactions -----------------------------------------------------------------

    def _transaction(self, what: str) -> Transaction:
        return Transaction(self._con, f"{self.name}: {what}", self._con.errors)
