"""What a violent act with no named target struck (#15): taking a town is done to the other
side, not to the town's people; a camp named for displaced people is theirs; a weapon shot down
names no domestic foe. Sentences we wrote."""

from __future__ import annotations

import pytest
from test_events_arson import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 192 "occupy territory": the town is taken from the source's foe
        (
            "Government troops recaptured the town of Lalibela after heavy fighting.",
            ("ETHMIL", "ETHREB", "192"),
        ),
        ("Somali soldiers recaptured the town of Harardhere.", ("SOMMIL", "SOMREB", "192")),
        # a camp named for civilians: its people
        ("Militants shelled a refugee camp in Borno state.", ("NGAUAF", "NGACVL", "194")),
        ("Gunmen attacked an IDP camp in Borno state.", ("NGAUAF", "NGACVL", "190")),
    ],
)
def test_what_was_struck_names_the_target(pipeline, text, expected):
    found = coded(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian air force said it shot down 30 of the 42 drones.",
        "Ukrainian troops shot down two Russian drones on Tuesday.",
    ],
)
def test_a_weapon_shot_down_implies_no_domestic_foe(pipeline, text):
    found = coded(pipeline, text)
    assert not any(target.startswith("UKR") for _, target, _ in found), found


def test_missiles_fired_at_a_city_still_strike_it(pipeline):
    found = coded(pipeline, "Russian forces fired missiles at Kharkiv, killing three civilians.")
    assert any(target == "UKRCVL" for _, target, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or building called residential or civilian: the people who live there
        (
            "On 7 May 2020, pro-Houthi forces fired mortar shells at residential areas in Hays "
            "district.",
            ("YEMREB", "YEMCVL", "194"),
        ),
        (
            "On 1 May 2020, unidentified gunmen opened fire on a residential compound in Aden.",
            ("YEMUAF", "YEMCVL", "193"),
        ),
        (
            "On 6 May 2020, rebel fighters shelled residential neighborhoods of Taiz city.",
            ("YEMREB", "YEMCVL", "194"),
        ),
        # military things keep the source's foe
        (
            "On 2 May 2020, government forces shelled rebel positions near Marib.",
            ("YEMMIL", "YEMREB", "194"),
        ),
    ],
)
def test_a_residential_place_struck_is_its_civilians(pipeline, text, expected):
    found = coded(pipeline, text)
    assert expected in found, found
