"""Readings of a document's events that need the whole list of them (every stage's events).

CONTRACT:

    events = read_back(doc, events, book)

* "Taiwan condemned the drills": the target is the source of the drills reported before
  (:mod:`.antecedents`);
* "a gunman shot dead Prime Minister X": an assassination, 186 (:mod:`.assassination`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import EventMention
from .antecedents import with_antecedent_targets
from .assassination import with_assassinations

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .patterns import PatternBook


def read_back(doc: Doc, events: Sequence[EventMention], book: PatternBook) -> list[EventMention]:
    """``events`` with the targets and codes that only the other events or words give."""
    return with_assassinations(doc, with_antecedent_targets(doc, events, book), book)
