"""A name that is a first-level division's own name is not a small town elsewhere.

"Drove him to Alabama", "twelve casinos in Nevada", "a winner in Florida" name the US
states, not the hamlets of Alabama (New York), Nevada (Iowa) or Florida (New York) that a
local story's other places would otherwise pull the name to. On the TUNE parts of geo_lgl
and geo_gwn, a US state's name was the state 232 times and never a town sharing it. So when
a name is the own name of a first-level division (``ADM1``), the towns of its country
holding less than 1/:data:`TOWN_SHARE` of its people are no readings. The division's seat
("Mopti" in Mopti region), cities ("New York City"), countries, other divisions and towns of
other countries stay (a Mexican town "California" is the coherence rules' business), and so
does every town after a city kind word ("Nevada city") or inside a named container ("Nevada,
Iowa": the container is applied first, see :func:`~.rank.candidate_pool`).

Example:
    >>> division_named_towns_dropped((), "alabama", None, ())
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .gazetteer import Candidate
from .spelling import own_name

TOWN_SHARE = 10  # as a division's seat (rank.SEAT_SHARE): a tenth of its people or more


def division_named_towns_dropped(
    candidates: Sequence[Candidate], key: str, kind: str | None, readings: tuple[Candidate, ...]
) -> list[Candidate]:
    """``candidates`` without the small towns named like a division whose own name is ``key``
    (``readings``: every candidate of the name, where the divisions are looked for)."""
    floors = _floors(readings, key)
    if kind == "city" or not floors:
        return list(candidates)
    least = dict(floors)
    return [
        c
        for c in candidates
        if c.is_country
        or c.is_division
        or c.is_area
        or c.population * TOWN_SHARE >= least.get(c.place.country, 0)
    ]


@lru_cache(maxsize=1 << 12)
def _floors(readings: tuple[Candidate, ...], key: str) -> tuple[tuple[str | None, int], ...]:
    """(country, people) of the first-level divisions whose own name is ``key``: news names
    the same few thousand places again and again, so this is cached per name."""
    floors: dict[str | None, int] = {}
    for c in readings:
        if c.place.feature_code == "ADM1" and own_name(c.place.name, key):
            floors[c.place.country] = max(floors.get(c.place.country, 0), c.population)
    return tuple(floors.items())
