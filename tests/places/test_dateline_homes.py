"""The dateline's country picks among namesakes of comparable size (issue 15), on sentences
written for these tests (``places/homes.py``): a story filed from Santo Domingo names the
Dominican Santiago, one filed from Beirut Lebanon's Tripoli; a namesake a tenth of the
reading's size or smaller does not win ("WASHINGTON (Reuters) - ... talks in Paris")."""

from __future__ import annotations

import pytest
from test_places import cache_dir, named_places, resolver

from eventscope.places.homes import dateline_span

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "SANTO DOMINGO (Reuters) - Police arrested ten protesters in Santiago on Thursday.",
            "Santiago",
            "DOM",
        ),
        ("BEIRUT (Reuters) - Gunmen clashed in Tripoli on Friday.", "Tripoli", "LBN"),
        # the dateline's country is far smaller's home: the large city abroad stays
        ("WASHINGTON (Reuters) - Talks opened in Paris on Monday.", "Paris", "FRA"),
        # no dateline: the capital
        ("Gunmen clashed in Tripoli on Friday.", "Tripoli", "LBY"),
    ],
)
def test_the_dateline_s_country_picks_the_namesake(resolver, nlp, text, name, country) -> None:
    found = named_places(resolver, nlp, text).get(name)
    assert found is not None and found[1] == country


@pytest.mark.parametrize(
    ("spans", "end", "expected"),
    [
        ([(0, 2), (9, 10)], 5, (0, 2)),  # "SANTO DOMINGO (Reuters) -"
        ([(3, 4)], 5, None),  # the first name is not at the start
        ([(0, 1)], None, None),  # no dateline
        ([], 5, None),
    ],
)
def test_the_dateline_span(spans, end, expected) -> None:
    assert dateline_span(spans, end) == expected
