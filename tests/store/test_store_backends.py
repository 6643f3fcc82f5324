"""Backend fixtures shared by the store, analytics, export and crash-safety tests.

Import the fixtures into a test module (``from test_store_backends import db, store``) to run
its tests on both backends. PostgreSQL tests use the server named by
``EVENTSCOPE_TEST_POSTGRES_URL`` with a fresh schema per test (``search_path`` set through the
URL's ``options``), dropped afterwards; without a reachable server they skip, unless
``EVENTSCOPE_REQUIRE_SERVICES=1`` (CI), then they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from eventscope.store import open_store

BACKENDS = ("duckdb", "postgres")
URL_VARIABLE = "EVENTSCOPE_TEST_POSTGRES_URL"


def postgres_server_url() -> str:
    """The test server's URL, or skip (fail under EVENTSCOPE_REQUIRE_SERVICES=1) if absent."""
    url = os.environ.get(URL_VARIABLE, "")
    problem = "" if url else f"{URL_VARIABLE} is not set"
    if url:
        try:
            import psycopg

            psycopg.connect(url, connect_timeout=5).close()
        except Exception as error:  # any failure to reach the server means "no server"
            problem = f"PostgreSQL at {URL_VARIABLE} is unreachable: {error}"
    if problem and os.environ.get("EVENTSCOPE_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{problem} (EVENTSCOPE_REQUIRE_SERVICES=1 requires it)")
    if problem:
        pytest.skip(f"{problem}; skipping the PostgreSQL backend tests")
    return url


@contextmanager
def postgres_schema(url: str) -> Iterator[str]:
    """A new empty schema on the server; yields a URL whose search_path is that schema."""
    import psycopg

    schema = f"es_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in url else "?"
    try:
        yield f"{url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@contextmanager
def backend_db(kind: str, directory: Path) -> Iterator[str]:
    """A fresh, empty store location of this backend: a DuckDB file or a PostgreSQL URL."""
    if kind == "duckdb":
        yield str(directory / "events.duckdb")
        return
    with postgres_schema(postgres_server_url()) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path) -> Iterator[str]:
    """An empty store location, once per backend."""
    with backend_db(request.param, tmp_path) as location:
        yield location


@pytest.fixture()
def store(db):
    """An open, migrated, empty store, once per backend."""
    with open_store(db) as opened:
        yield opened


def driver_error(store, message: str) -> Exception:
    """An exception of the store's database driver (to simulate a failing statement)."""
    if store.backend == "duckdb":
        import duckdb

        return duckdb.InternalException(message)
    import psycopg

    return psycopg.errors.DiskFull(message)
