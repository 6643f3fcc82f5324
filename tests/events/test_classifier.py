"""The trained event classifier: shipped model, numpy-only inference, and how the coder uses it."""

from __future__ import annotations

import importlib.util
import io
import json
import pickle
import sys
from pathlib import Path

import numpy as np
import pytest

from eventscope.errors import DataFileError
from eventscope.events import EventCoder, EventOptions
from eventscope.events.classifier import PENTA_OF_ROOT, EventClassifier, sentence_features
from eventscope.events.learned import ClassifierOptions

TOOLS = Path(__file__).resolve().parents[2] / "tools"


def _trainer():
    spec = importlib.util.spec_from_file_location("train_classifier", TOOLS / "train_classifier.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_loads_and_names_every_root():
    model = EventClassifier.load()
    assert model.roots == tuple(f"{n:02d}" for n in range(1, 21))
    assert model.pentas == (0, 1, 2, 3, 4)
    assert len(model.index) > 1000


def test_features_of_a_parsed_sentence(nlp):
    features = sentence_features(nlp("Russia did not attack Ukraine.")[:])
    for wanted in ("bias", "w:attack", "r:attack", "neg:attack", "vo:attack_ukraine"):
        assert wanted in features
    assert len(features) == len(set(features))


_OWN_TEXTS = [
    "Russia did not attack Ukraine.",
    "The ministers of Chile and Peru met in Lima on Monday and signed a trade accord.",
    "Police fired tear gas to disperse hundreds of students who marched on parliament.",
    "Would the president visit Kyiv?  He said he may travel there in the 1990s' style.",
    "a_b c-d 1990s ago: gunmen killed 3 villagers in Borno state 20 years ago.",
    "",
]


@pytest.mark.parametrize("text", _OWN_TEXTS)
def test_rows_read_by_lemma_are_the_rows_of_the_feature_strings(nlp, text):
    model = EventClassifier.load()
    for sent in [*nlp(text).sents, nlp(text)[:]]:
        features = sentence_features(sent)
        wanted = sorted({model.index[f] for f in features if f in model.index})
        assert model.sentence_rows(sent) == wanted
        assert model.predict(sent) == model.predict_features(features)


def test_the_remembered_rows_are_bounded_and_forgotten_in_one_go(nlp, monkeypatch):
    from eventscope.events import classifier

    monkeypatch.setattr(classifier, "MAX_REMEMBERED_ROWS", 3)
    model = EventClassifier(
        vocabulary=["bias", "w:attack"],
        weights=np.zeros((2, 1 + 5 + 20), dtype=np.float32),
        bias=np.zeros(26, dtype=np.float32),
        pentas=range(5),
        roots=[f"{n:02d}" for n in range(1, 21)],
    )
    rows = model.sentence_rows(nlp("Rebels attack the town again today")[:])
    assert rows == [0, 1]
    assert len(model._word_rows) <= 3
    # A Dask worker receives the model pickled, with the rows it has remembered.
    assert pickle.loads(pickle.dumps(model)).sentence_rows(nlp("They attack")[:]) == [0, 1]


@pytest.mark.parametrize(
    ("text", "penta"),
    [
        ("Rebels attacked an army base and killed twelve soldiers.", 4),
        ("The two presidents met in Geneva and discussed trade.", 1),
        ("Japan sent food aid and medicine to the flood victims in Pakistan.", 2),
        ("The government condemned the rebels and accused them of war crimes.", 3),
    ],
)
def test_pentaclass_of_clear_sentences(nlp, text, penta):
    guess = EventClassifier.load().predict(nlp(text)[:])
    assert guess.penta == penta, guess
    assert PENTA_OF_ROOT[guess.root] == guess.penta


def test_ordinary_business_news_is_not_an_event(nlp):
    model = EventClassifier.load()
    market = model.predict(nlp("Wheat prices rose two percent in early trading on Tuesday.")[:])
    attack = model.predict(nlp("Israeli jets bombed Hamas positions in Gaza overnight.")[:])
    assert market.event < 0.5 < attack.event


@pytest.mark.parametrize(
    ("config", "arrays"),
    [
        ("{not json", {"weights": np.zeros((1, 26)), "bias": np.zeros(26)}),
        (json.dumps({"format": 99}), {}),
        (
            json.dumps({"format": 1, "vocabulary": ["bias"], "pentas": [0], "roots": ["01"]}),
            {"weights": np.zeros((2, 3)), "bias": np.zeros(3)},
        ),
    ],
)
def test_a_malformed_model_is_a_data_file_error(config, arrays):
    with pytest.raises(DataFileError):
        EventClassifier.from_files(config, arrays)


def test_numpy_inference_matches_the_trained_heads():
    """What tools/train_classifier.py exports scores like scikit-learn's own models."""
    trainer = _trainer()
    examples = [
        trainer.Example("t", ["bias", "w:attack", "w:army"], 1, 4, "19"),
        trainer.Example("t", ["bias", "w:attack", "w:rebel"], 1, 4, "18"),
        trainer.Example("t", ["bias", "w:meet", "w:talk"], 1, 1, "04"),
        trainer.Example("t", ["bias", "w:meet", "w:visit"], 1, 1, "04"),
        trainer.Example("t", ["bias", "w:price", "w:rise"], 0),
        trainer.Example("t", ["bias", "w:price", "w:fall"], 0),
    ]
    prefixes = trainer.FEATURE_SETS["words"]
    vocab, weights, bias = trainer.train(examples, prefixes, 4.0)
    stream = io.BytesIO()
    np.savez(stream, weights=weights, bias=bias)
    stream.seek(0)
    config = {
        "format": 1,
        "vocabulary": vocab,
        "pentas": list(trainer.PENTAS),
        "roots": list(trainer.ROOTS),
    }
    with np.load(stream) as arrays:
        model = EventClassifier.from_files(json.dumps(config), dict(arrays))
    x = trainer.matrix(examples, vocab, prefixes)
    expected = trainer.fit(x, [e.event for e in examples], 4.0).predict_proba(x)[:, 1]
    got = [model.predict_features(e.features).event for e in examples]
    assert np.allclose(got, expected, atol=1e-5)
    assert model.predict_features(["bias", "w:attack"]).penta == 4


def test_the_classifier_can_be_turned_off():
    coder = EventCoder.load(options=EventOptions(classifier=ClassifierOptions(enabled=False)))
    assert coder.classifier is None
    assert EventCoder.load().classifier is not None


@pytest.mark.parametrize(
    "features",
    [
        ["bias", "w:attack", "v:attack", "r:attack"],
        ["bias", "w:meet", "w:talk", "v:meet"],
        ["bias", "w:price", "w:rise"],
        ["bias"],
        [],
    ],
)
def test_a_prediction_reads_the_root_inside_its_pentaclass(features):
    """The root head's softmax runs over the predicted PentaClass's roots only: the others
    are never the root nor ranked (the reference below reads every root as numpy would)."""
    model = EventClassifier.load()
    guess = model.predict_features(features)
    raw = model.scores(features)
    assert guess.event == pytest.approx(1 / (1 + np.exp(-raw[0])))
    assert guess.penta == model.pentas[int(np.argmax(raw[1:6]))]
    inside = [i for i, r in enumerate(model.roots) if PENTA_OF_ROOT[r] == guess.penta]
    probs = np.exp(raw[6:][inside] - raw[6:][inside].max())
    probs /= probs.sum()
    order = [model.roots[inside[i]] for i in np.argsort(-probs, kind="stable") if probs[i] > 0]
    assert guess.ranked == tuple(order) and guess.root == order[0]
    assert guess.root_prob == pytest.approx(probs.max())
