"""Options and helpers shared by the CLI commands (settings, formats, error lines)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import EventscopeError
from ..io.output import FORMATS
from ..settings import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])


def format_option(default: str = "table", choices: tuple[str, ...] = FORMATS) -> Callable[[F], F]:
    """``--format jsonl|table|csv`` with a per-command default."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
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
