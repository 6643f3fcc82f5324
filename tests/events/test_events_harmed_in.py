"""Those harmed in an attack are its target (#15): "two Turkish soldiers were killed in a PKK
attack in northern Iraq" took Iraq, the place named after the noun, for the attack's target
(TURREBPKK -> IRQGOV, a guessed target at 0.45). The subject of "were killed / were wounded /
died" in or by an event noun is what the act harmed (``events/nominal.harmed_in``). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2026, 3, 10)

HARMED = [
    ("Two Turkish soldiers were killed in a PKK attack in northern Iraq.",
     "TURREBPKK", "TURMIL", "190"),
    ("Three policemen were killed in an al-Shabaab ambush near Mandera.",
     "IMGMOSSHB", "KENCOP", "180"),
    ("Four civilians were killed in a Russian missile strike on Kharkiv.",
     "RUSMIL", "UKRCVL", "195"),
    ("Twelve people were wounded in an Israeli air strike on a house in Rafah.",
     "ISRMIL", "PSECVL", "195"),
    ("Two Indian soldiers were injured in a Pakistani attack in Kashmir.",
     "PAKMIL", "INDMIL", "190"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target", "code"), HARMED)
def test_those_harmed_in_the_act_are_its_target(pipeline, text, source, target, code):
    found = triples(pipeline, text, ON)
    assert (source, target, code) in found, found


def test_an_accident_is_no_attack(pipeline):
    assert triples(pipeline, "The man was killed in a car accident in Nairobi.", ON) == []
