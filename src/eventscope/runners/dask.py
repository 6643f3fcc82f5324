"""Coding on a Dask cluster: the same pipeline, partitions of articles as tasks.

``code_with_dask`` submits partitions of articles to a Dask cluster (a ``LocalCluster``
of single-threaded worker processes when no scheduler address is given). Each worker
process builds its pipeline once (the model and data load once per worker, not per
partition) and codes each partition in a batch. Partitions are small (16 articles: a task
costs Dask a few milliseconds, a partition about a second of coding), so the last tasks
do not leave workers idle, and up to two partitions per worker thread of the cluster are
in flight, so every worker stays busy however many there are. (Dask runs tasks in worker
threads, where the per-article time limit of local workers cannot interrupt a stuck
article; bound a run with Dask's own timeouts.)
Results come back to the caller in input order (so the single store writer and resume
work as locally); ``parquet_dir`` also writes each partition's events to
``part-NNNNN.parquet`` on the worker, for corpora whose events are analysed without a store.

On a real cluster every worker needs the package installed (``pip install
'eventscope[dask]'`` in the workers' environment) and the scheduler reachable:
``eventscope ingest corpus/ --engine dask --scheduler tcp://scheduler:8786``.

Example:
    >>> results = code_with_dask(articles, settings=settings)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..models import Article, ArticleResult
from ..settings import Settings
from .local import chunked, code_chunk, in_order, worker_pipeline


@dataclass(frozen=True, slots=True, kw_only=True)
class DaskOptions:
    """``scheduler``: address of a running scheduler, or None for a LocalCluster of
    ``local_workers`` single-threaded processes; ``partition_size``: articles per task;
    ``max_pending``: partitions in flight (0: two per worker thread of the cluster)."""

    scheduler: str | None = None
    local_workers: int = 2
    partition_size: int = 16
    parquet_dir: str | None = None
    max_pending: int = 0

    def look_ahead(self, threads: int) -> int:
        """Partitions in flight on a cluster with ``threads`` worker threads in all."""
        return self.max_pending if self.max_pending > 0 else max(4, 2 * threads)


def preload_pipeline(settings: Settings) -> None:
    """Build this worker's pipeline now (``client.run(preload_pipeline, settings)``), so
    that timing or the first partition does not include the model load."""
    worker_pipeline(settings)


def code_partition(
    partition: list[Article | Any], settings: Settings, index: int, parquet_dir: str | None
) -> list[ArticleResult]:
    """The task each Dask worker runs: code one partition, optionally write its Parquet file."""
    results = code_chunk(worker_pipeline(settings), partition, timeout=settings.article_timeout)
    if parquet_dir is not None:
        write_parquet_partition(results, Path(parquet_dir) / f"part-{index:05d}.parquet")
    return results


def write_parquet_partition(results: Iterable[ArticleResult], path: Path) -> None:
    """Write the events of ``results`` as one flat Parquet file (written atomically)."""
    import pandas as pd

    from ..io.output import flatten

    rows = [flatten(event.to_dict()) for result in results for event in result.events]
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".parquet.partial")
    pd.DataFrame(rows).to_parquet(partial, index=False)
    partial.replace(path)


def _client(options: DaskOptions) -> Any:
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise ConfigError(
            detail="the dask engine needs dask.distributed: pip install 'eventscope[dask]'"
        ) from exc
    if options.scheduler:
        try:
            return Client(options.scheduler, timeout="20s")
        except OSError as exc:
            raise ConfigError(
                detail=f"cannot reach the Dask scheduler at {options.scheduler}: {exc}"
            ) from exc
    return Client(local_cluster(options.local_workers))


def local_cluster(workers: int) -> Any:
    """A LocalCluster of ``workers`` single-threaded processes (coding holds the GIL, so
    threads would not run in parallel), without the dashboard and the workers' sampling
    profiler (it samples the coding thread's stack every 10 ms)."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )


def code_with_dask(
    items: Iterable[Article | Any],
    *,
    settings: Settings,
    options: DaskOptions | None = None,
) -> Iterator[ArticleResult]:
    """Code ``items`` on a Dask cluster; yields one result per item, in input order."""
    options = options or DaskOptions()
    client = _client(options)
    try:
        futures = (
            client.submit(code_partition, chunk, settings, index, options.parquet_dir, pure=False)
            for index, chunk in enumerate(chunked(items, options.partition_size))
        )
        threads = sum(client.nthreads().values())
        yield from in_order(futures, look_ahead=options.look_ahead(threads))
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and options.scheduler is None:
            cluster.close()


class DaskCoder:
    """Codes on a Dask cluster (see :func:`code_with_dask`); fits the ingest ``Coder`` protocol."""

    def __init__(self, settings: Settings, *, options: DaskOptions | None = None) -> None:
        self.settings = settings
        self.options = options or DaskOptions()

    def code_many(self, items: Iterable[Article | Any]) -> Iterator[ArticleResult]:
        return code_with_dask(items, settings=self.settings, options=self.options)
