"""The ``eventscope`` command line: thin commands over the library.

Each command parses its options, calls one library function and formats the result.
Command groups live in their own modules and register themselves here.
"""

from __future__ import annotations

from typing import Any

import click

from ..errors import EventscopeError
from . import (
    brief_cmd,
    code_cmd,
    dates_cmd,
    evaluate_cmd,
    places_cmd,
    query_cmd,
    serve_cmd,
    store_cmd,
)


class _Main(click.Group):
    """The command group; an :class:`EventscopeError` from any command is one error line
    (``Error: [E400] ...``, exit status 1), never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventscopeError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventscope")
def main() -> None:
    """eventscope: code international news into political event data (CAMEO/PLOVER)."""


for _module in (
    code_cmd,
    store_cmd,
    query_cmd,
    brief_cmd,
    evaluate_cmd,
    dates_cmd,
    places_cmd,
    serve_cmd,
):
    _module.register(main)
