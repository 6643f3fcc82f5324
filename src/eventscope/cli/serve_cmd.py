"""CLI commands (placeholder: registered by the stage that owns them)."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add this module's commands to the ``eventscope`` group."""
