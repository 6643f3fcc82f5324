"""``eventscope brief A B``: how relations between two countries changed, and why.

A thin command over :mod:`eventscope.report`: it builds the brief from the store and writes it
as Markdown (default) or as a self-contained HTML page, to ``--output`` or standard output.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import EventscopeError
from .common import confidence_option, db_option
from .store_cmd import DATE, _day, opened_store


@click.command("brief")
@click.argument("country_a")
@click.argument("country_b")
@click.option("--since", type=DATE, default=None, help="First event date YYYY-MM-DD.")
@click.option("--until", type=DATE, default=None, help="Last event date YYYY-MM-DD.")
@click.option(
    "--by",
    type=click.Choice(["week", "month", "quarter", "year"]),
    default="month",
    show_default=True,
)
@click.option("--turns", type=click.IntRange(min=1), default=4, show_default=True,
              help="How many periods of change to explain.")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
@confidence_option
@db_option
def brief_command(**options: Any) -> None:
    """A short report on COUNTRY_A and COUNTRY_B (ISO alpha-3): the Goldstein/QuadClass series,
    the periods where relations changed most, their key events with evidence sentences and
    articles, and the partners each side turned to."""
    from ..report import BriefOptions, build_brief, render_html, render_markdown

    try:
        settings = BriefOptions(
            since=_day(options["since"]),
            until=_day(options["until"]),
            by=options["by"],
            turns=options["turns"],
            min_confidence=options["min_confidence"],
        )
        with opened_store(options["db"], read_only=True) as store:
            brief = build_brief(store, options["country_a"], options["country_b"], options=settings)
    except EventscopeError as error:
        raise click.ClickException(str(error)) from error
    text = render_html(brief) if options["fmt"] == "html" else render_markdown(brief)
    if options["output"] is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    options["output"].write_text(text, encoding="utf-8")
    click.echo(f"wrote the {options['fmt']} brief to {options['output']}")


def register(group: click.Group) -> None:
    """Add ``brief`` to the ``eventscope`` group."""
    group.add_command(brief_command)
