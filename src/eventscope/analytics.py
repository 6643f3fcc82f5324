"""Dyad analytics over the event store: timelines, summaries, partner rankings, key events.

Every function takes a :class:`~eventscope.store.Store` and returns small frozen dataclasses
(``dataclasses.asdict`` gives plain dict rows for output) or, for :func:`events_frame`, a
pandas DataFrame. Counts are real-world *events* (clusters: one event however many sentences
and articles report it, see :mod:`eventscope.store.cluster`) with the *mentions* (coded
sentences) beside them; ``count="mentions"`` counts mentions instead. ``min_confidence`` drops
events coded with less confidence before counting. Dyads are undirected unless
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
COUNT_UNITS = queries.COUNT_UNITS


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One period of a dyad's timeline: events (clusters, or mentions with
    ``count="mentions"``) per QuadClass, the mentions beside them, Goldstein sum/mean."""

    period: dt.date
    events: int
    mentions: int
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
    mentions: int
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
    mentions: int
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
    date_precision: str | None = None  # "day", "month" or "year": how much of ``date`` is known


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
    count: str = "events",
    min_confidence: float | None = None,
) -> list[TimelineRow]:
    """Events between ``a`` and ``b`` per period (``by``: day, week, month, quarter, year).

    ``period`` is the first day of the period (Monday for weeks); undated events are left out;
    periods without events are not listed (see :func:`fill_periods`).
    """
    if by not in PERIODS:
        raise ConfigError(detail=f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    dyad = EventFilter(
        dyad=(a, b), directed=directed, since=since, until=until, min_confidence=min_confidence
    )
    rows = queries.timeline_rows(store, dyad, by=by, count=count)
    return [TimelineRow(**row) for row in rows]


def period_start(day: dt.date, by: str) -> dt.date:
    """The first day of the ``by`` period holding ``day`` (Monday for weeks)."""
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1) if by == "year" else day


def next_period(start: dt.date, by: str) -> dt.date:
    """The first day of the period after the one starting on ``start``."""
    if by in ("day", "week"):
        return start + dt.timedelta(days=1 if by == "day" else 7)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    index = start.year * 12 + start.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def fill_periods(
    rows: list[TimelineRow],
    *,
    by: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[TimelineRow]:
    """``rows`` with every period between ``since`` (or the first row) and ``until`` (or the
    last row) present: periods without events get zero counts, so a chart's x axis is time.

    Example:
        >>> row = TimelineRow(dt.date(2020, 1, 1), 1, 1, 1, 0, 0, 0, 1.0, 1.0)
        >>> [r.period.month for r in fill_periods([row], by="month", until=dt.date(2020, 3, 9))]
        [1, 2, 3]
    """
    if not rows and (since is None or until is None):
        return []
    known = {row.period: row for row in rows}
    current = period_start(since or rows[0].period, by)
    last = period_start(until or rows[-1].period, by)
    filled: list[TimelineRow] = []
    while current <= last:
        filled.append(known.get(current) or TimelineRow(current, 0, 0, 0, 0, 0, 0, 0.0, 0.0))
        current = next_period(current, by)
    return filled


def dyad_summary(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_events: int = 1,
    count: str = "events",
    min_confidence: float | None = None,
) -> list[DyadRow]:
    """Every country pair with events between two different countries, busiest first."""
    filters = EventFilter(since=since, until=until, min_confidence=min_confidence)
    rows = queries.dyad_rows(store, filters, min_events=min_events, count=count)
    return [DyadRow(**row) for row in rows]


def partners(
    store: Store,
    country: str,
    *,
    rank_by: str = "events",
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int | None = None,
    count: str = "events",
    min_confidence: float | None = None,
) -> list[PartnerRow]:
    """The countries ``country`` interacts with, ranked by ``events``, ``cooperation`` or
    ``conflict`` (descending)."""
    filters = EventFilter(country=country, since=since, until=until, min_confidence=min_confidence)
    rows = queries.partner_rows(store, filters, rank_by=rank_by, limit=limit, count=count)
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
    min_confidence: float | None = None,
) -> list[KeyEvent]:
    """The main real-world events (one per cluster) with the most confident evidence sentence.

    Filter by dyad (``a`` and ``b``) or ``country``; ``order``: ``coverage`` (most articles
    first), ``intensity`` (largest absolute Goldstein first) or ``date``.
    """
    scope = _key_scope(a, b, country, min_confidence)
    return key_events_in_windows(store, scope, [(since, until)], order=order, limit=limit)[0]


def key_events_in_windows(
    store: Store,
    scope: EventFilter,
    windows: list[tuple[dt.date | None, dt.date | None]],
    *,
    order: str = "coverage",
    limit: int = 10,
) -> list[list[KeyEvent]]:
    """:func:`key_events` for each date window ``(since, until)`` in one read of the
    events matching ``scope`` (a dyad or country filter; a brief's turns)."""
    found = queries.key_event_rows(store, scope, windows, order=order, limit=limit)
    return [[KeyEvent(**row) for row in rows] for rows in found]


def _key_scope(
    a: str | None, b: str | None, country: str | None, min_confidence: float | None
) -> EventFilter:
    dyad = (a, b) if a is not None and b is not None else None
    return EventFilter(dyad=dyad, country=country, min_confidence=min_confidence)


def events_frame(
    store: Store, filters: EventFilter | None = None, **conditions: Any
) -> pd.DataFrame:
    """Stored events as a DataFrame (flat columns, ``EVENT_COLUMNS`` + id, cluster_id)."""
    sql, params = store.events_sql(filters or EventFilter(**conditions))
    return store.frame(sql, params)
