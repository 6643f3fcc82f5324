"""The seat of a state body or party stands for the body when it is stormed or attacked ("the
parliament building"; rules.toml ``seats``, #15); posts stay the armed forces'. Sentences are
our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.rules import ContextRules
from eventscope.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenyan protesters stormed the parliament building on Tuesday.", "KENLEG"),
        ("Militants bombed the Interior Ministry building in Kabul.", "AFGGOV"),
        ("Rioters torched the police headquarters in Karachi.", "PAKCOP"),
    ],
)
def test_a_seat_is_its_body(pipeline: Pipeline, text: str, target: str) -> None:
    events = pipeline.code_text(text, published=date(2026, 3, 4))
    assert target in {e.target.code for e in events if e.target}, events


@pytest.mark.parametrize(
    ("word", "sector", "expected"),
    [
        ("checkpoint", "GOV", "MIL"),  # a government holds posts through its forces
        ("building", "GOV", "GOV"),
        ("headquarters", "GOV", "GOV"),  # a seat as well as a post: the government's own
        ("station", "COP", "COP"),
    ],
)
def test_holder_sector(word: str, sector: str, expected: str) -> None:
    assert ContextRules.shared().holder_sector(word, sector) == expected
