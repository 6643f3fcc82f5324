"""normalise(): expression strings → TIMEX3 values, with no spaCy model."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.dates import normalise
from eventscope.dates.lexicon import DateLexicon
from eventscope.dates.tense import context_direction

DCT = date(2020, 8, 20)  # a Thursday


@pytest.mark.parametrize(
    ("expression", "context", "value", "precision"),
    [
        # absolute
        ("on July 12", "The clash happened on July 12.", "2020-07-12", "day"),
        ("11 August", "The fair opened on 11 August.", "2020-08-11", "day"),
        ("February 12", "Aid was sent on February 12.", "2020-02-12", "day"),
        ("on 3 March 2019", "They signed it on 3 March 2019.", "2019-03-03", "day"),
        ("March 3, 2019", "They signed it March 3, 2019.", "2019-03-03", "day"),
        ("2019-03-03", "The decree is dated 2019-03-03.", "2019-03-03", "day"),
        ("Sept. 30", "The deadline passed on Sept. 30.", "2020-09-30", "day"),
        ("in May 2018", "The port opened in May 2018.", "2018-05", "month"),
        ("in 2019", "Trade doubled in 2019.", "2019", "year"),
        (
            "the third quarter of 2018",
            "Profit fell in the third quarter of 2018.",
            "2018-Q3",
            "quarter",
        ),
        ("the 1990s", "The region changed in the 1990s.", "199", "decade"),
        ("the '80s", "The region changed in the '80s.", "198", "decade"),
        ("March two", "The offer expires March two.", "2020-03-02", "day"),
        ("summer 2016", "They visited in summer 2016.", "2016-SU", "season"),
        # relative days
        ("yesterday", "The minister said yesterday.", "2020-08-19", "day"),
        ("today", "The talks open today.", "2020-08-20", "day"),
        ("tomorrow", "The talks open tomorrow.", "2020-08-21", "day"),
        ("two days ago", "They met two days ago.", "2020-08-18", "day"),
        ("last night", "Shelling resumed last night.", "2020-08-19", "day"),
        # weekdays by tense
        ("on Monday", "The ministers met on Monday.", "2020-08-17", "day"),
        ("on Monday", "The ministers will meet on Monday.", "2020-08-24", "day"),
        ("next Tuesday", "Talks resume next Tuesday.", "2020-08-25", "day"),
        ("last Tuesday", "Talks resumed last Tuesday.", "2020-08-18", "day"),
        ("Thursday", "The envoy arrived Thursday.", "2020-08-20", "day"),
        ("Friday night", "Rockets hit the town Friday night.", "2020-08-14", "day"),
        # units moved by offsets
        ("last week", "Exports fell last week.", "2020-W33", "week"),
        ("next week", "Exports will rise next week.", "2020-W35", "week"),
        ("last month", "Exports fell last month.", "2020-07", "month"),
        ("earlier this month", "Exports fell earlier this month.", "2020-08", "month"),
        ("this year", "Exports grew this year.", "2020", "year"),
        ("last year", "Exports grew last year.", "2019", "year"),
        ("next year", "Exports will grow next year.", "2021", "year"),
        ("a year ago", "Sales were lower a year ago.", "2019", "year"),
        ("the third quarter", "Profit fell in the third quarter.", "2020-Q3", "quarter"),
        (
            "last year's fourth quarter",
            "Profit fell in last year's fourth quarter.",
            "2019-Q4",
            "quarter",
        ),
        ("this summer", "The talks stalled this summer.", "2020-SU", "season"),
        ("last fall", "The talks stalled last fall.", "2019-FA", "season"),
        # references
        ("now", "Prices are now higher.", "PRESENT_REF", None),
        ("recently", "Prices recently rose.", "PAST_REF", None),
        ("a few years ago", "Prices rose a few years ago.", "PAST_REF", None),
        ("the future", "Prices may rise in the future.", "FUTURE_REF", None),
    ],
)
def test_normalise_forms(expression, context, value, precision):
    found = normalise(expression, dct=DCT, context=context)
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize(
    ("expression", "dct", "context", "value"),
    [
        # the year follows the nearer reading across a year boundary
        ("on December 28", date(2021, 1, 5), "They met on December 28.", "2020-12-28"),
        ("on January 5", date(2020, 12, 28), "They will meet on January 5.", "2021-01-05"),
        ("in December", date(2021, 1, 5), "Prices fell in December.", "2020-12"),
        # tense picks between readings inside the window
        ("in June", date(2020, 1, 10), "Prices will fall in June.", "2020-06"),
        ("in June", date(2020, 1, 10), "Prices fell in June.", "2019-06"),
        ("last November", date(2020, 12, 2), "Prices fell last November.", "2020-11"),
        ("next March", date(2020, 4, 2), "Prices will fall next March.", "2021-03"),
    ],
)
def test_year_inference(expression, dct, context, value):
    assert normalise(expression, dct=dct, context=context).value == value


def test_range_has_end_date():
    found = normalise("April 3-23", dct=DCT, context="Supplies came on April 3-23.")
    assert (found.date, found.end_date) == (date(2020, 4, 3), date(2020, 4, 23))
    between = normalise("between 3 and 5 May", dct=DCT)
    assert (between.date, between.end_date) == (date(2020, 5, 3), date(2020, 5, 5))


@pytest.mark.parametrize(
    "expression",
    [
        "the 4th Expo",
        "35,000 visitors",
        "ten doctors",
        "Expo 2020",
        "COVID-19",
        "Vision 2030",
        "February 30",
        "the mid 20s",
        "the committee",
        "",
    ],
)
def test_traps_have_no_value(expression):
    found = normalise(expression, dct=DCT, context=f"It was {expression}.")
    assert found.value is None and found.date is None


def test_bare_clock_time_is_on_the_document_day():
    found = normalise("at 10 am", dct=DCT, context="The session opens at 10 am.")
    assert (found.value, found.precision) == ("2020-08-20", "day")


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("in coming quarters", "FUTURE_REF"),
        ("recent weeks", "PAST_REF"),
        ("the past", "PAST_REF"),
        ("the past five years", "PAST_REF"),
        ("the next 12 months", "FUTURE_REF"),
    ],
)
def test_vague_spans_are_references(expression, value):
    assert normalise(expression, dct=DCT).value == value


def test_offsets_point_into_context():
    context = "The envoy arrived on Monday in Baku."
    found = normalise("Monday", dct=DCT, context=context)
    assert context[found.start : found.end] == "Monday"


@pytest.mark.parametrize(
    ("context", "direction"),
    [
        ("The talks will resume on Monday.", "future"),
        ("The talks resumed on Monday.", "past"),
        ("Officials said Monday that the talks will resume.", "past"),
        ("The talks are planned for Monday.", "future"),
        ("The talks are on Monday.", None),
        (None, None),
    ],
)
def test_context_direction(context, direction):
    assert context_direction(context, "Monday", DateLexicon.load()) == direction
