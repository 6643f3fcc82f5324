"""Party members bear no arms by their role: their attacks and clashes are unconventional
violence (180), not conventional military force (190); armed men of a party stay armed
(events/victims.unarmed_force). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2024, 3, 5)

PARTY = [
    ("Members of ZANU-PF attacked supporters of the MDC in Harare on Friday.", "attacked"),
    ("ANC members clashed with police in Durban on Tuesday.", "clashed"),
    ("Imbonerakure members attacked a CNL member in Ngozi province.", "attacked"),
    ("Members of the Awami League attacked a journalist in Dhaka on Sunday.", "attacked"),
    ("BJP members clashed with police in Lucknow on Monday.", "clashed"),
    ("Members of Fatah attacked a radio reporter in Nablus on Saturday.", "attacked"),
]


@pytest.mark.parametrize(("text", "trigger"), PARTY)
def test_party_members_use_unconventional_violence(pipeline, text, trigger):
    events = pipeline.code_text(text, published=ON)
    assert [e.cameo for e in events if e.trigger == trigger] == ["180"]


ARMED = [
    ("Fatah gunmen attacked Hamas members in Nablus.", "attacked"),
    ("Hezbollah fighters attacked Israeli troops near the border.", "attacked"),
    ("Houthi fighters clashed with government troops near Marib.", "clashed"),
]


@pytest.mark.parametrize(("text", "trigger"), ARMED)
def test_armed_men_of_a_party_or_movement_use_force(pipeline, text, trigger):
    events = pipeline.code_text(text, published=ON)
    assert [e.cameo for e in events if e.trigger == trigger] == ["190"]
