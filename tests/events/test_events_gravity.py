"""A story's violence leads the arrests, seizures and deployments around it (events/gravity.py)."""

from __future__ import annotations

import pytest
from test_events_support import PUBLISHED

from eventscope.events.gravity import violence_first
from eventscope.models import EventMention


def event(cameo: str, confidence: float, sent_index: int = 0) -> EventMention:
    return EventMention(None, None, cameo, 0, 1, sent_index, confidence)


def test_the_violence_moves_just_above_the_best_coercion_keeping_its_order() -> None:
    ranked = violence_first(
        [event("173", 0.8), event("193", 0.55), event("180", 0.5), event("010", 0.7)]
    )
    # both violence events move by the same step; the arrest and the statement keep their rank
    assert [e.confidence for e in ranked] == [0.8, 0.81, 0.76, 0.7]


@pytest.mark.parametrize(
    "events",
    [
        [event("173", 0.8), event("010", 0.9)],  # no violence: the arrest is the news
        [event("190", 0.5), event("010", 0.9)],  # no coercion: nothing to order
        [event("190", 0.9), event("171", 0.8)],  # the violence already leads
        [event("190", 0.5), event("141", 0.8)],  # a protest is no coercion (stories.py)
        [event("190", 0.5), event("163", 0.8)],  # nor is reducing relations (16)
    ],
)
def test_stories_without_both_kinds_keep_their_ranks(events) -> None:
    assert violence_first(events) == events


def test_a_force_posture_ranks_below_the_violence_too() -> None:
    ranked = violence_first([event("152", 0.9), event("1823", 0.6)])
    assert [e.confidence for e in ranked] == [0.9, 0.91]


def test_the_raised_confidence_stays_a_probability() -> None:
    ranked = violence_first([event("173", 1.0), event("190", 0.6)])
    assert ranked[1].confidence == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March, Kenyan police arrested two men hours after a grenade attack in Mandera. "
        "The attack killed three passengers on a bus.",
        "On 5 March, an IED exploded near a police post in Mogadishu, killing two officers. "
        "Somali police detained five suspects.",
        "On 5 March, armed men killed a farmer in Zamfara, Nigeria. "
        "Soldiers later arrested one of the attackers.",
    ],
)
def test_the_top_event_of_a_story_of_violence_and_arrests_is_the_violence(pipeline, text) -> None:
    events = pipeline.code_text(text, published=PUBLISHED)
    roots = {e.root for e in events}
    assert "17" in roots  # the arrest is still coded
    top = max(events, key=lambda e: e.confidence)
    assert top.root in {"18", "19", "20"}


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March, Indian police arrested 20 protesters in Delhi.",
        "On 5 March, Iraqi police arrested a man over the killing of an activist in Basra last "
        "year.",
    ],
)
def test_an_arrest_alone_or_for_a_past_killing_leads(pipeline, text) -> None:
    events = pipeline.code_text(text, published=PUBLISHED)
    top = max(events, key=lambda e: e.confidence)
    assert top.cameo == "173"


def test_a_claim_of_responsibility_ranks_below_the_violence_it_is_about() -> None:
    ranked = violence_first([event("183", 0.55), event("015", 0.8, 1), event("016", 0.7, 2)])
    assert [e.confidence for e in ranked] == [0.81, 0.8, 0.7]
    # violence said in the claim's own sentence is what is claimed or denied: the claim leads
    said = [event("016", 0.8), event("201", 0.5)]
    assert violence_first(said) == said
    alone = [event("015", 0.8), event("010", 0.6)]
    assert violence_first(alone) == alone  # no violence in the story: the claim is the news


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "On 5 March, a roadside bomb exploded near an army convoy in Lower Shabelle, "
            "Somalia. Al-Shabaab claimed responsibility for the attack.",
            "015",
        ),
        (
            "On 5 March, a bomb exploded at a market in Kabul, killing four people. "
            "The Taliban denied any role in the attack.",
            "016",
        ),
    ],
)
def test_the_attack_leads_the_claim_or_denial_of_it(pipeline, text, statement) -> None:
    events = pipeline.code_text(text, published=PUBLISHED)
    assert statement in {e.cameo for e in events}  # the statement is still coded
    top = max(events, key=lambda e: e.confidence)
    assert top.root == "18"
