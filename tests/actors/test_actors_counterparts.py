"""A counterpart is an official of the same office in another country: "the president met
his Russian counterpart" is GOV -> RUSGOV, and the president takes no Russian nationality
from it (``actors/counterparts.py``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.actors.counterparts import without_counterparts
from eventscope.pipeline import Pipeline

ON = date(2025, 6, 10)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


COUNTERPARTS = [
    ("The president met his Russian counterpart on Monday.", "RUSGOV"),
    ("The defence minister spoke by phone with his Turkish counterpart.", "TURGOV"),
    ("The prime minister hosted his Indian counterpart for talks on trade.", "INDGOV"),
    ("The foreign minister criticised his Israeli counterpart over the raid.", "ISRGOV"),
    ("The finance minister will meet his German counterpart next week.", "DEUGOV"),
]  # fmt: skip

NAMED = [
    ("French President Emmanuel Macron met his Russian counterpart on Monday.", "FRAGOV",
     "RUSGOV"),
    ("Kenya's foreign minister held talks with his Ugandan counterpart in Kampala.", "KENGOV",
     "UGAGOV"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "target"), COUNTERPARTS)
def test_an_unnamed_official_is_not_of_the_counterparts_country(pipeline, text, target):
    found = triples(pipeline, text, ON)
    assert found, text
    assert not [source for source, _, _ in found if source.startswith(target[:3])], found
    assert target in [other for _, other, _ in found], found


@pytest.mark.parametrize(("text", "source", "target"), NAMED)
def test_a_named_official_meets_the_counterparts_state(pipeline, text, source, target):
    assert any(s == source and t == target for s, t, _ in triples(pipeline, text, ON))


def test_without_counterparts_keeps_every_mention_without_a_doc():
    assert without_counterparts(None, []) == []
