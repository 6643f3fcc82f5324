"""A named group's members are the group (issue 15; ``actors/members.py``). Sentences are our
own; the actor stage alone, and one end-to-end case of who attacks whom."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.drafts import Draft
from eventscope.actors.members import with_members

ON = date(2024, 5, 9)


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("Two PKK members were killed near the border.", "PKK members", "TURREBPKK"),
        ("One MS-13 member was injured during the shooting.", "MS-13 member", "IMGCRMMSX"),
        ("A Hamas member was shot dead in the street.", "Hamas member", "PSEREBHMS"),
        ("Hamas cadres fired rockets at the town.", "Hamas cadres", "PSEREBHMS"),
        # a country's members are no group's: left alone
        ("Nigerian members of the club met in the hall.", "Nigerian", None),
    ],
)  # fmt: skip
def test_members_of_a_named_group_are_the_group(actors, nlp, text, actor, code):
    found = {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}
    if code is None:
        assert all(not t.endswith("members") for t in found), found
    else:
        assert found.get(actor) == code, found


def test_the_group_does_not_attack_its_own_members(nlp):
    from eventscope.pipeline import Pipeline

    events = Pipeline(nlp=nlp).code_text("A Hamas member was shot dead in Gaza city.", published=ON)
    assert events
    assert all(e.source is None or e.source.code != "PSEREBHMS" for e in events)


def test_person_and_state_drafts_are_left_alone(nlp):
    doc = nlp("Hamas members and Smith members met.")
    drafts = [Draft(0, 1, code="PSEREBHMS"), Draft(3, 4, code="USAGOVXYZ", person=True)]
    assert [(d.start, d.end) for d in with_members(doc, drafts)] == [(0, 2), (3, 4)]
