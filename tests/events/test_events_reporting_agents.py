"""The force that reports its own act told in the passive is its agent
(``events/reporting_agents.py``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan police said 47 protesters were arrested in Nairobi on Tuesday.",
         ("KENCOP", "KENOPP", "17")),
        ("Police in Lagos said two suspects had been detained.", ("NGACOP", "-", "17")),
        ("Turkish authorities said 30 journalists were detained in Istanbul.",
         ("TURGOV", "TURMED", "17")),
        ("The Nigerian army said 12 Boko Haram fighters were killed near Maiduguri.",
         ("NGAMIL", "IMGMOSBKH", "19")),
        ("The Colombian army said four ELN rebels were killed in a clash in Arauca.",
         ("COLMIL", "COLREBELN", "19")),
    ],
)  # fmt: skip
def test_the_reporting_force_did_its_own_act(pipeline, text, expected):
    events = pipeline.code_text(text, published=ON)
    found = [(e.source.code, e.target.code if e.target else "-", e.root) for e in events]
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a crime the police report, or civilians the army reports killed: not their act
        ("Police said two people were killed in a shooting in Durban.", "ZAFCOP"),
        ("South African police said a man was stabbed to death in Soweto.", "ZAFCOP"),
    ],
)
def test_a_reported_crime_is_not_the_reporters_act(pipeline, text, speaker):
    events = pipeline.code_text(text, published=ON)
    assert speaker not in [e.source.code for e in events if e.root in ("18", "19", "20")]
