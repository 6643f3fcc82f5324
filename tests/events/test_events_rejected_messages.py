"""A message that a verb vetoes, blocks or rejects: the rejection is the event, its target the
message's author, and the message's participle reports nothing.

"Hungary vetoed an EU statement criticising China's record" coded Hungary criticising China
(111): the verb that issues a message ("issued a statement praising X") leaves the event to
the participle, and every verb was read so. A verb of CAMEO 11, 12 or 16 acts on the message
instead (:mod:`eventscope.events.authored`). A law is such a message ("passed a law banning
X": the passer bans X). All sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from test_events_support import found_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary vetoed an EU statement criticising China's human rights record.",
         {("HUNGOV", "IGOEUREEC", "129")}),
        ("Hungary rejected an EU statement criticising China.", {("HUNGOV", "IGOEUREEC", "120")}),
        ("Russia blocked a UN resolution condemning the coup in Myanmar.",
         {("RUSGOV", "IGOUNO", "129")}),
        ("China blocked a statement by the Security Council on Myanmar.",
         {("CHNGOV", "IGOUNO", "129")}),
        # a verb that issues or adopts the message leaves the event to its participle
        ("France issued a statement praising Morocco.", {("FRAGOV", "MARGOV", "051")}),
        # a law is such a message: what it does, its makers do (172 administrative sanctions)
        ("Israel's parliament passed a law banning UNRWA from operating in Israel.",
         {("ISRLEG", "IGOUNORWA", "172")}),
    ],
)  # fmt: skip
def test_a_rejected_message_is_the_rejection(nlp, actors, events, text, expected):
    assert found_codes(nlp, actors, events, text) == expected


def test_an_adopted_resolution_still_condemns(nlp, actors, events):
    text = "The UN Security Council adopted a resolution condemning Iran's missile tests."
    assert any(s == "IGOUNO" and c == "111" for s, _, c in found_codes(nlp, actors, events, text))
