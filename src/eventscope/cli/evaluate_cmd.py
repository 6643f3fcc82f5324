"""``eventscope evaluate``: score the system on gold sets and check the quality floors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..errors import EventscopeError
from ..evaluate import (
    EvaluateOptions,
    evaluate_dev_sets,
    evaluate_file,
    format_json,
    format_table,
    results_by_dataset,
)
from ..evaluate.floors import (
    check_floors,
    floors_json,
    load_floors,
    load_limits,
    suggest_floors,
)
from ..evaluate.split import Split
from ..evaluate.system import SystemRunner
from .common import get_settings

NEEDS = (
    "evaluate needs gold data, which is not installed with the package: give GOLD.jsonl "
    "files (formats: ../shared/eval/README.md), or --dev-sets with --shared DIR (the folder "
    "holding eval/*.jsonl) and --team-gold FILE (tests/gold/team_gold.jsonl of a source "
    "checkout); both are found by default when run from a checkout next to ../shared"
)


@click.command("evaluate")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--system",
    "system_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Score this saved output (JSONL) instead of running eventscope.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("table", "json")),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--dev-sets",
    is_flag=True,
    help="Score every dev set in SHARED/eval plus the team gold (one table).",
)
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The shared data folder [default: ../shared next to the current directory, else "
    "next to the source checkout].",
)
@click.option(
    "--team-gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="The team gold set for --dev-sets [default: tests/gold/team_gold.jsonl under the "
    "current directory, else in the source checkout].",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Score only the first N lines of each gold file.",
)
@click.option(
    "--split",
    type=click.Choice(("tune", "check")),
    default=None,
    help="Score only the tuning or the check part of each gold file (split by a hash of "
    "the record id). Tune on one, keep a change only when the other improves.",
)
@click.option(
    "--check-floors",
    "floors_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Fail (exit 1) when a metric is below its floor in this floors file "
    "(the file's per-set line limits apply).",
)
@click.option(
    "--write-floors",
    "write_floors",
    type=click.Path(dir_okay=False),
    help="Write suggested floors (measured minus --margin) to this file ('-': stdout).",
)
@click.option(
    "--margin",
    type=float,
    default=0.02,
    show_default=True,
    help="Margin under the measured value for --write-floors.",
)
def evaluate(
    gold: tuple[str, ...],
    system_path: str | None,
    fmt: str,
    dev_sets: bool,
    shared: Path | None,
    team_gold: Path | None,
    limit: int | None,
    split: Split | None,
    floors_path: str | None,
    write_floors: str | None,
    margin: float,
) -> None:
    """Score eventscope on GOLD.jsonl files (and on every dev set with --dev-sets).

    Gold sets are development data and are not installed with the package: give their
    paths, or run from a source checkout next to ../shared.

    Example: eventscope evaluate tests/gold/team_gold.jsonl --format json
    """
    if not gold and not dev_sets:
        raise click.UsageError(NEEDS)
    if system_path and (len(gold) != 1 or dev_sets):
        raise click.UsageError("--system scores exactly one GOLD.jsonl file")
    try:
        set_limits = load_limits(floors_path) if floors_path else ()
        options = EvaluateOptions(
            limit=limit, shared=shared, team_gold=team_gold, set_limits=set_limits, split=split
        )
        rows = _score(gold, system_path, options, dev_sets)
        floors = load_floors(floors_path) if floors_path else None
    except (EventscopeError, NotImplementedError) as error:
        raise click.ClickException(str(error)) from error
    if not any(row.get("texts") or row.get("items") for row in rows):
        notes = "; ".join(str(row["note"]) for row in rows if row.get("note"))
        raise click.ClickException(f"nothing was scored ({notes}). {NEEDS}")
    click.echo(format_json(rows) if fmt == "json" else format_table(rows))
    results = results_by_dataset(rows)
    if write_floors:
        text = floors_json(suggest_floors(results, margin=margin), set_limits)
        if write_floors == "-":
            click.echo(text, nl=False)
        else:
            Path(write_floors).write_text(text, encoding="utf-8")
    if floors is not None:
        failures = check_floors(results, floors)
        for failure in failures:
            click.echo(f"below floor: {failure}", err=True)
        if failures:
            raise SystemExit(1)


def _score(
    gold: tuple[str, ...], system_path: str | None, options: EvaluateOptions, dev_sets: bool
) -> list[dict[str, Any]]:
    runner = SystemRunner(settings=get_settings())
    rows: list[dict[str, Any]] = []
    for path in gold:
        rows.extend(evaluate_file(path, system_path=system_path, options=options, runner=runner))
    if dev_sets:
        rows.extend(evaluate_dev_sets(options, runner=runner))
    return rows


def register(group: click.Group) -> None:
    """Add ``evaluate`` to the ``eventscope`` group."""
    group.add_command(evaluate)
