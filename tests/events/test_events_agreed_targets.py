"""Several subjects agreeing to an act with its own target: the classifier's guessed target is
that act's target named inside the complement ("Mexico and Canada agreed to lift tariffs on
American products" -> USA), not each other (events/cosubjects.py). With no such actor the
co-subjects still pair. Sentences written for these tests (#15)."""

from __future__ import annotations

import pytest
from test_events_support import found_codes


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Mexico and Canada agreed to lift retaliatory tariffs on American products.", "USAGOV"),
        ("Brazil and Argentina agreed to cut tariffs on Chinese steel.", "CHNGOV"),
        ("Italy and Greece agreed to tighten checks on Libyan vessels.", "LBYGOV"),
        ("Kenya and Tanzania agreed to scrap fees on Ugandan trucks.", "UGAGOV"),
    ],
)
def test_the_act_agreed_on_names_the_target(nlp, actors, events, text, target):
    found = found_codes(nlp, actors, events, text)
    subjects = {s for s, _, _ in found}
    assert len(subjects) == 2
    assert {t for _, t, _ in found} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan agreed to extend the water treaty.",
        "Japan and South Korea agreed to restore a military pact.",
    ],
)
def test_with_no_other_actor_the_co_subjects_still_pair(nlp, actors, events, text):
    pairs = {(s, t) for s, t, _ in found_codes(nlp, actors, events, text)}
    assert len(pairs) == 2 and {(t, s) for s, t in pairs} == pairs
