"""A win told with its score is a match, not an assault (#15).

"Brazil beat Argentina 2-1 in a World Cup qualifier": the verb row "beat" is CAMEO 182 (physical
assault: "police beat protesters"), and a country's name is its state, so the sentence read
BRA -> ARG 182. A one-sentence story has too few sport words for the story-kind veto
(:func:`.stories.story_kind`). The score itself settles it: a verb of winning or playing whose
clause carries a scoreline ("2-1", "3 - 0") reports a result, not an act between the
countries, and its events are dropped.

Example:
    >>> SCORE.search("won 2-1") is not None, SCORE.search("the 2024-25 season") is not None
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import EventMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A scoreline: one- or two-digit goals on each side ("2-1", "3–0", "10-9"), not a season
SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b")
RESULT_VERBS = frozenset(
    {"beat", "defeat", "thrash", "rout", "edge", "overcome", "draw", "tie", "play", "hammer"}
)
_WINDOW = 8  # a score stands near the verb: "beat Argentina 2-1", "drew 1-1 with Peru"


def without_results(doc: Doc | None, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` without those whose trigger is a verb of winning with a score near it."""
    if doc is None:
        return list(events)
    return [event for event in events if not _result(doc[event.trigger_start])]


def _result(trigger: Token) -> bool:
    if trigger.lemma_.lower() not in RESULT_VERBS:
        return False
    doc = trigger.doc
    after = doc[trigger.i + 1 : min(len(doc), trigger.i + _WINDOW)].text
    return SCORE.search(after) is not None
