"""Distances between places and how close a reading lies to the text's other places.

:func:`nearest_km` is :func:`place_km` to the nearest of many readings with the same
arithmetic, the other readings' coordinates prepared once (:func:`others_view`): a name with
dozens of namesakes compares each of them with every other name of the text.

Example:
    >>> closeness(0.0), closeness(20_000.0)
    (1.0, 0.0)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Place
    from .gazetteer import Candidate

NEAR_SCALE = 4.0  # log10 km at which closeness reaches 0 (10,000 km)


def closeness(km: float) -> float:
    """1 at the same point, about 0.45 at 161 km, 0 from 10,000 km on."""
    return max(0.0, 1.0 - math.log10(1.0 + km) / NEAR_SCALE)


def distance_km(a: Candidate, b: Candidate) -> float:
    return place_km(a.place, b.place)


def place_km(pa: Place, pb: Place) -> float:
    """Great-circle distance between two places (20,000 km when one has no coordinates)."""
    if pa.lat is None or pa.lon is None or pb.lat is None or pb.lon is None:
        return 20_000.0
    lat1, lat2 = math.radians(pa.lat), math.radians(pb.lat)
    dlat, dlon = lat2 - lat1, math.radians(pb.lon - pa.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class Others:
    """The other names' readings as :func:`~.rank.features` reads them, prepared once per
    name (a big pool of namesakes reads them once per reading)."""

    countries: tuple[str | None, ...]
    divisions: tuple[str, ...]  # their division keys ("US.TX", "IN.19.520")
    points: tuple[tuple[float, float, float], ...]  # (latitude in radians, its cosine, lon)
    unplaced: bool  # a reading without coordinates (20,000 km from everything)


@lru_cache(maxsize=256)
def others_view(others: tuple[Candidate, ...], is_division_key: Callable[[str], bool]) -> Others:
    points = []
    for other in others:
        if other.place.lat is not None and other.place.lon is not None:
            lat = math.radians(other.place.lat)
            points.append((lat, math.cos(lat), other.place.lon))
    return Others(
        countries=tuple(other.place.country for other in others),
        divisions=tuple(o.admin_key for o in others if is_division_key(o.admin_key)),
        points=tuple(points),
        unplaced=len(points) < len(others),
    )


def nearest_km(place: Place, view: Others) -> float:
    """:func:`place_km` to the nearest of ``view``'s readings (the same arithmetic)."""
    if place.lat is None or place.lon is None or not view.points:
        return 20_000.0
    lat1 = math.radians(place.lat)
    cos1, lon1 = math.cos(lat1), place.lon
    nearest = 20_000.0 if view.unplaced else math.inf
    for lat2, cos2, lon2 in view.points:
        dlat, dlon = lat2 - lat1, math.radians(lon2 - lon1)
        h = math.sin(dlat / 2) ** 2 + cos1 * cos2 * math.sin(dlon / 2) ** 2
        km = 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
        if km < nearest:
            nearest = km
    return nearest
