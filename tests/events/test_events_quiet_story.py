"""No last-resort guess in a market or sports story: the classifier's one guess for a document
with no event is left out where the story's kind (``events/stories.story_kind``) is markets or
sport, while the rules' events of such a story stay (``events/quiet.py``, #15). Stories
written for these tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from eventscope.events.quiet import quiet_story
from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 6, 3)

GUESSED = (
    "Shares in Tokyo rose on Monday as investors bought bank stocks and the dollar gained "
    "against the yen. Japan plans to open a trade office in Canberra to sell more cars to "
    "Australia, traders said. Bond prices held steady and the index closed up 2 percent, with "
    "profits at exporters expected to grow."
)
RULED = (
    "The Brazilian central bank said on Tuesday it would let the real trade more freely against "
    "the dollar. Germany will lend Brazil money for new roads, the finance ministry in Brasilia "
    "said. Shares rose, bond prices climbed and investors expect inflation to slow as growth "
    "and exports pick up."
)


def test_no_guess_in_a_market_story(pipeline: Pipeline):
    assert pipeline.code_text(GUESSED, published=PUBLISHED) == []


def test_a_rule_event_of_a_market_story_stays(pipeline: Pipeline):
    codes = {e.cameo for e in pipeline.code_text(RULED, published=PUBLISHED)}
    assert "033" in codes, codes


@pytest.mark.parametrize(
    ("kind", "quiet"),
    [("market", True), ("sport", True), ("crime", False), ("accident", False), (None, False)],
)
def test_quiet_kinds(kind, quiet):
    domain = SimpleNamespace(contentious=SimpleNamespace(story_kind=lambda doc: kind))
    assert quiet_story(domain, None) is quiet


def test_a_domain_coder_without_contentious_coder():
    assert quiet_story(SimpleNamespace(), None) is False
