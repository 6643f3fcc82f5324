"""A date after "since", or in a clause describing a noun, dates only its own clause's event.

"India and Bangladesh agreed to resume train services suspended since 2020" dated the
agreement 2020-01-01, taking the year from the participle that describes the services. The
agreement is the story's news: it takes the publication date. A "since" date in the event's
own clause still dates it ("fighting has raged since Sunday": it began on Sunday). So with a
clause that describes a noun: "released a tanker seized in July" is not a July release. All
sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2026, 3, 10)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India and Bangladesh agreed to resume train services suspended since 2020.",
         "2026-03-10"),
        ("Iraq reopened its embassy in Damascus, closed since 2012.", "2026-03-10"),
        ("Chile restored flights to Peru, which had been halted since March 2024.",
         "2026-03-10"),
        ("Ghana released a Togolese journalist held since January 2025.", "2026-03-10"),
        # the date's own clause: the event began then
        ("Sudanese troops have fought the rebels in Darfur since Sunday.", "2026-03-08"),
    ],
)  # fmt: skip
def test_a_since_date_beside_the_event_does_not_date_it(pipeline, text, expected):
    dates = {str(e.date) for e in pipeline.code_text(text, published=PUBLISHED)}
    assert dates == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran released a British-flagged tanker seized in July.", "2026-03-10"),
        ("Ghana deported a Nigerian trader who was arrested on Monday.", "2026-03-10"),
        # the clause's own event keeps the clause's date
        ("Iran seized a British-flagged tanker in January.", "2026-01-01"),
    ],
)
def test_a_date_describing_a_noun_does_not_date_the_event(pipeline, text, expected):
    dates = {str(e.date) for e in pipeline.code_text(text, published=PUBLISHED)}
    assert dates == {expected}
