"""A division's container is a larger division, not the town that shares that division's name.

Conflict notes write a district with its province in brackets or after a comma: "Zabid
district (Al Hudaydah)", "Harib district, Marib", "Nad Ali district (Helmand)". Many
provinces share their name with their seat town, and the ranker often reads the bracket as
the town ("Al Hudaydah" the port city). A district lies in a province, not in a town, so a
reader takes the bracket as the province; read as a town, it is a place of lower rank than
the district it should contain, and the event then goes to the town, the more specific
of the two, not to the district the note names as the scene.

:func:`division_holder` re-chooses such a container: when the name before it is read as a
division and the container as a town, the container's reading of larger rank (a first-level
division, or a country) that holds the division wins, with its own confidence. The seat's
coordinates are the province's anyway (:mod:`.gazetteer.build` puts a division at its
largest same-named place), so the container's point stays where it was.

Example:
    >>> division_holder(None, None) is None
    True
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from .rank import container_key, inside

if TYPE_CHECKING:
    from . import Choice

# How large a kind of place is: a container must be larger than what it contains.
RANK = MappingProxyType({"ADM2": 1, "ADM1": 2, "ADMD": 2, "PCLI": 3})


def division_holder(inner: Choice | None, outer: Choice | None) -> Choice | None:
    """The container's reading that holds the division ``inner`` was read as, when the
    container's own choice is a town; else ``None`` (the container keeps its choice)."""
    if inner is None or outer is None:
        return None
    division = inner[0]
    if not division.is_division or not outer[0].is_town:
        return None
    size = RANK.get(division.place.feature_code or "", 0)
    for candidate, share in outer[2]:
        if RANK.get(candidate.place.feature_code or "", 0) <= size:
            continue
        key = container_key(candidate)
        if key and inside(division.admin_key, key):
            return candidate, share, outer[2]
    return None
