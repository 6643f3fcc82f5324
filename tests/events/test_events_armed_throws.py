"""What armed men throw is an attack (183 for an explosive, else 180), what a crowd throws a riot
(145): events/armed_throws.py. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2024, 3, 5)

ARMED = [
    ("Unidentified attackers threw a hand grenade at an army post in Mogadishu on Monday.", "183"),
    ("Gunmen threw a grenade at a police station in Kirkuk on Tuesday.", "183"),
    ("Gang members threw a grenade at a bar in Cali on Saturday.", "183"),
    ("Unknown assailants hurled a petrol bomb at the office of an opposition party in Dhaka.",
     "183"),
    ("Rebels threw grenades at an army checkpoint near Goma.", "183"),
    # a grenade is thrown by hand: no aerial bombing (195) of the position
    ("Militants threw a grenade at an army position near Mogadishu on Monday.", "183"),
    ("Militants hurled a Molotov cocktail at a police van in Peshawar.", "183"),
    ("Soldiers threw stones at protesters in Khartoum.", "180"),
    ("Gunmen hurled rocks at a bus carrying pilgrims near Jos.", "180"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), ARMED)
def test_armed_sources_attack(pipeline, text, code):
    events = pipeline.code_text(text, published=ON)
    assert [e.cameo for e in events if e.trigger in ("threw", "hurled")] == [code]


CROWDS = [
    "Protesters threw stones at police in Nairobi on Monday.",
    "Rioters hurled petrol bombs at the central bank in Beirut.",
    "Demonstrators threw bottles at riot police outside parliament in Tbilisi.",
    "Students hurled rocks at security forces in Dhaka on Thursday.",
]


@pytest.mark.parametrize("text", CROWDS)
def test_crowds_still_riot(pipeline, text):
    events = pipeline.code_text(text, published=ON)
    assert [e.cameo for e in events if e.trigger in ("threw", "hurled")] == ["145"]
