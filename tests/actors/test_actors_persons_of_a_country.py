"""A singular person noun with a nationality ("an Israeli woman", "a Pakistani man") is a
civilian of that country, not its state acting (#15); alone ("a woman was found dead") it is
no actor (the victim shape of the domain coder), and "National" in a name is no person.
Sentences we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors import ActorCoder
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("An Israeli woman was injured.", "ISRCVL"),
        ("A Pakistani man was arrested.", "PAKCVL"),
        ("Two Kenyan girls were rescued.", "KENCVL"),
        ("A Turkish teenager was detained.", "TURCVL"),
    ],
)
def test_a_person_of_a_country_is_a_civilian(coder, nlp, text, code):
    assert [m.actor.code for m in coder.find(nlp(text))][0] == code


@pytest.mark.parametrize("text", ["A woman was injured.", "The man was arrested."])
def test_a_person_alone_is_no_actor(coder, nlp, text):
    assert not [m for m in coder.find(nlp(text)) if m.actor.sector == "CVL"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("An Israeli woman stabbed a Palestinian teenager.", "ISRCVL", "PSECVL"),
        ("A Pakistani man attacked Afghan soldiers.", "PAKCVL", "AFGMIL"),
    ],
)
def test_their_acts_are_not_the_states(nlp, text, source, target):
    events = Pipeline(nlp=nlp).code_text(text, published=date(2021, 3, 8))
    dyads = {
        (e.source.code if e.source else None, e.target.code if e.target else None) for e in events
    }
    assert (source, target) in dyads, dyads
