"""Per-article scores of event sets: source-actor recall, the top event's date, place and type.

Gold and system records as in :mod:`~eventscope.evaluate.events`. The *top event* of an
article is its highest-confidence system event (the first one on a tie), the one a reader or a
class-only scorer would take as "what happened".

* ``source_r``: share of gold events whose source some system event of the article names
  (an empty gold source accepts any system source);
* ``top_date_acc``: on articles with a dated gold event and at least one system event, the
  top event's date is one of the gold dates;
* ``top_place_161km``: on articles with gold coordinates and at least one system event, the top
  event's location is within 161 km of a gold place (no location counts as a miss);
* ``coarse_acc`` / ``coarse_macro_f1`` (sets whose records carry ``labels.case2021_coarse``):
  the CASE 2021 coarse type of the top event's root — 14 PROTEST, 18-20 VIOLENCE, 15-17 COERCE,
  01-08 COOPERATION, 09-13 VERBAL, no event NONE. A gold record may list several types; the
  prediction is right when it is one of them, and a wrong one counts against the first listed.

Example:
    >>> gold = [{"id": "a", "events": [{"source": ["ISR"], "date": "2020-05-09"}],
    ...          "labels": {"case2021_coarse": ["PROTEST"]}}]
    >>> system = {"a": [{"source": {"country": "ISR"}, "root": "14", "date": "2020-05-09"}]}
    >>> scores = score_top_events(gold, system)
    >>> scores["source_r"], scores["top_date_acc"], scores["coarse_acc"]
    (1.0, 1.0, 1.0)
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from typing import Any

from .events import accepts, actor_key, haversine_km

Record = Mapping[str, Any]
COARSE_KEY = "case2021_coarse"


def top_event(events: Sequence[Record]) -> Record | None:
    """The highest-confidence event (the first one on a tie), or None."""
    best: Record | None = None
    for event in events:
        if best is None or float(event.get("confidence") or 0) > float(best.get("confidence") or 0):
            best = event
    return best


def coarse_type(event: Record | None) -> str:
    """CASE 2021 coarse type of an event's CAMEO root (see the module docstring).

    >>> [coarse_type({"root": r}) for r in ("14", "19", "17", "04", "11")] + [coarse_type(None)]
    ['PROTEST', 'VIOLENCE', 'COERCE', 'COOPERATION', 'VERBAL', 'NONE']
    """
    if event is None:
        return "NONE"
    root = str(event.get("root") or str(event.get("cameo") or "")[:2])
    if not root[:2].isdigit():
        return "NONE"
    number = int(root[:2])
    if number == 14:
        return "PROTEST"
    if number >= 18:
        return "VIOLENCE"
    if number >= 15:
        return "COERCE"
    return "COOPERATION" if number <= 8 else "VERBAL"


def score_top_events(
    gold_records: Sequence[Record], system_events: Mapping[str, Sequence[Record]]
) -> dict[str, float | None]:
    """The metrics of the module docstring over every gold article."""
    sources = [0, 0]
    dates = [0, 0]
    places = [0, 0]
    pairs: list[tuple[list[str], str]] = []
    for record in gold_records:
        gold = record.get("events") or ()
        system = system_events.get(str(record["id"]), ())
        for event in gold:
            sources[1] += 1
            named = (actor_key(s.get("source")) for s in system)
            sources[0] += any(accepts(event.get("source"), key) for key in named)
        top = top_event(system)
        coarse = (record.get("labels") or {}).get(COARSE_KEY)
        if coarse:
            pairs.append((list(coarse), coarse_type(top)))
        if top is not None:
            _top_when_where(gold, top, dates, places)
    scores: dict[str, float | None] = {
        "source_r": _rate(*sources),
        "top_date_acc": _rate(*dates),
        "top_place_161km": _rate(*places),
    }
    if pairs:
        scores |= _coarse_scores(pairs)
    return scores


def _top_when_where(
    gold: Sequence[Record], top: Record, dates: list[int], places: list[int]
) -> None:
    gold_dates = {str(e["date"])[:10] for e in gold if e.get("date")}
    if gold_dates:
        dates[1] += 1
        dates[0] += str(top.get("date") or "")[:10] in gold_dates
    spots = [e["place"] for e in gold if (e.get("place") or {}).get("lat") is not None]
    if spots:
        places[1] += 1
        where = top.get("location") or {}
        if where.get("lat") is not None and where.get("lon") is not None:
            places[0] += any(
                haversine_km(p["lat"], p["lon"], where["lat"], where["lon"]) <= 161 for p in spots
            )


def _coarse_scores(pairs: list[tuple[list[str], str]]) -> dict[str, float | None]:
    """Accuracy and macro-F1 over the gold types (a right guess is scored as its own type)."""
    resolved = [(guess if guess in gold else gold[0], guess) for gold, guess in pairs]
    labels = sorted({g for g, _ in resolved})
    f1s = []
    for label in labels:
        tp = sum(1 for g, s in resolved if g == s == label)
        fp = sum(1 for g, s in resolved if s == label and g != label)
        fn = sum(1 for g, s in resolved if g == label and s != label)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return {
        "coarse_acc": _rate(sum(1 for g, s in resolved if g == s), len(resolved)),
        "coarse_macro_f1": statistics.fmean(f1s) if f1s else None,
    }


def _rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None
