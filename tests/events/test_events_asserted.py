"""A claim is a statement, not an appeal: the classifier's fill on "X claimed ..." and "X
insists ..." takes no 02 root (``events/claims.py``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from eventscope.events.claims import asserted_root
from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels claim to represent the people of Darfur.",
        "Pakistan claimed India was responsible for the blast.",
        "North Korea claimed South Korea had sent spies across the border.",
    ],
)
def test_a_claim_is_no_appeal(pipeline: Pipeline, text):
    found = {e.cameo[:2] for e in pipeline.code_text(text, published=PUBLISHED)}
    assert "02" not in found, found


@pytest.mark.parametrize(
    ("root", "verb", "expected"),
    [("02", "claim", "01"), ("02", "insist", "01"), ("02", "urge", "02"), ("03", "claim", "03")],
)
def test_asserted_root(root, verb, expected):
    guess = SimpleNamespace(ranked=("02", "01"))
    assert asserted_root(root, guess, SimpleNamespace(lemma_=verb)) == expected
