"""The spaCy component: ``nlp.add_pipe("eventscope")`` codes a Doc as the Pipeline does."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from eventscope.errors import ConfigError
from eventscope.models import Article
from eventscope.nlp.components import EventscopeComponent
from eventscope.pipeline import Pipeline, Stages
from eventscope.settings import DEFAULT_MODEL, load_settings

TEXT = (
    "Japan sent medical supplies to Turkey on Monday.\n\n"
    "Azerbaijan and China signed a trade agreement in Baku on 2 April."
)


@pytest.fixture(scope="module")
def spacy_nlp():
    """A model of its own: add_pipe must not change the session's shared pipeline."""
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("eventscope_paragraphs", before="parser")
    nlp.add_pipe("eventscope", config={"published": "2020-08-20"})
    return nlp


def test_add_pipe_sets_events_actors_and_places(spacy_nlp, nlp) -> None:
    doc = spacy_nlp(TEXT)
    pipeline = Pipeline(nlp=nlp, settings=load_settings(env={}, config_path=None))
    expected = pipeline.code_text(TEXT, published=date(2020, 8, 20))
    assert expected, "the sentences must code events for the comparison to mean anything"
    assert doc._.events == expected
    assert {m.actor.country for m in doc._.actors} >= {"JPN", "TUR", "AZE", "CHN"}
    assert any(p.place is not None and p.place.name == "Baku" for p in doc._.places)


def test_doc_published_wins_over_the_config(spacy_nlp) -> None:
    doc = spacy_nlp.make_doc("Japan sent medical supplies to Turkey on Monday.")
    doc._.published = date(2021, 3, 3)  # a Wednesday: "on Monday" is 1 March
    doc._.article_id = "story-7"
    (event,) = spacy_nlp(doc)._.events
    assert (event.article_id, event.date) == ("story-7", date(2021, 3, 1))


def test_a_doc_without_actors_has_empty_lists(spacy_nlp) -> None:
    doc = spacy_nlp("It rained all day.")
    assert (doc._.events, doc._.actors, doc._.places) == ([], [], [])


@pytest.mark.parametrize("published", ["20-08-2020", "yesterday"])
def test_bad_published_config_is_a_config_error(published: str) -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        nlp.add_pipe("eventscope", config={"published": published})


def test_component_and_pipeline_share_the_stages(nlp) -> None:
    pipeline = Pipeline(nlp=nlp, settings=load_settings(env={}, config_path=None))
    component = EventscopeComponent(pipeline.stages, published=date(2020, 8, 20))
    doc = component(nlp("China sent aid to Azerbaijan."))
    article = Article(id="text", text=doc.text, published=date(2020, 8, 20))
    assert doc._.events == list(Stages.code_doc(pipeline.stages, nlp(doc.text), article).events)
    assert doc._.events == pipeline.code(article)
