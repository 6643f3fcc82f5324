"""Ranking gazetteer candidates for one place name in context.

A candidate's score adds up: its feature type (country > capital > division > place), its
population (log scale), whether its country is one of the article's actor countries,
how many *other* place names in the document point to its country, the kind word next to the
name ("Tovuz district" wants a division, "Chongqing city" a place) and a container named
right after it ("Paris, Texas", "Jiangjin district of Chongqing", "cities of China").
A name that is a country's name only ever resolves to that country or a division
("Georgia" the US state), never to a town sharing the name.

Example:
    >>> context = RankContext(countries=frozenset({"AZE"}))
    >>> best_candidate((), context) is None
    True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .gazetteer import Candidate

_FEATURE_SCORE = {"PCLI": 6.0, "PPLC": 3.0, "ADM1": 3.0, "ADM2": 0.5}
POPULATION_WEIGHT = 0.6
ACTOR_COUNTRY_BONUS = 3.0
EVIDENCE_BONUS = 4.0  # per other place name in the document pointing to the same country
EVIDENCE_CAP = 2  # ... counted at most twice
KIND_BONUS = 4.0
CONTAINER_BONUS = 6.0
VOUCH_RATIO = 10
SEAT_SHARE = 10  # a namesake place holding >= 1/10 of its division's people is its seat


@dataclass(frozen=True, slots=True)
class RankContext:
    """What the text says around one place name.

    ``kind``: "admin" or "city" when a kind word is next to the name; ``containers``:
    admin keys ("CN", "US.TX") of the place named as its container; ``evidence``: country ->
    number of other place names in the document resolved there.
    """

    countries: frozenset[str] = frozenset()
    kind: str | None = None
    containers: tuple[str, ...] = ()
    evidence: Counter[str] = field(default_factory=Counter)


def score(candidate: Candidate, context: RankContext) -> float:
    place = candidate.place
    total = _FEATURE_SCORE.get(place.feature_code or "", 0.0)
    total += POPULATION_WEIGHT * math.log10(candidate.population + 1)
    if place.country in context.countries:
        total += ACTOR_COUNTRY_BONUS
    if place.country:
        total += EVIDENCE_BONUS * min(context.evidence.get(place.country, 0), EVIDENCE_CAP)
    if _kind_matches(candidate, context.kind):
        total += KIND_BONUS
    if any(_inside(candidate.admin_key, container) for container in context.containers):
        total += CONTAINER_BONUS
    return total


def _kind_matches(candidate: Candidate, kind: str | None) -> bool:
    if kind == "admin":
        return candidate.is_division
    if kind == "city":
        return not (candidate.is_division or candidate.is_country)
    return False


def _inside(admin_key: str, container: str) -> bool:
    return admin_key == container or admin_key.startswith(container + ".")


def eligible(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop towns that merely share a country's name ("China", Mexico) when a country matches."""
    if any(candidate.is_country for candidate in candidates):
        return [c for c in candidates if c.is_country or c.is_division]
    return list(candidates)


def best_candidate(candidates: Sequence[Candidate], context: RankContext) -> Candidate | None:
    """The highest-scoring eligible candidate (ties: lower gazetteer row, i.e. countries first)."""
    pool = eligible(candidates)
    if not pool:
        return None
    best = max(pool, key=lambda candidate: (score(candidate, context), -candidate.row))
    if best.is_division and context.kind != "admin":
        return _seat(best, pool) or best
    return best


def _seat(division: Candidate, pool: Sequence[Candidate]) -> Candidate | None:
    """The namesake place of a division ("Sumqayit" city in "Sumqayit" district), if listed.

    Without a kind word ("district") a name shared by a division and its main town is the
    town: "delegates from Sumqayit".
    """
    seats = [
        c
        for c in pool
        if not (c.is_division or c.is_country)
        and c.admin_key == division.admin_key
        and c.population * SEAT_SHARE >= division.population
    ]
    return max(seats, key=lambda c: c.population) if seats else None


def container_key(candidate: Candidate) -> str:
    """The admin key a place contains: a country its code, a division its own key."""
    if candidate.is_country or candidate.is_division:
        return candidate.admin_key
    return ""


def evidence_country(candidates: Sequence[Candidate], chosen: Candidate | None) -> str | None:
    """The country a resolved name vouches for in the document, when it is unambiguous.

    A name vouches when it resolved to a country, or when every candidate elsewhere is
    far smaller (a tenth of the population or less: "Atlanta" vouches for the USA).
    """
    if chosen is None or not chosen.place.country:
        return None
    if chosen.is_country:
        return chosen.place.country
    abroad = [c.population for c in candidates if c.place.country != chosen.place.country]
    if not abroad or chosen.population >= VOUCH_RATIO * max(abroad):
        return chosen.place.country
    return None
