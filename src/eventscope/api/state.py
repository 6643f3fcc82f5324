"""What the routes share: the store (behind a lock), the settings and the lazy pipeline.

A DuckDB connection must not be used by two threads at once, and FastAPI runs the sync
routes in a thread pool, so every read goes through :meth:`ApiState.store_access` and
every write through :meth:`ApiState.store_write` (both take the same lock; per-thread
cursors measured no faster on a 2-core machine, see benchmarks/api.py).
The pipeline is expensive (spaCy model, dictionaries, gazetteer): it is built on the first
POST, once, by ``pipeline_factory``; coding runs outside the store lock.

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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from ..models import Article, Event
from ..settings import Settings
from ..store import Store


class ArticleCoder(Protocol):
    """What the API needs from a pipeline: :meth:`eventscope.pipeline.Pipeline.code`."""

    def code(self, article: Article) -> list[Event]: ...


PipelineFactory = Callable[[Settings], ArticleCoder]


def default_pipeline_factory(settings: Settings) -> ArticleCoder:
    from ..pipeline import Pipeline

    return Pipeline(settings=settings)


class ApiState:
    """The app's shared objects; see the module docstring for the locking rules."""

    def __init__(
        self,
        *,
        store: Store,
        settings: Settings,
        pipeline_factory: PipelineFactory | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self._factory = pipeline_factory or default_pipeline_factory
        self._pipeline: ArticleCoder | None = None
        self._store_lock = threading.Lock()
        self._pipeline_lock = threading.Lock()

    @property
    def writable(self) -> bool:
        return bool(self.settings.api_token) and not self.store.options.read_only

    @contextmanager
    def store_access(self) -> Iterator[Store]:
        """The shared store, one request at a time (reads)."""
        with self._store_lock:
            yield self.store

    @contextmanager
    def store_write(self) -> Iterator[Store]:
        """The shared store, one writer at a time."""
        with self._store_lock:
            yield self.store

    def code(self, article: Article) -> list[Event]:
        """Code ``article`` with the pipeline (built on first use; one article at a time)."""
        with self._pipeline_lock:
            if self._pipeline is None:
                self._pipeline = self._factory(self.settings)
            return self._pipeline.code(article)
