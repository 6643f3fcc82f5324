"""Verb rows of #15 written from the CAMEO codebook's descriptions: standing with or by an
actor is support (051), ruling out talks rejects them (125), a bare "ruled out" only with an
actor, lashing out at one criticises it (111), resuming ties restores relations (050).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2025, 6, 10)

CODED = [
    ("The United States said it stood with the Philippines.", "USAGOV", "PHLGOV", "051"),
    ("Germany stands by Israel, the chancellor said.", "DEUGOV", "ISRGOV", "051"),
    ("Arab leaders said they stood with the Palestinian people.", "ARBGOV", "PSECVL", "051"),
    ("Iran's supreme leader ruled out direct talks with the United States.", "IRNGOV", "USAGOV",
     "125"),
    ("Kyiv ruled out any negotiations with Moscow while Russian troops remain in Ukraine.",
     "UKRGOV", "RUSGOV", "125"),
    ("Turkey's president lashed out at Sweden over the Koran burning.", "TURGOV", "SWEGOV",
     "111"),
    ("Saudi Arabia and Iran resumed diplomatic ties after seven years.", "SAUGOV", "IRNGOV",
     "050"),
    ("Qatar resumed diplomatic relations with Bahrain.", "QATGOV", "BHRGOV", "050"),
]  # fmt: skip

UNCODED = [
    "The minister said he stood by his decision.",
    "Police ruled out foul play in the death of the activist.",
    "The prime minister ruled out an early election.",
]


@pytest.mark.parametrize(("text", "source", "target", "code"), CODED)
def test_support_and_rejection_rows(pipeline, text, source, target, code):
    assert (source, target, code) in triples(pipeline, text, ON)


@pytest.mark.parametrize("text", UNCODED)
def test_no_actor_no_event(pipeline, text):
    assert triples(pipeline, text, ON) == []
