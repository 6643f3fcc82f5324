"""A country as the event's place gives way to a smaller place of it named in the sentence.

The parse often ties a country to the event while the sentence says more precisely where
it happened: "fishermen in Shibam district (Hadramawt) rallied for self-rule across Yemen"
happened in Shibam, not at Yemen's centroid; "police beat a farmer at a house in Kalamadu
(Jaffna district)" happened in Jaffna, not at the country point an unknown village is put
at. A reader takes the most specific place the sentence gives inside that country. So,
when :func:`~.listed.place_for_event` answers with a country (tied by the parse, or
found after a preposition of place), a town or division of the same country named in the
event's sentence takes its place (reason :data:`NARROWED`): not one of the event's actors
nor in an actor's slot ("Aden officials said") unless a preposition of place opens it
("fishermen in Shibam": where the actors are), not in a subordinate clause with its own
subject ("after police fired in Aden"), not a party of a relation or a thing's modifier,
and not a doubtful reading (score below :data:`~.tie.DOUBTFUL`). Among several, towns come
before divisions, then the nearest to the trigger. A country named as the destination of a
move ("deployed to Turkey from bases in Germany") keeps its place when nothing smaller of it
is named; a smaller place abroad never replaces it.

Example:
    >>> NARROWED.startswith("a smaller place")
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import EventMention, PlaceMention
from ..nlp.docmemo import char_span
from .building import building_piece, street_piece
from .gazetteer import AREAS, COUNTRY
from .listed import place_for_event as listed_place_for_event
from .origin import without_origin
from .parties import actor_slot
from .party import named_as_party
from .road_ends import road_ends
from .scene import SIZE_RANK, locative_opener
from .tie import (
    DOUBTFUL,
    SENTENCE,
    clause_head,
    modifies_thing,
    subordinate,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

NARROWED = "a smaller place in the country tied to the event, named in the event's sentence"
# The answers a smaller place may refine: the clause's own place and a place found after a
# preposition of place. The later fallbacks (dateline, other sentences) already prefer the
# most specific place of the sentence they read.
REFINED = frozenset({None, SENTENCE})


def place_for_event(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> tuple[PlaceMention | None, str | None]:
    """:func:`~.listed.place_for_event`, a country narrowed to a smaller place of it."""
    # "the City Hall", "Baghdad Street": a building or a street, not the town
    places = [p for p in places if not (building_piece(doc, p) or street_piece(doc, p))]
    # "the Dhaka-Mymensingh highway in Gazipur": the road's ends, not where on it
    ends = road_ends(doc, places)
    places = [p for i, p in enumerate(places) if i not in ends]
    # "arrested a man from Kayes in Bamako": where the man comes from is not the scene
    found = listed_place_for_event(doc, event, places)
    place, reason = without_origin(doc, event, places, found, listed_place_for_event)
    if place is None or place.place is None or reason not in REFINED:
        return place, reason
    if place.place.feature_code != COUNTRY:
        return place, reason
    inner = smaller_place(doc, event, places, str(place.place.country))
    return (inner, NARROWED) if inner is not None else (place, reason)


def smaller_place(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention], country: str
) -> PlaceMention | None:
    """The town (else the division) of ``country`` the event's sentence names where the
    event may have happened (module docstring), the nearest to the trigger; else None."""
    trigger = doc[event.trigger_start : event.trigger_end].root
    head = clause_head(trigger)
    actors = {
        i
        for actor in (event.source, event.target)
        if actor is not None
        for i in range(actor.start, actor.end)
    }
    found: list[tuple[int, int, PlaceMention]] = []
    for mention in places:
        place = mention.place
        if mention.sent_index != event.sent_index or place is None or place.country != country:
            continue
        code = place.feature_code or ""
        if code == COUNTRY or code in AREAS or (place.score or 0.0) < DOUBTFUL:
            continue
        span = char_span(doc, mention.start, mention.end)
        if span is None or not _free(doc, span, mention, actors) or subordinate(span.root, head):
            continue
        found.append((SIZE_RANK.get(code, 0), abs(span.root.i - trigger.i), mention))
    return min(found, key=lambda item: item[:2])[2] if found else None


def _free(doc: Doc, span: Span, mention: PlaceMention, actors: set[int]) -> bool:
    """Not an actor nor in an actor's slot, unless a preposition of place opens it
    ("fishermen in Shibam": where the actors are; not "Aden officials said"), nor a party of
    a relation, nor a thing's modifier."""
    acting = any(token.i in actors for token in span) or actor_slot(span.root, span.sent.root)
    if acting and locative_opener(span) is None:
        return False
    return not (named_as_party(doc, mention) or modifies_thing(span))
