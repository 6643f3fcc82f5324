"""A "by" agent that names no one (events/weapons.py ``named_agent``, #15): "shot dead by four
men" has an unnamed attacker, as "was found shot dead" has; a coded actor, a weapon or a word
that is no person noun keeps the agent named. Sentences we wrote."""

from __future__ import annotations

import pytest
from test_events_support import coded_codes

from eventscope.events.weapons import named_agent
from eventscope.models import Actor, ActorMention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person noun as the agent: an unidentified armed attacker of the place's country
        (
            "On 6 March, two men were shot dead by three men inside a workshop in Celaya.",
            ("MEXUAF", "MEXCVL", "193"),
        ),
        (
            "On 6 March, a trader was shot dead by four men in Culiacan.",
            ("MEXUAF", "MEXBUS", "193"),
        ),
        # an agent the dictionary codes is the attacker itself
        (
            "On 6 March, a trader was shot dead by unidentified gunmen in Culiacan.",
            ("MEXUAF", "MEXBUS", "193"),
        ),
        ("On 6 March, a man was arrested by police in Lagos.", ("NGACOP", "NGACVL", "173")),
    ],
)
def test_a_stranger_agent_is_an_unnamed_attacker(pipeline, text, expected):
    assert expected in coded_codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # no word of violence: "killed" may be an accident whoever the agent is
        "On 6 March, a pedestrian was killed by a speeding truck in Kano.",
        "On 6 March, a cyclist was killed by a man driving a van in Kano.",
    ],
)
def test_no_attacker_without_violence(pipeline, text):
    assert not [c for c in coded_codes(pipeline, text) if c[0] and c[0].endswith("UAF")]


def _agent_verb(nlp, text: str):
    doc = nlp(text)
    return doc, next(t for t in doc if any(c.dep_ == "agent" for c in t.children))


@pytest.mark.parametrize(
    ("text", "covered", "named"),
    [
        ("A trader was shot by four men.", False, False),
        ("A trader was shot by four men.", True, True),  # an actor covers "men"
        ("A trader was shot by soldiers.", False, True),  # "soldier" is no stranger noun
        ("A trader was killed by a bomb.", False, False),  # a weapon is no agent
    ],
)
def test_named_agent(nlp, text, covered, named):
    doc, verb = _agent_verb(nlp, text)
    noun = next(t for t in doc if t.dep_ == "pobj")
    actor = Actor(
        text=noun.text,
        start=noun.idx,
        end=noun.idx + len(noun),
        country="MEX",
        sector="UAF",
        code="MEXUAF",
    )
    actors = [ActorMention(actor=actor, start=noun.i, end=noun.i + 1, sent_index=0)]
    assert named_agent(verb, {"man", "person"}, actors if covered else []) is named
