"""Victims of a fight named with "with" (``events/victims.py``): "two soldiers were killed in
a clash with X" is X acting on the soldiers, as "in an attack by X" is. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Two Turkish soldiers were killed in a clash with PKK militants.",
            ("TURREBPKK", "TURMIL"),
        ),
        (
            "Five Nigerian policemen were killed in fighting with Boko Haram.",
            ("IMGMOSBKH", "NGACOP"),
        ),
        ("Three Indian soldiers were killed in clashes with Chinese troops.", ("CHNMIL", "INDMIL")),
        (
            "Two Turkish soldiers were killed in an attack by PKK militants.",
            ("TURREBPKK", "TURMIL"),
        ),
    ],
)
def test_the_other_side_of_the_fight_killed(pipeline: Pipeline, text, dyad):
    events = pipeline.code_text(text, published=date(2024, 8, 1))
    dyads = {(e.source.code, e.target.code if e.target else "-") for e in events if e.source}
    assert dyad in dyads, dyads
    assert not any(source.endswith("CVL") for source, _ in dyads), dyads
