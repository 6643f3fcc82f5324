"""A war or offensive qualified as economic, commercial or informational is no act of armed
force (``events/figurative.py``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2025, 6, 10)

FIGURATIVE = [
    "Washington was waging economic war against the Iranian people, Tehran said.",
    "Russia is waging an information war against Ukraine, the European Commission said.",
    "Beijing accused Washington of waging a trade war against Chinese companies.",
    "The Kremlin said Britain was waging a propaganda war against Russia.",
    "Venezuela's president said the United States had launched an economic offensive against "
    "his country.",
    "Iran says Israel is waging a psychological war against the Iranian nation.",
]  # fmt: skip

MARTIAL = [
    ("Russia has waged war on Ukraine since February 2022.", "RUS", "UKR"),
    ("The rebels waged a guerrilla war against the Colombian army for decades.", "COL", "COL"),
    ("Ethiopia waged a brutal war against the Tigrayan forces in 2021.", "ETH", "ETH"),
    ("Saudi Arabia has waged war on the Houthis in Yemen since 2015.", "SAU", "YEM"),
]  # fmt: skip


@pytest.mark.parametrize("text", FIGURATIVE)
def test_a_figurative_war_is_no_act_of_force(pipeline, text):
    events = pipeline.code_text(text, published=ON)
    assert not [event.cameo for event in events if event.root in ("18", "19", "20")]


@pytest.mark.parametrize(("text", "source", "target"), MARTIAL)
def test_a_war_of_arms_is_still_190(pipeline, text, source, target):
    events = pipeline.code_text(text, published=ON)
    wars = [event for event in events if event.cameo == "190"]
    assert wars, [event.cameo for event in events]
    assert (wars[0].source.code[:3], wars[0].target.code[:3]) == (source, target)
