"""A denial or an allegation codes itself, whatever act it names (#15).

"Rwanda denied supporting the M23 rebels fighting in eastern Congo" was 016 at 0.44 beside the
classifier's 070 (the support it denies): the model reads the act denied or alleged, which the
sentence does not report. A rule event by a verb of allegation ("accuse", "deny", "blame") is
not outvoted by the model (``events/clauses.outvotable``). Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Rwanda denied supporting the M23 rebels fighting in eastern Congo.", "RWAGOV",
         "CODREBM23"),
        ("Iran denied sending weapons to the Houthi rebels fighting in Yemen.", "IRNGOV",
         "YEMREBHTH"),
        ("Uganda denied arming the rebels operating in South Sudan.", "UGAGOV", None),
    ],
)  # fmt: skip
def test_a_denial_is_only_the_denial(pipeline, text, source, target):
    found = triples(pipeline, text, ON)
    assert [code for _, _, code in found] == ["016"], found
    assert found[0][0] == source
    if target is not None:
        assert found[0][1] == target
