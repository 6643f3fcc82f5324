"""Places that name an event's parties: when such a name is, or is not, where it happened.

A name in an actor's slot is an actor, not a scene ("Washington said"; :func:`actor_slot`).
Two readings refine that for events coded from one coordination:

* a place conjoined with one of the event's own actors names the party of a sibling event,
  never this event's scene: "visited Kyiv and Moscow" gives two visits, and the one to Kyiv
  did not happen in Moscow (:func:`sibling_party`); a list with no "and" is an address
  ("in Iztacalco, Mexico City"), a place and its container;
* the place a visit or an act of force is done to is where it happens: "visited Kyiv",
  "missiles struck Kyiv" happen in Kyiv, whereas "criticised Beijing" has no scene
  (:func:`scene_of_act`).

Example:
    >>> "nsubj" in ACTOR_DEPS
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words, heads_of
from .scene import LOCATIVE_PREPOSITIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Relations that put a name (or the noun it modifies: "Moscow's envoy", "Beijing officials")
# in an actor's slot.
# A passive's agent ("supplies were sent by Xi'an") stays a place: news names the city
# a shipment leaves from that way.
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Codes whose object, when a place, is where the act happens: a visit (042) and material
# force (roots 18-20: assault, fight, mass violence).
VISIT = "042"
FORCE_ROOTS = frozenset({"18", "19", "20"})


def actor_slot(token: Token, head: Token) -> bool:
    """The name sits in an actor's slot of the clause, with no preposition of place between."""
    words, heads = doc_words(token.doc), heads_of(token.doc)  # indices: no token per step
    current, slot = token.i, False
    while current != head.i and heads[current] != current:
        if words.dep[current] == "pobj" and words.lower[heads[current]] in LOCATIVE_PREPOSITIONS:
            return False
        if words.dep[current] in ACTOR_DEPS:
            slot = True
        current = heads[current]
    return slot


def first_conjunct(token: Token) -> Token:
    """The first item of the list ``token`` is in ("Moscow" in "Kyiv and Moscow": Kyiv)."""
    current = token
    for _ in range(12):
        if current.dep_ != "conj" or current.head.i == current.i:
            break
        current = current.head
    return current


def sibling_party(token: Token, actors: set[int]) -> bool:
    """``token`` is in one list with an actor of the event but is not one of its actors:
    another event's party ("visited Kyiv **and Moscow**" for the visit to Kyiv)."""
    if token.i in actors:
        return False
    first = first_conjunct(token)
    if not any(t.dep_ == "cc" for t in first.subtree):
        return False  # "in Iztacalco, Mexico City": an address, a place and its container
    if first.i in actors:
        return True
    items = (t for t in first.subtree if t.dep_ == "conj" and t.i in actors)
    return any(first_conjunct(t).i == first.i for t in items)


def scene_of_act(token: Token, cameo: str, target: set[int]) -> bool:
    """The event's own place-named target is where it happened when it is the object of a
    visit or of force ("visited Kyiv", "shelled Kharkiv"), not of words ("criticised
    Beijing"), nor a source's owner ("forces of Artsakh fired on ...")."""
    if token.i not in target or (cameo != VISIT and cameo[:2] not in FORCE_ROOTS):
        return False
    return first_conjunct(token).dep_ == "dobj"
