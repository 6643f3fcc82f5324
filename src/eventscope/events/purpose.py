"""An act whose purpose clause names who it was done to: the target is the clause's (#15).

CONTRACT:

    events = purpose_targets(doc, events)

"Police fired tear gas to disperse protesters": the rows code "fired tear gas" (175) with no
named target, which the coder fills with the state of the source's country (a domestic act,
:func:`.build.own_country`), and "disperse protesters" (175) with the protesters. The purpose
clause only says what the tear gas was for, so :func:`.embedded.without_embedded` would keep the
firing and drop the dispersal: the record read "the police repressed the state". The act and
its purpose are one event, done to the people the purpose names. So an event whose target was
filled in (no words of its own) gives way to an event of the same source and CAMEO root whose
trigger lies in the act's open complement or purpose clause ("to disperse", "to break up");
the filled event is dropped and the named one kept.

Example:
    >>> purpose_targets(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import EventMention
from ..nlp.docmemo import heads_of
from .build import actor_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The clauses that say what an act was for: "to disperse", "in order to disperse"
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
_MAX_CLIMB = 3  # "fired tear gas and rubber bullets to disperse": the clause hangs near


def purpose_targets(doc: Doc | None, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` without the filled-target acts whose purpose clause is a named event."""
    if doc is None or len(events) < 2:
        return list(events)
    dropped = {id(event) for event in events if _told_by_purpose(doc, event, events)}
    return [event for event in events if id(event) not in dropped]


def _filled(event: EventMention) -> bool:
    return event.target is not None and not event.target.actor.text


def _told_by_purpose(doc: Doc, event: EventMention, events: Sequence[EventMention]) -> bool:
    if not _filled(event) or event.source is None:
        return False
    return any(
        other is not event
        and other.sent_index == event.sent_index
        and other.cameo[:2] == event.cameo[:2]
        and other.target is not None
        and not _filled(other)
        and actor_key(other.source) == actor_key(event.source)
        and _purpose_of(doc, other.trigger_start, event.trigger_start)
        for other in events
    )


def _purpose_of(doc: Doc, clause: int, act: int) -> bool:
    """Token ``clause`` heads an open complement or purpose clause of token ``act``."""
    heads = heads_of(doc)
    current = clause
    for _ in range(_MAX_CLIMB):
        head = heads[current]
        if head == current:
            return False
        if head == act:
            return doc[current].dep_ in PURPOSE_DEPS
        current = head
    return False
