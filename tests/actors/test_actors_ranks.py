"""Ranks name the armed forces' men (issue 15; our own sentences): a lieutenant or a sergeant is
the military's (MIL), a police rank the police's (COP), and the longer office phrases keep their
own sector ("the lieutenant governor" GOV)."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2024, 5, 9)


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("Gunmen shot dead a police lieutenant in the town.", "police lieutenant", "COP"),
        ("A police constable was stabbed at the market.", "police constable", "COP"),
        ("Unidentified attackers killed an army sergeant.", "army sergeant", "MIL"),
        ("The rebels captured a lieutenant and his driver.", "lieutenant", "MIL"),
        ("A sergeant and two corporals were killed by a roadside bomb.", "corporals", "MIL"),
        ("The lieutenant governor met the ambassador.", "The lieutenant governor", "GOV"),
    ],
)  # fmt: skip
def test_ranks_name_their_force(actors, nlp, text, actor, code):
    found = {m.actor.text: m.actor.sector for m in actors.find(nlp(text), on=ON)}
    assert found[actor] == code, found
