"""A court's sentence yields nothing (#15): the classifier, sure that "a court sentenced X to
prison" reports material cooperation, added its 080 beside the rules' 173 and ranked the
sentence below it. Like an assault or a show of force, an imprisonment by a verb of
sentencing is not outvoted by a reading of material cooperation (``events/clauses``
``outvotable``); arrests stay outvotable ("freed X, who had been detained"). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("An Egyptian court sentenced 12 activists to five years in prison.", "EGYJUD", "EGYOPP"),
        ("A court in Cairo sentenced a journalist to two years in prison.", "EGYJUD", "EGYMED"),
        ("A Pakistani court sentenced the former prime minister to 14 years in prison.",
         "PAKJUD", "PAKELI"),
    ],
)  # fmt: skip
def test_a_sentence_to_prison_is_only_the_sentence(pipeline, text, source, target):
    found = triples(pipeline, text, ON)
    assert found == [(source, target, "173")], found
