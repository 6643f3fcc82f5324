"""A measured object: "70 million dollars of aid" is aid, "hundreds of targets" are targets."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan provided 70 million dollars of aid for Moldova.", ("JPN", "MDA", "07")),
        ("Norway sent 500 tons of food to Chad last week.", ("NOR", "TCD", "07")),
        (
            "Canada agreed on Friday to provide 20 million dollars of aid for Haiti.",
            ("CAN", "HTI", "03"),
        ),
    ],
)
def test_measured_objects(nlp, actors, events, text, expected):
    doc = nlp(text)
    found = {
        (e.source.actor.country, e.target.actor.country if e.target else None, e.cameo[:2])
        for e in events.find(doc, actors.find(doc))
        if e.source
    }
    assert expected in found
