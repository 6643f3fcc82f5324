"""Parallel coding on one machine: worker processes, one model per worker, per-article time limit.

``code_parallel`` sends chunks of articles to ``workers`` processes. Each worker builds
one :class:`~eventscope.pipeline.Pipeline` when it starts (the model loads once per
worker, not per article) and codes its chunk in a batch (``nlp.pipe``). A chunk that runs
past its time budget is re-coded article by article, each under its own limit, so one
pathological article costs only itself (an :class:`ArticleTimeoutError` result).

Results come back in input order, so the single writer downstream (the store) sees a
deterministic stream and a killed run can resume where it stopped.

Example:
    >>> for result in code_parallel(articles, settings=settings, workers=2):  # doctest: +SKIP
    ...     store.save_result(result)
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from types import FrameType
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import ArticleError, ArticleTimeoutError
from ..models import Article, ArticleResult
from ..settings import Settings

if TYPE_CHECKING:
    from ..pipeline import Pipeline


class Coder(Protocol):
    """Anything that codes a stream of articles: a pipeline, a pool of workers, a cluster."""

    def code_many(self, items: Iterable[Article | ArticleError]) -> Iterator[ArticleResult]: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchOptions:
    """``workers``: processes (default: all cores); ``chunk_size``: articles per task."""

    workers: int = 0
    chunk_size: int = 16

    def resolved_workers(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)


class _WorkerState:
    """The pipeline of *this* worker process, built on the worker's first task.

    A process pool (or a Dask worker) can only hand state to its tasks through the
    worker process itself; this holder is that one place, written once per process.
    """

    settings: Settings | None = None
    pipeline: Pipeline | None = None


def worker_pipeline(settings: Settings) -> Pipeline:
    """This process's pipeline for ``settings``, built once (the model loads once per worker)."""
    if _WorkerState.pipeline is None or _WorkerState.settings != settings:
        from ..pipeline import Pipeline

        _WorkerState.pipeline = Pipeline(settings=settings)
        _WorkerState.settings = settings
    return _WorkerState.pipeline


def _init_worker(settings: Settings) -> None:
    # Workers must not die on Ctrl-C in the middle of a chunk: the parent handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_pipeline(settings)


class _Deadline(Exception):
    """Raised inside a worker when the alarm for the current work fires."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Deadline


def _with_deadline(seconds: float, work: Iterable[ArticleResult]) -> list[ArticleResult]:
    """Run ``work`` to completion under a SIGALRM deadline (raises :class:`_Deadline`).

    POSIX alarms reach only a process's main thread; elsewhere (a Dask worker runs tasks in
    threads) the work runs without a deadline, as nothing could interrupt it safely.
    """
    if threading.current_thread() is not threading.main_thread():
        return list(work)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        return list(work)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def code_chunk(
    coder: Coder, chunk: list[Article | ArticleError], *, timeout: float
) -> list[ArticleResult]:
    """Code a chunk in one batch; past its budget, again one by one, ``timeout`` s each."""
    limit = timeout
    try:
        return _with_deadline(limit * max(len(chunk), 1), coder.code_many(chunk))
    except _Deadline:
        pass
    results = []
    for item in chunk:
        try:
            results.extend(_with_deadline(limit, coder.code_many([item])))
        except _Deadline:
            item_id = item.id if isinstance(item, Article) else (item.item or "?")
            error = ArticleTimeoutError(item_id, seconds=limit)
            results.append(
                ArticleResult(article_id=item_id, error=str(error), error_code=error.code)
            )
    return results


def _code_in_worker(chunk: list[Article | ArticleError], settings: Settings) -> list[ArticleResult]:
    return code_chunk(worker_pipeline(settings), chunk, timeout=settings.article_timeout)


def chunked(
    items: Iterable[Article | ArticleError], size: int
) -> Iterator[list[Article | ArticleError]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_parallel(
    items: Iterable[Article | ArticleError],
    *,
    settings: Settings,
    options: BatchOptions | None = None,
) -> Iterator[ArticleResult]:
    """Code ``items`` on several processes; yields one result per item, in input order.

    With one worker, codes in this process (no pool), under the same time limits.
    """
    options = options or BatchOptions()
    workers = options.resolved_workers()
    chunks = chunked(items, options.chunk_size)
    if workers == 1:
        for chunk in chunks:
            yield from code_chunk(
                worker_pipeline(settings), chunk, timeout=settings.article_timeout
            )
        return
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        futures = (pool.submit(_code_in_worker, chunk, settings) for chunk in chunks)
        yield from in_order(futures, look_ahead=workers * 2)


def in_order(futures: Iterable[Any], *, look_ahead: int) -> Iterator[ArticleResult]:
    """Results of lazily submitted futures (each giving a list), in submission order.

    At most ``look_ahead`` futures are pending at once, which keeps memory flat on corpora
    of any size while every worker stays busy. Works for concurrent.futures and Dask futures.
    """
    pending: deque[Any] = deque()
    for future in futures:
        pending.append(future)
        if len(pending) >= look_ahead:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


class TimedCoder:
    """Another coder (a pipeline) run in this process, in chunks, under the per-article time
    limit. Fits :class:`Coder`."""

    def __init__(self, coder: Coder, *, timeout: float, chunk_size: int = 16) -> None:
        self.coder = coder
        self.timeout = timeout
        self.chunk_size = chunk_size

    def code_many(self, items: Iterable[Article | ArticleError]) -> Iterator[ArticleResult]:
        for chunk in chunked(items, self.chunk_size):
            yield from code_chunk(self.coder, chunk, timeout=self.timeout)


class ParallelCoder:
    """Codes on ``options.workers`` processes (see :func:`code_parallel`); fits ``Coder``."""

    def __init__(self, settings: Settings, *, options: BatchOptions | None = None) -> None:
        self.settings = settings
        self.options = options or BatchOptions()

    def code_many(self, items: Iterable[Article | ArticleError]) -> Iterator[ArticleResult]:
        return code_parallel(items, settings=self.settings, options=self.options)
