"""The unnamed other side of a fight (events/foes.py): the sector of the side an armed source
fights, on sentences we wrote and on the table itself."""

from __future__ import annotations

import pytest
from test_events_support import coded_codes

from eventscope.events.foes import FOES, foe_sector


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # state forces fire at unnamed positions: the side they fight is the armed opposition
        ("On Monday, soldiers fired mortars at positions near Kidal.", ("MLIMIL", "MLIREB")),
        ("On Friday, government troops clashed near Aleppo.", ("SYRMIL", "SYRREB")),
        # rebels, separatists and transnational militants fight the state's military
        ("On Friday, separatists shelled positions near Donetsk.", ("UKRSEP", "UKRMIL")),
        ("On Monday, Al-Shabaab militants shelled a base near Mogadishu.", ("IMGMOSSHB", "SOMMIL")),
        # a side the sentence names keeps its own sector
        (
            "On Tuesday, army troops shelled villages held by the insurgents near Marawi.",
            ("PHLMIL", "PHLINS"),
        ),
        # no fight: looting an unnamed owner's shops stays the country where it happened
        ("On Thursday, rioters looted shops in Johannesburg.", ("ZAFCVL", "ZAF")),
    ],
)
def test_unnamed_side_of_a_fight(every_event, text, expected):
    found = coded_codes(every_event, text, field="root")
    assert expected in {(s, t) for s, t, _ in found}, found


@pytest.mark.parametrize(
    ("cameo", "sector", "foe"),
    [
        ("190", "MIL", "REB"),
        ("193", "COP", "REB"),
        ("194", "REB", "MIL"),
        ("190", "UAF", "MIL"),
        ("193", "CRM", "COP"),
        # not a fight: a bombing or an assault may be done to anyone
        ("183", "REB", ""),
        ("180", "MIL", ""),
        # not an armed source
        ("190", "CVL", ""),
        ("190", "GOV", ""),
        ("190", None, ""),
    ],
)
def test_foe_sector(cameo, sector, foe):
    assert foe_sector(cameo, sector) == foe


def test_no_sector_is_its_own_foe():
    # a side coded as fighting itself would be a self-dyad
    assert all(sector != foe for sector, foe in FOES.items())
