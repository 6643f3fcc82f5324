"""Options and helpers shared by the CLI commands (settings, formats, error lines)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import EventscopeError
from ..registry import Section, registry
from ..settings import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])


class RegistryChoice(click.Choice):
    """A ``click.Choice`` over a registry section's names, listed when first needed.

    Listing them loads the plugins' entry points, which ``eventscope --help`` need not do.
    """

    def __init__(self, section: Section) -> None:
        super().__init__(())
        self.section = section

    @property
    def choices(self) -> tuple[str, ...]:
        return self.section.names()

    @choices.setter
    def choices(self, value: Any) -> None:
        """click.Choice assigns its choices in ``__init__``; the section holds them here."""


def format_option(default: str = "table", section: Section = registry.formats) -> Callable[[F], F]:
    """``--format jsonl|table|csv`` (or a plugin's format) with a per-command default."""
    return click.option(
        "--format",
        "fmt",
        type=RegistryChoice(section),
        default=default,
        show_default=True,
        help="Output format.",
    )


def db_option(func: F) -> F:
    """``--db``: a DuckDB file path or a ``postgresql://`` URL (default from settings)."""
    return click.option(
        "--db",
        default=None,
        help="DuckDB file or postgresql:// URL [default: setting `db`, eventscope.duckdb]",
    )(func)


def count_option(func: F) -> F:
    """``--count events|mentions``: count event clusters (default) or coded mentions."""
    return click.option(
        "--count",
        type=click.Choice(["events", "mentions"]),
        default="events",
        show_default=True,
        help="Count real-world events (clusters; mentions shown beside) or every mention.",
    )(func)


def confidence_option(func: F) -> F:
    """``--min-confidence X``: leave out events coded with a confidence below X (0-1)."""
    return click.option(
        "--min-confidence",
        type=click.FloatRange(0.0, 1.0),
        default=None,
        help="Leave out events coded with a lower confidence (0-1).",
    )(func)


def rule_options(func: F) -> F:
    """``--actors``/``--patterns`` (repeatable, added to the settings' lists) and ``--codebook``."""
    options = (
        click.option(
            "--actors", "actor_files", multiple=True, help="Extra actor dictionary (repeatable)."
        ),
        click.option(
            "--patterns",
            "pattern_files",
            multiple=True,
            help="Extra event-pattern file, rows as in data/events/verbs.tsv (repeatable).",
        ),
        click.option("--codebook", default=None, help="CAMEO codebook TSV [setting `codebook`]."),
    )
    for option in reversed(options):
        func = option(func)
    return func


def with_rule_files(settings: Settings, flags: dict[str, Any]) -> Settings:
    """``settings`` with the flags of :func:`rule_options` applied (flags win, lists extend)."""
    settings = settings.with_overrides(
        patterns=settings.patterns + tuple(flags.get("pattern_files") or ()),
        codebook=flags.get("codebook"),
    )
    return with_actor_files(settings, tuple(flags.get("actor_files") or ()))


def get_settings(**overrides: Any) -> Settings:
    """Load settings (defaults < user file < environment) and apply CLI flags on top."""
    try:
        return load_settings().with_overrides(**overrides)
    except EventscopeError as error:
        raise click.ClickException(str(error)) from error


def with_actor_files(settings: Settings, files: tuple[str, ...]) -> Settings:
    """``settings`` with the ``--actors`` files added, every actor file checked first.

    A missing or malformed dictionary is one clear error here, in the main process, not a
    traceback (or a broken worker pool) once coding has started.
    """
    from ..actors.userdict import check_user_files

    if files:
        settings = settings.with_overrides(actors=settings.actors + files)
    try:
        check_user_files(settings.actors)
    except EventscopeError as error:
        raise click.ClickException(str(error)) from error
    return settings


def report_error(message: str) -> None:
    """One clear error line on stderr."""
    click.echo(f"error: {message}", err=True)
