"""An event noun that only dates a statement is no event of the sentence: "said after a rally",
"praised the police after the protests" (``events/reported.in_scene``, #15); the event the
speaker stood at stays ("said at a rally", "during the strike"). Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The French minister praised the police after the protests in Lyon.",
        "The Kenyan president thanked the army after the riots in Kisumu.",
    ],
)
def test_an_anchor_is_no_event(pipeline: Pipeline, text):
    found = [e.cameo for e in pipeline.code_text(text, published=PUBLISHED)]
    assert not any(code[:2] == "14" for code in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Union leaders met the Zambian labour minister during the strike.",
        "Ghana's opposition leader criticised the government on Friday at a rally in Accra.",
    ],
)
def test_a_setting_stays(pipeline: Pipeline, text):
    found = [e.cameo for e in pipeline.code_text(text, published=PUBLISHED)]
    assert any(code[:2] == "14" for code in found), found
