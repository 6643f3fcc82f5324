"""One answer to "is this the place's own name?" for every rule, abbreviated words written
out ("St. Paul" is Saint Paul's own name, as the ranker always read it)."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

from eventscope.places.contain import certainty
from eventscope.places.gazetteer.names import normalise_name
from eventscope.places.spelling import own_name, spelt_out

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Saint Paul", "St. Paul", True),
        ("St. Petersburg", "Saint Petersburg", True),
        ("Mount Vernon", "Mt. Vernon", True),
        ("Fort Worth", "Ft. Worth", True),
        ("Sainte-Foy", "Ste. Foy", True),
        ("Saint Paul", "Paul", False),
        ("Minneapolis", "St. Paul", False),
    ],
)
def test_abbreviated_words_are_written_out(name, text, expected) -> None:
    assert own_name(name, normalise_name(text)) is expected


def test_only_whole_words_are_written_out() -> None:
    assert spelt_out("stanley") == "stanley" and spelt_out("st stanley") == "saint stanley"


def test_an_abbreviated_name_counts_as_fully_as_the_written_one(resolver) -> None:
    # The containment rules weigh an own name fully and an alternate name 0.75: "St. Paul"
    # is the Minnesota capital's own name, not one of its alternate names.
    capital = max(resolver.candidates("St. Paul"), key=lambda c: c.population)
    assert capital.place.name == "Saint Paul"
    short = certainty(capital, normalise_name("St. Paul"), exact=True)
    assert short == certainty(capital, normalise_name("Saint Paul"), exact=True)
