"""Joint military activity and coordinated demonym modifiers, with the real actor stage."""

from __future__ import annotations

import pytest


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (
            e.source.actor.country if e.source else None,
            e.target.actor.country if e.target else None,
            e.cameo,
        )
        for e in events.find(doc, actors.find(doc))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greek and Cypriot navies held joint exercises off Crete last week.",
            {("GRC", "CYP", "062"), ("CYP", "GRC", "062")},
        ),
        (
            "Polish and Lithuanian troops began joint drills near the border on Monday.",
            {("POL", "LTU", "062"), ("LTU", "POL", "062")},
        ),
        (
            "Chile and Peru launched bilateral naval manoeuvres in the Pacific.",
            {("CHL", "PER", "062"), ("PER", "CHL", "062")},
        ),
    ],
)
def test_joint_exercises_are_military_cooperation(nlp, actors, events, text, expected):
    assert expected <= coded(nlp, actors, events, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese warships held exercises near the island on Monday.",  # one side: no cooperation
        "The Dutch minister called the report an exercise in spin.",
    ],
)
def test_exercises_without_joint_are_not_cooperation(nlp, actors, events, text):
    assert not any(code.startswith("06") for _, _, code in coded(nlp, actors, events, text))
