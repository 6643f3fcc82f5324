"""One registry of eventscope's extension points, on top of ``catalogue``.

Each section maps a name to a callable; the built-ins are listed here as
``"module:attribute"`` strings (resolved on first use, like an entry point) so that
looking one up imports only what it needs. Sections and the callables they hold:

* ``formats``: output formats of records (``eventscope code --format``,
  :func:`eventscope.io.output.write_records`): ``write(records, stream, *, columns) -> int``.
* ``exports``: export formats of the store (``eventscope store export --format``):
  ``export(store, path, filters) -> int``.
* ``backends``: store backends by URL scheme (``postgresql``; ``duckdb`` for a path):
  ``open(db, *, read_only, threads) -> Backend``.
* ``readers``: input readers by file suffix (``.jsonl.gz``, ``.html``; ``text`` for any
  other file): ``read(path, *, published, max_bytes, max_decompressed)`` yielding
  :class:`~eventscope.models.Article` or :class:`~eventscope.errors.ArticleError` items.
* ``stages``: the post-NLP pipeline stages (``actors``, ``events``, ``places``, ``domain``):
  ``build(*, settings, codebook) -> stage``.

A third-party package adds to a section through the entry-point group
``eventscope_<section>`` (e.g. ``[project.entry-points.eventscope_formats]
markdown = "mypkg:write_markdown"``), or in-process with
``registry.formats.register("markdown", func=write_markdown)``. A name registered in-process
or by an entry point wins over a built-in of the same name.

Example:
    >>> "jsonl" in registry.formats.names() and ".jsonl.gz" in registry.readers.names()
    True
    >>> registry.readers.for_path("crawl.WARC.gz")
    '.warc.gz'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath
from types import MappingProxyType
from typing import Any, TypeVar

from .errors import ConfigError

NAMESPACE = "eventscope"
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True, slots=True)
class Section:
    """One kind of extension point: a name → callable table (see the module docstring).

    ``catalogue`` is imported on use: importing it scans every installed package's entry
    points, which ``eventscope --help`` need not pay for.
    """

    name: str
    what: str
    builtins: Mapping[str, str] = field(default_factory=dict)

    def register(self, name: str, *, func: F | None = None) -> Any:
        """Register ``func`` under ``name`` (or decorate: ``@section.register("name")``)."""
        import catalogue

        return catalogue.Registry((NAMESPACE, self.name)).register(name, func=func)

    def get(self, name: str) -> Any:
        """The callable registered as ``name``; raises :class:`ConfigError` naming the choices.

        In-process registrations come first, then entry points, then the built-ins.
        """
        import catalogue

        added = catalogue.REGISTRY.get((NAMESPACE, self.name, name))
        if added is not None:
            return added
        point = _entry_points(self.group, id(catalogue.AVAILABLE_ENTRY_POINTS)).get(name)
        if point is not None:
            return point.load()
        target = self.builtins.get(name)
        if target is None:
            known = ", ".join(self.names())
            raise ConfigError(detail=f"unknown {self.what} {name!r}; choose one of: {known}")
        module, _, attribute = target.partition(":")
        return getattr(importlib.import_module(module), attribute)

    def names(self) -> tuple[str, ...]:
        """Every registered name: built-ins in their order, then added ones, sorted."""
        import catalogue

        found = set(_entry_points(self.group, id(catalogue.AVAILABLE_ENTRY_POINTS)))
        found |= {key[2] for key in catalogue.REGISTRY if key[:2] == (NAMESPACE, self.name)}
        return (*self.builtins, *sorted(found - set(self.builtins)))

    def for_path(self, path: str | PurePath) -> str | None:
        """The longest registered suffix ``path`` ends with (case-insensitive), if any."""
        lowered = PurePath(path).name.lower()
        matches = [name for name in self.names() if name.startswith(".") and lowered.endswith(name)]
        return max(matches, key=len) if matches else None

    @property
    def group(self) -> str:
        """The entry-point group of the section: ``eventscope_formats`` etc."""
        return f"{NAMESPACE}_{self.name}"


@lru_cache(maxsize=16)
def _entry_points(group: str, generation: int) -> Mapping[str, Any]:
    """The installed entry points of ``group`` by name.

    catalogue reads the installed entry points once, when imported; ``generation`` (the id of
    that list) keys the cache so a replaced list is read again. Without the cache a lookup
    scans every entry point of every installed package (milliseconds, per written record).
    """
    import catalogue

    return MappingProxyType(
        {point.name: point for point in catalogue.AVAILABLE_ENTRY_POINTS.select(group=group)}
    )


def _suffixes(target: str, *suffixes: str) -> dict[str, str]:
    return dict.fromkeys(suffixes, target)


def _table(module: str, **names: str) -> Mapping[str, str]:
    return MappingProxyType({name: f"{module}:{attribute}" for name, attribute in names.items()})


@dataclass(frozen=True, slots=True)
class Registry:
    """The sections of eventscope's one registry."""

    formats: Section
    exports: Section
    backends: Section
    readers: Section
    stages: Section


_READERS = "eventscope.io.readers"
_SOURCES = "eventscope.io.sources"
_EXPORT = "eventscope.store.export"

registry = Registry(
    formats=Section(
        "formats",
        "output format",
        _table("eventscope.io.output", jsonl="write_jsonl", table="write_table", csv="write_csv"),
    ),
    exports=Section(
        "exports",
        "export format",
        _table(
            _EXPORT,
            csv="export_csv",
            parquet="export_parquet",
            jsonl="export_jsonl",
            plover="export_plover",
            gdelt="export_gdelt",
            icews="export_icews",
        ),
    ),
    backends=Section(
        "backends",
        "store backend",
        _table(
            "eventscope.store.backends",
            duckdb="open_duckdb",
            postgresql="open_postgres",
            postgres="open_postgres",
        ),
    ),
    readers=Section(
        "readers",
        "input reader",
        MappingProxyType(
            {
                "text": f"{_READERS}:read_text",
                **_suffixes(f"{_READERS}:read_text", ".txt", ".text"),
                **_suffixes(f"{_READERS}:read_html", ".html", ".htm", ".xhtml"),
                **_suffixes(f"{_READERS}:read_jsonl", ".jsonl", ".jsonl.gz", ".ndjson"),
                **_suffixes(f"{_SOURCES}:read_feed", ".rss", ".atom", ".xml"),
                **_suffixes(f"{_SOURCES}:read_warc", ".warc", ".warc.gz", ".arc", ".arc.gz"),
            }
        ),
    ),
    stages=Section(
        "stages",
        "pipeline stage",
        _table(
            "eventscope.pipeline",
            actors="actor_stage",
            events="event_stage",
            places="place_stage",
            domain="domain_stage",
        ),
    ),
)
