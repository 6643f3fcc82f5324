"""A win told with its score is a match, not an assault (``events/scorelines.py``, #15).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import triples

ON = date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil beat Argentina 2-1 in a World Cup qualifier in Rio de Janeiro.",
        "Morocco defeated Spain 3 - 0 on penalties.",
        "Japan thrashed China 7-0 in Saitama on Tuesday.",
        "Iran drew 1-1 with the United States in Doha.",
    ],
)
def test_a_result_with_its_score_is_no_event(pipeline, text):
    assert pipeline.code_text(text, published=ON) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police beat protesters with batons in Minsk.", ("BLRCOP", "BLROPP", "182")),
        ("Government forces defeated the rebels near Goma.", ("CODMIL", "CODREB", "190")),
    ],
)
def test_a_beating_or_a_battle_stays(pipeline, text, expected):
    found = triples(pipeline, text, ON)
    assert expected in found
