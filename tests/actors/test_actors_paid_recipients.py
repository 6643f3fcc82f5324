"""A country named right before a sum it is given is the recipient, not the currency
(:mod:`eventscope.actors.currency`). All sentences are written for these tests."""

from __future__ import annotations

import pytest
from test_actors_origin_and_owners import _dyads, pipeline

__all__ = ["pipeline"]  # the module's fixture, shared


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The IMF lent Pakistan $3 billion.", ("IGOIMF", "PAKGOV")),
        ("The IMF agreed to lend Pakistan $3 billion.", ("IGOIMF", "PAKGOV")),
        ("China granted Cambodia $200 million in aid.", ("CHNGOV", "KHMGOV")),
        ("Japan gave Vietnam $40 million.", ("JPNGOV", "VNMGOV")),
        ("Beijing lent Sri Lanka $1 billion last year.", ("CHNGOV", "LKAGOV")),
    ],
)
def test_the_country_paid_is_the_target(pipeline, text, dyad):
    assert dyad in _dyads(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # a dollar country before "$" is the currency, also as a dative
        "The bank paid US $50 million in fines.",
    ],
)
def test_a_dollar_country_before_its_sign_is_the_currency(pipeline, text):
    assert not any("USA" in side for dyad in _dyads(pipeline, text) for side in dyad)
