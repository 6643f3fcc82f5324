"""A purpose clause after an agreement its own row names is the agreement's purpose (#15):
"agreed to a truce to allow X" is the truce (0356) agreed, and "to allow X" is its purpose
(``events/frames.is_complement``), not the act agreed to. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israel and Hamas agreed to a four-day truce to allow the release of hostages.",
         "ISRGOV", "PSEREBHMS"),
        ("Russia and Ukraine agreed to a truce to allow the evacuation of civilians.", "RUSGOV",
         "UKRGOV"),
        ("Armenia and Azerbaijan agreed to a ceasefire to allow the return of the dead.",
         "ARMGOV", "AZEGOV"),
    ],
)  # fmt: skip
def test_a_truce_agreed_for_a_purpose_is_the_agreement(pipeline, text, source, target):
    assert (source, target, "0356") in triples(pipeline, text, ON)


def test_a_complement_of_agreeing_with_someone_stays_the_act(pipeline):
    text = "Iran agreed with Oman to expand trade."
    assert any(c.startswith("03") for _, _, c in triples(pipeline, text, ON))
