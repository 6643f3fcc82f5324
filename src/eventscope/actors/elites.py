"""A named person who holds no office on the story's day is one of the country's elites.

The people dictionary (``data/actors/people.csv``) gives a person a sector only for the
dates of an office ("Imran Khan" is PAKGOV from 2018-08-18 to 2022-04-10) and the country
alone otherwise. A country alone is later read as its state (``events/state_sector.py``:
"Morocco cut ties" is MARGOV), which made "a court sentenced Imran Khan" in 2026 a sentence
on Pakistan's government. CAMEO's elites (ELI) are "former government officials,
celebrities": a person named by the dictionary and out of office on the story's day is ELI.

Example:
    >>> with_elite_people([], None)
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from .drafts import Draft

ELITE_SECTOR = "ELI"


def with_elite_people(drafts: Sequence[Draft], on: date | None) -> list[Draft]:
    """``drafts`` with each dictionary person of a country and no sector on the story's day
    ``on`` made ELI; with no day, who holds office is unknown and nothing changes."""
    if on is None:
        return list(drafts)
    return [_elite(draft) if _out_of_office(draft) else draft for draft in drafts]


def _out_of_office(draft: Draft) -> bool:
    return (
        draft.person
        and draft.name is not None
        and draft.resolution == "dictionary"
        and draft.country is not None
        and draft.sector is None
        and draft.code in (None, draft.country)
    )


def _elite(draft: Draft) -> Draft:
    return replace(draft, sector=ELITE_SECTOR, code=None)
