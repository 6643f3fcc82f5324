"""A one-word name known only as villages of 500-999 people is a place when the address right
after it names the division holding one of them ("near Hnutove, Donetsk"; "in Lebedynske
(Volnovakha, Donetsk)"), whatever the NER tagged it (``slot.village_address``, read by
``find.token_spans``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_places import cache_dir, named_places, resolver

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On 6 June 2021, rebels fired mortars at army positions near Hnutove, Donetsk.",
            "Hnutove",
        ),
        (
            "On 7 June 2021, monitors heard 20 explosions near Lebedynske, Donetsk region.",
            "Lebedynske",
        ),
        ("On 7 June 2021, shells hit houses in Lebedynske (Donetsk).", "Lebedynske"),
        ("On 8 June 2021, shells hit houses in Lebedynske (Volnovakha, Donetsk).", "Lebedynske"),
    ],
)
def test_a_village_before_the_division_holding_it_is_placed(resolver, nlp, text, name) -> None:
    found = named_places(resolver, nlp, text).get(name)
    assert found is not None and found == (name, "UKR")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the division named after it holds no village of that name
        ("On 7 June 2021, gunmen killed two men in Lebedynske, Kherson.", "Lebedynske"),
        # no division after it: the village is no known name
        ("On 9 June 2021, the monitors counted 14 shots near Hnutove and left.", "Hnutove"),
    ],
)
def test_a_village_with_no_address_holding_it_is_not_found(resolver, nlp, text, name) -> None:
    assert name not in named_places(resolver, nlp, text)
