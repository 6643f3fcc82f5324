"""Store commands that only read it: ``dyad``, ``partners``, ``events``, ``export``.

Thin wrappers: parse options, open the store read-only, call one library function
(:mod:`eventscope.analytics`, :meth:`eventscope.store.Store.events`,
:mod:`eventscope.store.export`) and print the result.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import EventscopeError
from ..io.output import EVENT_TABLE_COLUMNS, write_records
from ..registry import registry
from .common import (
    RegistryChoice,
    confidence_option,
    count_option,
    db_option,
    format_option,
)
from .store_cmd import DATE, _day, opened_store


@click.command("dyad")
@click.argument("country_a")
@click.argument("country_b")
@click.option(
    "--by", type=click.Choice(["day", "week", "month", "quarter", "year"]), default="month"
)
@click.option("--since", type=DATE, default=None, help="First event date YYYY-MM-DD.")
@click.option("--until", type=DATE, default=None, help="Last event date YYYY-MM-DD.")
@click.option("--directed", is_flag=True, help="Only events from COUNTRY_A to COUNTRY_B.")
@count_option
@confidence_option
@db_option
@format_option(default="table")
def dyad_command(**options: Any) -> None:
    """Timeline of events between two countries (ISO alpha-3: AZE CHN) per period.

    Counts real-world events (clusters of mentions of one event), with the mentions beside
    them; --count mentions counts every coded sentence."""
    from ..analytics import as_rows, dyad_timeline

    with opened_store(options["db"], read_only=True) as store:
        rows = dyad_timeline(
            store,
            options["country_a"],
            options["country_b"],
            by=options["by"],
            since=_day(options["since"]),
            until=_day(options["until"]),
            directed=options["directed"],
            count=options["count"],
            min_confidence=options["min_confidence"],
        )
    write_records(as_rows(rows), options["fmt"], sys.stdout)


@click.command("partners")
@click.argument("country")
@click.option(
    "--rank-by", type=click.Choice(["events", "cooperation", "conflict"]), default="events"
)
@click.option("--since", type=DATE, default=None, help="First event date YYYY-MM-DD.")
@click.option("--until", type=DATE, default=None, help="Last event date YYYY-MM-DD.")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@count_option
@confidence_option
@db_option
@format_option(default="table")
def partners_command(**options: Any) -> None:
    """The countries COUNTRY interacts with, ranked by volume, cooperation or conflict."""
    from ..analytics import as_rows, partners

    with opened_store(options["db"], read_only=True) as store:
        rows = partners(
            store,
            options["country"],
            rank_by=options["rank_by"],
            since=_day(options["since"]),
            until=_day(options["until"]),
            limit=options["limit"],
            count=options["count"],
            min_confidence=options["min_confidence"],
        )
    write_records(as_rows(rows), options["fmt"], sys.stdout)


def filter_options(func: Any) -> Any:
    """The event filter flags shared by ``events`` and ``export``."""
    decorators = [
        click.option("--country", default=None, help="Either actor's country (AZE)."),
        click.option("--dyad", nargs=2, default=None, help="Two countries, both directions."),
        click.option("--root", default=None, help="CAMEO root code (04, 19)."),
        click.option("--cameo", default=None, help="CAMEO code prefix (042)."),
        click.option("--since", type=DATE, default=None, help="First event date YYYY-MM-DD."),
        click.option("--until", type=DATE, default=None, help="Last event date YYYY-MM-DD."),
        click.option("--text", default=None, help="Substring of the evidence sentence."),
        click.option(
            "--min-confidence",
            type=click.FloatRange(0.0, 1.0),
            default=None,
            help="Leave out events coded with a lower confidence (0-1).",
        ),
        click.option(
            "--exclude-self", is_flag=True, help="Leave out events within one country (AZE-AZE)."
        ),
        click.option(
            "--min-place-score",
            type=click.FloatRange(0.0, 1.0),
            default=None,
            help="Only events whose place was resolved at least this sure (0-1).",
        ),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _filters(options: dict[str, Any], limit: int | None) -> Any:
    from ..store.filters import EventFilter

    return EventFilter(
        country=options["country"],
        dyad=tuple(options["dyad"]) if options["dyad"] else None,
        root=options["root"],
        cameo=options["cameo"],
        since=_day(options["since"]),
        until=_day(options["until"]),
        text=options["text"],
        min_confidence=options["min_confidence"],
        exclude_self=options["exclude_self"],
        min_place_score=options.get("min_place_score"),
        limit=limit,
    )


@click.command("events")
@filter_options
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="Most rows to list; 0 lists every matching event.",
)
@db_option
@format_option(default="table")
def events_command(**options: Any) -> None:
    """List stored events matching the filters (oldest first)."""
    # 0 means "no cap": an empty listing is never what a user asking for --limit 0 wants.
    limit = options["limit"] or None
    with opened_store(options["db"], read_only=True) as store:
        try:
            events = store.events(_filters(options, limit))
        except EventscopeError as error:
            raise click.ClickException(str(error)) from error
    records = [event.to_dict() for event in events]
    columns = EVENT_TABLE_COLUMNS if options["fmt"] == "table" else None
    write_records(records, options["fmt"], sys.stdout, columns=columns)


@click.command("export")
@click.option("--format", "fmt", type=RegistryChoice(registry.exports), required=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@filter_options
@db_option
def export_command(**options: Any) -> None:
    """Export stored events to a file (GDELT: one row per event cluster)."""
    from ..store.export import export_events

    with opened_store(options["db"], read_only=True) as store:
        count = export_events(
            store, options["output"], fmt=options["fmt"], filters=_filters(options, None)
        )
    click.echo(f"wrote {count} rows to {options['output']}")


def register(group: click.Group) -> None:
    """Add this module's commands to the ``eventscope`` group."""
    for command in (dyad_command, partners_command, events_command, export_command):
        group.add_command(command)
