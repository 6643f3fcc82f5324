"""tools/glocon_errors.py: the origin of each event (rule or classifier) on texts of our own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("glocon_errors", TOOLS / "glocon_errors.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("pattern", "group"),
    [
        ("classifier:14", "classifier"),
        ("contentious:rally", "contentious"),
        ("verb:fight", "verb"),
        ("last_resort:classifier:08", "last_resort"),
        ("", "rules"),
    ],
)
def test_origin_group(tool, pattern, group):
    assert tool.origin_group(pattern) == group


def test_report_lists_a_false_positive_with_its_pattern(tool, capsys):
    records = [
        {
            "id": "a",
            "text": "Rebels attacked a base.",
            "label": 0,
            "labels": {"contentious": ["0"]},
        },
        {"id": "b", "text": "Prices rose.", "label": 1, "labels": {"contentious": ["1"]}},
    ]
    coded = {"a": [{"cameo": "190", "root": "19", "confidence": 0.9, "pattern": "verb:attack"}]}
    tool.report(records, coded)
    out = capsys.readouterr().out
    assert "[FP] a:" in out and "<verb:attack>" in out
    assert "[MISS] b:" in out and "1  MISS no event" in out
