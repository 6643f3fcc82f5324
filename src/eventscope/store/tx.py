"""Transactions and save decisions for the store (see :mod:`eventscope.store`).

Example:
    >>> decide("a1", "h1", {"a1": "h1"}, {"h1": "a1"}, replace=False)
    'unchanged'
"""

from __future__ import annotations

import datetime as dt
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from ..errors import StoreError
from ..models import Article
from .schema import EVENT_COLUMNS

if TYPE_CHECKING:
    from .backends import Backend

SaveStatus = Literal["inserted", "replaced", "unchanged", "duplicate"]


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
