"""Code a stream of articles with a pipeline and store the results (``eventscope ingest``).

Articles already stored (same id and text, or the same text under another id) are skipped
before coding, so re-running an ingest over the same files costs only reading and hashing.
Items that cannot be read or coded are recorded in the store's ``failures`` table with
status ``failed``, and the run goes on; texts that are not news to code (a table of figures,
another language: :func:`eventscope.errors.is_skip`) are recorded there with status
``skipped`` and counted apart, as skipping them is not a failure. Articles are committed
in chunks of ``commit_every``: each chunk is one transaction (an article is never half
stored), so a crash loses at most one chunk, which the next run codes again.

Example:
    >>> report = ingest(pipeline, store, read_sources(["news/"]))   # doctest: +SKIP
    >>> report.stored, len(report.skips), report.failed             # doctest: +SKIP
    (120, 3, 2)
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from ..errors import ArticleError
from ..models import Article, ArticleResult, Event
from ..runners.local import Coder
from . import SaveResult, Store
from .rows import content_hash


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestOptions:
    """``replace``: re-code and replace articles already stored; ``commit_every``: chunk size;
    ``cluster_at_end``: one full ``Store.recluster()`` after the run instead of reclustering
    the touched keys at every chunk (faster for big loads into big stores);
    ``retry_failed``: code again the items an earlier run recorded as failures (by default
    a re-run skips them, so a resumed run does not stall on the same bad input again)."""

    replace: bool = False
    commit_every: int = 100
    cluster_at_end: bool = False
    retry_failed: bool = False


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did. ``failures`` and ``skips`` (tables, other languages) hold
    ``(item, code, reason)``; ``skipped`` counts articles skipped as already stored;
    ``skipped_failed`` and ``skipped_before``, items an earlier run recorded as failed or
    skipped (not tried again)."""

    read: int = 0
    skipped: int = 0
    inserted: int = 0
    replaced: int = 0
    duplicates: int = 0
    skipped_failed: int = 0
    skipped_before: int = 0
    events: int = 0
    failures: list[tuple[str, str | None, str]] = field(default_factory=list)
    skips: list[tuple[str, str | None, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def stored(self) -> int:
        return self.inserted + self.replaced

    def add(self, result: SaveResult) -> None:
        if result.status == "inserted":
            self.inserted += 1
        elif result.status == "replaced":
            self.replaced += 1
        elif result.status == "duplicate":
            self.duplicates += 1
        else:
            self.skipped += 1
        self.events += result.events

    def summary(self) -> str:
        """One line for people: ``read 10, stored 8 (2 replaced), skipped 1 already stored,
        skipped 1 not news text (table or not English), failed 1, events 30``."""
        text = (
            f"read {self.read}, stored {self.stored} ({self.replaced} replaced), "
            f"skipped {self.skipped + self.duplicates} already stored, "
            f"skipped {len(self.skips)} not news text (table or not English), "
            f"failed {self.failed}, events {self.events}"
        )
        if self.skipped_failed:
            text += f", skipped {self.skipped_failed} that failed before (--retry-failed)"
        if self.skipped_before:
            text += f", skipped {self.skipped_before} skipped before"
        return text


def ingest(
    coder: Coder,
    store: Store,
    items: Iterable[Article | ArticleError],
    *,
    options: IngestOptions | None = None,
    on_result: Callable[[ArticleResult], None] | None = None,
) -> IngestReport:
    """Code ``items`` with ``coder`` and save each article with its events in ``store``."""
    options = options or IngestOptions()
    report = IngestReport()
    pending: deque[Article] = deque()
    recorded = {} if options.retry_failed else _recorded(store)
    to_code = _new_items(store, items, report, pending, replace=options.replace, skip=recorded)
    chunk: list[tuple[Article, Sequence[Event]]] = []
    for result in coder.code_many(to_code):
        if on_result is not None:
            on_result(result)
        article = pending.popleft() if _is_article_result(result, pending) else None
        if article is None or not result.ok:
            _record(store, report, result)
            continue
        chunk.append((article, result.events))
        if len(chunk) >= options.commit_every:
            _save(store, chunk, report, options)
    _save(store, chunk, report, options)
    if options.cluster_at_end and report.stored:
        store.recluster()
    return report


def _new_items(
    store: Store,
    items: Iterable[Article | ArticleError],
    report: IngestReport,
    pending: deque[Article],
    *,
    replace: bool,
    skip: dict[str, str],
) -> Iterator[Article | ArticleError]:
    """Pass on errors and articles not stored yet; remember articles in order for saving.

    Items named in ``skip`` (item → status recorded by earlier runs) are counted, not retried.
    """
    for item in items:
        report.read += 1
        name = item.id if isinstance(item, Article) else (item.item or "")
        status = skip.get(name)
        if status is not None:
            if status == "skipped":
                report.skipped_before += 1
            else:
                report.skipped_failed += 1
            continue
        if isinstance(item, Article):
            if not replace and store.has_content(content_hash(item.text)):
                report.skipped += 1
                continue
            pending.append(item)
        yield item


def _is_article_result(result: ArticleResult, pending: deque[Article]) -> bool:
    # Results come back in input order; read errors carry a file name, not an article id.
    return bool(pending) and pending[0].id == result.article_id


def _recorded(store: Store) -> dict[str, str]:
    """Items earlier runs recorded → ``"failed"`` or ``"skipped"`` (a failure wins)."""
    recorded: dict[str, str] = {}
    for row in store.failures():
        if recorded.get(row["item"]) != "failed":
            recorded[row["item"]] = row.get("status") or "failed"
    return recorded


def _record(store: Store, report: IngestReport, result: ArticleResult) -> None:
    """Record a failed or skipped item in the store and in the report."""
    reason = result.error or "unknown error"
    store.record_failure(result.article_id, reason, code=result.error_code, skipped=result.skipped)
    listed = report.skips if result.skipped else report.failures
    listed.append((result.article_id, result.error_code, reason))


def _save(
    store: Store,
    chunk: list[tuple[Article, Sequence[Event]]],
    report: IngestReport,
    options: IngestOptions,
) -> None:
    if not chunk:
        return
    saved_chunk = store.save_many(
        chunk, replace=options.replace, recluster=not options.cluster_at_end
    )
    for saved in saved_chunk:
        report.add(saved)
    chunk.clear()
