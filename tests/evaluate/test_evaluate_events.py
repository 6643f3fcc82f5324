"""Event scoring on tiny hand-made cases: matching, duplicates, labels, dates and places."""

from __future__ import annotations

import pytest

from eventscope.evaluate.events import (
    actor_key,
    haversine_km,
    penta_class,
    quad_class,
    score_article,
    score_events,
)


def actor(country, sector=None, code=None):
    return {"country": country, "sector": sector, "code": code or f"{country or ''}{sector or ''}"}


def system_event(source, target, root, **extra):
    return {"source": source, "target": target, "root": root, "confidence": 0.5, **extra}


def gold_event(source, target, roots, **extra):
    return {"source": source, "target": target, "roots": roots, **extra}


AZE_CHN_04 = gold_event(["AZE"], ["CHN"], ["04"])


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        pytest.param(
            [AZE_CHN_04],
            [system_event(actor("AZE"), actor("CHN"), "04")],
            {"event_tp": 1, "event_fp": 0, "dup": 0, "dyad_tp": 1, "root_ok": 1},
            id="perfect",
        ),
        pytest.param(
            [AZE_CHN_04],
            [],
            {"event_tp": 0, "event_fp": 0, "dup": 0, "dyad_tp": 0, "gold": 1},
            id="empty-system",
        ),
        pytest.param(
            [AZE_CHN_04],
            [system_event(actor("CHN"), actor("AZE"), "04")],
            {"event_tp": 0, "event_fp": 1, "dyad_tp": 0, "dyad_fp": 1},
            id="swapped-source-target",
        ),
        pytest.param(
            [AZE_CHN_04],
            [
                system_event(actor("AZE"), actor("CHN"), "04"),
                system_event(actor("TUR"), actor("CHN"), "04"),
                system_event(actor("AZE"), actor("ARM"), "19"),
            ],
            {"event_tp": 1, "event_fp": 2, "dup": 0, "dyad_tp": 1, "dyad_fp": 2},
            id="extra-events",
        ),
        pytest.param(
            [AZE_CHN_04],
            [system_event(actor("AZE"), actor("CHN"), "11")],
            {"event_tp": 0, "event_fp": 1, "dyad_tp": 1, "root_ok": 0, "quad_ok": 0},
            id="wrong-root-right-dyad",
        ),
        pytest.param(
            [gold_event(["HUN", "ROU"], [], ["03"])],
            [
                system_event(actor("HUN"), actor("ROU"), "03"),
                system_event(actor("ROU"), actor("HUN"), "03"),
            ],
            {"event_tp": 1, "event_fp": 0, "dup": 1, "dyad_tp": 1, "dyad_fp": 0},
            id="compound-actor-duplicates",
        ),
        pytest.param(
            [gold_event(["IGO"], ["MMR"], ["02"])],
            [system_event(actor(None, None, "IGOUNO"), actor("MMR", "MIL"), "02")],
            {"event_tp": 1, "event_fp": 0},
            id="pseudo-code-from-code-prefix",
        ),
        pytest.param(
            [gold_event(["NGO"], ["SDN"], ["07"])],
            [system_event(actor(None, "NGO", "NGOXXX"), actor("SDN"), "07")],
            {"event_tp": 1},
            id="pseudo-code-from-sector",
        ),
        pytest.param(
            [gold_event([], [], [])],
            [system_event(None, None, "19")],
            {"event_tp": 1, "root_ok": 1, "quad_ok": 1},
            id="unspecified-accepts-anything",
        ),
        pytest.param(
            [gold_event(["AZE"], ["CHN"], ["04"]), gold_event(["AZE"], ["CHN"], ["05"])],
            [
                system_event(actor("AZE"), actor("CHN"), "05"),
                system_event(actor("AZE"), actor("CHN"), "04"),
            ],
            {"event_tp": 2, "event_fp": 0, "dyad_tp": 2, "root_ok": 2},
            id="one-to-one-prefers-root-match",
        ),
    ],
)
def test_score_article_counts(gold, system, expected):
    tally = score_article(gold, system)
    for name, value in expected.items():
        assert getattr(tally, name) == value, name


def test_sector_accuracy_only_where_gold_gives_sectors():
    gold = [gold_event(["RUS"], ["UKR"], ["19"], source_sector=["MIL"], target_sector=[])]
    tally = score_article(gold, [system_event(actor("RUS", "GOV"), actor("UKR", "CVL"), "19")])
    assert (tally.sector_n, tally.sector_ok) == (1, 0)


@pytest.mark.parametrize(
    ("source", "target", "ok"),
    [
        (actor("AFG", "REB"), actor("AFG", "MIL"), 2),  # in the gold's order
        (actor("AFG", "MIL"), actor("AFG", "REB"), 2),  # turned round: sectors follow the match
        (actor("AFG", "MIL"), actor("AFG", "MIL"), 1),
    ],
)
def test_sectors_of_a_symmetric_event_matched_the_other_way_round(source, target, ok):
    gold = [gold_event(["AFG"], ["AFG"], ["19"], symmetric=True, source_sector=["REB"],
                       target_sector=["MIL"])]  # fmt: skip
    tally = score_article(gold, [system_event(source, target, "19")])
    assert (tally.sector_n, tally.sector_ok) == (2, ok)


@pytest.mark.parametrize(
    ("system_date", "ok"),
    [("2021-03-03", 1), ("2021-03-04", 0), (None, 0), ("2021-03-03T10:00", 1)],
)
def test_date_exact_match_on_matched_events(system_date, ok):
    gold = [gold_event(["AZE"], ["CHN"], ["04"], date="2021-03-03")]
    tally = score_article(gold, [system_event(actor("AZE"), actor("CHN"), "04", date=system_date)])
    assert (tally.date_n, tally.date_ok) == (1, ok)


BAKU = {"name": "Baku", "country": "AZE", "lat": 40.4093, "lon": 49.8671}


@pytest.mark.parametrize(
    ("location", "country_ok", "within_25", "within_161"),
    [
        ({"name": "Baku", "country": "AZE", "lat": 40.41, "lon": 49.87}, 1, 1, 1),
        ({"name": "Baku airport", "country": "AZE", "lat": 40.4675, "lon": 50.0467}, 1, 1, 1),
        ({"name": "Ganja", "country": "AZE", "lat": 40.6828, "lon": 46.3606}, 1, 0, 0),
        ({"name": "Shamakhi", "country": "AZE", "lat": 40.6314, "lon": 48.6364}, 1, 0, 1),
        ({"name": "Beijing", "country": "CHN", "lat": 39.9042, "lon": 116.4074}, 0, 0, 0),
        (None, 0, 0, 0),
    ],
)
def test_place_country_and_distance(location, country_ok, within_25, within_161):
    gold = [gold_event(["AZE"], ["CHN"], ["04"], place=BAKU)]
    event = system_event(actor("AZE"), actor("CHN"), "04", location=location)
    tally = score_article(gold, [event])
    assert (tally.country_n, tally.coord_n) == (1, 1)
    assert (tally.country_ok, tally.within_25, tally.within_161) == (
        country_ok,
        within_25,
        within_161,
    )


def test_score_events_aggregates_texts_and_strict_precision():
    gold = [
        {"id": "a", "events": [gold_event(["HUN", "ROU"], [], ["03"])]},
        {"id": "b", "events": []},
    ]
    system = {
        "a": [
            system_event(actor("HUN"), actor("ROU"), "03"),
            system_event(actor("ROU"), actor("HUN"), "03"),
        ],
        "b": [system_event(actor("USA"), actor("CHN"), "11")],
    }
    metrics = score_events(gold, system)
    assert metrics["texts"] == 2
    assert metrics["event_p"] == pytest.approx(1 / 2)
    assert metrics["event_p_strict"] == pytest.approx(1 / 3)
    assert metrics["event_r"] == 1.0
    assert metrics["event_f1"] == pytest.approx(2 / 3)
    assert metrics["duplicates"] == 1


def test_nothing_to_measure_gives_none_not_zero():
    metrics = score_events([{"id": "a", "events": []}], {})
    assert metrics["event_f1"] is None
    assert metrics["date_acc"] is None


@pytest.mark.parametrize(
    ("root", "quad", "penta"),
    [("01", 1, 0), ("03", 1, 1), ("06", 2, 2), ("09", 3, 3), ("14", 4, 4), ("16", 4, 3)],
)
def test_class_tables(root, quad, penta):
    assert (quad_class(root), penta_class(root)) == (quad, penta)


@pytest.mark.parametrize(
    ("value", "key"),
    [
        (None, None),
        ({"country": "AZE", "sector": "GOV", "code": "AZEGOV"}, "AZE"),
        ({"country": None, "sector": None, "code": "IMGMUSALQ"}, "IMG"),
        ({"country": None, "sector": "MNC", "code": "BUS"}, "MNC"),
        ({"country": None, "sector": "GOV", "code": "GOV"}, None),
    ],
)
def test_actor_key(value, key):
    assert actor_key(value) == key


def test_haversine_is_symmetric_and_zero_on_self():
    assert haversine_km(40.0, 49.0, 40.0, 49.0) == 0.0
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)
