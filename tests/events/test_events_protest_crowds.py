"""A crowd named as protesters that gathers demonstrates (``events/protest_crowds.py``), and
looting takes the named owner's property (looting rows of ``verbs.tsv``), #15. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import triples

ON = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Protesters gathered in Honiara on Monday.", "SLBOPP"),
        ("Hundreds of demonstrators assembled outside the parliament in Accra.", "GHAOPP"),
        ("Protesters gathered in Tbilisi to demand new elections.", "GEOOPP"),
        ("Protesters assembled in Dhaka on Sunday.", "BGDOPP"),
    ],
)
def test_protesters_who_gather_demonstrate(pipeline, text, source):
    events = pipeline.code_text(text, published=ON)
    assert [(e.source.code, e.cameo) for e in events] == [(source, "141")]


@pytest.mark.parametrize(
    "text",
    [
        "Fans gathered in Buenos Aires to celebrate the victory.",
        "Thousands of mourners gathered in Tehran for the funeral.",
        "Pilgrims assembled in Mecca on Friday.",
    ],
)
def test_other_crowds_that_gather_do_not(pipeline, text):
    assert not [e for e in pipeline.code_text(text, published=ON) if e.root == "14"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demonstrators gathered outside the parliament in Accra and threw stones at police.",
         ("GHAOPP", "GHACOP", "145")),
        ("Protesters gathered in Nairobi and hurled rocks at police officers.",
         ("KENOPP", "KENCOP", "145")),
    ],
)  # fmt: skip
def test_a_gathering_joined_to_an_act_is_where_the_act_began(pipeline, text, expected):
    found = triples(pipeline, text, ON)
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RSF fighters looted a hospital in El Fasher.", ("SDNREBRSF", "SDNHLH", "171")),
        ("Gunmen ransacked the offices of an opposition party in Harare.",
         ("ZWEUAF", "ZWEOPP", "171")),
    ],
)  # fmt: skip
def test_looting(pipeline, text, expected):
    found = triples(pipeline, text, ON)
    assert expected in found
