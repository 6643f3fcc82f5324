"""A capital named as the place a part of a place belongs to ("in the centre of Kyiv") is a
place, not the state (``actors/place_parts.py``, #15). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from test_actors_origin_and_owners import pipeline

__all__ = ["pipeline"]  # the module's fixture, shared

ON = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters marched in the centre of Kyiv on Sunday.", ("UKROPP", "-", "Kyiv")),
        ("Protesters assembled in the main square of Dhaka on Sunday.", ("BGDOPP", "-", "Dhaka")),
        ("Thousands of protesters marched in the streets of Caracas on Saturday.",
         ("VENOPP", "-", "Caracas")),
        ("Police arrested 20 protesters in the heart of Nairobi.", ("KENCOP", "KENOPP", "Nairobi")),
    ],
)  # fmt: skip
def test_a_part_of_a_capital_is_where_it_happened(pipeline, text, expected):
    events = pipeline.code_text(text, published=ON)
    found = [
        (e.source.code, e.target.code if e.target else "-", e.location.name if e.location else "-")
        for e in events
    ]
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor of Kyiv met the German ambassador.", "UKRGOV"),
        ("The government of Iraq condemned the Turkish air strikes.", "IRQGOV"),
    ],
)
def test_an_office_of_a_capital_stays_an_actor(pipeline, text, expected):
    events = pipeline.code_text(text, published=ON)
    assert expected in [e.source.code for e in events]
