"""Ranking gazetteer candidates for one place name: a small log-linear model over features.

Each candidate gets a feature vector (:data:`FEATURES`): what kind of place it is (country,
capital, first- or second-level division, an area such as a region or a sea), how big and
how well known it is (log population, log number of names GeoNames knows), whether the
text's spelling is its main name, whether its country is an actor country, the kind word
next to the name ("Tovuz district"), a container named after it ("Paris, Texas"), and how
well it fits the document's *other* place names (same country, same first-level division,
distance to the nearest of them). The score is a weighted sum; the confidence of the chosen
candidate is its softmax share among the name's candidates.

Resolution runs twice (see :mod:`eventscope.places`): first with the context-free ``prior``
weights, then with the ``full`` weights, the other names' first-pass choices as context.
Both weight sets are learnt on the TUNE part of the geoparsing dev sets by
``tools/tune_places.py`` (a conditional logit, fixed seed) and read from
``data/gazetteer/rank_weights.toml``: nothing here is set per name.

A name that is a country's name only ever resolves to that country or a division ("Georgia"
the US state), never to a town sharing the name.

Example:
    >>> model = RankModel(prior={"population": 1.0}, full={"population": 1.0})
    >>> best_candidate((), RankContext(), model.full) is None
    True
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from ..errors import DataFileError
from .distance import Others, closeness, distance_km, nearest_km, others_view
from .gazetteer import AREAS, Candidate
from .spelling import own_name
from .statename import division_named_towns_dropped

FEATURES: tuple[str, ...] = (
    "country",
    "capital",
    "adm1",
    "adm2",
    "area",
    "population",
    "names",
    "primary",
    "actor",
    "kind",
    "container",
    "same_country",
    "same_admin1",
    "near",
)
# Features that need the other names' resolution: zero in the first pass.
CONTEXT_FEATURES = frozenset({"same_country", "same_admin1", "near"})
AREA_CODES = AREAS
EVIDENCE_CAP = 3  # other names counted at most this often
SEAT_SHARE = 10  # a namesake place holding >= 1/10 of its division's people is its seat
WEIGHTS_FILE = "rank_weights.toml"
# A town sharing a country's name is a reading when another place of the text is this close
# (in the same first-level division): chosen on the TUNE part of geo_lgl among 100 km and
# any distance.
LOCAL_KM = 100.0


@dataclass(frozen=True, slots=True)
class RankContext:
    """What the text says around one place name.

    ``kind``: "admin" or "city" when a kind word is next to the name; ``containers``: admin
    keys ("CN", "US.TX") of the place named as its container; ``others``: what the
    document's other place names resolved to; ``key``: the name's normalised form;
    ``regional``: the name is made of position words only (see :func:`supported`).
    """

    countries: frozenset[str] = frozenset()
    kind: str | None = None
    containers: tuple[str, ...] = ()
    others: tuple[Candidate, ...] = ()
    key: str = ""
    strict: bool = True  # a country's name never resolves to a town (see :func:`eligible`)
    regional: bool = False  # a name of position words only ("Central", "Northern Province")


@dataclass(frozen=True, slots=True)
class RankModel:
    """Feature weights of both passes and the confidence below which a town is not trusted."""

    prior: Mapping[str, float] = field(default_factory=dict)
    full: Mapping[str, float] = field(default_factory=dict)
    fallback_below: float = 0.0
    strict_countries: bool = True

    @classmethod
    def load(cls, text: str | None = None) -> RankModel:
        """The tuned model from ``data/gazetteer/rank_weights.toml`` (or from ``text``)."""
        if text is None:
            folder = resources.files("eventscope").joinpath("data", "gazetteer")
            text = folder.joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
            prior = {name: float(data["prior"].get(name, 0.0)) for name in FEATURES}
            full = {name: float(data["full"].get(name, 0.0)) for name in FEATURES}
            below = float(data.get("fallback_below", 0.0))
            strict = bool(data.get("strict_countries", True))
        except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
            raise DataFileError(WEIGHTS_FILE, detail=f"bad ranking weights: {exc}") from exc
        return cls(MappingProxyType(prior), MappingProxyType(full), below, strict)


def _is_division_key(key: str) -> bool:
    return "." in key


def _related(a: str, b: str) -> bool:
    return inside(a, b) or inside(b, a)


def features(candidate: Candidate, context: RankContext) -> dict[str, float]:
    """The feature values of one candidate (see :data:`FEATURES`)."""
    return dict(zip(FEATURES, feature_values(candidate, context), strict=True))


def feature_values(candidate: Candidate, context: RankContext) -> tuple[float, ...]:
    """:func:`features` as a tuple in :data:`FEATURES` order (no dict per candidate)."""
    return _values(candidate, context, _view(context.others))


def _view(others: tuple[Candidate, ...]) -> Others | None:
    """The other names' readings prepared for :func:`_context_values` (``None`` without)."""
    return others_view(others, _is_division_key) if others else None


def _values(candidate: Candidate, context: RankContext, view: Others | None) -> tuple[float, ...]:
    """:func:`feature_values` with the others' view prepared once per name (by :func:`ranked`:
    looking it up per reading hashed every other reading again, for each namesake)."""
    place = candidate.place
    key = candidate.admin_key
    containers = context.containers
    return (
        *_own_features(candidate),
        float(own_name(place.name, context.key)),  # primary
        float(bool(place.country) and place.country in context.countries),  # actor
        float(_kind_matches(candidate, context.kind)),  # kind
        float(bool(containers) and any(inside(key, c) for c in containers)),  # container
        *_context_values(candidate, view),
    )


def _context_features(
    candidate: Candidate, others: tuple[Candidate, ...]
) -> tuple[float, float, float]:
    """``same_country``, ``same_admin1`` and ``near``: zero without other names (the first
    pass), where the loops are skipped."""
    return _context_values(candidate, _view(others))


def _context_values(candidate: Candidate, view: Others | None) -> tuple[float, float, float]:
    """:func:`_context_features` over the others' prepared view."""
    if view is None:
        return 0.0, 0.0, 0.0
    key, country = candidate.admin_key, candidate.place.country
    # Only a division key can share a division (the test hoisted out of the loop).
    same_admin = (
        sum(1 for other in view.divisions if _related(key, other)) if _is_division_key(key) else 0
    )
    same_country = view.countries.count(country) if country else 0
    # closeness falls with distance: the nearest reading is the closest one
    return (
        min(same_country, EVIDENCE_CAP) / EVIDENCE_CAP,
        min(same_admin, EVIDENCE_CAP) / EVIDENCE_CAP,
        closeness(nearest_km(candidate.place, view)),
    )


@lru_cache(maxsize=1 << 14)
def _own_features(candidate: Candidate) -> tuple[float, ...]:
    """The features of the candidate alone, the same in every text (a pure function of the
    frozen candidate, cached: news ranks the same few thousand places again and again)."""
    code = candidate.place.feature_code or ""
    return (
        float(code == "PCLI"),
        float(code == "PPLC"),
        float(code == "ADM1"),
        float(code == "ADM2"),
        float(code in AREA_CODES),
        math.log10(candidate.population + 1) / 7.0,
        math.log10(candidate.names + 1) / 3.0,
    )


def score(candidate: Candidate, context: RankContext, weights: Mapping[str, float]) -> float:
    return _weighted(feature_values(candidate, context), weight_vector(weights))


def weight_vector(weights: Mapping[str, float]) -> tuple[float, ...]:
    """The weights in :data:`FEATURES` order (a missing feature weighs 0)."""
    return tuple(weights.get(name, 0.0) for name in FEATURES)


def _weighted(values: tuple[float, ...], vector: tuple[float, ...]) -> float:
    return sum([weight * value for weight, value in zip(vector, values, strict=True)])


def _kind_matches(candidate: Candidate, kind: str | None) -> bool:
    if kind == "admin":
        return candidate.is_division
    if kind == "city":
        return not (candidate.is_division or candidate.is_country)
    return False


def inside(admin_key: str, container: str) -> bool:
    if not admin_key or not container:
        return False
    return admin_key == container or admin_key.startswith(container + ".")


def eligible(
    candidates: Sequence[Candidate], *, strict: bool = True, kind: str | None = None
) -> list[Candidate]:
    """Drop towns that merely share a country's or a listed area's name.

    A country's name ("China", "Mexico") keeps countries and divisions ("Georgia" the US
    state); a name of our regions file ("the Gulf", "Middle East") keeps the areas and
    countries, and divisions only after an admin kind word ("Gulf Province"). With
    ``strict=False`` every candidate stays and the features decide ("Jordan" among Minnesota
    towns is Jordan, Minnesota).
    """
    if not strict:
        return list(candidates)
    if any(candidate.is_area for candidate in candidates) and kind != "admin":
        return [c for c in candidates if c.is_area or c.is_country]
    if any(candidate.is_country for candidate in candidates):
        return [c for c in candidates if c.is_country or c.is_division]
    return list(candidates)


def inside_containers(
    candidates: Sequence[Candidate], containers: Sequence[str]
) -> list[Candidate]:
    """The candidates inside a container the text names ("Lebanon, Ohio"; "Paris, Tenn.").

    A reader takes "X, <state>" as a statement of where X is: a capital or a country sharing
    the name is then not a reading at all, not merely a less likely one.
    """
    return [c for c in candidates if any(inside(c.admin_key, key) for key in containers)]


def local_namesakes(
    candidates: Sequence[Candidate], pool: Sequence[Candidate], context: RankContext
) -> list[Candidate]:
    """Towns :func:`eligible` dropped that another place of the text puts on the map.

    "Palestine" in a story that also names Anderson County, Texas, or "Jordan" next to a
    Minnesota suburb is the namesake town a few miles away: a reader takes the local reading
    when one of the article's other places, a town or a county (a state or a country is too
    coarse), lies in the same state within :data:`LOCAL_KM`. Only towns whose own name is
    the text's name ("Egypt" is no alternate name of an Arizona town). The ranking then
    weighs them as usual.
    """
    taken = {c.row for c in pool}
    return [
        c
        for c in candidates
        if c.row not in taken
        and c.is_town
        and _is_division_key(c.admin_key)
        and own_name(c.place.name, context.key)
        and any(_supports(c, other) for other in context.others)
    ]


def _supports(town: Candidate, other: Candidate) -> bool:
    """``other`` (another name's first-pass reading) is local evidence for ``town``."""
    if (
        other.is_country
        or other.place.feature_code == "ADM1"
        or not inside(other.admin_key, town.admin_key)
    ):
        return False
    return distance_km(town, other) <= LOCAL_KM


def candidate_pool(candidates: Sequence[Candidate], context: RankContext) -> list[Candidate]:
    """The readings the ranking weighs: inside a named container, else the eligible ones
    and the local namesakes (see :func:`inside_containers`, :func:`eligible`); only the
    divisions after an admin kind word ("Merida state") when there are some."""
    inside = inside_containers(candidates, context.containers)
    pool = inside or eligible(candidates, strict=context.strict, kind=context.kind)
    if context.regional and not inside:
        pool = supported(pool, context)
    if context.kind == "admin" and any(c.is_division for c in pool):
        # "Merida state" is the state, not the larger Mexican city of that name.
        pool = [c for c in pool if c.is_division]
    every = pool + local_namesakes(candidates, pool, context)
    if inside:
        return every
    # "Alabama", "Nevada": the state, not a hamlet of a local story's state (statename.py).
    readings = candidates if isinstance(candidates, tuple) else tuple(candidates)
    return division_named_towns_dropped(every, context.key, context.kind, readings) or every


def supported(candidates: Sequence[Candidate], context: RankContext) -> list[Candidate]:
    """The readings in a country the text names otherwise (an actor's, another name's).

    "Central", "Southern" or "North-West Province" name a division in a dozen countries: a
    reader takes the one of the country the story is about ("in Balaka (Balaka, Southern)"
    is Malawi's Southern Region), and no division abroad when the story names no country
    holding one. Areas ("Central Asia") stay.
    """
    home = set(context.countries)
    home.update(other.place.country for other in context.others if other.place.country)
    return [c for c in candidates if c.is_area or c.place.country in home]


def ranked(
    candidates: Sequence[Candidate], context: RankContext, weights: Mapping[str, float]
) -> list[tuple[Candidate, float]]:
    """Eligible candidates with their softmax share, best first (ties: lower gazetteer row)."""
    pool = candidate_pool(candidates, context)
    if len(pool) < 2:  # a single reading takes the whole share whatever its score
        return [(pool[0], 1.0)] if pool else []
    vector, view = weight_vector(weights), _view(context.others)  # once per name
    scores = [_weighted(_values(candidate, context, view), vector) for candidate in pool]
    top = max(scores)
    shares = [math.exp(s - top) for s in scores]
    total = sum(shares)
    order = sorted(range(len(pool)), key=lambda i: (-scores[i], pool[i].row))
    return [(pool[i], shares[i] / total) for i in order]


def best_candidate(
    candidates: Sequence[Candidate], context: RankContext, weights: Mapping[str, float]
) -> Candidate | None:
    """The highest-scoring eligible candidate, a division replaced by its seat town."""
    choice = choose(candidates, context, weights)
    return choice[0] if choice is not None else None


def choose(
    candidates: Sequence[Candidate], context: RankContext, weights: Mapping[str, float]
) -> tuple[Candidate, float, list[tuple[Candidate, float]]] | None:
    """(best candidate, its confidence, the ranked pool), or ``None`` without candidates."""
    pool = ranked(candidates, context, weights)
    if not pool:
        return None
    best, share = pool[0]
    if best.is_division and context.kind != "admin":
        best = _seat(best, [c for c, _ in pool]) or best
    return best, share, pool


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


def country_share(pool: Sequence[tuple[Candidate, float]], country: str | None) -> float:
    """The summed confidence of the pool's candidates in ``country``."""
    return sum(share for candidate, share in pool if country and candidate.place.country == country)
