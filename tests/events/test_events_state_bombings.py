"""CAMEO 183 is non-military bombing: a state or its forces bombing a village or a town are an
air attack, 195 (``events/bombings.py``, #15); rebels' and militants' bombs stay 183. "Military
jets" are the military (``data/actors/rules.toml`` installations). Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("The Myanmar army bombed a village in Sagaing region.", "MMRMIL", "195"),
        ("The Sudanese army bombed a market in Nyala, killing 30 people.", "SDNMIL", "195"),
        ("Military jets bombed a school in Sagaing, killing 11 children.", "MMRMIL", "195"),
        ("Russian aircraft bombed rebel-held towns in Idlib province.", "RUSMIL", "195"),
        ("Myanmar's junta bombed a village in Sagaing region, killing 40 people.", "MMRGOV", "195"),
        ("The Syrian regime bombed a market in Idlib.", "SYRGOV", "195"),
        ("The government bombed rebel positions near Kutum in Darfur.", "SDNGOV", "195"),
        ("Militants bombed a bus station in Quetta.", "PAKUAF", "183"),
        ("Rebels bombed a railway line in eastern Colombia.", "COLREB", "183"),
    ],
)
def test_who_bombs_decides_the_code(pipeline, text, source, code):
    found = triples(pipeline, text, ON)
    assert (source, code) in [(s, c) for s, _, c in found], found
