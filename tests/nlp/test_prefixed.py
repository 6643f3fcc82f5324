"""Hyphenated "re-" verbs are one word with the closed word's lemma ("re-opened" -> "reopen";
nlp/prefixed.py), and the events of the closed word are coded from them (#15). Sentences are
our own."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.models import Article
from eventscope.nlp.prefixed import LEMMA_COMPONENT, PREFIX_COMPONENT
from eventscope.pipeline import Pipeline

ON = date(2026, 3, 10)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def test_the_components_are_in_the_pipeline(nlp) -> None:
    assert nlp.pipe_names[0] == PREFIX_COMPONENT
    assert nlp.pipe_names[-1] == LEMMA_COMPONENT


WORDS = [
    ("Kenya re-opened its border with Somalia on Monday.", "re-opened", "reopen"),
    ("Turkey will re-open its border crossings with Syria.", "re-open", "reopen"),
    ("Egypt re-imposed a curfew in the city of Arish.", "re-imposed", "reimpose"),
    ("Washington is re-imposing sanctions on Caracas.", "re-imposing", "reimpose"),
    ("Government troops re-entered the town on Sunday.", "re-entered", "reenter"),
    ("Police re-arrested the opposition leader in Harare.", "re-arrested", "rearrest"),
    ("The parliament re-elected the speaker for a third term.", "re-elected", "reelect"),
    ("The army re-captured the airport on Friday.", "re-captured", "recapture"),
    ("Re-opening the border was a mistake, the minister said.", "Re-opening", "reopen"),
    ("The two countries agreed to re-establish diplomatic ties.", "re-establish", "reestablish"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "lemma"), WORDS)
def test_a_hyphenated_re_verb_is_one_word(nlp, text, word, lemma) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert token.lemma_ == lemma
    assert token.pos_ in ("VERB", "NOUN")
    assert doc.text == text


@pytest.mark.parametrize(
    "text",
    [
        "He said re - open was the word.",  # spaced: left alone
        "The pre-war border was re drawn.",
        "The are-you-sure question came up.",
    ],
)
def test_other_hyphens_are_left_alone(nlp, text) -> None:
    doc = nlp(text)
    assert doc.text == text
    assert not any(t.text.lower().startswith("re-") for t in doc)


EVENTS = [
    ("Ethiopia agreed to re-open its border to UN peacekeepers.", "ETHGOV"),
    ("Kenya re-opened its border with Somalia on Monday.", "KENGOV"),
    ("Syrian troops re-captured the airport from the rebels.", "SYRMIL"),
    ("Sudan and South Sudan agreed to re-establish diplomatic ties.", "SDNGOV"),
    ("Egypt re-imposed a curfew in the city of Arish on Sunday.", "EGYGOV"),
    ("The United States re-imposed sanctions on Venezuela's oil sector.", "USAGOV"),
    ("Zimbabwean police re-arrested the opposition leader in Harare.", "ZWECOP"),
]


@pytest.mark.parametrize(("text", "source"), EVENTS)
def test_an_event_is_coded_from_a_hyphenated_verb(pipeline, text, source) -> None:
    found = triples(pipeline, text, ON, field="trigger")
    assert any(s == source and "re-" in trigger.lower() for s, _, trigger in found), found


CODES = [
    ("Egypt re-imposed a curfew in the city of Arish on Sunday.", "1723"),
    ("Egypt reimposed a curfew in the city of Arish on Sunday.", "1723"),
    ("The United States re-imposed sanctions on Venezuela's oil sector.", "163"),
    ("Washington reimposed sanctions on Iran after the talks failed.", "163"),
    ("Zimbabwean police re-arrested the opposition leader in Harare.", "173"),
]


@pytest.mark.parametrize(("text", "cameo"), CODES)
def test_imposing_or_arresting_again_has_the_same_code(pipeline, text, cameo) -> None:
    assert cameo in [code for _, _, code in triples(pipeline, text, ON)]


TESTED = [
    ("North Korea test-fired a ballistic missile into the sea on Sunday.", "PRKMIL", "test-fired"),
    ("Iran test-launched a new cruise missile during naval drills.", "IRNMIL", "test-launched"),
    ("Pakistan says it has test-fired a nuclear-capable missile.", "PAKMIL", "test-fired"),
    ("India successfully test-fired an Agni missile off the coast of Odisha.", "INDMIL",
     "test-fired"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "word"), TESTED)
def test_a_test_fired_missile_is_a_show_of_force(pipeline, text, source, word) -> None:
    """ "test-fired" was three tokens, "test" read as the verb and the missile lost: now one
    word whose lemma is "test", coded as testing a missile (CAMEO 150)."""
    found = pipeline.code(Article(id="t", text=text, published=ON))
    assert [(e.source.code if e.source else None, e.cameo, e.trigger) for e in found] == [
        (source, "150", word)
    ]


@pytest.mark.parametrize(
    "text", ["The company let customers test-drive the new car.", "A test-case was filed."]
)
def test_other_test_words_are_left_alone(nlp, text) -> None:
    doc = nlp(text)
    assert doc.text == text
    assert "test" in [t.lower_ for t in doc]
