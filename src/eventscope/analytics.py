"""Dyad analytics over the event store: timelines, summaries, partner rankings, key events.

Every function takes a :class:`~eventscope.store.Store` and returns small frozen dataclasses
(``dataclasses.asdict`` gives plain dict rows for output) or, for :func:`events_frame`, a
pandas DataFrame. Counts are event *mentions*; :func:`key_events` works on clusters (one row
per real-world event, see :mod:`eventscope.store.cluster`). Dyads are undirected unless
``directed=True``. Cooperation is QuadClass 1-2, conflict QuadClass 3-4. The SQL lives in
:mod:`eventscope.store.queries` (both backends); this module checks the options and types the rows.

Example:
    >>> from eventscope.store import open_store
    >>> with open_store(":memory:") as store:
    ...     dyad_timeline(store, "AZE", "CHN", by="month")
    []
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .store import queries
from .store.filters import EventFilter

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

PERIODS = ("day", "week", "month", "quarter", "year")
RANKINGS = queries.RANKINGS
KEY_ORDERS = queries.KEY_ORDERS


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One period of a dyad's timeline: counts per QuadClass and Goldstein sum/mean."""

    period: dt.date
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float


@dataclass(frozen=True, slots=True)
class DyadRow:
    """One country pair (``a`` < ``b`` alphabetically) over the whole store or a period."""

    a: str
    b: str
    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float
    first_date: dt.date | None
    last_date: dt.date | None


@dataclass(frozen=True, slots=True)
class PartnerRow:
    """One partner of a country: how much they interact and how."""

    partner: str
    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float
    first_date: dt.date | None
    last_date: dt.date | None


@dataclass(frozen=True, slots=True)
class KeyEvent:
    """One real-world event (a cluster) with its best evidence sentence."""

    cluster_id: int
    date: dt.date | None
    source_code: str | None
    cameo: str
    cameo_name: str | None
    target_code: str | None
    goldstein: float
    location_name: str | None
    num_mentions: int
    num_articles: int
    num_sources: int
    article_id: str
    sentence: str


def as_rows(items: list[Any]) -> list[dict[str, Any]]:
    """Dataclass rows → plain dicts (for :func:`eventscope.io.output.write_records`)."""
    return [asdict(item) for item in items]


def dyad_timeline(
    store: Store,
    a: str,
    b: str,
    *,
    by: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    directed: bool = False,
) -> list[TimelineRow]:
    """Events between ``a`` and ``b`` per period (``by``: day, week, month, quarter, year).

    ``period`` is the first day of the period (Monday for weeks); undated events are left out.
    """
    if by not in PERIODS:
        raise ConfigError(detail=f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    dyad = EventFilter(dyad=(a, b), directed=directed, since=since, until=until)
    return [TimelineRow(**row) for row in queries.timeline_rows(store, dyad, by=by)]


def dyad_summary(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_events: int = 1,
) -> list[DyadRow]:
    """Every country pair with events between two different countries, busiest first."""
    rows = queries.dyad_rows(store, EventFilter(since=since, until=until), min_events=min_events)
    return [DyadRow(**row) for row in rows]


def partners(
    store: Store,
    country: str,
    *,
    rank_by: str = "events",
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int | None = None,
) -> list[PartnerRow]:
    """The countries ``country`` interacts with, ranked by ``events``, ``cooperation`` or
    ``conflict`` (descending)."""
    filters = EventFilter(country=country, since=since, until=until)
    rows = queries.partner_rows(store, filters, rank_by=rank_by, limit=limit)
    return [PartnerRow(**row) for row in rows]


def key_events(
    store: Store,
    a: str | None = None,
    b: str | None = None,
    *,
    country: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    order: str = "coverage",
    limit: int = 10,
) -> list[KeyEvent]:
    """The main real-world events (one per cluster) with the most confident evidence sentence.

    Filter by dyad (``a`` and ``b``) or ``country``; ``order``: ``coverage`` (most articles
    first), ``intensity`` (largest absolute Goldstein first) or ``date``.
    """
    dyad = (a, b) if a is not None and b is not None else None
    filters = EventFilter(dyad=dyad, country=country, since=since, until=until)
    scope = EventFilter(dyad=dyad, country=country)
    rows = queries.key_event_rows(store, filters, scope, order=order, limit=limit)
    return [KeyEvent(**row) for row in rows]


def events_frame(
    store: Store, filters: EventFilter | None = None, **conditions: Any
) -> pd.DataFrame:
    """Stored events as a DataFrame (flat columns, ``EVENT_COLUMNS`` + id, cluster_id)."""
    sql, params = store.events_sql(filters or EventFilter(**conditions))
    return store.frame(sql, params)
