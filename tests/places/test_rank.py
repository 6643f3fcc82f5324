"""Ranking features, the weights file, the country fallback, regions.tsv and GDELT codes.

Hand-made candidates: no gazetteer needed.
"""

from __future__ import annotations

import pytest

from eventscope.errors import DataFileError
from eventscope.models import Place
from eventscope.places.gazetteer import Candidate
from eventscope.places.gazetteer.extra import parse_regions
from eventscope.places.gazetteer.points import country_point, middle
from eventscope.places.gdelt import FipsTable
from eventscope.places.rank import (
    FEATURES,
    RankContext,
    RankModel,
    choose,
    closeness,
    eligible,
    features,
)
from eventscope.store.filters import EventFilter


def _candidate(name, country, code, lat, lon, population=0, key="", row=0, names=1):
    place = Place(name, country, None, lat, lon, None, code)
    return Candidate(place, population, key, row, names)


PARIS_FR = _candidate("Paris", "FRA", "PPLC", 48.85, 2.35, 2_100_000, "FR.11", 1, 110)
PARIS_TX = _candidate("Paris", "USA", "PPL", 33.66, -95.56, 25_000, "US.TX", 2, 10)
TEXAS = _candidate("Texas", "USA", "ADM1", 31.2, -99.9, 25_000_000, "US.TX", 3, 2)
DALLAS = _candidate("Dallas", "USA", "PPL", 32.78, -96.8, 1_300_000, "US.TX", 4, 40)
FRANCE = _candidate("France", "FRA", "PCLI", 46.0, 2.0, 67_000_000, "FR", 0, 3)
CHAD = _candidate("Chad", "TCD", "PCLI", 15.0, 19.0, 15_000_000, "TD", 5, 3)
CHAD_TOWN = _candidate("Chad", "USA", "PPL", 40.0, -80.0, 2_000, "US.PA", 6, 1)
WEIGHTS = {"population": 2.0, "capital": 1.0, "near": 3.0, "same_admin1": 3.0, "container": 6.0}


def test_features_cover_every_name_and_read_the_context() -> None:
    alone = features(PARIS_TX, RankContext(key="paris"))
    near = features(PARIS_TX, RankContext(key="paris", others=(DALLAS,)))
    assert set(alone) == set(FEATURES)
    assert alone["primary"] == 1.0 and alone["near"] == alone["same_admin1"] == 0.0
    assert near["near"] > 0.4 and near["same_admin1"] > 0 and near["same_country"] > 0


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        (RankContext(key="paris"), PARIS_FR),  # alone: the capital
        (RankContext(key="paris", others=(DALLAS,)), PARIS_TX),  # among Texan places
        (RankContext(key="paris", containers=("US.TX",)), PARIS_TX),  # "Paris, Texas"
    ],
)
def test_paris_needs_the_text_to_point_to_texas(context, expected) -> None:
    choice = choose((PARIS_FR, PARIS_TX), context, WEIGHTS)
    assert choice is not None and choice[0] == expected
    assert 0.5 < choice[1] <= 1.0  # the winner's softmax share


def test_country_names_resolve_to_countries_unless_loosened() -> None:
    assert eligible((CHAD, CHAD_TOWN)) == [CHAD]
    assert eligible((CHAD, CHAD_TOWN), strict=False) == [CHAD, CHAD_TOWN]


def test_closeness_falls_with_distance() -> None:
    assert closeness(0) == 1.0 and 0.4 < closeness(161) < 0.5 and closeness(20_000) == 0.0


def test_weights_file_loads_and_bad_weights_say_so() -> None:
    model = RankModel.load()
    assert set(model.full) == set(FEATURES) and 0.0 <= model.fallback_below < 1.0
    loaded = RankModel.load("fallback_below = 0.3\n[prior]\npopulation = 1\n[full]\nnear = 2\n")
    assert loaded.full["near"] == 2.0 and loaded.prior["near"] == 0.0
    with pytest.raises(DataFileError):
        RankModel.load("[prior]\npopulation = 'many'\n[full]\n")


def test_regions_file_rows_and_errors() -> None:
    [row] = parse_regions("Crimea\tCrimean Peninsula\tADMD\tUKR\t45.0\t34.0\n# note\n")
    assert (row["name"], row["country"], row["fcode"]) == ("Crimea", "UKR", "ADMD")
    assert row["names"] == ["Crimea", "Crimean Peninsula"]
    with pytest.raises(DataFileError, match="regions.tsv:1"):
        parse_regions("Crimea\tADMD\n")
    with pytest.raises(DataFileError, match="coordinates"):
        parse_regions("Crimea\t\tADMD\tUKR\tnorth\t34\n")


def test_area_points() -> None:
    spread = [(float(i), float(2 * i)) for i in range(100)]
    assert middle(spread) == pytest.approx((49.5, 99.0))
    assert country_point(spread, (10.0, 20.0)) == (10.0, 20.0)  # inside: kept
    # Near the edge, outside the trimmed box of the bulk of the places (Canada's centre
    # north of its populated south), yet inside the country: kept.
    assert country_point(spread, (2.0, 3.0)) == (2.0, 3.0)
    assert country_point(spread, (-40.0, 20.0)) == middle(spread)  # outside: not trusted


@pytest.mark.parametrize(
    ("country", "admin1", "code", "expected"),
    [
        ("USA", None, "PCLI", ("1", "US", "")),
        ("USA", "TX", "ADM1", ("2", "US", "USTX")),
        ("USA", "TX", "PPL", ("3", "US", "USTX")),
        ("AZE", "09", "PPLC", ("4", "AJ", "AJ09")),
        ("CHN", "26", "ADM1", ("5", "CH", "CH26")),
        ("GBR", "ENG", "PPLC", ("4", "UK", "")),  # GeoNames' GB admin1 codes are not FIPS
        ("SUN", None, "PCLH", ("1", "UR", "")),
        (None, None, "SEA", ("4", "", "")),
    ],
)
def test_gdelt_geography(country, admin1, code, expected) -> None:
    assert FipsTable.load().geo(country, admin1, code) == expected


def test_min_place_score_filter() -> None:
    assert EventFilter(min_place_score=0.5).where() == ("WHERE location_score >= ?", [0.5])
    with pytest.raises(Exception, match="min_place_score"):
        EventFilter(min_place_score=1.5)


def test_the_nearest_reading_is_measured_as_place_km_measures_it() -> None:
    import random

    from eventscope.places.distance import nearest_km, others_view, place_km
    from eventscope.places.rank import _context_features

    rng = random.Random(7)

    def reading(row: int, lat: float | None, lon: float | None) -> Candidate:
        place = Place(f"P{row}", "AAA", None, lat, lon, None, "PPL")
        return Candidate(place, 1_000, f"AA.{row % 3}", row, 1)

    points = [reading(k, rng.uniform(-80, 80), rng.uniform(-180, 180)) for k in range(40)]
    others = (*points[:12], reading(99, None, None))
    view = others_view(others, lambda key: "." in key)
    for candidate in points[12:]:
        expected = min(place_km(candidate.place, o.place) for o in others)
        assert nearest_km(candidate.place, view) == expected
        near = max(closeness(place_km(candidate.place, o.place)) for o in others)
        assert _context_features(candidate, others)[2] == near
    assert nearest_km(reading(100, None, None).place, view) == 20_000.0
