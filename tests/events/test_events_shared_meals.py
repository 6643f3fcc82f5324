"""Leaders who "had lunch / dinner / talks with" another meet (CAMEO 040), as those who "held
talks with" do (``data/events/verbs.tsv`` row ``have``, #15): not an act of rejection (130)
or of cooperation (030) that the classifier guessed. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2025, 6, 20)


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return {
        (e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
        for e in pipeline.code_text(text, published=PUBLISHED)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US president had lunch with French President Macron in Paris.",
            ("USAGOV", "FRAGOV", "040"),
        ),
        (
            "The Japanese prime minister had dinner with the US president on Monday.",
            ("JPNGOV", "USAGOV", "040"),
        ),
        (
            "The German chancellor had breakfast with the Polish prime minister.",
            ("DEUGOV", "POLGOV", "040"),
        ),
        ("Modi had talks with Putin on Monday.", ("INDGOV", "RUSGOV", "040")),
        ("Iran had discussions with the IAEA on Sunday.", ("IRNGOV", "IGOUNOIAE", "040")),
        ("Erdogan had a meeting with Putin in Sochi.", ("TURGOV", "RUSGOV", "040")),
        (
            "The Kenyan president had a working lunch with Somali President Hassan Sheikh "
            "Mohamud on Friday.",
            ("KENGOV", "SOMGOV", "040"),
        ),
    ],
)
def test_a_shared_meal_or_talks_are_a_meeting(pipeline: Pipeline, text: str, expected) -> None:
    assert expected in _events(pipeline, text)


def test_two_subjects_who_had_lunch_met_each_other(pipeline: Pipeline) -> None:
    found = _events(
        pipeline, "The Dutch and Belgian prime ministers had lunch in Brussels on Friday."
    )
    assert {("NLDGOV", "BELGOV", "040"), ("BELGOV", "NLDGOV", "040")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Russia has lunch boxes for its soldiers.",
        "The army had dinner rations flown to the front.",
    ],
)
def test_a_meal_thing_is_no_meeting(pipeline: Pipeline, text: str) -> None:
    assert not any(code == "040" for _, _, code in _events(pipeline, text))
