"""Crowd shapes the contentious coder reads beyond a verb's direct object (#15).

* Where a crowd goes is what it does: "thousands took to the streets", "supporters poured into
  the streets" protest (CAMEO 141) by the place they go to, the object of "to"/"into"/"onto"
  (:func:`destinations`, read with the direct objects of ``[objects]`` in
  ``data/events/contentious.toml``).
* A sentence the parser reads as one noun phrase ("Some 5,000 miners downed tools near X":
  "downed" an adjective of "tools") has no verb; the participle before its own required object
  is the clause's verb (:func:`glued_clause`). "Burning tyres" (a present participle) and "the
  downed plane" (no required object) stay descriptions.

Example (parsed): "Thousands took to the streets" -> destinations(took) == {"street"}.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from .reported import object_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Token

DESTINATION_PREPS = frozenset({"to", "into", "onto"})
PAST_PARTICIPLES = frozenset({"VBD", "VBN"})
VERB_POS = frozenset({"VERB", "AUX"})


def object_fits(verb: Token, wanted: Collection[str] | None) -> bool:
    """``verb`` acts on what its trigger row of ``[objects]`` wants (``wanted``; None: no row,
    any object): one of those words as its object or destination, or no object at all when
    the row is empty ("workers struck", not "struck a deal"). A participle describing a thing
    ("burning tyres", "striking workers") is no act unless it is a :func:`glued_clause`."""
    if verb.dep_ in ("amod", "compound"):
        return glued_clause(verb, wanted)  # its head is its wanted object
    if wanted is None:
        return True
    objects = object_lemmas(verb) | destinations(verb)
    return bool(objects & set(wanted)) if wanted else not objects


def destinations(verb: Token) -> set[str]:
    """Lemmas of the places ``verb`` goes to: objects of its "to", "into" or "onto"
    ("took to the streets" -> {"street"}); empty for other prepositions."""
    return {
        word.lemma_.lower()
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS
        for word in prep.children
        if word.dep_ == "pobj"
    }


def glued_clause(verb: Token, wanted: Collection[str] | None) -> bool:
    """``verb`` is a past participle read as an adjective of its own required object (one of
    ``wanted``) in a sentence with no verb at its root: the parser glued subject, verb and
    object into one noun phrase ("miners downed tools"), and ``verb`` is the clause's verb."""
    if verb.dep_ != "amod" or verb.tag_ not in PAST_PARTICIPLES or not wanted:
        return False
    if verb.head.lemma_.lower() not in wanted or verb.i > verb.head.i:
        return False
    return verb.sent.root.pos_ not in VERB_POS
