"""tools/pipeline_cv.py: folds by id hash, option overrides, and a run through the real pipeline."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from eventscope.events.classifier import EventClassifier

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("pipeline_cv", TOOLS / "pipeline_cv.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_folds_come_from_the_id_alone_and_spread_evenly(tool):
    ids = [f"cb-{n:04d}" for n in range(1000)]
    folds = [tool.fold_of(i, 5) for i in ids]
    assert folds == [tool.fold_of(i, 5) for i in reversed(ids)][::-1]
    assert all(150 < n < 250 for n in Counter(folds).values())


def test_option_overrides_are_typed_like_the_fields(tool):
    assert tool.classifier_options([]) is None
    options = tool.classifier_options(["last_resort=true", "dispute=0.7"])
    assert options.last_resort is True and options.dispute == 0.7
    with pytest.raises(AttributeError):
        tool.classifier_options(["no_such_option=1"])


def test_a_run_codes_every_fold_through_the_pipeline_and_scores_it(tool, nlp):
    from eventscope.pipeline import Pipeline

    texts = [
        ("Kenyan troops shelled rebel positions in Somalia.", "4"),
        ("Japan sent food aid to flood victims in Pakistan.", "2"),
        ("The Egyptian president met the Israeli prime minister in Cairo.", "1"),
        ("Russia condemned the Ukrainian government over the new law.", "3"),
    ]
    records = [
        {"id": f"t{n}", "text": text, "labels": {"pentaclass": [label]}}
        for n, (text, label) in enumerate(texts)
    ]
    base = Pipeline(nlp=nlp)
    parsed = tool.Parsed(records, [nlp(r["text"]) for r in records], base)
    model = EventClassifier.load()
    result = tool.run(parsed, [model, model], verbose=False)
    assert sorted(result["coded"]) == ["t0", "t1", "t2", "t3"]
    assert result["pooled"]["texts"] == 4
    assert sum(fold["texts"] for fold in result["folds"]) == 4
    assert result["pooled"]["class_acc"] >= 0.5  # clear sentences, the shipped model
