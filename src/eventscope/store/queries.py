"""Every read the API, the analytics and the CLI ask of the store, as named functions.

This is the one place outside the store's own writes where SQL is written (issue 13: "SQL
only in the store"), with :mod:`eventscope.store.event_tables` for the tables of clusters.
Each function takes a :class:`~eventscope.store.Store` (or a per-request
reader of one) and returns plain rows (dicts); callers turn them into their own types.
Every value is a bound parameter: ``WHERE`` clauses come from
:class:`~eventscope.store.filters.EventFilter` and the few SQL fragments picked by name
(orders, rankings) come from the fixed tables below, never from user text.

The SQL runs on both backends (DuckDB and PostgreSQL): ``round(x * 1000) / 1000`` rounds to
three decimals because PostgreSQL has no two-argument ``round`` for floating-point values.

Example:
    >>> from eventscope.store import open_store
    >>> with open_store(":memory:") as store:
    ...     store_counts(store)
    (0, 0)
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from . import event_tables
from .filters import EventFilter

if TYPE_CHECKING:
    from . import Store

# Orders of an event page. (date, id) only: numeric sort keys make the top-N sort ~40%
# cheaper than adding article_id/sentence_index, and ids follow insertion order.
PAGE_ORDERS = MappingProxyType(
    {
        "newest": "date DESC NULLS LAST, id DESC",
        "oldest": "date ASC NULLS LAST, id ASC",
    }
)
KEY_ORDERS = MappingProxyType(
    {
        "coverage": "c.num_articles DESC, abs(p.goldstein) DESC, p.date",
        "intensity": "abs(p.goldstein) DESC, c.num_articles DESC, p.date",
        "date": "p.date, p.cluster_id",
    }
)
CLUSTER_ORDERS = MappingProxyType(
    {
        "newest": "c.first_date DESC NULLS LAST, c.k DESC",
        "oldest": "c.first_date ASC NULLS LAST, c.k ASC",
        "articles": "c.num_articles DESC, c.num_mentions DESC, c.first_date DESC NULLS LAST, c.k",
    }
)
RANKINGS = ("events", "cooperation", "conflict")
# What one count counts: "events" = event clusters (one real-world event however often it is
# reported, see store/cluster.py), "mentions" = coded event rows (one per evidence sentence).
COUNT_UNITS = ("events", "mentions")
_COUNTS = """
    count(*) AS events,
    CAST(sum(mentions) AS BIGINT) AS mentions,
    count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
    count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
    round(avg(goldstein) * 1000) / 1000 AS goldstein_mean,
    min(date) AS first_date,
    max(date) AS last_date"""
_ARTICLE_COLUMNS = "id, title, url, source, published, text"


def _pick(table: MappingProxyType[str, str], key: str, what: str) -> str:
    """The fixed SQL fragment named ``key``; a clear error for any other name."""
    if key not in table:
        raise ConfigError(detail=f"{what} must be one of {', '.join(table)}, not {key!r}")
    return table[key]


def _units(where: str, count: str) -> str:
    """A subquery of counting units among the events matching ``where``: one row per cluster
    (``count="events"``: its first date, mean Goldstein, mention count) or per event row.

    A cluster never spans two dyads or roots, so its countries and QuadClass are its own; an
    event outside any cluster (``cluster_id`` NULL) counts alone."""
    if count not in COUNT_UNITS:
        raise ConfigError(detail=f"count must be one of {', '.join(COUNT_UNITS)}, not {count!r}")
    if count == "mentions":
        return f"""
            SELECT date, quad_class, goldstein, source_country, target_country, 1 AS mentions
            FROM events {where}"""
    return f"""
        SELECT min(date) AS date, min(quad_class) AS quad_class, avg(goldstein) AS goldstein,
               min(source_country) AS source_country, min(target_country) AS target_country,
               count(*) AS mentions
        FROM events {where}
        GROUP BY coalesce(cluster_id, -id)"""


def store_counts(store: Store) -> tuple[int, int]:
    """``(articles, events)`` stored."""
    articles = store.scalar("SELECT count(*) FROM articles")
    events = store.scalar("SELECT count(*) FROM events")
    return int(articles or 0), int(events or 0)


def country_counts(store: Store) -> list[dict[str, Any]]:
    """Rows ``{country, events}``: countries with events (as source or target), busiest first."""
    sql = """
        SELECT country, count(*) AS events FROM (
            SELECT source_country AS country FROM events
            UNION ALL SELECT target_country AS country FROM events) AS mentions
        WHERE country IS NOT NULL GROUP BY country ORDER BY events DESC, country"""
    return store.query(sql)


def count_events(store: Store, filters: EventFilter) -> int:
    """How many stored events match ``filters`` (``filters.limit`` is ignored)."""
    where, values = filters.where()
    return int(store.scalar(f"SELECT count(*) FROM events {where}", values) or 0)


def event_page(
    store: Store, filters: EventFilter, *, order: str, limit: int, offset: int
) -> list[dict[str, Any]]:
    """One page of raw event rows (``SELECT *``) matching ``filters``; ``order``: a
    :data:`PAGE_ORDERS` name."""
    where, values = filters.where()
    sql = (
        f"SELECT * FROM events {where} ORDER BY {_pick(PAGE_ORDERS, order, 'order')} "
        "LIMIT ? OFFSET ?"
    )
    return store.query(sql, [*values, limit, offset])


def event_page_with_total(
    store: Store, filters: EventFilter, *, order: str, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """``(count_events(...), event_page(...))`` from one scan of the filter columns.

    The matching ``(id, date)`` pairs are materialised once, then counted and sorted; only
    the page's rows are read in full. About a quarter less CPU than the two queries on 1M
    events. An empty page carries no count, so then the count is asked separately.
    """
    where, values = filters.where()
    order_sql = _pick(PAGE_ORDERS, order, "order")
    sql = f"""
        WITH matching AS MATERIALIZED (SELECT id, date FROM events {where}),
        page AS (SELECT id FROM matching ORDER BY {order_sql} LIMIT ? OFFSET ?)
        SELECT (SELECT count(*) FROM matching) AS page_total, events.* FROM events
        WHERE id IN (SELECT id FROM page)
        ORDER BY {order_sql}"""
    rows = store.query(sql, [*values, limit, offset])
    if not rows:
        return count_events(store, filters), []
    total = int(rows[0]["page_total"])
    for row in rows:
        del row["page_total"]
    return total, rows


def article_record(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article row ``{id, title, url, source, published, text}``, or ``None``."""
    rows = store.query(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id])
    return rows[0] if rows else None


def timeline_rows(
    store: Store, filters: EventFilter, *, by: str, count: str = "events"
) -> list[dict[str, Any]]:
    """Dated events matching ``filters`` per period ``by`` (a ``date_trunc`` unit, bound):
    units (``count``: clusters or mentions, see :data:`COUNT_UNITS`) per QuadClass, the
    mentions beside them, Goldstein sum/mean over the units, oldest period first. A cluster
    counts in the period of its first matching mention."""
    where, params = filters.where()
    sql = f"""
        SELECT CAST(date_trunc(?, CAST(date AS TIMESTAMP)) AS DATE) AS period,
               count(*) AS events,
               CAST(sum(mentions) AS BIGINT) AS mentions,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               round(sum(goldstein) * 1000) / 1000 AS goldstein_sum,
               round(avg(goldstein) * 1000) / 1000 AS goldstein_mean
        FROM ({_units(where, count)}) AS units
        WHERE date IS NOT NULL
        GROUP BY period ORDER BY period"""
    return store.query(sql, [by, *params])


def dyad_rows(
    store: Store, filters: EventFilter, *, min_events: int, count: str = "events"
) -> list[dict[str, Any]]:
    """Undirected pairs of two different countries among events matching ``filters``
    (``a`` < ``b``), with at least ``min_events`` units (``count``), busiest first."""
    where, params = filters.where()
    sql = f"""
        SELECT least(source_country, target_country) AS a,
               greatest(source_country, target_country) AS b, {_COUNTS}
        FROM ({_units(where, count)}) AS units
        WHERE source_country <> target_country
        GROUP BY a, b HAVING count(*) >= ?
        ORDER BY events DESC, a, b"""
    return store.query(sql, [*params, min_events])


def partner_rows(
    store: Store,
    filters: EventFilter,
    *,
    rank_by: str,
    limit: int | None,
    count: str = "events",
) -> list[dict[str, Any]]:
    """The partners of ``filters.country`` (required), ranked by one of :data:`RANKINGS`,
    counting units of ``count`` (clusters or mentions) with the mentions beside them."""
    if rank_by not in RANKINGS:
        raise ConfigError(detail=f"rank_by must be one of {', '.join(RANKINGS)}, not {rank_by!r}")
    if filters.country is None:
        raise ConfigError(detail="partner_rows needs a filter with a country")
    where, params = filters.where()
    code = params[0]  # the normalised country code (first parameter of the country clause)
    # rank_by is one of the fixed column names above, never user text in the SQL.
    sql = f"""
        SELECT CASE WHEN source_country = ? THEN target_country ELSE source_country END
                   AS partner, {_COUNTS}
        FROM ({_units(where, count)}) AS units
        WHERE source_country <> target_country
        GROUP BY partner
        ORDER BY {rank_by} DESC, events DESC, partner"""
    params = [code, *params]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return store.query(sql, params)


def key_event_rows(
    store: Store,
    scope: EventFilter,
    windows: list[tuple[dt.date | None, dt.date | None]],
    *,
    order: str,
    limit: int,
) -> list[list[dict[str, Any]]]:
    """For each date window ``(since, until)``, the first ``limit`` clusters with a mention
    matching ``scope`` in it (most confident mention, counts over ``scope`` at any date);
    ``order``: a :data:`KEY_ORDERS` name. See
    :func:`eventscope.store.event_tables.key_event_rows`."""
    order_sql = _pick(KEY_ORDERS, order, "order")
    return event_tables.key_event_rows(store, scope, windows, order_sql=order_sql, limit=limit)


def cluster_page(
    store: Store, filters: EventFilter, *, order: str, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """``(rows in all, one page)`` of real-world events among the mentions matching
    ``filters``, one row per event (the two directions of one exchange are one row, marked
    ``two_way``); ``order``: a :data:`CLUSTER_ORDERS` name. See
    :func:`eventscope.store.event_tables.cluster_page`."""
    order_sql = _pick(CLUSTER_ORDERS, order, "order")
    return event_tables.cluster_page(
        store, filters, order_sql=order_sql, limit=limit, offset=offset
    )


def place_counts(store: Store, filters: EventFilter, *, limit: int) -> list[dict[str, Any]]:
    """Places of the events matching ``filters``: ``{name, lat, lon, events}`` (real-world
    events, i.e. clusters, at that place), busiest first, at most ``limit`` places."""
    where, values = filters.where()
    condition = f"{where} AND" if where else "WHERE"
    sql = f"""
        SELECT location_name AS name, min(location_lat) AS lat, min(location_lon) AS lon,
               count(DISTINCT coalesce(cluster_id, -id)) AS events
        FROM events {condition} location_name IS NOT NULL AND location_lat IS NOT NULL
        GROUP BY location_name, location_geonameid
        ORDER BY events DESC, name
        LIMIT ?"""
    return store.query(sql, [*values, limit])
