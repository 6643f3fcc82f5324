"""Dyad analytics over the event store: timelines, summaries, partner rankings, key events.

Every function takes a :class:`~eventscope.store.Store` and returns small frozen dataclasses
(``dataclasses.asdict`` gives plain dict rows for output) or, for :func:`events_frame`, a
pandas DataFrame. Counts are event *mentions*; :func:`key_events` works on clusters (one row
per real-world event, see :mod:`eventscope.store.cluster`). Dyads are undirected unless
``directed=True``. Cooperation is QuadClass 1-2, conflict QuadClass 3-4. The SQL runs on both
backends (DuckDB and PostgreSQL): ``round(x * 1000) / 1000`` rounds to three decimals because
PostgreSQL has no two-argument ``round`` for floating-point values.

Example:
    >>> from eventscope.store import open_store
    >>> with open_store(":memory:") as store:
    ...     dyad_timeline(store, "AZE", "CHN", by="month")
    []
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .store.filters import EventFilter

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

PERIODS = ("day", "week", "month", "quarter", "year")
RANKINGS = ("events", "cooperation", "conflict")
KEY_ORDERS = MappingProxyType(
    {
        "coverage": "c.num_articles DESC, abs(p.goldstein) DESC, p.date",
        "intensity": "abs(p.goldstein) DESC, c.num_articles DESC, p.date",
        "date": "p.date, p.cluster_id",
    }
)
_COUNTS = """
    count(*) AS events,
    count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
    count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
    round(avg(goldstein) * 1000) / 1000 AS goldstein_mean,
    min(date) AS first_date,
    max(date) AS last_date"""


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
    where, params = dyad.where()
    sql = f"""
        SELECT CAST(date_trunc(?, CAST(date AS TIMESTAMP)) AS DATE) AS period,
               count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               round(sum(goldstein) * 1000) / 1000 AS goldstein_sum,
               round(avg(goldstein) * 1000) / 1000 AS goldstein_mean
        FROM events {where} AND date IS NOT NULL
        GROUP BY period ORDER BY period"""
    return [TimelineRow(**row) for row in store.query(sql, [by, *params])]


def dyad_summary(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_events: int = 1,
) -> list[DyadRow]:
    """Every country pair with events between two different countries, busiest first."""
    where, params = EventFilter(since=since, until=until).where()
    condition = "source_country <> target_country"  # NULLs drop out as well
    where = f"{where} AND {condition}" if where else f"WHERE {condition}"
    sql = f"""
        SELECT least(source_country, target_country) AS a,
               greatest(source_country, target_country) AS b, {_COUNTS}
        FROM events {where}
        GROUP BY a, b HAVING count(*) >= ?
        ORDER BY events DESC, a, b"""
    return [DyadRow(**row) for row in store.query(sql, [*params, min_events])]


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
    if rank_by not in RANKINGS:
        raise ConfigError(detail=f"rank_by must be one of {', '.join(RANKINGS)}, not {rank_by!r}")
    # rank_by is one of the fixed column names above, never user text in the SQL.
    filters = EventFilter(country=country, since=since, until=until)
    where, params = filters.where()
    code = params[0]
    sql = f"""
        SELECT CASE WHEN source_country = ? THEN target_country ELSE source_country END
                   AS partner, {_COUNTS}
        FROM events {where} AND source_country <> target_country
        GROUP BY partner
        ORDER BY {rank_by} DESC, events DESC, partner"""
    params = [code, *params]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [PartnerRow(**row) for row in store.query(sql, params)]


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
    if order not in KEY_ORDERS:
        raise ConfigError(detail=f"order must be one of {', '.join(KEY_ORDERS)}, not {order!r}")
    dyad = (a, b) if a is not None and b is not None else None
    where, params = EventFilter(dyad=dyad, country=country, since=since, until=until).where()
    # A cluster never spans two dyads, so its counts come from the events of the same dyad or
    # country (any date): far fewer rows than the clusters view, which aggregates them all.
    scope, scope_params = EventFilter(dyad=dyad, country=country).where("e")
    scope = f"{scope} AND" if scope else "WHERE"
    sql = f"""
        WITH picked AS (
            SELECT *, row_number() OVER (
                PARTITION BY cluster_id ORDER BY confidence DESC, id) AS pick
            FROM events {where}),
        c AS (
            SELECT e.cluster_id, count(*) AS num_mentions,
                   count(DISTINCT e.article_id) AS num_articles,
                   count(DISTINCT coalesce(a.source, a.id)) AS num_sources
            FROM events e JOIN articles a ON a.id = e.article_id
            {scope} e.cluster_id IN (SELECT cluster_id FROM picked)
            GROUP BY e.cluster_id)
        SELECT p.cluster_id, p.date, p.source_code, p.cameo, p.cameo_name, p.target_code,
               p.goldstein, p.location_name, c.num_mentions, c.num_articles, c.num_sources,
               p.article_id, p.sentence
        FROM picked p JOIN c ON c.cluster_id = p.cluster_id
        WHERE p.pick = 1
        ORDER BY {KEY_ORDERS[order]}
        LIMIT ?"""
    rows = store.query(sql, [*params, *scope_params, limit])
    return [KeyEvent(**row) for row in rows]


def events_frame(
    store: Store, filters: EventFilter | None = None, **conditions: Any
) -> pd.DataFrame:
    """Stored events as a DataFrame (flat columns, ``EVENT_COLUMNS`` + id, cluster_id)."""
    sql, params = store.events_sql(filters or EventFilter(**conditions))
    return store.frame(sql, params)
