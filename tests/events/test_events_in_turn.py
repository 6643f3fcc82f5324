"""Two acts told in turn are two events, each in its own place (#15).

"After meeting Putin in Moscow, Hungary's Viktor Orban travelled to Beijing" coded only the
trip, placed in Moscow: the meeting, a gerund under "after", was dropped as said inside the
trip (``events/embedded.py``), and its place was taken as the trip's (``places/tie.py``). A
peaceful act done (roots 04-08) in a gerund after "after", "before" or "following" with no subject
of its own is news of its own, and a place inside it is its own. Sentences written for these
tests.
"""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2026, 3, 10)


def _events(pipeline, text):
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo[:2],
         e.location.name if e.location else None)
        for e in pipeline.code_text(text, published=ON)
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After meeting Putin in Moscow, Hungary's Viktor Orban travelled to Beijing.",
         {("HUNGOV", "RUSGOV", "04", "Moscow"), ("HUNGOV", "CHNGOV", "04", "Beijing")}),
        ("Before visiting Kyiv, the German chancellor met Polish President Andrzej Duda in "
         "Warsaw.", {("DEUGOV", "UKRGOV", "04", "Kyiv"), ("DEUGOV", "POLGOV", "04", "Warsaw")}),
        ("China signed a trade deal with Brazil after hosting Lula in Beijing.",
         {("CHNGOV", "BRAGOV", "05", "Beijing"), ("CHNGOV", "BRAGOV", "04", "Beijing")}),
    ],
)  # fmt: skip
def test_acts_told_in_turn_are_both_coded(pipeline, text, expected):
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a setting, not an act before or after: one event
        "Police fired tear gas at protesters during a march in Nairobi.",
        # an act of force after "after" stays inside the act it led to
        "The militants looted shops after attacking the village.",
        # an intent before another is one statement
        "Chile offered to send aid to Peru after agreeing to deepen cooperation with Lima.",
    ],
)
def test_other_gerunds_and_settings_stay_one_event(pipeline, text):
    assert len(pipeline.code_text(text, published=ON)) <= 1
