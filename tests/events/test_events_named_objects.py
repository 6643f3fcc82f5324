"""A rule event whose verb row names its object is not outvoted by the classifier
(``events/named_objects.py``, issue 15): "received the emir" is a hosted visit (043), not the
model's reading of "received" as receiving aid (070). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt's president received the Emir of Qatar in Cairo.", {"043"}),
        ("Jordan's king received the US envoy in Amman.", {"043"}),
        ("Hamas and Israel agreed to a truce.", {"0356"}),
        ("Azerbaijan and Armenia agreed to a ceasefire on Tuesday.", {"0356"}),
    ],
)
def test_the_row_that_names_its_object_stands(pipeline, text, expected):
    events = pipeline.code_text(text, published=PUBLISHED)
    assert {e.cameo for e in events} == expected, [(e.cameo, e.confidence) for e in events]
