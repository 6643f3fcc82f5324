"""Verb forms the rule lemmatizer cut to a shorter verb ("hopes" -> "hop") take their own lemma
(nlp/verb_lemmas.py), so the frames and rows of that verb read them. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.pipeline import Pipeline

ON = date(2026, 3, 10)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


WORDS = [
    ("Moldova hopes to sign the accord next month.", "hopes", "hope"),
    ("The minister had hoped for a quick deal.", "hoped", "hope"),
    ("Both sides are hoping to meet in Geneva.", "hoping", "hope"),
    ("Militiamen raped three women near the market.", "raped", "rape"),
    ("Heavy fighting raged around the airport on Sunday.", "raged", "rage"),
    ("Nurses staged a sit-in outside the ministry.", "staged", "stage"),
    ("The rebels have waged war on the state for a decade.", "waged", "wage"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "lemma"), WORDS)
def test_a_verb_form_takes_its_own_lemma(nlp, text, word, lemma) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert token.lemma_ == lemma


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Hopes of a ceasefire faded on Monday.", "Hopes", "hope"),  # a noun: the noun lemma
        ("The rabbit hopped across the road.", "hopped", "hop"),  # a real "hop" is left alone
    ],
)
def test_other_words_keep_their_lemma(nlp, text, word, lemma) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert token.lemma_ == lemma


EVENTS = [
    # "hopes to join" is intent as "wants to join" is (031), not a guessed yield (080)
    ("Georgia hopes to join NATO.", ("GEOGOV", "IGOWSTNAT", "031")),
    ("Ukraine hopes to join the European Union.", ("UKRGOV", "IGOEUREEC", "031")),
    ("Soldiers raped two women in the village.", ("MIL", "CVL", "1821")),
]


@pytest.mark.parametrize(("text", "event"), EVENTS)
def test_the_verb_s_frames_and_rows_read_the_form(pipeline, text, event) -> None:
    assert triples(pipeline, text, ON) == [event]
