"""The classifier's actor features: the kinds and roles of the actors the actor coder found."""

from __future__ import annotations

import numpy as np
import pytest

from eventscope.errors import DataFileError
from eventscope.events.actorfeatures import actor_features
from eventscope.events.classifier import EventClassifier, sentence_features

# (own sentence, features wanted, features not wanted)
_CASES = [
    (
        "The Turkish army shelled rebel positions near the border.",
        {"a:MIL", "ad:MIL:nsubj", "av:MIL:subj_shell"},
        {"a:NONE"},
    ),
    (
        "Greenfield Holdings bought the steel plant for two million dollars.",
        set(),
        {"av:GOV:subj_buy"},
    ),
    (
        "Police arrested the opposition leader in the capital.",
        {"a:COP", "av:COP:subj_arrest", "a:OPP"},
        set(),
    ),
    ("Wheat prices rose two percent in early trading.", set(), {"a:GOV", "a:MIL"}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _CASES)
def test_actor_kinds_and_roles(nlp, actors, text, wanted, unwanted):
    doc = nlp(text)
    features = actor_features(doc[:], actors.find(doc))
    assert wanted <= set(features)
    assert not unwanted & set(features)
    assert len(features) == len(set(features))


def test_only_the_sentences_own_actors_are_read(nlp, actors):
    doc = nlp("Police arrested three men. Wheat prices rose on Monday.")
    first, second = doc.sents
    found = actors.find(doc)
    assert "a:COP" in actor_features(first, found)
    assert actor_features(second, found) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish army shelled rebel positions near the border.",
        "Police arrested the opposition leader in the capital.",
        "Ministers of Chile and Peru signed a trade accord. Rebels attacked a base.",
    ],
)
def test_rows_with_actors_are_the_rows_of_the_feature_strings(nlp, actors, text):
    model = EventClassifier.load()
    doc = nlp(text)
    found = actors.find(doc)
    for sent in doc.sents:
        features = sentence_features(sent, found)
        wanted = sorted({model.index[f] for f in features if f in model.index})
        assert model.sentence_rows(sent, found) == wanted
        assert model.predict(sent, found) == model.predict_features(features)


def _event_only_model() -> EventClassifier:
    """Rows: a:GOV (event head only), bias, w:attack; 1 event + 5 PentaClass + 20 roots."""
    weights = np.zeros((3, 26), dtype=np.float32)
    weights[0, 0] = 2.0  # a:GOV raises P(event) only
    weights[2, 1 + 4] = 3.0  # w:attack: material conflict
    roots = tuple(f"{n:02d}" for n in range(1, 21))
    return EventClassifier(
        vocabulary=["a:GOV", "bias", "w:attack"],
        weights=weights,
        bias=np.zeros(26, dtype=np.float32),
        pentas=range(5),
        roots=roots,
        event_only=("a:",),
    )


@pytest.mark.parametrize("words", [["bias"], ["bias", "w:attack"]])
def test_event_only_features_leave_the_other_heads_as_trained(words):
    model = _event_only_model()
    alone, with_actor = model.predict_features(words), model.predict_features(["a:GOV", *words])
    assert with_actor.event > alone.event
    assert (with_actor.penta, with_actor.penta_prob) == (alone.penta, alone.penta_prob)


def test_event_only_features_must_come_first():
    with pytest.raises(DataFileError):
        EventClassifier(
            vocabulary=["bias", "a:GOV"],
            weights=np.zeros((2, 26), dtype=np.float32),
            bias=np.zeros(26, dtype=np.float32),
            pentas=range(5),
            roots=tuple(f"{n:02d}" for n in range(1, 21)),
            event_only=("a:",),
        )
