"""An answer to what another actor said before takes that actor as its target: "X accused
Y ... Y dismissed the accusations" is Y -> X (``events/answers.py``, #15); an object with an
owner, or a story with no earlier event aimed at the answerer, is left alone. An act urged to
stop is not done (``data/events/frames.toml``). Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.events.answers import answered_targets

ON = date(2025, 6, 10)

ANSWERS = [
    ("Ethiopia accused Eritrea on Thursday of arming rebels in the Amhara region. Eritrea's "
     "information minister dismissed the accusations as baseless.", "ERIGOV", "ETHGOV"),
    ("China warned the Philippines on Monday to stop provoking trouble in the South China Sea. "
     "Manila rejected the warning and said its patrols would continue.", "PHLGOV", "CHNGOV"),
    ("Moscow accused Kyiv of shelling a nuclear plant. Ukraine denied the allegation.", "UKRGOV",
     "RUSGOV"),
]  # fmt: skip

ALONE = [
    "Eritrea's information minister dismissed the accusations as baseless.",
    "Brazil rejected the proposal on Tuesday.",
]


@pytest.mark.parametrize(("text", "source", "target"), ANSWERS)
def test_an_answer_is_aimed_at_who_said_it(pipeline, text, source, target):
    assert (source, target) in [(s, t) for s, t, _ in triples(pipeline, text, ON)]


@pytest.mark.parametrize("text", ALONE)
def test_an_answer_with_no_earlier_speaker_has_no_target(pipeline, text):
    assert all(t == "-" for _, t, _ in triples(pipeline, text, ON))


def test_without_a_doc_events_are_kept():
    assert answered_targets(None, []) == []


@pytest.mark.parametrize(
    "text",
    [
        "China warned the Philippines on Monday to stop provoking trouble in the South China Sea.",
        "The United Nations urged Israel to stop attacking hospitals in Gaza.",
    ],
)
def test_an_act_to_be_stopped_is_not_coded(pipeline, text):
    assert [c for _, _, c in triples(pipeline, text, ON) if c[:2] >= "14"] == []
