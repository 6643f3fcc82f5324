"""Keeping a document's small places in the countries the document is about.

Local news and conflict notes name villages the gazetteer lacks; their names often match a
small namesake abroad ("Minbya" in a note on Rakhine, Myanmar, matched an Egyptian town;
"Kerawa" in Cameroon a one-letter neighbour, Kerala). A reader would not move the event to
another continent. The document's *anchor countries* are its actors' countries and any
country two different names resolved to ("Mrauk-U, Rakhine"; small towns of one county
support each other). A small place, or a one-edit match, outside every anchor country is
re-chosen among its candidates inside one, or left unresolved when it has none; a sure
reading abroad stays (a country, a division, an area, or a city of 100,000 people or more,
matched by its own spelling: "talks in Geneva"). A document without anchors is left as it is.

Example:
    >>> anchor_countries([], frozenset({"MMR"}))
    frozenset({'MMR'})
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .gazetteer import Candidate

if TYPE_CHECKING:
    from . import Choice

SURE_POPULATION = 100_000
SUPPORT = 2  # different names resolved into one country make it an anchor
# (the name's choice, whether the name matched the gazetteer exactly, its normalised key)
Named = tuple["Choice | None", bool, str]


def _sure(candidate: Candidate, exact: bool) -> bool:
    """A reading that anchors the document's country (see the module docstring)."""
    big = candidate.population >= SURE_POPULATION
    kind = candidate.is_country or candidate.is_division or candidate.is_area
    return exact and bool(candidate.place.country) and (kind or big)


def anchor_countries(chosen: Sequence[Named], actors: frozenset[str]) -> frozenset[str]:
    """Actor countries and the countries two different names resolved to.

    One name alone anchors nothing: it may be the misreading ("Jordan", Minnesota, read as
    the country must not pull the county's other towns abroad).
    """
    names: dict[str, set[str]] = defaultdict(set)
    for choice, _, key in chosen:
        if choice is not None and choice[0].place.country:
            names[choice[0].place.country].add(key)
    supported = {country for country, keys in names.items() if len(keys) >= SUPPORT}
    return frozenset(supported) | actors


def coherent(chosen: Sequence[Named], actors: frozenset[str]) -> list[Choice | None]:
    """The choices with small places abroad moved into an anchor country or dropped."""
    anchors = anchor_countries(chosen, actors)
    out: list[Choice | None] = []
    for choice, exact, _ in chosen:
        if choice is None or not anchors or _fits(choice[0], exact, anchors):
            out.append(choice)
            continue
        pool = choice[2]
        inside = [(c, share) for c, share in pool if c.place.country in anchors]
        out.append((inside[0][0], inside[0][1], pool) if inside else None)
    return out


def _fits(candidate: Candidate, exact: bool, anchors: frozenset[str]) -> bool:
    if candidate.place.country in anchors or not candidate.place.country:
        return True
    # A sure reading abroad stays ("talks in Geneva" in a story about Iran).
    return _sure(candidate, exact)
