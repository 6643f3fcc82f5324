"""A past event's bare weekday that resolved ahead of publication is the day just gone.

"Police used water cannon to disperse protesters on Saturday": the weekday hangs on the
infinitive, which has no tense, so the finder reads the coming Saturday; the event's own verb
is past, so the Saturday is the one before the story (:func:`eventscope.dates.earlier.
week_earlier`). All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.dates.earlier import week_earlier
from eventscope.models import TimeExpression
from eventscope.pipeline import Pipeline

PUBLISHED = date(2026, 12, 1)  # a Tuesday


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def _expression(text: str, when: date) -> TimeExpression:
    return TimeExpression(text, 0, len(text), when.isoformat(), "day", when)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Saturday", date(2026, 12, 5), date(2026, 11, 28)),
        ("Friday", date(2026, 12, 4), date(2026, 11, 27)),
        ("Wednesday", date(2026, 12, 2), date(2026, 11, 25)),
        # the text's own offset, a month or a day not ahead: its reading stands
        ("next Saturday", date(2026, 12, 5), None),
        ("this Friday", date(2026, 12, 4), None),
        ("December 5", date(2026, 12, 5), None),
        ("Sunday", date(2026, 11, 29), None),
        ("tomorrow", date(2026, 12, 2), None),
    ],
)
def test_week_earlier(text, when, expected) -> None:
    moved = week_earlier(_expression(text, when), PUBLISHED)
    assert (moved.date if moved else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police used water cannon to disperse thousands of demonstrators in Belgrade on "
         "Saturday.", date(2026, 11, 28)),
        ("Police fired tear gas to disperse protesters in Lima on Saturday.", date(2026, 11, 28)),
        ("Troops were deployed to guard polling stations in Goma on Friday.", date(2026, 11, 27)),
        ("Soldiers opened fire to disperse protesters in Khartoum on Sunday.", date(2026, 11, 29)),
        # a future act keeps the coming day
        ("Police will use water cannon to disperse protesters in Lima on Saturday.",
         date(2026, 12, 5)),
    ],
)  # fmt: skip
def test_a_past_act_is_dated_to_the_day_just_gone(pipeline, text, expected) -> None:
    events = pipeline.code_text(text, published=PUBLISHED)
    assert events, text
    assert events[0].date == expected
