"""A warning to an actor of the speaker's own act to come is a threat (CAMEO 130 "coercive or
forceful warnings"; ``events/warnings.py``, #15); a warning of what may happen stays 012.
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> set[str]:
    return {e.cameo for e in pipeline.code_text(text, published=date(2025, 10, 2))}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Tehran warned Washington it would close the Strait of Hormuz.", "130"),
        ("China warned the Philippines that it would take countermeasures.", "130"),
        # the act warned of takes its own threat code, as "threatened to" does
        ("The US warned Iran that it would impose new sanctions.", "131"),
        # warned of, a show of force to come threatens force (138), not intent to cooperate
        ("Russia warned Finland that it would deploy nuclear weapons near the border.", "138"),
    ],
)
def test_a_warning_of_ones_own_act_threatens(pipeline: Pipeline, text: str, code: str) -> None:
    found = _codes(pipeline, text)
    assert code in found and "012" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The IMF warned Argentina that inflation would rise further.",
        "Economists warned that prices would rise in Germany.",
    ],
)
def test_a_warning_of_what_may_happen_is_no_threat(pipeline: Pipeline, text: str) -> None:
    assert not any(code.startswith("13") for code in _codes(pipeline, text))
