"""Keeping a document's small places in the countries the document is about.

Local news and conflict notes name villages the gazetteer lacks; their names often match a
small namesake abroad ("Minbya" in a note on Rakhine, Myanmar, matched an Egyptian town;
"Kerawa" in Cameroon a one-letter neighbour, Kerala). A reader would not move the event to
another continent. The document's *anchor countries* are its actors' countries and any
country two different names resolved to ("Mrauk-U, Rakhine"; small towns of one county
support each other). A small place, or a one-edit match, outside every anchor country is
re-chosen among its candidates inside one, or left unresolved when it has none; a sure
reading abroad stays (a country, a division, an area, or a city of 100,000 people or more,
matched by its own spelling: "talks in Geneva"), unless an actor's country holds a namesake
of comparable size ("Tripoli" among Lebanese actors is Lebanon's). Two spellings of one
place ("Hays city", "Hays") are one piece of evidence. A document without anchors is left as
it is.

Example:
    >>> anchor_countries([], frozenset({"MMR"}))
    frozenset({'MMR'})
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..models import Place
from .gazetteer import Candidate
from .rank import inside
from .spelling import own_name

if TYPE_CHECKING:
    from . import Choice, Mention

SURE_POPULATION = 100_000  # a place this large, named by its own spelling, is no misreading
SUPPORT = 2  # different names resolved into one country make it an anchor
NAMESAKE_SHARE = 10  # a namesake at home this many times smaller than the reading abroad loses
PROVINCE = "ADM1"  # a first-level division: a town named like one is its seat, not a village
REGION_SCORE = 0.5  # confidence of a name put in its text's state: a guess, at most half
# (the name's choice, whether the name matched the gazetteer exactly, its normalised key)
Named = tuple["Choice | None", bool, str]


def _sure(candidate: Candidate, exact: bool) -> bool:
    """A reading that anchors the document's country (see the module docstring)."""
    big = candidate.population >= SURE_POPULATION
    kind = not candidate.is_town
    return exact and bool(candidate.place.country) and (kind or big)


def anchor_countries(
    chosen: Sequence[Named], actors: frozenset[str], loose: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Actor countries and the countries two different names resolved to.

    One name alone anchors nothing: it may be the misreading ("Jordan", Minnesota, read as
    the country must not pull the county's other towns abroad). ``loose``: the keys of names
    matched only one letter off; read as towns they support nothing ("Shakhta imeni
    Gagarina" read as two Russian towns, one of them "Gagarin", must not outweigh the
    actors' Ukraine); read as divisions they do ("Raizh district (Sadah)": Razih).
    """
    names: dict[str, set[str]] = defaultdict(set)
    places: dict[str, set[tuple[int, Place]]] = defaultdict(set)
    for choice, _, key in chosen:
        if choice is None or not choice[0].place.country:
            continue
        if key in loose and not _large(choice[0]):
            continue
        names[choice[0].place.country].add(key)
        places[choice[0].place.country].add((choice[0].row, choice[0].place))
    # Two spellings of one place ("Hays city" and "Hays") are one piece of evidence.
    supported = {
        country
        for country, keys in names.items()
        if min(len(keys), len(places[country])) >= SUPPORT
    }
    return frozenset(supported) | actors


def _large(candidate: Candidate) -> bool:
    return not candidate.is_town


def coherent(
    chosen: Sequence[Named],
    actors: frozenset[str],
    nationalities: frozenset[str] = frozenset(),
    loose: frozenset[str] = frozenset(),
    *,
    struck: frozenset[str] = frozenset(),
    targets: frozenset[str] = frozenset(),
) -> list[Choice | None]:
    """The choices with small places abroad moved into an anchor country or dropped.

    ``nationalities``: the countries of the text's nationality words; they pick among
    namesakes of comparable size as the actors' countries do, but anchor nothing.
    ``struck``: the keys of large places a verb of attack takes as object ("Russian forces
    shelled Kherson", the name tagged PERSON): where they are struck is abroad, as a rule.
    ``targets``: the keys of places of any size such a verb takes as its object ("Russian
    forces shelled Vovchansk"): re-chosen in an anchor country when they have a reading
    there ("Azerbaijani forces shelled Martuni": Khojavend), else kept abroad, not dropped.
    """
    anchors = anchor_countries(chosen, actors, loose)
    homes = actors | nationalities
    out: list[Choice | None] = []
    for choice, exact, key in chosen:
        if choice is None or choice[0].place.country in anchors | homes or key in struck:
            out.append(choice)
            continue
        if not anchors or _fits(choice[0], exact, anchors) or _division_town(choice, exact):
            out.append(_namesake_at_home(choice, key, homes) if exact and homes else choice)
            continue
        pool = choice[2]
        inside = [(c, share) for c, share in pool if c.place.country in anchors]
        fallback = choice if key in targets else None
        out.append((inside[0][0], inside[0][1], pool) if inside else fallback)
    return out


def _namesake_at_home(choice: Choice, key: str, actors: frozenset[str]) -> Choice:
    """A sure reading abroad, or its namesake of comparable size in an actor's country.

    "Tripoli" in a note on Lebanese soldiers is Lebanon's Tripoli, a sixth of the Libyan
    capital's size; "talks in Paris" among US officials stays in France (Paris, Texas is a
    hundredth of it). Only a namesake by its own spelling, of at least
    1/:data:`NAMESAKE_SHARE` of the chosen reading's people, counts. The actors' countries
    only: two other places of a country do not outweigh a sure reading (on the check part of
    geo_gwn they cost accuracy@161 km 0.851 -> 0.848).
    """
    chosen = choice[0]
    if not chosen.place.country:
        return choice  # a sea or a region: no namesake town replaces it
    for candidate, share in choice[2]:
        home = candidate.place.country in actors and not candidate.is_area
        own = own_name(candidate.place.name, key)
        if home and own and candidate.population * NAMESAKE_SHARE >= chosen.population:
            return candidate, share, choice[2]
    return choice


def _division_town(choice: Choice, exact: bool) -> bool:
    """The chosen town shares its name with a first-level division of its own country
    ("Kherson" the town and Kherson the province, "Dar'a"): the province's seat named by its
    spelling, no misreading of a village, though under the size of a sure town (a district or
    a municipality of the same name proves nothing: "Conde" in Mexico City is no Brazilian
    town). "Russian shelling killed ten people in Kherson" lost the place to the Russian
    actor's country."""
    country = choice[0].place.country
    return exact and any(
        c.place.country == country and c.place.feature_code == PROVINCE and _sure(c, exact)
        for c, _ in choice[2]
    )


def _fits(candidate: Candidate, exact: bool, anchors: frozenset[str]) -> bool:
    if candidate.place.country in anchors or not candidate.place.country:
        return True
    # A sure reading abroad stays ("talks in Geneva" in a story about Iran).
    return _sure(candidate, exact)


def in_division(
    choice: Choice | None, name: Mention, chosen: Sequence[Choice | None]
) -> Choice | None:
    """A town the gazetteer lacks, named with its division ("Belgrade, Minn."), is put in
    the division rather than at a namesake elsewhere (the division's point and confidence).

    Only a town's name right before a comma and the division counts: a name that may be a
    country, an area or a division of the same country keeps its own reading ("Utah,
    Colorado, and Idaho" and "Jordan, Israel and Egypt" are lists), and so does a town
    another reading of the container holds (:func:`~.contain.holding_reading` then
    re-chooses the container).
    """
    outer = chosen[name.container] if name.container is not None else None
    if outer is None or not name.apposed or not outer[0].is_division:
        return choice
    division = outer[0]
    if choice is not None and inside(choice[0].admin_key, division.admin_key):
        return choice
    country = division.place.country
    if any(
        c.is_country or c.is_area or (c.is_division and c.place.country == country)
        for c in name.candidates
    ):
        return choice
    # "Hinche, Centre": the Haitian town, when another reading of the container holds it.
    held = {c.admin_key for c, _ in outer[2] if c.is_division or c.is_country}
    if any(inside(c.admin_key, key) for c in name.candidates for key in held):
        return choice
    return division, outer[1], list(outer[2])


def region_key(candidate: Candidate) -> str:
    """The first-level division key ("US.OH") of a town or division, else ""."""
    parts = candidate.admin_key.split(".")
    return ".".join(parts[:2]) if len(parts) >= 2 and not candidate.is_country else ""


def placed_in_region(
    chosen: Sequence[Choice | None],
    keys: Sequence[str],
    division_of: Callable[[Candidate], Candidate | None],
    country_of: Callable[[Candidate], Candidate | None] | None = None,
) -> list[Choice | None]:
    """Names left unresolved, put in the state (else the country) most of the text's places
    lie in.

    Local news names villages, lakes and townships the gazetteer lacks ("Lore City" among
    Ohio towns): a reader puts them in the state the article is about, not nowhere. Only when
    two different names or more lie in one state and it holds most of the placed names; the
    confidence is that share, at most :data:`REGION_SCORE`. Without such a state, the same
    rule on countries gives the country's centroid.
    """
    if all(choice is not None for choice in chosen):
        return list(chosen)
    levels = [(region_key, division_of)]
    if country_of is not None:
        levels.append((_country_key, country_of))
    for key_of, region_of in levels:
        found = _leading(chosen, keys, key_of)
        region = region_of(found[0]) if found is not None else None
        if found is not None and region is not None:
            score = round(REGION_SCORE * found[1], 3)
            return [choice or (region, score, [(region, score)]) for choice in chosen]
    return list(chosen)


def _country_key(candidate: Candidate) -> str:
    return "" if candidate.is_area else candidate.place.country or ""


def _leading(
    chosen: Sequence[Choice | None], keys: Sequence[str], key_of: Callable[[Candidate], str]
) -> tuple[Candidate, float] | None:
    """A place of the region most names lie in, and their share, when it leads."""
    regions: dict[str, set[str]] = defaultdict(set)
    sample: dict[str, Candidate] = {}
    for choice, key in zip(chosen, keys, strict=True):
        region = key_of(choice[0]) if choice is not None else ""
        if choice is not None and region:
            regions[region].add(key)
            sample.setdefault(region, choice[0])
    if not regions:
        return None
    best = max(regions, key=lambda region: len(regions[region]))
    share = len(regions[best]) / sum(len(names) for names in regions.values())
    if len(regions[best]) < SUPPORT or share <= 0.5:
        return None
    return sample[best], share
