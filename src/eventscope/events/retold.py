"""An event told again by a noun that names nobody is the event already coded (#15).

CONTRACT:

    events = one_telling(doc, events)

gives ``events`` in order without the retellings: events whose trigger is a noun, in a
sentence after one that already gave an event of the same CAMEO root, and whose sentence names
neither party (the source and the target are absent or implied, with no words of their own).

"Hundreds of nurses protested outside the ministry in Lima. *The protest* was organised by
their union." and "Rebels attacked an army base near Goma. *The attack* lasted two hours.": the
second sentence's noun refers back to the protest or the attack of the first; coded on its own
it is a second event whose actors are only guessed from the article (a protest by the
country's opposition, an attack by unknown gunmen), one act counted twice. A noun that names a
party ("*a protest by taxi drivers* followed"), a verb ("the nurses *protested* again on
Friday"), or an event of another root ("*the arrests* drew criticism") stays.

Example:
    >>> one_telling(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention
from ..nlp.syntax import NOMINAL_POS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def one_telling(doc: Doc | None, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` without the nouns that retell, unnamed, an event an earlier sentence gave.

    The first sentence of each root is the one with the lowest ``sent_index`` among
    ``events`` (whatever their order). A retelling adds no party; what it adds is that the
    event was told twice: the most confident event of its root in that first sentence takes
    the higher of the two confidences (as :mod:`~eventscope.events.one_attack` merges).
    """
    if doc is None:
        return list(events)
    first: dict[str, int] = {}
    for event in events:
        root = event.cameo[:2]
        first[root] = min(first.get(root, event.sent_index), event.sent_index)
    retold = [event for event in events if _retold(doc, event, first)]
    if not retold:
        return list(events)
    raised, gone = _raised(events, retold, first), {id(event) for event in retold}
    return [raised.get(id(event), event) for event in events if id(event) not in gone]


def _raised(
    events: Sequence[EventMention], retold: list[EventMention], first: dict[str, int]
) -> dict[int, EventMention]:
    """The first telling of each retold root, by id, with the retellings' confidence."""
    raised: dict[int, EventMention] = {}
    for root in {event.cameo[:2] for event in retold}:
        told = [e for e in events if e.cameo[:2] == root and e.sent_index == first[root]]
        lead = max(told, key=lambda e: e.confidence)  # the first on a tie
        best = max(e.confidence for e in retold if e.cameo[:2] == root)
        if best > lead.confidence:
            raised[id(lead)] = replace(lead, confidence=best)
    return raised


def _retold(doc: Doc, event: EventMention, first: dict[str, int]) -> bool:
    """A noun event after its root's first sentence, naming neither party."""
    if event.sent_index <= first[event.cameo[:2]]:
        return False
    if doc[event.trigger_end - 1].pos_ not in NOMINAL_POS:
        return False
    return unnamed(event.source) and unnamed(event.target)


def unnamed(mention: ActorMention | None) -> bool:
    """No party, or one implied by the article with no words in the sentence."""
    return mention is None or not mention.actor.text.strip()
