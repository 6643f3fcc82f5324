"""The event store's schema as versioned migrations, and the flat column list of ``events``.

Migrations are applied in order at :func:`eventscope.store.open_store`; each applied version
is recorded in ``schema_migrations`` (version, name, applied_at), so opening an old file
upgrades it and opening a current one does nothing. Never edit a released migration: add a
new one at the end. The SQL is plain ANSI (plus sequences) so that the PostgreSQL backend
runs the same statements (its dialect layer spells ``DOUBLE`` as ``DOUBLE PRECISION``); a
migration limited to some ``backends`` is recorded, with no statements, on the others.

Example:
    >>> [m.version for m in MIGRATIONS][:2]
    [1, 2]
"""

from __future__ import annotations

from dataclasses import dataclass

from .layout import EVENT_LAYOUT


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: a version number, a short name and its SQL statements."""

    version: int
    name: str
    statements: tuple[str, ...]
    backends: tuple[str, ...] = ("duckdb", "postgresql")

    def statements_for(self, backend: str) -> tuple[str, ...]:
        """The statements to run on ``backend`` (none: the version is only recorded)."""
        return self.statements if backend in self.backends else ()


# Columns of ``events`` filled from an Event, derived from its dataclass fields (see
# :mod:`eventscope.store.layout`); ``id`` and ``cluster_id`` are set by the store. A new
# Event field needs a migration that adds its column (``EVENT_LAYOUT.add_column_sql``).
# The released migrations below keep their literal SQL: history is never edited.
EVENT_COLUMNS: tuple[str, ...] = EVENT_LAYOUT.names
# A store-only column (not an Event field): the undirected country pair, ``pair_key(a, b)``,
# written with every row (:func:`eventscope.store.rows.with_pair`) and used by dyad filters.
PAIR_COLUMN = "pair"
STORED_COLUMNS: tuple[str, ...] = (*EVENT_COLUMNS, PAIR_COLUMN)
ARTICLE_COLUMNS = ("id", "url", "title", "source", "published", "content_hash", "text", "coded_at")

_ACTOR_SQL = """
    {p}_text VARCHAR, {p}_name VARCHAR, {p}_country VARCHAR, {p}_sector VARCHAR,
    {p}_code VARCHAR, {p}_resolution VARCHAR, {p}_start INTEGER, {p}_end INTEGER,"""

_CREATE_EVENTS = (
    """
CREATE TABLE events (
    id BIGINT NOT NULL DEFAULT nextval('event_id_seq'),
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    date DATE, date_precision VARCHAR, date_source VARCHAR NOT NULL,
    end_date DATE, date_text VARCHAR,"""
    + _ACTOR_SQL.format(p="source")
    + _ACTOR_SQL.format(p="target")
    + """
    cameo VARCHAR NOT NULL, cameo_name VARCHAR, root VARCHAR NOT NULL,
    quad_class SMALLINT NOT NULL, goldstein DOUBLE NOT NULL, plover VARCHAR,
    location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR,
    location_lat DOUBLE, location_lon DOUBLE, location_geonameid BIGINT,
    location_feature_code VARCHAR, location_reason VARCHAR,
    sentence VARCHAR NOT NULL, sentence_start INTEGER NOT NULL, trigger VARCHAR,
    confidence DOUBLE NOT NULL,
    cluster_id BIGINT
)"""
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, events, failures",
        (
            """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    url VARCHAR, title VARCHAR, source VARCHAR, published DATE,
    content_hash VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    coded_at TIMESTAMP NOT NULL
)""",
            "CREATE SEQUENCE event_id_seq START 1",
            _CREATE_EVENTS,
            """
CREATE TABLE failures (
    item VARCHAR NOT NULL, code VARCHAR, reason VARCHAR NOT NULL, "at" TIMESTAMP NOT NULL
)""",
        ),
    ),
    Migration(
        2,
        "lookup indexes",
        (
            "CREATE INDEX articles_hash_idx ON articles (content_hash)",
            # No index on events: DuckDB scans columnar zone maps fast and ART indexes slow
            # bulk inserts; PostgreSQL will want (source_country, target_country, date).
        ),
    ),
    Migration(
        3,
        "clusters view",
        (
            """
CREATE VIEW clusters AS
SELECT e.cluster_id,
       min(e.source_country) AS source_country,
       min(e.target_country) AS target_country,
       min(e.root) AS root,
       min(e.date) AS first_date,
       max(e.date) AS last_date,
       max(e.location_geonameid) AS location_geonameid,
       max(e.location_name) AS location_name,
       count(*) AS num_mentions,
       count(DISTINCT e.article_id) AS num_articles,
       count(DISTINCT coalesce(a.source, a.id)) AS num_sources
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.cluster_id IS NOT NULL
GROUP BY e.cluster_id""",
        ),
    ),
    Migration(
        4,
        "event lookup indexes (PostgreSQL)",
        (
            # Row-store lookups: replacing an article, reclustering a dyad's root, dyad filters.
            "CREATE INDEX events_article_idx ON events (article_id)",
            "CREATE INDEX events_dyad_idx ON events (source_country, target_country, root, date)",
            "CREATE INDEX events_cluster_idx ON events (cluster_id)",
        ),
        backends=("postgresql",),
    ),
    Migration(
        5,
        "failures: skipped or failed",
        (
            # A table or a text in another language is skipped (not news to code), not failed;
            # rows from before this version with the not-English code were skips all along.
            "ALTER TABLE failures ADD COLUMN status VARCHAR DEFAULT 'failed'",
            "UPDATE failures SET status = 'skipped' WHERE code = 'E105'",
        ),
    ),
    Migration(
        6,
        "place admin1 code and confidence score",
        (
            # GeoNames admin1 code (GDELT ADM1 export) and how sure the resolver was (0-1).
            "ALTER TABLE events ADD COLUMN location_admin1_code VARCHAR",
            "ALTER TABLE events ADD COLUMN location_score DOUBLE",
        ),
    ),
    Migration(
        7,
        "undirected pair key",
        (
            # "JPN-USA" for both directions: a dyad filter becomes one equality on one column,
            # which a columnar scan of 1M events does about five times faster than the two-way
            # OR over the two country columns (the dashboard's and API's most common filter).
            f"ALTER TABLE events ADD COLUMN {PAIR_COLUMN} VARCHAR",
            f"UPDATE events SET {PAIR_COLUMN} = least(source_country, target_country) || '-' || "
            "greatest(source_country, target_country)",
        ),
    ),
    Migration(
        8,
        "pair lookup index (PostgreSQL)",
        (f"CREATE INDEX events_pair_idx ON events ({PAIR_COLUMN}, date)",),
        backends=("postgresql",),
    ),
)


def pair_key(a: str, b: str) -> str:
    """The undirected pair of two country codes as stored in :data:`PAIR_COLUMN`.

    >>> pair_key("USA", "JPN"), pair_key("JPN", "USA")
    ('JPN-USA', 'JPN-USA')
    """
    return f"{min(a, b)}-{max(a, b)}"


CREATE_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL
)"""
