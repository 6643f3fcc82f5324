"""The role-span scorer: gold source/target/mutual phrases against the system's actor spans.
Sentences and spans are our own; offsets are computed from the phrases, not typed in."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.evaluate import (
    TRAIN_DEV_SETS,
    EvaluateOptions,
    evaluate_dev_sets,
    evaluate_file,
    gold_kind,
)
from eventscope.evaluate.roles import (
    actor_span,
    is_roles_record,
    overlaps,
    role_outcome,
    score_roles,
)
from eventscope.evaluate.system import SystemRunner

TEXT = "The rebel army shelled the port city of Azur on Monday , officials said ."


def at(phrase: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def span(role: str, phrase: str, text: str = TEXT) -> dict:
    start, end = at(phrase, text)
    return {"role": role, "start": start, "end": end, "text": phrase}


def gold(rid: str = "g1", *spans: dict, text: str = TEXT) -> dict:
    return {"id": rid, "text": text, "tokenized": True, "spans": list(spans)}


def actor(phrase: str | None, text: str = TEXT) -> dict | None:
    if phrase is None:
        return None
    start, end = at(phrase, text)
    return {"text": phrase, "start": start, "end": end, "code": "X"}


def event(source: str | None, target: str | None, confidence: float = 0.8) -> dict:
    return {"source": actor(source), "target": actor(target), "confidence": confidence}


ARMY_PORT = gold("g1", span("source", "The rebel army"), span("target", "the port city of Azur"))


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ((0, 5), [(5, 9)], False),  # touching ends share no character
        ((0, 5), [(4, 9)], True),
        ((6, 8), [(0, 20)], True),  # inside a longer gold phrase
        (None, [(0, 20)], False),
        ((0, 5), [], False),
    ],
)
def test_overlaps(left, right, expected):
    assert overlaps(left, right) is expected


@pytest.mark.parametrize(
    ("slot_actor", "expected"),
    [
        ({"start": 3, "end": 9}, (3, 9)),
        ({"start": 4, "end": 4}, None),  # an implied actor with no text names no phrase
        (None, None),
        ({"text": "x"}, None),
    ],
)
def test_actor_span(slot_actor, expected):
    assert actor_span({"source": slot_actor}, "source") == expected


@pytest.mark.parametrize(
    ("events", "outcome"),
    [
        ([], "no_event"),
        ([event("rebel army", "Azur")], "ok"),
        ([event("Azur", "rebel army")], "swapped"),
        ([event("officials", "Azur")], "source_missed"),
        ([event("rebel army", None)], "target_missed"),
        # the top (most confident) event decides, not the first listed
        ([event("officials", None, 0.4), event("army", "port city", 0.9)], "ok"),
    ],
)
def test_role_outcome(events, outcome):
    assert role_outcome(ARMY_PORT, events) == outcome


def test_mutual_spans_fill_either_slot():
    text = "Leaders of Ostra and Vallia met in Geneva ."
    sides = (span("mutual", "Leaders of Ostra", text), span("mutual", "Vallia", text))
    record = gold("m", *sides, text=text)
    system = {"m": [{"source": actor("Vallia", text), "target": actor("Ostra", text)}]}
    scores = score_roles([record], system)
    assert scores["src_r_top"] == scores["tgt_r_top"] == 1.0
    assert scores["swapped"] == 0
    assert scores["role_f1"] == 1.0


def test_score_roles_counts_top_and_any_events():
    records = [
        ARMY_PORT,
        gold("g2", span("source", "officials"), span("target", "the port city of Azur")),
        gold("g3", span("source", "The rebel army")),
    ]
    system = {
        "g1": [event("rebel army", "Azur", 0.9), event("officials", None, 0.5)],
        "g2": [event("rebel army", "Azur", 0.9), event("officials", None, 0.5)],
    }
    scores = score_roles(records, system)
    assert scores["texts"] == 3 and scores["items"] == 5
    assert scores["any_event"] == pytest.approx(2 / 3)
    assert scores["src_r_top"] == pytest.approx(1 / 3)  # g1 only
    assert scores["src_r_any"] == pytest.approx(2 / 3)  # g2's "officials" is a later event
    assert scores["src_p_top"] == pytest.approx(1 / 2)
    assert scores["src_p_any"] == pytest.approx(2 / 4)
    assert scores["tgt_r_top"] == scores["tgt_p_top"] == 1.0
    assert scores["swapped"] == 0
    # pooled top: 3 hits of 4 placed actors, 3 of 5 gold slots
    assert scores["role_f1"] == pytest.approx(2 * (3 / 4) * (3 / 5) / (3 / 4 + 3 / 5))


def test_no_event_anywhere_scores_zero_recall_and_no_precision():
    scores = score_roles([ARMY_PORT], {})
    assert scores["any_event"] == 0.0 and scores["src_r_top"] == 0.0
    assert scores["src_p_top"] is None and scores["role_f1"] is None


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (ARMY_PORT, True),
        ({"id": "a", "text": "t", "spans": [{"start": 0, "end": 1}]}, False),
        ({"id": "a", "text": "t", "spans": []}, False),
    ],
)
def test_is_roles_record(record, expected):
    assert is_roles_record(record) is expected


def test_gold_kind_and_evaluate_file_read_roles(tmp_path):
    path = tmp_path / "roles_mini.jsonl"
    path.write_text(json.dumps(ARMY_PORT) + "\n", encoding="utf-8")
    system = tmp_path / "system.jsonl"
    line = {"article_id": "g1", **event("army", "city of Azur")}
    system.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert gold_kind([ARMY_PORT]) == "roles"
    rows = evaluate_file(path, system_path=system)
    assert rows[0]["dataset"] == "roles_mini" and rows[0]["kind"] == "roles"
    assert rows[0]["role_f1"] == 1.0
    result = CliRunner().invoke(main, ["evaluate", str(path), "--system", str(system)])
    assert result.exit_code == 0, result.output
    assert "role_f1" in result.output and "swapped" in result.output


class NoEvents(SystemRunner):
    """A system that codes nothing: the harness runs without the model."""

    def events(self, records):
        return {}


@pytest.mark.parametrize("present", [True, False])
def test_dev_sets_score_the_roles_file_only_when_present(tmp_path, present):
    (tmp_path / "eval").mkdir()
    if present:
        (tmp_path / "train").mkdir()
        roles = tmp_path / "train" / TRAIN_DEV_SETS[0]
        roles.write_text(json.dumps(ARMY_PORT) + "\n", encoding="utf-8")
    options = EvaluateOptions(shared=tmp_path, team_gold=tmp_path / "none.jsonl")
    rows = evaluate_dev_sets(options, runner=NoEvents())
    roles_rows = [row for row in rows if row.get("kind") == "roles"]
    assert len(roles_rows) == int(present)
    if present:
        assert roles_rows[0]["any_event"] == 0.0 and roles_rows[0]["texts"] == 1
