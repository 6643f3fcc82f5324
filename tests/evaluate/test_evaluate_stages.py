"""Date, place and class-only scorers on tiny hand-made cases."""

from __future__ import annotations

import pytest

from eventscope.evaluate.stages import (
    MAX_ERROR_KM,
    date_outcome,
    glocon_label,
    score_classes,
    score_dates,
    score_places,
    top_event_label,
)


@pytest.mark.parametrize(
    ("gold", "system", "outcome"),
    [
        ("2020-07-12", "2020-07-12", (True, True)),
        ("2020-07-12", "2020-07", (False, True)),
        ("2020-07-12", "2020", (False, True)),
        ("2020-07-12", "2020-07-13", (False, False)),
        ("1998-08-07T10:35", "1998-08-07", (True, True)),
        ("2020-W28", "2020", (False, True)),
        ("PAST_REF", "PAST_REF", (True, True)),
        ("2020-07-12", None, (False, False)),
    ],
)
def test_date_outcome(gold, system, outcome):
    assert date_outcome(gold, system) == outcome


def test_score_dates_splits_kinds_and_counts_coverage():
    gold = [
        {"id": "1", "value": "1998-08-07", "kind": "relative"},
        {"id": "2", "value": "1998-08", "kind": "absolute"},
        {"id": "3", "value": "1998", "kind": "absolute"},
        {"id": "4", "value": "PAST_REF", "kind": "relative"},
    ]
    system = {"1": "1998-08-07", "2": "1998", "3": "1998", "4": None}
    metrics = score_dates(gold, system)
    assert metrics["expressions"] == 4
    assert metrics["exact"] == pytest.approx(2 / 4)
    assert metrics["compatible"] == pytest.approx(3 / 4)
    assert metrics["coverage"] == pytest.approx(3 / 4)
    assert metrics["day_acc"] == 1.0
    assert metrics["exact_relative"] == pytest.approx(1 / 2)
    assert metrics["exact_absolute"] == pytest.approx(1 / 2)


TEXT = "Protesters gathered in Baku and Ganja; later in downtown Sumqayit."
GOLD_PLACES = {
    "id": "p1",
    "text": TEXT,
    "toponyms": [
        {
            "start": 23,
            "end": 27,
            "phrase": "Baku",
            "lat": 40.4093,
            "lon": 49.8671,
            "country": "AZE",
        },
        {
            "start": 32,
            "end": 37,
            "phrase": "Ganja",
            "lat": 40.6828,
            "lon": 46.3606,
            "country": "AZE",
        },
        {"start": 57, "end": 65, "phrase": "Sumqayit", "lat": None, "lon": None, "country": "AZE"},
    ],
    "ignore_spans": [[48, 56]],
}


def mention(start, end, lat=None, lon=None, country=None):
    return {"start": start, "end": end, "lat": lat, "lon": lon, "country": country}


def test_score_places_overlap_matching_and_ignore_spans():
    system = {
        "p1": [
            mention(23, 27, 40.41, 49.87, "AZE"),  # right
            mention(30, 37, 40.4093, 49.8671, "AZE"),  # overlaps Ganja, placed in Baku
            mention(48, 56),  # "downtown": ignored
            mention(0, 10),  # "Protesters": a false positive
        ]
    }
    metrics = score_places([GOLD_PLACES], system)
    assert metrics["toponyms"] == 2  # Sumqayit has no coordinates: not gold
    assert metrics["span_p"] == pytest.approx(2 / 3)
    assert metrics["span_r"] == 1.0
    assert metrics["acc_161km"] == pytest.approx(1 / 2)
    assert metrics["acc_25km"] == pytest.approx(1 / 2)
    assert metrics["country_acc"] == 1.0
    # Median of a ~0 km and a ~297 km error (Ganja is 297 km from Baku).
    assert 140 < metrics["median_error_km"] < 155
    assert metrics["recall_161km"] == pytest.approx(1 / 2)


def test_ungeocoded_match_counts_as_maximum_error():
    metrics = score_places([GOLD_PLACES], {"p1": [mention(23, 27)]})
    assert metrics["acc_161km"] == 0.0
    assert metrics["mean_error_km"] == pytest.approx(MAX_ERROR_KM)
    assert metrics["span_r"] == pytest.approx(1 / 2)


def test_no_system_places_gives_zero_f1():
    metrics = score_places([GOLD_PLACES], {})
    assert metrics["span_f1"] == 0.0
    assert metrics["acc_161km"] is None


@pytest.mark.parametrize(
    ("events", "label", "glocon"),
    [
        ([], "none", 0),
        ([{"root": "14", "confidence": 0.9}, {"root": "04", "confidence": 0.1}], "4", 1),
        ([{"root": "14", "confidence": 0.1}, {"root": "04", "confidence": 0.9}], "1", 0),
        ([{"cameo": "163", "confidence": 0.5}], "3", 0),
        ([{"root": "19", "confidence": 0.5}], "4", 1),
    ],
)
def test_top_event_label(events, label, glocon):
    assert top_event_label(events) == label
    assert glocon_label(events) == glocon


def test_class_only_set_accuracy_and_macro_f1():
    gold = [
        {"id": "a", "label": 1, "labels": {"contentious": ["1"]}},
        {"id": "b", "label": 0, "labels": {"contentious": ["0"]}},
        {"id": "c", "label": 0, "labels": {"contentious": ["0"]}},
        {"id": "d", "label": 1, "labels": {"contentious": ["1"]}},
        {"id": "e", "label": 2, "labels": {"contentious": []}},  # planned protest: not scored
    ]
    riot = [{"root": "14", "confidence": 1.0}]
    system = {"a": riot, "b": riot, "e": riot}
    metrics = score_classes(gold, system)
    assert metrics["texts"] == 4
    assert metrics["positives"] == 2
    assert metrics["class_acc"] == pytest.approx(2 / 4)
    # label 1: tp 1, fp 1, fn 1 -> 0.5; label 0: tp 1, fp 1, fn 1 -> 0.5
    assert metrics["class_macro_f1"] == pytest.approx(0.5)
