"""Downing or intercepting what flies is armed force against its owner (#15).

"Russia's defence ministry said its air defences shot down 42 Ukrainian drones" was the
classifier's 100 (RUSGOV -> UKRMIL): "air defences" was no actor and "shoot down" was a fight
with small arms (193). A state's air defence is its military (``data/actors/agents.tsv``);
shooting down or intercepting drones, missiles or aircraft is CAMEO 190 against whoever flies
them (``data/events/verbs.tsv``). Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's defence ministry said its air defences shot down 42 Ukrainian drones.",
         ("RUSMIL", "UKRMIL", "190")),
        ("Russian air defences shot down 42 Ukrainian drones over several regions.",
         ("RUSMIL", "UKRMIL", "190")),
        ("Israeli jets shot down a drone launched by Hezbollah.",
         ("ISRMIL", "LBNREBHZB", "190")),
        ("Syrian air defences intercepted Israeli missiles over Damascus.",
         ("SYRMIL", "ISRMIL", "190")),
        ("Ukrainian air defences intercepted Russian cruise missiles over Kyiv.",
         ("UKRMIL", "RUSMIL", "190")),
    ],
)  # fmt: skip
def test_downing_what_flies_is_armed_force(pipeline, text, expected):
    assert expected in triples(pipeline, text, ON)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a person shot is still shot (193)
        ("Indian police shot down a protester in Srinagar.", "193"),
    ],
)
def test_other_objects_keep_their_codes(pipeline, text, code):
    assert [c for _, _, c in triples(pipeline, text, ON)] == [code]


def test_an_air_defence_zone_is_no_force(pipeline):
    found = triples(pipeline, "Chinese warplanes entered Taiwan's air defence zone.", ON)
    assert ("CHNMIL", "TWNGOV", "150") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Houthi rebels attacked a US destroyer in the Red Sea.", ("YEMREBHTH", "USAMIL")),
        ("Ukrainian drones damaged a Russian frigate in Sevastopol.", ("UKRMIL", "RUSMIL")),
        ("Iranian gunboats fired at a British aircraft carrier in the Gulf.", ("IRNMIL", "GBRMIL")),
    ],
)
def test_a_warship_by_its_class_is_the_navy(pipeline, text, expected):
    """ "a US destroyer" was USAGOV: a navy's ships by their class are its military
    (``data/actors/agents.tsv``), as "warship" was."""
    assert expected in {(s, t) for s, t, _ in triples(pipeline, text, ON)}
