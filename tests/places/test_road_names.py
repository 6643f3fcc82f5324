"""A town's name naming a road or a junction (issue 15), on sentences written for these tests:
"the Zahle roundabout", "the Tyre highway", "an Akkar road" say where the road runs
(``places/roads.py``); a street's name, a plural of streets, a pair of towns joined by a hyphen
and a position word do not."""

from __future__ import annotations

import pytest
from test_places import cache_dir, named_places, resolver

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Farmers blocked the Zahle roundabout with their tractors.", "Zahle", "LBN"),
        ("Drivers blocked the Tyre highway in both directions.", "Tyre", "LBN"),
        ("Residents blocked an Akkar road with burning tyres.", "Akkar", "LBN"),
        ("Soldiers set up a checkpoint at the Zahle junction on Friday.", "Zahle", "LBN"),
    ],
)
def test_a_town_named_by_its_road(resolver, nlp, text, name, country) -> None:
    found = named_places(resolver, nlp, text).get(name)
    assert found is not None and found[1] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a position word, not a town
        ("Police closed the Northern highway after the storm.", "Northern"),
        # capitalised: a street's name in some other town
        ("A water main broke on Zahle Road on Tuesday.", "Zahle"),
        # plural: streets listed
        ("Workers repaved the Zahle and Tyre roads last week.", "Zahle"),
        # a pair: the two ends of a road, not where on it
        ("Police stopped a bus on the Zahle-Rashayya road.", "Zahle"),
        # a street word: a street inside a town
        ("The shop on the Zahle street closed early.", "Zahle"),
    ],
)
def test_no_town_from_street_names_or_position_words(resolver, nlp, text, name) -> None:
    assert named_places(resolver, nlp, text).get(name) is None
