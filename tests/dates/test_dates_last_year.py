"""A past event's day named without a year that would fall after publication is last year's.

"Russia and China signed the accord on July 8" in a story of 20 May: the date finder reads
the nearer July 8 (seven weeks ahead: a reporting verb's tense is no evidence for what it
reports), and a past event cannot happen after its report, so the event took the
publication date. The one reading that fits is last July (:mod:`eventscope.dates.earlier`).
All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.dates.earlier import year_earlier
from eventscope.models import TimeExpression
from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 5, 20)


def _expression(text: str, when: date, precision: str = "day") -> TimeExpression:
    return TimeExpression(text, 0, len(text), when.isoformat(), precision, when)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("July 8", date(2024, 7, 8), date(2023, 7, 8)),
        ("8 July", date(2024, 7, 8), date(2023, 7, 8)),
        ("July 8th", date(2024, 7, 8), date(2023, 7, 8)),
        ("the 8th of July", date(2024, 7, 8), date(2023, 7, 8)),
        ("Dec. 12", date(2024, 12, 12), date(2023, 12, 12)),
        ("May 25", date(2024, 5, 25), date(2023, 5, 25)),
        # the text's own year, offset or weekday: its reading stands
        ("July 8, 2024", date(2024, 7, 8), None),
        ("next July 8", date(2024, 7, 8), None),
        ("Monday", date(2024, 5, 27), None),
        ("tomorrow", date(2024, 5, 21), None),
        # not after publication: nothing to move
        ("May 8", date(2024, 5, 8), None),
    ],
)
def test_year_earlier(text, when, expected) -> None:
    moved = year_earlier(_expression(text, when), PUBLISHED)
    assert (moved.date if moved else None) == expected
    if moved is not None:
        assert moved.value == expected.isoformat() and moved.text == text


def test_a_month_alone_is_not_moved() -> None:
    assert year_earlier(_expression("July", date(2024, 7, 1), "month"), PUBLISHED) is None


def test_a_leap_day_without_one_last_year_is_not_moved() -> None:
    leap = _expression("February 29", date(2028, 2, 29))
    assert year_earlier(leap, date(2027, 12, 20)) is None


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and China signed the accord on July 8.", "2023-07-08"),
        ("Russia and China signed the accord on July 8, officials said on Monday.", "2023-07-08"),
        ("The Indian army shelled Pakistani positions on 12 December.", "2023-12-12"),
        # a gerund takes the tense of the clause it hangs on
        (
            "On 14 July, a mine planted by JNIM exploded under an army truck near Djibo, "
            "killing four soldiers.",
            "2023-07-14",
        ),
        (
            "On 2 August, Russian forces shelled the city of Kharkiv, injuring two civilians.",
            "2023-08-02",
        ),
        # future or intended: the day ahead stands
        ("Russia and China will sign the accord on July 8.", "2024-07-08"),
        ("Russia and China said they would sign the accord on July 8.", "2024-07-08"),
        # already past this year: this year's day
        ("Russia and China signed the accord on May 8.", "2024-05-08"),
    ],
)
def test_a_past_event_on_a_yearless_day_ahead_is_dated_last_year(pipeline, text, expected):
    dates = {str(e.date) for e in pipeline.code_text(text, published=PUBLISHED)}
    assert dates == {expected}
