"""A date between a frame verb and its infinitive: "offered on Monday to mediate"."""

from __future__ import annotations

import pytest


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (
            e.source.actor.country if e.source else None,
            e.target.actor.country if e.target else None,
            e.cameo[:2],
        )
        for e in events.find(doc, actors.find(doc))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway offered on Tuesday to mediate between Colombia and Venezuela.",
            {("NOR", "COL", "03"), ("NOR", "VEN", "03")},
        ),
        ("Chile agreed on Friday to send aid to Peru.", {("CHL", "PER", "03")}),
        (
            "Poland refused on Monday to meet Belarusian officials.",
            {("POL", "BLR", "12")},
        ),
    ],
)
def test_frame_with_a_date_before_the_infinitive(nlp, actors, events, text, expected):
    assert expected <= coded(nlp, actors, events, text)


def test_a_frame_verb_with_an_object_has_a_purpose_clause(nlp, actors, events):
    text = "Algerian farmers began a hunger strike on Monday to protest against the government."
    found = coded(nlp, actors, events, text)
    assert ("DZA", "DZA", "14") in found
