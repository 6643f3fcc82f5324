"""Scoring of coded events against gold events: pure functions over plain dicts.

Gold records follow ``../shared/eval/README.md``: ``{"id", "text", "published",
"events": [{"source": [...], "source_sector": [...], "target": [...],
"target_sector": [...], "roots": [...], "date": "YYYY-MM-DD" | null,
"place": {"name", "country", "lat", "lon"} | null}]}``. An empty list means
"unspecified" (any system value is accepted). System events are ``Event.to_dict()``
records grouped by ``article_id``.

Matching is greedy and one-to-one inside each article. An unmatched system event that
would match an already matched gold event is a *duplicate* (a compound actor expanded
into several dyads): it is not a false positive, but ``strict_precision`` counts it.

Example:
    >>> gold = [{"source": ["AZE"], "target": ["CHN"], "roots": ["04"]}]
    >>> system = [{"source": {"country": "AZE"}, "target": {"country": "CHN"}, "root": "04"}]
    >>> tally = score_article(gold, system)
    >>> tally.event_tp, tally.event_fp, tally.dup
    (1, 0, 0)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

# Actors with no country are keyed by these CAMEO pseudo-codes (README "Actor keys").
PSEUDO_CODES = ("IGO", "NGO", "IMG", "MNC")
EARTH_RADIUS_KM = 6371.0088

Record = Mapping[str, Any]


def quad_class(root: str) -> int:
    """CAMEO QuadClass of a root (or code), as the packaged codebook gives it.

    >>> [quad_class(r) for r in ("03", "07", "11", "18", "0874")]
    [1, 2, 3, 4, 2]
    """
    from ..events.cameo import packaged_codebook  # on use: `eventscope --help` needs no codebook

    return packaged_codebook().quad_class(root)


def penta_class(root: str) -> int:
    """PentaClass of a root (ConfliBERT reading: 16 is verbal conflict).

    >>> [penta_class(r) for r in ("02", "04", "07", "16", "14", "19")]
    [0, 1, 2, 3, 4, 4]
    """
    # ConfliBERT's reading over the QuadClasses: statements and appeals (01-02) are class 0,
    # reduce relations (16) counts as verbal conflict.
    if root[:2] in ("01", "02"):
        return 0
    return 3 if root[:2] == "16" else quad_class(root)


def actor_key(actor: Record | None) -> str | None:
    """The key an output actor is compared on: its country, else a pseudo-code, else None.

    >>> actor_key({"country": None, "sector": None, "code": "IGOUNO"})
    'IGO'
    >>> actor_key({"country": "AZE", "sector": "GOV", "code": "AZEGOV"})
    'AZE'
    """
    if not actor:
        return None
    if actor.get("country"):
        return str(actor["country"])
    code = str(actor.get("code") or "")
    for pseudo in PSEUDO_CODES:
        if code.startswith(pseudo) or actor.get("sector") == pseudo:
            return pseudo
    return None


def accepts(allowed: Sequence[Any] | None, value: Any) -> bool:
    """An empty (or missing) gold list accepts anything; otherwise ``value`` must be in it."""
    return not allowed or value in allowed


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(40.4093, 49.8671, 39.9042, 116.4074))  # Baku → Beijing
    5513
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlon = phi2 - phi1, math.radians(lon2 - lon1)
    half = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(half)))


@dataclass(slots=True)
class EventTally:
    """Counts over one or more articles; :meth:`metrics` turns them into rates."""

    gold: int = 0
    system: int = 0
    event_tp: int = 0
    event_fp: int = 0
    dup: int = 0
    dyad_tp: int = 0
    dyad_fp: int = 0
    root_ok: int = 0
    quad_ok: int = 0
    sector_n: int = 0
    sector_ok: int = 0
    date_n: int = 0
    date_ok: int = 0
    country_n: int = 0
    country_ok: int = 0
    coord_n: int = 0
    within_25: int = 0
    within_161: int = 0

    def add(self, other: EventTally) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))

    def metrics(self) -> dict[str, float | int | None]:
        """Headline rates (None where there is nothing to measure)."""
        return {
            "gold_events": self.gold,
            "system_events": self.system,
            "event_p": _ratio(self.event_tp, self.event_tp + self.event_fp),
            "event_p_strict": _ratio(self.event_tp, self.event_tp + self.event_fp + self.dup),
            "event_r": _ratio(self.event_tp, self.gold),
            "event_f1": _f1(self.event_tp, self.event_fp, self.gold),
            "duplicates": self.dup,
            "dyad_p": _ratio(self.dyad_tp, self.dyad_tp + self.dyad_fp),
            "dyad_r": _ratio(self.dyad_tp, self.gold),
            "dyad_f1": _f1(self.dyad_tp, self.dyad_fp, self.gold),
            "root_acc": _ratio(self.root_ok, self.dyad_tp),
            "quad_acc": _ratio(self.quad_ok, self.dyad_tp),
            "sector_acc": _ratio(self.sector_ok, self.sector_n),
            "date_acc": _ratio(self.date_ok, self.date_n),
            "place_country_acc": _ratio(self.country_ok, self.country_n),
            "place_acc_25km": _ratio(self.within_25, self.coord_n),
            "place_acc_161km": _ratio(self.within_161, self.coord_n),
        }


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _f1(tp: int, fp: int, gold: int) -> float | None:
    if not gold and not (tp + fp):
        return None
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def dyad_matches(gold: Record, system: Record) -> bool:
    """Source and target keys both acceptable (direction matters unless ``symmetric``).

    >>> gold = {"source": ["ARM"], "target": ["AZE"], "symmetric": True}
    >>> dyad_matches(gold, {"source": {"country": "AZE"}, "target": {"country": "ARM"}})
    True
    """
    if _direct(gold, system):
        return True
    source, target = actor_key(system.get("source")), actor_key(system.get("target"))
    # "clashes between A and B": both orders code the same event (README "symmetric").
    return bool(gold.get("symmetric")) and (
        accepts(gold.get("source"), target) and accepts(gold.get("target"), source)
    )


def _direct(gold: Record, system: Record) -> bool:
    """The system's source and target match the gold's in that order."""
    source, target = actor_key(system.get("source")), actor_key(system.get("target"))
    return accepts(gold.get("source"), source) and accepts(gold.get("target"), target)


def root_matches(gold: Record, system: Record) -> bool:
    return accepts(gold.get("roots"), _system_root(system))


def _system_root(system: Record) -> str:
    return str(system.get("root") or str(system.get("cameo") or "")[:2])


def _greedy(pairs: Iterable[tuple[tuple[float, ...], int, int]]) -> dict[int, int]:
    """Best-first one-to-one matching: ``{system index: gold index}``."""
    taken_gold: set[int] = set()
    matched: dict[int, int] = {}
    for _, sys_index, gold_index in sorted(pairs):
        if sys_index in matched or gold_index in taken_gold:
            continue
        matched[sys_index] = gold_index
        taken_gold.add(gold_index)
    return matched


def _order(system: Sequence[Record]) -> list[tuple[float, int]]:
    # Higher confidence claims a gold event first; ties keep output order.
    return [(-float(event.get("confidence") or 0.0), index) for index, event in enumerate(system)]


def score_article(gold: Sequence[Record], system: Sequence[Record]) -> EventTally:
    """Match one article's system events to its gold events and count the outcomes."""
    tally = EventTally(gold=len(gold), system=len(system))
    order = _order(system)
    dyads = {
        (s, g): root_matches(gold[g], system[s])
        for s in range(len(system))
        for g in range(len(gold))
        if dyad_matches(gold[g], system[s])
    }
    event_pairs = [((order[s][0], order[s][1], g), s, g) for (s, g), ok in dyads.items() if ok]
    events = _greedy(event_pairs)
    dyad_pairs = [((0 if ok else 1, *order[s], g), s, g) for (s, g), ok in dyads.items()]
    dyad_matched = _greedy(dyad_pairs)
    full = {pair: True for pair, ok in dyads.items() if ok}
    matched_gold = set(events.values())
    tally.event_tp = len(events)
    tally.dup = sum(
        1 for s in range(len(system)) if s not in events and _is_dup(s, full, matched_gold)
    )
    tally.event_fp = len(system) - tally.event_tp - tally.dup
    dyad_gold = set(dyad_matched.values())
    tally.dyad_tp = len(dyad_matched)
    tally.dyad_fp = sum(
        1 for s in range(len(system)) if s not in dyad_matched and not _is_dup(s, dyads, dyad_gold)
    )
    for s, g in dyad_matched.items():
        _score_labels(tally, gold[g], system[s])
    for s, g in events.items():
        _score_when_where(tally, gold[g], system[s])
    return tally


def _is_dup(sys_index: int, dyads: Mapping[tuple[int, int], bool], matched: set[int]) -> bool:
    return any(s == sys_index and g in matched for s, g in dyads)


def _score_labels(tally: EventTally, gold: Record, system: Record) -> None:
    """Root, QuadClass and sector on a dyad-matched pair."""
    root = _system_root(system)
    tally.root_ok += accepts(gold.get("roots"), root)
    gold_quads = {quad_class(r) for r in gold.get("roots") or ()}
    system_quad = system.get("quad_class") or (quad_class(root) if root[:2].isdigit() else None)
    tally.quad_ok += not gold_quads or system_quad in gold_quads
    sides = [side for side in ("source", "target") if gold.get(f"{side}_sector")]
    tally.sector_n += len(sides)
    tally.sector_ok += max(
        _sectors_ok(gold, system, sides, turned) for turned in _turns(gold, system)
    )


def _turns(gold: Record, system: Record) -> list[bool]:
    """The orders in which the system event matches the gold: as given (``False``) and, for
    a symmetric event ("clashes between A and B" coded B -> A), turned round (``True``)."""
    direct = _direct(gold, system)
    turned = bool(gold.get("symmetric")) and (not direct or _direct(gold, _turned(system)))
    return [False] * direct + [True] * turned or [False]


def _turned(system: Record) -> Record:
    return {**system, "source": system.get("target"), "target": system.get("source")}


def _sectors_ok(gold: Record, system: Record, sides: list[str], turned: bool) -> int:
    """How many of the gold's sectors on ``sides`` the system's actors have."""
    actors = _turned(system) if turned else system
    return sum((actors.get(side) or {}).get("sector") in gold[f"{side}_sector"] for side in sides)


def _score_when_where(tally: EventTally, gold: Record, system: Record) -> None:
    """Date and place on an event-matched pair (where the gold gives them)."""
    gold_date = gold.get("date")
    if gold_date:
        tally.date_n += 1
        tally.date_ok += _iso(system.get("date")) == _iso(gold_date)
    place = gold.get("place") or {}
    location = system.get("location") or {}
    if place.get("country"):
        tally.country_n += 1
        tally.country_ok += location.get("country") == place["country"]
    if place.get("lat") is not None and place.get("lon") is not None:
        tally.coord_n += 1
        if location.get("lat") is None or location.get("lon") is None:
            return
        distance = haversine_km(place["lat"], place["lon"], location["lat"], location["lon"])
        tally.within_25 += distance <= 25
        tally.within_161 += distance <= 161


def _iso(value: Any) -> str | None:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10] if value else None


def score_events(
    gold_records: Sequence[Record], system_events: Mapping[str, Sequence[Record]]
) -> dict[str, float | int | None]:
    """Score every gold article against the system events keyed by ``article_id``."""
    total = EventTally()
    for record in gold_records:
        total.add(score_article(record.get("events") or (), system_events.get(record["id"], ())))
    metrics = total.metrics()
    metrics["texts"] = len(gold_records)
    return metrics
