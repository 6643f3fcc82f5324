"""A town between a smaller place and the division that holds it is a place whatever the NER
tagged it (places/slot.py ``town_of_next``): on sentences written for these tests."""

from __future__ import annotations

import pytest
from test_places import cache_dir, named_places, resolver

from eventscope.places.slot import town_of_next

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the NER runs the village and the town into one organisation
        (
            "On 4 May 2020, a farmer was shot dead by gunmen in Barangay Malaya, Dumaguete, "
            "Negros Oriental.",
            "Dumaguete",
            "PHL",
        ),
        # the town tagged PERSON, its province's name holding a particle
        (
            "On 4 May 2020, two soldiers were wounded in a clash with rebels in Barangay "
            "Tagbina, Esperanza, Agusan del Sur.",
            "Esperanza",
            "PHL",
        ),
    ],
)
def test_a_town_before_its_division_is_a_place(resolver, nlp, text, name, country) -> None:
    found = named_places(resolver, nlp, text).get(name)
    assert found is not None and found[1] == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot a driver in Barangay Malaya, Dumaguete, Negros Oriental.", True),
        # the division after the comma does not hold the town: no address
        ("Gunmen shot a driver in Barangay Malaya, Dumaguete, Agusan del Sur.", False),
        # no comma after the name
        ("Gunmen shot a driver in Barangay Malaya, Dumaguete on Monday.", False),
    ],
)
def test_town_of_next(resolver, nlp, text, expected) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Dumaguete")
    assert town_of_next(doc, (start, start + 1), resolver.gazetteer) is expected
