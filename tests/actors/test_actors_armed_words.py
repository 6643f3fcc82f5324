"""Words for armed forces (``data/actors/``): paramilitaries are a state's auxiliary forces
(MIL), a paramilitary police is police (COP); a fighter jet is a warplane (MIL with a country,
no actor without one), not a fighter (UAF); a faction said to be armed ("rebel factions",
"Islamist factions", "an armed faction") is an armed group, "faction" alone none. Sentences
are our own."""

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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Two rebel factions clashed near the town on Monday.", "REB"),
        ("Rival rebel factions fought over a checkpoint.", "REB"),
        ("Islamist factions shelled government positions near the city.", "INS"),
        ("Jihadist factions seized a village in the north.", "INS"),
        ("An armed faction attacked a police station overnight.", "UAF"),
        ("Two militia factions clashed in the port city.", "UAF"),
        ("Militant factions fired rockets at the airport.", "UAF"),
        ("Insurgent factions ambushed an army convoy.", "INS"),
        ("A Turkish-backed rebel faction shelled a Kurdish village.", "REB"),
    ],
)
def test_an_armed_faction_is_an_armed_group(actors, nlp, text, code):
    codes = [m.actor.code for m in actors.find(nlp(text), on=date(2024, 5, 6))]
    assert code in codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "A faction of the ruling party met the president on Monday.",
        "The two factions of the party agreed on a candidate.",
    ],
)
def test_a_faction_alone_is_no_armed_group(actors, nlp, text):
    codes = [m.actor.code for m in actors.find(nlp(text), on=date(2024, 5, 6))]
    assert not {"REB", "INS", "UAF"} & set(codes), codes
