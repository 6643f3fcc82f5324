"""A large city alone in brackets after a name a preposition of place opened holds that
name, as a division does: "in Bouficha (Sousse)" puts a village the gazetteer may lack in
Sousse (``places/slot.py`` ``container_slot``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_places import cache_dir, named_places, resolver

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "On 7 May 2021, about 300 residents gathered in front of the town hall in "
            "Bouficha (Sousse) to support the mayor.",
            "Sousse",
            "TUN",
        ),
        (
            "On 2 June 2021, traders blocked the main road in Kalimbo (Mombasa) over new "
            "market fees.",
            "Mombasa",
            "KEN",
        ),
    ],
)
def test_a_large_city_in_brackets_after_a_located_name(resolver, nlp, text, name, country):
    found = named_places(resolver, nlp, text).get(name)
    assert found is not None and found[1] == country


@pytest.mark.parametrize(
    "text",
    [
        # no preposition of place before the name: a club, a firm, a person
        "Supporters of Olimpik (Sousse) were angry after the match.",
    ],
)
def test_brackets_that_hold_no_container(resolver, nlp, text) -> None:
    found = named_places(resolver, nlp, text)
    assert "Sousse" not in found
