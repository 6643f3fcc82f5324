"""An agentless passive with a cause ("X was criticised over its dispute with Y", "praised for
its aid to Y"): no actor of the cause, and not the one acted on, is a guessed source of the
classifier's fill (#15). Sentences we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    "text",
    [
        "The Philippines was heavily criticised over its maritime dispute with Vietnam.",
        "Peru was condemned over its border raid on Bolivia.",
        "Ghana was praised for its cooperation with Togo.",
    ],
)
def test_the_cause_of_a_passive_names_no_agent(pipeline, text):
    events = pipeline.code_text(text, published=date(2021, 3, 8))
    # the cause's country never acts on the one criticised, nor the reverse
    assert not [e for e in events if e.source is not None and e.target is not None], events


def test_a_place_after_an_agentless_passive_still_acts(pipeline):
    # "in Italy": the state where a state's act happens (the fill's guess, kept)
    events = pipeline.code_text(
        "A US national was put under investigation in Italy.", published=date(2021, 3, 8)
    )
    assert any(e.source is not None and e.source.country == "ITA" for e in events), events
