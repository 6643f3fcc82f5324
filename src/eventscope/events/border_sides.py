"""A nationality that names a side of a border is a place, not a party.

"M23 rebels captured the town of Bunagana near the Ugandan border", "border guards shot dead a
smuggler near the Indian border": "Ugandan" and "Indian" say where the town or the shooting
is, and the actor stage keeps them only as context (resolution ``context``) for the places
and countries of the story. As parties they became the target of the act (CODREBM23 ->
UGAGOV, BGDMIL -> INDGOV), though no one of that country was acted on. Forces massed or
deployed by a border are the exception: a show of force aimed at that side (CAMEO 15).

Example:
    >>> BORDER_NOUNS >= {"border", "frontier"}
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import ActorMention
from .syntax import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss"})
CONTEXT = "context"
# Verbs of moving or keeping forces by a border (CAMEO 15 "exhibit force posture").
POSTURE_VERBS = frozenset(
    {"mass", "amass", "deploy", "station", "gather", "concentrate", "mobilize", "mobilise",
     "build", "reinforce", "move", "send", "position"}
)  # fmt: skip
# Prepositions that say where an act happened by the border.
LOCATING_PREPS = frozenset({"near", "along", "at", "on", "by", "across", "to"})


def border_side(doc: Doc, mention: ActorMention) -> bool:
    """``mention`` is a nationality kept as context that modifies a border noun in a phrase
    of where (:data:`LOCATING_PREPS`: "near the Ugandan border"), unless forces were moved
    there (:func:`_posture`)."""
    if mention.actor.resolution != CONTEXT or not 0 < mention.end <= len(doc):
        return False
    last = doc[mention.end - 1]
    border = last.head
    if last.dep_ not in MODIFIER_DEPS or border.lower_ not in BORDER_NOUNS:
        return False
    # "near the Ugandan border": where; "shelled the Syrian border": what was shelled
    located = border.dep_ == "pobj" and border.head.lower_ in LOCATING_PREPS
    return located and not _posture(border)


def _posture(border: Token) -> bool:
    """Forces moved up to the border: "Russia massed troops near the Ukrainian border" is a
    show of force aimed at Ukraine (CAMEO 15), so that side stays a party."""
    verb = governing_verb(border)
    return verb is not None and verb.lemma_.lower() in POSTURE_VERBS
