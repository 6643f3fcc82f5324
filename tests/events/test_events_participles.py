"""A participle before a name ("told visiting X", "met visiting X") describes the name; the
parser's reading of it as the subject's own act codes nothing (``events/participles.py``,
#15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2025, 6, 10)

DESCRIBED = [
    ("Syrian President Hafez al-Assad told visiting U.S. Secretary of State Warren Christopher "
     "that Syria wanted a full Israeli withdrawal.", "SYRGOV"),
    ("Egypt's president told visiting Qatari Emir Sheikh Tamim that the crossing would stay "
     "open.", "EGYGOV"),
]  # fmt: skip

VISITS = [
    ("The Indian prime minister is visiting Japan this week.", "INDGOV", "JPNGOV"),
    ("Kenya's president was visiting Uganda when the talks collapsed.", "KENGOV", "UGAGOV"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host"), DESCRIBED)
def test_the_host_is_no_visitor(pipeline, text, host):
    found = triples(pipeline, text, ON)
    assert not [c for s, _, c in found if s == host and c == "042"], found


@pytest.mark.parametrize(("text", "source", "target"), VISITS)
def test_a_visit_said_as_a_verb_is_still_one(pipeline, text, source, target):
    assert (source, target, "042") in triples(pipeline, text, ON)
