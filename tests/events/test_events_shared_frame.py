"""A bare infinitive coordinated with a complement shares its frame verb ("refused to disperse
and throw stones": refused, not a riot; ``events/shared_frame.py``, #15). Sentences are our
own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> set[str]:
    return {e.cameo for e in pipeline.code_text(text, published=date(2026, 5, 10))}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Miners in Peru refused to leave and throw rocks at the police.", "145"),
        ("Iran threatened to close the strait and attack American ships.", "190"),
    ],
)
def test_the_shared_frame_governs(pipeline: Pipeline, text: str, absent: str) -> None:
    assert absent not in _codes(pipeline, text)


def test_a_threat_of_the_second_act_is_a_threat(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Iran threatened to close the strait and attack American ships.")
    assert any(code.startswith("13") for code in codes), codes
