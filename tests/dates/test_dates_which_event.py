"""Which date goes with which event when a sentence names several, and counts that are not
years (issue 15). All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.dates import find_time_expressions
from eventscope.pipeline import Pipeline

WEDNESDAY = date(2021, 1, 6)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A date on a noun of the clause dates that noun, not the clause's verb.
        (
            "The attack on Sunday was condemned by the United Nations on Monday.",
            "condemned",
            "2021-01-04",
        ),
        # A date between a reporting verb and its clause's subject is the report's.
        (
            "Police in Lagos said on Tuesday they had arrested 12 protesters on Sunday.",
            "arrested",
            "2021-01-03",
        ),
        # Still: the event's own date, fronted or after the verb.
        ("On Sunday, police in Lagos arrested 12 protesters.", "arrested", "2021-01-03"),
        (
            "Saturday's attack on a police station in Kano killed four officers.",
            "attack",
            "2021-01-02",
        ),
        (
            "Israel struck Gaza on Monday, and Hamas fired rockets at Israel on Tuesday.",
            "fired",
            "2021-01-05",
        ),
        (
            "Russia, which annexed Crimea in 2014, shelled Kharkiv on Tuesday.",
            "shelled",
            "2021-01-05",
        ),
        # A date owned by a noun ("last year's floods") dates the noun, not the thanking or
        # the condemning; the noun's own subject clause keeps it ("Saturday's attack" above).
        (
            "Chile thanked Peru for its help during last year's floods.",
            "thanked",
            "2021-01-06",
        ),
        (
            "The United States condemned Saturday's attack on a police station in Kano.",
            "condemned",
            "2021-01-06",
        ),
    ],
)
def test_the_date_of_each_event(pipeline, text, trigger, expected) -> None:
    dated = {e.trigger: str(e.date) for e in pipeline.code_text(text, published=WEDNESDAY)}
    assert dated[trigger] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monitors counted a total of 1513 shots near Horlivka on Sunday.", ["Sunday"]),
        ("Aid for 1500 families arrived.", []),
        # A year after a preposition of time stays a year, before a plural noun too.
        ("In 2014 protests erupted in Kiev.", ["2014"]),
        ("Protests erupted in 2014.", ["2014"]),
    ],
)
def test_a_count_before_a_plural_noun_is_no_year(nlp, text, expected) -> None:
    assert [e.text for e in find_time_expressions(nlp(text), published=WEDNESDAY)] == expected
