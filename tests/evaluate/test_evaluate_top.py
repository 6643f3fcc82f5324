"""Top-event metrics (source recall, date, place, CASE coarse type), symmetric gold events and
the GLOCON positive-class F1 and false positives: pure functions over dicts we wrote."""

from __future__ import annotations

import pytest

from eventscope.evaluate.events import dyad_matches, score_article
from eventscope.evaluate.stages import score_classes
from eventscope.evaluate.top import coarse_type, score_top_events, top_event

HAIFA = {"name": "Haifa", "lat": 32.8184, "lon": 34.9885}
TEL_AVIV = {"lat": 32.0853, "lon": 34.7818}  # ~ 82 km from Haifa
EILAT = {"lat": 29.5577, "lon": 34.9519}  # ~ 360 km


def gold_record(rid: str, *, source=("ISR",), date="2020-05-09", coarse=("PROTEST",)):
    event = {"source": list(source), "target": [], "roots": ["14"], "date": date, "place": HAIFA}
    return {"id": rid, "events": [event], "labels": {"case2021_coarse": list(coarse)}}


def system_event(country, root, conf, *, date="2020-05-09", where=None):
    return {"source": {"country": country}, "target": None, "root": root, "confidence": conf,
            "date": date, "location": where}  # fmt: skip


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([], None),
        ([system_event("ISR", "14", 0.5), system_event("PSE", "19", 0.9)], "PSE"),
        ([system_event("ISR", "14", 0.7), system_event("PSE", "19", 0.7)], "ISR"),  # tie: first
    ],
)
def test_top_event(events, expected):
    top = top_event(events)
    assert (top["source"]["country"] if top else None) == expected


@pytest.mark.parametrize(
    ("root", "label"),
    [("14", "PROTEST"), ("18", "VIOLENCE"), ("20", "VIOLENCE"), ("17", "COERCE"),
     ("15", "COERCE"), ("06", "COOPERATION"), ("12", "VERBAL"), ("", "NONE")],
)  # fmt: skip
def test_coarse_type(root, label):
    assert coarse_type({"root": root}) == label


def test_score_top_events_counts_each_metric():
    gold = [gold_record("a"), gold_record("b"), gold_record("c", coarse=("PROTEST", "VIOLENCE"))]
    system = {
        "a": [system_event("ISR", "14", 0.9, where=TEL_AVIV)],
        "b": [system_event("PSE", "19", 0.9, date="2020-05-08", where=EILAT)],
        "c": [system_event("ISR", "18", 0.9)],
    }
    scores = score_top_events(gold, system)
    assert scores["source_r"] == pytest.approx(2 / 3)
    assert scores["top_date_acc"] == pytest.approx(2 / 3)
    assert scores["top_place_161km"] == pytest.approx(1 / 3)  # "c" has no location: a miss
    assert scores["coarse_acc"] == pytest.approx(2 / 3)  # "b" says VIOLENCE for a PROTEST
    # PROTEST: tp 1, fn 1 -> 0.667; VIOLENCE: tp 1, fp 1 -> 0.667
    assert scores["coarse_macro_f1"] == pytest.approx(2 / 3)


def test_no_coarse_metrics_without_labels():
    record = {"id": "a", "events": [{"source": ["ISR"]}]}
    assert "coarse_macro_f1" not in score_top_events([record], {})


@pytest.mark.parametrize(
    ("symmetric", "matches"),
    [(True, True), (False, False)],
)
def test_symmetric_gold_matches_either_order(symmetric, matches):
    gold = {"source": ["ARM"], "target": ["AZE"], "roots": ["19"], "symmetric": symmetric}
    system = {"source": {"country": "AZE"}, "target": {"country": "ARM"}, "root": "19"}
    assert dyad_matches(gold, system) is matches
    assert score_article([gold], [system]).event_tp == int(matches)


def test_glocon_positive_f1_and_false_positives():
    gold = [{"id": str(i), "label": label} for i, label in enumerate([1, 1, 0, 0, 0])]
    conflict = [{"root": "14", "confidence": 0.9}]
    system = {"0": conflict, "2": conflict, "3": conflict}
    scores = score_classes(gold, system)
    # positives: tp 1 (id 0), fn 1 (id 1), fp 2 (ids 2, 3) -> F1 = 2 / (2 + 1 + 2)
    assert scores["pos_f1"] == pytest.approx(0.4)
    assert scores["false_pos"] == 2
    assert scores["false_pos_rate"] == pytest.approx(2 / 3)
