"""Co-subjects of a one-way act are not each other's target; a clause saying they act on each
other is reciprocal (``events/one_way.py``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import triples

ON = date(2026, 12, 1)


def _found(pipeline, text):
    return set(triples(pipeline, text, ON, field="root"))


@pytest.mark.parametrize(
    "text",
    [
        "Germany and France condemned the attack.",
        "Egypt and Saudi Arabia called for a ceasefire.",
        "Germany and France urged restraint.",
        "Brazil and Argentina demanded an inquiry.",
        "Japan and South Korea rejected the proposal.",
    ],
)
def test_co_subjects_are_not_each_others_target(pipeline, text):
    found = _found(pipeline, text)
    sources = {source for source, _, _ in found}
    assert len(sources) == 2, found
    assert all(target not in sources for _, target, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India and Pakistan blamed one another for the clashes.",
         {("INDGOV", "PAKGOV", "11"), ("PAKGOV", "INDGOV", "11")}),
        ("Armenia and Azerbaijan accused each other of shelling border villages.",
         {("ARMGOV", "AZEGOV", "11"), ("AZEGOV", "ARMGOV", "11")}),
    ],
)  # fmt: skip
def test_each_other_is_reciprocal(pipeline, text, expected):
    assert expected <= _found(pipeline, text)
