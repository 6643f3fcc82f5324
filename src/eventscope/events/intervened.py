"""Who a protest faced: the police or soldiers who intervened in it.

"Workers protested outside the factory to demand their wages. Police intervened." The
protest names no one it is directed against (its target is none, or its own state filled in
without words), and the police act on no one named: no policing event reaches the protest
(:mod:`.policing` needs one). Forces that intervene in a protest story of their country are
the party the protest met, its target (ACLED's "protest with intervention": the second actor
is the police), as when they dispersed or arrested the crowd.

Only the subject of the verb "intervene" counts ("Police intervened", "security forces
intervened to disperse the crowd"), in the protest's sentence or after it, and only a state's
forces (police, military, security services) of the protest's country or of none. Forces that
intervene in something else before the protest, a protest with a named target ("protested
against the governor") and an intervention by a government or a court ("the court
intervened") change nothing.

Example:
    >>> intervened_protests(None, [], [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention
from ..nlp.syntax import SUBJECT_DEPS
from .policing import FORCES, open_protest

if TYPE_CHECKING:
    from spacy.tokens import Doc

INTERVENE = "intervene"


def intervened_protests(
    doc: Doc | None, events: Sequence[EventMention], mentions: Sequence[ActorMention]
) -> list[EventMention]:
    """``events`` with each open protest aimed at the forces that intervened in it (see the
    module docstring); the order is kept."""
    if doc is None or not any(open_protest(e) for e in events):
        return list(events)
    forces = _intervening(doc, mentions)
    if not forces:
        return list(events)
    return [_faced(e, forces) if open_protest(e) else e for e in events]


def _intervening(doc: Doc, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The forces' mentions whose head word is the subject of "intervene", in text order."""
    found = []
    for mention in mentions:
        if mention.actor.sector not in FORCES or mention.end <= mention.start:
            continue
        head = doc[mention.start : mention.end].root
        verb = head.head
        if head.dep_ in SUBJECT_DEPS and verb.lemma_.lower() == INTERVENE and verb.pos_ == "VERB":
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _faced(protest: EventMention, forces: list[ActorMention]) -> EventMention:
    country = protest.source.actor.country if protest.source is not None else None
    for mention in forces:
        later = mention.sent_index >= protest.sent_index
        if later and mention.actor.country in (None, country):
            return replace(protest, target=mention)
    return protest
