"""An event noun that only dates a statement is no event of the sentence: "said after a rally",
"praised the police after the protests" (``events/reported.in_scene``, #15), nor, when the
words themselves code no event, one after "after"/"following"/"since"/"before" of a verb of
saying ("he said after the march", ``events/reported.dates_words``); the event the speaker
stood at stays ("said at a rally", "during the strike"), and so does an act dated by one
("marched after the strike"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.reported import dates_words
from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The French minister praised the police after the protests in Lyon.",
        "The Kenyan president thanked the army after the riots in Kisumu.",
        # words that code nothing: the noun dates them all the same
        "He said after the march in Lagos that the talks had failed.",
        "The union leader told reporters following the strike at the mine that wages must rise.",
        "She said after a Federation of Mine Workers rally in Kitwe that pay talks would resume.",
        "The bishop wrote since the riots in Bulawayo that the church stood with the poor.",
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
        "Protesters marched in Lagos after the strike.",
        "The minister said at a rally in Lagos that the vote would go ahead.",
    ],
)
def test_a_setting_stays(pipeline: Pipeline, text):
    found = [e.cameo for e in pipeline.code_text(text, published=PUBLISHED)]
    assert any(code[:2] == "14" for code in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said after the march in Lagos that the talks had failed.", True),
        ("She said after a Federation of Mine Workers rally in Kitwe that talks go on.", True),
        ("Protesters marched in Lagos after the strike.", False),
        ("The minister said at a rally in Lagos that the vote would go ahead.", False),
        ("Police arrested twelve people after a protest in Lagos.", False),
    ],
)  # fmt: skip
def test_dates_words(nlp, text, expected):
    doc = nlp(text)
    nouns = [t for t in doc if t.lemma_ in ("march", "rally", "strike", "protest")]
    assert any(dates_words(t) for t in nouns) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds gathered in Nairobi to mark the anniversary of the 1998 embassy bombing.",
        "Thousands commemorated the 2015 attacks in Paris on Friday.",
        "The president laid a wreath on the anniversary of the Soweto uprising.",
        "The mayor unveiled a memorial to the dead of the Lagos riots.",
    ],
)
def test_a_past_event_remembered_is_no_event(pipeline: Pipeline, text):
    found = [e.cameo for e in pipeline.code_text(text, published=PUBLISHED)]
    assert not any(code[:2] in ("14", "18", "19") for code in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A bombing killed ten people in Kabul on Monday.",
        "Riots broke out in Lagos on the anniversary of the election.",
    ],
)
def test_an_event_on_an_anniversary_stays(pipeline: Pipeline, text):
    found = [e.cameo for e in pipeline.code_text(text, published=PUBLISHED)]
    assert any(code[:2] in ("14", "18") for code in found), found
