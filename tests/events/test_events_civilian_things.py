"""The private things of a people ("Palestinian olive trees", "Arab cars", "Ukrainian stores")
stand for its civilians (CVL), as its homes and villages do, never for its state. Sentences
written for these tests (#15)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 7, 2)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Israeli settlers destroyed Palestinian olive trees near Nablus on Tuesday.", "PSECVL"),
        ("Israeli settlers set fire to Palestinian cars in the village.", "PSECVL"),
        ("Israeli soldiers uprooted Palestinian olive groves near Ramallah.", "PSECVL"),
        ("Russian troops looted Ukrainian stores in Kherson.", "UKRCVL"),
        ("Israeli forces demolished Palestinian homes in East Jerusalem.", "PSECVL"),
        ("Russian soldiers destroyed Ukrainian greenhouses near Kherson.", "UKRCVL"),
        ("Israeli troops seized Palestinian property in Hebron.", "PSECVL"),
        ("Israeli settlers torched Palestinian property in the West Bank.", "PSECVL"),
    ],
)
def test_a_peoples_things_are_its_civilians(pipeline, text, target):
    targets = {e.target.code for e in pipeline.code_text(text, published=PUBLISHED) if e.target}
    assert target in targets
    assert not {t for t in targets if t.endswith("GOV")}
