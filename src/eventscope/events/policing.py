"""Who a protest faced: the police or soldiers who broke it up.

A protest coded with no target (no actor named as what it is directed against) in a story
whose police or security forces act on the protesters (dispersed, arrested, beat or fired on
them: CAMEO 17-19 by a state's forces on an unarmed crowd) faced those forces: they are its
target, as in the codebook's 14 note ("the target ... is the party that the protest is
directed against") for a protest the story shows meeting its policing.

Example:
    >>> policed_protests([])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..models import EventMention

PROTEST_ROOT = "14"
# Roots of a state's forces acting on a crowd: coerce (disperse, arrest), assault, fight.
POLICING_ROOTS = frozenset({"17", "18", "19"})
# Sectors of the forces that police a protest, and of the crowds a protest is made of.
FORCES = frozenset({"COP", "MIL", "SPY"})
# The sector of a protest's own state filled in without words (build.with_state_sector makes
# the country that build.own_country leaves the government).
UNNAMED_STATE = frozenset({"GOV"})
CROWDS = frozenset({"OPP", "CVL", "LAB", "EDU", "REF", "AGR", "MED", "HLH", "REL"})


def policed_protests(events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` with each target-less protest aimed at the forces that policed it (the first
    such event of the story of the protest's country)."""
    policing = [e for e in events if _polices(e)]
    if not policing:
        return list(events)
    return [_faced(e, policing) if open_protest(e) else e for e in events]


def _polices(event: EventMention) -> bool:
    source, target = event.source, event.target
    if event.cameo[:2] not in POLICING_ROOTS or source is None or target is None:
        return False
    return source.actor.sector in FORCES and target.actor.sector in CROWDS


def open_protest(event: EventMention) -> bool:
    """A protest whose target is none, or only the source's own country or state filled in
    (no words: "traders protested, demanding the market reopen" is against their state, which
    the story shows only as the police that broke the protest up)."""
    if event.cameo[:2] != PROTEST_ROOT or event.source is None:
        return False
    if event.source.actor.sector in FORCES:
        return False  # (the forces themselves as the crowd is the actor stage's misreading)
    target = event.target
    if target is None or target.actor.text:
        return target is None
    return target.actor.sector is None or (
        target.actor.sector in UNNAMED_STATE and target.actor.resolution == "context"
    )


def _faced(protest: EventMention, policing: list[EventMention]) -> EventMention:
    if protest.source is None:  # (never, after open_protest)
        return protest
    country = protest.source.actor.country
    for event in policing:
        forces = event.source
        if forces is not None and country in (None, forces.actor.country):
            return replace(protest, target=forces)
    return protest
