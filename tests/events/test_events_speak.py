"""'spoke with X' is consultation (040) when X is an actor; by phone, CAMEO 041."""

from __future__ import annotations

import pytest


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (e.source.actor.country, e.target.actor.country if e.target else None, e.cameo)
        for e in events.find(doc, actors.find(doc))
        if e.source
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan president spoke by phone with his Ugandan counterpart.",
            ("KEN", "UGA", "041"),
        ),
        ("Chile's foreign minister spoke with Peru's ambassador on Monday.", ("CHL", "PER", "040")),
    ],
)
def test_spoke_with_an_actor(nlp, actors, events, text, expected):
    assert expected in coded(nlp, actors, events, text)


def test_spoke_with_no_actor_is_no_event(nlp, actors, events):
    assert coded(nlp, actors, events, "Chile's foreign minister spoke with great passion.") == set()
