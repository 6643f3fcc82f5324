"""The classifier's veto (#15): rule events in a sentence the model is sure reports no event
are dropped, and the model is read for a veto only where a rule event survives to be dropped.

A stand-in model (a bias only) fixes P(event); a counting subclass tells how many sentences
the coder read with it.
"""

from __future__ import annotations

import numpy as np
import pytest
from test_events_support import dyads, mentions_for

from eventscope.events import EventCoder, EventOptions
from eventscope.events.classifier import EventClassifier, Prediction
from eventscope.events.learned import ClassifierOptions

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))


class Counting(EventClassifier):
    """The stand-in model, counting the sentences it reads."""

    read = 0

    def predict(self, sent, mentions=()) -> Prediction:  # noqa: ANN001 - a spaCy Span
        self.read += 1
        return super().predict(sent, mentions)


def stand_in(event: float, root: str = "11") -> Counting:
    """P(event) = sigmoid(``event``); PentaClass 3 and ``root`` (11 disapprove), both sure."""
    width = 1 + 5 + len(ROOTS)
    bias = np.zeros(width, dtype=np.float32)
    bias[0] = event
    bias[1 + 3] = 5.0
    bias[1 + 5 + ROOTS.index(root)] = 5.0
    weights = np.zeros((1, width), dtype=np.float32)
    return Counting(vocabulary=["bias"], weights=weights, bias=bias, pentas=range(5), roots=ROOTS)


def coder(model: EventClassifier, **options: float) -> EventCoder:
    rules = EventCoder.load()
    settings = EventOptions(classifier=ClassifierOptions(last_resort=False, **options))
    return EventCoder(rules.book, settings, classifier=model)


@pytest.mark.parametrize(
    ("text", "event", "root", "expected"),
    [
        # P(event) 0.007 < veto_event 0.1: the rule's event with no target is dropped
        ("Kenya condemned the attack on Monday.", -5.0, "12", set()),
        ("Kenya condemned the attack on Monday.", 0.0, "12", {("KEN", None, "111")}),  # P 0.5
        # a verb row's event between two non-business actors stands (events/veto.py)
        ("Kenya condemned Egypt on Monday.", -5.0, "12", {("KEN", "EGY", "111")}),
        # (the root head's yield is tested on the veto itself, test_events_veto_release_siege)
    ],
)
def test_a_sure_no_event_drops_the_rules_events(nlp, text, event, root, expected):
    doc = nlp(text)
    assert dyads(coder(stand_in(event, root)).find(doc, mentions_for(doc))) == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a rule event kept: the model is read (veto, dispute)
        ("Kenya condemned Egypt on Monday.", 1),
        # "met" is a rule, but "the envoy" is no actor: no event to veto, no reading
        ("Kenyan and Egyptian officials said the envoy met them in Cairo.", 0),
    ],
)
def test_the_model_is_read_for_a_veto_only_where_a_rule_event_is_kept(nlp, text, read):
    doc = nlp(text)
    model = stand_in(-5.0)
    coder(model, fill=False).find(doc, mentions_for(doc))
    assert model.read == read


def test_a_veto_above_the_fill_threshold_still_reads_the_model(nlp):
    # A vetoed sentence is filled when the veto is looser than the fill: the model is read
    # even with no rule event kept, and its fill codes the sentence.
    doc = nlp("The Kenyan statement condemned the raid by Egypt.")
    model = stand_in(0.0)  # P(event) 0.5
    events = coder(model, veto_event=0.6, fill_event=0.4).find(doc, mentions_for(doc))
    assert model.read == 1
    assert [e.cameo[:2] for e in events] == ["11"]
