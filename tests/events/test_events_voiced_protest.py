"""A statement made as a protest's participle or purpose clause is what the protest voiced:
the protest is the event (CAMEO 1042's usage note: demands in the form of protests are 14;
issue #15, branch recall4). Sentences we wrote."""

from __future__ import annotations

import pytest


def codes(nlp, pipeline_events, text):
    return {e.cameo[:2] for e in pipeline_events(text)}


@pytest.fixture(scope="module")
def pipeline_events(nlp):
    from eventscope.pipeline import Pipeline

    pipeline = Pipeline(nlp=nlp)
    return pipeline.code_text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2020, Kenyan teachers held a sit-in in Nairobi, denouncing school closures.",
        "On 3 May 2020, Kenyan nurses held a sit-in in Mombasa, demanding their unpaid wages.",
    ],
)
def test_a_protest_voicing_a_statement_is_a_protest(nlp, pipeline_events, text):
    assert "14" in codes(nlp, pipeline_events, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister held a meeting in Nairobi, denouncing the protest by teachers.",
        "The Kenyan minister denounced the strike by teachers.",
    ],
)
def test_a_statement_about_a_protest_is_no_protest(nlp, pipeline_events, text):
    assert "14" not in codes(nlp, pipeline_events, text)
