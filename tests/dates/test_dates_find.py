"""find_time_expressions() and date_for_event() on real parses (the `nlp` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.dates import date_for_event, find_time_expressions
from eventscope.models import EventMention

PUBLISHED = date(2020, 8, 20)


def _values(nlp, text, published=PUBLISHED):
    doc = nlp(text)
    return [(e.text, e.value) for e in find_time_expressions(doc, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy arrived in Baku on July 12.", [("July 12", "2020-07-12")]),
        ("On 11 August, the fair opened.", [("11 August", "2020-08-11")]),
        ("The decree of 2019-03-03 stands.", [("2019-03-03", "2019-03-03")]),
        ("They signed it on March 3, 2019.", [("March 3, 2019", "2019-03-03")]),
        ("The port opened in May 2018.", [("May 2018", "2018-05")]),
        ("Trade doubled in 2019.", [("2019", "2019")]),
        ("Its 2008 invasion of Georgia drew sanctions.", [("2008", "2008")]),
        ("Clinton Saturday vowed to act.", [("Saturday", "2020-08-15")]),
        ("The minister said yesterday that talks failed.", [("yesterday", "2020-08-19")]),
        ("The ministers will meet next Tuesday.", [("next Tuesday", "2020-08-25")]),
        ("Exports fell earlier this month.", [("earlier this month", "2020-08")]),
        ("Rebels attacked the town two days ago.", [("two days ago", "2020-08-18")]),
        ("The talks collapsed last week.", [("last week", "2020-W33")]),
        ("The talks collapsed on Monday.", [("Monday", "2020-08-17")]),
        ("The talks will resume on Monday.", [("Monday", "2020-08-24")]),
        ("It said on Monday, Oct. 26, that talks failed.", [("Monday, Oct. 26", "2020-10-26")]),
        ("The deal was signed between 3 and 5 May.", [("between 3 and 5 May", "2020-05-03")]),
        ("Last Friday Georgia closed the border.", [("Last Friday", "2020-08-14")]),
        ("In May Georgia closed the border.", [("May", "2020-05")]),
        ("Georgia closed the border on Jan. 3.", [("Jan. 3", "2020-01-03")]),
        ("The mission left on Friday morning.", [("Friday morning", "2020-08-14")]),
        # a day and the year "last year" gives it are one date, not two
        ("They signed a treaty on July 8 last year.", [("July 8 last year", "2019-07-08")]),
        ("The talks began on 3 March last year.", [("3 March last year", "2019-03-03")]),
        ("He arrived on Monday last week.", [("Monday last week", "2020-08-10")]),
        (
            "Aid arrived on April 3-23, and May 21.",
            [("April 3-23", "2020-04-03"), ("May 21", "2020-05-21")],
        ),
    ],
)
def test_finds_and_normalises(nlp, text, expected):
    assert _values(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Firms showed wine at the 4th Expo 2020 in Shanghai.",
        "The fair attracted 35,000 visitors and ten doctors.",
        "The meeting starts at 10 am.",
        "Spending on COVID-19 rose under Vision 2030.",
        "Residents may leave if they march peacefully.",
        "The ceasefire has held for two years.",
        "Jan Kubis met the Sunday Times editor.",
        "Marchers recalled Bloody Sunday in Derry.",
        "Crowds attended the 2022 World Cup and the 2020 Expo.",
        "May God protect the country, he said.",
    ],
)
def test_traps_are_not_dates(nlp, text):
    assert _values(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The ministers met on December 28.", date(2021, 1, 5), "2020-12-28"),
        ("The ministers will meet on January 5.", date(2020, 12, 28), "2021-01-05"),
        ("The ministers met last Monday.", date(2020, 8, 20), "2020-08-17"),
    ],
)
def test_year_boundaries_and_tense(nlp, text, published, value):
    assert [v for _, v in _values(nlp, text, published)] == [value]


def test_range_offsets_and_sentences(nlp):
    text = "Talks began. On April 3-23, aid arrived."
    found = find_time_expressions(nlp(text), published=PUBLISHED)
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == "April 3-23"
    assert (found[0].end_date, found[0].sent_index) == (date(2020, 4, 23), 1)


def test_without_published_only_dated_expressions_resolve(nlp):
    found = find_time_expressions(nlp("On 3 March 2019 and on Monday they met."), published=None)
    assert [(e.text, e.value) for e in found] == [("3 March 2019", "2019-03-03"), ("Monday", None)]


def _event(doc, trigger, sent_index=0):
    index = next(t.i for t in doc if t.text == trigger)
    return EventMention(None, None, "070", index, index + 1, sent_index, 0.9)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "It should be noted that on February 12, Azerbaijan sent medical supplies to China.",
            "sent",
            "February 12",
        ),
        (
            "On April 3-23, and May 21, Azerbaijan received supplies sent by China in "
            "accordance with the act signed on April 2.",
            "received",
            "April 3-23",
        ),
        (
            "On April 3-23, and May 21, Azerbaijan received supplies sent by China in "
            "accordance with the act signed on April 2.",
            "signed",
            "April 2",
        ),
        (
            "On April 3-23, Azerbaijan received supplies sent by China under the act signed "
            "on April 2.",
            "sent",
            "April 3-23",
        ),
        ("Georgia said on Monday that Turkey attacked the border on Friday.", "attacked", "Friday"),
        ("Georgia said on Monday that Turkey attacked the border on Friday.", "said", "Monday"),
        ("Georgia said on Monday that Turkey attacked the border.", "attacked", "Monday"),
        ("Turkey attacked the border.", "attacked", None),
    ],
)
def test_date_for_event(nlp, text, trigger, expected):
    doc = nlp(text)
    found = find_time_expressions(doc, published=PUBLISHED)
    when = date_for_event(doc, _event(doc, trigger), found)
    assert (when.text if when else None) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The story's day carries to a past-tense event without a date of its own...
        ("The clash happened on July 12. Turkey sent aid.", date(2020, 7, 14), "July 12"),
        # ...but not from weeks before publication, nor to a present-tense statement.
        ("The clash happened on July 12. Turkey sent aid.", PUBLISHED, None),
        ("The clash happened on July 12. Turkey sends aid.", date(2020, 7, 14), None),
    ],
)
def test_date_for_event_crosses_sentences_only_within_the_story(nlp, text, published, expected):
    doc = nlp(text)
    found = find_time_expressions(doc, published=published)
    trigger = "sends" if "sends" in text else "sent"
    when = date_for_event(doc, _event(doc, trigger, sent_index=1), found, published=published)
    assert (when.text if when else None) == expected


def test_a_repeated_expression_reads_the_same_from_the_finders_cache(nlp, monkeypatch) -> None:
    """The finder keeps its readings by text (bounded): the same words in another tense or
    article resolve as before, and the cache never outgrows its bound."""
    from eventscope.dates import find as find_module
    from eventscope.dates.find import DateFinder
    from eventscope.dates.lexicon import DateLexicon

    monkeypatch.setattr(find_module, "PARSE_CACHE_SIZE", 2)
    finder = DateFinder.from_lexicon(DateLexicon.load())
    past = nlp("The talks collapsed on Monday.")
    future = nlp("The talks will resume on Monday.")
    values = [
        e.value for doc in (past, future, past) for e in finder.find(doc, published=PUBLISHED)
    ]
    assert values == ["2020-08-17", "2020-08-24", "2020-08-17"]
    for text in ("They met on 3 March 2019.", "It ended in May 2018.", "Trade doubled in 2019."):
        finder.find(nlp(text), published=PUBLISHED)
    assert len(finder._parsed) <= 2
