"""Unnamed reporters are the channel of a statement, not a party (events/keep.press_channel).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.events.keep import press_channel
from eventscope.models import Actor, ActorMention, EventMention
from eventscope.pipeline import Pipeline


def _mention(
    code: str, sector: str | None, name: str | None = None, start: int = 0
) -> ActorMention:
    actor = Actor(text=code, start=0, end=1, country=code[:3], sector=sector, code=code, name=name)
    return ActorMention(actor=actor, start=start, end=start + 1, sent_index=0)


def _event(cameo: str, target: ActorMention, pattern: str = "verb:x") -> EventMention:
    return EventMention(
        source=_mention("KENGOV", "GOV"),
        target=target,
        cameo=cameo,
        trigger_start=0,
        trigger_end=1,
        sent_index=0,
        confidence=0.9,
        pattern=pattern,
    )


REPORTERS = _mention("KENMED", "MED", start=2)


def _doc(vocab, verb: str, lemma: str, last: str = "reporters") -> Doc:
    """ "Ruto <verb> reporters": the reporters are token 2, the verb's object."""
    return Doc(
        vocab,
        words=["Ruto", verb, last],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "dobj"],
        pos=["PROPN", "VERB", "NOUN"],
        lemmas=["Ruto", lemma, last.lower()],
    )


@pytest.mark.parametrize(
    ("verb", "lemma", "cameo", "pattern", "outcome"),
    [
        ("met", "meet", "040", "verb:meet", "dropped"),  # meeting reporters: no consultation
        ("told", "tell", "010", "verb:tell", "no target"),  # "told reporters that ...": a statement
        ("urged", "urge", "020", "verb:urge", "no target"),  # an appeal made to the press
        ("told", "tell", "130", "classifier:13", "dropped"),  # the model's guess of a pair
        ("questioned", "question", "090", "classifier:09", "kept"),  # acted on, not addressed
        ("detained", "detain", "173", "verb:detain", "kept"),  # journalists detained: victims
    ],
)
def test_unnamed_press(vocab, verb, lemma, cameo, pattern, outcome):
    doc = _doc(vocab, verb, lemma)
    result = press_channel(doc, _event(cameo, REPORTERS, pattern))
    if outcome == "dropped":
        assert result is None
    elif outcome == "no target":
        assert result is not None and result.target is None and result.cameo == cameo
    else:
        assert result is not None and result.target == REPORTERS


def test_a_named_agency_addressed_is_no_target(vocab):
    # "Sources told Reuters rebels occupied the base": Reuters (token 2) was only told
    doc = Doc(
        vocab,
        words=["Sources", "told", "Reuters"],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "dobj"],
        pos=["NOUN", "VERB", "PROPN"],
        lemmas=["source", "tell", "Reuters"],
    )
    agency = _mention("GBRMEDRTR", "MED", name="Reuters", start=2)
    result = press_channel(doc, _event("192", agency, "verb:occupy"))
    assert result is not None and result.target is None and result.cameo == "192"


def test_named_media_stay_parties(vocab):
    station = _mention("KENMEDKBC", "MED", name="Kenya Broadcasting Corporation")
    event = _event("040", station)
    assert press_channel(Doc(vocab, words=["KBC"]), event) == event


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    "text",
    [
        "Talking to reporters in Nairobi, the Kenyan finance minister praised the budget.",
        "The Chilean foreign minister met journalists in Santiago on Monday.",
    ],
)
def test_no_event_with_the_press(pipeline, text):
    events = pipeline.code_text(text, published=date(2021, 3, 8))
    assert not [e for e in events if e.target is not None and e.target.sector == "MED"]


def test_detained_journalists_are_targets(pipeline):
    events = pipeline.code_text(
        "Kenyan police detained three journalists in Nairobi.", published=date(2021, 3, 8)
    )
    assert any(e.target is not None and e.target.sector == "MED" for e in events)
