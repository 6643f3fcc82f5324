"""Event clusters: the same real-world event reported several times is one cluster.

Rule (applied by :func:`recluster_sql`, computed in SQL with window functions):

1. Only events with a date, a source country and a target country are clustered; every
   other event is a cluster of its own (``cluster_id`` = its ``id``).
2. Within one *directed* dyad (source country, target country) and one CAMEO root, events
   are sorted by date; a new cluster run ("island") starts when an event's date is more than
   ``window_days`` (default 1) after the previous event's date. So reports dated the same day
   or one day apart (a story filed the day after) chain into one run.
3. Within a run, events at the same place (GeoNames id) are one cluster; events with no
   place join the cluster of the run's most-mentioned place (ties: the smallest GeoNames
   id), or make one cluster if no event of the run has a place. Events at two different
   places are never merged.
4. ``cluster_id`` is the smallest event ``id`` of the cluster. The ``clusters`` view gives
   per cluster ``num_mentions`` (events), ``num_articles`` (distinct articles) and
   ``num_sources`` (distinct outlets, ``articles.source``; an article with no outlet counts
   as its own source).

The store re-runs the rule for the (source, target, root) keys an article touches when it is
saved, in the same transaction (for a replaced article, the keys of its old events too), or
for every key with ``Store.recluster()``.

Example:
    >>> "PARTITION BY s, t, root" in recluster_sql(scoped=False)
    True
"""

from __future__ import annotations

_SCOPE_ALL = """
    SELECT id, source_country AS s, target_country AS t, root, date,
           location_geonameid AS g
    FROM events
    WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND date IS NOT NULL"""

# The touched keys come in as three parallel bound lists (sources, targets, roots).
_SCOPE_TOUCHED = """
    SELECT e.id, e.source_country AS s, e.target_country AS t, e.root, e.date,
           e.location_geonameid AS g
    FROM events e
    JOIN (SELECT DISTINCT unnest(?::VARCHAR[]) AS s, unnest(?::VARCHAR[]) AS t,
                          unnest(?::VARCHAR[]) AS r) d
      ON d.s = e.source_country AND d.t = e.target_country AND d.r = e.root
    WHERE e.date IS NOT NULL"""

_RULE = """
gaps AS (
    SELECT *, CASE WHEN date - lag(date) OVER w <= ? THEN 0 ELSE 1 END AS new_run
    FROM scope
    WINDOW w AS (PARTITION BY s, t, root ORDER BY date, id)
),
runs AS (
    SELECT *, sum(new_run) OVER (
        PARTITION BY s, t, root ORDER BY date, id ROWS UNBOUNDED PRECEDING) AS run
    FROM gaps
),
main_place AS (
    SELECT s, t, root, run, g,
           row_number() OVER (PARTITION BY s, t, root, run ORDER BY count(*) DESC, g) AS rank
    FROM runs WHERE g IS NOT NULL
    GROUP BY s, t, root, run, g
),
keyed AS (
    SELECT r.id, r.s, r.t, r.root, r.run, coalesce(r.g, m.g) AS place
    FROM runs r
    LEFT JOIN main_place m
      ON m.s = r.s AND m.t = r.t AND m.root = r.root AND m.run = r.run AND m.rank = 1
)
SELECT id, min(id) OVER (PARTITION BY s, t, root, run, place) AS cluster_id FROM keyed"""


def recluster_sql(*, scoped: bool) -> str:
    """The UPDATE that applies the rule; parameters: ``[sources, targets, roots,] window_days``."""
    scope = _SCOPE_TOUCHED if scoped else _SCOPE_ALL
    return f"""
UPDATE events SET cluster_id = c.cluster_id
FROM (WITH scope AS ({scope}), {_RULE}) c
WHERE events.id = c.id AND events.cluster_id IS DISTINCT FROM c.cluster_id"""


# Events outside the rule (no date or a missing country) are clusters of their own.
SINGLETONS_SQL = "UPDATE events SET cluster_id = id WHERE cluster_id IS NULL"
