"""An objectless "help" passes its frame on: "is ready to help mediate" is an offer to
mediate (039), not a mediation (045), and its subject is found one head further up ("X said
it was ready to help mediate") (``events/shared_frame.py``, ``events/syntax.inherited_subject``,
#15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2025, 6, 10)

OFFERS = [
    ("Russia is ready to help mediate between Armenia and Azerbaijan.", "RUSGOV", "03"),
    ("Russia said it was ready to help mediate between Armenia and Azerbaijan.", "RUSGOV",
     "03"),
    ("Turkey offered to help mediate between Moscow and Kyiv.", "TURGOV", "03"),
    ("Qatar said it was willing to help negotiate a truce between Israel and Hamas.", "QATGOV",
     "03"),
]  # fmt: skip

DONE = [
    ("Qatar mediated between Israel and Hamas.", "QATGOV", "04"),
    ("Turkey helped mediate talks between Russia and Ukraine last year.", "TURGOV", "04"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "root"), OFFERS)
def test_an_offer_to_help_is_intent(pipeline, text, source, root):
    found = triples(pipeline, text, ON)
    assert found, text
    assert {(s, c[:2]) for s, _, c in found} == {(source, root)}, found


@pytest.mark.parametrize(("text", "source", "root"), DONE)
def test_a_mediation_done_is_coded_as_done(pipeline, text, source, root):
    found = triples(pipeline, text, ON)
    assert (source, root) in {(s, c[:2]) for s, _, c in found}, found
