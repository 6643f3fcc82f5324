"""PentaClass sets (ConfliBERT format): the top event's class against ``labels.pentaclass``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.evaluate import EvaluateOptions, evaluate_file, gold_kind
from eventscope.evaluate.split import split_of
from eventscope.evaluate.stages import score_pentaclass

# Sentences written for these tests; classes as ConfliBERT groups CAMEO roots.
GOLD = [
    ("p1", "Ruritania's army shelled the border villages of Freedonia.", "4"),
    ("p2", "The foreign minister of Ruritania said talks would resume.", "0"),
    ("p3", "Freedonia sent food and medicine to flooded Ruritania.", "2"),
    ("p4", "Ruritania accused Freedonia of spying on its navy.", "3"),
    ("p5", "The two governments agreed to meet in Geneva.", "1"),
]


def _record(key: str, text: str, label: str) -> dict:
    return {"id": key, "text": text, "labels": {"pentaclass": [label]}, "dataset": "pc_test"}


def _event(article: str, root: str, confidence: float) -> dict:
    return {"article_id": article, "root": root, "cameo": root + "0", "confidence": confidence}


@pytest.fixture
def gold() -> list[dict]:
    return [_record(*row) for row in GOLD]


def test_a_pentaclass_record_is_its_own_gold_kind(gold):
    assert gold_kind(gold) == "pentaclass"
    # GLOCON's "label" records keep their binary scorer.
    assert gold_kind([{"id": "g", "label": 1, "labels": {"contentious": ["1"]}}]) == "classes"


def test_accuracy_macro_f1_per_class_and_any_event_share(gold):
    system = {
        "p1": [_event("p1", "19", 0.9), _event("p1", "04", 0.3)],  # top event 19: right
        "p2": [_event("p2", "01", 0.5)],  # right
        "p3": [_event("p3", "04", 0.8)],  # class 1 for a class-2 text: wrong
        # p4: no event ("none": always wrong); p5: no system record at all
    }
    scores = score_pentaclass(gold, system)
    assert scores["texts"] == 5
    assert scores["class_acc"] == pytest.approx(2 / 5)
    assert scores["any_event"] == pytest.approx(3 / 5)
    assert scores["class_f1_4"] == 1.0 and scores["class_f1_0"] == 1.0
    assert scores["class_f1_2"] == 0.0 and scores["class_f1_3"] == 0.0
    assert scores["class_f1_1"] == 0.0  # one false 1, one missed 1
    assert scores["class_macro_f1"] == pytest.approx(2 / 5)
    assert scores["confusion"]["2"] == {"1": 1}
    assert scores["confusion"]["3"] == {"none": 1}


def test_a_class_that_never_occurs_does_not_count_as_zero_f1():
    gold = [_record("a", "x", "4"), _record("b", "y", "4")]
    scores = score_pentaclass(gold, {"a": [_event("a", "18", 1.0)]})
    assert scores["class_f1_0"] is None
    assert scores["class_macro_f1"] == pytest.approx(2 / 3)  # class 4 only: tp 1, fn 1


def _write(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_evaluate_file_scores_a_saved_output_with_split_and_limit(tmp_path):
    records = [_record(f"pc-{n}", f"Sentence {n}.", str(n % 5)) for n in range(60)]
    gold = _write(tmp_path / "pc_test.jsonl", records)
    roots = ("01", "04", "07", "11", "19")
    events = [_event(r["id"], roots[n % 5], 0.5) for n, r in enumerate(records)]
    system = _write(tmp_path / "out.jsonl", events)
    row = evaluate_file(gold, system_path=system)[0]
    assert (row["kind"], row["texts"], row["class_acc"], row["any_event"]) == (
        "pentaclass",
        60,
        1.0,
        1.0,
    )
    check = evaluate_file(gold, system_path=system, options=EvaluateOptions(split="check"))[0]
    assert check["texts"] == sum(split_of(r["id"]) == "check" for r in records)
    short = evaluate_file(gold, system_path=system, options=EvaluateOptions(limit=7))[0]
    assert short["texts"] == 7


def test_cli_prints_the_pentaclass_columns(tmp_path, gold):
    path = _write(tmp_path / "pc_test.jsonl", gold)
    system = _write(tmp_path / "out.jsonl", [_event("p1", "19", 0.9)])
    result = CliRunner().invoke(main, ["evaluate", str(path), "--system", str(system)])
    assert result.exit_code == 0, result.output
    header, row = result.output.splitlines()[:2]
    assert "class_acc" in header and "any_event" in header
    assert row.startswith("pc_test") and "0.200" in row
