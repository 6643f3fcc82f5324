"""A name that is a first-level division's own name is the division, not a small town of its
country sharing the name (sentences and places written for these tests)."""

from __future__ import annotations

import pytest
from test_places import _resolved, cache_dir, resolver

from eventscope.models import Place
from eventscope.places.gazetteer import Candidate
from eventscope.places.statename import division_named_towns_dropped

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # A local story's other places no longer pull a state's name to a hamlet of theirs.
        (
            "Police in Batavia said she drove him to Alabama after the robbery in Le Roy.",
            "Alabama",
            "ADM1",
        ),
        (
            "The firm runs a casino in Iowa, two more in Missouri and 12 in Nevada.",
            "Nevada",
            "ADM1",
        ),
        ("A ticket sold in Albany matched the numbers of a winner in Florida.", "Florida", "ADM1"),
        # The container still says which town is meant.
        ("Nevada, Iowa, approved a new budget on Monday.", "Nevada", "PPL"),
        # A division's seat and large cities stay readings.
        ("Soldiers patrolled the streets of Mopti on Friday.", "Mopti", "PPL"),
        ("Subway fares rose again in New York this spring.", "New York", None),
    ],
)
def test_a_state_name_is_the_state(resolver, nlp, text, name, code) -> None:
    found = _resolved(resolver, nlp, text)
    assert found[name] is not None and found[name][1] in ("USA", "MLI")
    if code is not None:
        assert found[name][2] == code


def _entry(name: str, code: str, country: str, population: int, row: int) -> Candidate:
    place = Place(name=name, country=country, lat=0.0, lon=0.0, feature_code=code)
    return Candidate(place, population, f"{country[:2]}.{row:02d}", row=row)


def test_only_small_towns_of_the_divisions_country_are_dropped() -> None:
    state = _entry("Ruritania", "ADM1", "USA", 2_000_000, 1)
    hamlet = _entry("Ruritania", "PPL", "USA", 2_500, 2)
    city = _entry("Ruritania", "PPL", "USA", 300_000, 3)
    abroad = _entry("Ruritania", "PPL", "MEX", 2_500, 4)
    every = [state, hamlet, city, abroad]
    assert division_named_towns_dropped(every, "ruritania", None, tuple(every)) == [
        state,
        city,
        abroad,
    ]
    # After a city kind word ("Ruritania city") every town stays.
    assert division_named_towns_dropped(every, "ruritania", "city", tuple(every)) == every
    # Another name's division (an alternate name) drops nothing.
    assert division_named_towns_dropped(every, "ruritanie", None, tuple(every)) == every
