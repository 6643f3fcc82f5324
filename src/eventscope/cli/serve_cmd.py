"""``eventscope serve``: the REST API and dashboard over the event store (uvicorn).

Binds 127.0.0.1 unless ``--host`` says otherwise. The store is opened read-only (so other
``eventscope`` commands can read it meanwhile) unless an API token is configured
(``api_token`` / ``EVENTSCOPE_API_TOKEN``), which enables ``POST /api/articles``.
"""

from __future__ import annotations

import click

from .common import db_option, get_settings

LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--read-only", is_flag=True, help="Never write, even with an API token.")
@click.option(
    "--log-level",
    type=click.Choice(["debug", "info", "warning", "error"]),
    default="info",
    show_default=True,
    help="Server log level (info logs every request).",
)
@click.option(
    "--query-timeout",
    type=click.FloatRange(min=0),
    default=10.0,
    show_default=True,
    help="Seconds a read query may run before it is stopped (503); 0: no limit.",
)
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    help="Allow browser calls from this origin (repeatable; CORS is off by default).",
)
def serve_command(
    db: str | None,
    host: str,
    port: int,
    read_only: bool,
    log_level: str,
    query_timeout: float,
    cors_origins: tuple[str, ...],
) -> None:
    """Serve the REST API (/api, docs at /docs) and the dashboard (/) over the store."""
    import uvicorn

    from ..api import ApiOptions, create_app
    from ..api.server import KEEP_ALIVE_TIMEOUT, JsonH11Protocol
    from .store_cmd import opened_store

    settings = get_settings()
    writable = bool(settings.api_token) and not read_only
    loopback = host in LOOPBACK
    if not loopback:
        click.echo(f"warning: serving on {host}, reachable from other machines", err=True)
    options = ApiOptions(
        cors_origins=cors_origins,
        allowed_hosts=LOOPBACK if loopback else (),
        query_timeout=query_timeout or None,
    )
    with opened_store(db or settings.db, read_only=not writable) as store:
        app = create_app(store=store, settings=settings, options=options)
        mode = "writes enabled (token set)" if writable else "read-only"
        click.echo(f"eventscope: http://{host}:{port}/ over {store.name} ({mode}); Ctrl+C stops")
        uvicorn.run(
            app,
            host=host,
            port=port,
            log_level=log_level,
            server_header=False,
            http=JsonH11Protocol,  # JSON error replies, header-read timeout (api/server.py)
            timeout_keep_alive=KEEP_ALIVE_TIMEOUT,
        )


def register(group: click.Group) -> None:
    """Add this module's commands to the ``eventscope`` group."""
    group.add_command(serve_command)
