"""Fire that went both ways (events/two_way.py): an unattributed shelling or explosion the
sentence says went "in both directions" is a fight, whose unnamed other side is the one the
source fights (the state's military for unnamed armed men); fire one way, or a road blocked
"in both directions", keeps the bare country. Sentences are our own."""

from __future__ import annotations

import pytest
from test_events_support import coded_codes

from eventscope.events.two_way import fought_code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 June 2021, monitors recorded 14 explosions in both directions of the contact"
            " line near Avdiivka.",
            ("UKRUAF", "UKRMIL"),
        ),
        (
            "On 5 June 2021, the mission observed 30 projectiles in both directions of the"
            " frontline near Horlivka.",
            ("UKRUAF", "UKRMIL"),
        ),
        (
            "On 5 June 2021, observers heard 8 explosions in both directions near Shyrokyne.",
            ("UKRUAF", "UKRMIL"),
        ),
        (
            "On 6 June 2021, explosions were heard on both sides of the frontline near Donetsk.",
            ("UKRUAF", "UKRMIL"),
        ),
        # fire one way: whoever it struck, the bare country
        ("On 6 June 2021, monitors recorded 14 explosions near Avdiivka.", ("UKRUAF", "UKR")),
        ("On 6 June 2021, a bomb exploded near a market in Kabul.", ("AFGUAF", "AFG")),
        # no fire at all: a road blocked both ways is no fight
        (
            "On 6 June 2021, truckers blocked the road in both directions in Kisumu.",
            ("KENOPP", "KEN"),
        ),
    ],
)
def test_fire_both_ways_is_a_fight_with_the_foe(pipeline, text, expected):
    found = coded_codes(pipeline, text)
    assert expected in {(s, t) for s, t, _ in found}, found


@pytest.mark.parametrize(
    ("cameo", "sentence", "code"),
    [
        ("183", "Monitors recorded 14 explosions in both directions near Pisky.", "190"),
        ("183", "An exchange of shelling was reported near Zaitseve.", "190"),
        ("180", "The two sides traded fire across the river.", "190"),
        ("183", "Shells were fired from both sides of the contact line.", "190"),
        # one way
        ("183", "Monitors recorded 14 explosions near Pisky.", "183"),
        # a fight already, or no violence: left as it is
        ("194", "Shells were fired in both directions near Pisky.", "194"),
        ("144", "Protesters blocked the highway in both directions.", "144"),
        ("141", "Exchanges of fire were the theme of the rally.", "141"),
    ],
)
def test_fought_code(cameo, sentence, code):
    assert fought_code(cameo, sentence) == code
