"""The article's main event ranks first (events/background.py), on sentences we wrote: a promise
or aid told in a clause about a noun, and the complaints around a protest in the lead sentence."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.background import background_last
from eventscope.pipeline import Pipeline

PUBLISHED = date(2021, 3, 8)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def top_root(pipeline: Pipeline, text: str) -> str | None:
    events = pipeline.code_text(text, published=PUBLISHED)
    best = max(events, key=lambda e: e.confidence, default=None)
    return best.root if best is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, farmers protested outside the town hall in Oaxaca, demanding the subsidies "
        "promised by the governor.",
        "On Monday, residents of Taza held a march to denounce their absence from the list of "
        "food aid provided by the government.",
        "On Monday, about 30 nurses protested outside the hospital in Kisumu. They complained "
        "that the county government had not paid them for three months.",
    ],
)
def test_the_protest_is_the_top_event(pipeline, text):
    assert top_root(pipeline, text) == "14"


def test_statements_keep_their_rank_without_a_protest(pipeline):
    text = "On Monday, the minister promised aid to the flooded villages near Kisumu."
    assert top_root(pipeline, text) == "03"


def test_no_doc_no_change():
    assert background_last(None, []) == []
