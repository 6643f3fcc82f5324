"""'Mobilise' (#15): the codebook's 154 is "increase the number of military personnel and/or
weapons"; mobilising support, opinion, voters or lobbies is rallying support (053). Sentences
we wrote."""

from __future__ import annotations

import pytest


def roots(nlp, actors, events, text):
    doc = nlp(text)
    return {e.cameo for e in events.find(doc, actors.find(doc))}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Egypt mobilised international support for the Palestinians.", "053"),
        ("Qatar mobilized Arab public opinion behind Sudan.", "053"),
        ("Russia mobilized troops on the Ukrainian border.", "154"),
        ("Armenia mobilised its reservists against Azerbaijan.", "154"),
    ],
)
def test_mobilising_forces_or_support(nlp, actors, events, text, code):
    found = roots(nlp, actors, events, text)
    assert code in found, found
    other = "154" if code == "053" else "053"
    assert other not in found, found
