"""Numbers that are not event dates, and dates carried into the next sentence (issue 14).

Clock times ("at 1100 EST") and years inside names ("the Trade Act of 1974") are not dates;
an event is not dated more than a year after publication, nor long before it without a
past-tense clause; a sentence that refers back to the event before ("During the meeting,
...") takes its date. All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.dates import find_time_expressions
from eventscope.dates.support import plausible
from eventscope.models import TimeExpression
from eventscope.pipeline import Pipeline

PUBLISHED = date(1987, 3, 11)


def _words_doc(vocab, text: str) -> Doc:
    """A one-sentence Doc from space-separated words (no parse: the finder's word rules)."""
    words = text.split(" ")
    return Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bids are due at 1100 EST on Thursday", ["Thursday"]),
        ("Offers close by 1430 hrs EDT , April 21", ["April 21"]),
        ("Trading runs from 1800 to 2100 local time", []),
        ("Trading runs between 1800 and 2100 GMT", []),
        ("The exchange shuts at 1500 ( 1400 GMT )", []),
        ("The rate was set at 1030 gmt today", ["today"]),
        ("The Trade Act of 1974 says nothing", []),
        ("Under the Treaty of 1921 they share the river", []),
        ("The Class of 1987 marched", []),
        # Still dates: a year after a preposition, a month before "of", a range of years.
        ("Iran attacked Iraq in 1980", ["1980"]),
        ("Prices rose in March of 1986", ["March", "1986"]),
        ("Output fell from 1984 to 1986", ["1984 to 1986"]),
    ],
)
def test_clock_times_and_years_in_names_are_not_dates(vocab, text, expected) -> None:
    doc = _words_doc(vocab, text)
    found = find_time_expressions(doc, published=PUBLISHED)
    assert [e.text for e in found] == expected


def _expression(when: date, precision: str = "day") -> TimeExpression:
    return TimeExpression(
        text="x", start=0, end=1, value=when.isoformat(), precision=precision, date=when
    )


@pytest.mark.parametrize(
    ("when", "past", "expected"),
    [
        (date(1987, 3, 11), False, True),  # the day of publication
        (date(1987, 3, 5), False, True),  # last week: a present-tense headline may report it
        (date(1987, 2, 1), False, False),  # older, and no past tense supports it
        (date(1974, 1, 1), True, True),  # "attacked ... in 1974"
        (date(1988, 3, 1), False, True),  # planned within the year
        (date(1988, 3, 12), True, False),  # more than a year ahead: not an event date
        (date(2012, 1, 1), False, False),
    ],
)
def test_plausible_event_dates(when: date, past: bool, expected: bool) -> None:
    """Day dates; periods below."""
    assert plausible(_expression(when), published=PUBLISHED, past=past) is expected
    assert plausible(_expression(when), published=None, past=past) is True


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def _dates(pipeline: Pipeline, text: str, published: date) -> list[tuple[str, str, str]]:
    return [
        (event.trigger, str(event.date), event.date_source)
        for event in pipeline.code_text(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Uganda held talks in Nairobi on 3 May. "
            "At the talks, Kenya accused Uganda of blocking trucks.",
            ("accused", "2021-05-03", "text"),
        ),
        (
            "The Peruvian president visited Chile on July 30. "
            "During his visit, Peru signed a trade agreement with Chile.",
            ("signed", "2021-07-30", "text"),
        ),
        # No reference back: the publication date, not the previous sentence's.
        (
            "Kenya and Uganda held talks in Nairobi on 3 May. "
            "Later, Kenya accused Uganda of blocking trucks.",
            ("accused", "2021-09-02", "published"),
        ),
    ],
)
def test_a_sentence_continuing_the_event_before_takes_its_date(pipeline, text, expected) -> None:
    assert expected in _dates(pipeline, text, date(2021, 9, 2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Long before publication: a past tense dates the event, a present tense does not.
        ("Brazil criticised Argentina in 1975 over the dam.", ("criticised", "1975-01-01")),
        ("Brazil criticises Argentina's 1975 dam.", ("criticises", "1987-03-11")),
        # Far ahead of publication: a target, not when the event happened.
        ("Brazil promised aid to Argentina in 1995.", ("promised", "1987-03-11")),
        # Within a year ahead: a planned event keeps its date.
        ("France and Germany will sign the accord on June 2.", ("sign", "1987-06-02")),
    ],
)
def test_event_dates_against_the_publication_date(pipeline, text, expected) -> None:
    assert expected in [(t, d) for t, d, _ in _dates(pipeline, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("when", "precision", "expected"),
    [
        (date(1987, 1, 1), "year", True),  # "this year": runs to December, so it is recent
        (date(1987, 4, 1), "month", True),  # "this month"
        (date(1987, 3, 1), "month", False),  # "in March", no past tense
        (date(1986, 1, 1), "year", False),  # "in 1986", no past tense
        (date(1987, 1, 1), "quarter", False),  # ended in March, more than a week before
    ],
)
def test_a_period_is_recent_when_it_reaches_the_publication_week(when, precision, expected):
    published = date(1987, 4, 20)
    assert plausible(_expression(when, precision), published=published, past=False) is expected


@pytest.mark.parametrize(
    ("when", "published", "precision"),
    [
        (date(9999, 12, 1), date(9999, 12, 31), "day"),
        (date(9999, 1, 1), date(9999, 12, 31), "decade"),
        (date(1, 1, 1), date(1, 1, 5), "day"),
        (date(1, 1, 1), date(9999, 12, 31), "year"),
    ],
)
def test_plausible_at_the_ends_of_the_calendar(when, published, precision) -> None:
    """Regression (fuzz): sums near 0001-01-01 or 9999-12-31 overflowed."""
    expression = _expression(when, precision)
    assert plausible(expression, published=published, past=True) is True
    plausible(expression, published=published, past=False)
