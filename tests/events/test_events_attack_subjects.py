"""An attack noun that is the subject of a harm verb aims at the harmed (``events/nominal.py``):
"Israeli air strikes killed 12 people in Lebanon" is ISR -> LBN civilians, not the country's
government by the place. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli air strikes killed 12 people in southern Lebanon.", ("ISRMIL", "LBNCVL", "195")),
        ("Turkish drone strikes killed four villagers in Syria.", ("TURMIL", "SYRCVL", "195")),
        # a struck city tagged PERSON places the civilians (places/coherence.py, struck keys)
        ("Russian forces shelled Kherson, killing four civilians.", ("RUSMIL", "UKRCVL", "194")),
    ],
)  # fmt: skip
def test_the_harmed_are_the_target(pipeline: Pipeline, text, expected):
    events = pipeline.code_text(text, published=date(2025, 11, 4))
    found = {
        (e.source.code, e.target.code if e.target else "-", e.cameo) for e in events if e.source
    }
    assert expected in found, found
