"""The classifier's event for a sentence no rule coded has every conjoined subject as a source
and every conjoined object as a target, as the rules' events do (#15, compound agents).
Sentences written for these tests; the stand-in model fixes the classifier's reading (040)."""

from __future__ import annotations

from test_events_learned_fill import coded, coder, stand_in


def test_each_conjoined_subject_is_a_source_of_the_fill(nlp):
    found = coded(nlp, coder(stand_in(3.0)), "Kenya, Japan and Egypt gathered with Brazil.")
    assert found == {("KEN", "BRA", "040"), ("JPN", "BRA", "040"), ("EGY", "BRA", "040")}


def test_each_conjoined_owner_is_a_source_of_the_fill(nlp):
    text = "The envoys of Kenya and Egypt gathered with Brazil on Monday."
    assert coded(nlp, coder(stand_in(3.0)), text) == {("KEN", "BRA", "040"), ("EGY", "BRA", "040")}


def test_each_conjoined_object_is_a_target_of_the_fill(nlp):
    text = "Kenya gathered with Brazil and Egypt on Monday."
    assert coded(nlp, coder(stand_in(3.0)), text) == {("KEN", "BRA", "040"), ("KEN", "EGY", "040")}
