"""An army's offices and commands are the army's (MIL), not the state's (issue 15): chiefs of
staff, general officers' ranks, combatant and theatre commands, presidential and republican
guards. Sentences are our own; the actor stage alone."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2024, 5, 9)


def codes(actors, nlp, text: str) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        # offices of an army's staff, with the country before or after them
        ("Nigeria's chief of army staff visited soldiers in Borno.",
         "Nigeria's chief of army staff", "NGAMIL"),
        ("The chief of defence staff of Ghana criticised the protesters.",
         "The chief of defence staff of Ghana", "GHAMIL"),
        ("Pakistan's army chief met the Chinese president in Beijing.",
         "Pakistan's army chief", "PAKMIL"),
        ("The Chairman of the Joint Chiefs of Staff met the allies.",
         "the Joint Chiefs of Staff", "MIL"),
        ("South Korea's Joint Chiefs of Staff said the North fired a missile.",
         "South Korea's Joint Chiefs of Staff", "KORMIL"),
        ("The army chief of staff ordered the brigade to withdraw.",
         "The army chief of staff", "MIL"),
        # general officers' ranks before a name
        ("Major General Ali Hassan met Afghan officials in Kabul.",
         "Major General Ali Hassan", "MIL"),
        ("Rear Admiral Jane Doe inspected the fleet.", "Rear Admiral Jane Doe", "MIL"),
        # commands, named by a country or by their acronym
        ("US Central Command said its forces struck a depot.", "US Central Command", "USAMIL"),
        ("The head of US Africa Command visited Somali troops.", "US Africa Command", "USAMIL"),
        ("CENTCOM said it struck a militia depot.", "CENTCOM", "USAMIL"),
        ("China's Eastern Theater Command held drills near the island.",
         "China's Eastern Theater Command", "CHNMIL"),
        # guards that protect a regime are its armed forces
        ("The presidential guard fired on the crowd.", "The presidential guard", "MIL"),
        ("The Republican Guard attacked the rebels.", "The Republican Guard", "MIL"),
        ("The Revolutionary Guards seized a tanker.", "Revolutionary Guards", "IRNMIL"),
    ],
)  # fmt: skip
def test_military_offices_and_commands_are_mil(actors, nlp, text, actor, code):
    found = codes(actors, nlp, text)
    assert found.get(actor) == code, found


def test_a_head_of_governments_chief_of_staff_is_no_army(actors, nlp):
    found = codes(actors, nlp, "White House chief of staff Donald Regan met the senators.")
    assert all(not c.endswith("MIL") for c in found.values()), found
