"""A place a verb of attack or movement takes as its object is where the blow fell, abroad as
a rule: it is not dropped for want of a namesake in the attackers' country (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from test_places import _resolved, cache_dir, resolver

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "actors", "name", "expected"),
    [
        # a small town abroad, struck: kept in its own country
        ("Russian forces shelled Vovchansk on Tuesday.", {"RUS"}, "Vovchansk", "UKR"),
        ("Russian troops entered Vovchansk on Tuesday.", {"RUS"}, "Vovchansk", "UKR"),
        # a town troops move from or into (after a preposition of movement)
        ("Russian forces withdrew from Kherson on Friday.", {"RUS"}, "Kherson", "UKR"),
        ("Russian troops pulled out of Vovchansk in May.", {"RUS"}, "Vovchansk", "UKR"),
        ("Russian units advanced on Vovchansk at dawn.", {"RUS"}, "Vovchansk", "UKR"),
        # a reading in the actors' country still comes first (Martuni is also Khojavend)
        ("Azerbaijani forces shelled Martuni on Sunday.", {"AZE"}, "Martuni", "AZE"),
    ],
)
def test_a_struck_place_keeps_a_reading(resolver, nlp, text, actors, name, expected) -> None:
    found = _resolved(resolver, nlp, text, countries=frozenset(actors))
    assert found.get(name) is not None and found[name][1] == expected


def test_a_small_place_abroad_that_is_not_struck_is_still_dropped(resolver, nlp) -> None:
    # Where the actors stand, not what they hit: the coherence rule holds.
    text = "Russian forces stationed in Vovchansk celebrated on Tuesday."
    found = _resolved(resolver, nlp, text, countries=frozenset({"RUS"}))
    assert found.get("Vovchansk") is None


def test_a_named_building_moved_from_is_no_town_abroad(resolver, nlp) -> None:
    # "the Street": an article makes it a street or a building, not the English village.
    text = "Russian forces withdrew from the Street of banks on Friday."
    found = _resolved(resolver, nlp, text, countries=frozenset({"RUS"}))
    assert found.get("Street") is None
