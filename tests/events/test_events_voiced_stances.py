"""Concern voiced, expressed or raised is CAMEO 012 ("express pessimism"), dismay or outrage
voiced is 110 ("express disapproval"), support voiced is 051 (``verbs.tsv``, #15). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan voiced concern over China's actions in the East China Sea.",
         ("JPNGOV", "CHNGOV", "012")),
        ("Canada expressed concern over Russia's troop build-up.", ("CANGOV", "RUSGOV", "012")),
        ("The European Union expressed dismay at Israel's decision to expand settlements.",
         ("IGOEUREEC", "ISRGOV", "110")),
        ("Ghana voiced outrage over the treatment of its citizens by Libyan authorities.",
         ("GHAGOV", "LBYGOV", "110")),
        ("Turkey voiced support for Azerbaijan.", ("TURGOV", "AZEGOV", "051")),
    ],
)  # fmt: skip
def test_voiced_stances(pipeline, text, expected):
    events = pipeline.code_text(text, published=ON)
    found = [(e.source.code, e.target.code if e.target else "-", e.cameo) for e in events]
    assert expected in found, found
