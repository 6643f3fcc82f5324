"""An act whose purpose clause names who it was done to takes that target, and the clause's
places are the act's (``events/purpose.py``, ``places/tie.in_clause``, #15). Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import triples

ON = date(2026, 12, 1)

PURPOSE = [
    ("Police fired tear gas to disperse protesters in Lima on Saturday.", "PERCOP", "PEROPP",
     "Lima"),
    ("Police fired tear gas and rubber bullets to break up a rally by opposition supporters in "
     "Kampala.", "UGACOP", "UGAOPP", "Kampala"),
    ("Security forces used live ammunition to disperse demonstrators in Khartoum.", "SDNCOP",
     "SDNOPP", "Khartoum"),
    ("Police used water cannon to disperse thousands of demonstrators in Belgrade on Saturday.",
     "SRBCOP", "SRBOPP", "Belgrade"),
]  # fmt: skip

# the act names its own target, or the other event is not its purpose: both stay as they are
UNCHANGED = [
    ("Police fired tear gas at protesters in Lima to disperse them.", "PEROPP"),
    ("Police arrested 12 people and fired tear gas in Lima.", "PERCVL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target", "place"), PURPOSE)
def test_the_purpose_clause_names_the_target(pipeline, text, source, target, place):
    events = [event for event in pipeline.code_text(text, published=ON) if event.root == "17"]
    assert [(event.source.code, event.target.code) for event in events] == [(source, target)]
    assert events[0].location is not None and events[0].location.name == place


@pytest.mark.parametrize(("text", "target"), UNCHANGED)
def test_an_act_with_its_own_target_keeps_it(pipeline, text, target):
    events = pipeline.code_text(text, published=ON)
    assert target in [event.target.code for event in events if event.target is not None]


COMPLAINTS = [
    # summoned to protest: one complaint, to the envoy
    ("Pakistan summoned the Indian envoy to protest the killing of civilians along the border.",
     ("PAKGOV", "INDGOV", "114")),
    ("Iran summoned the Swiss envoy to protest the arrest of an Iranian diplomat.",
     ("IRNGOV", "CHEGOV", "114")),
    ("Bangladesh summoned the Myanmar ambassador to protest the shelling of its territory.",
     ("BGDGOV", "MMRGOV", "114")),
    # a protest at an act with its agent named: aimed at the agent
    ("Pakistan protested the killing of civilians by Indian troops.", ("PAKGOV", "INDMIL", "114")),
    ("Hundreds of students protested the killing of a classmate by police in Nairobi.",
     ("KENEDU", "KENCOP", "140")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMPLAINTS)
def test_a_complaint_is_aimed_at_the_addressee_or_the_doer(pipeline, text, expected):
    found = triples(pipeline, text, ON)
    assert found == [expected]
