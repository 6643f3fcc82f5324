"""A speaker introduced as asked made no appeal: "Asked whether ..., the minister said" codes no
02 event of the minister (``events/asked_of.py``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether Turkey would attack Kurdish fighters in Syria, the minister said no "
        "decision had been taken.",
        "When asked about the sanctions on Iran, the German envoy declined to comment.",
        "Asked to comment on the Chinese drills, a Taiwanese official said the army was ready.",
    ],
)
def test_the_one_asked_makes_no_appeal(pipeline: Pipeline, text):
    found = [(e.cameo, e.trigger) for e in pipeline.code_text(text, published=PUBLISHED)]
    assert not any(code[:2] == "02" for code, _ in found), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya asked the United Nations to send more troops to Somalia.", "KEN", "IGO"),
        (
            "Reporters asked the French president whether France would recognise Palestine.",
            "FRA",
            "FRA",
        ),
    ],
)
def test_requests_with_a_subject_stay(pipeline: Pipeline, text, source, target):
    found = [
        (
            (e.source.code or "")[:3] if e.source else None,
            (e.target.code or "")[:3] if e.target else None,
        )
        for e in pipeline.code_text(text, published=PUBLISHED)
        if e.cameo[:2] == "02"
    ]
    assert (source, target) in found, found
