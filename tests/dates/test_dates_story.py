"""A story's own day: dates carried to later sentences, days named from the day before, and
dates a past event cannot have (issue 15). All sentences are written for these tests.

News tells one day's events in several sentences and dates only the first ("On 6 May, police
raided ... Locals held two officers hostage."); the later ones continue that day, and "the
same day", "the next day", "two days later" count from it, not from publication.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.dates import find_time_expressions, normalise
from eventscope.dates.support import plausible
from eventscope.dates.tense import in_past_story
from eventscope.models import TimeExpression
from eventscope.pipeline import Pipeline

WEDNESDAY = date(2021, 1, 6)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def _dated(pipeline: Pipeline, text: str, published: date) -> dict[str, tuple[str, str]]:
    return {
        event.trigger: (str(event.date), event.date_source)
        for event in pipeline.code_text(text, published=published)
    }


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "On 4 January 2021, police raided a church in Kaduna. "
            "Worshippers attacked the officers with stones.",
            "attacked",
            "2021-01-04",
        ),
        (  # a passive, two sentences on
            "Troops shelled rebel positions near Kidal on Monday. The town was quiet. "
            "Three rebels were arrested by the army.",
            "arrested",
            "2021-01-04",
        ),
        (  # an infinitive takes the tense of the clause it hangs on
            "On 5 January, farmers blocked a highway near Lahore. "
            "Police fired warning shots to disperse the crowd.",
            "disperse",
            "2021-01-05",
        ),
        (  # a sentence opening with "Later" goes on with the same story
            "Rioters stoned a police station in Bamako on Tuesday. "
            "Later, soldiers fired on the rioters.",
            "fired",
            "2021-01-05",
        ),
    ],
)
def test_a_past_event_without_a_date_continues_the_storys_day(pipeline, text, trigger, expected):
    assert _dated(pipeline, text, WEDNESDAY)[trigger] == (expected, "text")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A present-tense statement is of the publication day.
        ("Police raided a church in Kaduna on Monday. The church accuses the police.", "accuses"),
        # Background between the story and the event: the search stops there.
        (
            "Troops shelled Kidal on Monday. Rebels seized the town in 2012. "
            "Soldiers arrested three rebels.",
            "arrested",
        ),
        # "Previously": an earlier time than the story's.
        (
            "Rioters stoned a police station on Tuesday. Previously, soldiers fired on rioters.",
            "fired",
        ),
    ],
)
def test_the_storys_day_does_not_carry_past_these(pipeline, text, trigger) -> None:
    assert _dated(pipeline, text, WEDNESDAY)[trigger] == ("2021-01-06", "published")


def test_an_old_day_is_not_carried_as_the_storys_day(pipeline) -> None:
    text = "On 2 March 2020, police raided a church in Kaduna. Worshippers attacked the officers."
    assert _dated(pipeline, text, WEDNESDAY)["attacked"] == ("2021-01-06", "published")


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        (
            "Rebels took Goma on 28 December. Troops retook it the same day.",
            "same day",
            "2020-12-28",
        ),
        ("Rebels took Goma on 28 December. Troops retook it that day.", "that day", "2020-12-28"),
        (
            "Rebels took Goma on 28 December. Troops retook it the next day.",
            "next day",
            "2020-12-29",
        ),
        (
            "Rebels took Goma on 28 December. Troops retook it the following day.",
            "following day",
            "2020-12-29",
        ),
        (
            "Troops retook Goma on 28 December. Rebels had left the day before.",
            "day before",
            "2020-12-27",
        ),
        (
            "Rebels took Goma on 28 December. Two days later, troops retook it.",
            "Two days later",
            "2020-12-30",
        ),
        # Without a day before them, they count from publication.
        ("Troops retook Goma the next day.", "next day", "2021-01-07"),
        ("Two days later, troops retook Goma.", "Two days later", "2021-01-08"),
        # "ago" always counts from publication.
        (
            "Rebels took Goma on 28 December. Troops retook it two days ago.",
            "two days ago",
            "2021-01-04",
        ),
    ],
)
def test_days_named_from_the_day_before(nlp, text, expression, expected) -> None:
    found = find_time_expressions(nlp(text), published=WEDNESDAY)
    assert (expression, expected) in [(e.text, e.value) for e in found]


def test_the_same_day_dates_the_event_it_modifies(pipeline) -> None:
    text = (
        "China began military drills around Taiwan on August 4, 2022. Taiwan put its armed "
        "forces on high alert the same day and condemned the drills."
    )
    dated = _dated(pipeline, text, date(2022, 8, 5))
    assert dated["condemned"] == ("2022-08-04", "text")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A past event is not dated after publication: "next year" is what it was about.
        (
            "Students in Lima blocked a road on Monday in a protest against cuts for next year.",
            "blocked",
            ("2021-01-04", "text"),
        ),
        (
            "Peru criticised Chile over a plan for next month.",
            "criticised",
            ("2021-01-06", "published"),
        ),
        # A planned event keeps its date.
        ("Peru will meet Chile next month.", "meet", ("2021-02-01", "text")),
    ],
)
def test_a_past_event_is_not_dated_after_publication(pipeline, text, trigger, expected) -> None:
    assert _dated(pipeline, text, WEDNESDAY)[trigger] == expected


def test_plausible_rejects_a_later_date_for_a_past_event() -> None:
    ahead = TimeExpression(
        text="x", start=0, end=1, value="2021-02", precision="month", date=date(2021, 2, 1)
    )
    assert plausible(ahead, published=WEDNESDAY, past=True) is True
    assert plausible(ahead, published=WEDNESDAY, past=True, past_event=True) is False


@pytest.mark.parametrize(
    ("expression", "context", "expected"),
    [
        ("over the weekend", "Protesters marched over the weekend.", "2020-W53-WE"),
        ("the weekend", "Protesters marched at the weekend.", "2020-W53-WE"),
        ("this weekend", "Farmers blocked roads this weekend.", "2020-W53-WE"),
        ("this weekend", "Farmers will block roads this weekend.", "2021-W01-WE"),
        ("the same day", "He was freed the same day.", "2021-01-06"),
        ("the day before", "He had been freed the day before.", "2021-01-05"),
    ],
)
def test_normalise_weekends_and_days_named_from_another(expression, context, expected) -> None:
    assert normalise(expression, dct=WEDNESDAY, context=context).value == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Police fired tear gas to disperse the crowd.", "disperse", True),
        ("Musicians participating in the protest chained themselves to a fence.", "protest", True),
        ("Police will fire tear gas to disperse the crowd.", "disperse", False),
        ("The union says the strike goes on.", "strike", False),
        ("Police have detained the leaders.", "detained", True),
    ],
)
def test_in_past_story(nlp, text, word, expected) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert in_past_story(token) is expected
