"""Trailing attribution (issue 15): "X did Y, AFP reported" -- the speaker is no party to the
classifier's fill. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventscope.events.attribution import (
    cited_sources,
    reported_clause,
    trailing_speaker,
    without_trailing_speaker,
)
from eventscope.events.syntax import ActorIndex
from eventscope.models import Actor, ActorMention


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Chad's president will seek asylum in France, AFP reported.", "AFP"),
        (
            "Kenya sent troops to the border on Monday, a senior Kenyan official said.",
            "a senior Kenyan official",
        ),
        (
            "Peru will reopen its embassy in Quito, the foreign ministry said on Friday.",
            "the foreign ministry",
        ),
    ],
)
def test_the_speaker_after_the_clause_is_found(nlp, text, speaker):
    sent = next(nlp(text).sents)
    span = trailing_speaker(sent)
    assert span is not None and sent.doc[span[0] : span[1]].text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "France said it would send troops to Chad.",  # the speaker first: it acts
        "Chad expelled the French ambassador on Monday.",  # no reporting verb at the root
        "Chad will reopen the border, it said.",  # a pronoun speaker is the actor
    ],
)
def test_no_trailing_speaker(nlp, text):
    assert trailing_speaker(next(nlp(text).sents)) is None


def _mention(code: str, country: str, start: int, end: int) -> ActorMention:
    actor = Actor(text=code, start=0, end=0, country=country, sector=None, code=code)
    return ActorMention(actor=actor, start=start, end=end, sent_index=0)


def test_the_speakers_actors_leave_the_fill_view(nlp):
    doc = nlp("Chad's president will seek asylum in France, AFP reported.")
    sent = next(doc.sents)
    mentions = [_mention("TCD", "TCD", 0, 3), _mention("FRA", "FRA", 7, 8)]
    agency = _mention("FRAMED", "FRA", 9, 10)
    everyone = [*mentions, agency]
    kept, index = without_trailing_speaker(sent, everyone, ActorIndex.build(everyone))
    assert kept == mentions
    assert index.group_at(doc[9]) is None and index.group_at(doc[0]) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Turkey will bargain for gas in Russia, AFP reported.",
        "Ethiopia quietly departed from Libya on Monday, a senior Kenyan official said.",
    ],
)
def test_a_trailing_speaker_is_no_source(nlp, text):
    from eventscope.pipeline import Pipeline

    events = Pipeline(nlp=nlp).code_text(text)
    sources = {e.source.code for e in events if e.source is not None}
    assert not sources & {"FRAMED", "KENGOV"}


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Peru will reopen its embassy in Quito, the foreign ministry said.", "reopen"),
        ("France said it would send troops to Chad.", "send"),
        ("Chad expelled the French ambassador on Monday.", None),  # no reporting root
    ],
)
def test_the_reported_clause_of_a_reporting_root(nlp, text, clause):
    found = reported_clause(next(nlp(text).sents))
    assert (found.text if found is not None else None) == clause


@pytest.mark.parametrize(
    "text",
    [
        # the reported clause denies its event: the classifier's guess codes nothing either
        "Kenya would impose no restrictions on Ugandan imports, a Kenyan minister said.",
        "Chile did not recall its ambassador from Peru, a Chilean official said on Monday.",
    ],
)
def test_a_denied_reported_clause_gets_no_classifier_event(nlp, text):
    from eventscope.pipeline import Pipeline

    assert Pipeline(nlp=nlp).code_text(text) == []


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Brazil produced a record soybean crop this year, according to the United Nations.",
            "the United Nations",
        ),
        ("According to Greenpeace, India built 40 coal plants last year.", "Greenpeace"),
        (
            "India built half of the new coal plants, according to a report by Greenpeace.",
            "a report by Greenpeace",
        ),
    ],
)
def test_the_cited_source_is_found(nlp, text, cited):
    sent = next(nlp(text).sents)
    spans = cited_sources(sent)
    assert [sent.doc[a:b].text for a, b in spans] == [cited]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil produced a record soybean crop this year, according to the United Nations.",
        "India built half of the new coal plants last year, according to a report by Greenpeace.",
    ],
)
def test_a_cited_source_is_not_acted_on_in_a_fill(pipeline, text):
    events = pipeline.code_text(text)
    targets = {e.target.code for e in events if e.target is not None}
    assert not targets & {"IGOUNO", "NGOGRP"}
