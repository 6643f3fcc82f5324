"""A state named as the owner of its own named group is no actor of its own
(:mod:`eventscope.actors.owners`). All sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.drafts import Draft
from eventscope.actors.owners import without_owning_states
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the party or group the possessive's country owns is the actor
        ("Hungary's Fidesz party criticised the European Commission.", "HUNPTYFDS", "IGOEUREEC"),
        ("Lebanon's Hezbollah group fired rockets at Israel.", "LBNREBHZB", "ISRGOV"),
        ("Germany's AfD party accused the police of bias.", "DEUPTYAFD", "DEUCOP"),
        # a bare country compound is no named group: the owner acts
        ("Russia's Ukraine invasion killed thousands of civilians.", "RUSMIL", None),
    ],
)  # fmt: skip
def test_owned_named_group_is_the_actor(pipeline, text, source, target):
    events = pipeline.code_text(text, published=date(2024, 5, 6))
    dyads = {(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in events}  # fmt: skip
    assert (source, target) in dyads if target else source in {s for s, _ in dyads}


@pytest.mark.parametrize(
    ("owner", "named", "kept"),
    [
        (Draft(0, 1, country="HUN"), Draft(3, 4, country="HUN", code="HUNPTYFDS"), [1]),
        # a named actor of another country keeps its owner
        (Draft(0, 1, country="HUN"), Draft(3, 4, country="LBN", code="LBNREBHZB"), [0, 1]),
        # a country with a sector is a role, not a bare owner
        (Draft(0, 1, country="HUN", sector="GOV"), Draft(3, 4, country="HUN", code="HUNPTYFDS"),
         [0, 1]),
    ],
)  # fmt: skip
def test_only_bare_owners_of_their_own_named_group_go(nlp, owner, named, kept):
    doc = nlp("Hungary 's ruling Fidesz party won .")  # Fidesz: compound of "party"
    drafts = [owner, named]
    assert without_owning_states(doc, drafts) == [drafts[i] for i in kept]
