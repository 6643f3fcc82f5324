"""The target of a disapproval whose object refers back to an event already reported.

CONTRACT:

    events = with_antecedent_targets(doc, events, book)

"China began military drills around Taiwan. Taiwan condemned the drills.": the second sentence
names no actor to condemn, but "the drills" is a definite event noun that refers back to the
drills of the first; whoever carried them out is the target of the condemnation (CAMEO 111
"criticize or denounce" an actor, not an abstract act). An event with no target, triggered by a
stance verb (``stance_verbs`` in ``frames.toml``: condemn, denounce, reject ...) whose direct
object is a definite event noun, takes as its target the source of the nearest event before it
in the document (at most ``_REACH`` sentences back) carried out by another country or
organisation, at ``_INFERRED_PENALTY`` less confidence. An event noun with a determiner other
than "the/this/that/these/those" ("condemned attacks on civilians") names no particular event.

Only the events are read (a handful per document), and one token's children per event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention
from ..nlp.syntax import child
from .keep import actor_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .patterns import PatternBook

# How many sentences back the referred event may be ("... the same day condemned the attack").
_REACH = 2
_INFERRED_PENALTY = 0.1
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Disapproval and rejection (CAMEO 11, 12) are the acts whose object is an earlier event.
_ROOTS = ("11", "12")


def with_antecedent_targets(
    doc: Doc, events: Sequence[EventMention], book: PatternBook
) -> list[EventMention]:
    """``events`` with the targets that a definite event noun refers back to (docstring)."""
    if len(events) < 2 or not any(_open(event) for event in events):
        return list(events)
    stance = book.words.get("stance_verbs", frozenset())
    out: list[EventMention] = []
    for event in events:
        target = _antecedent_source(doc, event, events, book, stance) if _open(event) else None
        if target is None:
            out.append(event)
            continue
        confidence = round(max(event.confidence - _INFERRED_PENALTY, 0.0), 6)
        filled = replace(event, target=target, confidence=confidence)
        if not any(_same(filled, other) for other in events):
            out.append(filled)
    return out


def _open(event: EventMention) -> bool:
    return event.target is None and event.source is not None and event.cameo[:2] in _ROOTS


def _antecedent_source(
    doc: Doc,
    event: EventMention,
    events: Sequence[EventMention],
    book: PatternBook,
    stance: frozenset[str],
) -> ActorMention | None:
    verb = doc[event.trigger_start]
    if event.source is None or verb.lemma_.lower() not in stance:
        return None
    if not _refers_back(child(verb, ("dobj",)), book):
        return None
    side = _side(event.source)
    earlier = [
        other
        for other in events
        if other.source is not None
        and other.trigger_start < event.trigger_start
        and event.sent_index - other.sent_index <= _REACH
        and _side(other.source) != side
    ]
    if not earlier:
        return None
    return max(earlier, key=lambda other: other.trigger_start).source


def _refers_back(obj: Token | None, book: PatternBook) -> bool:
    """``obj`` is a definite event noun ("the drills", "this attack")."""
    if obj is None:
        return False
    lemma = obj.lemma_.lower()  # "the drills": any event noun, joint or not, refers back
    if lemma not in book.nouns and lemma not in book.noun_heads and book.noun_rule(obj) is None:
        return False
    det = child(obj, ("det",))
    return det is not None and det.lower_ in _DEFINITE


def _side(mention: ActorMention) -> str | None:
    return mention.actor.country or mention.actor.code


def _same(event: EventMention, other: EventMention) -> bool:
    return (
        other.sent_index == event.sent_index
        and other.cameo == event.cameo
        and actor_key(other.source) == actor_key(event.source)
        and actor_key(other.target) == actor_key(event.target)
    )
