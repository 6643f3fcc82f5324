"""The words of a target the events stage filled in as its source's own country.

CONTRACT:

    source, target = event_actors(mention, place, reason)  # the output record's two actors

A state's domestic act that names no party ("Thai authorities imposed a curfew in three
southern provinces", "the army declared a state of siege in the north", "troops withdrew from
the town") falls on the country at large: the events stage fills the target in as the
source's own country with no words (:func:`~eventscope.events.build.own_country`), so that
no reader takes another phrase for it. When the place the event is tied to (``place``, with
``reason`` None: the parse ties it to the event's clause, or ``NARROWED``: a smaller place
of that clause's country) lies in that same country and is named in the event's own
sentence, those words name the target: CAMEO codes the country where the curfew or the
crackdown falls, and the place is where the text names it. Only the words change (text and
offsets), never the code; and only for acts that fall on a place (``PLACED_ROOTS``:
coercion, 17, and yielding, 08): where a protest or an investigation is held is no party to
it ("nurses protested in Nairobi": no words).

Example:
    >>> from eventscope.models import Actor, ActorMention, EventMention, Place, PlaceMention
    >>> police = Actor(text="Thai police", start=0, end=11, country="THA", sector="COP",
    ...                code="THACOP")
    >>> state = Actor(text="", start=0, end=0, country="THA", sector=None, code="THA",
    ...               resolution="context")
    >>> event = EventMention(source=ActorMention(actor=police, start=0, end=2, sent_index=0),
    ...     target=ActorMention(actor=state, start=0, end=2, sent_index=0), cameo="1723",
    ...     trigger_start=2, trigger_end=3, sent_index=0, confidence=0.8, pattern="verb:impose")
    >>> yala = Place(name="Yala", country="THA", lat=6.5, lon=101.3)
    >>> place = PlaceMention(text="Yala", start=35, end=39, place=yala, sent_index=0)
    >>> event_actors(event, place, None)[1].text
    'Yala'
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Actor, EventMention, PlaceMention
from .narrow import NARROWED

# The reasons :func:`~eventscope.places.place_for_event` gives for a place of the event's own
# clause (None: tied by the parse); the others are guesses from farther away.
CLAUSE_REASONS = (None, NARROWED)
CONTEXT = "context"
# CAMEO roots whose act is done to the place it names: coerce (17: a curfew, a state of
# emergency, a siege "in X") and yield (08: "lifted the curfew in X", "withdrew from X")
PLACED_ROOTS = frozenset({"08", "17"})


def event_actors(
    mention: EventMention, place: PlaceMention | None, reason: str | None
) -> tuple[Actor | None, Actor | None]:
    """The source and target :class:`Actor` of ``mention``, the target named by the words of
    ``place`` when the module docstring's conditions hold."""
    source = mention.source.actor if mention.source is not None else None
    target = mention.target.actor if mention.target is not None else None
    if target is None or not _unnamed_country(target) or reason not in CLAUSE_REASONS:
        return source, target
    if mention.cameo[:2] not in PLACED_ROOTS:
        return source, target
    if place is None or place.place is None or place.sent_index != mention.sent_index:
        return source, target
    if place.place.country != target.country:
        return source, target
    if source is not None and source.start < place.end and place.start < source.end:
        return source, target  # "Kenyan police": the source's own words, not a place acted on
    return source, replace(target, text=place.text, start=place.start, end=place.end)


def _unnamed_country(actor: Actor) -> bool:
    """A country the events stage filled in with no words (``build.own_country``)."""
    return not actor.text and actor.resolution == CONTEXT and bool(actor.country)
