"""Batch coding: chunk time budgets, per-article time limits, ordered results."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventscope.errors import ArticleError, FileReadError
from eventscope.models import Article, ArticleResult
from eventscope.runners.local import BatchOptions, chunked, code_chunk
from eventscope.settings import Settings


@dataclass
class SlowPipeline:
    """Stands in for Pipeline: 'slow' articles take longer than the time limit."""

    settings: Settings

    def code_many(self, items: Iterable[Article | ArticleError]) -> Iterator[ArticleResult]:
        for item in items:
            if isinstance(item, ArticleError):
                yield ArticleResult(article_id=item.item or "?", error=str(item))
                continue
            if "slow" in item.text:
                time.sleep(5)
            yield ArticleResult(article_id=item.id)


def article(article_id: str, text: str = "fast") -> Article:
    return Article(id=article_id, text=text)


def test_chunk_within_budget_is_coded_in_one_batch() -> None:
    pipeline = SlowPipeline(Settings())
    results = code_chunk(pipeline, [article("a"), article("b")], timeout=1.0)
    assert [(r.article_id, r.ok) for r in results] == [("a", True), ("b", True)]


def test_one_pathological_article_costs_only_itself() -> None:
    pipeline = SlowPipeline(Settings())
    started = time.monotonic()
    results = code_chunk(pipeline, [article("a"), article("b", "slow"), article("c")], timeout=0.2)
    assert time.monotonic() - started < 3
    assert [(r.article_id, r.ok) for r in results] == [("a", True), ("b", False), ("c", True)]
    assert results[1].error_code == "E109"
    assert "longer than 0.2 s" in (results[1].error or "")


def test_reader_errors_pass_through_in_order() -> None:
    pipeline = SlowPipeline(Settings())
    items = [FileReadError("x.txt", detail="gone"), article("a")]
    results = code_chunk(pipeline, items, timeout=1.0)
    assert [r.article_id for r in results] == ["x.txt", "a"]


def test_chunked_keeps_order_and_sizes() -> None:
    assert [len(c) for c in chunked(range(10), 4)] == [4, 4, 2]
    assert [x for c in chunked(range(10), 4) for x in c] == list(range(10))


def test_default_workers_is_the_number_of_cores() -> None:
    assert BatchOptions().resolved_workers() >= 1
    assert BatchOptions(workers=3).resolved_workers() == 3
