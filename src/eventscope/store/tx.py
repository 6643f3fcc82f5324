"""Transactions and save decisions for the store (see :mod:`eventscope.store`).

:func:`plan_saves` decides, for a batch of coded articles, which to insert, which to replace
(new text under a stored id, or ``replace=True``) and which to skip (same id and text:
``unchanged``; same text under another id: ``duplicate``), by :func:`decide` per article.

Example:
    >>> decide("a1", "h1", {"a1": "h1"}, {"h1": "a1"}, replace=False)
    'unchanged'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from ..errors import StoreError
from ..models import Article, Event
from .rows import content_hash
from .schema import EVENT_COLUMNS

if TYPE_CHECKING:
    from .backends import Backend

SaveStatus = Literal["inserted", "replaced", "unchanged", "duplicate"]


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What saving one article did and how many events it stored."""

    article_id: str
    status: SaveStatus
    events: int = 0


@dataclass(slots=True)
class SavePlan:
    """One batch's decisions: which articles to write, which to replace, what was skipped."""

    write: list[tuple[Article, str, Sequence[Event]]]
    replace_ids: list[str]
    results: list[SaveResult]


class Transaction:
    """BEGIN ... COMMIT, or ROLLBACK and a StoreError (for a driver error) naming what failed."""

    def __init__(
        self, connection: Backend, what: str, errors: tuple[type[BaseException], ...]
    ) -> None:
        self._con = connection
        self._what = what
        self._errors = errors

    def __enter__(self) -> None:
        self._con.execute("BEGIN TRANSACTION")

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if kind is None:
            self._con.execute("COMMIT")
            return
        self._con.execute("ROLLBACK")
        if isinstance(error, self._errors):
            raise StoreError(self._what, detail=f"rolled back: {error}") from error


def decide(
    article_id: str,
    digest: str,
    by_id: dict[str, str],
    by_hash: dict[str, str],
    *,
    replace: bool,
) -> SaveStatus:
    """What saving this article does, given the stored ids → hashes and hashes → ids."""
    stored_hash = by_id.get(article_id)
    if stored_hash is not None:
        return "replaced" if replace or stored_hash != digest else "unchanged"
    return "duplicate" if digest in by_hash else "inserted"


def plan_saves(
    con: Backend, batch: list[tuple[Article, Sequence[Event]]], *, replace: bool
) -> SavePlan:
    """The :class:`SavePlan` of ``batch`` against the stored articles (read inside the
    caller's transaction); articles earlier in the batch count as stored for later ones."""
    hashes = [content_hash(article.text) for article, _ in batch]
    by_id = dict(
        con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
            [[article.id for article, _ in batch]],
        ).fetchall()
    )
    by_hash = dict(
        con.execute(
            "SELECT content_hash, min(id) FROM articles "
            "WHERE content_hash IN (SELECT unnest(?::VARCHAR[])) GROUP BY content_hash",
            [hashes],
        ).fetchall()
    )
    plan = SavePlan(write=[], replace_ids=[], results=[])
    for (article, events), digest in zip(batch, hashes, strict=True):
        status = decide(article.id, digest, by_id, by_hash, replace=replace)
        if status in ("inserted", "replaced"):
            plan.write.append((article, digest, events))
            by_hash[digest] = article.id
            by_id[article.id] = digest
        if status == "replaced":
            plan.replace_ids.append(article.id)
        count = len(events) if status in ("inserted", "replaced") else 0
        plan.results.append(SaveResult(article.id, status, count))
    return plan


def article_row(article: Article, digest: str, now: dt.datetime) -> tuple[Any, ...]:
    """The article as a tuple in ``ARTICLE_COLUMNS`` order."""
    return (
        article.id,
        article.url,
        article.title,
        article.source,
        article.published,
        digest,
        article.text,
        now,
    )


def event_keys(rows: list[tuple[Any, ...]]) -> set[tuple[str, str, str]]:
    """The cluster keys (source country, target country, root) of event rows with both."""
    source = EVENT_COLUMNS.index("source_country")
    target = EVENT_COLUMNS.index("target_country")
    root = EVENT_COLUMNS.index("root")
    return {(row[source], row[target], row[root]) for row in rows if row[source] and row[target]}


def utc_now() -> dt.datetime:
    """Now in UTC, naive (TIMESTAMP without time zone on both backends)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
