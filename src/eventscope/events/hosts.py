"""The host of a visit that names none: the state of the place visited.

CAMEO 042 "make a visit" takes the host as its target (the codebook links it to 043 "host a
visit", coded the other way round). "Travelled to Beijing" names the host by its capital, an
actor; "arrived in Moscow" or "flew to Tel Aviv" name only a place, which the actor coder
leaves to the places stage. So a visit left with no target takes the government of the
country where the sentence (or the dateline) puts it, when that is another country than the
visitor's: a trip at home ("the president visited flood-hit areas in Kenya") hosts nobody.

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
from .common import implied_actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

VISIT_CODES = frozenset({"042"})
HOST_SECTOR = "GOV"
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
