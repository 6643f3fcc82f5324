"""Recall of events whose verb the patterns missed (#15): a negated future of a cooperative
act is a refusal (CAMEO 12x), "stepped up attacks" carries out the attack, "imposed a blockade"
is 191. Sentences we wrote."""

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
    ("text", "source", "target", "code"),
    [
        # CAMEO 124 "refuse to yield" (1244: to ease sanctions; 1243: to release persons)
        ("Japan will not lift its sanctions on North Korea until the abductees return.",
         "JPN", "PRK", "124"),
        ("The Chinese foreign minister said Beijing would not release the Canadian detainees.",
         "CHN", "CAN", "124"),
        ("Kenya won't withdraw its troops from Somalia, the defence minister said.",
         "KEN", "SOM", "124"),
        # CAMEO 125 "reject proposal to meet"
        ("Egypt will not meet Ethiopian officials next week.", "EGY", "ETH", "125"),
    ],
)  # fmt: skip
def test_a_negated_future_of_cooperation_is_a_refusal(
    nlp, actors, events, text, source, target, code
):
    assert (source, target, code) in coded(nlp, actors, events, text)


@pytest.mark.parametrize(
    ("text", "banned_roots"),
    [
        # a negated future of a hostile act refuses nothing: no event (as before)
        ("Russia would impose no restrictions on Turkish imports, a minister said.", {"16", "12"}),
        ("Pakistan will not attack India, the prime minister said.", {"19", "12"}),
        # a negated past is no event and no refusal
        ("Brazil did not lift the ban on Argentine beef.", {"08", "12"}),
    ],
)
def test_other_negations_code_no_refusal(nlp, actors, events, text, banned_roots):
    found = {code[:2] for _, _, code in coded(nlp, actors, events, text)}
    assert not found & banned_roots, found


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Taliban fighters have stepped up attacks on Afghan police.", "AFG", "AFG", "190"),
        ("Russian forces intensified attacks on Ukrainian positions.", "RUS", "UKR", "190"),
        ("Israeli forces imposed a blockade on the Gaza Strip.", "ISR", "PSE", "191"),
    ],
)
def test_more_of_an_event_noun_is_the_event(nlp, actors, events, text, source, target, code):
    assert (source, target, code) in coded(nlp, actors, events, text)


def test_winding_down_an_event_noun_is_not_the_event(nlp, actors, events):
    doc = nlp("The Kenyan opposition stepped down its protests against the government.")
    patterns = [e.pattern for e in events.find(doc, actors.find(doc))]
    assert not any(p.startswith("verb:step") for p in patterns), patterns
