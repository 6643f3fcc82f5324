"""The registry: built-ins resolve; plugins add formats, readers, backends and exports.

The plugin is the package ``tests/eventscope_plugin_example``; entry points are simulated by
giving catalogue the entry-point list an installed plugin would add.
"""

from __future__ import annotations

import io
import json
from importlib.metadata import EntryPoint, EntryPoints
from pathlib import Path

import catalogue
import pytest
from click.testing import CliRunner

import eventscope_plugin_example as plugin
from eventscope.cli import main
from eventscope.errors import ConfigError
from eventscope.io.output import write_records
from eventscope.io.sources import read_sources
from eventscope.models import Article
from eventscope.registry import registry
from eventscope.store import open_store
from eventscope.store.backends import DuckDBBackend, open_backend, open_duckdb, scheme

STORY = "# Aid\n\nJapan sent medical supplies to Turkey on Monday.\n"


@pytest.fixture
def clean_registry():
    """Undo in-process registrations after the test (catalogue keeps them process-wide)."""
    saved = dict(catalogue.REGISTRY)
    yield registry
    catalogue.REGISTRY.clear()
    catalogue.REGISTRY.update(saved)


@pytest.fixture
def plugin_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The entry points ``pip install`` of the plugin package would add."""
    points = [
        EntryPoint(name=name, value=value, group=group)
        for group, table in plugin.ENTRY_POINTS.items()
        for name, value in table.items()
    ]
    monkeypatch.setattr(catalogue, "AVAILABLE_ENTRY_POINTS", EntryPoints(points))


@pytest.mark.parametrize(
    ("section", "name"),
    [
        (registry.formats, "jsonl"),
        (registry.formats, "table"),
        (registry.exports, "gdelt"),
        (registry.exports, "parquet"),
        (registry.backends, "duckdb"),
        (registry.backends, "postgresql"),
        (registry.readers, ".warc.gz"),
        (registry.readers, "text"),
        (registry.stages, "places"),
    ],
)
def test_every_builtin_resolves_to_a_callable(section, name: str) -> None:
    assert name in section.names()
    assert callable(section.get(name))


def test_unknown_name_is_a_config_error_listing_the_choices() -> None:
    with pytest.raises(ConfigError, match=r"unknown output format 'yaml'.*jsonl, table, csv"):
        registry.formats.get("yaml")


@pytest.mark.parametrize(
    ("path", "suffix"),
    [
        ("a/story.txt", ".txt"),
        ("crawl.WARC.GZ", ".warc.gz"),
        ("dump.jsonl.gz", ".jsonl.gz"),
        ("notes.jsonl", ".jsonl"),
        ("README", None),
        ("archive.tar.gz", None),
    ],
)
def test_reader_is_chosen_by_the_longest_suffix(path: str, suffix: str | None) -> None:
    assert registry.readers.for_path(path) == suffix


def test_plugin_format_and_reader_from_entry_points(plugin_installed, tmp_path: Path) -> None:
    assert "markdown" in registry.formats.names()
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    items = list(read_sources([tmp_path]))
    assert items == [
        Article(
            id="story", text="Aid\n\nJapan sent medical supplies to Turkey on Monday.", title="Aid"
        )
    ]
    out = io.StringIO()
    assert write_records([{"a": 1, "b": {"c": None}}], "markdown", out) == 1
    assert out.getvalue().splitlines() == ["| a | b_c |", "|---|---|", "| 1 |  |"]


def test_plugin_format_and_reader_through_the_cli(plugin_installed, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EVENTSCOPE_CONFIG", str(tmp_path / "none.toml"))
    story = tmp_path / "aid.md"
    story.write_text(STORY, encoding="utf-8")
    args = ["code", str(story), "--published", "2020-08-20", "--format", "markdown"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("| article_id | date |")
    assert len(lines) == 3 and lines[2].startswith("| aid | 2020-08-17 |")  # "on Monday"
    assert "JPN" in lines[2] and "TUR" in lines[2]


def test_in_process_registration_wins_over_a_builtin(clean_registry) -> None:
    clean_registry.formats.register("csv", func=plugin.write_markdown)
    out = io.StringIO()
    write_records([{"a": 1}], "csv", out)
    assert out.getvalue().startswith("| a |")


def test_in_process_reader_registration(clean_registry, tmp_path: Path) -> None:
    plugin.register()
    (tmp_path / "x.md").write_text("## Talks\nIran and Iraq met.", encoding="utf-8")
    (article,) = read_sources([tmp_path / "x.md"])
    assert isinstance(article, Article) and article.title == "Talks"


@pytest.mark.parametrize(
    ("db", "name"),
    [
        ("events.duckdb", "duckdb"),
        (":memory:", "duckdb"),
        ("postgresql://me:pw@host/db", "postgresql"),
        ("Postgres://host/db", "postgres"),
        ("C:\\data\\events.duckdb", "duckdb"),
        ("fake://somewhere", "fake"),
    ],
)
def test_backend_scheme(db: str, name: str) -> None:
    assert scheme(db) == name


def test_unknown_backend_scheme_names_the_choices() -> None:
    with pytest.raises(ConfigError, match=r"unknown store backend 'mysql'.*duckdb, postgresql"):
        open_backend("mysql://host/db", read_only=False, threads=None)


def test_a_registered_backend_opens_a_store(clean_registry) -> None:
    opened: list[str] = []

    def open_fake(db: str, *, read_only: bool, threads: int | None) -> DuckDBBackend:
        opened.append(db)
        backend = open_duckdb(":memory:", read_only=False, threads=threads)
        assert isinstance(backend, DuckDBBackend)
        return backend

    clean_registry.backends.register("fake", func=open_fake)
    with open_store("fake://events") as store:
        assert len(store.events()) == 0
    assert opened == ["fake://events"]


def test_exports_use_the_registry(clean_registry, tmp_path: Path) -> None:
    def export_count(store, path: Path, filters) -> int:
        path.write_text(json.dumps({"events": len(store.events())}), encoding="utf-8")
        return 1

    clean_registry.exports.register("count", func=export_count)
    output = tmp_path / "out.json"
    with open_store(":memory:") as store:
        from eventscope.store.export import export_events

        assert export_events(store, output, fmt="count") == 1
    assert json.loads(output.read_text(encoding="utf-8")) == {"events": 0}
