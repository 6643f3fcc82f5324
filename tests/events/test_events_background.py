"""The article's main event ranks first (events/background.py), on sentences we wrote: a promise
or aid told in a clause about a noun, and the complaints around a protest in the lead sentence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventscope.events.background import background_last
from eventscope.events.cameo import MATERIAL_CONFLICT_QUAD, Codebook, packaged_codebook
from eventscope.events.stories import CONTENTIOUS_ROOTS
from eventscope.models import EventMention
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


def test_material_conflict_is_what_the_codebook_says(nlp):
    """An attack told in a clause about a noun stays the news because the codebook gives root
    18 QuadClass 4; under a codebook that does not, the same event is background."""
    doc = nlp("Police arrested the men who attacked a convoy.")
    trigger = next(t for t in doc if t.lower_ == "attacked")
    assert trigger.dep_ == "relcl"
    attack = EventMention(None, None, "180", trigger.i, trigger.i + 1, 0, 0.8)
    assert background_last(doc, [attack]) == [attack]
    packaged = packaged_codebook()
    entries = {code: packaged[code] for code in packaged}
    entries["18"] = replace(entries["18"], quad_class=3)
    [halved] = background_last(doc, [attack], codebook=Codebook(entries))
    assert halved.confidence == 0.4


def test_contentious_roots_are_material_conflict_but_reduce_relations():
    material = packaged_codebook().roots(MATERIAL_CONFLICT_QUAD)
    assert material - {"16"} == CONTENTIOUS_ROOTS
