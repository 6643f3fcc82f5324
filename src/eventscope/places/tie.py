"""Tying a place to an event: the most specific place in the event's own clause.

A place is tied when it hangs (through the parse) below the event's clause head — the
trigger, or the verb a nominal trigger is the object of ("carried out an attack in X") —
without crossing into another clause (a complement, adverbial, relative or conjoined
clause with its own verb). Places that are the event's actors ("Azerbaijan" as source) are
not its location, unless named as where it happens ("sent aid to Azerbaijan"), and then only
when the clause names no other place. A place in an actor's slot is an actor too, even when
the actor coder did not take it (metonymy): the subject or its conjuncts ("Washington said",
"the United States and Britain vetoed"), a possessor ("Moscow's envoy") or a name modifying
a noun there ("Beijing officials warned"), unless a preposition of place intervenes ("troops
in Baku attacked"). Among tied places the most specific wins (place < ADM2 < ADM1 < country),
then the nearest to the trigger. Nothing is guessed from other sentences, except for the
lead: an event of the first sentence with no place of its own takes the dateline's place
("BAKU, Aug 20 -"), with ``DATELINE`` as its reason.

Example:
    >>> SPECIFICITY["PPL"] < SPECIFICITY["ADM1"] < SPECIFICITY["PCLI"]
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention, PlaceMention
from ..nlp.syntax import NOMINAL_CLIMB_DEPS as NOMINAL_CLIMB
from ..nlp.syntax import SUBCLAUSE_DEPS as CLAUSE_DEPS
from ..nlp.syntax import VERBAL_POS as VERBAL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SPECIFICITY = MappingProxyType({"PPL": 0, "PPLC": 0, "ADM2": 1, "ADM1": 2, "PCLI": 3})
MAX_CLIMB = 3
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "to", "into", "near", "inside"})

NO_PLACE_IN_SENTENCE = "no place named in the event's sentence"
NO_PLACE_IN_CLAUSE = "no place in the event's clause"
ONLY_ACTORS = "the only places in the event's clause are its actors"
NO_TRIGGER = "the event's trigger is outside the document"
DATELINE = "the place of the article's dateline (lead sentence)"
# Relations that put a name (or the noun it modifies: "Moscow's envoy", "Beijing officials")
# in an actor's slot.
# A passive's agent ("supplies were sent by Xi'an") stays a place: news names the city
# a shipment leaves from that way.
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
DATELINE_TOKENS = 3  # the dateline's place starts within the first tokens of the text
DATELINE_MARKS = frozenset({",", "(", "-", "—", "–", ":"})


def clause_head(trigger: Token) -> Token:
    """The token whose subtree is the event's clause."""
    head = trigger
    for _ in range(MAX_CLIMB):
        if head.pos_ in VERBAL or head.dep_ not in NOMINAL_CLIMB or head.head.i == head.i:
            break
        head = head.head
    return head if head.pos_ in VERBAL else trigger


def in_clause(token: Token, head: Token) -> bool:
    """Whether ``token`` is below ``head`` without passing another clause's verb."""
    # spaCy makes a new Token object on every access: compare indices, never identity.
    current = token
    while current.i != head.i:
        if current.head.i == current.i:
            return False  # reached the sentence root without meeting the clause head
        if current.i != token.i and current.pos_ in VERBAL and current.dep_ in CLAUSE_DEPS:
            return False
        current = current.head
    return True


def _actor_tokens(*actors: ActorMention | None) -> set[int]:
    return {i for actor in actors if actor is not None for i in range(actor.start, actor.end)}


def place_for_event(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> tuple[PlaceMention | None, str | None]:
    """The place of the event's clause, or ``(None, reason)`` when there is none.

    A lead event without a place of its own takes the dateline's, with reason ``DATELINE``.

    Example:
        >>> place_for_event(doc, event, places)        # doctest: +SKIP
        (PlaceMention(text='Tovuz', ...), None)
    """
    if not 0 <= event.trigger_start < event.trigger_end <= len(doc):
        return None, NO_TRIGGER
    dateline = dateline_place(doc, places)
    # The dateline says where the story was filed, not what happened there: not a clause place.
    place, reason = _clause_place(doc, event, [p for p in places if p is not dateline])
    if place is None and dateline is not None and event.sent_index <= dateline.sent_index + 1:
        return dateline, DATELINE
    return place, reason


def _clause_place(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> tuple[PlaceMention | None, str | None]:
    same = [p for p in places if p.sent_index == event.sent_index and p.place is not None]
    if not same:
        return None, NO_PLACE_IN_SENTENCE
    trigger = doc[event.trigger_start : event.trigger_end].root
    head = clause_head(trigger)
    actors = _actor_tokens(event.source, event.target)
    tied, actor_only = [], False
    for place in same:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not in_clause(span.root, head):
            continue
        is_actor = any(token.i in actors for token in span) or _actor_slot(span.root, head)
        if is_actor and not _destination(span.root):
            actor_only = True
            continue
        tied.append((place, span.root.i, is_actor))
    if not tied:
        return None, ONLY_ACTORS if actor_only else NO_PLACE_IN_CLAUSE
    best = min(tied, key=lambda item: _preference(item[0], item[1], trigger.i, item[2]))
    return best[0], None


def dateline_place(doc: Doc, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place of a dateline opening the text ("BAKU, Aug 20 (Reuters) -"), if any."""
    words = [token for token in doc if not token.is_space][: DATELINE_TOKENS + 1]
    for place in places:
        if place.place is None or not words or place.start > words[-1].idx:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        mark = doc[span.end].text
        # "BAKU, Aug 20" or "Baku (AP) -": a capitalised opening "Paris, Texas, is" is not one.
        marked = mark in DATELINE_MARKS and (span.text.isupper() or mark != ",")
        if span.start <= words[0].i + DATELINE_TOKENS and marked:
            return place
    return None


def _actor_slot(token: Token, head: Token) -> bool:
    """The name sits in an actor's slot of the clause, with no preposition of place between."""
    current, slot = token, False
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ in LOCATIVE_PREPOSITIONS:
            return False
        if current.dep_ in ACTOR_DEPS:
            slot = True
        current = current.head
    return slot


def _destination(token: Token) -> bool:
    """An actor named as where the event happens: "sent aid to Azerbaijan", "talks in China"."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def _preference(
    place: PlaceMention, index: int, trigger: int, is_actor: bool
) -> tuple[bool, int, int]:
    # Places that are not the actors first, then the most specific, then the nearest.
    code = place.place.feature_code if place.place is not None else None
    return is_actor, SPECIFICITY.get(code or "", 0), abs(index - trigger)
