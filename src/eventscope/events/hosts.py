"""The host of a visit that names none: the state of the place visited.

CAMEO 042 "make a visit" takes the host as its target (the codebook links it to 043 "host a
visit", coded the other way round). "Travelled to Beijing" names the host by its capital, an
actor; "arrived in Moscow" or "flew to Tel Aviv" name only a place, which the actor coder
leaves to the places stage. So a visit left with no target takes the government of the
country where the sentence (or the dateline) puts it, when that is another country than the
visitor's: a trip at home ("the president visited flood-hit areas in Kenya") hosts nobody.

A withdrawal is the other way round (:func:`left_place`): the state's forces yielding with no
named target yield to their own country ("Ethiopian troops withdrew from Mekelle": ETHMIL ->
ETH, see ``events/build.py``), but a place left in another country names the state they yield
to ("Russian troops withdrew from Kherson" is RUSMIL -> UKRGOV, as "withdrew from Syria" is
USAMIL -> SYRGOV), not their own. An envoy recalled from a place abroad with no target
named ("Lithuania withdrew its ambassador from Moscow", CAMEO 16 "reduce relations") names
the state whose capital the envoy leaves: LTUGOV -> RUSGOV.

Example:
    >>> VISIT_CODES
    frozenset({'042'})
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.context import context_country
from ..models import ActorMention, EventMention, PlaceMention
from .build import YIELD_ROOT
from .common import implied_actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

VISIT_CODES = frozenset({"042"})
# The words that say a place is left: "withdrew from X", "pulled out of X".
LEFT_PREPS = frozenset({"from", "of"})
HOST_SECTOR = "GOV"
# CAMEO 16 "reduce relations": an envoy withdrawn or recalled leaves the other party's capital.
REDUCE_ROOT = "16"
# Where the visit is: the sentence's own place or the story's dateline, not a guess from the
# whole article (a story about Kenya may report a Kenyan minister's trip without its place).
_SURE = frozenset({"place", "dateline"})


def hosted_visit(
    doc: Doc,
    event: EventMention,
    mentions: Sequence[ActorMention],
    places: Sequence[PlaceMention],
) -> EventMention:
    """``event`` with the host's government as target when it is a visit with none."""
    if event.cameo not in VISIT_CODES or event.target is not None or event.source is None:
        return event
    trigger = doc[event.trigger_start]
    where = context_country(event.sent_index, trigger.idx, mentions, places, doc)
    if where is None or where[1] not in _SURE or where[0] == event.source.actor.country:
        return event
    host = implied_actor(trigger, HOST_SECTOR, where[0], event.sent_index)
    return replace(event, target=host)


def left_place(doc: Doc, event: EventMention, places: Sequence[PlaceMention]) -> EventMention:
    """``event`` with the government of the place left as target when it is a yielding (08)
    whose target is the source's own country, filled in for want of one, or a reduction of
    relations (16: a recalled envoy) with no target, and the place it leaves ("from X", "out
    of X") lies in another country."""
    source = event.source
    if source is None or not (source.actor.country and _left_for_want(event)):
        return event
    country = source.actor.country
    left = _left_country(doc[event.trigger_start], places)
    if left is None or left == country:
        return event
    return replace(event, target=implied_actor(doc[event.trigger_start], HOST_SECTOR, left,
                                               event.sent_index))  # fmt: skip


def _left_for_want(event: EventMention) -> bool:
    """A yielding whose target is the source's own country, filled in for want of one (no
    text), or a reduction of relations with no target at all."""
    target = event.target
    if event.cameo[:2] == REDUCE_ROOT:
        return target is None
    if event.cameo[:2] != YIELD_ROOT or target is None or target.actor.text:
        return False
    return event.source is not None and target.actor.code == event.source.actor.country


def _left_country(verb: Token, places: Sequence[PlaceMention]) -> str | None:
    """The country of the place after the verb's "from" (or "out of"), if resolved."""
    for obj in _left_objects(verb):
        first, last = obj.left_edge.idx, obj.idx + len(obj.text)
        found = (p.place.country for p in places if p.place and first <= p.start <= p.end <= last)
        country = next(found, None)
        if country is not None:
            return country
    return None


def _left_objects(verb: Token) -> list[Token]:
    """The objects of the verb's "from" ("withdrew from X") or of its "out of", or of its
    direct object's "from" (the parser hangs "from Moscow" on "withdrew its ambassador" too)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [c for h in heads for c in h.children if c.dep_ in ("prep", "prt")]
    preps += [g for c in preps if c.lower_ == "out" for g in c.children if g.dep_ == "prep"]
    left = [p for p in preps if p.lower_ in LEFT_PREPS]
    return [c for p in left for c in p.children if c.dep_ == "pobj"]
