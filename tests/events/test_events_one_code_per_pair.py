"""One act between two parties gets one code: "Hamas and Israel agreed to a truce" was both
the row's 0871 and the outvoting classifier's 030 for each direction; the row that names its
object is no longer outvoted (``events/named_objects.py``) and is the codebook's 0356 (issue
15). Sentences written for these tests."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)


def _pairs(events) -> Counter:
    return Counter(
        (
            e.sentence_index,
            e.source.code if e.source else None,
            e.target.code if e.target else None,
        )
        for e in events
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Israel agreed to a truce.",
        "The Sudanese army and the Rapid Support Forces agreed to a 72-hour truce.",
        "Azerbaijan and Armenia agreed to a ceasefire on Tuesday.",
        "The rebels and the government agreed to a truce in Chad.",
        "India and China agreed to a ceasefire along the border.",
    ],
)
def test_a_pair_is_coded_once(pipeline, text):
    events = pipeline.code_text(text, published=PUBLISHED)
    assert len(events) >= 2, text  # both directions of the reciprocal act
    pairs = _pairs(events)
    assert max(pairs.values()) == 1, [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # two pairs of one sentence keep their own events
        "Russia and Ukraine agreed to a prisoner exchange.",
        "Ethiopia and Eritrea agreed to a truce after talks in Jeddah.",
    ],
)
def test_reciprocal_acts_keep_both_directions(pipeline, text):
    events = pipeline.code_text(text, published=PUBLISHED)
    pairs = {(s, t) for _, s, t in _pairs(events)}
    assert len({frozenset(pair) for pair in pairs}) == 1, pairs
    assert len(pairs) == 2, pairs
