"""'strike': an attack with an object, a labour strike without, an agreement with 'a deal'."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Turkish troops struck Kurdish positions in Iraq on Sunday.", "190"),
        # jets and drones are aerial weapons (CAMEO 195)
        ("Turkish jets struck Kurdish positions in Iraq on Sunday.", "195"),
        ("Ethiopian drones struck several towns in Sudan overnight.", "195"),
        ("Chilean dockworkers struck on Monday over pay.", "143"),
        ("Greece struck a deal with Cyprus on energy on Friday.", "057"),
    ],
)
def test_strike(nlp, actors, events, text, code):
    doc = nlp(text)
    assert code in {e.cameo for e in events.find(doc, actors.find(doc))}
