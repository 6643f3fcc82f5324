"""The ``eventscope`` command line: thin commands over the library.

Each command parses its options, calls one library function and formats the result.
Command groups live in their own modules and register themselves here.
"""

from __future__ import annotations

import click

from . import brief_cmd, code_cmd, dates_cmd, evaluate_cmd, places_cmd, serve_cmd, store_cmd


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventscope")
def main() -> None:
    """eventscope: code international news into political event data (CAMEO/PLOVER)."""


for _module in (code_cmd, store_cmd, brief_cmd, evaluate_cmd, dates_cmd, places_cmd, serve_cmd):
    _module.register(main)
