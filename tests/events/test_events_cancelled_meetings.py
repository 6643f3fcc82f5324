"""Cancelled, postponed, delayed or scrapped talks and meetings (#15), from the codebook's usage
notes: 164 "halt negotiations" covers "other disruptions of planned negotiations", 161 "reduce
or break diplomatic relations" the "cancellation of meetings" and of a planned visit. Neither
is a consultation (04). Sentences we wrote."""

from __future__ import annotations

import pytest


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (
            (e.source.actor.code or "")[:3] if e.source else None,
            (e.target.actor.code or "")[:3] if e.target else None,
            e.cameo,
        )
        for e in events.find(doc, actors.find(doc))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru postponed their talks.", {("CHL", "PER", "164"), ("PER", "CHL", "164")}),
        ("Ghana cancelled negotiations with Togo.", {("GHA", "TGO", "164")}),
        (
            "Ghana and Togo have delayed their meeting.",
            {("GHA", "TGO", "161"), ("TGO", "GHA", "161")},
        ),
        ("Ghana postponed its meeting with Togo.", {("GHA", "TGO", "161")}),
        ("The Dutch prime minister scrapped a planned visit to Morocco.", {("NLD", "MAR", "161")}),
    ],
)
def test_called_off_talks_and_meetings(nlp, actors, events, text, expected):
    found = coded(nlp, actors, events, text)
    assert expected <= found, found
    assert not any(code.startswith("04") for _, _, code in found), found


def test_postponed_elections_are_no_halted_talks(nlp, actors, events):
    found = coded(nlp, actors, events, "Ghana postponed the elections.")
    assert not any(code in ("161", "164") for _, _, code in found), found
