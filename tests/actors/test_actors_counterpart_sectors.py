"""A counterpart holds the office of the one it is the counterpart of: "Thailand's army chief
met his Cambodian counterpart" is THAMIL -> KHMMIL, not -> KHMGOV
(``actors/counterpart_sectors.py``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.actors.counterpart_sectors import with_counterpart_sectors
from eventscope.pipeline import Pipeline

ON = date(2026, 3, 10)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


OFFICES = [
    ("Thailand's army chief met his Cambodian counterpart in Bangkok.", "THAMIL", "KHMMIL"),
    ("Pakistan's intelligence chief held talks with his Afghan counterpart.", "PAKSPY", "AFGSPY"),
    ("Kenya's police chief met her Ugandan counterpart in Kampala.", "KENCOP", "UGACOP"),
    ("The Indian army chief hosted his Nepalese counterpart in New Delhi.", "INDMIL", "NPLMIL"),
    # a minister's counterpart stays a minister: the government
    ("The Indian foreign minister met his Chinese counterpart.", "INDGOV", "CHNGOV"),
    ("The French president hosted his Nigerian counterpart in Paris.", "FRAGOV", "NGAGOV"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), OFFICES)
def test_a_counterpart_has_its_owners_office(pipeline, text, source, target):
    found = triples(pipeline, text, ON)
    assert any(s == source and t == target for s, t, _ in found), found


def test_without_a_doc_the_drafts_are_unchanged():
    assert with_counterpart_sectors(None, []) == []
