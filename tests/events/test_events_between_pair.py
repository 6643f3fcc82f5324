"""'Mediated talks between X and Y' (#15): a thing acted on that holds a relation between two
actors makes both of them targets, each at full confidence (before, the first was guessed as
the sentence's next country and the second was lost). Sentences we wrote."""

from __future__ import annotations

import pytest


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (
            (e.source.actor.code or "")[:3] if e.source else None,
            (e.target.actor.code or "")[:3] if e.target else None,
            e.cameo[:2],
        )
        for e in events.find(doc, actors.find(doc))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway mediated talks between Colombia and Venezuela.",
            {("NOR", "COL", "04"), ("NOR", "VEN", "04")},
        ),
        (
            "Qatar hosted a meeting between Sudan and Chad.",
            {("QAT", "SDN", "04"), ("QAT", "TCD", "04")},
        ),
        (
            "Peru criticised the accord between Chile and Bolivia.",
            {("PER", "CHL", "11"), ("PER", "BOL", "11")},
        ),
    ],
)
def test_both_sides_of_a_pair_are_targets(nlp, actors, events, text, expected):
    found = coded(nlp, actors, events, text)
    assert expected <= found, found
