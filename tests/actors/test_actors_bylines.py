"""A news agency in brackets before a dash is the story's byline, also after a headline
("Germany arrests man BERLIN (AP) —"), not an actor; a bracketed name in prose stays one
(``actors.rules.headline_agency``, #15). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Germany arrests man over migrant deaths BERLIN (AP) \u2014 Police arrested a man.",
        "Kenya police fire tear gas at protesters NAIROBI (Reuters) - Police fired tear gas.",
        "Ministers meet in Paris PARIS (AFP) -- Ministers met on Monday to discuss trade.",
    ],
)
def test_a_byline_after_a_headline_is_no_actor(nlp, actors, text):
    doc = nlp(text)
    texts = [m.actor.text for m in actors.find(doc)]
    assert not {"AP", "Reuters", "AFP"} & set(texts), texts


def test_a_bracketed_body_before_a_dash_is_an_actor(nlp, actors):
    doc = nlp(
        "Officials of the Atomic Energy Agency (IAEA) - the UN watchdog - met Iranian officials."
    )
    assert "IAEA" in [m.actor.text for m in actors.find(doc)]
