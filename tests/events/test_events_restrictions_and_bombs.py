"""Barring people, export controls, bombs dropped and threats to retaliate (#15). Texts written
for these tests; the codes follow the CAMEO codebook.

* "barred women from studying": an administrative restriction on people (172), only with
  someone barred (``verbs.tsv`` ``bar``).
* "imposed export controls on X": an embargo (163).
* "dropped barrel bombs on X": aerial bombing (195); "dropped its sanctions" stays 085.
* "vowed to retaliate": a threat of force (138) even with no one named.
* "cut security coordination with X": reduced relations (160).
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2026, 3, 10)

CODED = [
    ("The Taliban barred women from studying at universities.", "AFGGOVTAL", "AFGCVL", "172"),
    ("Israel barred UN officials from entering Gaza.", "ISRGOV", "IGOUNO", "172"),
    ("The United States imposed export controls on advanced chips to China.",
     "USAGOV", "CHNGOV", "163"),
    ("Syrian helicopters dropped barrel bombs on rebel-held areas of Aleppo.",
     "SYRMIL", "SYRREB", "195"),
    ("The United States dropped its sanctions on Venezuela.", "USAGOV", "VENGOV", "085"),
    ("Iran vowed to retaliate against Israel.", "IRNGOV", "ISRGOV", "138"),
    ("Israel retaliated against Hezbollah on Sunday.", "ISRMIL", "LBNREBHZB", "190"),
    ("The Palestinian Authority cut security coordination with Israel.", "PSEGOV", "ISRGOV", "160"),
    ("Mali halted security coordination with France.", "MLIGOV", "FRAGOV", "160"),
    ("Ukraine cut all contacts with Russia.", "UKRGOV", "RUSGOV", "160"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target", "code"), CODED)
def test_coded_by_the_codebook(pipeline, text, source, target, code):
    found = triples(pipeline, text, ON)
    assert (source, target, code) in found, found


def test_a_vow_to_retaliate_with_no_one_named_is_a_threat(pipeline):
    found = triples(pipeline, "Afghanistan's Taliban government vowed to retaliate.", ON)
    assert [t[2] for t in found] == ["138"], found


def test_barring_with_no_one_barred_is_no_event(pipeline):
    assert triples(pipeline, "The president barred the door.", ON) == []
