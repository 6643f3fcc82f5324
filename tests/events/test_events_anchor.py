"""Events need a state or an organisation on one side, except agents in material conflict."""

from __future__ import annotations

import pytest

from eventscope.events import EventCoder, EventOptions


def codes(nlp, actors, coder, text):
    doc = nlp(text)
    return [(e.source.actor.code, e.cameo) for e in coder.find(doc, actors.find(doc)) if e.source]


@pytest.mark.parametrize(
    "text",
    [
        "Officials discussed the new budget on Monday.",
        "The minister praised the doctors for their work.",
    ],
)
def test_events_without_state_or_organisation_are_dropped(nlp, actors, events, text):
    assert codes(nlp, actors, events, text) == []
    loose = EventCoder(events.book, EventOptions(require_anchor=False))
    assert codes(nlp, actors, loose, text) != []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Protesters clashed with police in the city centre on Friday.", "OPP"),
        ("Gunmen attacked a Peruvian police station overnight.", "PERUAF"),
        ("A gunman shot dead a Chilean senator on Tuesday.", "CHLUAF"),
        ("Kidnappers abducted a Ghanaian journalist on Sunday.", "GHAUAF"),
    ],
)
def test_conflict_between_agents_and_unknown_attackers_are_kept(nlp, actors, events, text, source):
    assert source in {code for code, _ in codes(nlp, actors, events, text)}
