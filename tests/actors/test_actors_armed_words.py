"""Words for armed forces (``data/actors/``): paramilitaries are a state's auxiliary forces
(MIL), a paramilitary police is police (COP); a fighter jet is a warplane (MIL with a country,
no actor without one), not a fighter (UAF). Sentences are our own."""

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


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Japan and Britain held talks on a new fighter jet programme.", ["JPN", "GBR"]),
        ("A Russian fighter jet intercepted a US drone.", ["RUSMIL", "USAMIL"]),
        ("Rebel fighters attacked the town.", ["REB"]),
    ],
)
def test_a_fighter_jet_is_no_fighter(actors, nlp, text, codes):
    found = [m.actor.code for m in actors.find(nlp(text), on=date(2024, 5, 6))]
    assert found == codes, found
