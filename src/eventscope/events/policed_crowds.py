"""Whom the police acted on: the crowd of the story's protest, when the sentence names no one.

News often names a protest in one sentence and its policing in the next, with the crowd only
a pronoun or left out: "Hundreds of teachers marched on parliament. Police fired tear gas to
disperse them." / "... Riot police fired tear gas." A state's forces coercing or assaulting
with no target named (CAMEO 17-19; the events stage fills the source's own state in, so the
police would act on their own government) act on the crowd of the story's protest: the
codebook's 175 is repression "against civilians", and the crowd is who they were. This is
the mirror of :mod:`.policing`, which gives such a protest the forces as its target; an object
that refers back to the crowd ("arrested them") is :mod:`.held`'s.

Example:
    >>> policed_crowds([])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..models import EventMention
from .policing import CROWDS, FORCES, POLICING_ROOTS, PROTEST_ROOT

# Sentences between the protest and its policing beyond which the crowd is another story's.
MAX_SENTENCES = 3
# A target the events stage filled in without words (the source's own state or country).
FILLED = "context"


def policed_crowds(events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` with each coercion or force by a state's forces that names no target aimed
    at the crowd of the nearest protest of the story (an earlier one first)."""
    protests = [e for e in events if _crowd_protest(e)]
    if not protests:
        return list(events)
    return [_on_crowd(e, protests) if _unaimed_policing(e) else e for e in events]


def _crowd_protest(event: EventMention) -> bool:
    source = event.source
    if event.cameo[:2] != PROTEST_ROOT or source is None:
        return False
    return source.actor.sector in CROWDS and bool(source.actor.text)


def _unaimed_policing(event: EventMention) -> bool:
    source, target = event.source, event.target
    if event.cameo[:2] not in POLICING_ROOTS or source is None:
        return False
    if source.actor.sector not in FORCES:
        return False
    return target is None or (not target.actor.text and target.actor.resolution == FILLED)


def _on_crowd(event: EventMention, protests: list[EventMention]) -> EventMention:
    near = [p for p in protests if abs(p.sent_index - event.sent_index) <= MAX_SENTENCES]
    if not near:
        return event
    # the nearest protest, an earlier (or the same) sentence's before a later one's
    protest = min(near, key=lambda p: (p.sent_index > event.sent_index,
                                       abs(p.sent_index - event.sent_index)))  # fmt: skip
    return replace(event, target=protest.source)
