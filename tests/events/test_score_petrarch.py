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
