"""A country presenting its goods at a fair abroad is economic cooperation (061)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia showcased its wines at a trade fair in Shanghai on 3 May.", ("GEO", "061")),
        ("Kenya presented its products at the Dubai Expo on Monday.", ("KEN", "061")),
    ],
)
def test_goods_at_a_fair(nlp, actors, events, text: str, expected: tuple[str, str]) -> None:
    doc = nlp(text)
    coded = {(e.source.actor.country, e.cameo) for e in events.find(doc, actors.find(doc))}
    assert expected in coded


@pytest.mark.parametrize(
    "text",
    [
        "The minister presented the budget to parliament.",  # not goods: no 061
        "Kenya presented a plan for the region.",
    ],
)
def test_other_presentations_are_not_trade(nlp, actors, events, text: str) -> None:
    doc = nlp(text)
    assert all(e.cameo != "061" for e in events.find(doc, actors.find(doc)))
