"""The quality gate: pinned metric floors, checks against them, and suggested floors.

``tests/quality_floors.json`` holds ``{"floors": {dataset: {metric: floor}}, "limits":
{dataset: lines}}`` (large sets are scored on their first lines only). The floors pin
precision and recall as well as F1 (:data:`HEADLINE_METRICS`). A run
fails the gate when a pinned metric is below its floor (or was not measured while its
floor is above zero). Floors only go up in normal work: ``tests/evaluate/test_quality_gate.py``
compares the file with the version at the merge base with ``main`` (on ``main``: the
previous commit) and with HEAD, and fails when any floor decreased, unless
``EVENTSCOPE_ALLOW_FLOOR_DROP=1`` is set *and* the commit message explains why the floor
had to drop.

Example:
    >>> check_floors({"team_gold": {"event_f1": 0.5}}, {"team_gold": {"event_f1": 0.6}})
    ['team_gold.event_f1 = 0.500 is below its floor 0.600']
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import DataFileError

Floors = dict[str, dict[str, float]]
ALLOW_DROP_ENV = "EVENTSCOPE_ALLOW_FLOOR_DROP"

# The headline metrics the gate pins, per dataset (file stem of the gold set).
# Precision and recall are pinned with F1: an F1 floor alone lets a 10 % loss of events
# through when precision rises.
HEADLINE_METRICS: Mapping[str, tuple[str, ...]] = {
    "team_gold": (
        "event_p", "event_r", "event_f1", "dyad_f1", "root_acc", "date_acc", "place_country_acc",
    ),
    "plover_gsr_dev": ("event_p", "event_r", "event_f1"),
    "acled_dev": (
        "event_p",
        "event_r",
        "event_f1",
        "dyad_f1",
        "root_acc",
        "source_r",
        "top_date_acc",
    ),
    "glocon_doc": ("class_acc", "class_macro_f1"),  # the documents of glocon_dev.jsonl
    "tempeval_dev": ("exact",),
    "geo_lgl": ("span_p", "span_r", "acc_161km"),
    "geo_gwn": ("span_p", "span_r", "acc_161km"),
}  # fmt: skip


def load_floors(path: str | Path) -> Floors:
    """Read a floors file; raises :class:`DataFileError` when it is missing or malformed."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        floors = data["floors"]
        return {
            str(dataset): {str(metric): float(value) for metric, value in metrics.items()}
            for dataset, metrics in floors.items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(str(path), detail=f"not a valid floors file: {exc!r}") from exc


def load_limits(path: str | Path) -> tuple[tuple[str, int], ...]:
    """Per-set line limits stored with the floors (``"limits": {"geo_lgl": 100}``)."""
    try:
        limits = json.loads(Path(path).read_text(encoding="utf-8")).get("limits", {})
        return tuple(sorted((str(name), int(value)) for name, value in limits.items()))
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise DataFileError(str(path), detail=f"not a valid floors file: {exc!r}") from exc


def parse_floors(text: str) -> Floors:
    """Floors from the text of a floors file (e.g. ``git show HEAD:...``)."""
    data = json.loads(text)
    return {
        dataset: {metric: float(value) for metric, value in metrics.items()}
        for dataset, metrics in data["floors"].items()
    }


def parse_limits(text: str) -> dict[str, int]:
    """The per-set line limits from the text of a floors file (none: every line)."""
    return {str(name): int(value) for name, value in json.loads(text).get("limits", {}).items()}


def check_floors(results: Mapping[str, Mapping[str, Any]], floors: Floors) -> list[str]:
    """Every pinned metric below its floor, as messages; an empty list means the gate passes.

    Datasets that were not run (e.g. ../shared absent) are not checked.
    """
    failures = []
    for dataset, metrics in sorted(floors.items()):
        if dataset not in results:
            continue
        for metric, floor in sorted(metrics.items()):
            failure = _failure(f"{dataset}.{metric}", results[dataset].get(metric), floor)
            if failure is not None:
                failures.append(failure)
    return failures


def _failure(name: str, value: Any, floor: float) -> str | None:
    """Why ``value`` fails its floor, or None when it passes (a floor of 0 needs no value)."""
    if value is None:
        return f"{name} was not measured (floor {floor:.3f})" if floor > 0 else None
    if value < floor:
        return f"{name} = {value:.3f} is below its floor {floor:.3f}"
    return None


def suggest_floors(results: Mapping[str, Mapping[str, Any]], *, margin: float = 0.02) -> Floors:
    """Measured headline values minus ``margin``, rounded down to 0.01 (never below 0)."""
    floors: Floors = {}
    for dataset, metrics in HEADLINE_METRICS.items():
        if dataset not in results:
            continue
        for metric in metrics:
            value = results[dataset].get(metric)
            if value is not None:
                floor = max(0.0, math.floor((value - margin) * 100) / 100)
                floors.setdefault(dataset, {})[metric] = floor
    return floors


def floor_drops(
    old: Floors,
    new: Floors,
    *,
    old_limits: Mapping[str, int] | None = None,
    new_limits: Mapping[str, int] | None = None,
) -> list[str]:
    """Floors that decreased (or disappeared) from ``old`` to ``new``.

    A set scored on a different number of lines (its ``limits`` entry changed) is a new
    measurement, not comparable with the old floors: it is left out.

    >>> floor_drops({"geo_gwn": {"acc_161km": 0.5}}, {"geo_gwn": {"acc_161km": 0.4}},
    ...             old_limits={"geo_gwn": 10}, new_limits={"geo_gwn": 100})
    []
    """
    old_limits, new_limits = old_limits or {}, new_limits or {}
    drops = []
    for dataset, metrics in sorted(old.items()):
        if old_limits.get(dataset) != new_limits.get(dataset):
            continue
        for metric, value in sorted(metrics.items()):
            current = new.get(dataset, {}).get(metric)
            if current is None or current < value:
                drops.append(f"{dataset}.{metric}: {value} -> {current}")
    return drops


def floors_json(floors: Floors, limits: tuple[tuple[str, int], ...] = ()) -> str:
    """The text of a floors file for ``floors`` (and the per-set limits they were measured with)."""
    data: dict[str, Any] = {"floors": floors}
    if limits:
        data["limits"] = dict(limits)
    return json.dumps(data, indent=2, sort_keys=True) + "\n"
