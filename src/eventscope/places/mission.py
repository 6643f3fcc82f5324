"""Small places in a field mission's note are read inside the area the mission works in.

A monitoring or peacekeeping mission reports from its mandate area: "the OSCE SMM observed
explosions near Serhiivka" is the front-line village of Donetsk region, not its larger
namesake in Odessa region, and "near Lozove", a village the gazetteer lacks, is somewhere in
Donbas rather than the Crimean village of that name. The missions and their areas are listed
in ``data/gazetteer/mission_areas.tsv``. In a text naming a mission, a small town
(:data:`~.coherence.SURE_POPULATION`) read outside the mission's divisions is re-read as its
largest namesake inside them; with none, as the mission's area when the table gives one (at
most :data:`AREA_SCORE` sure), else it keeps its reading; a name left unresolved (a village
the gazetteer lacks: "near Zholobok") is put in that area too. Countries, divisions, areas and
large cities keep their readings ("the SMM's office in Lviv").

Example:
    >>> [m.country for m in missions_named("The OSCE SMM observed 12 explosions.")]
    ['UKR']
    >>> missions_named("A small monitoring mission.")
    ()
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..datafiles import read_text
from ..errors import DataFileError
from .coherence import SURE_POPULATION
from .gazetteer import Candidate, Gazetteer
from .gazetteer.names import normalise_name
from .rank import inside

if TYPE_CHECKING:
    from . import Choice

AREA_SCORE = 0.3  # a village put in the mission's area: a guess, but not a doubtful one
MISSIONS_FILE = "mission_areas.tsv"


@dataclass(frozen=True, slots=True)
class Mission:
    """One row of ``mission_areas.tsv``."""

    names: tuple[str, ...]
    country: str
    divisions: tuple[str, ...]
    area: str


@lru_cache(maxsize=1)
def _missions() -> tuple[tuple[Mission, ...], re.Pattern[str], re.Pattern[str]]:
    """The table's rows; a pattern of their names as words; the names anywhere (a pattern
    opening on ``\\b`` is tried at every position of a text, this one skips to the names'
    first letters: the quick test that a text may name one)."""
    folder = resources.files("eventscope").joinpath("data", "gazetteer")
    text = read_text(folder.joinpath(MISSIONS_FILE), source=MISSIONS_FILE)
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 4)[:4]
        if not cells[1]:
            raise DataFileError(detail=f"{MISSIONS_FILE}: no country in {line!r}")
        names, country, divisions, area = (cell.strip() for cell in cells)
        rows.append(Mission(tuple(names.split("|")), country, tuple(divisions.split("|")), area))
    every = sorted({name for row in rows for name in row.names}, key=len, reverse=True)
    names = "|".join(map(re.escape, every))
    return tuple(rows), re.compile(r"\b(?:" + names + r")\b"), re.compile(names)


def missions_named(text: str) -> tuple[Mission, ...]:
    """The missions ``text`` names, in table order (one regular-expression scan)."""
    rows, pattern, anywhere = _missions()
    if anywhere.search(text) is None:
        return ()  # most texts
    found = set(pattern.findall(text))
    if not found:
        return ()
    return tuple(row for row in rows if found.intersection(row.names))


def in_mission_area(
    chosen: Sequence[Choice | None],
    readings: Sequence[Sequence[Candidate]],
    text: str,
    gazetteer: Gazetteer,
) -> list[Choice | None]:
    """The choices with small towns moved into the area of a mission ``text`` names.

    ``readings``: every candidate of each name (not only the ranked pool).
    """
    missions = missions_named(text)
    if not missions:
        return list(chosen)
    out = list(chosen)
    for mission in missions:
        keys = _division_keys(mission, gazetteer)
        area = _area(mission, gazetteer)
        for k, choice in enumerate(out):
            if choice is None:
                # A village the gazetteer lacks (or knows only far away) lies in the area.
                out[k] = (area, AREA_SCORE, [(area, AREA_SCORE)]) if area is not None else None
            elif _movable(choice[0], keys):
                out[k] = _moved(choice, readings[k], keys, area)
    return out


def _division_keys(mission: Mission, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The admin keys ("UA.05") of the mission's divisions."""
    return tuple(
        candidate.admin_key
        for name in mission.divisions
        for candidate in gazetteer.lookup_key(normalise_name(name))
        if candidate.place.feature_code == "ADM1" and candidate.place.country == mission.country
    )


def _area(mission: Mission, gazetteer: Gazetteer) -> Candidate | None:
    if not mission.area:
        return None
    found = [c for c in gazetteer.lookup_key(normalise_name(mission.area)) if c.is_area]
    return found[0] if found else None


def _movable(candidate: Candidate, keys: tuple[str, ...]) -> bool:
    """A small town outside the mission's divisions (a sure reading stays where it is)."""
    if not candidate.is_town:
        return False
    if candidate.population >= SURE_POPULATION or not keys:
        return False
    return not any(inside(candidate.admin_key, key) for key in keys)


def _moved(
    choice: Choice, readings: Sequence[Candidate], keys: tuple[str, ...], area: Candidate | None
) -> Choice:
    """The largest reading inside the mission's divisions, else its area, else ``choice``."""
    pool = choice[2]
    shares = {candidate.row: share for candidate, share in pool}
    home = [c for c in readings if any(inside(c.admin_key, key) for key in keys)]
    if home:
        best = max(home, key=lambda c: (c.population, -c.row))
        return best, max(shares.get(best.row, 0.0), choice[1]), pool
    if area is not None:
        return area, AREA_SCORE, [(area, AREA_SCORE)]
    return choice
