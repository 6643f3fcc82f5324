"""Evaluation: score eventscope on gold sets (events, classes, dates, places) in one table.

A gold file's kind is read from its records (``../shared/eval/README.md``): ``events``
→ event P/R/F1 and friends, ``label`` → main-event class (GLOCON), ``labels.pentaclass``
→ the top event's PentaClass (ConfliBERT: accuracy, macro-F1, any-event share), ``spans`` with
roles → who fills the source and target slots (:mod:`~eventscope.evaluate.roles`), ``expression`` →
date normalisation, ``toponyms`` → geoparsing. The system output is produced by the
real stages (:class:`~eventscope.evaluate.system.SystemRunner`) or read from a saved
``--system`` JSONL file (``Event.to_dict()`` records; place mentions with
``article_id``; ``{"id", "value"}`` for dates).

Example:
    >>> rows = evaluate_file("tests/gold/team_gold.jsonl")          # doctest: +SKIP
    >>> rows[0]["dataset"], rows[0]["event_f1"]                     # doctest: +SKIP
    ('team_gold', 0.71)
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import DataFileError
from .events import score_events
from .roles import is_roles_record, score_roles
from .split import Split, select_split
from .stages import score_classes, score_dates, score_pentaclass, score_places
from .system import SystemRunner, group_by, read_jsonl
from .top import score_top_events

Kind = Literal["events", "classes", "pentaclass", "roles", "dates", "places"]
Row = dict[str, Any]

# ../shared/eval files run by --dev-sets, in table order (petrarch fixtures are skipped).
DEV_SETS = (
    "plover_gsr_dev.jsonl",
    "glocon_dev.jsonl",
    "tempeval_dev.jsonl",
    "geo_lgl.jsonl",
    "geo_gwn.jsonl",
)
# ../shared/train files with gold that --dev-sets also scores (skipped when absent): the
# role spans of real news sentences, ~30 s.
TRAIN_DEV_SETS = ("conflibert_roles_train.jsonl",)
# The team gold set is development data: it lives in a source checkout, not in the wheel.
TEAM_GOLD_PATH = Path("tests") / "gold" / "team_gold.jsonl"
# The source checkout this module runs from (editable install or PYTHONPATH=src), if any.
_CHECKOUT = Path(__file__).resolve().parents[3]
TEAM_GOLD = _CHECKOUT / TEAM_GOLD_PATH  # the checkout's team gold (tests and dev tools)


def _bases(cwd: Path | None) -> list[Path]:
    bases = [cwd if cwd is not None else Path.cwd()]
    if (_CHECKOUT / "pyproject.toml").is_file():
        bases.append(_CHECKOUT)
    return bases


def find_team_gold(cwd: Path | None = None) -> Path | None:
    """``tests/gold/team_gold.jsonl`` under ``cwd`` (default: the current directory), else
    in the source checkout this package runs from; None when neither has it (a wheel)."""
    for base in _bases(cwd):
        if (base / TEAM_GOLD_PATH).is_file():
            return base / TEAM_GOLD_PATH
    return None


def find_shared(cwd: Path | None = None) -> Path | None:
    """``../shared`` next to ``cwd`` (default: the current directory) or next to the source
    checkout; None when neither exists."""
    for base in _bases(cwd):
        if (base.parent / "shared").is_dir():
            return base.parent / "shared"
    return None


# Columns of the one-table summary; every metric is also in --format json.
TABLE_COLUMNS = (
    "dataset",
    "texts",
    "items",
    "event_p",
    "event_r",
    "event_f1",
    "dyad_f1",
    "root_acc",
    "quad_acc",
    "sector_acc",
    "date_acc",
    "place_country_acc",
    "place_acc_161km",
    "source_r",
    "top_date_acc",
    "top_place_161km",
    "coarse_macro_f1",
    "class_acc",
    "class_macro_f1",
    "pos_f1",
    "false_pos",
    "any_event",
    "src_r_top",
    "src_p_top",
    "tgt_r_top",
    "tgt_p_top",
    "role_f1",
    "swapped",
    "exact",
    "day_acc",
    "coverage",
    "span_f1",
    "acc_161km",
    "acc_25km",
    "note",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class EvaluateOptions:
    """How to run an evaluation.

    ``limit``: score only the first N lines of each gold file. ``shared``: the folder
    holding ``eval/`` (default: :func:`find_shared`). ``team_gold``: the team gold file
    scored by :func:`evaluate_dev_sets` (default: :func:`find_team_gold`). ``set_limits``:
    per-set limits (``(("geo_lgl", 100),)``) that override ``limit`` for the sets they
    name; the quality gate keeps the large sets short this way. ``split``: score only the
    ``tune`` or the ``check`` part of each file (records split by a hash of their id, see
    :mod:`eventscope.evaluate.split`); the limit then applies within the part.
    """

    limit: int | None = None
    shared: Path | None = None
    team_gold: Path | None = None
    set_limits: tuple[tuple[str, int], ...] = ()
    split: Split | None = None

    def limit_for(self, name: str) -> int | None:
        """The line limit for the gold file with stem ``name``."""
        return dict(self.set_limits).get(name, self.limit)


def gold_kind(records: Sequence[Mapping[str, Any]]) -> Kind:
    """What a gold file scores, from its first record's fields."""
    first = records[0] if records else {"events": []}
    if "events" in first:
        return "events"
    if "toponyms" in first:
        return "places"
    if "expression" in first:
        return "dates"
    if "pentaclass" in (first.get("labels") or {}):
        return "pentaclass"
    if is_roles_record(first):
        return "roles"
    if "label" in first:
        return "classes"
    raise DataFileError(detail=f"unknown gold format (fields: {', '.join(sorted(first))})")


def score_records(
    name: str,
    records: Sequence[Mapping[str, Any]],
    *,
    runner: SystemRunner | None = None,
    system: Sequence[Mapping[str, Any]] | None = None,
) -> list[Row]:
    """Score gold ``records`` against a saved ``system`` output or a fresh run of ``runner``."""
    kind = gold_kind(records)
    runner = runner or SystemRunner()
    if kind == "dates":
        values = (
            {str(r["id"]): r.get("value") for r in system}
            if system is not None
            else runner.dates(records)
        )
        scores = score_dates(records, values)
        return [{"dataset": name, "kind": kind, "items": scores["expressions"], **scores}]
    if kind == "places":
        mentions = group_by(system, "article_id") if system is not None else runner.places(records)
        scores = score_places(records, mentions)
        row = {"dataset": name, "kind": kind, "texts": len(records), "items": scores["toponyms"]}
        return [row | scores]
    events = group_by(system, "article_id") if system is not None else runner.events(records)
    if kind == "events":
        scores = score_events(records, events) | score_top_events(records, events)
        return [{"dataset": name, "kind": kind, "items": scores["gold_events"], **scores}]
    if kind == "pentaclass":
        return [{"dataset": name, "kind": kind, **score_pentaclass(records, events)}]
    if kind == "roles":
        return [{"dataset": name, "kind": kind, **score_roles(records, events)}]
    # Class-only sets (GLOCON) mix documents and sentences: one row each.
    rows = []
    for subset, members in sorted(group_by(records, "dataset").items()):
        rows.append({"dataset": subset, "kind": kind, **score_classes(members, events)})
    return rows


def evaluate_file(
    path: str | Path,
    *,
    system_path: str | Path | None = None,
    options: EvaluateOptions | None = None,
    runner: SystemRunner | None = None,
) -> list[Row]:
    """Score one gold file (named by its stem) and return its table rows."""
    options = options or EvaluateOptions()
    limit = options.limit_for(Path(path).stem)
    if options.split is None:
        records = read_jsonl(path, limit=limit)
    else:
        records = select_split(read_jsonl(path), options.split)[:limit]
    system = read_jsonl(system_path) if system_path is not None else None
    runner = runner or SystemRunner()
    before = len(runner.errors)
    rows = score_records(Path(path).stem, records, runner=runner, system=system)
    failed = len(runner.errors) - before
    if failed:
        # Every error code, so that a gate can tell input rejections from crashes.
        codes = sorted({error[1:5] for error in runner.errors[before:] if error[:2] == "[E"})
        rows[0]["note"] = f"{failed} texts failed [{' '.join(codes)}]: {runner.errors[before]}"
    return rows


def shared_eval_dir(options: EvaluateOptions) -> Path | None:
    base = options.shared if options.shared is not None else find_shared()
    if base is None:
        return None
    return base / "eval" if (base / "eval").is_dir() else base


def evaluate_dev_sets(options: EvaluateOptions, *, runner: SystemRunner | None = None) -> list[Row]:
    """Every dev set in ``shared/eval`` plus the team gold, one or more rows each.

    A set whose stage is not implemented yet gets a row with a note instead of scores.
    When the shared folder is absent only the team gold is scored (with a note row).
    """
    runner = runner or SystemRunner()
    team_gold = options.team_gold or find_team_gold()
    if team_gold is not None and team_gold.is_file():
        rows = _run_one(team_gold, options, runner)
    else:
        note = f"not scored: {team_gold or TEAM_GOLD_PATH} is absent (give --team-gold FILE)"
        rows = [{"dataset": "team_gold", "note": note}]
    folder = shared_eval_dir(options)
    if folder is None or not folder.is_dir():
        note = f"{folder or '../shared'} is absent: dev sets skipped (give --shared DIR)"
        return [*rows, {"dataset": "dev sets", "note": note}]
    for name in DEV_SETS:
        if (folder / name).is_file():
            rows.extend(_run_one(folder / name, options, runner))
    train = folder.parent / "train"
    for name in TRAIN_DEV_SETS:
        if (train / name).is_file():
            rows.extend(_run_one(train / name, options, runner))
    return rows


def _run_one(path: Path, options: EvaluateOptions, runner: SystemRunner) -> list[Row]:
    try:
        return evaluate_file(path, options=options, runner=runner)
    except NotImplementedError as exc:
        # The stages are built in parallel: say which one is missing, keep the table going.
        return [{"dataset": path.stem, "note": f"not run: {exc}"}]


def results_by_dataset(rows: Sequence[Row]) -> dict[str, Row]:
    """Rows keyed by dataset name (the shape the quality gate checks)."""
    return {str(row["dataset"]): row for row in rows}


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_table(rows: Sequence[Row]) -> str:
    """A plain-text table of the headline columns present in ``rows``."""
    columns = [c for c in TABLE_COLUMNS if any(row.get(c) is not None for row in rows)]
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(line[i]) for line in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    for line in cells:
        lines.append("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    return "\n".join(lines)


def format_json(rows: Sequence[Row]) -> str:
    return json.dumps(list(rows), indent=2, sort_keys=True)


def gold_to_system(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A perfect system output for gold events (the first acceptable value of each field).

    Used to check the scorer and the gate: it must score 1.0 on its own gold.
    """
    output = []
    for record in records:
        for index, event in enumerate(record.get("events") or ()):
            root = (event.get("roots") or ["01"])[0]
            output.append(
                {
                    "article_id": record["id"],
                    "source": _gold_actor(event, "source"),
                    "target": _gold_actor(event, "target"),
                    "cameo": (event.get("cameo") or [root])[0],
                    "root": root,
                    "date": event.get("date"),
                    "location": event.get("place"),
                    "confidence": 1.0 - index / 100,
                }
            )
    return output


def _gold_actor(event: Mapping[str, Any], side: str) -> dict[str, Any] | None:
    keys, sectors = event.get(side) or [], event.get(f"{side}_sector") or []
    if not keys and not sectors:
        return None
    key = keys[0] if keys else None
    pseudo = key in ("IGO", "NGO", "IMG", "MNC")
    sector = sectors[0] if sectors else None
    country = None if pseudo else key
    return {"country": country, "sector": sector, "code": f"{key or ''}{sector or ''}"}
