"""Tables of real-world events (clusters): the dashboard's paged table and the key events.

Both read in two steps, because a filtered ``SELECT *`` is what made them slow: on a columnar
store every column of every vector holding a match is decompressed, and the matches of one
dyad are spread over the whole table (1M synthetic events: 250 ms for the 594 rows of one
dyad, against 25 ms for the few columns that rank them). So the ranking runs on the narrow
columns (ids, dates, counts) and only the rows of the page are then read in full, by id.

The dashboard table shows one row per event *as it happened*: the two directions of one
exchange ("A met B" and "B met A" the same day, in one root family, at one place) are two
clusters (clusters are directed, see :mod:`eventscope.store.cluster`) but one row, marked
``two_way``, with the mentions and articles of both.

Every value is a bound parameter and every order comes from a fixed table in
:mod:`eventscope.store.queries`; the SQL runs on DuckDB and PostgreSQL.

Example:
    >>> from eventscope.store import open_store
    >>> from eventscope.store.filters import EventFilter
    >>> with open_store(":memory:") as store:
    ...     cluster_page(store, EventFilter(), order_sql="c.k", limit=25, offset=0)
    (0, [])
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .filters import EventFilter

if TYPE_CHECKING:
    from . import Store

# The columns of a table row that come from its most confident mention.
_PICKED = """
    id AS event_id, source_code, source_country, source_text, source_name,
    target_code, target_country, target_text, target_name, cameo, cameo_name, root,
    quad_class, goldstein, location_name, location_lat, location_lon, article_id, sentence"""

# m: the matching mentions (narrow columns); c: one row per cluster; r: the table row of each
# cluster. A row joins the clusters of one unordered pair of two different countries, one
# root, one first date and one place (NULL = none, which matches none): the two directions
# of one exchange. The CASE keeps every other cluster (one country unknown, self-dyad, no
# date) a row of its own; such clusters can never share a partition with a mergeable one,
# whose least/greatest differ and whose date is set.
_ROWS = """
    m AS MATERIALIZED (
        SELECT id, coalesce(cluster_id, -id) AS k, article_id, date, confidence,
               source_country AS s, target_country AS t, root, location_geonameid AS g
        FROM events {where}),
    c AS (
        SELECT k, min(date) AS first_date, min(s) AS s, min(t) AS t, min(root) AS root,
               max(g) AS g
        FROM m GROUP BY k),
    r AS (
        SELECT k, CASE WHEN s <> t AND first_date IS NOT NULL
                       THEN min(k) OVER (PARTITION BY least(s, t), greatest(s, t), root,
                                                      first_date, g)
                       ELSE k END AS row_key
        FROM c),
    u AS (
        SELECT r.row_key AS k, count(*) AS num_mentions,
               count(DISTINCT m.article_id) AS num_articles, min(m.date) AS first_date,
               count(DISTINCT m.s) AS directions
        FROM m JOIN r ON r.k = m.k
        GROUP BY r.row_key)"""


# s: the scope's events (narrow columns); w: the date windows; p: each window's mentions,
# most confident first per cluster; c: each cluster's counts over the scope (any date).
_KEY_EVENTS = """
        WITH s AS MATERIALIZED (
            SELECT id, cluster_id, article_id, confidence, date, goldstein
            FROM events {where}),
        w AS (
            SELECT unnest(?::INTEGER[]) AS n, unnest(?::DATE[]) AS since,
                   unnest(?::DATE[]) AS until),
        p AS (
            SELECT s.*, w.n, row_number() OVER (
                PARTITION BY w.n, s.cluster_id ORDER BY s.confidence DESC, s.id) AS pick
            FROM s JOIN w ON (w.since IS NULL OR s.date >= w.since)
                         AND (w.until IS NULL OR s.date <= w.until)),
        c AS (
            SELECT s.cluster_id, count(*) AS num_mentions,
                   count(DISTINCT s.article_id) AS num_articles,
                   count(DISTINCT coalesce(a.source, a.id)) AS num_sources
            FROM s JOIN articles a ON a.id = s.article_id
            WHERE s.cluster_id IN (SELECT cluster_id FROM p)
            GROUP BY s.cluster_id),
        ranked AS (
            SELECT p.n, p.id, c.num_mentions, c.num_articles, c.num_sources,
                   row_number() OVER (PARTITION BY p.n ORDER BY {order_sql}) AS rank
            FROM p JOIN c ON c.cluster_id = p.cluster_id
            WHERE p.pick = 1)
        SELECT * FROM ranked WHERE rank <= ? ORDER BY n, rank"""
_KEY_COLUMNS = """id, cluster_id, date, date_precision, source_code, cameo, cameo_name,
                  target_code, goldstein, location_name, article_id, sentence"""


def cluster_page(
    store: Store, filters: EventFilter, *, order_sql: str, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """``(rows in all, one page)`` of the table of real-world events among the mentions
    matching ``filters``. A row: its most confident mention's fields (``event_id``, actors,
    code, place, sentence, article; ``cluster_id`` is that mention's cluster), the row's
    first ``date``, ``num_mentions``, ``num_articles`` and ``two_way`` (both directions of one
    exchange, see the module docstring). ``order_sql`` is a fixed ORDER BY over ``c``
    (``k``, ``first_date``, ``num_articles``, ``num_mentions``)."""
    where, values = filters.where()
    sql = f"""
        WITH {_ROWS.format(where=where)},
        p AS (
            SELECT r.row_key, m.id, m.k, row_number() OVER (
                PARTITION BY r.row_key ORDER BY m.confidence DESC, m.id) AS pick
            FROM m JOIN r ON r.k = m.k)
        SELECT p.id, p.k AS cluster_id, c.first_date AS date, c.num_mentions,
               c.num_articles, c.directions > 1 AS two_way, count(*) OVER () AS total_rows
        FROM u c JOIN p ON p.row_key = c.k AND p.pick = 1
        ORDER BY {order_sql}
        LIMIT ? OFFSET ?"""
    ranked = store.query(sql, [*values, limit, offset])
    if not ranked:
        count = f"WITH {_ROWS.format(where=where)} SELECT count(*) FROM u"
        return int(store.scalar(count, values) or 0), []
    picked = _rows_by_id(store, _PICKED, [row["id"] for row in ranked], key="event_id")
    rows = []
    for row in ranked:
        top = picked[row["id"]]
        rows.append(
            {
                "event_id": row["id"],
                "cluster_id": row["cluster_id"],
                "date": row["date"],
                **{name: top[name] for name in top if name != "event_id"},
                "num_mentions": row["num_mentions"],
                "num_articles": row["num_articles"],
                "two_way": bool(row["two_way"]),
            }
        )
    return int(ranked[0]["total_rows"]), rows


Window = tuple["dt.date | None", "dt.date | None"]


def key_event_rows(
    store: Store,
    scope: EventFilter,
    windows: list[Window],
    *,
    order_sql: str,
    limit: int,
) -> list[list[dict[str, Any]]]:
    """For each date window ``(since, until)`` (inclusive; ``None``: open), the first
    ``limit`` clusters with a mention matching ``scope`` in that window: the most confident
    such mention and the cluster's counts over all the events matching ``scope`` (any date).

    ``order_sql`` is a fixed ORDER BY over ``p`` (the mention: ``date``, ``goldstein``,
    ``cluster_id``) and ``c`` (the counts). The scope's events are read once for every
    window (a brief's turns are one query, not one each); a cluster never spans two dyads,
    so counting within the dyad or country is counting it all.
    """
    if not windows:
        return []
    where, params = scope.where()
    sql = _KEY_EVENTS.format(where=where, order_sql=order_sql)
    numbers = list(range(len(windows)))
    starts = [since for since, _ in windows]
    ends = [until for _, until in windows]
    ranked = store.query(sql, [*params, numbers, starts, ends, limit])
    picked = _rows_by_id(store, _KEY_COLUMNS, [row["id"] for row in ranked], key="id")
    found: list[list[dict[str, Any]]] = [[] for _ in windows]
    for row in ranked:
        top = dict(picked[row["id"]])
        del top["id"]
        counts = {name: row[name] for name in ("num_mentions", "num_articles", "num_sources")}
        found[row["n"]].append({**top, **counts})
    return found


def _rows_by_id(
    store: Store, columns: str, ids: list[int], *, key: str
) -> dict[int, dict[str, Any]]:
    """The events with these ids (``columns``, a fixed list), by id (column ``key``)."""
    if not ids:
        return {}
    sql = f"SELECT {columns} FROM events WHERE id IN (SELECT unnest(?::BIGINT[]))"
    return {row[key]: row for row in store.query(sql, [ids])}
