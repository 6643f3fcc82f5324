"""An act whose purpose clause names who it was done to: the target is the clause's (#15).

CONTRACT:

    events = purpose_targets(doc, events)

"Police fired tear gas to disperse protesters": the rows code "fired tear gas" (175) with no
named target, which the coder fills with the state of the source's country (a domestic act,
:func:`.build.own_country`), and "disperse protesters" (175) with the protesters. The purpose
clause only says what the tear gas was for, so :func:`.embedded.without_embedded` would keep the
firing and drop the dispersal: the record read "the police repressed the state". The act and
its purpose are one event, done to the people the purpose names. So of an act and an event of
the same source and CAMEO root whose trigger heads the act's open complement or purpose clause
("to disperse", "to break up", "to protest"), one is kept (:func:`_told_once`): the purpose when
it has the act's own code and the act's target was only filled in, else the main act ("Iran
summoned the Swiss envoy to protest the arrest of an Iranian diplomat" is one complaint, to the
envoy, not a second one to the diplomat).

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
    """``events`` with each act and its purpose of one root told once (module docstring)."""
    if doc is None or len(events) < 2:
        return list(events)
    dropped: set[int] = set()
    for act in events:
        for purpose in events:
            if purpose is act or not _one_act(doc, act, purpose):
                continue
            dropped.add(_told_once(act, purpose))
    return [event for event in events if id(event) not in dropped]


def _told_once(act: EventMention, purpose: EventMention) -> int:
    """The id of the one of the two to drop. With both targets named, the main act tells the
    event ("summoned the envoy to protest the arrest": the complaint is to the envoy); a main
    act of the very code whose target was only filled in gives way to its purpose's named one
    ("fired tear gas to disperse protesters", 175 both). Of two codes of one root the purpose
    is dropped: "arrested them to disperse the crowd" is the arrest (measured: letting the
    purpose's other code win cost a target on the ConfliBERT roles check part)."""
    if _filled(act) and not _filled(purpose) and act.cameo == purpose.cameo:
        return id(act)
    return id(purpose)


def _filled(event: EventMention) -> bool:
    """No named target: none, or one filled in from the source's country (no words)."""
    return event.target is None or not event.target.actor.text


def _one_act(doc: Doc, act: EventMention, purpose: EventMention) -> bool:
    """``purpose`` is told by the purpose clause of ``act``, by its source, with its root."""
    return (
        act.source is not None
        and purpose.sent_index == act.sent_index
        and purpose.cameo[:2] == act.cameo[:2]
        and actor_key(purpose.source) == actor_key(act.source)
        and not (_filled(act) and _filled(purpose))
        and _purpose_of(doc, purpose.trigger_start, act.trigger_start)
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
