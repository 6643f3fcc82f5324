"""An answer to what another actor said before: "Ethiopia accused Eritrea of arming rebels.
Eritrea's minister dismissed **the accusations** as baseless."

The answer's object is a word for something said ("the accusations", "the offer", "these
claims") with no owner of its own; whoever said it is the one answered. When an earlier
sentence (:data:`LOOKBACK` at most) has a verbal event (roots 01-13) aimed at the answer's
source, the answer takes that event's source as its target (ETHGOV -> ERIGOV 112, then
ERIGOV -> ETHGOV 120), as a coder reading the story would. An object with an owner
("rejected Kenya's offer", "the offer of talks by X") names its target by itself, through
the rules.

Example:
    >>> answered_targets(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import EventMention
from ..nlp.syntax import OWNER_PREPS, child

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words for what was said to or about someone.
SAID_THINGS = frozenset({
    "accusation", "allegation", "charge", "claim", "criticism", "demand", "offer", "proposal",
    "request", "ultimatum", "threat", "remark", "comment", "statement", "warning", "call",
    "invitation", "appeal",
})  # fmt: skip
# Determiners that point back ("the accusations", "these claims", "such threats").
BACK_POINTERS = frozenset({"the", "these", "those", "such", "this", "that"})
# How many sentences back the answered event may be.
LOOKBACK = 3
# What is said is answered: the earlier event is verbal (roots 01-13), not a fight.
VERBAL_ROOTS_END = "14"
OWNERS = ("poss",)
# "the offer of talks by X", "the demand from X": the sayer is named
SAYER_PREPS = OWNER_PREPS | {"by"}


def answered_targets(doc: Doc | None, events: Sequence[EventMention]) -> list[EventMention]:
    """``events``, an answer with no target given the source of the event it answers."""
    if doc is None:
        return list(events)
    return [_answered(doc, event, events) for event in events]


def _answered(doc: Doc, event: EventMention, events: Sequence[EventMention]) -> EventMention:
    if event.target is not None or event.source is None:
        return event
    said = _said_object(doc[event.trigger_start])
    if said is None:
        return event
    code = event.source.actor.code
    earlier = [
        e
        for e in events
        if e.source is not None
        and e.target is not None
        and e.target.actor.code == code
        and e.source.actor.code != code
        and e.cameo[:2] < VERBAL_ROOTS_END
        and 0 < event.sent_index - e.sent_index <= LOOKBACK
    ]
    if not earlier:
        return event
    asker = max(earlier, key=lambda e: (e.sent_index, e.trigger_start))
    return replace(event, target=asker.source)


def _said_object(verb: Token) -> Token | None:
    """The verb's object when it is a said thing pointed back to and owned by no one."""
    obj = child(verb, ("dobj", "nsubjpass"))
    if obj is None or obj.lemma_.lower() not in SAID_THINGS:
        return None
    det = child(obj, ("det",))
    if det is None or det.lower_ not in BACK_POINTERS:
        return None
    if child(obj, OWNERS) is not None:
        return None
    owned = any(c.dep_ == "prep" and c.lower_ in SAYER_PREPS for c in obj.children)
    return None if owned else obj
