"""Where the classifier fills in for the rules (#15): after the rules' candidates are all
dropped, and once per document that has actors but no event (the last-resort fill).

A stand-in model (a bias and one word feature) makes the classifier's reading fixed, so the
tests are about the coder's logic, not about the shipped weights.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from test_events_support import dyads, mentions_for

from eventscope.events import EventCoder, EventOptions
from eventscope.events.classifier import EventClassifier
from eventscope.events.learned import ClassifierOptions

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))


def stand_in(event: float, border: float = 0.0) -> EventClassifier:
    """P(event) = sigmoid(``event``) (``border`` more when the sentence says "border");
    PentaClass 1 and root 04 (consult), both sure."""
    width = 1 + 5 + len(ROOTS)
    weights = np.zeros((2, width), dtype=np.float32)
    bias = np.zeros(width, dtype=np.float32)
    bias[0] = event
    weights[1, 0] = border * math.sqrt(2)  # rows are scaled by 1/sqrt(2) with two features
    bias[1 + 1] = 5.0  # PentaClass 1
    bias[1 + 5 + ROOTS.index("04")] = 5.0
    return EventClassifier(
        vocabulary=["bias", "w:border"], weights=weights, bias=bias, pentas=range(5), roots=ROOTS
    )


def coder(model: EventClassifier | None, **options: float) -> EventCoder:
    rules = EventCoder.load()
    settings = EventOptions(classifier=ClassifierOptions(**options))
    return EventCoder(rules.book, settings, classifier=model)


def coded(nlp, coder: EventCoder, text: str) -> set[tuple[str | None, str | None, str]]:
    doc = nlp(text)
    return dyads(coder.find(doc, mentions_for(doc)))


def test_a_rule_event_without_a_source_gets_a_guess_only_as_a_last_resort(nlp):
    # "met" is a rule (040), but "the envoy" is no actor: the rule's event is dropped, and
    # the sentence fill does not guess another dyad for a clause the rules read. (The guess
    # comes from the speakers: the envoy's addressees would be no source, test_events_roles.)
    text = "Kenyan and Egyptian officials said the envoy met them in Cairo."
    doc = nlp(text)
    assert coded(nlp, coder(stand_in(3.0)), text) == set()
    assert coder(stand_in(3.0), last_resort=False).last_resort(doc, mentions_for(doc)) == []
    guessed = coder(stand_in(3.0), last_resort=True).last_resort(doc, mentions_for(doc))
    assert dyads(guessed) == {("KEN", "EGY", "040")}
    assert coder(stand_in(3.0), last_resort=True, fill=False).last_resort(doc, []) == []


LOOSE_DOC = {"last_resort": True, "fill_event": 0.99, "doc_fill_event": 0.6, "doc_fill_root": 0.0}


def test_a_document_without_events_gets_one_from_its_most_eventful_sentence(nlp):
    text = (
        "Kenyan and Egyptian traders sold fruit in the market. "
        "Kenyan and Egyptian officials gathered at the border."
    )
    doc = nlp(text)
    events = coder(stand_in(0.0, border=2.0), **LOOSE_DOC).last_resort(doc, mentions_for(doc))
    # P(event) 0.5 in the first sentence (below 0.6), 0.88 in the second: one event there.
    assert [(e.sent_index, e.cameo) for e in events] == [(1, "040")]
    assert events[0].confidence == ClassifierOptions().fill_confidence
    # Both sentences eventful: still one event, from the more eventful one.
    events = coder(stand_in(1.0, border=2.0), **LOOSE_DOC).last_resort(doc, mentions_for(doc))
    assert [e.sent_index for e in events] == [1]


def test_the_last_resort_has_its_own_thresholds(nlp):
    doc = nlp("Kenyan and Egyptian officials gathered at the border.")
    model = stand_in(0.0, border=2.0)
    assert not coder(model, **LOOSE_DOC).find(doc, mentions_for(doc))  # P 0.88 < 0.99
    assert coder(model, **LOOSE_DOC).last_resort(doc, mentions_for(doc))
    strict = LOOSE_DOC | {"doc_fill_event": 0.99}
    assert not coder(model, **strict).last_resort(doc, mentions_for(doc))


def test_the_pipeline_asks_for_a_last_resort_only_when_no_stage_coded_an_event(nlp):
    from eventscope.pipeline import Pipeline

    def codes(text: str) -> list[str]:
        events = coder(stand_in(0.0, border=2.0), **LOOSE_DOC)
        return [e.cameo for e in Pipeline(nlp=nlp, events=events).code_text(text)]

    assert codes("Kenyan and Egyptian officials gathered at the border.") == ["040"]
    assert codes("Kenya condemned Egypt. Kenyan officials gathered at the Egyptian border.") == [
        "111"
    ]


def test_a_sure_class_ranks_the_rules_events_of_that_class_first(nlp):
    text = "Kenya condemned Egypt and met Egyptian officials in Cairo."
    doc = nlp(text)
    plain = coder(stand_in(3.0), dispute=1.01, dispute_fill=1.01).find(doc, mentions_for(doc))
    assert {e.cameo: e.confidence for e in plain} == {"111": 0.9, "040": 0.9}
    ranked = coder(stand_in(3.0), dispute=0.6).find(doc, mentions_for(doc))
    confidence = {e.cameo: e.confidence for e in ranked}
    # The stand-in is sure of PentaClass 1 (consult): the condemnation (3) ranks just below.
    assert confidence["040"] == 0.9 and confidence["111"] == pytest.approx(0.89)


def test_a_sure_class_no_rule_event_has_adds_the_models_event_first(nlp):
    doc = nlp("Kenya condemned Egypt on Monday.")
    plain = coder(stand_in(3.0), dispute_fill=1.01).find(doc, mentions_for(doc))
    assert [(e.cameo, e.confidence) for e in plain] == [("111", 0.9)]
    both = coder(stand_in(3.0), dispute_fill=0.7).find(doc, mentions_for(doc))
    fill = ClassifierOptions().fill_confidence
    # The stand-in is sure of PentaClass 1: its 040 leads, the rules' 111 ranks just below.
    assert {e.cameo: e.confidence for e in both} == {"040": fill, "111": pytest.approx(fill - 0.01)}


def test_a_last_resort_fill_of_material_conflict_needs_the_sentence_threshold():
    from eventscope.events.classifier import Prediction
    from eventscope.events.learned import _min_event

    options = ClassifierOptions(doc_fill_event=0.5, fill_event_conflict=0.8).for_document()
    assert _min_event(Prediction(0.6, 1, 0.9, "04", 0.9), options) == 0.5
    assert _min_event(Prediction(0.6, 4, 0.9, "19", 0.9), options) == 0.8
