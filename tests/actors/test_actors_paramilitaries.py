"""Paramilitaries are a state's auxiliary forces (MIL), a paramilitary police is police (COP)
(``data/actors/generic.agents.txt``). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sudanese paramilitaries looted a hospital in the capital.", "SDNMIL"),
        ("Indian paramilitary forces arrested two militants.", "INDMIL"),
        ("Chinese paramilitary police detained three monks.", "CHNCOP"),
        ("Ugandan paramilitaries beat a shopkeeper.", "UGAMIL"),
    ],
)
def test_paramilitaries(actors, nlp, text, code):
    codes = [m.actor.code for m in actors.find(nlp(text), on=date(2024, 5, 6))]
    assert codes[0] == code, codes
