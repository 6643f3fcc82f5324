"""A local story's namesakes read together: the reading that puts two names next to each
other (sentences and places written for these tests)."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

from eventscope.models import Place
from eventscope.places.gazetteer import Candidate
from eventscope.places.nearby import near_readings

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _admin1s(resolver, nlp, text: str) -> dict[str, str | None]:
    return {m.text: m.place.admin1 if m.place else None for m in resolver.find(nlp(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A county and its seat, each with namesakes in many states: read where they meet.
        (
            "Crews from Clinton County repaired the bridge outside Wilmington.",
            {"Clinton County": "Ohio", "Wilmington": "Ohio"},
        ),
        (
            "The Monroe County board approved a new jail in Bloomington.",
            {"Monroe County": "Indiana", "Bloomington": "Indiana"},
        ),
    ],
)
def test_namesakes_next_to_each_other_are_read_together(resolver, nlp, text, expected) -> None:
    found = _admin1s(resolver, nlp, text)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Capitals and large cities keep their reading (Paris and London of Ontario meet).
        (
            "Ministers from France and Britain met in Paris and London this week.",
            {"Paris": "Ile-de-France", "London": "England"},
        ),
        # A pair already read together stays.
        (
            "The Wayne County fair opened in Wooster on Tuesday.",
            {"Wayne County": "Ohio", "Wooster": "Ohio"},
        ),
    ],
)
def test_sure_readings_and_pairs_already_together_stay(resolver, nlp, text, expected) -> None:
    found = _admin1s(resolver, nlp, text)
    assert {name: found.get(name) for name in expected} == expected


def _town(name: str, admin1: str, lat: float, lon: float, population: int, *, code="PPL"):
    place = Place(name=name, country="USA", admin1=admin1, lat=lat, lon=lon, feature_code=code)
    return Candidate(place, population, f"US.{admin1}", row=int(lat * 1000 + lon))


GA_TOWN = _town("Paris", "Georgia", 32.6, -82.3, 20_000)
TN_TOWN = _town("Paris", "Tennessee", 36.30, -88.33, 10_000)
GA_COUNTY = _town("Henry County", "Georgia", 33.45, -84.15, 30_000, code="ADM2")
TN_COUNTY = _town("Henry County", "Tennessee", 36.33, -88.31, 9_000, code="ADM2")


def _choice(best: Candidate, *others: Candidate):
    return best, 0.6, [(best, 0.6)] + [(c, 0.1) for c in others]


def test_a_town_and_a_county_move_to_the_namesakes_that_meet() -> None:
    kept = [_choice(GA_TOWN, TN_TOWN), _choice(GA_COUNTY, TN_COUNTY)]
    out = near_readings(kept, ["paris", "henry county"])
    assert [choice[0].place.admin1 for choice in out] == ["Tennessee", "Tennessee"]
    assert out[0][1] == 0.6  # the name's confidence is kept


def test_a_large_city_does_not_move() -> None:
    big = _town("Paris", "Georgia", 32.6, -82.3, 300_000)
    kept = [_choice(big, TN_TOWN), _choice(GA_COUNTY, TN_COUNTY)]
    out = near_readings(kept, ["paris", "henry county"])
    # The city stays; lending only itself, it gives the county no neighbour in Tennessee.
    assert [choice[0].place.admin1 for choice in out] == ["Georgia", "Georgia"]


def test_a_namesake_abroad_is_not_taken_for_its_nearness() -> None:
    ontario = Place(name="Paris", country="CAN", admin1="Ontario", lat=43.2, lon=-80.38)
    near_county = _town("Henry County", "Georgia", 43.3, -80.3, 9_000, code="ADM2")
    kept = [
        _choice(GA_TOWN, Candidate(ontario, 12_000, "CA.08", row=7)),
        (near_county, 0.6, [(near_county, 0.6)]),
    ]
    assert near_readings(kept, ["paris", "henry county"])[0][0] == GA_TOWN


def test_a_confident_choice_does_not_move() -> None:
    sure = (GA_TOWN, 0.8, [(GA_TOWN, 0.8), (TN_TOWN, 0.1)])
    kept = [sure, _choice(GA_COUNTY, TN_COUNTY)]
    out = near_readings(kept, ["paris", "henry county"])
    assert [choice[0].place.admin1 for choice in out] == ["Georgia", "Georgia"]


def test_names_with_too_many_namesakes_do_not_meet_by_chance() -> None:
    far = [_town("Paris", f"State{k}", 20.0 + k, -120.0, 100) for k in range(30)]
    counties = [_town("Henry County", f"Other{k}", 50.0, -60.0 - k, 100) for k in range(15)]
    kept = [_choice(GA_TOWN, *far, TN_TOWN), _choice(GA_COUNTY, *counties, TN_COUNTY)]
    out = near_readings(kept, ["paris", "henry county"])  # 32 x 17 pairs: chance
    assert [choice[0] for choice in out] == [GA_TOWN, GA_COUNTY]


def test_a_single_name_and_unresolved_names_are_left_alone() -> None:
    kept = [_choice(GA_TOWN, TN_TOWN), None]
    assert near_readings(kept, ["paris", "nowhere"]) == kept
