"""tools/score_petrarch.py: reading PETRARCH-style validation records and matching codings."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"

# Records written for this test in the PETRARCH validation format (fictional countries).
RECORDS = """<Validation><Sentences>
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="042"></EventCoding>
<Text>
The Arnor foreign minister  visited Gondor &amp; its capital.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="19950102" id="T-02" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened in Arnor.</Text>
</Sentence>
<Sentence date="19950103" id="T-03" category="ERROR" sentence="true">
<EventCoding error="True"></EventCoding>
<Text>Broken record.</Text>
</Sentence>
</Sentences></Validation>
"""


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("score_petrarch", TOOLS / "score_petrarch.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_records_are_read_with_codes_dates_and_clean_text(scorer, tmp_path):
    path = tmp_path / "records.xml"
    path.write_text(RECORDS, encoding="utf-8")
    first, second = scorer.read_records(path)  # the error record is left out
    assert first.id == "T-01" and first.day == date(1995, 1, 1)
    assert first.text == "The Arnor foreign minister visited Gondor & its capital."
    assert first.expected == (("ARN", "GON", "04"),)
    assert second.no_events and second.expected == ()


def test_codings_match_one_to_one_on_dyad_and_root(scorer):
    expected = (("ARN", "GON", "04"), ("GON", "ARN", "04"))
    assert scorer.match(expected, [("ARN", "GON", "04"), ("ARN", "GON", "04")]) == 1
    assert scorer.match(expected, [("ARN", "GON", "05")]) == 0
    assert scorer.match(expected, [("ARN", "GON", "05")], roots=False) == 1
    assert scorer.prf(1, 2, 4) == "p=0.500 r=0.250 f1=0.333"


@pytest.mark.parametrize(
    ("expected", "system", "no_events", "kinds"),
    [
        ((("FRA", "TCD", "04"),), [], False, {"no event at all": 1}),
        ((), [("FRA", "TCD", "04")], True, {"noevents record coded": 1}),
        (
            (("FRA", "TCD", "04"), ("DEU", "TCD", "04")),
            [("FRA", "TCD", "04")],
            False,
            {"compound partly coded": 1},
        ),
        ((("FRA", "TCD", "04"),), [("SDN", "TCD", "04")], False, {"wrong or missing source": 1}),
        ((("FRA", "TCD", "04"),), [("FRA", "", "04")], False, {"wrong or missing target": 1}),
        ((("FRA", "TCD", "04"),), [("SDN", "NER", "04")], False, {"other dyad": 1}),
        ((("FRA", "TCD", "04"),), [("FRA", "TCD", "19")], False, {}),
    ],
)
def test_misses_are_sorted_by_kind(scorer, expected, system, no_events, kinds):
    record = scorer.Record("T", None, "France met Chad.", expected, no_events)
    assert dict(scorer.miss_kinds(record, system)) == kinds


def test_a_passive_miss_is_its_own_kind(scorer):
    record = scorer.Record(
        "T", None, "Chad was attacked by France.", (("FRA", "TCD", "19"),), False
    )
    assert dict(scorer.miss_kinds(record, [("TCD", "", "19")])) == {"passive": 1}


def test_split_keeps_the_records_of_one_part(scorer):
    from eventscope.evaluate.split import split_of

    records = [scorer.Record(f"R-{i}", None, "x", (), False) for i in range(20)]
    tune = scorer._select(records, "tune")
    check = scorer._select(records, "check")
    assert len(tune) + len(check) == 20 and tune and check
    assert all(split_of(r.id) == "tune" for r in tune)
    assert scorer._select(records, None) == records
