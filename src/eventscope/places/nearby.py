"""Namesakes that lie next to each other: a local story's places read together.

Local news names small places with many namesakes and rarely names their state: "all
residents of Paris and Henry County", "a rollover near Brandon, the Douglas County
Sheriff's Office said". Ranked one by one (and then against each other's first choices)
every name takes its most prominent namesake (Paris, France; Brandon, Florida; Douglas
County, Georgia), and wrong first choices cannot pull each other home. A reader takes the
one reading that puts the names next to each other: Paris, Tennessee, is the seat of Henry
County, Tennessee.

So a name read, with less than :data:`CONFIDENT` of its confidence, as a town or county (not
a capital, not a city of 250,000 people or more) is re-read as its namesake in the same
country that lies within :data:`NEAR_KM` of a reading of another name of the text, when that
namesake has more such neighbours (other names, counted once each; first those whose chosen
reading it is near, then any reading) than the chosen reading has. Which country is the
anchor countries' business (:mod:`.coherence`): across borders namesakes meet by chance
("Paris" and "London" of Ontario). A neighbour counts only when a chance meeting is
unlikely: two names with many namesakes each ("Springfield", "Washington County") meet
somewhere by chance, so a pair counts only when the product of their pool sizes is at most
:data:`MAX_PAIRS`; a name whose reading is sure (a country, a state, a capital, a large
city, a confident choice) counts only by its chosen reading. Thresholds chosen on the tune
parts of geo_lgl and geo_gwn (``tools/place_errors.py``).

Example:
    >>> movable_population(249_999), movable_population(250_000)
    (True, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .distance import distance_km

if TYPE_CHECKING:
    from . import Choice
    from .gazetteer import Candidate

NEAR_KM = 50.0  # a town and its county, or two towns of one county
MAX_PAIRS = 400  # pool size product above which a close pair is likely chance
CONFIDENT = 0.7  # a reading the ranker gives this share of the name's confidence stays
LARGE_CITY = 250_000  # a reading this large is no small town's namesake: it stays
# per name: its chosen reading (when a town or county) and the readings it lends as neighbour
Pools = dict[str, tuple["Candidate | None", list["Candidate"]]]


def movable_population(population: int) -> bool:
    """A reading of fewer people than :data:`LARGE_CITY` may give way to a near namesake."""
    return population < LARGE_CITY


def _local(candidate: Candidate) -> bool:
    """A town or a county (not a country, a state, an area), with coordinates."""
    place = candidate.place
    if candidate.is_country or candidate.is_area or place.feature_code == "ADM1":
        return False
    return place.lat is not None and place.lon is not None


def _movable(choice: Choice) -> bool:
    if choice[1] >= CONFIDENT:
        return False
    best = choice[0]
    capital = best.place.feature_code == "PPLC"
    return _local(best) and not capital and movable_population(best.population)


def _pools(kept: Sequence[Choice | None], keys: Sequence[str]) -> Pools:
    """Per name its chosen reading (when local) and the readings it may lend as a
    neighbour: its local readings when its choice may move, else the chosen one alone."""
    pools: Pools = {}
    for choice, key in zip(kept, keys, strict=True):
        if choice is None or key in pools:
            continue
        chosen = choice[0] if _local(choice[0]) else None
        if _movable(choice):
            pools[key] = (chosen, [c for c, _ in choice[2] if _local(c)])
        else:
            pools[key] = (chosen, [chosen] if chosen is not None else [])
    return pools


def _neighbours(candidate: Candidate, key: str, size: int, pools: Pools) -> tuple[int, int]:
    """How many other names have their chosen reading, and how many any reading, within
    :data:`NEAR_KM` of ``candidate``."""
    chosen = loose = 0
    for other, (reading, readings) in pools.items():
        if other == key or not readings or size * len(readings) > MAX_PAIRS:
            continue
        if reading is not None and distance_km(candidate, reading) <= NEAR_KM:
            chosen += 1
            loose += 1
        else:
            loose += any(distance_km(candidate, r) <= NEAR_KM for r in readings)
    return chosen, loose


def near_readings(kept: Sequence[Choice | None], keys: Sequence[str]) -> list[Choice | None]:
    """Each movable name re-read as its namesake with the most neighbours (see the module
    docstring); others, and names whose chosen reading has as many, keep their choice.

    ``kept``: the choices in document order; ``keys``: the names' normalised keys.
    """
    pools = _pools(kept, keys)
    if sum(1 for _, readings in pools.values() if readings) < 2:
        return list(kept)
    best_of: dict[str, Candidate | None] = {}
    out: list[Choice | None] = []
    for choice, key in zip(kept, keys, strict=True):
        if choice is None or not _movable(choice):
            out.append(choice)
            continue
        if key not in best_of:
            best_of[key] = _best_reading(choice, key, pools)
        best = best_of[key]
        out.append(choice if best is None else (best, choice[1], choice[2]))
    return out


def _best_reading(choice: Choice, key: str, pools: Pools) -> Candidate | None:
    """The namesake with more neighbours than the chosen reading (those that are other
    names' chosen readings first), or ``None``."""
    readings = pools[key][1]
    size = len(readings)
    current = _neighbours(choice[0], key, size, pools)
    best, most = None, current
    for candidate in readings:  # ranked order: the first of equals is the likelier
        if candidate == choice[0]:
            continue
        if candidate.place.country != choice[0].place.country:
            continue  # which country: the anchor countries decide (coherence.py)
        count = _neighbours(candidate, key, size, pools)
        if count > most:
            best, most = candidate, count
    return best
