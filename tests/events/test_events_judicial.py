"""A state that executes a prisoner acts through its government (``events/build.py``,
``with_state_sector``): a country named alone that hangs, executes or beheads someone is its
government (GOV), not its military (MIL) as for other violence; an actor named with its own
sector keeps it. Sentences are our own."""

from __future__ import annotations

import pytest
from test_events_support import coded_codes


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iran hanged a man convicted of spying for Israel.", "IRNGOV"),
        ("Iran hanged two protesters on Thursday.", "IRNGOV"),
        ("Saudi Arabia executed two men convicted of drug smuggling.", "SAUGOV"),
        ("Iraq executed 21 men convicted of terrorism on Monday.", "IRQGOV"),
        ("China executed a former official convicted of bribery.", "CHNGOV"),
        # other violence by a country named alone stays its military's
        ("Russia shelled the town of Avdiivka.", "RUSMIL"),
        # an actor named with its own sector keeps it
        ("Iranian soldiers executed three prisoners near the border.", "IRNMIL"),
    ],
)
def test_an_execution_by_a_state_is_its_governments(pipeline, text, source):
    found = coded_codes(pipeline, text)
    assert source in {s for s, _, _ in found}, found
