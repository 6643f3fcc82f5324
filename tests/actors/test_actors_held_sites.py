"""A force's sites stand for the force: "military sites/targets/airfields" (as "a military
base" did), and "Ukrainian military positions" is one actor (UKRMIL), not also "military
positions" without a country (``actors.drafts.without_nested``, #15). Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.pipeline import Pipeline

ON = date(2025, 6, 10)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


NESTED = [
    ("Russia struck Ukrainian military positions overnight.", "RUSMIL", "UKRMIL"),
    ("Russia struck Ukrainian military airfields overnight.", "RUSMIL", "UKRMIL"),
    ("Israeli jets struck military targets in Syria.", "ISRMIL", "SYRMIL"),
    ("Israel struck military sites near Damascus.", "ISRMIL", "SYRMIL"),
    ("Russian drones hit Ukrainian airfields in the west.", "RUSMIL", "UKRMIL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), NESTED)
def test_a_forces_sites_and_targets_stand_for_that_force(pipeline, text, source, target):
    # one actor for "Ukrainian military positions" (not also "military positions"), and
    # "military sites/targets/airfields" are held by a force (data/actors/rules.toml)
    assert (source, target) in [(s, t) for s, t, _ in triples(pipeline, text, ON)]
