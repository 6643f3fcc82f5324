"""A deadline does not date an act still ahead (#15).

"France will withdraw its troops from Chad by the end of January, the Chadian government said"
was dated 2027-01-01: the month the withdrawal is to be done by. The event coded is the intent
stated (CAMEO 0356), which the story's own date dates. A date after "by" or "before" (or "by
the end of", "before the middle of") on a verb still ahead is a time limit
(``dates/attach.py`` ``_deadline``); on a past verb ("had left Niger by December 22") it still
dates the act. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2026, 12, 1)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    "text",
    [
        "France will withdraw its troops from Chad by the end of January, the Chadian "
        "government said.",
        "The United States will lift sanctions on Syrian banks by March.",
        "Russia will withdraw its forces from the border region before the end of February.",
    ],
)
def test_a_deadline_of_an_act_ahead_does_not_date_it(pipeline, text):
    found = pipeline.code_text(text, published=PUBLISHED)
    assert found, found
    assert {str(e.date) for e in found} == {"2026-12-01"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past act done by a day is dated by that day
        ("Chad expelled the French ambassador by November 28.", "2026-11-28"),
        # a plain date of an act ahead is not a deadline
        ("Germany will send 500 tanks to Poland on December 20.", "2026-12-20"),
    ],
)
def test_other_dates_still_date_the_act(pipeline, text, expected):
    assert expected in {str(e.date) for e in pipeline.code_text(text, published=PUBLISHED)}
