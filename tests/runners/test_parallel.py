"""Worker processes and a Dask LocalCluster code exactly what one process codes, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventscope.demo import load_samples
from eventscope.errors import FileReadError
from eventscope.models import ArticleResult
from eventscope.pipeline import Pipeline
from eventscope.runners.dask import DaskOptions, code_with_dask
from eventscope.runners.local import BatchOptions, code_parallel
from eventscope.settings import load_settings


def signature(results: list[ArticleResult]) -> list[tuple[object, ...]]:
    return [
        (r.article_id, r.error_code, tuple((e.cameo, e.sentence_index, e.date) for e in r.events))
        for r in results
    ]


@pytest.fixture(scope="module")
def items():
    return [*load_samples(), FileReadError("missing.txt", detail="no such file")]


@pytest.fixture(scope="module")
def settings():
    return load_settings(env={}, config_path=None)


@pytest.fixture(scope="module")
def local_results(nlp, items, settings) -> list[ArticleResult]:
    return list(Pipeline(settings=settings, nlp=nlp).code_many(items))


def test_local_run_codes_every_sample(local_results) -> None:
    assert len(local_results) == len(load_samples()) + 1
    assert sum(len(r.events) for r in local_results) > 20
    assert local_results[-1].error_code == "E110"


def test_two_worker_processes_give_the_same_events(items, settings, local_results) -> None:
    options = BatchOptions(workers=2, chunk_size=3)
    results = list(code_parallel(items, settings=settings, options=options))
    assert signature(results) == signature(local_results)


def test_dask_local_cluster_gives_the_same_events(
    items, settings, local_results, tmp_path: Path
) -> None:
    pytest.importorskip("dask.distributed")
    options = DaskOptions(local_workers=2, partition_size=3, parquet_dir=str(tmp_path))
    results = list(code_with_dask(items, settings=settings, options=options))
    assert signature(results) == signature(local_results)
    import pandas as pd

    parts = sorted(tmp_path.glob("part-*.parquet"))
    assert len(parts) == -(-len(items) // 3)  # one part per partition of 3 articles
    frame = pd.concat(pd.read_parquet(p) for p in parts)
    assert len(frame) == sum(len(r.events) for r in local_results)
    assert {"source_country", "cameo", "sentence"} <= set(frame.columns)


@pytest.mark.parametrize(
    ("max_pending", "threads", "look_ahead"),
    [(0, 1, 4), (0, 2, 4), (0, 16, 32), (0, 200, 400), (5, 200, 5)],
)
def test_dask_keeps_two_partitions_per_worker_thread_in_flight(
    max_pending, threads, look_ahead
) -> None:
    assert DaskOptions(max_pending=max_pending).look_ahead(threads) == look_ahead


def test_local_cluster_runs_single_threaded_processes_without_the_profiler() -> None:
    pytest.importorskip("dask.distributed")
    import dask
    from dask.distributed import Client

    from eventscope.runners.dask import local_cluster

    cluster = local_cluster(1)
    try:
        with Client(cluster) as client:
            assert list(client.nthreads().values()) == [1]
            (profiling,) = client.run(
                dask.config.get, "distributed.worker.profile.enabled"
            ).values()
            assert profiling is False
    finally:
        cluster.close()
