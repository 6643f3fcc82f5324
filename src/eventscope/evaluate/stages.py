"""Stage-level and class-level scorers: dates, places, main event class. Pure functions.

* :func:`score_dates` compares ``{"id", "value"}`` system records with TempEval gold
  (exact, day accuracy, "compatible", coverage, split relative/absolute).
* :func:`score_places` compares place mentions (char offsets, lat/lon, country) with
  geoparsing gold (span P/R/F1 by overlap, accuracy@161/@25 km, errors, country).
* :func:`score_classes` scores the label of each text's top event (GLOCON: positive
  when the highest-confidence event is PentaClass 4, material conflict).
* :func:`score_pentaclass` scores the PentaClass (0-4) of each text's top event against
  ``labels.pentaclass`` (ConfliBERT); a text with no event counts as "none", always wrong.

Example:
    >>> gold = [{"id": "d#t1", "value": "1998-08-07", "kind": "relative"}]
    >>> score_dates(gold, {"d#t1": "1998-08-07"})["exact"]
    1.0
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Mapping, Sequence
from typing import Any

from .events import EARTH_RADIUS_KM, haversine_km, penta_class

Record = Mapping[str, Any]
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The largest possible error, used for a matched mention the system could not geocode.
MAX_ERROR_KM = math.pi * EARTH_RADIUS_KM


def _rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _date_part(value: str | None) -> str | None:
    """A gold time "1998-08-07T10:35" is compared on its date."""
    return value.split("T", 1)[0] if value else None


def date_outcome(gold_value: str, system_value: str | None) -> tuple[bool, bool]:
    """(exact, compatible) for one expression; compatible = equal or a coarser prefix.

    >>> date_outcome("1998-08-07", "1998-08")
    (False, True)
    """
    gold, system = _date_part(gold_value), _date_part(system_value)
    if not system or not gold:
        return False, False
    exact = gold == system
    return exact, exact or gold.startswith(system + "-") or gold.startswith(system + "W")


def score_dates(gold: Sequence[Record], system: Mapping[str, str | None]) -> dict[str, Any]:
    """Score normalised values keyed by gold ``id``."""
    counts = {key: 0 for key in ("exact", "compatible", "covered", "day_n", "day_ok")}
    by_kind: dict[str, list[int]] = {}
    for record in gold:
        value = system.get(record["id"])
        exact, compatible = date_outcome(record["value"], value)
        counts["exact"] += exact
        counts["compatible"] += compatible
        counts["covered"] += value is not None
        if DAY_VALUE.match(_date_part(record["value"]) or ""):
            counts["day_n"] += 1
            counts["day_ok"] += exact
        tally = by_kind.setdefault(str(record.get("kind") or "unknown"), [0, 0])
        tally[0] += exact
        tally[1] += 1
    total = len(gold)
    metrics: dict[str, Any] = {
        "expressions": total,
        "exact": _rate(counts["exact"], total),
        "day_acc": _rate(counts["day_ok"], counts["day_n"]),
        "compatible": _rate(counts["compatible"], total),
        "coverage": _rate(counts["covered"], total),
    }
    for kind, (ok, n) in sorted(by_kind.items()):
        metrics[f"exact_{kind}"] = _rate(ok, n)
    return metrics


def _overlaps(a: Record, b_start: int, b_end: int) -> bool:
    return int(a["start"]) < b_end and b_start < int(a["end"])


def match_spans(gold: Sequence[Record], system: Sequence[Record]) -> dict[int, int]:
    """Greedy one-to-one overlap matching, in text order: ``{system index: gold index}``."""
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for s_index in sorted(range(len(system)), key=lambda i: int(system[i]["start"])):
        mention = system[s_index]
        for g_index, toponym in enumerate(gold):
            if g_index not in taken and _overlaps(toponym, mention["start"], mention["end"]):
                matched[s_index] = g_index
                taken.add(g_index)
                break
    return matched


def _error_km(toponym: Record, mention: Record) -> float:
    if mention.get("lat") is None or mention.get("lon") is None:
        return MAX_ERROR_KM
    return haversine_km(toponym["lat"], toponym["lon"], mention["lat"], mention["lon"])


def score_places(
    gold_records: Sequence[Record], system: Mapping[str, Sequence[Record]]
) -> dict[str, Any]:
    """Score place mentions per article; gold toponyms without coordinates are not gold."""
    tp = fp = n_gold = country_n = country_ok = 0
    errors: list[float] = []
    for record in gold_records:
        gold = [t for t in record.get("toponyms") or () if t.get("lat") is not None]
        ignore = [{"start": s, "end": e} for s, e in record.get("ignore_spans") or ()]
        mentions = list(system.get(record["id"], ()))
        matched = match_spans(gold, mentions)
        n_gold += len(gold)
        tp += len(matched)
        fp += sum(
            1
            for i, m in enumerate(mentions)
            if i not in matched and not any(_overlaps(s, m["start"], m["end"]) for s in ignore)
        )
        for s_index, g_index in matched.items():
            toponym, mention = gold[g_index], mentions[s_index]
            errors.append(_error_km(toponym, mention))
            if toponym.get("country"):
                country_n += 1
                country_ok += mention.get("country") == toponym["country"]
    return _place_metrics(tp, fp, n_gold, errors) | {
        "country_acc": _rate(country_ok, country_n),
    }


def _place_metrics(tp: int, fp: int, n_gold: int, errors: list[float]) -> dict[str, Any]:
    precision, recall = _rate(tp, tp + fp), _rate(tp, n_gold)
    f1 = (
        2 * precision * recall / (precision + recall)
        if precision is not None and recall is not None and precision + recall
        else (0.0 if n_gold else None)
    )
    near = sum(1 for e in errors if e <= 161)
    return {
        "toponyms": n_gold,
        "span_p": precision,
        "span_r": recall,
        "span_f1": f1,
        "acc_161km": _rate(near, len(errors)),
        "acc_25km": _rate(sum(1 for e in errors if e <= 25), len(errors)),
        "mean_error_km": statistics.fmean(errors) if errors else None,
        "median_error_km": statistics.median(errors) if errors else None,
        # Gritta et al. (2019): area under the curve of the scaled log error (lower is better).
        "auc_log_error": (
            statistics.fmean(math.log1p(e) / math.log1p(MAX_ERROR_KM) for e in errors)
            if errors
            else None
        ),
        "recall_161km": _rate(near, n_gold),
    }


def top_event_label(events: Sequence[Record]) -> str:
    """PentaClass of the highest-confidence event as a string, or "none".

    >>> top_event_label([{"root": "04", "confidence": 0.2}, {"root": "19", "confidence": 0.9}])
    '4'
    """
    if not events:
        return "none"
    top = max(events, key=lambda e: float(e.get("confidence") or 0.0))
    root = str(top.get("root") or str(top.get("cameo") or "")[:2])
    return str(penta_class(root)) if root[:2].isdigit() else "none"


def glocon_label(events: Sequence[Record]) -> int:
    """GLOCON: 1 when the top event is material conflict (PentaClass 4), else 0."""
    return int(top_event_label(events) == "4")


def score_classes(gold: Sequence[Record], system: Mapping[str, Sequence[Record]]) -> dict[str, Any]:
    """Accuracy and macro-F1 of the binary GLOCON label; records with label 2 are not scored."""
    pairs = [
        (int(record["label"]), glocon_label(system.get(record["id"], ())))
        for record in gold
        if record.get("label") in (0, 1) and (record.get("labels") or {}).get("contentious", [1])
    ]
    correct = sum(1 for g, s in pairs if g == s)
    f1s = []
    for label in (0, 1):
        tp = sum(1 for g, s in pairs if g == s == label)
        fp = sum(1 for g, s in pairs if s == label and g != label)
        fn = sum(1 for g, s in pairs if g == label and s != label)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    false_pos = sum(1 for g, s in pairs if s == 1 and g == 0)
    return {
        "texts": len(pairs),
        "positives": sum(g for g, _ in pairs),
        "class_acc": _rate(correct, len(pairs)),
        "class_macro_f1": statistics.fmean(f1s) if pairs else None,
        # The contentious (positive) class alone, and the texts wrongly called contentious.
        "pos_f1": f1s[1] if pairs else None,
        "false_pos": false_pos,
        "false_pos_rate": _rate(false_pos, sum(1 for g, _ in pairs if g == 0)),
    }


PENTA_LABELS = ("0", "1", "2", "3", "4")


def score_pentaclass(
    gold: Sequence[Record], system: Mapping[str, Sequence[Record]]
) -> dict[str, Any]:
    """Accuracy, macro-F1 and per-class F1 of the top event's PentaClass, and the share of
    texts with any event. A text whose gold lists several classes is right on any of them.

    >>> gold = [{"id": "a", "labels": {"pentaclass": ["4"]}},
    ...         {"id": "b", "labels": {"pentaclass": ["0"]}}]
    >>> scores = score_pentaclass(gold, {"a": [{"root": "19", "confidence": 0.5}]})
    >>> scores["class_acc"], scores["any_event"]
    (0.5, 0.5)
    """
    pairs = []
    for record in gold:
        labels = [str(label) for label in (record.get("labels") or {}).get("pentaclass") or ()]
        if labels:
            predicted = top_event_label(system.get(str(record["id"]), ()))
            pairs.append((predicted if predicted in labels else labels[0], predicted))
    confusion: dict[str, dict[str, int]] = {}
    for g, s in pairs:
        row = confusion.setdefault(g, {})
        row[s] = row.get(s, 0) + 1
    f1s = {}
    for label in PENTA_LABELS:
        tp = sum(1 for g, s in pairs if g == s == label)
        wrong = sum(1 for g, s in pairs if (g == label) != (s == label))
        f1s[label] = 2 * tp / (2 * tp + wrong) if tp + wrong else None
    present = [f for f in f1s.values() if f is not None]
    return {
        "texts": len(pairs),
        "class_acc": _rate(sum(1 for g, s in pairs if g == s), len(pairs)),
        # Over the classes that occur in the gold or the output (a missing class is no zero).
        "class_macro_f1": statistics.fmean(present) if present else None,
        **{f"class_f1_{label}": f1 for label, f1 in f1s.items()},
        "any_event": _rate(sum(1 for _, s in pairs if s != "none"), len(pairs)),
        # Gold class -> system class ("none": no event) -> texts, for error analysis.
        "confusion": {g: dict(sorted(row.items())) for g, row in sorted(confusion.items())},
    }
