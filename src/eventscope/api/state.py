"""What the routes share: the store's readers and its one writer, the settings and the pipeline.

FastAPI runs the sync routes in a thread pool. Every read goes through
:meth:`ApiState.store_access`, which lends the request a connection of its own from the
store's reader pool (:mod:`eventscope.store.readers`), so one slow query no longer makes
every other client wait; each query stops after ``query_timeout`` seconds (503, ``E501``).
Every write goes through :meth:`ApiState.store_write`: the store's own connection, one
writer at a time.
The pipeline is expensive (spaCy model, dictionaries, gazetteer): it is built on the first
POST, once, by ``pipeline_factory``; coding runs outside the write lock.

Example:
    >>> from eventscope.settings import Settings
    >>> from eventscope.store import open_store, queries
    >>> state = ApiState(store=open_store(":memory:"), settings=Settings())
    >>> with state.store_access() as store:
    ...     queries.store_counts(store)
    (0, 0)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, Protocol, TypeVar

from ..models import Article, Event
from ..settings import Settings
from ..store import Store, queries


class ArticleCoder(Protocol):
    """What the API needs from a pipeline: :meth:`eventscope.pipeline.Pipeline.code`."""

    def code(self, article: Article) -> list[Event]: ...


PipelineFactory = Callable[[Settings], ArticleCoder]
T = TypeVar("T")


def default_pipeline_factory(settings: Settings) -> ArticleCoder:
    from ..pipeline import Pipeline

    return Pipeline(settings=settings)


class CachedRead(Generic[T]):
    """A whole-store read answered from memory, at most ``max_age`` seconds old: the
    ``(articles, events)`` counts of ``/api/health`` and the country list of
    ``/api/countries`` (a scan of every event, asked by each dashboard page).

    Such requests must stay fast while heavy queries run, so a stale value is answered at
    once and refreshed in a background thread (one at a time); only a missing value (at
    start, and after each write through the API, which calls :meth:`invalidate`) is read
    inline.
    """

    def __init__(self, count: Callable[[], T], *, max_age: float = 2.0) -> None:
        self._count = count
        self._max_age = max_age
        self._lock = threading.Lock()
        self._value: T | None = None
        self._at = 0.0
        self._refreshing = False
        self._generation = 0  # bumped by invalidate: a count begun before it is not kept

    def get(self) -> T:
        """The value; read inline only when there is none (blocks on the store)."""
        value = self.cached()
        return value if value is not None else self._refresh()

    def cached(self) -> T | None:
        """The value without waiting (``None`` when missing); starts a refresh if stale."""
        with self._lock:
            value = self._value
            stale = time.monotonic() - self._at > self._max_age
            if value is not None and stale and not self._refreshing:
                self._refreshing = True
                threading.Thread(target=self._refresh, daemon=True).start()
        return value

    def invalidate(self) -> None:
        with self._lock:
            self._value = None
            self._generation += 1

    def _refresh(self) -> T:
        generation = self._generation
        try:
            value = self._count()
            with self._lock:
                if generation == self._generation:
                    self._value, self._at = value, time.monotonic()
            return value
        finally:
            with self._lock:
                self._refreshing = False


class ApiState:
    """The app's shared objects; see the module docstring for the locking rules."""

    def __init__(
        self,
        *,
        store: Store,
        settings: Settings,
        pipeline_factory: PipelineFactory | None = None,
        readers: int = 4,
        query_timeout: float | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self._factory = pipeline_factory or default_pipeline_factory
        self._pipeline: ArticleCoder | None = None
        self.readers = store.readers(size=readers, time_limit=query_timeout)
        self._write_lock = threading.Lock()
        self._pipeline_lock = threading.Lock()
        self.counts = CachedRead(self._count)
        # The country list changes only with new events: 10 s old at most is fine.
        self.countries = CachedRead(self._countries, max_age=10.0)

    @property
    def writable(self) -> bool:
        return bool(self.settings.api_token) and not self.store.options.read_only

    @contextmanager
    def store_access(self) -> Iterator[Store]:
        """A read view of the store on a pooled connection of this request's own."""
        with self.readers.reader() as view:
            yield view

    @contextmanager
    def store_write(self) -> Iterator[Store]:
        """The store's own connection, one writer at a time."""
        with self._write_lock:
            try:
                yield self.store
            finally:
                self.counts.invalidate()
                self.countries.invalidate()

    def _count(self) -> tuple[int, int]:
        with self.store_access() as store:
            return queries.store_counts(store)

    def _countries(self) -> list[dict[str, Any]]:
        with self.store_access() as store:
            return queries.country_counts(store)

    def close(self) -> None:
        """Close the pooled read connections (the store itself belongs to the caller)."""
        self.readers.close()

    def code(self, article: Article) -> list[Event]:
        """Code ``article`` with the pipeline (built on first use; one article at a time)."""
        with self._pipeline_lock:
            if self._pipeline is None:
                self._pipeline = self._factory(self.settings)
            return self._pipeline.code(article)
