"""The forces a state moves are its own (#15, :mod:`eventscope.events.own_forces`), and closing
or ordering the closure of an embassy cuts relations (CAMEO 161). Sentences we wrote."""

from __future__ import annotations

import pytest
from test_events_arson import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces moved are the mover's: the target is the place's state or the partner
        ("Russia withdrew troops from the Kherson region.", ("RUSGOV", "UKRGOV", "087")),
        ("Russia pulled out troops from the Kherson region.", ("RUSGOV", "UKRGOV", "087")),
        ("Israel withdrew its forces from southern Lebanon.", ("ISRGOV", "LBNGOV", "087")),
        (
            "India and China agreed to withdraw troops from the border.",
            ("CHNGOV", "INDGOV", "0356"),
        ),
        (
            "India and China agreed to disengage troops along their disputed border.",
            ("CHNGOV", "INDGOV", "0356"),
        ),
        # an embassy closed, or its closure ordered
        ("China shut the US consulate in Chengdu.", ("CHNGOV", "USAGOV", "161")),
        (
            "Moscow ordered the closure of the German consulate in Kaliningrad.",
            ("RUSGOV", "DEUGOV", "161"),
        ),
    ],
)
def test_moved_forces_and_closed_embassies(pipeline, text, expected):
    found = coded(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Russia withdrew troops from the Kherson region.",
        "India and China agreed to withdraw troops from the border.",
    ],
)
def test_the_moved_forces_are_never_the_target(pipeline, text):
    found = coded(pipeline, text)
    assert not any(target.endswith("MIL") for _, target, _ in found), found
